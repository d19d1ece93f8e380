// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { createEmptyDesign } from '../../src/index.ts';
import { StoreProvider, createAppStore, useAppStore } from './index.ts';
import { selectDesignName, selectRevision } from './selectors.ts';

afterEach(cleanup);

function Name({ testId }: { readonly testId: string }) {
  const name = useAppStore(selectDesignName);
  const revision = useAppStore(selectRevision);
  return (
    <p data-testid={testId}>
      {name} @{revision}
    </p>
  );
}

describe('StoreProvider', () => {
  it('lets two designs be shown at once, each from its own store', () => {
    const edited = createAppStore({ design: createEmptyDesign('Edited') });
    const other = createAppStore({ design: createEmptyDesign('Other') });
    render(
      <>
        <StoreProvider store={edited}>
          <Name testId="a" />
        </StoreProvider>
        <StoreProvider store={other}>
          <Name testId="b" />
        </StoreProvider>
      </>,
    );
    expect(screen.getByTestId('a').textContent).toBe('Edited @0');
    expect(screen.getByTestId('b').textContent).toBe('Other @0');
  });

  it('refuses a component outside any provider with a coded error', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<Name testId="x" />)).toThrow(/store001/);
    error.mockRestore();
  });
});
