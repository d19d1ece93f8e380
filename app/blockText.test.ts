import { describe, expect, it } from 'vitest';
import { getSinglePointText } from './blockText.ts';

const block = (quantity = 1, required = 1) =>
  ({ id: 'b', kind: 'block', component: 'c', quantity, required }) as const;

describe('getSinglePointText', () => {
  it('calls a single unit a single point of failure', () => {
    expect(getSinglePointText(block(), 'hour').badge).toBe('SPOF');
  });

  it('calls every unit of a block with no spare a single point of failure', () => {
    const text = getSinglePointText(block(3, 3), 'hour');
    expect(text.badge).toBe('SPOF');
    expect(text.title).toContain('all 3 units are needed');
  });

  it('says a block with spares is in series, not a single point of failure', () => {
    const text = getSinglePointText(block(5, 3), 'hour');
    expect(text.badge).toBe('in series');
    expect(text.title).toContain('no unit here is a single point of failure (2 spares)');
  });
});
