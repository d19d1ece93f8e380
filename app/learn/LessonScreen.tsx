/**
 * One lesson on one screen: its settings (sliders and fields), the chart, the figures and
 * formulas with the current numbers, and its questions. The settings live in the address.
 */
import { useDeferredValue, useMemo } from 'react';
import type { Lesson, LessonChart, LessonView } from '../../src/index.ts';
import { LESSONS, readLessonValues } from '../../src/index.ts';
import { Formula } from '../components/Formula.tsx';
import { DownloadDesign } from './DownloadDesign.tsx';
import { HandoutButton } from './HandoutButton.tsx';
import { LessonChartView } from './LessonChartView.tsx';
import { QuestionStepper } from './QuestionStepper.tsx';
import { MonteCarloPanel } from './MonteCarloPanel.tsx';
import { ParamControl } from './ParamControl.tsx';
import { getLessonHref } from './learnHash.ts';
import { useLessonView } from './useLessonView.ts';
import { useMonteCarloRun } from './useMonteCarloRun.ts';

interface Props {
  readonly lesson: Lesson;
  readonly texts: Readonly<Record<string, string>>;
  readonly setText: (key: string, text: string) => void;
  readonly classroom: boolean;
}

/** The chart's points with the simulation's estimates added at their N. */
function withEstimates(
  chart: LessonChart,
  ladder: readonly { trials: number; failed: number; low: number; high: number }[],
): Record<string, number>[] {
  return chart.points.map((p) => {
    const run = ladder.find((r) => r.trials === p.x);
    return run === undefined
      ? { ...p }
      : { ...p, estimate: 100 * run.failed, low: 100 * run.low, high: 100 * run.high };
  });
}

/** No field set: the lesson's starting settings. */
const NO_TEXTS: Readonly<Record<string, string>> = {};

/** The simulation's series over the Monte Carlo chart. */
const ESTIMATE_SERIES = [
  { key: 'estimate', label: 'simulated, with its 95 % interval (dotted)' },
  { key: 'low', label: 'interval, low' },
  { key: 'high', label: 'interval, high' },
] as const;

export function LessonScreen({ lesson, texts, setText, classroom }: Props) {
  const read = useMemo(() => readLessonValues(lesson, texts), [lesson, texts]);
  // The fields answer every key at once; the lesson is worked out (a few analyses, the chart and
  // the formulas) in the engine worker, the newest settings winning.
  const asked = useMemo(
    () =>
      read.values === null
        ? null
        : Object.fromEntries(
            lesson.params.flatMap((p) =>
              texts[p.key] === undefined ? [] : [[p.key, texts[p.key]!]],
            ),
          ),
    [lesson, texts, read.values],
  );
  // Deferred: a view answered before (cached) is drawn at a lower priority than the fields.
  const shown = useDeferredValue(useLessonView(lesson.id, asked));
  const view: LessonView | null = read.values === null ? null : shown.view;
  // The values the view shown was worked out for (it may lag the fields by an answer).
  const shownValues = useMemo(
    () => (shown.texts === null ? null : readLessonValues(lesson, shown.texts).values),
    [lesson, shown.texts],
  );
  // The questions have fixed numbers (the lesson's starting settings): kept while a field is
  // invalid, and with the answers given.
  const questions = useLessonView(lesson.id, NO_TEXTS).view?.questions ?? null;
  const isMonteCarlo = lesson.id === 'montecarlo';
  const exact = view?.figures.find((f) => f.key === 'exact')?.value ?? null;
  const [mc, mcControls] = useMonteCarloRun(
    isMonteCarlo ? (shownValues?.t ?? null) : null,
    isMonteCarlo ? (shownValues?.trials ?? null) : null,
    isMonteCarlo ? (shownValues?.seed ?? null) : null,
    isMonteCarlo ? exact : null,
  );
  // Kept while only the coverage count moves, so the chart does not redraw on every seed.
  const chart = view?.chart ?? null;
  const mcPoints = useMemo(
    () => (chart === null || !isMonteCarlo ? null : withEstimates(chart, mc.ladder)),
    [chart, isMonteCarlo, mc.ladder],
  );
  const index = LESSONS.indexOf(lesson);
  const previous = LESSONS[index - 1];
  const next = LESSONS[index + 1];
  const headingId = `learn-lesson-${lesson.id}`;

  return (
    <article
      className="learn-lesson"
      aria-labelledby={headingId}
      data-testid={`learn.screen.${lesson.id}`}
    >
      <header className="learn-lesson-head">
        <h2 id={headingId}>
          <span className="learn-lesson-number">
            Lesson {lesson.number} of {LESSONS.length}
          </span>{' '}
          {lesson.title}
        </h2>
        <nav className="learn-nav" aria-label="Lessons">
          <a href="#view=learn" data-testid="learn.nav.index">
            All lessons
          </a>
          {previous !== undefined && (
            <a href={getLessonHref(previous.id)} rel="prev" data-testid="learn.nav.previous">
              ← {previous.title}
            </a>
          )}
          {next !== undefined && (
            <a href={getLessonHref(next.id)} rel="next" data-testid="learn.nav.next">
              {next.title} →
            </a>
          )}
        </nav>
      </header>
      <div className="learn-lesson-body">
        <div className="learn-col">
          <div className="learn-params" role="group" aria-label="Settings">
            {lesson.params.map((p) => {
              const text = texts[p.key] ?? String(p.initial);
              const error = read.errors[p.key] ?? null;
              return (
                <ParamControl
                  key={p.key}
                  param={p}
                  text={text}
                  value={error === null ? Number(text) : null}
                  error={error}
                  onChange={(t) => setText(p.key, t)}
                />
              );
            })}
          </div>
          {read.values === null ? (
            <p className="hint" data-testid="learn.invalid">
              Correct the marked setting to see the numbers.
            </p>
          ) : view === null || shownValues === null ? (
            <p className="hint" role="status" data-testid="learn.waiting">
              {shown.error ?? 'Working the lesson out…'}
            </p>
          ) : (
            <>
              <p className="learn-updating" role="status" data-testid="learn.updating">
                {shown.error ?? (shown.updating ? 'Updating…' : '')}
              </p>
              <div className="learn-text">
                {view.text.map((t) => (
                  <p key={t}>{t}</p>
                ))}
              </div>
              <dl className="learn-figures" data-testid="learn.figures">
                {view.figures.map((f) => (
                  <div key={f.key}>
                    <dt>{f.label}</dt>
                    <dd data-testid={`learn.figure.${f.key}`} data-value={f.value ?? ''}>
                      {f.text}
                    </dd>
                  </div>
                ))}
              </dl>
              <div className="learn-formulas">
                {view.formulas.map((f, i) => (
                  <Formula
                    key={f.label}
                    tex={f.tex}
                    label={f.label}
                    testId={`learn.formula.${i}`}
                  />
                ))}
              </div>
              <div className="learn-actions">
                <HandoutButton
                  lesson={lesson}
                  values={shownValues}
                  view={view}
                  {...(isMonteCarlo && mcPoints !== null && view.chart !== null
                    ? {
                        chart: {
                          ...view.chart,
                          points: mcPoints,
                          series: [...view.chart.series, ESTIMATE_SERIES[0]],
                        },
                      }
                    : {})}
                />
                {view.design !== null && (
                  <DownloadDesign design={view.design} fileName={`lesson-${lesson.id}.json`} />
                )}
              </div>
            </>
          )}
        </div>
        <div className="learn-col">
          {view !== null && view.chart !== null && (
            <LessonChartView
              chart={view.chart}
              height={classroom ? 300 : 260}
              classroom={classroom}
              {...(isMonteCarlo
                ? {
                    points: mcPoints ?? view.chart.points,
                    extra: ESTIMATE_SERIES,
                  }
                : {})}
            />
          )}
          {isMonteCarlo && (
            <MonteCarloPanel
              state={mc}
              onRun={mcControls.run}
              onCancel={mcControls.cancel}
              disabled={view === null}
            />
          )}
          {questions !== null && <QuestionStepper questions={questions} />}
        </div>
      </div>
    </article>
  );
}
