/**
 * A design file without its `ui` fields, for the workers: the engine never reads them, and a
 * `ui` the format allows may be huge or nested so deeply that posting it to a worker overflows
 * the structured clone's stack. Objects and lists are copied (the input is not changed) down to
 * {@link MAX_COPY_DEPTH}; anything deeper is passed as it is (the validator then judges it).
 * Runs anywhere; no DOM.
 */

/** Depth below which `ui` fields are removed (a valid design is far shallower). */
export const MAX_COPY_DEPTH = 32;

/**
 * Copies a design file's JSON without any field named `ui`.
 * @example withoutUi({ name: 'a', ui: { zoom: 2 } }) // { name: 'a' }
 */
export function withoutUi(value: unknown, depth = 0): unknown {
  if (typeof value !== 'object' || value === null || depth >= MAX_COPY_DEPTH) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => withoutUi(item, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (key === 'ui') continue;
    // defineProperty: a "__proto__" key stays a plain field for the validator to refuse.
    Object.defineProperty(copy, key, {
      value: withoutUi((value as Record<string, unknown>)[key], depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}
