/**
 * Per-block reliability curves R_b(t), computed on the main thread from the design file for the
 * cases where that is cheap and exact: a block of n identical units with active redundancy
 * (k of n must work) whose units have an exponential, Weibull or fixed life law.
 *
 * The engine has no per-block curve API yet (`analyze` returns per-block reliability only at the
 * mission time), so standby blocks and lognormal lives are not drawn here; see
 * app/results/README.md for the API that would cover every block.
 * Pure; runs anywhere.
 */
import type { BlockResult, Result, TimeUnit } from '../../src/index.ts';
import { evaluateQuantity } from '../../src/index.ts';

/** Life law of one unit, in design time units. */
export type UnitLaw =
  | { readonly kind: 'exponential'; readonly rate: number }
  | { readonly kind: 'weibull'; readonly shape: number; readonly scale: number }
  | { readonly kind: 'fixed'; readonly reliability: number };

/** What a per-block curve needs. */
export interface BlockCurveModel {
  readonly id: string;
  readonly law: UnitLaw;
  readonly quantity: number;
  readonly required: number;
}

/** A probability of working and of failing, each computed directly. */
export interface WorkFail {
  readonly work: number;
  readonly fail: number;
}

/** Largest block quantity drawn here. */
const MAX_QUANTITY = 10_000;

type Fields = Readonly<Record<string, unknown>>;

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function findNode(diagram: unknown, id: string): Fields | null {
  if (!isFields(diagram) || !Array.isArray(diagram.nodes)) return null;
  const nodes: readonly unknown[] = diagram.nodes;
  for (const node of nodes) if (isFields(node) && node.id === id) return node;
  return null;
}

/** Finds the block node of a path id (`site1/db`: node `db` of the subsystem behind `site1`). */
function findBlockNode(design: Fields, path: string): Fields | null {
  const parts = path.split('/');
  let diagram: unknown = design.diagram;
  for (const part of parts.slice(0, -1)) {
    const node = findNode(diagram, part);
    if (node?.kind !== 'subsystem' || typeof node.subsystem !== 'string') return null;
    const subsystems = design.subsystems;
    diagram = isFields(subsystems) ? subsystems[node.subsystem] : undefined;
  }
  const node = findNode(diagram, parts[parts.length - 1] ?? '');
  return node?.kind === 'block' ? node : null;
}

type Quantity = Parameters<typeof evaluateQuantity>[1];

function read(
  fields: Fields,
  key: string,
  kind: Quantity,
  unit: TimeUnit,
  fallback?: number,
): Result<number, string> {
  const value = fields[key];
  if (value === undefined && fallback !== undefined) return { ok: true, value: fallback };
  if (typeof value !== 'number' && typeof value !== 'string') {
    return { ok: false, error: `missing ${key}` };
  }
  return evaluateQuantity(value, kind, unit);
}

function readLaw(failure: unknown, unit: TimeUnit): Result<UnitLaw, string> {
  if (!isFields(failure)) return { ok: false, error: 'no failure law' };
  switch (failure.distribution) {
    case 'exponential': {
      if (failure.rate !== undefined) {
        const rate = read(failure, 'rate', 'rate', unit);
        return rate.ok ? { ok: true, value: { kind: 'exponential', rate: rate.value } } : rate;
      }
      const mtbf = read(failure, 'mtbf', 'time', unit);
      if (!mtbf.ok) return mtbf;
      if (!(mtbf.value > 0)) return { ok: false, error: 'mtbf must be > 0' };
      return { ok: true, value: { kind: 'exponential', rate: 1 / mtbf.value } };
    }
    case 'weibull': {
      const shape = read(failure, 'shape', 'number', unit);
      const scale = read(failure, 'scale', 'time', unit);
      if (!shape.ok) return shape;
      if (!scale.ok) return scale;
      return { ok: true, value: { kind: 'weibull', shape: shape.value, scale: scale.value } };
    }
    case 'fixed': {
      const p = read(failure, 'reliability', 'probability', unit);
      return p.ok ? { ok: true, value: { kind: 'fixed', reliability: p.value } } : p;
    }
    default:
      return { ok: false, error: `${String(failure.distribution)} lives need the engine` };
  }
}

/**
 * Reads what a block's curve needs from the design file it was analysed from.
 * @param design the design file contents (as parsed JSON)
 * @param block the block, as the engine reported it
 * @param unit the design's time unit
 * @returns the model, or why this block's curve cannot be drawn on the main thread
 */
export function getBlockCurveModel(
  design: unknown,
  block: Pick<BlockResult, 'id' | 'component'>,
  unit: TimeUnit,
): Result<BlockCurveModel, string> {
  if (!isFields(design)) return { ok: false, error: 'no design' };
  const node = findBlockNode(design, block.id);
  if (node === null) return { ok: false, error: `block ${block.id} not found` };
  if (isFields(node.redundancy) && node.redundancy.type === 'standby') {
    return { ok: false, error: 'standby blocks need an engine curve' };
  }
  const components = Array.isArray(design.components) ? (design.components as unknown[]) : [];
  const component = components.find((c) => isFields(c) && c.id === block.component);
  if (!isFields(component)) return { ok: false, error: `component ${block.component} not found` };
  const law = readLaw(component.failure, unit);
  if (!law.ok) return law;
  const quantity = read(node, 'quantity', 'count', unit, 1);
  const required = read(node, 'required', 'count', unit, 1);
  if (!quantity.ok) return quantity;
  if (!required.ok) return required;
  const n = quantity.value;
  const k = required.value;
  if (n < 1 || n > MAX_QUANTITY || k < 1 || k > n) return { ok: false, error: 'bad k-of-n' };
  return { ok: true, value: { id: block.id, law: law.value, quantity: n, required: k } };
}

/**
 * Reliability of one unit at t (exponential: e^(−λt); Weibull: exp(−(t/η)^β); fixed: p).
 * @param t time, design time units
 */
export function computeUnitReliability(law: UnitLaw, t: number): WorkFail {
  switch (law.kind) {
    case 'exponential':
      return fromHazard(law.rate * t);
    case 'weibull':
      return fromHazard(t <= 0 ? 0 : (t / law.scale) ** law.shape);
    case 'fixed':
      return { work: law.reliability, fail: 1 - law.reliability };
  }
}

/** R = exp(−H), F = −expm1(−H) (keeps the digits of tiny unreliabilities). */
function fromHazard(hazard: number): WorkFail {
  return { work: Math.exp(-hazard), fail: -Math.expm1(-hazard) };
}

function logChoose(n: number, i: number): number {
  let sum = 0;
  for (let j = 1; j <= i; j++) sum += Math.log((n - i + j) / j);
  return sum;
}

/**
 * k-out-of-n of identical independent units: R = Σ_{i=k..n} C(n,i) rⁱ (1−r)^(n−i), and the failure
 * side Σ_{i<k} summed directly (domain.md, k-of-n), in logs so large n neither overflows nor
 * underflows early.
 */
export function computeKOfN(unit: WorkFail, n: number, k: number): WorkFail {
  if (n === 1 && k === 1) return unit;
  const term = (i: number): number => {
    if (unit.work === 0) return i === 0 ? 1 : 0;
    if (unit.fail === 0) return i === n ? 1 : 0;
    return Math.exp(logChoose(n, i) + i * Math.log(unit.work) + (n - i) * Math.log(unit.fail));
  };
  let work = 0;
  let fail = 0;
  for (let i = 0; i <= n; i++) {
    if (i < k) fail += term(i);
    else work += term(i);
  }
  return { work: Math.min(1, work), fail: Math.min(1, fail) };
}

/** Reliability of a block at t: its units' law through k-out-of-n. */
export function computeBlockCurveReliability(model: BlockCurveModel, t: number): WorkFail {
  return computeKOfN(computeUnitReliability(model.law, t), model.quantity, model.required);
}
