/**
 * Reading a lesson's parameter values from text (a field, the address): a number in range or a
 * message to show next to the field; never a silent repair. Runs anywhere; no DOM.
 */
import type { Lesson, LessonParam, LessonValues } from './types.ts';

/** A parameter's value, or why the text is not one. */
export type ParamRead = { value: number; error: null } | { value: null; error: string };

/**
 * Reads a parameter's text.
 * @param param the parameter
 * @param text what was typed
 * @returns the value, or the message to show
 * @example
 * readLessonValue({ key: 'n', min: 1, max: 10, integer: true, … }, '2.5').error
 * // 'must be a whole number: 2.5'
 */
export function readLessonValue(param: LessonParam, text: string): ParamRead {
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (trimmed === '' || !Number.isFinite(value)) {
    return { value: null, error: `enter a number for ${param.label.toLowerCase()}` };
  }
  if (param.integer === true && !Number.isInteger(value)) {
    return { value: null, error: `must be a whole number: ${trimmed}` };
  }
  if (value < param.min || value > param.max) {
    const unit = param.unit === '' ? '' : ` ${param.unit}`;
    return {
      value: null,
      error: `out of range: ${trimmed} (must be ${param.min}–${param.max}${unit})`,
    };
  }
  return { value, error: null };
}

/** The lesson's starting values. */
export function getInitialValues(lesson: Lesson): LessonValues {
  return Object.fromEntries(lesson.params.map((p) => [p.key, p.initial]));
}

/**
 * Reads every parameter's text (missing ones take their starting value).
 * @returns the values when all are valid, and each invalid field's message
 */
export function readLessonValues(
  lesson: Lesson,
  texts: Readonly<Record<string, string | undefined>>,
): { values: LessonValues | null; errors: Readonly<Record<string, string>> } {
  const values: Record<string, number> = {};
  const errors: Record<string, string> = {};
  for (const param of lesson.params) {
    const text = texts[param.key];
    const read =
      text === undefined ? { value: param.initial, error: null } : readLessonValue(param, text);
    if (read.error === null) values[param.key] = read.value;
    else errors[param.key] = read.error;
  }
  if (Object.keys(errors).length === 0) {
    const broken = lesson.check?.(values) ?? null;
    if (broken === null) return { values, errors };
    errors[broken.key] = broken.error;
  }
  return { values: null, errors };
}

/** A value by key (a lesson asks only for its own keys; a missing one is a bug). */
export function getValue(values: LessonValues, key: string): number {
  const value = values[key];
  if (value === undefined) throw new Error(`lesson value missing: ${key}`);
  return value;
}
