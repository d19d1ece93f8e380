/**
 * The Monte Carlo check of a comparison: several designs simulated over the same histories with
 * common random numbers (CRN), and each design's downtime difference against the first one
 * estimated from the paired per-history differences.
 *
 * Common random numbers: every unit draws its lives, repairs and switch-overs from a substream
 * keyed by (seed, history, the block's stable id, the unit's index in the block) (rng.ts,
 * unitRules.ts), so a block the two designs share sees the same times in history h of both,
 * and adding a replica to one block changes no other block's draws. The per-history
 * difference D_h = downtime_B,h − downtime_A,h then varies far less than the difference of two
 * independent runs: its variance is reported against var(A) + var(B) (what independent streams
 * would give, the marginals being the same) as the variance-reduction factor.
 *
 * The verdict: "real" when the 95 % paired interval of the mean difference excludes 0, else
 * "noise" (within the simulation's noise). Identical designs give D_h = 0 in every history, so a
 * difference of exactly 0 and "noise".
 *
 * Figures are downtime per year, in minutes (the year of 8766 h), each design simulated over
 * its own time unit; histories start with every unit new. Only the compare check uses unit
 * streams: runs, traces and replays keep one stream per history (replay.ts re-simulates those).
 * Runs anywhere; no DOM.
 */
import type { Design } from '../model/types.ts';
import { HOURS_PER_UNIT, HOURS_PER_YEAR } from '../model/types.ts';
import type { Result } from '../util/result.ts';
import { SimulationAccumulator } from './accumulator.ts';
import type { CompiledModel } from './compile.ts';
import { compileModel } from './compile.ts';
import { EventEngine } from './engine.ts';
import { isValidSeed } from './rng.ts';
import { TimelineEngine } from './timelineEngine.ts';
import type { TraceRecorder } from './trace.ts';
import type { Estimate } from './types.ts';

/** Minutes in the year of "downtime per year". */
const MINUTES_PER_YEAR = HOURS_PER_YEAR * 60;
/** Most histories of one check. */
export const MAX_PAIRED_TRIALS = 10_000_000;
/** Two-sided 95 % normal quantile. */
const Z95 = 1.959963984540054;

/** What the Monte Carlo check of a comparison is asked. */
export interface PairedOptions {
  /** Histories N, the same for every design (an integer from 2). */
  readonly trials: number;
  /** Seed, an integer in [0, 2^53). */
  readonly seed: number;
  /** Length of each history in years of 8766 h (default 1). */
  readonly years?: number;
  /** Repair crews of each design; omitted: one per unit (as the exact engine assumes). */
  readonly crews?: number;
}

/** A mean downtime per year (minutes) with its standard error and 95 % interval. */
export interface PairedEstimate extends Estimate {
  readonly stdError: number;
  /** Sample variance of the per-history figure (minutes/yr squared). */
  readonly variance: number;
}

/** One design's change against the first, from the paired differences. */
export interface PairedDifference {
  /** Index of the design; the difference is this design minus design 0. */
  readonly design: number;
  /** Mean of D_h = downtime_design,h − downtime_0,h, minutes per year, with its interval. */
  readonly difference: PairedEstimate;
  /** `real`: the 95 % interval excludes 0; `noise`: it does not. */
  readonly verdict: 'real' | 'noise';
  /**
   * (var(A) + var(B)) / var(D): how many times fewer histories CRN needs than independent runs
   * for the same interval. `null` when var(D) is 0 (identical draws, nothing to divide).
   */
  readonly varianceReduction: number | null;
  /** The standard error independent runs of N histories each would give: √((var A + var B)/N). */
  readonly independentStdError: number;
}

/** The answer of the check. */
export interface PairedComparison {
  readonly trials: number;
  readonly seed: number;
  readonly years: number;
  /** Per design: simulated downtime per year (minutes). */
  readonly designs: readonly PairedEstimate[];
  /** Per design after the first: its paired difference against design 0. */
  readonly differences: readonly PairedDifference[];
}

/** A problem with the check's request. */
export interface PairedIssue {
  /** `trials`, `seed`, `years`, `crews`, or `designs[i]`. */
  readonly path: string;
  readonly message: string;
}

/** Welford's running mean and sum of squared deviations. */
class RunningMoments {
  count = 0;
  mean = 0;
  m2 = 0;
  add(x: number): void {
    this.count++;
    const delta = x - this.mean;
    this.mean += delta / this.count;
    this.m2 += delta * (x - this.mean);
  }
  getVariance(): number {
    return this.count > 1 ? this.m2 / (this.count - 1) : 0;
  }
  getEstimate(): PairedEstimate {
    const variance = this.getVariance();
    const stdError = this.count > 0 ? Math.sqrt(variance / this.count) : NaN;
    const half = Z95 * stdError;
    return {
      mean: this.mean,
      ci95: [this.mean - half, this.mean + half],
      stdError,
      variance,
    };
  }
}

/** What the paired runner needs of an engine. */
interface PairedEngine {
  runHistory(index: number, acc: SimulationAccumulator, trace: TraceRecorder | null): void;
  readonly lastDowntime: number;
}

/**
 * The engine of one design with unit streams (common random numbers).
 * @param model the compiled design
 * @param settings horizon (design time units), seed, crews (`Infinity`: one per unit)
 */
export function createCommonRandomEngine(
  model: CompiledModel,
  settings: { readonly horizon: number; readonly seed: number; readonly crews: number },
): PairedEngine {
  const { horizon, seed, crews } = settings;
  if (crews === Infinity) return new TimelineEngine(model, { horizon, seed, unitStreams: true });
  return new EventEngine(model, { horizon, seed, repair: true, crews, unitStreams: true });
}

/** Checks the options. @returns the issues, empty when they are valid */
export function validatePairedOptions(options: PairedOptions): PairedIssue[] {
  const issues: PairedIssue[] = [];
  const { trials, seed, years = 1, crews } = options;
  if (!Number.isInteger(trials) || trials < 2 || trials > MAX_PAIRED_TRIALS) {
    issues.push({
      path: 'trials',
      message: `histories must be a whole number from 2 to ${MAX_PAIRED_TRIALS.toLocaleString('en-US')}`,
    });
  }
  if (!isValidSeed(seed)) {
    issues.push({ path: 'seed', message: 'the seed must be a whole number from 0 to 2^53 − 1' });
  }
  if (!(Number.isFinite(years) && years > 0 && years <= 1000)) {
    issues.push({
      path: 'years',
      message: 'the horizon must be more than 0 and at most 1000 years',
    });
  }
  if (crews !== undefined && !(crews === Infinity || (Number.isInteger(crews) && crews >= 1))) {
    issues.push({ path: 'crews', message: 'crews must be a whole number from 1' });
  }
  return issues;
}

/** A paired run in progress: histories are added chunk by chunk. */
export interface PairedRunner {
  /** Runs the next `count` histories of every design. */
  runChunk(count: number): void;
  /** Histories done. */
  readonly done: number;
  /** The figures so far. */
  getResult(): PairedComparison;
}

/**
 * Prepares a paired run of designs (the first is the reference of every difference).
 * @param designs at least two valid designs (from `parseDesign`)
 * @param options histories, seed, horizon in years, crews
 * @returns the runner, or the issues of the request
 * @example
 * const r = createPairedRunner([a, b], { trials: 1e5, seed: 1 });
 * if (r.ok) { r.value.runChunk(1e5); console.log(r.value.getResult().differences[0]); }
 */
export function createPairedRunner(
  designs: readonly Design[],
  options: PairedOptions,
): Result<PairedRunner, PairedIssue[]> {
  const issues = validatePairedOptions(options);
  if (designs.length < 2) issues.push({ path: 'designs', message: 'two designs or more' });
  const years = options.years ?? 1;
  const crews = options.crews ?? Infinity;
  const engines: PairedEngine[] = [];
  const accumulators: SimulationAccumulator[] = [];
  const scale: number[] = [];
  designs.forEach((design, i) => {
    try {
      const model = compileModel(design);
      const horizon = (years * HOURS_PER_YEAR) / HOURS_PER_UNIT[design.timeUnit];
      engines.push(createCommonRandomEngine(model, { horizon, seed: options.seed, crews }));
      // The engines book into an accumulator; nothing here reads it.
      accumulators.push(new SimulationAccumulator(model.blockCount));
      // Downtime in design time units over `horizon` → minutes per year.
      scale.push(MINUTES_PER_YEAR / horizon);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      issues.push({ path: `designs[${i}]`, message });
    }
  });
  if (issues.length > 0) return { ok: false, error: issues };
  const own = engines.map(() => new RunningMoments());
  const paired = engines.slice(1).map(() => new RunningMoments());
  const downtime = new Float64Array(engines.length);
  let done = 0;
  const runner: PairedRunner = {
    runChunk(count) {
      const end = Math.min(options.trials, done + count);
      for (let h = done; h < end; h++) {
        for (let i = 0; i < engines.length; i++) {
          const engine = engines[i]!;
          engine.runHistory(h, accumulators[i]!, null);
          const d = engine.lastDowntime * scale[i]!;
          downtime[i] = d;
          own[i]!.add(d);
        }
        for (let i = 1; i < engines.length; i++) paired[i - 1]!.add(downtime[i]! - downtime[0]!);
      }
      done = end;
    },
    get done() {
      return done;
    },
    getResult() {
      const estimates = own.map((m) => m.getEstimate());
      const differences = paired.map((m, j): PairedDifference => {
        const difference = m.getEstimate();
        const [lo, hi] = difference.ci95;
        const unpaired = estimates[0]!.variance + estimates[j + 1]!.variance;
        return {
          design: j + 1,
          difference,
          verdict: lo > 0 || hi < 0 ? 'real' : 'noise',
          varianceReduction: difference.variance > 0 ? unpaired / difference.variance : null,
          independentStdError: done > 0 ? Math.sqrt(unpaired / done) : NaN,
        };
      });
      return { trials: done, seed: options.seed, years, designs: estimates, differences };
    },
  };
  return { ok: true, value: runner };
}

/**
 * Runs the whole paired check in this thread (tests, the command line).
 * @param designs at least two valid designs
 * @param options histories, seed, horizon in years, crews
 * @param onProgress called after each chunk with the histories done
 */
export function comparePaired(
  designs: readonly Design[],
  options: PairedOptions,
  onProgress?: (done: number) => void,
): Result<PairedComparison, PairedIssue[]> {
  const prepared = createPairedRunner(designs, options);
  if (!prepared.ok) return prepared;
  const runner = prepared.value;
  while (runner.done < options.trials) {
    runner.runChunk(4096);
    onProgress?.(runner.done);
  }
  return { ok: true, value: runner.getResult() };
}
