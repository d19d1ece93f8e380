/**
 * Reads a design's optional `targets` (its service-level objective): a least availability, a
 * most downtime per year, and a least reliability at the mission time. The analysis says of each
 * whether the design meets it (`src/analysis/targets.ts`).
 * Runs anywhere; no DOM.
 */
import type { DesignTargets, TimeUnit } from './types.ts';
import type { IssueList } from './parseRead.ts';
import {
  NON_NEGATIVE,
  PROBABILITY,
  checkFields,
  describeValue,
  isFields,
  readNumber,
} from './parseRead.ts';

const TARGET_FIELDS = ['availability', 'downtimePerYear', 'reliability'];

/** A percentage such as `"99.99%"`, as the probability 0.9999; any other value unchanged. */
function readPercent(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const match = /^\s*(\d+(?:\.\d*)?|\.\d+)\s*%\s*$/.exec(value);
  return match === null ? value : Number(match[1]) / 100;
}

/**
 * Reads `targets` of a design file.
 * @returns the targets, `undefined` when the file has none (or an empty object), `null` when
 *   invalid (reported, each issue naming its field: `targets.availability`)
 */
export function readTargets(
  value: unknown,
  timeUnit: TimeUnit,
  issues: IssueList,
): DesignTargets | null | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isFields(value)) {
    issues.error(
      'wrong-type',
      'targets',
      `invalid targets: ${describeValue(value)} (must be an object such as { "availability": 0.9999 })`,
    );
    return null;
  }
  checkFields(value, 'targets', TARGET_FIELDS, issues);
  const fields = Object.create(null) as Record<string, unknown>;
  for (const key of TARGET_FIELDS) {
    const raw = value[key];
    if (raw !== undefined) fields[key] = key === 'downtimePerYear' ? raw : readPercent(raw);
  }
  const probability = { kind: 'probability', range: PROBABILITY } as const;
  const availability = readNumber(
    fields,
    'availability',
    'targets',
    '',
    probability,
    timeUnit,
    issues,
  );
  const downtime = readNumber(
    fields,
    'downtimePerYear',
    'targets',
    '',
    { kind: 'time', range: NON_NEGATIVE },
    timeUnit,
    issues,
  );
  const reliability = readNumber(
    fields,
    'reliability',
    'targets',
    '',
    probability,
    timeUnit,
    issues,
  );
  if (availability === null || downtime === null || reliability === null) return null;
  if (availability === undefined && downtime === undefined && reliability === undefined) {
    return undefined;
  }
  return {
    ...(availability === undefined ? {} : { availability }),
    ...(downtime === undefined ? {} : { downtimePerYear: downtime }),
    ...(reliability === undefined ? {} : { reliability }),
  };
}
