// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ConvergenceChart } from './ConvergenceChart.tsx';

afterEach(cleanup);

const points = [
  { histories: 1000, mean: 0.99, lo: 0.98, hi: 0.995 },
  { histories: 10_000, mean: 0.9991, lo: 0.9985, hi: 0.9995 },
  { histories: 100_000, mean: 0.99902, lo: 0.9988, hi: 0.9992 },
];

describe('ConvergenceChart', () => {
  it('draws the estimate, its band and the exact line, and steps through the points by keyboard', () => {
    render(<ConvergenceChart title="Reliability estimate" points={points} exact={0.999} />);
    const chart = screen.getByTestId('simulation.convergence');
    expect(chart.querySelector('.convergence-line')?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(chart.querySelector('.convergence-band')).not.toBeNull();
    expect(chart.querySelector('.convergence-exact')).not.toBeNull();
    const readout = screen.getByTestId('simulation.convergence.readout');
    expect(readout.textContent?.trim()).toBe('');
    fireEvent.keyDown(chart, { key: 'End' });
    expect(readout).toHaveTextContent('100,000 histories: 0.99902, 95% interval 0.9988 – 0.9992');
    fireEvent.keyDown(chart, { key: 'ArrowLeft' });
    expect(readout).toHaveTextContent('10,000 histories: 0.9991');
    fireEvent.keyDown(chart, { key: 'Home' });
    expect(readout).toHaveTextContent('1,000 histories: 0.99');
    fireEvent.keyDown(chart, { key: 'Escape' });
    expect(readout.textContent?.trim()).toBe('');
  });
});
