import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../test/resultsFixtures.ts';
import { getBlockKinds, getSharedFateLines } from './sharedFateText.ts';

const example = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../public/examples/${name}`, import.meta.url), 'utf8'));

describe('getSharedFateLines', () => {
  it('says the one zone alone takes the service down, with its share and what it defeats', () => {
    const result = analyzeFile(example('three-tier-one-zone.json'));
    const zone = result.blocks.find((b) => b.kind === 'zone')!;
    const [line] = getSharedFateLines(result);
    expect(line).toMatchObject({ id: zone.id, kind: 'zone', singlePointOfFailure: true });
    expect(line!.text).toMatch(
      new RegExp(
        `^${zone.id} alone takes the system down: [\\d.]+% of your downtime \\(.+ / year\\)$`,
      ),
    );
    expect(line!.text).toContain(`${Number((zone.criticality * 100).toPrecision(4))}%`);
    expect(line!.defeats).toMatch(new RegExp(`^this redundancy adds nothing against ${zone.id}: `));
  });

  it('says a zone of the two-zone service needs the other zone (or a unit of it) as well', () => {
    const result = analyzeFile(example('three-tier-two-zones.json'));
    const lines = getSharedFateLines(result);
    expect(lines.map((l) => l.id).sort()).toEqual(['az-a', 'az-b']);
    for (const line of lines) {
      expect(line.singlePointOfFailure).toBe(false);
      expect(line.defeats).toBeNull();
      expect(line.with).toHaveLength(1);
      expect(line.text).toMatch(new RegExp(`^${line.id} takes the system down together with `));
    }
  });

  it('words a common-cause group and tags it by kind', () => {
    const result = analyzeFile(example('pool-common-cause.json'));
    const group = result.blocks.find((b) => b.kind === 'commonCause')!;
    expect(getSharedFateLines(result).map((l) => [l.id, l.kind])).toEqual([
      [group.id, 'commonCause'],
    ]);
    expect(getBlockKinds(result).get(group.id)).toBe('commonCause');
  });

  it('says nothing for a design without zones', () => {
    expect(getSharedFateLines(analyzeFile(example('three-tier.json')))).toEqual([]);
  });
});
