/**
 * "Handout (PDF)": the lesson as it is set now (its text, formulas with these numbers, figures,
 * diagram, chart and questions, the answers on the last page), written by the report code in a
 * worker and downloaded. The PDF code loads on the first click only.
 */
import { useState } from 'react';
import type { Lesson, LessonChart, LessonValues, LessonView } from '../../src/index.ts';
import { formatNumber } from '../../src/index.ts';

interface Props {
  readonly lesson: Lesson;
  readonly values: LessonValues;
  readonly view: LessonView;
  /** The chart as drawn (a Monte Carlo run's points), when it differs from the lesson's. */
  readonly chart?: LessonChart | null;
}

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'building'; readonly done: number }
  | { readonly kind: 'done'; readonly fileName: string }
  | { readonly kind: 'failed'; readonly message: string };

/** The lesson's settings in words: `MTBF 1,000 h · t 500 h`. */
export function describeSettings(lesson: Lesson, values: LessonValues): string {
  return lesson.params
    .map((p) => {
      const value = values[p.key];
      return `${p.label} ${value === undefined ? '—' : formatNumber(value)}${p.unit === '' ? '' : ` ${p.unit}`}`;
    })
    .join(' · ');
}

export function HandoutButton({ lesson, values, view, chart }: Props) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const build = async () => {
    setState({ kind: 'building', done: 0 });
    try {
      const { buildHandoutPdf, downloadPdf } = await import('../report/exportReviewPdf.ts');
      const printed = chart === undefined ? view : { ...view, chart };
      const bytes = await buildHandoutPdf(printed, describeSettings(lesson, values), (done) =>
        setState({ kind: 'building', done }),
      );
      const fileName = `Lesson ${view.number} ${lesson.id} handout.pdf`;
      downloadPdf(bytes, fileName);
      setState({ kind: 'done', fileName });
    } catch (error) {
      setState({ kind: 'failed', message: String(error) });
    }
  };
  const building = state.kind === 'building';
  return (
    <div className="learn-handout">
      <button
        type="button"
        className="button"
        onClick={() => void build()}
        disabled={building}
        aria-describedby="learn-handout-status"
        data-testid="learn.handout"
      >
        Handout (PDF)
      </button>
      <span
        id="learn-handout-status"
        className="hint"
        role="status"
        aria-live="polite"
        data-testid="learn.handout.status"
        data-state={state.kind}
      >
        {building && `Writing the handout… ${Math.round(state.done * 100)}%`}
        {state.kind === 'done' && `Saved “${state.fileName}” (answers on the last page)`}
        {state.kind === 'failed' && `Not saved: ${state.message}`}
      </span>
    </div>
  );
}
