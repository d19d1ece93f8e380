/**
 * "Explain this design": the design being edited, its system availability derived step by step
 * where the diagram reduces (src/learn/explain.ts), each step with the blocks it covers and the
 * engine's numbers; where it does not reduce, why.
 */
import { useMemo, useState } from 'react';
import type { ExplainStep } from '../../src/index.ts';
import { describeCondition, describeExplanation, explainDesign } from '../../src/index.ts';
import { DiagramSketch } from '../components/DiagramSketch.tsx';
import { Formula } from '../components/Formula.tsx';
import { useAppStore } from '../store/index.ts';
import { selectAnalysisStatus, selectDesign, selectEditorAnalysis } from '../store/selectors.ts';

/** What each kind of step does, in words. */
const STEP_KINDS: Readonly<Record<ExplainStep['kind'], string>> = {
  block: 'block',
  series: 'in series',
  parallel: 'in parallel',
  pivot: 'split on a pivotal block or unit (with it up, and with it down)',
};

export function ExplainDesign() {
  const design = useAppStore(selectDesign);
  const status = useAppStore(selectAnalysisStatus);
  const result = useAppStore((s) => selectEditorAnalysis(s).result);
  const explanation = useMemo(
    () => (status === 'current' && result !== null ? explainDesign(design, result) : null),
    [status, result, design],
  );
  // The step under the pointer or the keyboard focus, shown on the diagram.
  const [shown, setShown] = useState<number | null>(null);
  const step = shown === null ? undefined : explanation?.steps[shown];
  const marked = useMemo(() => new Set(step?.members ?? []), [step]);
  return (
    <article className="learn-lesson" aria-labelledby="learn-explain" data-testid="learn.explain">
      <header className="learn-lesson-head">
        <h2 id="learn-explain">
          <span className="learn-lesson-number">The design being edited</span> Explain “
          {design.name}”
        </h2>
        <nav className="learn-nav" aria-label="Lessons">
          <a href="#view=learn" data-testid="learn.nav.index">
            All lessons
          </a>
          <a href="#" data-testid="learn.explain.edit">
            Edit the design
          </a>
        </nav>
      </header>
      <p className="hint">
        The long-run availability of the whole system, built up from each block’s availability as
        the engine computes it (a block of n units of which k are needed counts as one block):
        blocks in series multiply, blocks in parallel multiply their unavailabilities, and a bridge
        is split on a pivotal block X: A = A_X · A(X up) + (1 − A_X) · A(X down). A unit drawn more
        than once is split on first, all its drawings up together and down together.
      </p>
      {explanation === null ? (
        <p role="status" data-testid="learn.explain.waiting">
          {status === 'error'
            ? 'The design has problems: fix them in the editor to see its explanation.'
            : 'Waiting for the analysis of the design…'}
        </p>
      ) : (
        <>
          <figure className="learn-explain-diagram" data-testid="learn.explain.diagram">
            <DiagramSketch
              file={design}
              label={design.name}
              marked={marked}
              markText="in this step"
            />
            <figcaption aria-live="polite" data-testid="learn.explain.shown">
              {step === undefined
                ? 'Point at or focus a step to see its blocks outlined here.'
                : `Step ${shown! + 1} (${STEP_KINDS[step.kind]}) covers ${step.members.join(', ')}.`}
            </figcaption>
          </figure>
          <ol className="learn-steps" data-testid="learn.explain.steps">
            {explanation.steps.map((step, i) => (
              <li
                key={step.name}
                data-testid={`learn.explain.step.${i}`}
                onMouseEnter={() => setShown(i)}
                onFocus={() => setShown(i)}
              >
                <span className="learn-step-kind">
                  {step.condition === undefined ? '' : `if ${describeCondition(step.condition)}: `}
                  {STEP_KINDS[step.kind]}
                  {step.kind === 'block' ? '' : `: ${step.members.join(', ')}`}
                </span>
                <Formula tex={step.tex} label={step.label} className="learn-step-formula" />
              </li>
            ))}
          </ol>
          <p
            className={explanation.kind === 'reduced' ? 'learn-verdict is-right' : 'learn-verdict'}
            role="status"
            data-testid="learn.explain.result"
          >
            {explanation.kind === 'reduced' ? '✓ The last step ' : ''}
            {describeExplanation(explanation)}.
          </p>
        </>
      )}
    </article>
  );
}
