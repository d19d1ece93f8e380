/**
 * The product's one table of issue codes: every code the parser, the exact engine, the
 * simulation and the workers report, with what it means. The codes appear in the command line's
 * JSON output and in the messages users see; they are stable (add codes, never rename one). Each
 * issue still carries its own message, which names the field, block or value concerned; the
 * meaning here is the general sentence, as listed in src/model/README.md.
 * Runs anywhere (worker, Node, browser); no DOM.
 */

/** Codes of the design file's errors and warnings (src/model/parse.ts and src/laws). */
export const DESIGN_CODES = {
  'not-json': 'the text is not valid JSON',
  'not-object': 'the file is not a JSON object',
  'too-large': 'the file, a list or a nesting is larger than the limits allow',
  'string-too-long': 'a string is longer than the limit',
  'unsafe-key': 'a key such as `__proto__` that could alter objects is refused',
  'too-many-issues': 'more issues than are listed (1000 of each severity); the rest are counted',
  'bad-format': 'the file does not say it is an RBD Studio design',
  'bad-version': 'the file is of a version this build does not read',
  'bad-time-unit': 'the time unit is not one the format knows',
  'missing-field': 'a required field is absent',
  'wrong-type': 'a field has the wrong type',
  'unknown-field': 'a field the format does not know (ignored, outside `ui`)',
  'invalid-number': 'a number or expression cannot be read',
  'out-of-range': 'a value is outside the range its field allows',
  'default-name': 'the design has no name; a default is used',
  'default-mission-time': 'the design has no mission time; a default is used',
  'duplicate-id': 'two components, nodes or subsystems share an id',
  'unknown-component': 'a block names a component type that does not exist',
  'unknown-node': 'an edge or a repeat names a node that does not exist',
  'unknown-subsystem': 'a subsystem node names a subsystem that does not exist',
  'unknown-kind': 'a node has a kind the format does not know',
  'unknown-distribution': 'a failure or repair law the format does not know',
  'exponential-parameters': 'an exponential failure law needs exactly one of `mtbf` and `rate`',
  'fixed-with-repair': 'a failure law that takes no repair was given a repair law',
  'standby-factor': 'a standby dormant factor is missing or does not match its kind',
  'never-fails': 'a component type with failure rate 0 never fails',
  'no-spare': 'a standby block without a spare behaves as a single unit',
  'switch-never-works': 'a switch-over that never succeeds makes the spares useless',
  'repeat-field-ignored': 'a block that repeats another has a field of its own, ignored',
  'bad-repeat': 'a block repeats itself, a node that is not a block, or a repeat',
  'bad-edge': 'an edge is not well formed (into `start`, out of `end`…)',
  'duplicate-edge': 'the same edge is listed twice',
  'start-end': 'a diagram needs exactly one start and one end',
  cycle: 'the diagram has a cycle',
  'off-path': 'a node is on no path from start to end',
  'required-above-quantity': 'a k-of-n block requires more units than it has',
  'too-few-predecessors': "`inputs` or `required` is larger than the node's number of predecessors",
  'recursive-subsystem': 'a subsystem contains itself',
  'unused-subsystem': 'a subsystem that no node uses',
  'bad-member':
    'a zone or common-cause member is not a block (or, for a zone, a subsystem) of its diagram, or is listed twice',
  'common-cause-law':
    'the members of a common-cause group use different components or a failure law that is not exponential',
} as const;

/** Codes of the exact engine's warnings (a figure it could not give exactly, and why). */
export const ANALYSIS_CODES = {
  'steady-state-not-exact': 'the steady-state figures are not exactly computable',
  'reliability-not-exact': 'R(t) is not exactly computable for a block of this design',
  'availability-not-exact': 'A(t) is not exactly computable for a block of this design',
  'mean-availability-not-exact': 'the mean availability is not exactly computable',
  'mean-availability-not-converged': 'the mean availability integral did not converge',
  'mttf-not-exact': 'the MTTF is not exactly computable for this design',
  'mttf-not-converged': 'the MTTF integral did not converge',
  'mttf-unbounded': 'the MTTF is unbounded (the system may never fail)',
  'mttf-too-large': 'the MTTF is finite but larger than the largest number (1.8e308)',
  'b-life-not-exact': 'a B-life is not exactly computable for this design',
  'b-life-not-converged': 'a B-life was not found within the search range',
  'cut-sets-too-many': 'the minimal cut sets are too many to find within the budget',
  'shared-fate':
    'every unit of a redundant block sits in one zone or common-cause group: the redundancy adds nothing against it',
} as const;

/** Codes of a run that did not give a result (simulation, workers). */
export const RUN_CODES = {
  'invalid-options': 'a run option (trials, horizon, seed…) is not valid',
  'invalid-design': 'the design is not valid, so it cannot run',
  cancelled: 'the run was cancelled',
  'worker-failed': 'a worker stopped or could not start; the work it had is lost',
  internal: 'a defect of the product, not of the design: please report it',
} as const;

/** Codes of the app's design library (designs stored in the browser or fetched for it). */
export const LIBRARY_CODES = {
  'damaged-entry': 'a design stored in this browser cannot be read back',
  example: 'an example design could not be fetched or read',
  'bad-link': 'a share link is damaged or holds no design',
  unreadable: 'the browser could not read the chosen file',
} as const;

/** Every code with its meaning. */
export const ISSUE_CODES = {
  ...DESIGN_CODES,
  ...ANALYSIS_CODES,
  ...RUN_CODES,
  ...LIBRARY_CODES,
} as const;

/** A code of the design file's issues. */
export type DesignIssueCode = keyof typeof DESIGN_CODES | 'internal';
/** A code of the exact engine's warnings. */
export type AnalysisCode = keyof typeof ANALYSIS_CODES;
/** A code of a run's issues. */
export type RunCode = keyof typeof RUN_CODES;
/** Any code of the product. */
export type IssueCode = keyof typeof ISSUE_CODES;

/**
 * The general meaning of a code, for a code read back from a file or another build.
 * @returns the meaning, or `undefined` for a code this build does not know
 * @example
 * describeIssueCode('cycle'); // 'the diagram has a cycle'
 */
export function describeIssueCode(code: string): string | undefined {
  return Object.hasOwn(ISSUE_CODES, code) ? ISSUE_CODES[code as IssueCode] : undefined;
}

/**
 * The end of a switch over a closed union: a compile error when a case is missing, a thrown
 * defect (never user input) if a value outside the union arrives at run time.
 * @example
 * default: return assertNever(node, 'node');
 */
export function assertNever(value: never, what: string): never {
  throw new Error(`internal: unexpected ${what} ${JSON.stringify(value)}`);
}
