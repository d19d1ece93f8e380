/**
 * The time grid at which the live analysis asks the engine for R(t) and A(t): a linear grid over
 * [0, CURVE_SPAN_FACTOR × mission time] for the linear chart (its step a whole multiple of a
 * power of two), merged with a log-spaced grid for the log-scale chart. Pure; runs anywhere.
 */

/** The curves run to this multiple of the mission time. */
export const CURVE_SPAN_FACTOR = 3;
/** Default number of times in a curve request (linear and log-spaced together). */
export const DEFAULT_CURVE_POINTS = 160;
/** Fewest and most times a curve request may hold. */
export const MIN_CURVE_POINTS = 8;
export const MAX_CURVE_POINTS = 2000;
/** The log-spaced grid starts this many decades below the end of the span. */
const LOG_DECADES = 4;
/** Share of the points that go to the linear grid. */
const LINEAR_SHARE = 0.6;

/**
 * Creates the sorted, duplicate-free times of a curve request.
 * @param missionTime the mission time, design time units (> 0)
 * @param count about how many times to return (clamped to [MIN_CURVE_POINTS, MAX_CURVE_POINTS])
 * @returns times in design time units: 0, the mission time itself, a linear grid up to
 *   CURVE_SPAN_FACTOR × missionTime and a log-spaced grid over the last LOG_DECADES decades;
 *   `[]` when the mission time is not a positive finite number
 * @example createCurveTimes(8760, 160) // [0, 0.0262..., ..., 8760, ..., 26280]
 */
export function createCurveTimes(missionTime: number, count = DEFAULT_CURVE_POINTS): number[] {
  if (!Number.isFinite(missionTime) || missionTime <= 0) return [];
  const total = Math.min(
    MAX_CURVE_POINTS,
    Math.max(MIN_CURVE_POINTS, Number.isFinite(count) ? Math.round(count) : DEFAULT_CURVE_POINTS),
  );
  const span = CURVE_SPAN_FACTOR * missionTime;
  const linearCount = Math.max(2, Math.round(total * LINEAR_SHARE));
  const logCount = Math.max(2, total - linearCount);
  const times: number[] = [missionTime];
  // The linear grid's step is a whole multiple of a power of two near span/(n − 1) (within a
  // sixteenth of it), so every linear time is an exact multiple of that power: there a standby
  // chain's transient is a product of its kept matrix powers with no remainder to uniformise
  // (ctmc.ts) once that power is above the chain's step, some ten times cheaper than at an
  // arbitrary time. Times past the span drop.
  const wanted = span / (linearCount - 1);
  const unit = 2 ** Math.floor(Math.log2(wanted / 8));
  const step = Math.round(wanted / unit) * unit;
  for (let i = 0; i < linearCount && i * step <= span; i++) times.push(i * step);
  const logStart = Math.log10(span) - LOG_DECADES;
  // Each log-spaced time is rounded to six significant bits (by at most 1/64 of it), so that it
  // too is a whole multiple of a power of two a thirty-second of its size.
  for (let i = 0; i < logCount; i++) {
    const t = 10 ** (logStart + (LOG_DECADES * i) / (logCount - 1));
    const grain = 2 ** (Math.floor(Math.log2(t)) - 5);
    times.push(Math.round(t / grain) * grain);
  }
  times.sort((a, b) => a - b);
  const unique: number[] = [];
  for (const t of times) {
    const last = unique[unique.length - 1];
    if (last === undefined || t - last > 1e-9 * span) unique.push(t);
  }
  // The grid ends exactly at the span (the log grid's last point may differ by rounding).
  unique[unique.length - 1] = span;
  return unique;
}
