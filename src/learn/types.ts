/**
 * The shape of a lesson of the Learn view: plain data (title, text, formulas with the numbers
 * put in, figures, a chart's points, questions whose wrong answers name a misconception), so the
 * app shows it and a report can print it as a handout. Runs anywhere; no DOM.
 */
import type { DesignFile } from '../model/file.ts';

/** The lessons, in teaching order. */
export type LessonId =
  | 'mtbf'
  | 'availability'
  | 'weibull'
  | 'series'
  | 'rates'
  | 'parallel'
  | 'redundancy'
  | 'standby'
  | 'nines'
  | 'montecarlo'
  | 'year';

/** A number the student sets with a slider and a field. */
export interface LessonParam {
  /** Key in the lesson's values and in the address (`&mtbf=1000`). */
  readonly key: string;
  readonly label: string;
  /** Unit shown next to the field ('h', '%', '' for a count). */
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  /** Slider step (on the log scale: the field still takes any number in range). */
  readonly step: number;
  readonly initial: number;
  /** Whole numbers only (counts). */
  readonly integer?: boolean;
  /**
   * How the slider moves: evenly (default), on a log scale (times spanning decades), or by nines
   * (a percent near 100: the slider position is −log₁₀(1 − value/100)).
   */
  readonly scale?: 'linear' | 'log' | 'nines';
}

/** The values of a lesson's parameters, by key. */
export type LessonValues = Readonly<Record<string, number>>;

/** One answer of a "predict, then reveal" question. */
export interface LessonChoice {
  readonly id: string;
  readonly text: string;
  readonly correct: boolean;
  /** For a wrong answer: the misconception it stands for, said plainly (null when correct). */
  readonly misconception: string | null;
}

/** A question asked before the answer is shown. Its numbers are fixed (the handout's). */
export interface LessonQuestion {
  readonly id: string;
  readonly prompt: string;
  readonly choices: readonly LessonChoice[];
  /** Why the right answer is right, with the engine's number. */
  readonly explanation: string;
}

/** A formula in TeX with the current numbers put in, and the same in words. */
export interface LessonFormula {
  readonly tex: string;
  readonly label: string;
}

/** A number the lesson shows, as computed by the engine, with its text. */
export interface LessonFigure {
  readonly key: string;
  readonly label: string;
  readonly value: number | null;
  readonly text: string;
}

/** A chart series: the key of its y value in the points, and its legend. */
export interface LessonSeries {
  readonly key: string;
  readonly label: string;
}

/** A small chart: points with an `x` and one value per series. */
export interface LessonChart {
  readonly kind: 'line' | 'bar';
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly yLog?: boolean;
  readonly xLog?: boolean;
  /** Fit the y axis to the data instead of starting at 0 (an estimate closing on a value). */
  readonly yFit?: boolean;
  readonly series: readonly LessonSeries[];
  readonly points: readonly Readonly<Record<string, number>>[];
  /** A vertical line to mark (the MTBF, the mission time). */
  readonly markX?: { readonly x: number; readonly label: string };
}

/** A lesson with its numbers worked out for some values. */
export interface LessonView {
  readonly id: LessonId;
  readonly number: number;
  readonly title: string;
  /** Paragraphs, plain text (they may quote the current numbers). */
  readonly text: readonly string[];
  readonly formulas: readonly LessonFormula[];
  readonly figures: readonly LessonFigure[];
  readonly chart: LessonChart | null;
  readonly questions: readonly LessonQuestion[];
  /** The lesson's diagram as an ordinary design file (opens in the editor), or null. */
  readonly design: DesignFile | null;
}

/** A lesson: its parameters and how its view is computed from them (with the engine). */
export interface Lesson {
  readonly id: LessonId;
  readonly number: number;
  readonly title: string;
  /** One line for the lesson index. */
  readonly summary: string;
  readonly params: readonly LessonParam[];
  /** A rule across fields (k ≤ n): the field to mark and its message, or null. */
  readonly check?: (
    values: LessonValues,
  ) => { readonly key: string; readonly error: string } | null;
  /** Works the lesson out for valid values (see `readLessonValues`). */
  readonly compute: (values: LessonValues) => LessonView;
}
