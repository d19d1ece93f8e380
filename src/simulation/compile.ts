/**
 * Compiles a design into the flat, typed-array form the simulation loops read: blocks with
 * their laws as numeric codes, units, gates with predecessor and successor lists (CSR), and the
 * gates each block feeds. Also validates run options.
 * Runs anywhere; no DOM.
 */
import type { Design } from '../model/types.ts';
import { createFlatStructure } from '../model/structure.ts';
import type { Result } from '../util/result.ts';
import { isValidSeed } from './rng.ts';
import { createLifeCode, createRepairCode, LIFE_STATIC, REPAIR_NONE } from './sampling.ts';
import type { SimulationIssue, SimulationOptions } from './types.ts';

/** Largest number of traced histories per run. */
export const MAX_TRACED_HISTORIES = 16;

/** A design ready for simulation. Block-indexed arrays have `blockCount` entries. */
export interface CompiledModel {
  readonly blockIds: readonly string[];
  readonly blockNodeIds: readonly (readonly string[])[];
  readonly blockCount: number;
  readonly unitCount: number;
  readonly gateCount: number;
  /** Gate whose reachability is the system state. */
  readonly output: number;
  /** Block of each unit. */
  readonly unitBlock: Int32Array;
  /** First unit of each block; units of block b are blockFirst[b] .. blockFirst[b] + qty − 1. */
  readonly blockFirst: Int32Array;
  readonly blockQuantity: Int32Array;
  readonly blockRequired: Int32Array;
  /** 1: standby redundancy with at least one spare; 0: active (or time-independent). */
  readonly blockStandby: Uint8Array;
  /** 1: a time-independent law (state drawn once per history). */
  readonly blockStatic: Uint8Array;
  readonly dormantFactor: Float64Array;
  readonly switchSuccess: Float64Array;
  readonly switchDelay: Float64Array;
  /** Life and repair laws as codes and parameters (sampling.ts). */
  readonly lifeKind: Uint8Array;
  readonly lifeA: Float64Array;
  readonly lifeB: Float64Array;
  readonly lifeC: Float64Array;
  /** Mean life, time units (Infinity: never fails, or an infinite mean). */
  readonly lifeMean: Float64Array;
  readonly repairKind: Uint8Array;
  readonly repairA: Float64Array;
  readonly repairB: Float64Array;
  readonly repairC: Float64Array;
  /** Mean repair time, time units (Infinity: never repaired). */
  readonly repairMean: Float64Array;
  /** Block of each gate, −1 for none. */
  readonly gateBlock: Int32Array;
  readonly gateThreshold: Int32Array;
  readonly predStart: Int32Array;
  readonly preds: Int32Array;
  readonly succStart: Int32Array;
  readonly succs: Int32Array;
  /** Gates drawing each block (several for a repeated block). */
  readonly blockGateStart: Int32Array;
  readonly blockGates: Int32Array;
  /** Some standby block has a switch-over delay (system up ≠ system not failed). */
  readonly hasSwitchDelay: boolean;
  /** Some block can be repaired. */
  readonly hasRepair: boolean;
}

function toCsr(lists: readonly (readonly number[])[]): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(lists.length + 1);
  for (let i = 0; i < lists.length; i++) start[i + 1] = start[i]! + lists[i]!.length;
  const items = new Int32Array(start[lists.length]!);
  for (let i = 0; i < lists.length; i++) items.set(lists[i]!, start[i]);
  return { start, items };
}

/**
 * Compiles a validated design.
 * @param design a design accepted by `parseDesign`
 * @returns the compiled model
 * @example
 * const model = compileModel(design);
 * model.unitCount; // physical units simulated per history
 */
export function compileModel(design: Design): CompiledModel {
  const flat = createFlatStructure(design);
  const blockCount = flat.blocks.length;
  const blockFirst = new Int32Array(blockCount);
  const blockQuantity = new Int32Array(blockCount);
  const blockRequired = new Int32Array(blockCount);
  const blockStandby = new Uint8Array(blockCount);
  const blockStatic = new Uint8Array(blockCount);
  const dormantFactor = new Float64Array(blockCount);
  const switchSuccess = new Float64Array(blockCount).fill(1);
  const switchDelay = new Float64Array(blockCount);
  const lifeKind = new Uint8Array(blockCount);
  const lifeA = new Float64Array(blockCount);
  const lifeB = new Float64Array(blockCount);
  const lifeC = new Float64Array(blockCount);
  const lifeMean = new Float64Array(blockCount);
  const repairKind = new Uint8Array(blockCount);
  const repairA = new Float64Array(blockCount);
  const repairB = new Float64Array(blockCount);
  const repairC = new Float64Array(blockCount);
  const repairMean = new Float64Array(blockCount);
  let unitCount = 0;
  let hasSwitchDelay = false;
  let hasRepair = false;
  for (const block of flat.blocks) {
    const b = block.index;
    blockFirst[b] = unitCount;
    blockQuantity[b] = block.quantity;
    blockRequired[b] = block.required;
    unitCount += block.quantity;
    const life = createLifeCode(block.component.failure);
    lifeKind[b] = life.kind;
    lifeA[b] = life.a;
    lifeB[b] = life.b;
    lifeC[b] = life.c;
    lifeMean[b] = life.mean;
    const isStatic = life.kind === LIFE_STATIC;
    blockStatic[b] = isStatic ? 1 : 0;
    const repair = createRepairCode(isStatic ? null : block.component.repair);
    repairKind[b] = repair.kind;
    repairA[b] = repair.a;
    repairB[b] = repair.b;
    repairC[b] = repair.c;
    repairMean[b] = repair.mean;
    if (repair.kind !== REPAIR_NONE) hasRepair = true;
    const r = block.redundancy;
    // Like the exact engine: no spare, or hot spares behind a perfect instant switch, is active.
    const isStandby =
      r.kind === 'standby' &&
      !isStatic &&
      block.quantity > block.required &&
      !(r.standby === 'hot' && r.switchSuccess === 1 && r.switchDelay === 0);
    if (isStandby) {
      blockStandby[b] = 1;
      dormantFactor[b] = r.dormantFactor;
      switchSuccess[b] = r.switchSuccess;
      switchDelay[b] = r.switchDelay;
      if (r.switchDelay > 0) hasSwitchDelay = true;
    }
  }
  const unitBlock = new Int32Array(unitCount);
  for (let b = 0; b < blockCount; b++) {
    unitBlock.fill(b, blockFirst[b], blockFirst[b]! + blockQuantity[b]!);
  }
  const gateCount = flat.gates.length;
  const gateBlock = new Int32Array(gateCount);
  const gateThreshold = new Int32Array(gateCount);
  const succLists: number[][] = Array.from({ length: gateCount }, () => []);
  const blockGateLists: number[][] = Array.from({ length: blockCount }, () => []);
  flat.gates.forEach((gate, g) => {
    gateBlock[g] = gate.block;
    gateThreshold[g] = gate.threshold;
    for (const p of gate.preds) succLists[p]!.push(g);
    if (gate.block >= 0) blockGateLists[gate.block]!.push(g);
  });
  const predCsr = toCsr(flat.gates.map((gate) => gate.preds));
  const succCsr = toCsr(succLists);
  const blockGateCsr = toCsr(blockGateLists);
  return {
    blockIds: flat.blocks.map((b) => b.id),
    blockNodeIds: flat.blocks.map((b) => b.nodeIds),
    blockCount,
    unitCount,
    gateCount,
    output: flat.output,
    unitBlock,
    blockFirst,
    blockQuantity,
    blockRequired,
    blockStandby,
    blockStatic,
    dormantFactor,
    switchSuccess,
    switchDelay,
    lifeKind,
    lifeA,
    lifeB,
    lifeC,
    lifeMean,
    repairKind,
    repairA,
    repairB,
    repairC,
    repairMean,
    gateBlock,
    gateThreshold,
    predStart: predCsr.start,
    preds: predCsr.items,
    succStart: succCsr.start,
    succs: succCsr.items,
    blockGateStart: blockGateCsr.start,
    blockGates: blockGateCsr.items,
    hasSwitchDelay,
    hasRepair,
  };
}

function issue(path: string, message: string): SimulationIssue {
  return { code: 'invalid-options', path, message };
}

/**
 * Checks run options (they may come from a command line or a message: never trust them).
 * @param options candidate options
 * @returns the options, or issues naming each bad field
 */
export function validateSimulationOptions(
  options: SimulationOptions,
): Result<SimulationOptions, SimulationIssue[]> {
  const issues: SimulationIssue[] = [];
  const { trials, horizon, seed, crews, traceHistories } = options;
  if (!Number.isSafeInteger(trials) || trials < 1) {
    issues.push(issue('trials', `invalid number of trials: ${trials} (must be an integer ≥ 1)`));
  }
  if (typeof horizon !== 'number' || !Number.isFinite(horizon) || horizon <= 0) {
    issues.push(issue('horizon', `invalid horizon: ${horizon} (must be a finite number > 0)`));
  }
  if (typeof seed !== 'number' || !isValidSeed(seed)) {
    issues.push(issue('seed', `invalid seed: ${seed} (must be an integer in [0, 2^53))`));
  }
  if (crews !== undefined && (!Number.isSafeInteger(crews) || crews < 1)) {
    issues.push(issue('crews', `invalid number of crews: ${crews} (must be an integer ≥ 1)`));
  }
  if (options.repair !== undefined && typeof options.repair !== 'boolean') {
    issues.push(
      issue('repair', `invalid repair flag: ${String(options.repair)} (must be a boolean)`),
    );
  }
  if (options.reliabilityOnly !== undefined && typeof options.reliabilityOnly !== 'boolean') {
    issues.push(
      issue(
        'reliabilityOnly',
        `invalid flag: ${String(options.reliabilityOnly)} (must be a boolean)`,
      ),
    );
  }
  if (options.reliabilityOnly === true && options.repair === true) {
    issues.push(
      issue(
        'reliabilityOnly',
        'reliability only means no repair: leave repair out or set it to false',
      ),
    );
  }
  if (
    options.reliabilityOnly === true &&
    traceHistories !== undefined &&
    traceHistories.length > 0
  ) {
    issues.push(
      issue('traceHistories', 'traces need failure times: not available with reliabilityOnly'),
    );
  }
  if (traceHistories !== undefined) {
    if (traceHistories.length > MAX_TRACED_HISTORIES) {
      issues.push(
        issue(
          'traceHistories',
          `too many traced histories: ${traceHistories.length} (at most ${MAX_TRACED_HISTORIES})`,
        ),
      );
    }
    for (const h of traceHistories) {
      if (!Number.isSafeInteger(h) || h < 0 || h >= trials) {
        issues.push(
          issue('traceHistories', `invalid traced history: ${h} (must be in [0, ${trials}))`),
        );
      }
    }
  }
  return issues.length > 0 ? { ok: false, error: issues } : { ok: true, value: options };
}
