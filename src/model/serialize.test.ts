import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDesign } from './parse.ts';
import { createDesignFile } from './serialize.ts';

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
