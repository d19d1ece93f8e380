"""
The vectorised numpy peer of the mission benchmark (src/bench/simulation.ts): three-tier
(public/examples/three-tier.json: two load balancers in parallel, 3 of 4 app servers, a primary
database with a cold standby behind a 99 % switch of 5 minutes) without repair over H = 8760 h,
with every figure the engine's mission run gives: the system's first failure time, its downtime
in [0, H], the failures of each block and the R(t) curve. Prints histories per second of the
best of a few batches on one core, as JSON. Run by `npm run bench` when python3 has numpy.
"""
import json
import time

import numpy as np

H = 8760.0
LB_MTBF, APP_MTBF, DB_MTBF = 50000.0, 20000.0, 5 * 8760.0
SWITCH_P, SWITCH_DELAY = 0.99, 5 / 60
BATCH, REPETITIONS, CURVE_POINTS = 1_000_000, 4, 200


def run_batch(rng: np.random.Generator, n: int) -> dict:
    lb = rng.exponential(LB_MTBF, (n, 2))
    apps = rng.exponential(APP_MTBF, (n, 4))
    db1 = rng.exponential(DB_MTBF, n)
    switched = rng.random(n) < SWITCH_P
    db2 = rng.exponential(DB_MTBF, n)

    lb_down = lb.max(axis=1)
    apps_down = np.partition(apps, 1, axis=1)[:, 1]  # 3 of 4: down at the second failure
    db_back = db1 + SWITCH_DELAY
    db_down = np.where(switched, db_back + db2, db1)
    others = np.minimum(lb_down, apps_down)

    first = np.minimum(others, db1)
    up = np.minimum(first, H)
    up += np.where(switched, np.maximum(0.0, np.minimum(np.minimum(others, db_down), H) - db_back), 0.0)
    downtime = H - up

    failures = {
        "lb": int((lb < H).sum()),
        "apps": int((apps < H).sum()),
        "db": int((db1 < H).sum() + (switched & (db_down < H)).sum()),
    }
    counts, _ = np.histogram(first, bins=CURVE_POINTS, range=(0.0, H))
    return {
        "survived": int((first >= H).sum()),
        "first_sum": float(np.minimum(first, H).sum()),
        "downtime_sum": float(downtime.sum()),
        "failures": failures,
        "curve": counts,
    }


def closed_form_reliability() -> float:
    """R(H) of the same design without repair: both balancers, 3 of 4 apps, the primary db up."""
    lb = -np.expm1(-H / LB_MTBF)
    p = np.exp(-H / APP_MTBF)
    return float((1 - lb * lb) * (p**4 + 4 * p**3 * (1 - p)) * np.exp(-H / DB_MTBF))


def main() -> None:
    rng = np.random.default_rng(1)
    best = float("inf")
    reliability = 0.0
    for _ in range(REPETITIONS):
        start = time.perf_counter()
        r = run_batch(rng, BATCH)
        r_t = 1 - np.cumsum(r["curve"]) / BATCH  # R(t) at the bin edges
        best = min(best, time.perf_counter() - start)
        reliability = r["survived"] / BATCH
        assert abs(r_t[-1] - reliability) < 1e-12
    print(
        json.dumps(
            {
                "historiesPerSecond": BATCH / best,
                "reliability": reliability,
                "closedForm": closed_form_reliability(),
                "numpy": np.__version__,
            }
        )
    )


if __name__ == "__main__":
    main()
