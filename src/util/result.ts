/**
 * A small Result type: engine APIs return data, never throw on user input.
 * Runs anywhere (worker, Node, browser); no DOM.
 */
export type Result<T, E> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

/** Builders for {@link Result}. */
export const Result = {
  ok<T>(value: T): Result<T, never> {
    return { ok: true, value };
  },
  err<E>(error: E): Result<never, E> {
    return { ok: false, error };
  },
};
