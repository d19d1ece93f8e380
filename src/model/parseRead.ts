/**
 * Building blocks of the design parser: the issue list, field paths and checked readers for
 * strings and numeric parameters of `unknown` data. Readers never throw and never trust the
 * prototype chain: fields are read only when they are own properties.
 * Runs anywhere (worker, Node, browser); no DOM.
 */
import type { DesignIssueCode } from '../errors.ts';
import type { DesignIssue, TimeParts, TimeUnit } from './types.ts';
import { evaluateQuantity, showInput } from './expression.ts';
import type { QuantityKind } from './expression.ts';

/** Codes of the issues the design parser reports (their meanings: src/errors.ts). */
export type IssueCode = DesignIssueCode;

/** Most errors, and most warnings, listed for one file; later ones are dropped (and counted). */
export const MAX_ISSUES = 1000;

/** Longest string accepted anywhere the parser reads one, in characters. */
export const MAX_STRING_LENGTH = 10_000;

/** Collects the issues of one parse, in the order found. */
export class IssueList {
  /** Issues kept: at most {@link MAX_ISSUES} of each severity, plus one "too many" note each. */
  readonly items: DesignIssue[] = [];
  /** Number of errors found, including dropped ones. */
  errors = 0;
  private warnings = 0;

  /** Records an error: the design is rejected. */
  error(code: IssueCode, path: string, message: string): void {
    this.errors++;
    this.add(this.errors, { severity: 'error', code, path, message });
  }

  /** Records a warning: the design is accepted, the user should know. */
  warn(code: IssueCode, path: string, message: string): void {
    this.warnings++;
    this.add(this.warnings, { severity: 'warning', code, path, message });
  }

  /** True once later warnings are only counted, not listed. */
  get warningsFull(): boolean {
    return this.warnings > MAX_ISSUES;
  }

  /** Keeps the `count`-th issue of its severity, or notes once that later ones are dropped. */
  private add(count: number, issue: DesignIssue): void {
    if (count <= MAX_ISSUES) this.items.push(issue);
    else if (count === MAX_ISSUES + 1) {
      this.items.push({
        severity: issue.severity,
        code: 'too-many-issues',
        path: '',
        message: `too many ${issue.severity}s: only the first ${MAX_ISSUES} are listed`,
      });
    }
  }
}

/** True when `value` is one of `list` (a type guard over string unions). */
export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** A plain object read from `unknown` data. */
export type Fields = Readonly<Record<string, unknown>>;

/** True for objects that are not arrays (and not null). */
export function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own field of `obj`, never one inherited from its prototype (`constructor`, `__proto__`). */
export function own(obj: Fields, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/** Extends a field path: `components[1]` + `failure` → `components[1].failure`. */
export function fieldPath(path: string, key: string): string {
  const step = /^[A-Za-z_$][\w$-]*$/.test(key) ? key : `[${showInput(key)}]`;
  if (path === '') return step.startsWith('[') ? step : key;
  return step.startsWith('[') ? `${path}${step}` : `${path}.${step}`;
}

/** Extends a path with a list index: `diagram.nodes` + 3 → `diagram.nodes[3]`. */
export function itemPath(path: string, index: number): string {
  return `${path}[${index}]`;
}

/** Describes a value of the wrong type in a message: `a list`, `an object`, `"text"`, `42`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string' || typeof value === 'number') return showInput(value);
  if (typeof value === 'boolean') return String(value);
  return `a ${typeof value}`;
}

/** `invalid mtbf for component "app"`, or `invalid missionTime` when there is no owner. */
function invalid(key: string, owner: string): string {
  return owner === '' ? `invalid ${key}` : `invalid ${key} for ${owner}`;
}

/** `missing field "failure" for component "app"`. */
export function missingField(key: string, owner: string): string {
  return owner === '' ? `missing field "${key}"` : `missing field "${key}" for ${owner}`;
}

/**
 * Warns about fields that are neither known nor `ui` (which is free for the app).
 * @param allowed the field names this object may have, besides `ui`
 */
export function checkFields(
  obj: Fields,
  path: string,
  allowed: readonly string[],
  issues: IssueList,
): void {
  for (const key of Object.keys(obj)) {
    if (key === 'ui' || allowed.includes(key)) continue;
    if (issues.warningsFull) return;
    issues.warn('unknown-field', fieldPath(path, key), `unknown field ${showInput(key)} ignored`);
  }
}

/**
 * Reads a string field.
 * @returns the string, `undefined` when absent (or null), `null` when invalid (reported)
 */
export function readString(
  obj: Fields,
  key: string,
  path: string,
  owner: string,
  issues: IssueList,
  options: {
    readonly required?: boolean;
    readonly nonEmpty?: boolean;
    /** Longest text taken (default {@link MAX_STRING_LENGTH}). */
    readonly maxLength?: number;
  } = {},
): string | null | undefined {
  const value = own(obj, key);
  const at = (): string => fieldPath(path, key);
  if (value === undefined || value === null) {
    if (options.required === true) {
      issues.error('missing-field', at(), missingField(key, owner));
      return null;
    }
    return undefined;
  }
  if (typeof value !== 'string') {
    issues.error(
      'wrong-type',
      at(),
      `${invalid(key, owner)}: ${describeValue(value)} (must be a string)`,
    );
    return null;
  }
  const maxLength = options.maxLength ?? MAX_STRING_LENGTH;
  if (value.length > maxLength) {
    issues.error(
      'string-too-long',
      at(),
      `${invalid(key, owner)}: string is ${value.length} characters long (at most ${maxLength})`,
    );
    return null;
  }
  if (options.nonEmpty === true && value.trim() === '') {
    issues.error('wrong-type', at(), `${invalid(key, owner)}: "" (must not be empty)`);
    return null;
  }
  return value;
}

/**
 * Reads a string field that must be present.
 * @returns the string, or `null` when missing or invalid (reported)
 */
export function readRequiredString(
  obj: Fields,
  key: string,
  path: string,
  owner: string,
  issues: IssueList,
  options: { readonly nonEmpty?: boolean } = {},
): string | null {
  return readString(obj, key, path, owner, issues, { ...options, required: true }) ?? null;
}

/** Accepted range of a numeric parameter. */
export interface NumberRange {
  /** Lowest value. */
  readonly min?: number;
  /** When true the lowest value itself is excluded (`> min`). */
  readonly minExclusive?: boolean;
  /** Highest value (included). */
  readonly max?: number;
  /** Says the range in words when the default wording is not clear enough. */
  readonly text?: string;
}

/** Words for a range: `> 0`, `>= 0`, `between 0 and 1`, `at least 1`. */
function rangeText(range: NumberRange, kind: QuantityKind): string {
  if (range.text !== undefined) return range.text;
  if (range.min !== undefined && range.max !== undefined) {
    return `between ${range.min} and ${range.max}`;
  }
  if (range.min !== undefined) {
    if (range.minExclusive === true) return `> ${range.min}`;
    return kind === 'count' ? `at least ${range.min}` : `>= ${range.min}`;
  }
  return range.max !== undefined ? `<= ${range.max}` : 'a finite number';
}

/** True when `x` lies in `range`. */
function inRange(x: number, range: NumberRange): boolean {
  if (range.min !== undefined && (range.minExclusive === true ? x <= range.min : x < range.min)) {
    return false;
  }
  return range.max === undefined || x <= range.max;
}

/** What a numeric reader needs besides the object and key. */
export interface NumberSpec {
  readonly kind: QuantityKind;
  readonly range: NumberRange;
  /** True to report a missing field as an error. */
  readonly required?: boolean;
  /**
   * Set for a time that may be built from named parts (an object whose values sum to the
   * time): called with the parts when the field was given so.
   */
  readonly onParts?: (parts: TimeParts) => void;
}

/** Longest name of a part of a time, in characters. */
export const MAX_PART_NAME_LENGTH = 40;
/** Most parts one time may have. */
export const MAX_PARTS = 40;

/**
 * Reads a time given as named parts: each part a non-negative time, names 1–40 characters,
 * the sum in the field's range. Errors name the part (`components[2].repair.mttr.replay`).
 * @returns the parts, or `null` when invalid (reported)
 */
function readTimeParts(
  value: Fields,
  key: string,
  path: string,
  owner: string,
  spec: NumberSpec,
  timeUnit: TimeUnit,
  issues: IssueList,
): { parts: TimeParts; sum: number } | null {
  const at = fieldPath(path, key);
  const names = Object.keys(value).filter((name) => name !== 'ui');
  if (names.length === 0 || names.length > MAX_PARTS) {
    issues.error(
      'wrong-type',
      at,
      `${invalid(key, owner)}: ${names.length} parts (must have 1 to ${MAX_PARTS})`,
    );
    return null;
  }
  const partOwner = `${key} of ${owner === '' ? 'the design' : owner}`;
  const parts: Record<string, number> = {};
  let ok = true;
  let sum = 0;
  for (const name of names) {
    if (name.trim() === '' || name.length > MAX_PART_NAME_LENGTH) {
      issues.error(
        'wrong-type',
        fieldPath(at, name),
        `invalid part name ${showInput(name)} of ${partOwner} (must be 1 to ${MAX_PART_NAME_LENGTH} characters)`,
      );
      ok = false;
      continue;
    }
    const part = readNumber(
      value,
      name,
      at,
      partOwner,
      { kind: 'time', range: NON_NEGATIVE, required: true },
      timeUnit,
      issues,
    );
    if (part === null || part === undefined) ok = false;
    else {
      parts[name] = part;
      sum += part;
    }
  }
  if (!ok) return null;
  if (!Number.isFinite(sum) || !inRange(sum, spec.range)) {
    issues.error(
      'out-of-range',
      at,
      `${invalid(key, owner)}: the parts sum to ${sum} (must be ${rangeText(spec.range, spec.kind)})`,
    );
    return null;
  }
  return { parts, sum };
}

/**
 * Reads a numeric parameter: a number, or an expression string evaluated by
 * {@link evaluateQuantity} (times in design time units, rates per design time unit).
 * @returns the value, `undefined` when absent (or null), `null` when invalid (reported)
 */
export function readNumber(
  obj: Fields,
  key: string,
  path: string,
  owner: string,
  spec: NumberSpec,
  timeUnit: TimeUnit,
  issues: IssueList,
): number | null | undefined {
  const value = own(obj, key);
  const at = (): string => fieldPath(path, key);
  if (value === undefined || value === null) {
    if (spec.required === true) {
      issues.error('missing-field', at(), missingField(key, owner));
      return null;
    }
    return undefined;
  }
  if (spec.onParts !== undefined && isFields(value)) {
    const read = readTimeParts(value, key, path, owner, spec, timeUnit, issues);
    if (read === null) return null;
    spec.onParts(read.parts);
    return read.sum;
  }
  if (typeof value !== 'number' && typeof value !== 'string') {
    const parts = spec.onParts === undefined ? '' : ', or an object of named parts';
    issues.error(
      'wrong-type',
      at(),
      `${invalid(key, owner)}: ${describeValue(value)} (must be a number or an expression string${parts})`,
    );
    return null;
  }
  const result = evaluateQuantity(value, spec.kind, timeUnit);
  if (!result.ok) {
    issues.error('invalid-number', at(), `${invalid(key, owner)}: ${result.error}`);
    return null;
  }
  if (!inRange(result.value, spec.range)) {
    const shown =
      typeof value === 'string' ? `${showInput(value)} = ${result.value}` : String(result.value);
    issues.error(
      'out-of-range',
      at(),
      `${invalid(key, owner)}: ${shown} (must be ${rangeText(spec.range, spec.kind)})`,
    );
    return null;
  }
  return result.value;
}

/**
 * Reads a numeric parameter that must be present (see {@link readNumber}).
 * @returns the value, or `null` when missing or invalid (reported)
 */
export function readRequiredNumber(
  obj: Fields,
  key: string,
  path: string,
  owner: string,
  spec: NumberSpec,
  timeUnit: TimeUnit,
  issues: IssueList,
): number | null {
  return readNumber(obj, key, path, owner, { ...spec, required: true }, timeUnit, issues) ?? null;
}

/** Range of a time that may be zero (mttr, repair time, switch delay, sd). */
export const NON_NEGATIVE: NumberRange = { min: 0 };
/** Range of a strictly positive value (mtbf, scale, shape, mission time). */
export const POSITIVE: NumberRange = { min: 0, minExclusive: true };
/** Range of a probability. */
export const PROBABILITY: NumberRange = { min: 0, max: 1 };
/** Range of a count such as quantity, required or inputs. */
export const AT_LEAST_ONE: NumberRange = { min: 1 };
