/**
 * The Learn view (`#view=learn`): the lesson index, or one lesson (`&lesson=ID`, its settings
 * in the address), and the classroom mode toggle. Lessons are plain data from src/learn, worked
 * out with the engine.
 */
import { useClassroomMode } from './useClassroomMode.ts';
import { useLearnRoute } from './useLearnRoute.ts';
import { ExplainDesign } from './ExplainDesign.tsx';
import { LessonIndex } from './LessonIndex.tsx';
import { LessonScreen } from './LessonScreen.tsx';
import './learn.css';

export function LearnView() {
  const [route, setText] = useLearnRoute();
  const [classroom, toggleClassroom] = useClassroomMode();
  return (
    <main
      className={`learn-view${classroom ? ' is-classroom' : ''}`}
      data-testid="learn.view"
      aria-labelledby="learn-heading"
    >
      <header className="learn-head">
        <h1 id="learn-heading">Learn reliability</h1>
        <button
          type="button"
          className="toggle"
          aria-pressed={classroom}
          data-testid="learn.classroom"
          title="Large type, high contrast, no editing tools"
          onClick={toggleClassroom}
        >
          <span aria-hidden="true">{classroom ? '✓ ' : ''}</span>
          Classroom mode
        </button>
      </header>
      {route.explain ? (
        <ExplainDesign />
      ) : route.lesson === null ? (
        <LessonIndex unknown={route.unknown} />
      ) : (
        <LessonScreen
          key={route.lesson.id}
          lesson={route.lesson}
          texts={route.texts}
          setText={setText}
          classroom={classroom}
        />
      )}
    </main>
  );
}
