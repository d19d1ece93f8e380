import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { DesignFile } from '../../src/index.ts';
import {
  MAX_IMPORT_BYTES,
  MAX_SHARE_LENGTH,
  createShareLink,
  designFileName,
  formatDesign,
  readDesignFile,
  readDesignText,
  readDesignValue,
  readShareHash,
} from './fileIo.ts';
import type { FileLike } from './fileIo.ts';
import { createEmptyDesign } from '../../src/index.ts';

const THREE_TIER = readFileSync('public/examples/three-tier.json', 'utf8');

function fileOf(text: string, name = 'design.json'): FileLike {
  return { name, size: new TextEncoder().encode(text).length, text: () => Promise.resolve(text) };
}

function prototypeSnapshot(): string[] {
  return Object.getOwnPropertyNames(Object.prototype).sort();
}

function messages(result: { ok: boolean; issues?: readonly { message: string }[] }): string {
  return (result.issues ?? []).map((i) => i.message).join('\n');
}

describe('readDesignFile', () => {
  it('reads a valid design file as the same data', async () => {
    const result = await readDesignFile(fileOf(THREE_TIER));
    expect(result.ok).toBe(true);
    expect(result.ok && result.file).toEqual(JSON.parse(THREE_TIER));
  });

  it('refuses a file over the size limit without reading it', async () => {
    const text = vi.fn(() => Promise.resolve('x'));
    const junk: FileLike = { name: 'junk.bin', size: 50 * 1024 * 1024, text };
    const result = await readDesignFile(junk);
    expect(result.ok).toBe(false);
    expect(messages(result)).toMatch(/50\.0 MB \(at most 20\.0 MB\); it was not read/);
    expect(text).not.toHaveBeenCalled();
    expect((await readDesignFile({ ...junk, size: MAX_IMPORT_BYTES + 1 })).ok).toBe(false);
  });

  it('reports an empty file and a file that cannot be read', async () => {
    expect(messages(await readDesignFile(fileOf('')))).toMatch(/empty/);
    const broken: FileLike = { name: 'x', size: 10, text: () => Promise.reject(new Error('gone')) };
    expect(messages(await readDesignFile(broken))).toMatch(/cannot be read: gone/);
  });

  it('reports binary junk as not JSON', async () => {
    const junk = String.fromCharCode(...Array.from({ length: 64 }, (_, i) => (i * 37) % 256));
    const result = await readDesignFile(fileOf(junk, 'junk.bin'));
    expect(result.ok).toBe(false);
    expect(messages(result)).toMatch(/not valid JSON at line \d+, column \d+/);
  });
});

describe('readDesignText', () => {
  it('locates JSON syntax errors by line and column', () => {
    const text = '{\n  "format": "rbd-design",\n  "version": 1,\n}';
    expect(messages(readDesignText(text))).toBe(
      'file is not valid JSON at line 4, column 1: unexpected character "}"',
    );
    expect(messages(readDesignText('{"a": [1, 2'))).toMatch(/line 1, column 12: unexpected end/);
  });

  it('rejects wrong formats and bad values with their paths', () => {
    expect(readDesignText('[]')).toMatchObject({ ok: false, issues: [{ code: 'not-object' }] });
    expect(readDesignText('{"format": "drawio"}')).toMatchObject({
      ok: false,
      issues: [{ path: 'format' }, { path: 'version' }],
    });
    const bad = JSON.parse(THREE_TIER) as DesignFile;
    const component = bad.components[0];
    if (component === undefined) throw new Error('no component');
    component.failure = { distribution: 'exponential', mtbf: -5 };
    const result = readDesignText(JSON.stringify(bad));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => i.path)).toContain('components[0].failure.mtbf');
  });

  it('accepts a name holding markup as plain text', () => {
    const name = '<img src=x onerror=alert(1)>';
    const result = readDesignText(JSON.stringify(createEmptyDesign(name)));
    expect(result.ok && result.file.name).toBe(name);
  });
});

describe('prototype pollution', () => {
  const before = prototypeSnapshot();
  const hostile = [
    `{"__proto__": {"polluted": true}, "format": "rbd-design", "version": 1}`,
    `{"format": "rbd-design", "version": 1, "ui": {"a": {"__proto__": {"polluted": true}}}}`,
    `{"constructor": {"prototype": {"polluted": true}}, "format": "rbd-design", "version": 1}`,
    `{"format": "rbd-design", "version": 1, "components": [{"__proto__": {"polluted": true}}]}`,
  ];

  it.each(hostile)('rejects %s and leaves Object.prototype untouched', (text) => {
    const result = readDesignText(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.every((i) => i.code === 'unsafe-key')).toBe(true);
    expect(messages(result)).toMatch(/is not allowed in a design file/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(prototypeSnapshot()).toEqual(before);
  });

  it('reports the path of the unsafe key', () => {
    const result = readDesignText(hostile[1] ?? '');
    expect(!result.ok && result.issues[0]?.path).toBe('ui.a.__proto__');
  });

  it('rejects an unsafe key in an already parsed value (own property made by JSON.parse)', () => {
    expect(readDesignValue(JSON.parse(hostile[0] ?? '')).ok).toBe(false);
  });

  it('allows "constructor" and "prototype" as ordinary ids and keys', () => {
    const file = createEmptyDesign('Keys');
    file.components[0] = { ...file.components[0]!, id: 'constructor' };
    file.diagram.nodes[1] = { id: 'prototype', kind: 'block', component: 'constructor' };
    file.diagram.edges = [
      { from: 'start', to: 'prototype' },
      { from: 'prototype', to: 'end' },
    ];
    file.diagram.ui = { positions: { prototype: { x: 1, y: 2 }, constructor: { x: 0, y: 0 } } };
    const result = readDesignText(JSON.stringify(file));
    expect(result.ok && result.file).toEqual(file);
    expect(prototypeSnapshot()).toEqual(before);
  });
});

describe('share links', () => {
  const design = JSON.parse(THREE_TIER) as DesignFile;

  it('round-trips a design through the link', () => {
    const link = createShareLink(design, 'http://127.0.0.1:4173/?x=1#old');
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    expect(link.url.startsWith('http://127.0.0.1:4173/?x=1#design=')).toBe(true);
    const read = readShareHash(new URL(link.url).hash);
    expect(read?.ok && read.file).toEqual(design);
  });

  it('reads a link whose hash the browser percent-encoded', () => {
    const link = createShareLink(design, 'http://h/');
    if (!link.ok) throw new Error(link.message);
    const hash = new URL(link.url).hash.replace(/\$/g, '%24');
    expect(readShareHash(hash)?.ok).toBe(true);
  });

  it('refuses to make a link longer than the limit and says why', () => {
    const big = createEmptyDesign('Big');
    big.description = Array.from({ length: 40_000 }, (_, i) => (i * 7919) % 10007).join(' ');
    const link = createShareLink(big, 'http://h/');
    expect(link.ok).toBe(false);
    expect(!link.ok && link.message).toMatch(new RegExp(`at most ${MAX_SHARE_LENGTH}\\); export`));
  });

  it('ignores other hashes and reports damaged or invalid links', () => {
    expect(readShareHash('')).toBeNull();
    expect(readShareHash('#section')).toBeNull();
    expect(messages(readShareHash('#design=@@@@') ?? { ok: true })).toMatch(/damaged/);
    expect(messages(readShareHash('#design=%E0%A4%A') ?? { ok: true })).toMatch(/damaged/);
    expect(
      messages(readShareHash(`#design=${'A'.repeat(MAX_SHARE_LENGTH * 3)}`) ?? { ok: true }),
    ).toMatch(/too long/);
  });
});

describe('export', () => {
  it('formats as pretty JSON that reads back identically', () => {
    const design = JSON.parse(THREE_TIER) as DesignFile;
    const text = formatDesign(design);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "name": "Three-tier web service",');
    const again = readDesignText(text);
    expect(again.ok && formatDesign(again.file)).toBe(text);
  });

  it('names the file after the design, safely', () => {
    expect(designFileName('Three-tier web service')).toBe('Three-tier web service.json');
    expect(designFileName('a/b\\c:d*e?f"g<h>i|j')).toBe('a-b-c-d-e-f-g-h-i-j.json');
    expect(designFileName('  ..hidden\u0000  ')).toBe('hidden.json');
    expect(designFileName('')).toBe('design.json');
    expect(designFileName('x'.repeat(500))).toHaveLength(125);
  });
});
