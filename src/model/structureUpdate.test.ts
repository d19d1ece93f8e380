import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBenchmarkDesign } from '../testing/benchmarkDesigns.ts';
import { parseDesign } from './parse.ts';
import { createFlatStructure, updateFlatComponents } from './structure.ts';
import type { Component, Design } from './types.ts';

function load(json: unknown): Design {
  const parsed = parseDesign(json);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('; '));
  return parsed.value;
}

const example = (name: string): Design =>
  load(JSON.parse(readFileSync(new URL(`../../public/examples/${name}`, import.meta.url), 'utf8')));

/** A new object for component c: its rate scaled when it has one, else a new name. */
function edit(c: Component, factor: number): Component {
  return c.failure.kind === 'exponential'
    ? { ...c, failure: { ...c.failure, rate: c.failure.rate * factor } }
    : { ...c, name: `${c.name} (edited)` };
}

describe('updateFlatComponents', () => {
  const designs = [
    example('pool-common-cause.json'),
    example('three-tier-two-zones.json'),
    example('two-site.json'),
    load(createBenchmarkDesign(120, 3)),
  ];

  it('equals a fresh flattening after edits of some components, sharing the gates', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...designs.keys()),
        fc.array(fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }), {
          minLength: 1,
          maxLength: 4,
        }),
        (which, edits) => {
          let design = designs[which]!;
          let flat = createFlatStructure(design);
          edits.forEach((mask, step) => {
            const components = design.components.map((c, i) =>
              mask[i % mask.length] === true ? edit(c, 1 + 0.1 * (step + 1)) : c,
            );
            design = { ...design, components };
            const next = updateFlatComponents(flat, design);
            expect(next.gates).toBe(flat.gates);
            expect(next).toEqual(createFlatStructure(design));
            // Blocks of components left alone keep their objects.
            const kept = next.blocks.filter((b, i) => b.component === flat.blocks[i]!.component);
            expect(kept.every((b) => flat.blocks.includes(b))).toBe(true);
            flat = next;
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('returns the same flattening when no component object changed', () => {
    const design = designs[0]!;
    const flat = createFlatStructure(design);
    expect(updateFlatComponents(flat, { ...design, components: [...design.components] })).toBe(
      flat,
    );
  });
});
