/**
 * Reading the component catalogue of a design file: failure and repair laws (each read by its
 * module in src/laws/registry.ts), cost.
 * Runs anywhere (worker, Node, browser); no DOM.
 */
import type { Component, FailureLaw, RepairLaw, TimeParts, TimeUnit } from './types.ts';
import {
  NON_NEGATIVE,
  checkFields,
  describeValue,
  fieldPath,
  isFields,
  itemPath,
  missingField,
  own,
  readNumber,
  readRequiredString,
  readString,
} from './parseRead.ts';
import type { Fields, IssueList } from './parseRead.ts';
import { showInput } from './expression.ts';
import type { LawFileShape, LawModuleBase, LawShape } from '../laws/lawModule.ts';
import { getLawKeys } from '../laws/read.ts';
import { FAILURE_MODULES, REPAIR_MODULES, getFailureModule } from '../laws/registry.ts';

/** The catalogue as read: valid components, and every id declared (valid or not). */
export interface ComponentsRead {
  /** Components whose every field is valid, in file order. */
  readonly components: readonly Component[];
  /** Ids of all components with a usable id, so nodes naming them are not also reported. */
  readonly ids: ReadonlySet<string>;
}

/** `a, b or c`. */
function listNames(names: readonly string[]): string {
  return names.length < 2
    ? names.join('')
    : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]!}`;
}

/**
 * Reads a law of the registry's list: its `distribution` names the module, which reads its own
 * fields (unknown fields are warned about here, from the module's field specs).
 * @param role `failure` or `repair`, for messages
 * @returns the law, or `null` when invalid (reported)
 */
function readLaw<L extends LawShape>(
  value: Fields,
  path: string,
  id: string,
  timeUnit: TimeUnit,
  issues: IssueList,
  role: 'failure' | 'repair',
  modules: readonly LawModuleBase<L, LawFileShape>[],
  parts: Record<string, TimeParts>,
): L | null {
  const owner = `component ${showInput(id)}`;
  const distribution = readRequiredString(
    value,
    'distribution',
    path,
    `the ${role} law of ${owner}`,
    issues,
  );
  if (distribution === null) return null;
  const module = modules.find((m) => m.kind === distribution);
  if (module === undefined) {
    issues.error(
      'unknown-distribution',
      fieldPath(path, 'distribution'),
      `unknown ${role} distribution ${showInput(distribution)} for ${owner} ` +
        `(must be ${listNames(modules.map((m) => m.kind))})`,
    );
    return null;
  }
  checkFields(value, path, getLawKeys(module.forms), issues);
  return module.read({
    fields: value,
    path,
    owner,
    timeUnit,
    issues,
    onParts: (key, given) => {
      parts[`${role}.${key}`] = given;
    },
  });
}

/** Longest `source` of a component (where its figures come from). */
export const MAX_SOURCE_LENGTH = 500;

/** Reads one component; `null` when any field is invalid (reported). */
export function readComponent(
  value: Fields,
  path: string,
  id: string,
  timeUnit: TimeUnit,
  issues: IssueList,
): Component | null {
  const owner = `component ${showInput(id)}`;
  checkFields(value, path, ['id', 'name', 'failure', 'repair', 'cost', 'source'], issues);
  const name = readString(value, 'name', path, owner, issues);
  const timeParts: Record<string, TimeParts> = {};
  const rawFailure = own(value, 'failure');
  let failure: FailureLaw | null = null;
  if (rawFailure === undefined || rawFailure === null) {
    issues.error('missing-field', fieldPath(path, 'failure'), missingField('failure', owner));
  } else {
    const failurePath = fieldPath(path, 'failure');
    if (!isFields(rawFailure)) {
      issues.error(
        'wrong-type',
        failurePath,
        `invalid failure for ${owner}: ${describeValue(rawFailure)} (must be an object)`,
      );
    } else {
      failure = readLaw(
        rawFailure,
        failurePath,
        id,
        timeUnit,
        issues,
        'failure',
        FAILURE_MODULES,
        timeParts,
      );
    }
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
    } else if (failure !== null && getFailureModule(failure).timeIndependent) {
      issues.error(
        'fixed-with-repair',
        repairPath,
        `a ${getFailureModule(failure).adjective} component takes no repair (${owner})`,
      );
      repairOk = false;
    } else {
      repair = readLaw(
        rawRepair,
        repairPath,
        id,
        timeUnit,
        issues,
        'repair',
        REPAIR_MODULES,
        timeParts,
      );
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
  const source = readString(value, 'source', path, owner, issues, {
    maxLength: MAX_SOURCE_LENGTH,
  });
  if (name === null || failure === null || !repairOk || cost === null || source === null) {
    return null;
  }
  return {
    id,
    name: name ?? id,
    failure,
    repair,
    cost: cost ?? null,
    ...(source === undefined ? {} : { source }),
    ...(Object.keys(timeParts).length === 0 ? {} : { timeParts }),
  };
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
