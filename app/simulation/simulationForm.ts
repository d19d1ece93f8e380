/**
 * The Monte Carlo form's settings turned into run options: the horizon and crews as typed (with
 * units), checked. Pure; runs anywhere.
 */
import type { SimulationOptions, TimeUnit } from '../../src/index.ts';
import { evaluateQuantity } from '../../src/index.ts';
import type { SimulationSettings } from '../store/index.ts';

/** The form read: the options to run with, or why a field is wrong. */
export interface ReadSettings {
  /** The horizon in design time units, or the reason it is invalid. */
  readonly horizon: { readonly ok: true; readonly value: number } | { ok: false; error: string };
  /** Crews, `null` for one per unit, or the reason it is invalid. */
  readonly crews:
    | { readonly ok: true; readonly value: number | null }
    | { readonly ok: false; readonly error: string };
  /** The options, when every field is valid. */
  readonly options: SimulationOptions | null;
}

/**
 * Reads the form.
 * @param settings what the form holds
 * @param missionTime the design's mission time (the default horizon), design time units
 * @param unit the design's time unit
 */
export function readSimulationSettings(
  settings: SimulationSettings,
  missionTime: number,
  unit: TimeUnit,
): ReadSettings {
  const typed = settings.horizonText.trim();
  const h = evaluateQuantity(typed === '' ? missionTime : typed, 'time', unit);
  const horizon: ReadSettings['horizon'] = !h.ok
    ? h
    : h.value > 0
      ? h
      : { ok: false, error: 'the horizon must be longer than 0' };
  const crewsText = settings.crewsText.trim();
  let crews: ReadSettings['crews'] = { ok: true, value: null };
  if (crewsText !== '') {
    const c = evaluateQuantity(crewsText, 'count', unit);
    crews =
      c.ok && Number.isSafeInteger(c.value) && c.value >= 1
        ? { ok: true, value: c.value }
        : { ok: false, error: 'a whole number ≥ 1, or empty for one crew per unit' };
  }
  const options: SimulationOptions | null =
    horizon.ok && crews.ok
      ? {
          trials: settings.trials,
          horizon: horizon.value,
          seed: settings.seed,
          repair: settings.repair,
          ...(crews.value === null ? {} : { crews: crews.value }),
        }
      : null;
  return { horizon, crews, options };
}
