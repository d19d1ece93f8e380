/**
 * What a law module is: everything the engine and the app know about one failure or repair law,
 * in one object (its file fields, its reader, its survival and mean, its facts for the exact
 * engine, its simulation sampler, its write-back, its summary and its defaults). The registry
 * (registry.ts) lists the modules; nothing outside src/laws switches on a law's name.
 * Runs anywhere (worker, Node, browser); no DOM.
 */
import type { Quantity, UiData } from '../model/file.ts';
import type { TimeParts, TimeUnit } from '../model/types.ts';
import type { Fields, IssueList, NumberRange } from '../model/parseRead.ts';
import type { Pair } from '../math/pair.ts';

/** What a numeric law field measures (a subset of the expression kinds). */
export type FieldKind = 'time' | 'rate' | 'number' | 'probability';

/** One numeric field of a law in the design file, with what the inspector form shows for it. */
export interface FieldSpec<K extends string = string> {
  /** Key in the file (`shape`); the parser reports it at `components[2].failure.shape`. */
  readonly key: K;
  /** What the value measures: times in design time units, rates per design time unit. */
  readonly kind: FieldKind;
  /** Accepted values (the parser's range; the inspector checks the same). */
  readonly range: NumberRange;
  /** Value used when the field is absent; a field with a default is optional. */
  readonly default?: number;
  /** Label of the inspector field (`Shape β`). */
  readonly label: string;
  /** Inspector test id suffix: `inspector.field.<inputName>` (stable: e2e specs use it). */
  readonly inputName: string;
  /** Example entries with units (`e.g. "50000", "5 years"`). */
  readonly hint?: string;
  /** What the parameter means (`β < 1 infant mortality, …`). */
  readonly help?: string;
  /** True for a time that may be built from named parts (mtbf, mttr, a repair mean or time). */
  readonly parts?: boolean;
}

/** One way of entering a law in the inspector (the exponential law has two: MTBF and rate). */
export interface LawForm {
  /** Choice value of the inspector's law select (`mtbf`, `weibull`); unique per role. */
  readonly id: string;
  /** Option label (`Exponential, by MTBF`). */
  readonly label: string;
  readonly fields: readonly FieldSpec[];
}

/** A law object of a design file: its `distribution` and its fields. */
export interface LawFileShape {
  readonly distribution: string;
  readonly ui?: UiData;
}

/** A normalised law: its `kind` (the file's `distribution`) and numeric parameters. */
export interface LawShape {
  readonly kind: string;
}

/** Where a law is read from, and where its problems go. */
export interface LawReadContext {
  /** The law object of the file (already known to be an object). */
  readonly fields: Fields;
  /** Its path, `components[2].failure`. */
  readonly path: string;
  /** Who owns it, for messages: `component "app"`. */
  readonly owner: string;
  readonly timeUnit: TimeUnit;
  readonly issues: IssueList;
  /** Receives the parts of a field given as parts (fields whose spec has `parts`). */
  readonly onParts?: (key: string, parts: TimeParts) => void;
}

/**
 * The random numbers a sampler draws from: the simulation's generator (src/simulation/rng.ts)
 * is one. Laws sit below the simulation, so they name only what they use.
 */
export interface RandomSource {
  /** A uniform variate strictly inside (0, 1). */
  uniform(): number;
  /** A standard normal variate. */
  normal(): number;
}

/** Shows a time quantity of a file with its unit, for summaries ("35,000 h", "5 years"). */
export type ShowTime = (q: Quantity) => string;

/**
 * A law's parameters packed for the simulation's typed arrays: three numbers whose meaning is
 * the module's own (each module says, next to its sampler).
 */
export interface PackedLaw {
  readonly a: number;
  readonly b: number;
  readonly c: number;
}

/**
 * Draws of a law in the simulation. `pack` runs once per block when a design is compiled;
 * `sample` runs in the event loops and must not allocate.
 */
export interface Sampler<L> {
  pack(law: L): PackedLaw;
  /** A draw (life in age units, or repair time), ≥ 0, from packed parameters. */
  sample(a: number, b: number, c: number, rng: RandomSource): number;
}

/**
 * An invertible life law: the life of a unit is a decreasing function of one uniform v, so a
 * unit has failed before t exactly when v > R(t). The mission fast path compares uniforms to
 * R(H) and computes lives only for the units that failed; `sample` must then be
 * `getLife(a, b, c, rng.uniform())`, so both paths use the same uniforms.
 */
export interface Inverse {
  /** R(t) from packed parameters. */
  getSurvival(a: number, b: number, c: number, t: number): number;
  /** The life for the uniform v ∈ (0, 1). */
  getLife(a: number, b: number, c: number, v: number): number;
}

/** A life sampler, with its inverse when the law is invertible. */
export interface LifeSampler<L> extends Sampler<L> {
  readonly inverse: Inverse | null;
}

/** What every law module provides, failure or repair. */
export interface LawModuleBase<L extends LawShape, F extends LawFileShape> {
  /** The file's `distribution` and the normalised law's `kind`. */
  readonly kind: L['kind'];
  /** Ways of entering the law in the inspector, the first being the default. */
  readonly forms: readonly LawForm[];
  /** The form a file is written in (its fields decide, e.g. `mtbf` or `rate`). */
  getFormId(file: F): string;
  /**
   * Reads the law from its file fields (the `distribution` is already known to be this law's);
   * reports every problem at its field's path.
   * @returns the normalised law, or `null` when a field is invalid
   */
  read(ctx: LawReadContext): L | null;
  /** Writes the law back as file fields: `read` gives it back equal. */
  write(law: L): F;
  /** Mean of the law, design time units (Infinity when infinite). */
  getMean(law: L): number;
  /** The catalogue's one-line summary of a file law ("MTBF 35,000 h"). */
  summarize(file: F, showTime: ShowTime): string;
  /** The mean of a file law as a quantity, when it can be said (kept when switching law). */
  getFileMean(file: F): Quantity | null;
  /** The law in form `formId` with the given mean (defaults when a user switches to it). */
  createFile(formId: string, mean: Quantity): F;
}

/** A failure law: a unit's life. */
export interface FailureLawModule<
  L extends LawShape = LawShape,
  F extends LawFileShape = LawFileShape,
> extends LawModuleBase<L, F> {
  /** Words for messages: "a fixed-probability component takes no repair". */
  readonly adjective: string;
  /**
   * True when the unit's state does not depend on time (it works with probability R at every
   * moment, and takes no repair). Its R(t) is the same for every t ≥ 0.
   */
  readonly timeIndependent: boolean;
  /**
   * {R(t), F(t)} for t > 0 (the caller gives {1, 0} for t ≤ 0 unless time-independent), both
   * sides computed directly, never as 1 − the other when that is near 1.
   */
  getSurvivalPair(law: L, t: number): Pair;
  /** R(t) alone for t > 0, without allocating (integrands): the work side of the pair. */
  getSurvival(law: L, t: number): number;
  /**
   * lim R(t) as t → ∞. For a law that is not time-independent it is 0 (it fails surely) or 1
   * (it never fails).
   */
  getSurvivalAtInfinity(law: L): number;
  /**
   * λ when the law has a constant failure rate (memoryless, the exponential law), else `null`.
   * The exact engine's Markov chains and closed forms, and the simulation's inline draws and
   * birth-death chains, key on this.
   */
  getConstantRate(law: L): number | null;
  /**
   * How the simulation draws lives that are neither memoryless nor "never" (`null` when
   * {@link getConstantRate} or {@link getSurvivalAtInfinity} always covers the law).
   */
  readonly sampler: LifeSampler<L> | null;
}

/** A repair law: the time a unit is down for repair. */
export interface RepairLawModule<
  L extends LawShape = LawShape,
  F extends LawFileShape = LawFileShape,
> extends LawModuleBase<L, F> {
  /** μ = 1 / MTTR when repair times are exponential (memoryless), else `null`. */
  getConstantRate(law: L): number | null;
  /** How the simulation draws repair times that are not memoryless (`null`: always are). */
  readonly sampler: Sampler<L> | null;
}

/** The normalised law of a failure module. */
export type LawOf<M> = M extends LawModuleBase<infer L, LawFileShape> ? L : never;
/** The file law of a module. */
export type FileOf<M> = M extends LawModuleBase<LawShape, infer F> ? F : never;
