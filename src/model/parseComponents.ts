/**
 * Reading the component catalogue of a design file: failure and repair laws, cost.
 * Runs anywhere (worker, Node, browser); no DOM.
 */
import type { Component, FailureLaw, RepairLaw, TimeUnit } from './types.ts';
import {
  NON_NEGATIVE,
  POSITIVE,
  PROBABILITY,
  checkFields,
  describeValue,
  fieldPath,
  isFields,
  itemPath,
  missingField,
  own,
  readNumber,
  readRequiredNumber,
  readRequiredString,
  readString,
} from './parseRead.ts';
import type { Fields, IssueList, NumberSpec } from './parseRead.ts';
import { showInput } from './expression.ts';

/** The catalogue as read: valid components, and every id declared (valid or not). */
export interface ComponentsRead {
  /** Components whose every field is valid, in file order. */
  readonly components: readonly Component[];
  /** Ids of all components with a usable id, so nodes naming them are not also reported. */
  readonly ids: ReadonlySet<string>;
}

/** Reads one (required) numeric parameter of a law; `null` when missing or invalid. */
type Reader = (key: string, spec: NumberSpec) => number | null;

const POSITIVE_TIME: NumberSpec = { kind: 'time', range: POSITIVE };
const NON_NEGATIVE_TIME: NumberSpec = { kind: 'time', range: NON_NEGATIVE };

/** Makes a {@link Reader} for the fields of `law`. */
function lawReader(
  law: Fields,
  path: string,
  owner: string,
  timeUnit: TimeUnit,
  issues: IssueList,
): Reader {
  return (key, spec) => readRequiredNumber(law, key, path, owner, spec, timeUnit, issues);
}

/** Reads the `distribution` field of a law, reporting it when missing or not a string. */
function readDistribution(
  law: Fields,
  path: string,
  owner: string,
  issues: IssueList,
): string | null {
  return readRequiredString(law, 'distribution', path, owner, issues);
}

/** Reads a failure law; `null` when invalid (reported). */
function readFailure(
  value: unknown,
  path: string,
  id: string,
  timeUnit: TimeUnit,
  issues: IssueList,
): FailureLaw | null {
  const owner = `component ${showInput(id)}`;
  if (!isFields(value)) {
    issues.error(
      'wrong-type',
      path,
      `invalid failure for ${owner}: ${describeValue(value)} (must be an object)`,
    );
    return null;
  }
  const lawOwner = `the failure law of ${owner}`;
  const distribution = readDistribution(value, path, lawOwner, issues);
  if (distribution === null) return null;
  const read = lawReader(value, path, owner, timeUnit, issues);
  switch (distribution) {
    case 'exponential': {
      checkFields(value, path, ['distribution', 'mtbf', 'rate'], issues);
      const hasMtbf = own(value, 'mtbf') !== undefined && own(value, 'mtbf') !== null;
      const hasRate = own(value, 'rate') !== undefined && own(value, 'rate') !== null;
      if (hasMtbf === hasRate) {
        issues.error(
          'exponential-parameters',
          path,
          hasMtbf
            ? `exponential failure of ${owner} takes either mtbf or rate, not both`
            : `exponential failure of ${owner} needs mtbf or rate`,
        );
        return null;
      }
      if (hasMtbf) {
        const mtbf = read('mtbf', POSITIVE_TIME);
        if (mtbf === null) return null;
        const rate = 1 / mtbf;
        if (!Number.isFinite(rate)) {
          issues.error(
            'out-of-range',
            fieldPath(path, 'mtbf'),
            `invalid mtbf for ${owner}: ${mtbf} (too small: 1/mtbf is not a finite rate)`,
          );
          return null;
        }
        return { kind: 'exponential', rate };
      }
      const rate = read('rate', { kind: 'rate', range: NON_NEGATIVE });
      if (rate === null) return null;
      if (rate === 0) {
        issues.warn(
          'never-fails',
          fieldPath(path, 'rate'),
          `${owner} has failure rate 0: it never fails`,
        );
      }
      return { kind: 'exponential', rate };
    }
    case 'weibull': {
      checkFields(value, path, ['distribution', 'shape', 'scale'], issues);
      const shape = read('shape', { kind: 'number', range: POSITIVE });
      const scale = read('scale', POSITIVE_TIME);
      if (shape === null || scale === null) return null;
      return { kind: 'weibull', shape, scale };
    }
    case 'lognormal': {
      checkFields(value, path, ['distribution', 'mean', 'sd'], issues);
      const mean = read('mean', POSITIVE_TIME);
      const sd = read('sd', NON_NEGATIVE_TIME);
      if (mean === null || sd === null) return null;
      return { kind: 'lognormal', mean, sd };
    }
    case 'fixed': {
      checkFields(value, path, ['distribution', 'reliability'], issues);
      const reliability = read('reliability', { kind: 'probability', range: PROBABILITY });
      if (reliability === null) return null;
      return { kind: 'fixed', reliability };
    }
    default:
      issues.error(
        'unknown-distribution',
        fieldPath(path, 'distribution'),
        `unknown failure distribution ${showInput(distribution)} for ${owner} ` +
          '(must be exponential, weibull, lognormal or fixed)',
      );
      return null;
  }
}

/** Reads a repair law; `null` when invalid (reported). */
function readRepair(
  value: Fields,
  path: string,
  id: string,
  timeUnit: TimeUnit,
  issues: IssueList,
): RepairLaw | null {
  const owner = `component ${showInput(id)}`;
  const distribution = readDistribution(value, path, `the repair law of ${owner}`, issues);
  if (distribution === null) return null;
  const read = lawReader(value, path, owner, timeUnit, issues);
  switch (distribution) {
    case 'exponential': {
      checkFields(value, path, ['distribution', 'mttr'], issues);
      const mttr = read('mttr', NON_NEGATIVE_TIME);
      return mttr === null ? null : { kind: 'exponential', mttr };
    }
    case 'lognormal': {
      checkFields(value, path, ['distribution', 'mean', 'sd'], issues);
      const mean = read('mean', POSITIVE_TIME);
      const sd = read('sd', NON_NEGATIVE_TIME);
      return mean === null || sd === null ? null : { kind: 'lognormal', mean, sd };
    }
    case 'fixed': {
      checkFields(value, path, ['distribution', 'time'], issues);
      const time = read('time', NON_NEGATIVE_TIME);
      return time === null ? null : { kind: 'fixed', time };
    }
    default:
      issues.error(
        'unknown-distribution',
        fieldPath(path, 'distribution'),
        `unknown repair distribution ${showInput(distribution)} for ${owner} ` +
          '(must be exponential, lognormal or fixed)',
      );
      return null;
  }
}

/** Reads one component; `null` when any field is invalid (reported). */
function readComponent(
  value: Fields,
  path: string,
  id: string,
  timeUnit: TimeUnit,
  issues: IssueList,
): Component | null {
  const owner = `component ${showInput(id)}`;
  checkFields(value, path, ['id', 'name', 'failure', 'repair', 'cost'], issues);
  const name = readString(value, 'name', path, owner, issues);
  const rawFailure = own(value, 'failure');
  let failure: FailureLaw | null = null;
  if (rawFailure === undefined || rawFailure === null) {
    issues.error('missing-field', fieldPath(path, 'failure'), missingField('failure', owner));
  } else {
    failure = readFailure(rawFailure, fieldPath(path, 'failure'), id, timeUnit, issues);
  }
  const rawRepair = own(value, 'repair');
  const repairPath = fieldPath(path, 'repair');
  let repair: RepairLaw | null = null;
  let repairOk = true;
  if (rawRepair !== undefined && rawRepair !== null) {
    if (!isFields(rawRepair)) {
      issues.error(
        'wrong-type',
        repairPath,
        `invalid repair for ${owner}: ${describeValue(rawRepair)} (must be an object)`,
      );
      repairOk = false;
    } else if (failure?.kind === 'fixed') {
      issues.error(
        'fixed-with-repair',
        repairPath,
        `a fixed-probability component takes no repair (${owner})`,
      );
      repairOk = false;
    } else {
      repair = readRepair(rawRepair, repairPath, id, timeUnit, issues);
      repairOk = repair !== null;
    }
  }
  const cost = readNumber(
    value,
    'cost',
    path,
    owner,
    { kind: 'number', range: NON_NEGATIVE },
    timeUnit,
    issues,
  );
  if (name === null || failure === null || !repairOk || cost === null) return null;
  return { id, name: name ?? id, failure, repair, cost: cost ?? null };
}

/**
 * Reads the `components` list of a design file.
 * @param value the raw `components` field
 * @param timeUnit the design's time unit: parameters are converted to it
 * @returns valid components and the set of declared ids; problems go to `issues`
 */
export function readComponents(
  value: unknown,
  timeUnit: TimeUnit,
  issues: IssueList,
): ComponentsRead {
  const components: Component[] = [];
  const ids = new Set<string>();
  const firstAt = new Map<string, string>();
  if (value === undefined || value === null) {
    issues.error('missing-field', 'components', missingField('components', ''));
    return { components, ids };
  }
  if (!Array.isArray(value)) {
    issues.error(
      'wrong-type',
      'components',
      `invalid components: ${describeValue(value)} (must be a list)`,
    );
    return { components, ids };
  }
  value.forEach((raw: unknown, i) => {
    const path = itemPath('components', i);
    if (!isFields(raw)) {
      issues.error(
        'wrong-type',
        path,
        `invalid component: ${describeValue(raw)} (must be an object)`,
      );
      return;
    }
    const id = readRequiredString(raw, 'id', path, 'a component', issues, { nonEmpty: true });
    if (id === null) return;
    const first = firstAt.get(id);
    if (first !== undefined) {
      issues.error(
        'duplicate-id',
        fieldPath(path, 'id'),
        `duplicate component id ${showInput(id)} (first used at ${first})`,
      );
      return;
    }
    firstAt.set(id, path);
    ids.add(id);
    const component = readComponent(raw, path, id, timeUnit, issues);
    if (component !== null) components.push(component);
  });
  return { components, ids };
}
