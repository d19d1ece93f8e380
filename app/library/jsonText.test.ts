import { describe, expect, it } from 'vitest';
import { findJsonErrorOffset, lineColumn, parseJsonText } from './jsonText.ts';

describe('findJsonErrorOffset', () => {
  it('returns -1 for valid JSON of every kind', () => {
    for (const text of [
      '{}',
      '[]',
      ' 1 ',
      '-0.5e+3',
      '"a\\u00e9\\n"',
      'true',
      'null',
      '{"a":[1,{"b":false}]}',
    ]) {
      expect({ text, offset: findJsonErrorOffset(text) }).toEqual({ text, offset: -1 });
    }
  });

  it('finds the first bad character', () => {
    const cases: Array<[string, number]> = [
      ['{a', 1],
      ['{"a":1,}', 7],
      ['[1,]', 3],
      ['[1 2]', 3],
      ['{"a" 1}', 5],
      ['01', 1],
      ['1.', 2],
      ['"\\x"', 2],
      ['"\\u12G4"', 3],
      ['"a\nb"', 2],
      ['tru', 0],
      ['{} x', 3],
      ['', 0],
      ['[', 1],
      ['{"a":', 5],
      ['"abc', 4],
    ];
    for (const [text, offset] of cases) {
      expect({ text, offset: findJsonErrorOffset(text) }).toEqual({ text, offset });
    }
  });

  it('agrees with JSON.parse on what is valid, for random texts', () => {
    const alphabet = [
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      '"a"',
      '1',
      '-',
      '.',
      'e',
      ' ',
      'null',
      '"',
      '\\',
    ];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let trial = 0; trial < 3000; trial++) {
      const text = Array.from(
        { length: 1 + (next() % 8) },
        () => alphabet[next() % alphabet.length],
      ).join('');
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect({ trial, text, valid: findJsonErrorOffset(text) === -1 }).toEqual({
        trial,
        text,
        valid,
      });
    }
  });

  it('handles deep nesting without overflowing the stack', () => {
    expect(findJsonErrorOffset('['.repeat(200_000))).toBe(200_000);
  });
});

describe('lineColumn', () => {
  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('parseJsonText', () => {
  it('ignores a byte-order mark', () => {
    expect(parseJsonText('\ufeff{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('says when a file is empty or only whitespace', () => {
    expect(parseJsonText('  \n')).toMatchObject({
      ok: false,
      issues: [{ message: /the file is empty/ }],
    });
  });

  it('names control characters by code point', () => {
    expect(parseJsonText('{\u0001}')).toMatchObject({
      ok: false,
      issues: [{ message: /unexpected character "U\+0001"/ }],
    });
  });

  it('reports deep nesting the browser refuses without crashing', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const result = parseJsonText(deep);
    // Either it parses (iterative JSON.parse) or it is reported; it never throws.
    expect(typeof result.ok).toBe('boolean');
  });
});
