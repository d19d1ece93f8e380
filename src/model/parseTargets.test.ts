import { describe, expect, it } from 'vitest';
import { parseDesign } from './parse.ts';
import { createDesignFile } from './serialize.ts';
import { createDesignJson, exponential, block, toDesign } from '../testing/designFiles.ts';
import { createDesignReader } from './parseIncremental.ts';

const withTargets = (targets: unknown): Record<string, unknown> =>
  createDesignJson([exponential('a', 1000, 2)], [block('a1', 'a')], ['in>a1', 'a1>out'], {
    targets,
  });

describe('targets', () => {
  it('reads probabilities, percentages and downtime expressions in the design time unit', () => {
    const design = toDesign(
      withTargets({ availability: '99.99%', downtimePerYear: '52 min', reliability: 0.9 }),
    );
    expect(design.targets?.availability).toBeCloseTo(0.9999, 15);
    expect(design.targets?.downtimePerYear).toBeCloseTo(52 / 60, 12);
    expect(design.targets?.reliability).toBe(0.9);
  });

  it('is absent when the file has none or an empty object', () => {
    expect(toDesign(withTargets(undefined)).targets).toBeUndefined();
    expect(toDesign(withTargets({})).targets).toBeUndefined();
  });

  it('refuses bad values, naming the field', () => {
    const bad = parseDesign(withTargets({ availability: 1.5, downtimePerYear: '3 kg' }));
    expect(bad.ok).toBe(false);
    const paths = bad.ok ? [] : bad.issues.map((i) => i.path);
    expect(paths).toEqual(['targets.availability', 'targets.downtimePerYear']);
    const notObject = parseDesign(withTargets(0.9999));
    expect(!notObject.ok && notObject.issues[0]?.path).toBe('targets');
    const unknown = parseDesign(withTargets({ availability: 0.99, nines: 4 }));
    expect(unknown.ok && unknown.warnings.map((w) => w.path)).toEqual(['targets.nines']);
  });

  it('survives createDesignFile and parseDesign', () => {
    const design = toDesign(withTargets({ availability: 0.9995, downtimePerYear: 4 }));
    const again = parseDesign(createDesignFile(design));
    expect(again.ok && again.value).toEqual(design);
  });

  it('the incremental reader answers as parseDesign when only targets change', () => {
    const reader = createDesignReader();
    reader.read(withTargets({ availability: 0.99 }));
    const next = withTargets({ availability: 0.999, reliability: 0.5 });
    expect(reader.read(next)).toEqual(parseDesign(next));
  });
});
