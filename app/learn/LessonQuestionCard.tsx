/**
 * "Predict, then reveal": the student picks an answer first; the answer is shown only after
 * "Reveal", with the misconception a wrong pick stands for and the explanation. Right and wrong
 * are said in words and marks, not only in colour.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { LessonQuestion } from '../../src/index.ts';

interface Props {
  readonly question: LessonQuestion;
}

export function LessonQuestionCard({ question }: Props) {
  const id = useId();
  const [picked, setPicked] = useState<string | null>(null);
  const [revealed, setRevealed] = useState(false);
  // Keyboard users keep their place: the reveal moves focus to "Try again", which moves it back
  // to the first answer (the button that had focus is gone).
  const again = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLInputElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    if (revealed) again.current?.focus();
    else first.current?.focus();
  }, [revealed]);
  const choice = question.choices.find((c) => c.id === picked) ?? null;
  const right = question.choices.find((c) => c.correct)!;
  return (
    <fieldset className="learn-question" data-testid={`learn.question.${question.id}`}>
      <legend>
        <span className="learn-question-tag">Predict</span> {question.prompt}
      </legend>
      <div className="learn-choices">
        {question.choices.map((c, i) => (
          <label
            key={c.id}
            className={`learn-choice${revealed && c.correct ? ' is-right' : ''}${revealed && c.id === picked && !c.correct ? ' is-wrong' : ''}`}
          >
            <input
              type="radio"
              name={id}
              value={c.id}
              ref={i === 0 ? first : undefined}
              checked={picked === c.id}
              disabled={revealed}
              data-testid={`learn.choice.${question.id}.${c.id}`}
              onChange={() => setPicked(c.id)}
            />
            <span>{c.text}</span>
            {revealed && c.correct && <span className="learn-mark"> ✓ right answer</span>}
            {revealed && c.id === picked && !c.correct && (
              <span className="learn-mark"> ✗ your pick</span>
            )}
          </label>
        ))}
      </div>
      {revealed ? (
        <div className="learn-reveal" role="status" data-testid={`learn.reveal.${question.id}`}>
          {choice?.correct === true ? (
            <p className="learn-verdict is-right">✓ Right.</p>
          ) : (
            <p className="learn-verdict is-wrong">
              ✗ Not quite: that answer assumes {choice?.misconception ?? 'something else'}. The
              answer is {right.text}.
            </p>
          )}
          <p>{question.explanation}</p>
          <button
            type="button"
            className="button"
            ref={again}
            data-testid={`learn.again.${question.id}`}
            onClick={() => {
              moved.current = true;
              setRevealed(false);
              setPicked(null);
            }}
          >
            Try again
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="button is-primary"
          disabled={picked === null}
          data-testid={`learn.revealButton.${question.id}`}
          onClick={() => {
            moved.current = true;
            setRevealed(true);
          }}
        >
          {picked === null ? 'Pick an answer to reveal' : 'Reveal the answer'}
        </button>
      )}
    </fieldset>
  );
}
