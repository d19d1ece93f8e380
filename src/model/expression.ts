/**
 * Numeric parameter expressions of a design file ("1/2e-5", "5 years", "30 min", "250 FIT"),
 * evaluated with mathjs in a restricted scope: arithmetic, units, pi and e, and a few functions.
 * The expression is parsed with mathjs `parse`, and the tree is walked and evaluated here node by
 * node over a whitelist, so no mathjs `evaluate`, no scope, no assignment and no function
 * definition is ever reached. Never throws, never uses eval or new Function.
 * Runs anywhere (worker, Node, browser); no DOM.
 */
import { all, create } from 'mathjs';
import type {
  FunctionNode,
  MathNode,
  OperatorNode,
  OperatorNodeFn,
  OperatorNodeOp,
  Unit,
} from 'mathjs';
import { HOURS_PER_UNIT } from './types.ts';
import type { TimeUnit } from './types.ts';
import { Result } from '../util/result.ts';
import { assert } from '../util/assert.ts';

/**
 * What a numeric parameter measures: a `time` (converted to design time units), a `rate` (per
 * design time unit), or a dimensionless `probability`, `count` (whole number) or `number`.
 */
export type QuantityKind = 'time' | 'rate' | 'probability' | 'count' | 'number';

/** Longest expression string accepted, in characters. */
export const MAX_EXPRESSION_LENGTH = 1000;

/** Functions an expression may call. */
const ALLOWED_FUNCTIONS: ReadonlySet<string> = new Set(['sqrt', 'exp', 'log', 'log10']);

/** Operators (mathjs function names) an expression may use; `%` parses as a division. */
const ALLOWED_OPERATORS: ReadonlySet<string> = new Set([
  'add',
  'subtract',
  'multiply',
  'divide',
  'pow',
  'unaryMinus',
  'unaryPlus',
]);

/** Why each node type that is never allowed is rejected. */
const FORBIDDEN_NODES: ReadonlyMap<string, string> = new Map([
  ['AccessorNode', 'property access and indexing are not allowed'],
  ['ArrayNode', 'arrays and matrices are not allowed'],
  ['AssignmentNode', 'assignment is not allowed'],
  ['BlockNode', 'only one expression is allowed'],
  ['ConditionalNode', 'conditionals are not allowed'],
  ['FunctionAssignmentNode', 'function definitions are not allowed'],
  ['IndexNode', 'indexing is not allowed'],
  ['ObjectNode', 'objects are not allowed'],
  ['RangeNode', 'ranges are not allowed'],
  ['RelationalNode', 'comparisons are not allowed'],
]);

/**
 * A dedicated mathjs instance, so the unit FIT and any configuration stay private to this
 * module. FIT = one failure per 1e9 hours, a rate.
 */
// mathjs declares `all` through an index signature, so with noUncheckedIndexedAccess it is typed as
// possibly undefined; it is always defined at run time.
assert(all, 'mathjs factories are missing');
const math = create(all, { number: 'number' });
math.createUnit('FIT', '1e-9 hour^-1');

const ONE_HOUR = math.unit(1, 'hour');
const ONE_PER_HOUR = math.unit('1 hour^-1');

/** Value of a sub-expression: a plain number or a mathjs unit with a value. */
type Value = number | Unit;

/** A user-facing reason an expression was rejected (caught in {@link evaluateQuantity}). */
class ExpressionError extends Error {}

/** Narrows a mathjs result to a {@link Value}; complex numbers, matrices etc. are rejected. */
function toValue(x: unknown): Value {
  if (typeof x === 'number') return x;
  if (math.isUnit(x)) return x;
  if (math.isComplex(x)) throw new ExpressionError('not a real number');
  throw new ExpressionError('not a number or a quantity with a unit');
}

/** Evaluates a function call node after checking the whitelist. */
function evaluateCall(node: FunctionNode): Value {
  const fn: unknown = node.fn;
  if (!math.isSymbolNode(fn)) throw new ExpressionError('only simple function calls are allowed');
  const name = fn.name;
  if (!ALLOWED_FUNCTIONS.has(name)) {
    throw new ExpressionError(`function "${name}" is not allowed (only sqrt, exp, log, log10)`);
  }
  if (node.args.length !== 1) throw new ExpressionError(`${name} takes exactly one argument`);
  const arg = evaluateNode(node.args[0]!);
  switch (name) {
    case 'sqrt':
      return toValue(typeof arg === 'number' ? math.sqrt(arg) : math.sqrt(arg));
    case 'exp':
      return toValue(math.exp(asNumber(arg, name)));
    case 'log':
      return toValue(math.log(asNumber(arg, name)));
    default:
      return toValue(math.log10(asNumber(arg, name)));
  }
}

/** The argument of exp and log must be a plain number. */
function asNumber(value: Value, name: string): number {
  if (typeof value !== 'number') throw new ExpressionError(`${name} takes a plain number`);
  return value;
}

/** Evaluates an operator node (`+ - * / ^`, unary `-` and `+`, implicit multiplication). */
function evaluateOperator(node: OperatorNode<OperatorNodeOp, OperatorNodeFn>): Value {
  const fn: string = node.fn;
  if (!ALLOWED_OPERATORS.has(fn)) {
    throw new ExpressionError(`operator "${String(node.op)}" is not allowed`);
  }
  const args = node.args.map((arg) => evaluateNode(arg));
  const [a, b] = args;
  if (a === undefined) throw new ExpressionError(`operator "${String(node.op)}" needs operands`);
  if (fn === 'unaryMinus') return toValue(math.unaryMinus(a));
  if (fn === 'unaryPlus') return a;
  if (b === undefined || args.length !== 2) {
    throw new ExpressionError(`operator "${String(node.op)}" needs two operands`);
  }
  if ((fn === 'add' || fn === 'subtract') && typeof a !== typeof b) {
    throw new ExpressionError('cannot add or subtract a plain number and a quantity with a unit');
  }
  switch (fn) {
    case 'add':
      return toValue(math.add(a, b));
    case 'subtract':
      return toValue(math.subtract(a, b));
    case 'multiply':
      return toValue(math.multiply(a, b));
    case 'divide':
      return toValue(math.divide(a, b));
    default:
      if (typeof b !== 'number') throw new ExpressionError('an exponent must be a plain number');
      return toValue(math.pow(a, b));
  }
}

/** Evaluates a name: the constants pi and e, or a mathjs unit such as `h`, `years`, `FIT`. */
function evaluateSymbol(name: string): Value {
  if (name === 'pi') return Math.PI;
  if (name === 'e') return Math.E;
  if (math.Unit.isValuelessUnit(name)) return math.unit(1, name);
  throw new ExpressionError(`unknown name "${name}"`);
}

/** Evaluates one node of the tree, accepting only whitelisted node types. */
function evaluateNode(node: MathNode): Value {
  if (math.isConstantNode(node)) {
    const value: unknown = node.value;
    if (typeof value === 'number') return value;
    if (typeof value === 'string') throw new ExpressionError('strings are not allowed');
    throw new ExpressionError(`${String(value)} is not a number`);
  }
  if (math.isParenthesisNode(node)) return evaluateNode(node.content);
  if (math.isOperatorNode(node)) return evaluateOperator(node);
  if (math.isSymbolNode(node)) return evaluateSymbol(node.name);
  if (math.isFunctionNode(node)) return evaluateCall(node);
  const reason = FORBIDDEN_NODES.get(node.type);
  throw new ExpressionError(reason ?? `${node.type} is not allowed`);
}

/** Lower-cases the first letter of a library message, to match our message style. */
function lowerFirst(message: string): string {
  return message.charAt(0).toLowerCase() + message.slice(1);
}

/**
 * Removes binary floating-point noise from an expression's result: rounds to 15 significant
 * digits when that gives a short decimal (at most 12 digits), so "1/2e-5" is 50000 (not
 * 49999.99999999999) and "250 FIT" is 2.5e-7 (not 2.5000000000000004e-7). Other values, such as
 * 5 h in days (0.20833333333333334), are returned unchanged.
 */
function tidy(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const rounded = Number(x.toPrecision(15));
  const digits = rounded.toExponential().replace(/e.*$/, '').replace(/[-.]/g, '').length;
  return digits <= 12 ? rounded : x;
}

/** True when the unit has no dimension left (e.g. `h / s`). */
function isDimensionless(unit: Unit): boolean {
  return unit.dimensions.every((d) => d === 0);
}

/** Longest part of an input string shown in a message. */
const MAX_SHOWN = 60;

/** Shows an input in a message: strings quoted (and cut when long), numbers as they are. */
export function showInput(input: unknown): string {
  if (typeof input === 'string') {
    return JSON.stringify(input.length > MAX_SHOWN ? `${input.slice(0, MAX_SHOWN - 1)}…` : input);
  }
  return String(input);
}

/** Converts an evaluated value to a number of the wanted kind in design units. */
function convert(
  value: Value,
  input: number | string,
  kind: QuantityKind,
  timeUnit: TimeUnit,
): Result<number, string> {
  let x: number;
  if (typeof value === 'number') x = value;
  else if (isDimensionless(value)) x = value.value;
  else if (kind === 'time') {
    if (!value.equalBase(ONE_HOUR)) return Result.err(`${showInput(input)} is not a time`);
    x = value.toNumber('hour') / HOURS_PER_UNIT[timeUnit];
  } else if (kind === 'rate') {
    if (!value.equalBase(ONE_PER_HOUR)) {
      return Result.err(`${showInput(input)} is not a rate (per time)`);
    }
    x = value.toNumber('hour^-1') * HOURS_PER_UNIT[timeUnit];
  } else return Result.err(`${showInput(input)} is not a plain number (it has a unit)`);
  if (typeof input === 'string') x = tidy(x);
  if (!Number.isFinite(x)) {
    return Result.err(
      typeof input === 'string'
        ? `invalid expression ${showInput(input)}: not a finite number`
        : `${showInput(input)} is not a finite number`,
    );
  }
  if (kind === 'count') {
    const n = Math.round(x);
    if (Math.abs(x - n) > 1e-9 * Math.max(1, Math.abs(x))) {
      return Result.err(`${showInput(input)} is not a whole number`);
    }
    if (!Number.isSafeInteger(n)) return Result.err(`${showInput(input)} is too large for a count`);
    return Result.ok(n + 0);
  }
  return Result.ok(x + 0); // + 0 turns -0 into 0
}

/**
 * Evaluates a numeric parameter of a design file.
 * @param input a plain number (taken as already in design units) or an expression string such
 *   as `"1/2e-5"`, `"5 years"`, `"30 min"`, `"250 FIT"`, `"2 * 3 h"`
 * @param kind what the parameter measures: a time, a rate (per time), or a dimensionless
 *   probability, count (whole number) or number
 * @param timeUnit the design's time unit: times are returned in it, rates per it
 * @returns the finite value in design units (time: design time units; rate: per design time
 *   unit), or a lower-case message saying what was wrong and showing the input. Range checks
 *   (≥ 0, ≤ 1, ...) are left to the caller, which knows the field.
 * @example
 * evaluateQuantity('5 years', 'time', 'hour'); // { ok: true, value: 43830 }
 * evaluateQuantity('250 FIT', 'rate', 'hour'); // { ok: true, value: 2.5e-7 }
 * evaluateQuantity('5 kg', 'time', 'hour'); // { ok: false, error: '"5 kg" is not a time' }
 */
export function evaluateQuantity(
  input: number | string,
  kind: QuantityKind,
  timeUnit: TimeUnit,
): Result<number, string> {
  try {
    if (typeof input === 'number') return convert(input, input, kind, timeUnit);
    if (typeof input !== 'string') return Result.err('not a number or an expression string');
    if (input.length > MAX_EXPRESSION_LENGTH) {
      return Result.err(
        `expression is too long (${input.length} characters, at most ${MAX_EXPRESSION_LENGTH})`,
      );
    }
    if (input.trim() === '') return Result.err('empty expression ""');
    let tree: MathNode;
    try {
      tree = math.parse(input);
    } catch (e) {
      const reason = !(e instanceof Error)
        ? 'cannot be parsed'
        : /call stack/i.test(e.message)
          ? 'too deeply nested'
          : lowerFirst(e.message);
      return Result.err(`invalid expression ${showInput(input)}: ${reason}`);
    }
    return convert(evaluateNode(tree), input, kind, timeUnit);
  } catch (e) {
    const reason =
      e instanceof ExpressionError
        ? e.message
        : e instanceof Error && /call stack/i.test(e.message)
          ? 'too deeply nested'
          : e instanceof Error
            ? lowerFirst(e.message)
            : 'cannot be evaluated';
    return Result.err(`invalid expression ${showInput(input)}: ${reason}`);
  }
}
