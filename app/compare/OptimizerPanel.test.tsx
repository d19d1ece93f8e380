// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createThreeTier } from '../../src/testing/threeTierFile.ts';
import { OptimizerPanel } from './OptimizerPanel.tsx';
import { compareStore } from './compareStore.ts';

afterEach(() => {
  cleanup();
  compareStore.getState().setOptimizer({ status: 'idle' });
});

const withCosts = () => {
  const file = createThreeTier();
  return { ...file, components: file.components.map((c) => ({ ...c, cost: 1000 })) };
};

describe('OptimizerPanel refusals', () => {
  it('shows a refusal about a block next to that block, described by it', () => {
    compareStore.getState().setOptimizer({
      status: 'error',
      message: 'block "apps": largest quantity 3 is below the smallest 4',
      issue: {
        field: 'variables',
        block: 'apps',
        message: 'block "apps": largest quantity 3 is below the smallest 4',
      },
    });
    render(<OptimizerPanel baseline={withCosts()} target={0.9999} />);
    const box = screen.getByTestId('compare.optimize.block.apps');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(
      'block "apps": largest quantity 3 is below the smallest 4',
    );
    expect(screen.getByTestId('compare.optimize.block.db')).toHaveAttribute(
      'aria-invalid',
      'false',
    );
    expect(screen.getByTestId('compare.optimize.status')).toHaveTextContent(
      'see the blocks to vary above',
    );
  });

  it('shows a refusal of the blocks as a whole above them, and one of the target in the status', () => {
    compareStore.getState().setOptimizer({
      status: 'error',
      message: 'no block to optimise',
      issue: { field: 'variables', message: 'no block to optimise' },
    });
    const { rerender } = render(<OptimizerPanel baseline={withCosts()} target={0.9999} />);
    expect(screen.getByTestId('compare.optimize.blocksError')).toHaveTextContent(
      'no block to optimise',
    );
    compareStore.getState().setOptimizer({
      status: 'error',
      message: 'target unavailability 2 is not in [0, 1]',
      issue: { field: 'target', message: 'target unavailability 2 is not in [0, 1]' },
    });
    rerender(<OptimizerPanel baseline={withCosts()} target={0.9999} />);
    expect(screen.queryByTestId('compare.optimize.blocksError')).toBeNull();
    expect(screen.getByTestId('compare.optimize.status')).toHaveTextContent(
      'The availability target above cannot be used: target unavailability 2 is not in [0, 1]',
    );
  });
});
