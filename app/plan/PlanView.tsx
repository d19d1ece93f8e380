/**
 * The plan view: calculators for fault-tolerance mechanisms (checkpoint interval, retries,
 * failure rate from observations, replication on a hash ring), each with its formula typeset and its inputs with units;
 * and the choice of component types per subsystem within a budget (exact redundancy allocation).
 * The same formulas as `rbd plan` (src/analysis/planning.ts). Inputs survive a reload.
 */
import { AllocationPlanner } from './AllocationPlanner.tsx';
import { CheckpointPlanner } from './CheckpointPlanner.tsx';
import { HashRingPlanner } from './HashRingPlanner.tsx';
import { RatePlanner } from './RatePlanner.tsx';
import { RetryPlanner } from './RetryPlanner.tsx';
import { usePlanInputs } from './usePlanInputs.ts';
import './plan.css';

export function PlanView() {
  const [inputs, setField] = usePlanInputs();
  return (
    <main className="plan-view" data-testid="plan.view" aria-labelledby="plan-heading">
      <header className="plan-head">
        <h1 id="plan-heading">Plan fault tolerance</h1>
        <p className="hint">
          On the command line: <code>rbd plan checkpoint|retry|rate</code>, with the same formulas,
          and <code>rbd plan allocate</code>, the same search as the choice of component types.
        </p>
      </header>
      <div className="plan-grid">
        <CheckpointPlanner inputs={inputs} setField={setField} />
        <RetryPlanner inputs={inputs} setField={setField} />
        <RatePlanner inputs={inputs} setField={setField} />
        <HashRingPlanner inputs={inputs} setField={setField} />
        <AllocationPlanner />
      </div>
    </main>
  );
}
