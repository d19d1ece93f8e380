import { describe, expect, it, vi } from 'vitest';
import threeTier from '../../public/examples/three-tier.json';
import { analyzeInWorker } from './engineClient.ts';

describe('analyzeInWorker', () => {
  it('computes on this thread when workers cannot start, saying so once', async () => {
    // Node has no Worker global: the client falls back to the engine's own API object.
    expect(typeof (globalThis as { Worker?: unknown }).Worker).toBe('undefined');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const first = await analyzeInWorker(threeTier, {});
    const second = await analyzeInWorker({ format: 'nope' }, {});
    expect(first.ok && first.value.result.name).toBe('Three-tier web service');
    expect(!second.ok && second.error[0]?.path).toBe('format');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('workers unavailable');
    warn.mockRestore();
  });
});
