/**
 * Planning formulas for fault-tolerance mechanisms: recovery time built from parts, checkpoint
 * intervals (Young 1974; Daly 2006), retries, and failure rates from observations. Pure functions; runs anywhere; no DOM.
 */

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
