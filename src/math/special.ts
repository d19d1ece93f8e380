/**
 * Special functions for the exact engine: gamma, log-gamma, erf/erfc/erfcx, the two-sided normal
 * tail pair, log(1 − e^(−a)) and binomial coefficients. Every tail is computed directly (never
 * as 1 − x for x near 1), so probabilities down to the underflow limit keep their relative
 * precision. Runs anywhere (worker, Node, browser); no DOM; no allocation except the returned
 * pair of {@link normalCdfPair}.
 */

/** ln(2π)/2. */
const HALF_LOG_TWO_PI = 0.9189385332046728;
/** √(2π). */
const SQRT_TWO_PI = 2.5066282746310002;
/** 2/√π. */
const TWO_OVER_SQRT_PI = 1.1283791670955126;
/** 1/√π. */
const ONE_OVER_SQRT_PI = 0.5641895835477563;
/** 1/√2. */
const SQRT_HALF = 0.7071067811865476;
/** Above this argument Γ(x) overflows a double. */
const GAMMA_OVERFLOW = 171.6243769563027;
/** Below this shift point the gamma function is reduced by recurrence; above it Stirling holds. */
const STIRLING_MIN = 10;

/**
 * Stirling-series coefficients B₂ₖ / (2k(2k − 1)), k = 1..8 (Bernoulli numbers B₂ = 1/6,
 * B₄ = −1/30, …, B₁₆ = −3617/510). Abramowitz & Stegun 6.1.40. For x ≥ 10 the first omitted
 * term is below 2e-18.
 */
const STIRLING = [
  1 / 12,
  -1 / 360,
  1 / 1260,
  -1 / 1680,
  1 / 1188,
  -691 / 360360,
  1 / 156,
  -3617 / 122400,
] as const;

/**
 * The Stirling correction ln Γ(x) − [(x − ½) ln x − x + ½ ln 2π] for x ≥ 10 (A&S 6.1.40),
 * computed on its own so that callers can form ln Γ(x) minus large terms without cancellation.
 * @param x argument (≥ 10, dimensionless)
 * @returns the correction, about 1/(12x)
 * @example
 * stirlingCorrection(10); // 0.00833056343336287 (1/120 − 1/360000 + …)
 */
export function stirlingCorrection(x: number): number {
  const z = 1 / (x * x);
  let s = STIRLING[7];
  s = s * z + STIRLING[6];
  s = s * z + STIRLING[5];
  s = s * z + STIRLING[4];
  s = s * z + STIRLING[3];
  s = s * z + STIRLING[2];
  s = s * z + STIRLING[1];
  s = s * z + STIRLING[0];
  return s / x;
}

/** Γ(x) for 10 ≤ x ≤ 171.6 by Stirling's series; the power is split to avoid overflow. */
function gammaStirling(x: number): number {
  const half = Math.pow(x, 0.5 * (x - 0.5));
  return SQRT_TWO_PI * half * (half * Math.exp(-x)) * Math.exp(stirlingCorrection(x));
}

/**
 * sin(πx) with the argument reduced exactly, so that it is accurate near the integers.
 * @param x any finite number
 * @returns sin(πx)
 */
export function sinPi(x: number): number {
  let r = x % 2;
  if (r > 1) r -= 2;
  else if (r < -1) r += 2;
  const a = Math.abs(r);
  let s: number;
  if (a < 0.25) s = Math.sin(Math.PI * a);
  else if (a < 0.75) s = Math.cos(Math.PI * (a - 0.5));
  else s = Math.sin(Math.PI * (1 - a));
  return r < 0 ? -s : s;
}

/**
 * The gamma function Γ(x) = ∫₀^∞ t^(x−1) e^(−t) dt, relative error ≲ 1e-14 for x > 0.
 *
 * Method: Stirling's series ln Γ(x) = (x − ½) ln x − x + ½ ln 2π + Σ B₂ₖ/(2k(2k−1)x^(2k−1))
 * for x ≥ 10 (Abramowitz & Stegun 6.1.40), the recurrence Γ(x) = Γ(x + n)/(x(x+1)…(x+n−1))
 * below, and the reflection Γ(x)Γ(1 − x) = π / sin(πx) for x < ½ (A&S 6.1.17).
 * @param x argument (dimensionless)
 * @returns Γ(x); NaN at the poles 0, −1, −2, …; Infinity above 171.62
 * @example
 * gamma(0.5); // 1.7724538509055159 (√π)
 * gamma(1 + 1 / 3.5); // Weibull mean factor for shape 3.5
 */
export function gamma(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x >= STIRLING_MIN) return x > GAMMA_OVERFLOW ? Infinity : gammaStirling(x);
  if (x < 0.5) {
    if (x === Math.floor(x)) return NaN;
    return Math.PI / (sinPi(x) * gamma(1 - x));
  }
  let y = x;
  let product = 1;
  while (y < STIRLING_MIN) {
    product *= y;
    y += 1;
  }
  return gammaStirling(y) / product;
}

/**
 * Natural logarithm of |Γ(x)|, absolute error ≲ 1e-15 · max(1, |ln Γ(x)|).
 *
 * Method: Stirling's series for x ≥ 10 (Abramowitz & Stegun 6.1.40), ln {@link gamma} below,
 * the reflection formula ln|Γ(x)| = ln π − ln|sin πx| − ln Γ(1 − x) for x < ½ (A&S 6.1.17).
 * @param x argument (dimensionless)
 * @returns ln|Γ(x)|; Infinity at the poles 0, −1, −2, …
 * @example
 * lgamma(101); // ln(100!) = 363.73937555556347
 */
export function lgamma(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x >= STIRLING_MIN) {
    if (x === Infinity) return Infinity;
    return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + stirlingCorrection(x);
  }
  if (x < 0.5) {
    if (x === Math.floor(x)) return Infinity;
    if (x > 0 && x < 1e-300) return -Math.log(x);
    return Math.log(Math.PI / Math.abs(sinPi(x))) - lgamma(1 - x);
  }
  return Math.log(gamma(x));
}

/**
 * Chebyshev coefficients of g(t) = (½ + x)·erfcx(x) with t = (x − 4)/(x + 4), x ∈ [0, ∞)
 * (the mapping of Schonfelder, "Chebyshev expansions for the error and related functions",
 * Math. Comp. 32 (1978) 1232–1240). Coefficients computed for this project with mpmath at 60
 * digits (the first is already halved); truncation error < 2e-19, measured relative error of
 * erfcx < 6e-16 on [0, 1100].
 */
const ERFCX_CHEBYSHEV = Float64Array.of(
  0.5887416002687244,
  -0.0036303983101509505,
  -0.0406325616180925,
  0.030046064020611125,
  -0.01437696779013833,
  0.00529783168173643,
  -0.001568463647277132,
  0.0003728247186268092,
  -6.84848251505027e-5,
  8.591930800150468e-6,
  -3.579182311725173e-7,
  -1.2130699721224767e-7,
  2.7882854697851783e-8,
  -1.0528934756904747e-9,
  -5.858944675942479e-10,
  9.549177586228344e-11,
  7.044358821044065e-12,
  -3.4505541602404076e-12,
  4.583979182055647e-14,
  1.0727254143277276e-13,
  -7.358287513505312e-15,
  -3.334337559385204e-15,
  3.7522992549400417e-16,
  1.11004650333316e-16,
  -1.5852449478165443e-17,
  -4.0967851549421665e-18,
  6.229909866564787e-19,
);

/** Above this argument erfcx uses its asymptotic series. */
const ERFCX_ASYMPTOTIC_MIN = 1000;

/** erfcx(x) = e^(x²) erfc(x) for x ≥ 0 (Chebyshev series, asymptotic series for large x). */
function erfcxNonNegative(x: number): number {
  if (x >= ERFCX_ASYMPTOTIC_MIN) {
    // A&S 7.1.23: erfcx(x) ≈ (1/(x√π)) (1 − 1/(2x²) + 3/(2x²)² − 15/(2x²)³).
    if (x === Infinity) return 0;
    const z = 1 / (2 * x * x);
    return (ONE_OVER_SQRT_PI / x) * (1 - z * (1 - z * (3 - 15 * z)));
  }
  const t = (x - 4) / (x + 4);
  const t2 = 2 * t;
  let b1 = 0;
  let b2 = 0;
  for (let r = ERFCX_CHEBYSHEV.length - 1; r > 0; r--) {
    const b0 = t2 * b1 - b2 + ERFCX_CHEBYSHEV[r]!;
    b2 = b1;
    b1 = b0;
  }
  return (t * b1 - b2 + ERFCX_CHEBYSHEV[0]!) / (0.5 + x);
}

/**
 * e^(−x²) with x² split into an exact part and a small correction, so that the result keeps
 * full relative precision even for x = 26 (plain Math.exp(-x*x) loses ~2·x²·ε).
 * @param x any number
 * @returns e^(−x²)
 */
export function expNegSquare(x: number): number {
  if (!(Math.abs(x) < 40)) return Number.isNaN(x) ? NaN : 0;
  const high = Math.fround(x); // 24-bit mantissa: high² is exact in a double
  return Math.exp(-high * high) * Math.exp(-(x - high) * (x + high));
}

/**
 * e^(−x²/2), accurate to a few ulps in relative terms (see {@link expNegSquare}).
 * @param x any number
 * @returns e^(−x²/2)
 */
export function expNegHalfSquare(x: number): number {
  if (!(Math.abs(x) < 40)) return Number.isNaN(x) ? NaN : 0;
  const high = Math.fround(x);
  return Math.exp(-0.5 * high * high) * Math.exp(-0.5 * (x - high) * (x + high));
}

/**
 * The scaled complementary error function erfcx(x) = e^(x²)·erfc(x).
 * Chebyshev expansion after Schonfelder (Math. Comp. 32, 1978), asymptotic series
 * A&S 7.1.23 for x ≥ 1000; relative error < 1e-15 for x ≥ 0.
 * @param x argument
 * @returns e^(x²) erfc(x) (Infinity for x < −26.6)
 * @example
 * erfcx(30); // 0.018795888861416751
 */
export function erfcx(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x >= 0) return erfcxNonNegative(x);
  // erfcx(−x) = 2e^(x²) − erfcx(x); no cancellation: the first term dominates.
  return 2 / expNegSquare(x) - erfcxNonNegative(-x);
}

/**
 * The complementary error function erfc(x) = (2/√π) ∫ₓ^∞ e^(−t²) dt, with relative error
 * ~1e-15 also in the far tail (erfc(26) = 5.663e-296).
 *
 * Method: erfc(x) = e^(−x²)·erfcx(x) for x ≥ 0, with e^(−x²) from an exactly split square and
 * erfcx from a Chebyshev series (Schonfelder, Math. Comp. 32, 1978); erfc(−x) = 2 − erfc(x)
 * (A&S 7.1.2), which has no cancellation since erfc(x) ≤ 1 there.
 * @param x argument
 * @returns erfc(x) in [0, 2]
 * @example
 * erfc(10); // 2.088487583762545e-45
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x >= 0) return x > 27.3 ? 0 : expNegSquare(x) * erfcxNonNegative(x);
  return 2 - (x < -27.3 ? 0 : expNegSquare(x) * erfcxNonNegative(-x));
}

/**
 * The error function erf(x) = (2/√π) ∫₀ˣ e^(−t²) dt, relative error ~1e-15.
 * Maclaurin series (A&S 7.1.5) for |x| < ½, else 1 − erfc(|x|) (erfc ≤ 0.48 there, so no
 * cancellation).
 * @param x argument
 * @returns erf(x) in [−1, 1]
 * @example
 * erf(1e-20); // 1.1283791670955127e-20
 */
export function erf(x: number): number {
  const a = Math.abs(x);
  if (!(a >= 0.5)) {
    if (Number.isNaN(x)) return NaN;
    const z = -x * x;
    let term = 1;
    let sum = 1;
    for (let n = 1; n < 40; n++) {
      term *= z / n;
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * sum) break;
    }
    return TWO_OVER_SQRT_PI * x * sum;
  }
  const v = 1 - erfc(a);
  return x < 0 ? -v : v;
}

/**
 * Upper tail Q(z) = 1 − Φ(z) of the standard normal for z ≥ 0, computed directly:
 * Q(z) = ½·e^(−z²/2)·erfcx(z/√2).
 */
function normalUpperNonNegative(z: number): number {
  if (z > 40) return 0;
  return 0.5 * expNegHalfSquare(z) * erfcxNonNegative(z * SQRT_HALF);
}

/** Both normal tails: `lower` = Φ(z) = P(Z ≤ z), `upper` = 1 − Φ(z) = P(Z > z). */
export interface NormalTails {
  readonly lower: number;
  readonly upper: number;
}

/**
 * The standard normal CDF as a pair of tails, each computed directly so that both keep full
 * relative precision: Φ(−37) = 5.7e-300 is not rounded to 0, and 1 − Φ(8) is not 1 − 1.
 *
 * Method: Q(z) = ½ e^(−z²/2) erfcx(z/√2) for z ≥ 0 (A&S 26.2.29 with 7.1.2), with e^(−z²/2)
 * evaluated from an exactly split square (as in Cody, ACM TOMS Algorithm 715, `anorm`), and
 * Φ(z) = 1 − Q(z) only when Q(z) ≤ ½.
 * @param z standard score (dimensionless)
 * @returns {lower: Φ(z), upper: 1 − Φ(z)}
 * @example
 * normalCdfPair(-10).lower; // 7.619853024160527e-24
 */
export function normalCdfPair(z: number): NormalTails {
  if (Number.isNaN(z)) return { lower: NaN, upper: NaN };
  if (z >= 0) {
    const upper = normalUpperNonNegative(z);
    return { lower: 1 - upper, upper };
  }
  const lower = normalUpperNonNegative(-z);
  return { lower, upper: 1 - lower };
}

/**
 * ln(1 − e^(−a)) for a ≥ 0 without cancellation: ln(−expm1(−a)) for a ≤ ln 2, else
 * log1p(−e^(−a)). Mächler, "Accurately computing log(1 − exp(−|a|))", R package Rmpfr
 * vignette, 2012.
 * @param a non-negative number
 * @returns ln(1 − e^(−a)) (−Infinity at a = 0; NaN for a < 0)
 * @example
 * log1mexp(1e-20); // -46.051701859880914 (= ln 1e-20)
 */
export function log1mexp(a: number): number {
  if (a < 0) return NaN;
  return a <= Math.LN2 ? Math.log(-Math.expm1(-a)) : Math.log1p(-Math.exp(-a));
}

/**
 * The binomial coefficient C(n, k) = n! / (k!(n − k)!) as a double, for integers n ≥ 0.
 * Multiplicative formula C = Π_{i=1..k} (n − k + i)/i (exact while the result is below 2^53,
 * relative error ≲ k·ε beyond; Knuth, TAOCP vol. 1, §1.2.6).
 * @param n number of items (integer ≥ 0)
 * @param k number chosen (integer)
 * @returns C(n, k); 0 when k < 0 or k > n; Infinity on overflow
 * @example
 * binomialCoefficient(5, 2); // 10
 */
export function binomialCoefficient(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  const m = Math.min(k, n - k);
  const base = n - m;
  let c = 1;
  for (let i = 1; i <= m; i++) c = (c * (base + i)) / i;
  return c;
}

/**
 * ln C(n, k) for integers n ≥ 0, accurate also when C(n, k) overflows.
 * Sums the logarithms of rescaled partial products of the multiplicative formula for k ≤ 2000
 * (Knuth, TAOCP vol. 1, §1.2.6), ln Γ(n+1) − ln Γ(k+1) − ln Γ(n−k+1) beyond.
 * @param n number of items (integer ≥ 0)
 * @param k number chosen (integer)
 * @returns ln C(n, k); −Infinity when k < 0 or k > n
 * @example
 * logBinomialCoefficient(2000, 1000); // 1382.2639...
 */
export function logBinomialCoefficient(n: number, k: number): number {
  if (k < 0 || k > n) return -Infinity;
  const m = Math.min(k, n - k);
  if (m > 2000) return lgamma(n + 1) - lgamma(m + 1) - lgamma(n - m + 1);
  const base = n - m;
  let c = 1;
  let log = 0;
  for (let i = 1; i <= m; i++) {
    c = (c * (base + i)) / i;
    if (c > 1e280) {
      log += Math.log(c);
      c = 1;
    }
  }
  return log + Math.log(c);
}

/** ln √(2π). */
const LN_SQRT_TWO_PI = 0.9189385332046728;

/** stirlerr(n) for n = 0…9, from the exact factorials (n! ≤ 362880 is exact in a double). */
const SMALL_STIRLERR = Array.from({ length: 10 }, (_, n) => {
  if (n === 0) return 0;
  let factorial = 1;
  for (let i = 2; i <= n; i++) factorial *= i;
  return Math.log(factorial) - (n + 0.5) * Math.log(n) + n - LN_SQRT_TWO_PI;
});

/**
 * The error of Stirling's formula for n!, ln n! − [(n + ½) ln n − n + ½ ln 2π] (Loader's
 * `stirlerr`), for whole n ≥ 1.
 * @example
 * stirlingError(10); // 0.00833056343336287
 */
export function stirlingError(n: number): number {
  return n < 10 ? SMALL_STIRLERR[n]! : stirlingCorrection(n);
}

/**
 * The deviance term x ln(x/m) + m − x, computed without cancellation when x is near m (Loader's
 * `bd0`, by the series in v = (x − m)/(x + m)).
 * @param x a count (≥ 0)
 * @param m a mean (> 0)
 * @example
 * binomialDeviance(10, 10); // 0
 */
export function binomialDeviance(x: number, m: number): number {
  if (Math.abs(x - m) < 0.1 * (x + m)) {
    let v = (x - m) / (x + m);
    let s = (x - m) * v;
    if (Math.abs(s) < Number.MIN_VALUE) return s;
    let ej = 2 * x * v;
    v *= v;
    for (let j = 1; j < 1000; j++) {
      ej *= v;
      const next = s + ej / (2 * j + 1);
      if (next === s) return next;
      s = next;
    }
    return s;
  }
  return x * Math.log(x / m) + m - x;
}

/**
 * P(X = x) for X binomial(n, p), q = 1 − p given on its own, to about 1e-15 relative for any n
 * (C. Loader, "Fast and accurate computation of binomial probabilities", 2000: the saddle-point
 * form exp(−stirlerr and deviance terms)/√(2πx(n − x)/n), no large logarithms subtracted;
 * the square root's argument from the exact integers x, n − x and n).
 * @param n number of trials (whole, ≥ 0)
 * @param x number of successes (whole)
 * @param p success probability; q its complement, carried separately
 * @example
 * binomialProbability(3, 1, 0.9, 0.1); // 0.027
 */
export function binomialProbability(n: number, x: number, p: number, q: number): number {
  if (x < 0 || x > n) return 0;
  if (p === 0) return x === 0 ? 1 : 0;
  if (q === 0) return x === n ? 1 : 0;
  if (x === 0) {
    if (n === 0) return 1;
    return Math.exp(p < 0.1 ? -binomialDeviance(n, n * q) - n * p : n * Math.log(q));
  }
  if (x === n) {
    return Math.exp(q < 0.1 ? -binomialDeviance(n, n * p) - n * q : n * Math.log(p));
  }
  const lc =
    stirlingError(n) -
    stirlingError(x) -
    stirlingError(n - x) -
    binomialDeviance(x, n * p) -
    binomialDeviance(n - x, n * q);
  // ln(2πx(n − x)/n) from the exact integers (log1p(−x/n) would lose digits as x nears n).
  const lf = 2 * LN_SQRT_TWO_PI + Math.log(x) + Math.log(n - x) - Math.log(n);
  return Math.exp(lc - 0.5 * lf);
}
