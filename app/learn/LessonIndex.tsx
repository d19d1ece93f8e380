/** The list of lessons, each a link that opens it (and can be shared). */
import { LESSONS } from '../../src/index.ts';
import { EXPLAIN_ID, getLessonHref } from './learnHash.ts';

interface Props {
  /** A `lesson=` in the address that names no lesson. */
  readonly unknown: string | null;
}

export function LessonIndex({ unknown }: Props) {
  return (
    <div className="learn-index" data-testid="learn.index">
      {unknown !== null && (
        <p className="field-error" role="alert" data-testid="learn.unknown">
          There is no lesson “{unknown}”: pick one below.
        </p>
      )}
      <p className="hint">
        Each lesson is one screen: move the settings, predict the answer to the question, then
        reveal it. Every number shown is computed by the same engine as the editor’s results.
      </p>
      <ol className="learn-index-list">
        {LESSONS.map((l) => (
          <li key={l.id}>
            <a href={getLessonHref(l.id)} data-testid={`learn.lesson.${l.id}`}>
              <span className="learn-index-title">{l.title}</span>
              <span className="learn-index-summary">{l.summary}</span>
            </a>
          </li>
        ))}
      </ol>
      <p className="learn-index-explain">
        <a href={getLessonHref(EXPLAIN_ID)} data-testid="learn.lesson.explain">
          Explain this design
        </a>
        : the design being edited, its availability derived step by step with the engine’s numbers.
      </p>
    </div>
  );
}
