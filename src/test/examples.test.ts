import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../analysis/analyze.ts';
import { parseDesign } from '../model/parse.ts';

const DIR = 'public/examples';
const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'index.json');

function load(file: string) {
  const parsed = parseDesign(JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return parsed;
}

describe('example designs', () => {
  it('has at least six examples, each listed in index.json with a summary', () => {
    const index = JSON.parse(readFileSync(`${DIR}/index.json`, 'utf8')) as {
      file: string;
      summary: string;
    }[];
    expect(files.length).toBeGreaterThanOrEqual(6);
    expect(index.map((e) => e.file).sort()).toEqual([...files].sort());
    for (const e of index) expect(e.summary.length).toBeGreaterThan(20);
  });

  it.each(files)('%s is valid, described, and analyses to figures in [0, 1]', (file) => {
    const { value: design } = load(file);
    expect(design.description.length).toBeGreaterThan(40);
    const r = analyzeDesign(design, { times: [0, design.missionTime, 10 * design.missionTime] });
    const inUnit = (x: number | null) => x === null || (x >= 0 && x <= 1);
    for (const p of r.points) {
      expect(inUnit(p.reliability) && inUnit(p.availability)).toBe(true);
      expect((p.reliability ?? 0) + (p.unreliability ?? 1)).toBeCloseTo(1, 12);
    }
    expect(r.points[0]!.reliability).toBe(1);
    const s = r.steadyState;
    expect((s.availability ?? 0) + (s.unavailability ?? 1)).toBeCloseTo(1, 12);
    for (const b of r.blocks) {
      expect(b.birnbaum).toBeGreaterThanOrEqual(0);
      expect(b.criticality).toBeGreaterThanOrEqual(0);
      expect(b.criticality).toBeLessThanOrEqual(1 + 1e-12);
    }
    expect(r.minimalCutSets.length).toBeGreaterThan(0);
  });

  it('gives the bridge network 0.97848 at its mission time', () => {
    const r = analyzeDesign(load('bridge-network.json').value);
    expect(r.points[0]!.reliability).toBeCloseTo(0.97848, 5);
  });

  it('keeps the three-tier reference at eight units', () => {
    const design = load('three-tier.json').value;
    let units = 0;
    for (const node of design.diagram.nodes) if (node.kind === 'block') units += node.quantity;
    expect(units).toBe(8);
    expect(analyzeDesign(design).steadyState.availability).toBeGreaterThan(0.999);
  });
});
