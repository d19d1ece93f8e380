/**
 * The internal form of a continuous-time Markov chain: its off-diagonal transitions in flat
 * typed arrays, each state's total exit rate (a sum of rates, never a difference), the dense
 * rate matrix and reachability. Shared by the solvers of ./ctmc.ts.
 * Runs anywhere (worker, Node, browser); no DOM.
 */
import { assert } from '../util/assert.ts';

/** One transition of a chain: rate (per design time unit, ≥ 0) from state `from` to `to`. */
export interface Transition {
  readonly from: number;
  readonly to: number;
  readonly rate: number;
}

/** Off-diagonal transitions in flat arrays, with each state's total exit rate. */
export interface Chain {
  /** Number of states. */
  readonly size: number;
  /** Source state of each transition. */
  readonly from: Int32Array;
  /** Target state of each transition. */
  readonly to: Int32Array;
  /** Rate of each transition, per design time unit (> 0). */
  readonly rate: Float64Array;
  /** Total exit rate of each state (sum of its rates). */
  readonly exit: Float64Array;
  /** Largest exit rate: the uniformisation rate Λ. */
  readonly maxExit: number;
}

function assertTransition(n: number, tr: Transition): void {
  // The messages are built only on failure: formatting every rate of every transition on every
  // call is work for nothing.
  if (!(Number.isInteger(tr.from) && tr.from >= 0 && tr.from < n)) {
    assert(false, `invalid transition source: ${tr.from} (must be a state index below ${n})`);
  }
  if (!(Number.isInteger(tr.to) && tr.to >= 0 && tr.to < n)) {
    assert(false, `invalid transition target: ${tr.to} (must be a state index below ${n})`);
  }
  if (!(tr.rate >= 0 && tr.rate < Infinity)) {
    assert(false, `invalid transition rate: ${tr.rate} (must be ≥ 0)`);
  }
}

/**
 * Builds the internal form of a chain, checking every transition (a malformed one is a bug).
 * Self-loops and zero rates are dropped; duplicates are kept (their rates add up).
 * @param n number of states (≥ 1)
 * @param transitions off-diagonal rates, per design time unit
 * @returns the chain with each state's exit rate
 * @example
 * createChain(2, [{ from: 0, to: 1, rate: 1e-3 }]).exit; // Float64Array [0.001, 0]
 */
export function createChain(n: number, transitions: readonly Transition[]): Chain {
  assert(Number.isInteger(n) && n >= 1, `invalid number of states: ${n} (must be ≥ 1)`);
  let m = 0;
  for (const tr of transitions) {
    assertTransition(n, tr);
    if (tr.from !== tr.to && tr.rate > 0) m++;
  }
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const rate = new Float64Array(m);
  const exit = new Float64Array(n);
  let e = 0;
  for (const tr of transitions) {
    if (tr.from === tr.to || !(tr.rate > 0)) continue;
    from[e] = tr.from;
    to[e] = tr.to;
    rate[e] = tr.rate;
    exit[tr.from] = exit[tr.from]! + tr.rate;
    e++;
  }
  let maxExit = 0;
  for (let i = 0; i < n; i++) if (exit[i]! > maxExit) maxExit = exit[i]!;
  return { size: n, from, to, rate, exit, maxExit };
}

/**
 * The dense off-diagonal rate matrix (row-major, duplicates summed, diagonal left 0).
 * @param chain a built chain
 * @returns q with q[i·n + j] = rate i → j
 * @example
 * createRateMatrix(createChain(2, [{ from: 0, to: 1, rate: 2 }])); // [0, 2, 0, 0]
 */
export function createRateMatrix(chain: Chain): Float64Array {
  const n = chain.size;
  const q = new Float64Array(n * n);
  for (let e = 0; e < chain.from.length; e++) {
    const index = chain.from[e]! * n + chain.to[e]!;
    q[index] = q[index]! + chain.rate[e]!;
  }
  return q;
}

/**
 * Reachability by depth-first search from every state (O(n³) on the dense matrix).
 * @param chain a built chain
 * @returns reach with reach[i·n + j] = 1 when j is reachable from i (including i itself)
 * @example
 * computeReachability(createChain(2, [{ from: 0, to: 1, rate: 1 }])); // [1, 1, 0, 1]
 */
export function computeReachability(chain: Chain): Uint8Array {
  const n = chain.size;
  const q = createRateMatrix(chain);
  const reach = new Uint8Array(n * n);
  const stack = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    const row = s * n;
    reach[row + s] = 1;
    let top = 0;
    stack[top++] = s;
    while (top > 0) {
      const i = stack[--top]!;
      for (let j = 0; j < n; j++) {
        if (q[i * n + j]! > 0 && reach[row + j] === 0) {
          reach[row + j] = 1;
          stack[top++] = j;
        }
      }
    }
  }
  return reach;
}
