/**
 * Assertions for programming errors (bugs), never for user input.
 * Runs anywhere; no DOM.
 */

/** Throws when `condition` is false: a bug, not bad input. */
export function assert(condition: unknown, message = 'assertion failed'): asserts condition {
  if (!condition) throw new Error(message);
}

/** Exhaustiveness guard for discriminated unions. */
export function assertNever(value: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(value)}`);
}
