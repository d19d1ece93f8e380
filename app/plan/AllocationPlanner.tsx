/**
 * Redundancy allocation with a choice of component types: subsystems in series, each of units
 * in active parallel chosen among its types; the most reliable system within a cost limit (and a
 * weight limit), found by the exact search of `rbd plan allocate` in a worker, with cancel.
 * The published Fyffe–Hines–Lee benchmark loads in one click. Inputs survive a reload.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { FYFFE_HINES_LEE, formatNumber } from '../../src/index.ts';
import type { AllocationJob, AllocationOutcome } from './allocationClient.ts';
import { startAllocation } from './allocationClient.ts';
import type { AllocationInputs } from './allocationInputs.ts';
import { fromProblem, readAllocationInputs, useAllocationInputs } from './allocationInputs.ts';

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message === undefined ? null : (
    <span id={id} className="field-error plan-cell-error" data-testid={`plan.allocate.error.${id}`}>
      {message}
    </span>
  );
}

export function AllocationPlanner() {
  const id = useId();
  const [inputs, setInputs] = useAllocationInputs();
  const read = readAllocationInputs(inputs);
  const [outcome, setOutcome] = useState<{ for: string; value: AllocationOutcome } | null>(null);
  const [job, setJob] = useState<AllocationJob | null>(null);
  const jobRef = useRef<AllocationJob | null>(null);
  useEffect(() => () => jobRef.current?.cancel(), []);
  const key = read.problem === null ? null : JSON.stringify(read.problem);
  const engineErrors = new Map<string, string>();
  if (outcome !== null && outcome.for === key && !outcome.value.answer.ok) {
    for (const issue of outcome.value.answer.error)
      engineErrors.set(toKey(issue.path), issue.message);
  }
  const errorOf = (field: string) => read.errors.get(field) ?? engineErrors.get(field);

  const update = (change: (draft: AllocationInputs) => AllocationInputs) =>
    setInputs(change(inputs));
  const setOption = (
    i: number,
    j: number,
    field: 'name' | 'reliability' | 'cost' | 'weight',
    text: string,
  ) =>
    update((d) => ({
      ...d,
      subsystems: d.subsystems.map((s, si) =>
        si !== i
          ? s
          : { ...s, options: s.options.map((o, oj) => (oj === j ? { ...o, [field]: text } : o)) },
      ),
    }));

  const run = () => {
    if (read.problem === null || key === null) return;
    const started = startAllocation(read.problem);
    jobRef.current = started;
    setJob(started);
    void started.result.then((value) => {
      if (jobRef.current !== started) return;
      jobRef.current = null;
      setJob(null);
      if (value !== null) setOutcome({ for: key, value });
    });
  };
  const cancel = () => {
    jobRef.current?.cancel();
  };

  const answer = outcome?.value.answer.ok === true ? outcome.value.answer.value : null;
  const stale = outcome !== null && outcome.for !== key;
  const weighed = inputs.maxWeight.trim() !== '';

  return (
    <section
      className="plan-card plan-wide"
      aria-labelledby={`${id}-heading`}
      data-testid="plan.allocate"
    >
      <h2 id={`${id}-heading`}>Which component types, and how many</h2>
      <p className="hint">
        Subsystems in series, each of 1 … N units in active parallel, chosen among its types (a
        unit’s reliability at the mission time, or its availability): the most reliable system whose
        units cost at most the limit, and weigh at most the weight limit if you give one. The search
        is exact (dynamic programming over the budget) and says so. The same search as{' '}
        <code>rbd plan allocate</code>.
      </p>
      <div className="plan-fields">
        {(
          [
            ['maxCost', 'Cost limit', 'cost'],
            ['maxWeight', 'Weight limit (optional)', 'weight'],
            ['maxUnits', 'Most units per subsystem', 'units'],
          ] as const
        ).map(([field, label, unit]) => (
          <div
            key={field}
            className={`field plan-field${errorOf(field) === undefined ? '' : ' is-invalid'}`}
          >
            <label htmlFor={`${id}-${field}`}>{label}</label>
            <div className="field-input">
              <input
                id={`${id}-${field}`}
                inputMode="decimal"
                value={inputs[field]}
                placeholder={field === 'maxWeight' ? 'none' : undefined}
                aria-invalid={errorOf(field) !== undefined}
                aria-describedby={errorOf(field) === undefined ? undefined : `${id}-${field}-error`}
                data-testid={`plan.allocate.${field}`}
                onChange={(e) => setInputs({ ...inputs, [field]: e.target.value })}
              />
              <span className="field-unit">{unit}</span>
            </div>
            <FieldError id={`${id}-${field}-error`} message={errorOf(field)} />
          </div>
        ))}
        <div className="field plan-field">
          <span className="plan-check">
            <input
              id={`${id}-mixing`}
              type="checkbox"
              checked={inputs.mixing}
              data-testid="plan.allocate.mixing"
              onChange={(e) => setInputs({ ...inputs, mixing: e.target.checked })}
            />
            <label htmlFor={`${id}-mixing`}>Types may be mixed in a subsystem</label>
          </span>
        </div>
      </div>
      <div className="plan-actions">
        <button
          type="button"
          className="button"
          data-testid="plan.allocate.benchmark"
          onClick={() => setInputs(fromProblem(FYFFE_HINES_LEE))}
        >
          Load the Fyffe–Hines–Lee benchmark
        </button>
        <button
          type="button"
          className="button"
          data-testid="plan.allocate.addSubsystem"
          onClick={() =>
            update((d) => ({
              ...d,
              subsystems: [
                ...d.subsystems,
                {
                  name: `Subsystem ${d.subsystems.length + 1}`,
                  options: [{ name: 'Type 1', reliability: '0.9', cost: '1', weight: '1' }],
                },
              ],
            }))
          }
        >
          Add a subsystem
        </button>
      </div>
      <div
        className="plan-allocate-table"
        role="region"
        aria-label="Subsystems and their types"
        tabIndex={0}
      >
        <table>
          <thead>
            <tr>
              <th scope="col">Subsystem</th>
              <th scope="col">Type</th>
              <th scope="col">Reliability</th>
              <th scope="col">Cost</th>
              <th scope="col">Weight{weighed ? '' : ' (no limit)'}</th>
              <th scope="col">
                <span className="plan-sr-only">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {inputs.subsystems.map((s, i) =>
              s.options
                .map((o, j) => {
                  const at = `s${i}.o${j}`;
                  const cell = (
                    field: 'name' | 'reliability' | 'cost' | 'weight',
                    label: string,
                  ) => {
                    const message = errorOf(`${at}.${field}`);
                    const errorId = `${id}-${at}-${field}-error`;
                    return (
                      <td className={message === undefined ? '' : 'is-invalid'}>
                        <input
                          aria-label={`${s.name} · ${o.name}: ${label}`}
                          value={o[field]}
                          inputMode={field === 'name' ? undefined : 'decimal'}
                          aria-invalid={message !== undefined}
                          aria-describedby={message === undefined ? undefined : errorId}
                          data-testid={`plan.allocate.${at}.${field}`}
                          onChange={(e) => setOption(i, j, field, e.target.value)}
                        />
                        <FieldError id={errorId} message={message} />
                      </td>
                    );
                  };
                  return (
                    <tr key={at} className={j === 0 ? 'is-first' : ''}>
                      {j === 0 && (
                        <th scope="rowgroup" rowSpan={s.options.length + 1}>
                          <input
                            aria-label={`Name of subsystem ${i + 1}`}
                            value={s.name}
                            data-testid={`plan.allocate.s${i}.name`}
                            onChange={(e) =>
                              update((d) => ({
                                ...d,
                                subsystems: d.subsystems.map((x, xi) =>
                                  xi === i ? { ...x, name: e.target.value } : x,
                                ),
                              }))
                            }
                          />
                          <FieldError id={`${id}-s${i}-error`} message={errorOf(`s${i}`)} />
                          {inputs.subsystems.length > 1 && (
                            <button
                              type="button"
                              className="button is-small"
                              onClick={() =>
                                update((d) => ({
                                  ...d,
                                  subsystems: d.subsystems.filter((_, xi) => xi !== i),
                                }))
                              }
                            >
                              Remove {s.name}
                            </button>
                          )}
                        </th>
                      )}
                      {cell('name', 'type name')}
                      {cell('reliability', 'reliability of one unit')}
                      {cell('cost', 'cost of one unit')}
                      {cell('weight', 'weight of one unit')}
                      <td>
                        {s.options.length > 1 && (
                          <button
                            type="button"
                            className="button is-small"
                            aria-label={`Remove type ${o.name} of ${s.name}`}
                            onClick={() =>
                              update((d) => ({
                                ...d,
                                subsystems: d.subsystems.map((x, xi) =>
                                  xi === i
                                    ? { ...x, options: x.options.filter((_, oj) => oj !== j) }
                                    : x,
                                ),
                              }))
                            }
                          >
                            ✕
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })
                .concat(
                  <tr key={`s${i}.add`} className="plan-allocate-add">
                    <td colSpan={5}>
                      <button
                        type="button"
                        className="button is-small"
                        onClick={() =>
                          update((d) => ({
                            ...d,
                            subsystems: d.subsystems.map((x, xi) =>
                              xi === i
                                ? {
                                    ...x,
                                    options: [
                                      ...x.options,
                                      {
                                        name: `Type ${x.options.length + 1}`,
                                        reliability: '0.9',
                                        cost: '1',
                                        weight: '1',
                                      },
                                    ],
                                  }
                                : x,
                            ),
                          }))
                        }
                      >
                        Add a type to {s.name}
                      </button>
                    </td>
                  </tr>,
                ),
            )}
          </tbody>
        </table>
      </div>
      <div className="plan-actions">
        {job === null ? (
          <button
            type="button"
            className="button is-primary"
            disabled={read.problem === null}
            data-testid="plan.allocate.run"
            onClick={run}
          >
            Find the most reliable system
          </button>
        ) : (
          <>
            <span role="status" data-testid="plan.allocate.searching">
              Searching…
            </span>
            <button
              type="button"
              className="button"
              data-testid="plan.allocate.cancel"
              onClick={cancel}
            >
              Cancel
            </button>
          </>
        )}
        {read.problem === null && (
          <span className="hint">Correct the fields marked above first.</span>
        )}
      </div>
      {outcome !== null && !outcome.value.answer.ok && outcome.for === key && (
        <p className="field-error" role="alert" data-testid="plan.allocate.refused">
          No answer: {outcome.value.answer.error.map((i) => i.message).join('; ')}
        </p>
      )}
      {answer !== null && (
        <div data-testid="plan.allocate.result" data-stale={stale}>
          {stale && <p className="hint">The inputs changed since this answer: search again.</p>}
          <dl className="plan-results">
            <div>
              <dt>System reliability</dt>
              <dd data-testid="plan.allocate.reliability">
                {formatNumber(answer.reliability, 6)} (fails with probability{' '}
                {formatNumber(answer.unreliability, 4)})
              </dd>
            </div>
            <div>
              <dt>Cost and weight used</dt>
              <dd>
                cost {formatNumber(answer.cost)}
                {answer.weight > 0 || weighed ? `, weight ${formatNumber(answer.weight)}` : ''}
              </dd>
            </div>
            <div>
              <dt>Method</dt>
              <dd data-testid="plan.allocate.method">
                ✓ Proven best — {answer.method}, in {formatNumber(outcome!.value.elapsedMs, 2)} ms
              </dd>
            </div>
          </dl>
          <table className="plan-allocate-answer" data-testid="plan.allocate.choices">
            <thead>
              <tr>
                <th scope="col">Subsystem</th>
                <th scope="col">Units</th>
                <th scope="col">Reliability</th>
                <th scope="col">Cost</th>
                <th scope="col">Weight</th>
              </tr>
            </thead>
            <tbody>
              {answer.choices.map((c, i) => (
                <tr key={i}>
                  <th scope="row">{c.subsystem}</th>
                  <td>{c.units.map((u) => `${u.count} × ${u.option}`).join(' + ')}</td>
                  <td>{formatNumber(c.reliability, 6)}</td>
                  <td>{formatNumber(c.cost)}</td>
                  <td>{formatNumber(c.weight)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** `subsystems[2].options[1].cost` → `s2.o1.cost`; `subsystems[2]` → `s2`; others unchanged. */
function toKey(path: string): string {
  return path
    .replace(/^subsystems\[(\d+)\]\.options\[(\d+)\]/, 's$1.o$2')
    .replace(/^subsystems\[(\d+)\]$/, 's$1');
}
