/**
 * Planning formulas for fault-tolerance mechanisms: recovery time built from parts, checkpoint
 * intervals (Young 1974; Daly 2006), retries, and failure rates from observations. Pure functions; runs anywhere; no DOM.
 */
import { incompleteGammaPair } from '../math/incompleteGamma.ts';
import { findRoot } from '../math/rootFind.ts';

/** Parts of a recovery: MTTR = T_detect + T_rollback + T_replay + T_restart. */
export interface RecoveryParts {
  readonly detect: number;
  readonly rollback: number;
  readonly replay: number;
  readonly restart?: number;
}

/**
 * Mean time to repair built from its parts (all in the same time unit).
 * @returns T_detect + T_rollback + T_replay (+ T_restart)
 * @example computeRecoveryTime({ detect: 0.1, rollback: 0.2, replay: 0.5 }) // 0.8
 */
export function computeRecoveryTime(parts: RecoveryParts): number {
  return parts.detect + parts.rollback + parts.replay + (parts.restart ?? 0);
}

/**
 * Young's optimum checkpoint interval τ ≈ √(2·C·M) (Young, CACM 1974).
 * @param checkpointCost C, time to write one checkpoint
 * @param mtbf M, mean time between failures (same unit)
 */
export function computeYoungInterval(checkpointCost: number, mtbf: number): number {
  return Math.sqrt(2 * checkpointCost * mtbf);
}

/**
 * Daly's higher-order optimum (Daly, FGCS 2006, eq. 37):
 * τ = √(2CM)·[1 + ⅓·√(C/2M) + (1/9)·(C/2M)] − C for C < 2M, else τ = M.
 * @param checkpointCost C
 * @param mtbf M (same unit)
 */
export function computeDalyInterval(checkpointCost: number, mtbf: number): number {
  if (checkpointCost >= 2 * mtbf) return mtbf;
  const x = checkpointCost / (2 * mtbf);
  return Math.sqrt(2 * checkpointCost * mtbf) * (1 + Math.sqrt(x) / 3 + x / 9) - checkpointCost;
}

/**
 * Expected overhead fraction of checkpointing with interval τ under exponential failures
 * (Daly 2006, eq. 20): wall time / work − 1 = (M/τ)·e^(R/M)·(e^((τ+C)/M) − 1) − 1.
 * @param interval τ, work between checkpoints
 * @param checkpointCost C
 * @param mtbf M
 * @param restartTime R, time to restart after a failure (default 0)
 */
export function computeCheckpointOverhead(
  interval: number,
  checkpointCost: number,
  mtbf: number,
  restartTime = 0,
): number {
  return (
    (mtbf / interval) *
      Math.exp(restartTime / mtbf) *
      Math.expm1((interval + checkpointCost) / mtbf) -
    1
  );
}

/**
 * Retries: the probability that k independent attempts all fail is q^k; success 1 − q^k
 * (computed as −expm1(k·ln q) so it keeps its digits when q^k is tiny).
 * @param failProbability q, probability that one attempt fails
 * @param attempts k ≥ 1
 */
export function computeRetry(
  failProbability: number,
  attempts: number,
): { work: number; fail: number } {
  const fail = failProbability ** attempts;
  const work = failProbability === 0 ? 1 : -Math.expm1(attempts * Math.log(failProbability));
  return { work, fail };
}

/**
 * Failure rate from observations: λ = failures / total operating time (maximum likelihood for
 * exponential lives; with no failure the estimate is 0).
 * @param failures observed failures
 * @param operatingTime total operating time of all units
 * @returns λ per time unit and MTBF = 1/λ
 */
export function computeObservedRate(
  failures: number,
  operatingTime: number,
): { rate: number; mtbf: number } {
  const rate = failures / operatingTime;
  return { rate, mtbf: rate === 0 ? Infinity : 1 / rate };
}

/**
 * Share of wall time lost to checkpoints, rework and restarts at interval τ (Daly 2006, eq. 20):
 * 1 − work / wall time = overhead / (1 + overhead).
 * @param interval τ, work between checkpoints
 * @param checkpointCost C
 * @param mtbf M
 * @param restartTime R (default 0)
 */
export function computeCheckpointWaste(
  interval: number,
  checkpointCost: number,
  mtbf: number,
  restartTime = 0,
): number {
  const overhead = computeCheckpointOverhead(interval, checkpointCost, mtbf, restartTime);
  return overhead / (1 + overhead);
}

/** The `plan checkpoint` answer: both optima and the waste at each. */
export interface CheckpointPlan {
  readonly young: number;
  readonly daly: number;
  readonly waste: { readonly young: number; readonly daly: number };
}

/**
 * Young's and Daly's checkpoint intervals with the share of wall time lost at each.
 * @param checkpointCost C > 0
 * @param mtbf M > 0 (same unit)
 * @param restartTime R ≥ 0 (default 0)
 */
export function planCheckpoint(
  checkpointCost: number,
  mtbf: number,
  restartTime = 0,
): CheckpointPlan {
  const young = computeYoungInterval(checkpointCost, mtbf);
  const daly = computeDalyInterval(checkpointCost, mtbf);
  return {
    young,
    daly,
    waste: {
      young: computeCheckpointWaste(young, checkpointCost, mtbf, restartTime),
      daly: computeCheckpointWaste(daly, checkpointCost, mtbf, restartTime),
    },
  };
}

/** The `plan retry` answer; a field is present when its inputs were given. */
export interface RetryPlan {
  /** 1 − (1 − P)^K, with `attempts`. */
  readonly pSuccess?: number;
  /** Smallest K with 1 − (1 − P)^K ≥ target (`null`: no number of attempts reaches it). */
  readonly minAttempts?: number | null;
  /** Smallest P with which K attempts reach the target, with `attempts` and `target`. */
  readonly minPSuccess?: number;
}

/**
 * Independent retries: the success of K attempts, the attempts a target needs, and the
 * per-attempt success K attempts need.
 * @param pSuccess P, the chance one attempt succeeds, in [0, 1]
 * @param attempts K ≥ 1, if asked
 * @param target T in [0, 1], if asked
 */
export function planRetry(pSuccess: number, attempts?: number, target?: number): RetryPlan {
  const fail = 1 - pSuccess;
  const plan: { pSuccess?: number; minAttempts?: number | null; minPSuccess?: number } = {};
  if (attempts !== undefined) plan.pSuccess = computeRetry(fail, attempts).work;
  if (target !== undefined) plan.minAttempts = findMinAttempts(fail, target);
  if (attempts !== undefined && target !== undefined) {
    // 1 − (1 − P)^K ≥ T ⇔ P ≥ 1 − (1 − T)^(1/K), with (1 − T)^(1/K) = exp(log1p(−T)/K).
    plan.minPSuccess = -Math.expm1(Math.log1p(-target) / attempts);
  }
  return plan;
}

function findMinAttempts(fail: number, target: number): number | null {
  if (target <= 0) return 1;
  if (fail === 0) return 1;
  if (target >= 1 || fail >= 1) return null;
  // q^K ≤ 1 − T ⇔ K ≥ log(1 − T) / log q; the float estimate is checked on both sides.
  let k = Math.max(1, Math.ceil(Math.log1p(-target) / Math.log(fail)));
  while (k > 1 && computeRetry(fail, k - 1).work >= target) k--;
  while (computeRetry(fail, k).work < target) k++;
  return k;
}

/**
 * The p-quantile of the chi-square law with ν degrees of freedom: the x with P(ν/2, x/2) = p,
 * solved on the tail that is small (lower tail below the median, upper above) so that both ends
 * keep their digits.
 * @param p probability in (0, 1)
 * @param degrees ν > 0
 * @example computeChiSquareQuantile(0.95, 2); // 5.9915 = −2·ln 0.05
 */
export function computeChiSquareQuantile(p: number, degrees: number): number {
  const a = degrees / 2;
  const f =
    p < 0.5
      ? (x: number) => incompleteGammaPair(a, x / 2).lower - p
      : (x: number) => 1 - p - incompleteGammaPair(a, x / 2).upper;
  let high = Math.max(1, degrees);
  while (f(high) < 0) high *= 2;
  return findRoot(f, 0, high, 1e-13).value;
}

/** The `plan rate` answer: the estimate and its two-sided chi-square interval. */
export interface RatePlan {
  readonly rate: number;
  /** T / N; `null` when no failure was seen. */
  readonly mtbf: number | null;
  readonly lower: number;
  readonly upper: number;
  readonly confidence: number;
}

/**
 * Failure rate from N failures over a total operating time T (time-terminated test), with the
 * two-sided chi-square interval: lower = χ²((1−C)/2; 2N)/(2T) (0 when N = 0), upper =
 * χ²((1+C)/2; 2N+2)/(2T).
 * @param failures N ≥ 0 (integer)
 * @param operatingTime T > 0
 * @param confidence C in (0, 1) (default 0.9)
 */
export function planObservedRate(
  failures: number,
  operatingTime: number,
  confidence = 0.9,
): RatePlan {
  const { rate } = computeObservedRate(failures, operatingTime);
  const lower =
    failures === 0
      ? 0
      : computeChiSquareQuantile((1 - confidence) / 2, 2 * failures) / (2 * operatingTime);
  const upper =
    computeChiSquareQuantile((1 + confidence) / 2, 2 * failures + 2) / (2 * operatingTime);
  return { rate, mtbf: failures === 0 ? null : operatingTime / failures, lower, upper, confidence };
}

/** The hash-ring answer (`planHashRing`): shares of keys, each in [0, 1]. */
export interface HashRingPlan {
  /** Share of keys whose r replicas are all on the f nodes down, for f nodes down at random. */
  readonly lostRandom: number;
  /** The same when the f nodes down are neighbours on the ring (one rack, one zone). */
  readonly lostAdjacent: number;
  /** Share of keys with at least one replica on a node that is down (f at random). */
  readonly degraded: number;
  /** Share of keys whose primary moves when one node leaves the ring (1/n). */
  readonly movedOnLeave: number;
  /** Share of keys that need a new replica copied when one node leaves (r/n). */
  readonly rereplicatedOnLeave: number;
  /** Share of keys that move when one node leaves under `hash mod n` instead of a ring. */
  readonly movedModulo: number;
}

/**
 * Replication on a consistent-hashing ring of n equal nodes, each key on r distinct nodes (the
 * successors of its hash), f nodes down at once. With the f nodes chosen at random, a key is
 * lost when its r replicas are among them: C(f, r) / C(n, r) = ∏ (f − i)/(n − i); it is degraded
 * unless all r are up: 1 − C(n − f, r) / C(n, r). With f neighbours down, a run of r successors
 * fits in the run of f in f − r + 1 of n places. When a node leaves, the keys it was primary for
 * (1/n) move, and r/n of the keys lose one replica; `hash mod n` moves all but 1/n of them.
 * @param nodes n ≥ 1 (integer)
 * @param replicas r in 1…n (integer)
 * @param down f in 0…n (integer)
 * @example planHashRing(10, 3, 3).lostRandom; // 1/120
 */
export function planHashRing(nodes: number, replicas: number, down: number): HashRingPlan {
  let lostRandom = 1;
  let logAllUp = 0;
  for (let i = 0; i < replicas; i++) {
    lostRandom *= Math.max(0, down - i) / (nodes - i);
    // (n − f − i)/(n − i) = 1 − f/(n − i): the log keeps small shares' digits.
    logAllUp += down >= nodes - i ? -Infinity : Math.log1p(-down / (nodes - i));
  }
  return {
    lostRandom,
    lostAdjacent: down >= nodes ? 1 : Math.max(0, down - replicas + 1) / nodes,
    degraded: -Math.expm1(logAllUp),
    movedOnLeave: 1 / nodes,
    rereplicatedOnLeave: replicas / nodes,
    movedModulo: nodes === 1 ? 1 : (nodes - 1) / nodes,
  };
}

/** Timing of a call with retries (`planRetryLatency`); times in the caller's unit. */
export interface RetryTiming {
  /** Wait of one attempt that fails: its timeout. */
  readonly timeout: number;
  /** Time an attempt that succeeds takes (at most the timeout). */
  readonly successLatency: number;
  /** Wait before the second attempt. */
  readonly backoff: number;
  /** Each later wait is this multiple of the one before (1: constant; 2: exponential). */
  readonly multiplier: number;
}

/** The latency of a call with retries. */
export interface RetryLatency {
  /** Expected time until the call succeeds or gives up. */
  readonly expected: number;
  /** Expected time of the calls that succeed. */
  readonly expectedIfSuccess: number | null;
  /** Longest a call can take: every attempt times out, with every wait between them. */
  readonly worst: number;
}

/**
 * Latency of a call of up to K attempts, each succeeding with probability P independently: a
 * failed attempt costs its timeout T and, before the next, the wait b·m^(i−1); a successful one
 * costs d. E[L] = Σ_{i=1..K} q^(i−1)·(P·d + q·(T + w_i)), with q = 1 − P and w_K = 0;
 * worst = K·T + Σ_{i<K} b·m^(i−1).
 * @param pSuccess P in [0, 1]
 * @param attempts K ≥ 1 (integer)
 * @param timing timeout, success latency, first backoff and its multiplier
 */
export function planRetryLatency(
  pSuccess: number,
  attempts: number,
  timing: RetryTiming,
): RetryLatency {
  const q = 1 - pSuccess;
  const { timeout, successLatency, backoff, multiplier } = timing;
  let expected = 0;
  let successTime = 0;
  let reach = 1;
  let elapsed = 0;
  let wait = backoff;
  let waits = 0;
  for (let i = 1; i <= attempts; i++) {
    const after = i < attempts ? wait : 0;
    expected += reach * (pSuccess * successLatency + q * (timeout + after));
    // A call that succeeds at attempt i took the i − 1 failures before it, then d.
    successTime += reach * pSuccess * (elapsed + successLatency);
    elapsed += timeout + after;
    waits += after;
    reach *= q;
    wait *= multiplier;
  }
  // 1 − q^K without losing a tiny P: −expm1(K·log1p(−P)).
  const success = pSuccess >= 1 ? 1 : -Math.expm1(attempts * Math.log1p(-pSuccess));
  return {
    expected,
    expectedIfSuccess: success > 0 ? successTime / success : null,
    worst: attempts * timeout + waits,
  };
}
