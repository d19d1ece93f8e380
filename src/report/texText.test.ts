import { describe, expect, it } from 'vitest';
import { texToText } from './texText.ts';
import { LESSONS } from '../learn/lessons.ts';
import { getInitialValues } from '../learn/values.ts';

describe('texToText', () => {
  it('writes fractions, roots, scripts, Greek letters and operators as text', () => {
    expect(texToText('\\frac{1}{\\lambda}')).toBe('1/λ');
    expect(texToText('A = \\frac{\\text{MTTF}}{\\text{MTTF} + \\text{MTTR}}')).toBe(
      'A = MTTF/(MTTF + MTTR)',
    );
    expect(texToText('\\sqrt{2 \\cdot 5 \\cdot 1{,}440}')).toBe('√(2 · 5 · 1,440)');
    expect(texToText('e^{-1} = 36.79\\%')).toBe('e⁻¹ = 36.79%');
    expect(texToText('R(t) = e^{-t/\\theta}')).toBe('R(t) = e^(-t/θ)');
    expect(texToText('U_p = \\prod_{i=1}^{3} (1 - A_i)')).toBe('Uₚ = ∏_(i=1)³ (1 - A_i)');
    expect(texToText('\\binom{3}{2} A^2 (1-A)')).toBe('C(3, 2) A² (1-A)');
    expect(texToText('\\left(\\frac{t}{\\eta}\\right)^{\\beta-1}')).toBe('(t/η)^(β-1)');
    expect(texToText('\\log_{10} U \\approx 4\\ \\text{h}^{-1}')).toBe('log₁₀ U ≈ 4 h⁻¹');
    expect(texToText('\\eta\\,\\Gamma\\!\\left(1 + \\tfrac{1}{\\beta}\\right)')).toBe(
      'η Γ(1 + 1/β)',
    );
  });

  it('writes the rows of an aligned block as lines', () => {
    expect(
      texToText('\\begin{aligned} d &= U \\times 8766 \\\\ &= 1.2\\ \\text{h} \\end{aligned}'),
    ).toBe('d = U × 8766\n= 1.2 h');
  });

  it('leaves no TeX in any lesson formula, and keeps its numbers', () => {
    for (const lesson of LESSONS) {
      const view = lesson.compute(getInitialValues(lesson));
      for (const formula of view.formulas) {
        const text = texToText(formula.tex);
        expect(text).not.toMatch(/[\\{}&]/);
        // Every number of the TeX (thousands commas written {,}) is in the text, scripts read
        // back as digits.
        const plain = [...text]
          .map((c) => {
            const digit = '⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c);
            const sub = '₀₁₂₃₄₅₆₇₈₉'.indexOf(c);
            return digit >= 0 ? String(digit) : sub >= 0 ? String(sub) : c;
          })
          .join('');
        const numbers = formula.tex.replaceAll('{,}', ',').match(/\d[\d,]*(\.\d+)?/g) ?? [];
        for (const n of numbers) expect(plain).toContain(n);
      }
    }
  });
});
