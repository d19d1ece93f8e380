/**
 * Poisson probabilities for uniformisation, built from the mode outwards so that nothing
 * underflows for any mean (no e^(−L) is ever formed). Runs anywhere; no DOM.
 */
import { assert } from '../util/assert.ts';

/**
 * Poisson weights below this fraction of the modal weight are dropped: the truncation changes
 * any probability by at most ~1e-50 absolute.
 */
const POISSON_TAIL = 1e-50;

/** Poisson(L) probabilities for k = left..left + weights.length − 1, normalised over the window. */
export interface PoissonWindow {
  readonly left: number;
  readonly weights: Float64Array;
}

/**
 * Poisson weights by recurrence outwards from the mode (weight 1 there), truncated where they
 * fall below {@link POISSON_TAIL} of the mode and normalised by their sum, so nothing
 * underflows even for L ≫ 700 (Fox & Glynn, "Computing Poisson probabilities", Comm. ACM 31
 * (1988) 440–445). Poisson(k; L) = e^(−L) Lᵏ / k!.
 * @param L mean of the Poisson law (Λt of uniformisation, > 0)
 * @returns the first index `left` and the normalised weights for k = left, left + 1, …
 * @example
 * const { left, weights } = computePoissonWindow(1e4); // left ≈ 8500, weights sum to 1
 */
export function computePoissonWindow(L: number): PoissonWindow {
  // The window is about L long: an infinite one is a caller's bug (it looped for ever).
  assert(L > 0 && L < Infinity, `invalid Poisson mean: ${L} (must be finite and > 0)`);
  const mode = Math.floor(L);
  let left = mode;
  for (let w = 1; left > 0; left--) {
    w = (w * left) / L;
    if (w < POISSON_TAIL) break;
  }
  let right = mode;
  for (let w = 1; ; right++) {
    w = (w * L) / (right + 1);
    if (w < POISSON_TAIL) break;
  }
  const weights = new Float64Array(right - left + 1);
  const at = mode - left;
  weights[at] = 1;
  for (let k = mode; k > left; k--) weights[k - 1 - left] = (weights[k - left]! * k) / L;
  for (let k = mode; k < right; k++) weights[k + 1 - left] = (weights[k - left]! * L) / (k + 1);
  // Sum from the small ends towards the mode.
  let total = 0;
  for (let i = 0; i < at; i++) total += weights[i]!;
  for (let i = weights.length - 1; i >= at; i--) total += weights[i]!;
  for (let i = 0; i < weights.length; i++) weights[i] = weights[i]! / total;
  return { left, weights };
}
