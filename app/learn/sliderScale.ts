/**
 * Where a lesson parameter sits on its slider: evenly, on a log scale, or by nines (a percent
 * near 100 at −log₁₀(1 − value/100)), and the round value a slider position stands for. Pure.
 */
import type { LessonParam } from '../../src/index.ts';

/** The slider position of a value. */
export function toSliderPosition(param: LessonParam, value: number): number {
  switch (param.scale ?? 'linear') {
    case 'linear':
      return value;
    case 'log':
      return Math.log10(value);
    case 'nines':
      return -Math.log10(1 - value / 100);
  }
}

/** Rounds to `digits` significant digits. */
function toPrecision(value: number, digits: number): number {
  return Number(value.toPrecision(digits));
}

/** The value a slider position stands for, rounded so that fields show short numbers. */
export function fromSliderPosition(param: LessonParam, position: number): number {
  let value: number;
  switch (param.scale ?? 'linear') {
    case 'linear':
      value = Number(position.toFixed(6));
      break;
    case 'log':
      value = toPrecision(10 ** position, 3);
      break;
    case 'nines':
      // Round the unavailability, not the percent: 99.968 %, not 99.97 %.
      value = Number((100 * (1 - toPrecision(10 ** -position, 2))).toPrecision(12));
      break;
  }
  if (param.integer === true) value = Math.round(value);
  return Math.min(param.max, Math.max(param.min, value));
}

/** The slider's range and step. */
export function getSliderRange(param: LessonParam): { min: number; max: number; step: number } {
  return {
    min: toSliderPosition(param, param.min),
    max: toSliderPosition(param, param.max),
    step: param.step,
  };
}
