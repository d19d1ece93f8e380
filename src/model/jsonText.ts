/**
 * Reading untrusted JSON text: syntax errors with their line and column (browsers word and
 * locate them differently, so the position is found here), and a check that no object key can
 * reach a prototype when the data is later copied or merged (`__proto__`, `constructor.prototype`).
 * The one reader of design-file text for the app and the command line (issue 16: the command
 * line gave no line and column, and accepted the keys the app refused). Pure; runs anywhere.
 */
import type { IssueCode } from '../errors.ts';
import type { DesignIssue } from './types.ts';

/** Outcome of reading JSON text: the value, or the issues that reject it. */
export type JsonRead =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly issues: readonly DesignIssue[] };

/** Most unsafe-key issues listed for one file. */
const MAX_KEY_ISSUES = 20;

function error(code: IssueCode, path: string, message: string): DesignIssue {
  return { severity: 'error', code, path, message };
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const ESCAPES = '"\\/bfnrt';
const HEX = /^[0-9a-fA-F]{4}$/;

/** End of the string starting at `i` (a quote), or the negated offset of its first error − 1. */
function scanString(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charAt(j);
    if (c === '"') return j + 1;
    if (c === '\\') {
      const e = text.charAt(j + 1);
      if (e === 'u') {
        if (!HEX.test(text.slice(j + 2, j + 6))) return -(j + 2) - 1;
        j += 5;
      } else if (e !== '' && ESCAPES.includes(e)) j++;
      else return -(j + 1) - 1;
    } else if (text.charCodeAt(j) < 0x20) return -j - 1;
  }
  return -text.length - 1;
}

/** End of the number starting at `i`, or the negated offset of its first error − 1. */
function scanNumber(text: string, i: number): number {
  let j = i;
  if (text[j] === '-') j++;
  if (text[j] === '0') j++;
  else if (isDigit(text[j])) while (isDigit(text[j])) j++;
  else return -j - 1;
  if (text[j] === '.') {
    j++;
    if (!isDigit(text[j])) return -j - 1;
    while (isDigit(text[j])) j++;
  }
  if (text[j] === 'e' || text[j] === 'E') {
    j++;
    if (text[j] === '+' || text[j] === '-') j++;
    if (!isDigit(text[j])) return -j - 1;
    while (isDigit(text[j])) j++;
  }
  return j;
}

/**
 * Offset of the first character that makes `text` invalid JSON (`text.length` for a truncated
 * text), or -1 when it is valid. Iterative: any nesting depth is fine.
 */
export function findJsonErrorOffset(text: string): number {
  const stack: Array<'{' | '['> = [];
  let state: 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'after' = 'value';
  let i = 0;
  const n = text.length;
  for (;;) {
    while (i < n && ' \t\n\r'.includes(text.charAt(i))) i++;
    const c = text.charAt(i);
    if (state === 'after') {
      const top = stack.at(-1);
      if (top === undefined) return i < n ? i : -1;
      if (c === ',') state = top === '{' ? 'key' : 'value';
      else if (c === (top === '{' ? '}' : ']')) stack.pop();
      else return i;
      i++;
      continue;
    }
    if (i >= n) return n;
    if ((state === 'valueOrClose' && c === ']') || (state === 'keyOrClose' && c === '}')) {
      stack.pop();
      i++;
      state = 'after';
      continue;
    }
    if (state === 'key' || state === 'keyOrClose') {
      if (c !== '"') return i;
      const end = scanString(text, i);
      if (end < 0) return -end - 1;
      i = end;
      while (i < n && ' \t\n\r'.includes(text.charAt(i))) i++;
      if (text.charAt(i) !== ':') return i;
      i++;
      state = 'value';
      continue;
    }
    if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      state = c === '{' ? 'keyOrClose' : 'valueOrClose';
      continue;
    }
    let end: number;
    if (c === '"') end = scanString(text, i);
    else if (c === '-' || isDigit(c)) end = scanNumber(text, i);
    else {
      const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
      if (word === undefined) return i;
      end = i + word.length;
    }
    if (end < 0) return -end - 1;
    i = end;
    state = 'after';
  }
}

/** Describes the character at `offset` for a syntax message. */
function describeAt(text: string, offset: number): string {
  if (offset >= text.length) return 'unexpected end of file';
  const code = text.codePointAt(offset) ?? 0;
  const shown =
    code < 0x20 || code === 0x7f
      ? `U+${code.toString(16).padStart(4, '0')}`
      : String.fromCodePoint(code);
  return `unexpected character ${JSON.stringify(shown)}`;
}

/** Path of a key below `parent`, in the style of the engine (`a.b[3].c`). */
function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  const safe = /^[A-Za-z_$][\w$-]*$/.test(key) ? key : JSON.stringify(key);
  return parent === '' ? safe : `${parent}.${safe}`;
}

/**
 * Issues for object keys that could reach a prototype if the data were merged into other
 * objects: any `__proto__` key, and a `prototype` key inside a `constructor` key. Iterative.
 */
export function findUnsafeKeys(value: unknown): DesignIssue[] {
  const issues: DesignIssue[] = [];
  const stack: Array<{ value: unknown; path: string; underConstructor: boolean }> = [
    { value, path: '', underConstructor: false },
  ];
  while (stack.length > 0 && issues.length < MAX_KEY_ISSUES) {
    const item = stack.pop();
    if (item === undefined || typeof item.value !== 'object' || item.value === null) continue;
    if (Array.isArray(item.value)) {
      item.value.forEach((v: unknown, i) =>
        stack.push({ value: v, path: childPath(item.path, i), underConstructor: false }),
      );
      continue;
    }
    for (const key of Object.keys(item.value)) {
      const path = childPath(item.path, key);
      if (key === '__proto__' || (key === 'prototype' && item.underConstructor)) {
        issues.push(
          error('unsafe-key', path, `key ${JSON.stringify(key)} is not allowed in a design file`),
        );
        continue;
      }
      const child: unknown = Reflect.get(item.value, key);
      stack.push({ value: child, path, underConstructor: key === 'constructor' });
    }
  }
  return issues;
}

/**
 * Parses untrusted JSON text. A syntax error gives one `not-json` issue with its line and
 * column (unsafe keys are `parseDesign`'s to refuse). A leading byte-order mark is ignored.
 * @example parseJsonText('{"a": 1,}') // issue: "file is not valid JSON at line 1, column 9: …"
 */
export function parseJsonText(raw: string): JsonRead {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const offset = findJsonErrorOffset(text);
    if (offset < 0) {
      // Valid by our scan, refused by the browser: depth or memory limits.
      const reason = e instanceof Error ? e.message.slice(0, 200) : String(e);
      return {
        ok: false,
        issues: [error('not-json', '', `file cannot be read as JSON: ${reason}`)],
      };
    }
    const { line, column } = lineColumn(text, offset);
    const what = text.trim() === '' ? 'the file is empty' : describeAt(text, offset);
    return {
      ok: false,
      issues: [
        error('not-json', '', `file is not valid JSON at line ${line}, column ${column}: ${what}`),
      ],
    };
  }
  // Refused keys are parseDesign's rule (it checks them first), not the JSON reader's.
  return { ok: true, value };
}
