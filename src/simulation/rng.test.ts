import { describe, expect, it } from 'vitest';
import { isValidSeed, Rng } from './rng.ts';
import { Z_999 } from './stats.ts';

function draw(seed: number, index: number, n: number): number[] {
  const rng = new Rng();
  rng.seedStream(seed, index);
  return Array.from({ length: n }, () => rng.nextUint32());
}

describe('Rng', () => {
  it('gives the same stream for the same seed and history index', () => {
    expect(draw(42, 7, 20)).toEqual(draw(42, 7, 20));
  });

  it('gives different streams for neighbouring histories and seeds', () => {
    const base = draw(42, 7, 8);
    expect(draw(42, 8, 8)).not.toEqual(base);
    expect(draw(43, 7, 8)).not.toEqual(base);
    expect(draw(42 + 2 ** 32, 7, 8)).not.toEqual(base);
    expect(draw(42, 7 + 2 ** 32, 8)).not.toEqual(base);
  });

  it('resets the stream on every seedStream call', () => {
    const rng = new Rng();
    rng.seedStream(1, 3);
    const first = rng.uniform();
    rng.normal();
    rng.seedStream(1, 3);
    expect(rng.uniform()).toBe(first);
  });

  it('draws uniforms strictly inside (0, 1) with mean 1/2 and variance 1/12', () => {
    const rng = new Rng();
    const n = 200_000;
    let sum = 0;
    let squares = 0;
    let outside = 0;
    for (let h = 0; h < n / 100; h++) {
      rng.seedStream(9, h);
      for (let i = 0; i < 100; i++) {
        const u = rng.uniform();
        if (!(u > 0 && u < 1)) outside++;
        sum += u;
        squares += u * u;
      }
    }
    expect(outside).toBe(0);
    const mean = sum / n;
    expect(Math.abs(mean - 0.5)).toBeLessThan(Z_999 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(squares / n - mean * mean - 1 / 12)).toBeLessThan(0.002);
  });

  it('draws first values of consecutive streams without correlation', () => {
    // Histories use their first few numbers most: check lag-1 correlation across indices.
    const rng = new Rng();
    const n = 50_000;
    const first: number[] = [];
    for (let h = 0; h < n; h++) {
      rng.seedStream(5, h);
      first.push(rng.uniform() - 0.5);
    }
    let c = 0;
    for (let h = 1; h < n; h++) c += first[h]! * first[h - 1]!;
    const correlation = c / n / (1 / 12);
    expect(Math.abs(correlation)).toBeLessThan(Z_999 / Math.sqrt(n));
  });

  it('draws normals with mean 0 and variance 1', () => {
    const rng = new Rng();
    rng.seedStream(3, 0);
    const n = 100_000;
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < n; i++) {
      const z = rng.normal();
      sum += z;
      squares += z * z;
    }
    expect(Math.abs(sum / n)).toBeLessThan(Z_999 / Math.sqrt(n));
    expect(Math.abs(squares / n - 1)).toBeLessThan(Z_999 * Math.sqrt(2 / n));
  });
});

describe('isValidSeed', () => {
  it('accepts integers in [0, 2^53) only', () => {
    expect(isValidSeed(0)).toBe(true);
    expect(isValidSeed(2 ** 53 - 1)).toBe(true);
    expect(isValidSeed(-1)).toBe(false);
    expect(isValidSeed(1.5)).toBe(false);
    expect(isValidSeed(Number.NaN)).toBe(false);
  });
});
