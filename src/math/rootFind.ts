/**
 * Root finding: Brent's method on a bracket, and the time at which a non-decreasing function
 * first reaches a level (bracketed by doubling from a scale). Allocation-free.
 * Runs anywhere (worker, Node, browser); no DOM.
 */

/** Default relative tolerance on the root. */
export const DEFAULT_ROOT_REL_TOL = 1e-10;

/** Most iterations of one root search (Brent converges in far fewer). */
const MAX_ITERATIONS = 200;
/** Most doublings or halvings while bracketing a level (2^±1100 spans every double). */
const MAX_BRACKET_STEPS = 1100;

/** Doublings evaluated in one pass of the scan (halvings fill the pass). */
const DOUBLINGS_AHEAD = 3;

/** Outcome of a root search. */
export interface RootResult {
  /** The root estimate. */
  readonly value: number;
  /** Whether the tolerance was met within the iteration limit. */
  readonly converged: boolean;
}

/**
 * A zero of f in [a, b], where f(a) and f(b) have opposite signs (or one is 0), by Brent's
 * method: inverse quadratic interpolation or secant steps, falling back to bisection whenever
 * they would not shrink the bracket fast enough (R. P. Brent, *Algorithms for Minimization
 * without Derivatives*, Prentice-Hall 1973, ch. 4, procedure `zero`). Stops when the bracket is
 * within max(relTol·|x|, absTol) of the estimate.
 * @param f the function (continuous on [a, b])
 * @param a one end of the bracket
 * @param b the other end
 * @param relTol relative tolerance on the root (default 1e-10)
 * @param absTol absolute tolerance on the root, in x units (default 0)
 * @returns the root and whether the tolerance was met; `NaN` when [a, b] is no bracket
 * @example
 * findRoot((x) => x * x - 2, 1, 2).value; // 1.4142135623...
 */
export function findRoot(
  f: (x: number) => number,
  a: number,
  b: number,
  relTol: number = DEFAULT_ROOT_REL_TOL,
  absTol = 0,
): RootResult {
  const search = searchRoot(a, b, relTol, absTol);
  let step = search.next();
  while (step.done !== true) step = search.next(f(step.value));
  return step.value;
}

/**
 * {@link findRoot} as a sequence of requests: yields each x at which it needs f and is resumed
 * with f(x), so several searches can share the passes that evaluate f (see
 * {@link findLevelTimesInPasses}). The same steps, and so the same root, as `findRoot`.
 */
function* searchRoot(
  a: number,
  b: number,
  relTol: number,
  absTol: number,
): Generator<number, RootResult, number> {
  let fa = yield a;
  let fb = yield b;
  if (fa === 0) return { value: a, converged: true };
  if (fb === 0) return { value: b, converged: true };
  if (!(Math.sign(fa) !== Math.sign(fb))) return { value: NaN, converged: false };
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    if (Math.sign(fb) === Math.sign(fc)) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol = 2 * Number.EPSILON * Math.abs(b) + 0.5 * Math.max(relTol * Math.abs(b), absTol);
    const m = 0.5 * (c - b);
    if (Math.abs(m) <= tol || fb === 0) return { value: b, converged: true };
    if (Math.abs(e) < tol || Math.abs(fa) <= Math.abs(fb)) {
      d = m;
      e = m;
    } else {
      // Interpolation: secant when a = c, inverse quadratic otherwise.
      let p: number;
      let q: number;
      const s = fb / fa;
      if (a === c) {
        p = 2 * m * s;
        q = 1 - s;
      } else {
        const qa = fa / fc;
        const r = fb / fc;
        p = s * (2 * m * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = m;
        e = m;
      }
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol ? d : m > 0 ? tol : -tol;
    fb = yield b;
  }
  return { value: b, converged: false };
}

/**
 * Evaluates a function at `count` times at once: `out[j] = g(times[j])` for j < count.
 * `times` and `out` hold at least `count` entries.
 */
export type PassEvaluator = (times: Float64Array, count: number, out: Float64Array) => void;

/**
 * The first times t ≥ 0 at which a non-decreasing function reaches each of several levels:
 * g(t) ≥ level. One geometric scan from `scale` (halving down to the lowest level, doubling up
 * to the highest) brackets every level, then {@link findRoot} locates each on g − level. Used
 * for B-lives (the times by which shares p of units have failed).
 * @param g non-decreasing on [0, ∞), continuous
 * @param levels the levels sought
 * @param scale a time of the order of the answers (> 0), time units of g
 * @param relTol relative tolerance on the times (default 1e-10)
 * @returns per level: 0 when g(0) ≥ level; `null` when g stays below it up to the largest double
 *   (test the limit g(∞) first when it is known); otherwise the time and whether it converged
 * @example
 * findLevelTimes((t) => -Math.expm1(-t / 1000), [0.1, 0.5], 1000)[1]?.value; // 1000·ln 2
 */
export function findLevelTimes(
  g: (t: number) => number,
  levels: readonly number[],
  scale: number,
  relTol: number = DEFAULT_ROOT_REL_TOL,
): (RootResult | null)[] {
  const pass: PassEvaluator = (times, count, out) => {
    for (let j = 0; j < count; j++) out[j] = g(times[j]!);
  };
  return findLevelTimesInPasses(pass, 1, levels, scale, relTol);
}

/**
 * {@link findLevelTimes} on a function evaluated `lanes` times at a time: the scan asks for
 * `lanes` halvings or doublings per pass, and the root searches of the levels step together,
 * one pass per step. g is evaluated at the times `findLevelTimes` would use, plus the scan's
 * lookahead, so the answers are the same doubles.
 * @param pass evaluates g at up to `lanes` times
 * @param lanes the most times per pass (≥ 1)
 * @example
 * findLevelTimesInPasses(pass, 8, [0.01, 0.1, 0.5], 1); // B1, B10, B50 of g in 8-lane passes
 */
export function findLevelTimesInPasses(
  pass: PassEvaluator,
  lanes: number,
  levels: readonly number[],
  scale: number,
  relTol: number = DEFAULT_ROOT_REL_TOL,
): (RootResult | null)[] {
  const times = new Float64Array(Math.max(1, lanes));
  const out = new Float64Array(Math.max(1, lanes));
  const known = new Map<number, number>();
  const evaluate = (count: number): void => {
    pass(times, count, out);
    for (let j = 0; j < count; j++) known.set(times[j]!, out[j]!);
  };
  /** g at t ≥ 0, with the next halvings (direction ½) or doublings (2) in the same pass. */
  const at = (t: number, direction: number): number => {
    let value = known.get(t);
    if (value === undefined) {
      // Few doublings ahead: figures at long times can cost more (longer transients).
      const ahead = direction > 1 ? Math.min(times.length, DOUBLINGS_AHEAD) : times.length;
      let count = 0;
      for (let x = t; count < ahead && Number.isFinite(x); x *= direction) {
        times[count++] = x;
        if (x === 0) break;
      }
      evaluate(count);
      value = known.get(t)!;
    }
    return value;
  };
  const atZero = at(0, 1);
  const pending = levels.filter((level) => atZero < level);
  // Times of the scan, in increasing order.
  const scanned: number[] = [];
  if (pending.length > 0) {
    const lowest = Math.min(...pending);
    const highest = Math.max(...pending);
    scanned.push(scale > 0 && Number.isFinite(scale) ? scale : 1);
    for (
      let i = 0;
      i < MAX_BRACKET_STEPS && at(scanned[0]!, 0.5) >= lowest && scanned[0]! > 0;
      i++
    ) {
      scanned.unshift(scanned[0]! / 2);
    }
    for (let i = 0; i < MAX_BRACKET_STEPS && at(scanned[scanned.length - 1]!, 2) < highest; i++) {
      const t = scanned[scanned.length - 1]! * 2;
      if (!Number.isFinite(t)) break;
      scanned.push(t);
    }
  }
  // One root search per level that needs one, stepped together: each step evaluates, in one
  // pass, the points the searches ask for that are not known yet.
  const results: (RootResult | null)[] = levels.map(() => null);
  const searches: {
    index: number;
    level: number;
    search: Generator<number, RootResult, number>;
  }[] = [];
  const wanted: number[] = [];
  levels.forEach((level, index) => {
    if (atZero >= level) {
      results[index] = { value: 0, converged: true };
      return;
    }
    const hi = scanned.findIndex((t) => at(t, 2) >= level);
    if (hi < 0) return;
    const lo = hi === 0 ? 0 : scanned[hi - 1]!;
    const search = searchRoot(lo, scanned[hi]!, relTol, 0);
    searches.push({ index, level, search });
    wanted.push(search.next().value as number);
  });
  while (searches.length > 0) {
    let count = 0;
    for (const t of wanted) {
      if (count < times.length && !known.has(t) && !times.subarray(0, count).includes(t)) {
        times[count++] = t;
      }
    }
    if (count > 0) evaluate(count);
    for (let i = searches.length - 1; i >= 0; i--) {
      const value = known.get(wanted[i]!);
      if (value === undefined) continue;
      const { index, level, search } = searches[i]!;
      const step = search.next(value - level);
      if (step.done === true) {
        results[index] = step.value;
        searches.splice(i, 1);
        wanted.splice(i, 1);
      } else wanted[i] = step.value;
    }
  }
  return results;
}

/**
 * The first time t ≥ 0 at which a non-decreasing function reaches `level` (one level of
 * {@link findLevelTimes}).
 * @example
 * findLevelTime((t) => -Math.expm1(-t / 1000), 0.5, 1000)?.value; // 693.147... = 1000·ln 2
 */
export function findLevelTime(
  g: (t: number) => number,
  level: number,
  scale: number,
  relTol: number = DEFAULT_ROOT_REL_TOL,
): RootResult | null {
  return findLevelTimes(g, [level], scale, relTol)[0]!;
}
