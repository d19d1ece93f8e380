/**
 * A lesson's questions one at a time (the lesson stays one screen), with "question 1 of 2" and
 * buttons to move between them. Every card stays mounted, so an answer is kept when moving.
 */
import { useState } from 'react';
import type { LessonQuestion } from '../../src/index.ts';
import { LessonQuestionCard } from './LessonQuestionCard.tsx';

interface Props {
  readonly questions: readonly LessonQuestion[];
}

export function QuestionStepper({ questions }: Props) {
  const [index, setIndex] = useState(0);
  const count = questions.length;
  return (
    <div className="learn-stepper">
      {count > 1 && (
        <div className="learn-stepper-nav">
          <span data-testid="learn.question.position">
            Question {index + 1} of {count}
          </span>
          <button
            type="button"
            className="button"
            disabled={index === 0}
            data-testid="learn.question.previous"
            onClick={() => setIndex(index - 1)}
          >
            Previous question
          </button>
          <button
            type="button"
            className="button"
            disabled={index === count - 1}
            data-testid="learn.question.next"
            onClick={() => setIndex(index + 1)}
          >
            Next question
          </button>
        </div>
      )}
      {questions.map((q, i) => (
        <div key={q.id} hidden={i !== index}>
          <LessonQuestionCard question={q} />
        </div>
      ))}
    </div>
  );
}
