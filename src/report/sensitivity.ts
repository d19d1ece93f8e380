/**
 * Sensitivity of the downtime to each component's figures, for the report's tornado: every
 * component's life (MTBF, or a Weibull/gamma/log-logistic scale, a lognormal mean and sd) and
 * repair time scaled by ±20 % one at a time (Ramly's ±20 %, anchors.md §2.3 item 9), each
 * variant analysed exactly, the downtime per year of each end reported. Heavy: two analyses per
 * figure; run it in the worker or the command line.
 * Runs anywhere; no DOM.
 */
import { analyzeDesign } from '../analysis/analyze.ts';
import type { FailureLaw, RepairLaw } from '../laws/registry.ts';
import type { Component, Design } from '../model/types.ts';
import { assertNever } from '../util/assert.ts';

/** The relative change tried each way. */
export const SENSITIVITY_STEP = 0.2;
/** Most components varied (the first in file order; two analyses for each figure of each). */
export const MAX_SENSITIVITY_COMPONENTS = 12;

/** One bar of the tornado: a figure of a component made 20 % smaller and 20 % larger. */
export interface SensitivityRow {
  readonly component: string;
  /** `Database server MTBF`, `App server MTTR`. */
  readonly label: string;
  /** Downtime per year (hours) with the figure × 0.8 and × 1.2; `null`: not exactly computable. */
  readonly low: number | null;
  readonly high: number | null;
}

/** The tornado's data: the design's own downtime and the bars, widest first. */
export interface Sensitivity {
  /** Hours of downtime per year of the design as it is. */
  readonly baseline: number | null;
  readonly rows: readonly SensitivityRow[];
  /** Components not varied (past {@link MAX_SENSITIVITY_COMPONENTS}). */
  readonly skipped: number;
}

/** A failure law with its life scaled by `f` (`null`: a law without a life to scale). */
function scaleLife(law: FailureLaw, f: number): FailureLaw | null {
  switch (law.kind) {
    case 'exponential':
      return law.rate === 0 ? null : { ...law, rate: law.rate / f };
    case 'weibull':
    case 'gamma':
    case 'loglogistic':
      return { ...law, scale: law.scale * f };
    case 'lognormal':
      return { ...law, mean: law.mean * f, sd: law.sd * f };
    case 'fixed':
      return null;
    default:
      return assertNever(law);
  }
}

/** A repair law with its time scaled by `f` (`null`: none, or an instant repair). */
function scaleRepair(law: RepairLaw | null, f: number): RepairLaw | null {
  if (law === null) return null;
  switch (law.kind) {
    case 'exponential':
      return law.mttr === 0 ? null : { ...law, mttr: law.mttr * f };
    case 'lognormal':
      return { ...law, mean: law.mean * f, sd: law.sd * f };
    case 'fixed':
      return law.time === 0 ? null : { ...law, time: law.time * f };
    default:
      return assertNever(law);
  }
}

function getDowntime(design: Design): number | null {
  return analyzeDesign(design, { skipMttf: true, skipMeanAvailability: true, cutSetLimit: 0 })
    .steadyState.downtimePerYear;
}

function withComponent(design: Design, component: Component): Design {
  return {
    ...design,
    components: design.components.map((c) => (c.id === component.id ? component : c)),
  };
}

/**
 * Computes the downtime per year with each component's life and repair time 20 % smaller and
 * larger, one at a time.
 * @param design the design
 * @returns the baseline and the bars, widest first (none when the long run is not exact)
 * @example
 * computeSensitivity(design).rows[0]; // { label: 'Database server MTBF', low, high }
 */
export function computeSensitivity(design: Design): Sensitivity {
  const baseline = getDowntime(design);
  const varied = design.components.slice(0, MAX_SENSITIVITY_COMPONENTS);
  const rows: SensitivityRow[] = [];
  if (baseline !== null) {
    for (const c of varied) {
      const life = c.failure.kind === 'exponential' ? 'MTBF' : 'life';
      const lives = [1 - SENSITIVITY_STEP, 1 + SENSITIVITY_STEP].map((f) =>
        scaleLife(c.failure, f),
      );
      if (lives[0] !== null && lives[1] !== null) {
        const [low, high] = lives.map((law) =>
          getDowntime(withComponent(design, { ...c, failure: law! })),
        );
        rows.push({ component: c.id, label: `${c.name} ${life}`, low: low!, high: high! });
      }
      const repairs = [1 - SENSITIVITY_STEP, 1 + SENSITIVITY_STEP].map((f) =>
        scaleRepair(c.repair, f),
      );
      if (repairs[0] !== null && repairs[1] !== null) {
        const [low, high] = repairs.map((law) =>
          getDowntime(withComponent(design, { ...c, repair: law })),
        );
        rows.push({ component: c.id, label: `${c.name} MTTR`, low: low!, high: high! });
      }
    }
  }
  const spread = (r: SensitivityRow): number =>
    r.low === null || r.high === null ? -1 : Math.abs(r.high - r.low);
  rows.sort((a, b) => spread(b) - spread(a));
  return { baseline, rows, skipped: design.components.length - varied.length };
}
