/**
 * Reading the numeric fields of a law from a design file by their field specs, with the
 * parser's messages and paths (`invalid shape for component "a": -1.2 (must be > 0)` at
 * `components[0].failure.shape`).
 * Runs anywhere (worker, Node, browser); no DOM.
 */
import type { Quantity } from '../model/file.ts';
import type { TimeParts } from '../model/types.ts';
import { readNumber } from '../model/parseRead.ts';
import type { FieldSpec, LawForm, LawReadContext } from './lawModule.ts';

/**
 * Reads every field of `specs` (all of them, so that every problem is reported): a field without
 * a `default` is required, one with a default takes it when absent.
 * @param ctx the law object and where its problems go
 * @param specs the fields, in the order they are read
 * @returns the values by key (design time units), or `null` when any field is missing or invalid
 * @example
 * const v = readLawFields(ctx, [SHAPE, SCALE]);
 * if (v !== null) return { kind: 'weibull', shape: v.shape, scale: v.scale };
 */
export function readLawFields<K extends string>(
  ctx: LawReadContext,
  specs: readonly FieldSpec<K>[],
): Readonly<Record<K, number>> | null {
  const values = {} as Record<K, number>;
  let ok = true;
  for (const spec of specs) {
    const value = readNumber(
      ctx.fields,
      spec.key,
      ctx.path,
      ctx.owner,
      {
        kind: spec.kind,
        range: spec.range,
        required: spec.default === undefined,
        ...(spec.parts === true && ctx.onParts !== undefined
          ? { onParts: (parts: TimeParts) => ctx.onParts?.(spec.key, parts) }
          : {}),
      },
      ctx.timeUnit,
      ctx.issues,
    );
    if (value === null) ok = false;
    else values[spec.key] = value ?? spec.default ?? NaN;
  }
  return ok ? values : null;
}

/**
 * The file keys a law may have: `distribution` and the fields of all its forms.
 * @param forms the law's forms
 */
export function getLawKeys(forms: readonly LawForm[]): string[] {
  const keys = ['distribution'];
  for (const form of forms)
    for (const f of form.fields) if (!keys.includes(f.key)) keys.push(f.key);
  return keys;
}

/**
 * `read` and `write` of a law whose normalised parameters are its file fields, number for
 * number (gamma: shape and scale; lognormal: mean and sd): the law is `{ kind, ...fields }`,
 * its file `{ distribution: kind, ...fields }`, fields in spec order.
 * @param kind the law's name
 * @param specs its fields
 * @example
 * const { read, write } = createPlainLaw('gamma', [SHAPE, SCALE]);
 */
export function createPlainLaw<K extends string, P extends string>(
  kind: K,
  specs: readonly FieldSpec<P>[],
): {
  read(ctx: LawReadContext): ({ readonly kind: K } & Readonly<Record<P, number>>) | null;
  write(law: Readonly<Record<P, number>>): { distribution: K } & Record<P, Quantity>;
} {
  return {
    read(ctx) {
      const v = readLawFields(ctx, specs);
      return v === null ? null : { kind, ...v };
    },
    write(law) {
      const file: Record<string, unknown> = { distribution: kind };
      for (const spec of specs) file[spec.key] = law[spec.key];
      return file as { distribution: K } & Record<P, Quantity>;
    },
  };
}
