import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDesign } from './parse.ts';
import { createDesignFile } from './serialize.ts';
import type { Component } from './types.ts';
import { createBlock, createComponent, createDesign } from '../testing/sampleDesigns.ts';

const DIR = 'public/examples';
const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'index.json');

describe('createDesignFile', () => {
  it.each(files)('writes %s back as a file that parses to the same design', (file) => {
    const first = parseDesign(JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8')));
    if (!first.ok) throw new Error(`${file} does not parse`);
    const again = parseDesign(createDesignFile(first.value));
    expect(again.ok && again.warnings).toEqual([]);
    expect(again.ok && again.value).toEqual(first.value);
  });
});

describe('createDesignFile on every kind of law', () => {
  const components: Component[] = [
    createComponent('e', { kind: 'exponential', rate: 2e-5 }, { kind: 'exponential', mttr: 4 }),
    createComponent('w', { kind: 'weibull', shape: 1.5, scale: 900 }, null),
    createComponent('w3', { kind: 'weibull', shape: 2, scale: 900, location: 120 }, null),
    createComponent('l', { kind: 'lognormal', mean: 900, sd: 300 }, { kind: 'fixed', time: 2 }),
    createComponent('g', { kind: 'gamma', shape: 2.5, scale: 400 }, null),
    createComponent(
      'll',
      { kind: 'loglogistic', shape: 0.8, scale: 1000 },
      { kind: 'lognormal', mean: 3, sd: 1 },
    ),
    createComponent('f', { kind: 'fixed', reliability: 0.97 }, null),
  ];
  const design = createDesign(
    components,
    components.map((c) => createBlock(`b-${c.id}`, c.id)),
    [
      ['in', 'b-e'],
      ...components
        .slice(1)
        .map((c, i): [string, string] => [`b-${components[i]!.id}`, `b-${c.id}`]),
      [`b-${components[components.length - 1]!.id}`, 'out'],
    ],
  );

  it('writes each law as its module does, and the file parses to the same design', () => {
    const again = parseDesign(createDesignFile(design));
    expect(again.ok && again.warnings).toEqual([]);
    expect(again.ok && again.value).toEqual(design);
  });
});
