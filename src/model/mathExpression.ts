/**
 * The full expression reader, loaded only when a design uses more than a number with a unit
 * (`expression.ts` reads "5 years", "30 min", "250 FIT" and plain numbers itself): mathjs parses
 * the string, and the tree is walked and evaluated here node by node over a whitelist, so no
 * mathjs `evaluate`, no scope, no assignment and no function definition is ever reached. Never
 * throws, never uses eval or new Function. mathjs is made with only the factories it needs.
 * Runs anywhere (worker, Node, browser); no DOM.
 */
import {
  addDependencies,
  create,
  divideDependencies,
  expDependencies,
  log10Dependencies,
  logDependencies,
  multiplyDependencies,
  parseDependencies,
  powDependencies,
  sqrtDependencies,
  subtractDependencies,
  unaryMinusDependencies,
  unitDependencies,
  createUnitDependencies,
} from 'mathjs';
import type {
  FactoryFunctionMap,
  FunctionNode,
  MathNode,
  OperatorNode,
  OperatorNodeFn,
  OperatorNodeOp,
  Unit,
} from 'mathjs';
import type { Measure } from './expression.ts';
import { assert } from '../util/assert.ts';
import { Result } from '../util/result.ts';

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
// mathjs types its dependency maps as possibly undefined (an index signature); they are always
// defined at run time, which the assertion checks once.
const FACTORIES = {
  addDependencies,
  createUnitDependencies,
  divideDependencies,
  expDependencies,
  log10Dependencies,
  logDependencies,
  multiplyDependencies,
  parseDependencies,
  powDependencies,
  sqrtDependencies,
  subtractDependencies,
  unaryMinusDependencies,
  unitDependencies,
};
for (const [name, factory] of Object.entries(FACTORIES)) assert(factory, `mathjs ${name} missing`);
const math = create(FACTORIES as Record<string, FactoryFunctionMap>, { number: 'number' });
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

/** True when the unit has no dimension left (e.g. `h / s`). */
function isDimensionless(unit: Unit): boolean {
  return unit.dimensions.every((d) => d === 0);
}

/** What an evaluated value measures, in hours for a time and per hour for a rate. */
function toMeasure(value: Value): Measure {
  if (typeof value === 'number') return { dimension: 'none', value };
  if (isDimensionless(value)) return { dimension: 'none', value: value.value };
  if (value.equalBase(ONE_HOUR)) return { dimension: 'time', value: value.toNumber('hour') };
  if (value.equalBase(ONE_PER_HOUR)) return { dimension: 'rate', value: value.toNumber('hour^-1') };
  return { dimension: 'other', value: NaN };
}

/**
 * Evaluates an expression string in the restricted scope.
 * @returns what it measures, or the reason it cannot be read (lower case, without the input)
 * @example
 * evaluateExpression('1/2e-5'); // { ok: true, value: { dimension: 'none', value: 50000 } }
 * evaluateExpression('2 * 3 h'); // { ok: true, value: { dimension: 'time', value: 6 } }
 */
export function evaluateExpression(input: string): Result<Measure, string> {
  try {
    let tree: MathNode;
    try {
      tree = math.parse(input);
    } catch (e) {
      const reason = !(e instanceof Error)
        ? 'cannot be parsed'
        : /call stack/i.test(e.message)
          ? 'too deeply nested'
          : lowerFirst(e.message);
      return Result.err(reason);
    }
    return Result.ok(toMeasure(evaluateNode(tree)));
  } catch (e) {
    const reason =
      e instanceof ExpressionError
        ? e.message
        : e instanceof Error && /call stack/i.test(e.message)
          ? 'too deeply nested'
          : e instanceof Error
            ? lowerFirst(e.message)
            : 'cannot be evaluated';
    return Result.err(reason);
  }
}
