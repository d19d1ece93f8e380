/**
 * Checkpoint interval: Young's √(2CM) and Daly's higher-order optimum, the share of wall time
 * lost at each and at the user's interval, and the waste curve against the interval with both
 * optima marked. The MTBF can be taken from the design's exact failure frequency.
 */
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { CheckpointPlan } from '../../src/index.ts';
import {
  HOURS_PER_UNIT,
  computeCheckpointWaste,
  formatNumber,
  formatShortPercent,
  planCheckpoint,
} from '../../src/index.ts';
import { useAppStore } from '../store/index.ts';
import { selectEditorAnalysis, selectTimeUnit } from '../store/selectors.ts';
import { Formula, tex } from '../components/Formula.tsx';
import { NumberInput, readNumber } from '../components/NumberInput.tsx';
import type { PlanInputs } from './usePlanInputs.ts';

interface Props {
  readonly inputs: PlanInputs;
  readonly setField: (field: keyof PlanInputs, text: string) => void;
}

const CURVE_POINTS = 60;

/** The waste (%) on a log grid of intervals from Daly's optimum / 20 to Young's × 20 (minutes). */
function getWasteCurve(
  plan: CheckpointPlan,
  cost: number,
  mtbf: number,
  restart: number,
): { tau: number; waste: number }[] {
  const low = Math.max(plan.daly / 20, 1e-6);
  const high = plan.young * 20;
  return Array.from({ length: CURVE_POINTS }, (_, i) => {
    const tau = low * (high / low) ** (i / (CURVE_POINTS - 1));
    return { tau, waste: 100 * computeCheckpointWaste(tau, cost, mtbf, restart) };
  }).filter((p) => Number.isFinite(p.waste) && p.waste < 100);
}

export function CheckpointPlanner({ inputs, setField }: Props) {
  const unit = useAppStore(selectTimeUnit);
  const designMtbf = useAppStore((s) => selectEditorAnalysis(s).result?.steadyState.mtbf ?? null);
  const designMtbfHours = designMtbf === null ? null : designMtbf * HOURS_PER_UNIT[unit];
  const cost = readNumber(inputs.checkpointCost, 0, Infinity, true);
  const mtbf = readNumber(inputs.checkpointMtbf, 0, Infinity, true);
  const restart = readNumber(inputs.checkpointRestart, 0);
  const current =
    inputs.checkpointCurrent.trim() === ''
      ? null
      : readNumber(inputs.checkpointCurrent, 0, Infinity, true);
  const ok = cost.value !== null && mtbf.value !== null && restart.value !== null;
  // Work in minutes: C and R are typed in minutes, M in hours.
  const c = cost.value ?? 1;
  const m = (mtbf.value ?? 1) * 60;
  const r = restart.value ?? 0;
  const plan = ok ? planCheckpoint(c, m, r) : null;
  const currentWaste =
    plan !== null && current !== null && current.value !== null
      ? computeCheckpointWaste(current.value, c, m, r)
      : null;
  const curve = plan === null ? [] : getWasteCurve(plan, c, m, r);

  return (
    <section className="plan-card" aria-labelledby="plan-checkpoint" data-testid="plan.checkpoint">
      <h2 id="plan-checkpoint">Checkpoint interval</h2>
      <p className="hint">
        How often should a long job save its state? Too often wastes time writing checkpoints; too
        rarely wastes the work redone after a failure.
      </p>
      <div className="plan-fields">
        <NumberInput
          testId="plan.checkpointCost"
          label="Checkpoint cost C"
          unit="min"
          value={inputs.checkpointCost}
          onChange={(t) => setField('checkpointCost', t)}
          error={cost.error}
        />
        <NumberInput
          testId="plan.checkpointMtbf"
          label="MTBF M"
          unit="h"
          value={inputs.checkpointMtbf}
          onChange={(t) => setField('checkpointMtbf', t)}
          error={mtbf.error}
        />
        <NumberInput
          testId="plan.checkpointRestart"
          label="Restart time R"
          unit="min"
          value={inputs.checkpointRestart}
          onChange={(t) => setField('checkpointRestart', t)}
          error={restart.error}
        />
        <NumberInput
          testId="plan.checkpointCurrent"
          label="Your interval (optional)"
          unit="min"
          value={inputs.checkpointCurrent}
          onChange={(t) => setField('checkpointCurrent', t)}
          error={current?.error ?? null}
        />
      </div>
      {designMtbfHours !== null && Number.isFinite(designMtbfHours) && (
        <button
          type="button"
          className="button"
          data-testid="plan.checkpoint.useDesign"
          onClick={() => setField('checkpointMtbf', String(Number(designMtbfHours.toPrecision(6))))}
        >
          Use the design’s MTBF ({formatNumber(designMtbfHours)} h)
        </button>
      )}
      {plan !== null && (
        <>
          <Formula
            className="plan-formula"
            tex={`\\tau_{\\text{Young}} = \\sqrt{2CM} = \\sqrt{2 \\cdot ${tex(c)} \\cdot ${tex(m)}} = ${tex(plan.young)}\\ \\text{min}`}
            label={`Young's interval: square root of 2 C M = ${formatNumber(plan.young)} minutes`}
          />
          <Formula
            className="plan-formula"
            tex={`\\begin{aligned}\\tau_{\\text{Daly}} &= \\sqrt{2CM}\\left[1 + \\tfrac13\\sqrt{\\tfrac{C}{2M}} + \\tfrac19\\,\\tfrac{C}{2M}\\right] - C \\\\ &= ${tex(plan.daly)}\\ \\text{min}\\end{aligned}`}
            label={`Daly's interval = ${formatNumber(plan.daly)} minutes`}
          />
          <dl className="plan-results" data-testid="plan.checkpoint.results">
            <div>
              <dt>Young’s interval</dt>
              <dd data-testid="plan.checkpoint.young">
                {formatNumber(plan.young)} min · {formatShortPercent(plan.waste.young)} of wall time
                lost
              </dd>
            </div>
            <div>
              <dt>Daly’s interval</dt>
              <dd data-testid="plan.checkpoint.daly">
                {formatNumber(plan.daly)} min · {formatShortPercent(plan.waste.daly)} of wall time
                lost
              </dd>
            </div>
            {currentWaste !== null && (
              <div>
                <dt>At your interval</dt>
                <dd data-testid="plan.checkpoint.current">
                  {formatShortPercent(currentWaste)} of wall time lost (
                  {formatNumber(100 * (currentWaste - plan.waste.daly), 3)} percentage points more
                  than at Daly’s)
                </dd>
              </div>
            )}
          </dl>
          <figure
            className="plan-chart"
            aria-label="Share of wall time lost against the checkpoint interval"
          >
            <ResponsiveContainer width="100%" height={220}>
              <LineChart data={curve} margin={{ top: 16, right: 24, bottom: 24, left: 8 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis
                  dataKey="tau"
                  type="number"
                  scale="log"
                  domain={['dataMin', 'dataMax']}
                  tickFormatter={(v: number) => formatNumber(v, 2)}
                  label={{
                    value: 'interval (min, log scale)',
                    position: 'insideBottom',
                    offset: -12,
                  }}
                />
                <YAxis tickFormatter={(v: number) => `${formatNumber(v, 2)} %`} width={64} />
                <Tooltip
                  formatter={(v) => `${formatNumber(Number(v), 3)} %`}
                  labelFormatter={(v) => `every ${formatNumber(Number(v), 3)} min`}
                />
                <Line
                  dataKey="waste"
                  name="wall time lost"
                  stroke="var(--accent)"
                  dot={false}
                  isAnimationActive={false}
                />
                <ReferenceLine
                  x={plan.young}
                  stroke="#666"
                  strokeDasharray="4 3"
                  label={{ value: 'Young', position: 'top' }}
                />
                <ReferenceLine
                  x={plan.daly}
                  stroke="#111"
                  label={{ value: 'Daly', position: 'insideTopLeft' }}
                />
              </LineChart>
            </ResponsiveContainer>
          </figure>
        </>
      )}
      <p className="hint">
        These formulas assume random (Poisson) interruptions at a constant rate and a fixed
        checkpoint cost (Young 1974; Daly 2006).
      </p>
    </section>
  );
}
