import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ISSUE_CODES, assertNever, describeIssueCode } from './errors.ts';

/** The codes of the tables in the format's documentation (first column, in backquotes). */
function documentedCodes(): string[] {
  const text = readFileSync(new URL('./model/FORMAT.md', import.meta.url), 'utf8');
  const section = text.slice(text.indexOf('## Issue codes'));
  return [...section.matchAll(/^\| `([a-z-]+)` *\|/gm)].map((m) => m[1]!);
}

describe('the table of issue codes', () => {
  it('is the list the format documents, code for code and meaning for meaning', () => {
    const documented = documentedCodes();
    expect(documented.toSorted()).toEqual(Object.keys(ISSUE_CODES).toSorted());
    const text = readFileSync(new URL('./model/FORMAT.md', import.meta.url), 'utf8');
    for (const [code, meaning] of Object.entries(ISSUE_CODES)) {
      const row = text.split('\n').find((line) => line.startsWith(`| \`${code}\``))!;
      // The documented meaning is the table's (a warning is marked as such in the document).
      const shown = row
        .split('|')[2]!
        .trim()
        .replace(/^warning: /, '');
      expect({ code, meaning: shown }).toEqual({ code, meaning });
    }
  });

  it('describes a known code and says nothing of an unknown one or of a prototype key', () => {
    expect(describeIssueCode('cycle')).toBe('the diagram has a cycle');
    expect(describeIssueCode('no-such-code')).toBeUndefined();
    expect(describeIssueCode('__proto__')).toBeUndefined();
    expect(describeIssueCode('toString')).toBeUndefined();
  });

  it('treats a value outside a closed union as a defect', () => {
    const kind = 'hexagon' as never;
    expect(() => assertNever(kind, 'node kind')).toThrow(
      'internal: unexpected node kind "hexagon"',
    );
  });
});
