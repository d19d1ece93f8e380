/**
 * Reading the `redundancy` of a block node: active, or standby (cold, warm, hot) with its dormant
 * factor and switch.
 * Runs anywhere (worker, Node, browser); no DOM.
 */
import type { Redundancy, StandbyKind, TimeParts, TimeUnit } from './types.ts';
import {
  NON_NEGATIVE,
  PROBABILITY,
  checkFields,
  describeValue,
  fieldPath,
  isFields,
  isOneOf,
  missingField,
  own,
  readNumber,
  readRequiredString,
} from './parseRead.ts';
import type { Fields, IssueList } from './parseRead.ts';
import { showInput } from './expression.ts';

/** What the redundancy reader needs from the rest of the file. */
export interface RedundancyContext {
  readonly timeUnit: TimeUnit;
  readonly issues: IssueList;
}

const STANDBY_KINDS: readonly StandbyKind[] = ['cold', 'warm', 'hot'];

/** Reads the `switch` of a standby block. */
function readSwitch(
  value: unknown,
  path: string,
  owner: string,
  ctx: RedundancyContext,
): { success: number; delay: number; delayParts: TimeParts | null } | null {
  if (value === undefined || value === null) return { success: 1, delay: 0, delayParts: null };
  if (!isFields(value)) {
    ctx.issues.error(
      'wrong-type',
      path,
      `invalid switch for ${owner}: ${describeValue(value)} (must be an object)`,
    );
    return null;
  }
  checkFields(value, path, ['successProbability', 'delay'], ctx.issues);
  const success = readNumber(
    value,
    'successProbability',
    path,
    owner,
    { kind: 'probability', range: PROBABILITY },
    ctx.timeUnit,
    ctx.issues,
  );
  let delayParts: TimeParts | null = null;
  const delay = readNumber(
    value,
    'delay',
    path,
    owner,
    {
      kind: 'time',
      range: NON_NEGATIVE,
      onParts: (parts) => {
        delayParts = parts;
      },
    },
    ctx.timeUnit,
    ctx.issues,
  );
  if (success === null || delay === null) return null;
  if (success === 0) {
    ctx.issues.warn(
      'switch-never-works',
      fieldPath(path, 'successProbability'),
      `${owner} has switch success probability 0: its spares never help`,
    );
  }
  return { success: success ?? 1, delay: delay ?? 0, delayParts };
}

/** Reads the dormant factor of a standby block against the rules of its standby kind. */
function readDormantFactor(
  value: Fields,
  path: string,
  owner: string,
  standby: StandbyKind,
  ctx: RedundancyContext,
): number | null {
  const at = fieldPath(path, 'dormantFactor');
  const factor = readNumber(
    value,
    'dormantFactor',
    path,
    owner,
    { kind: 'number', range: { min: 0, max: 1 } },
    ctx.timeUnit,
    ctx.issues,
  );
  if (factor === null) return null;
  const rule =
    standby === 'cold'
      ? 'a cold standby has dormantFactor 0'
      : standby === 'hot'
        ? 'a hot standby has dormantFactor 1'
        : 'a warm standby needs 0 < dormantFactor < 1';
  if (factor === undefined) {
    if (standby === 'cold') return 0;
    if (standby === 'hot') return 1;
    ctx.issues.error('standby-factor', at, `${missingField('dormantFactor', owner)} (${rule})`);
    return null;
  }
  const ok =
    standby === 'cold' ? factor === 0 : standby === 'hot' ? factor === 1 : factor > 0 && factor < 1;
  if (!ok) {
    ctx.issues.error(
      'standby-factor',
      at,
      `invalid dormantFactor for ${owner}: ${factor} (${rule})`,
    );
    return null;
  }
  return factor;
}

/**
 * Reads the `redundancy` of a block node; absent means active. Standby rules: a cold spare has
 * dormantFactor 0 and a hot one 1 (the defaults), a warm one needs 0 < dormantFactor < 1.
 * @returns the normalised redundancy, or `null` when invalid (reported)
 */
export function readRedundancy(
  value: unknown,
  path: string,
  owner: string,
  ctx: RedundancyContext,
): Redundancy | null {
  if (value === undefined || value === null) return { kind: 'active' };
  if (!isFields(value)) {
    ctx.issues.error(
      'wrong-type',
      path,
      `invalid redundancy for ${owner}: ${describeValue(value)} (must be an object)`,
    );
    return null;
  }
  const type = readRequiredString(value, 'type', path, `the redundancy of ${owner}`, ctx.issues);
  if (type === null) return null;
  if (type === 'active') {
    checkFields(value, path, ['type'], ctx.issues);
    return { kind: 'active' };
  }
  if (type !== 'standby') {
    ctx.issues.error(
      'unknown-kind',
      fieldPath(path, 'type'),
      `unknown redundancy type ${showInput(type)} for ${owner} (must be active or standby)`,
    );
    return null;
  }
  checkFields(value, path, ['type', 'standby', 'dormantFactor', 'switch'], ctx.issues);
  const standby = readRequiredString(value, 'standby', path, owner, ctx.issues);
  const sw = readSwitch(own(value, 'switch'), fieldPath(path, 'switch'), owner, ctx);
  if (standby === null) return null;
  if (!isOneOf(STANDBY_KINDS, standby)) {
    ctx.issues.error(
      'unknown-kind',
      fieldPath(path, 'standby'),
      `unknown standby kind ${showInput(standby)} for ${owner} (must be cold, warm or hot)`,
    );
    return null;
  }
  const dormantFactor = readDormantFactor(value, path, owner, standby, ctx);
  if (dormantFactor === null || sw === null) return null;
  return {
    kind: 'standby',
    standby,
    dormantFactor,
    switchSuccess: sw.success,
    switchDelay: sw.delay,
    ...(sw.delayParts === null ? {} : { switchDelayParts: sw.delayParts }),
  };
}
