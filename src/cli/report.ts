/**
 * `report FILE [FILE...] --out report.pdf [--t T]... [--trials N --horizon H [--seed S]]`: the
 * design review as a PDF, written by the same code as the app's "Export PDF report"
 * (src/report), and the same review as text on stdout. With `--trials` it adds the Monte Carlo
 * figures with their intervals (worker threads, as `simulate`). With 2–4 files: the comparison
 * report of those designs (exact).
 * Runs in Node.
 */
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeDesign } from '../analysis/analyze.ts';
import { estimateHistoryEvents } from '../analysis/eventCount.ts';
import { createComparisonFromDesigns, MAX_COMPARED_DESIGNS } from '../report/comparison.ts';
import { renderComparisonText } from '../report/comparisonText.ts';
import { loadComparisonPdf, loadReviewPdf } from '../report/pdf/loadReviewPdf.ts';
import { createDesignReview, getReviewCurveTimes } from '../report/review.ts';
import { renderReviewText } from '../report/reviewText.ts';
import { computeSensitivity } from '../report/sensitivity.ts';
import type { SimulationResult } from '../simulation/types.ts';
import { createInThreadPort } from '../worker/inThreadPort.ts';
import { createNodeWorkerPort, getNodeParallelism } from '../worker/nodeWorkerPort.ts';
import { createSimulationPool } from '../worker/simulationPool.ts';
import { formatUsage, getParseOptions, joinNegativeValues } from './flags.ts';
import type { CliIo } from './io.ts';
import { EXIT_BAD_INPUT, EXIT_OK, loadDesign, readTimeFlag } from './io.ts';
import { checkEventBudget, DEFAULT_SEED } from './simulate.ts';

const USAGE = `usage: ${formatUsage('report')}\n`;

function parseCount(text: string, name: string, min: number): number | string {
  const value = Number(text);
  return Number.isSafeInteger(value) && value >= min
    ? value
    : `--${name} ${text}: must be an integer ≥ ${min}`;
}

/** What the flags ask for, checked. */
interface ReportRequest {
  /** The design files: one for a design review, 2–4 for a comparison. */
  readonly files: readonly string[];
  readonly out: string;
  readonly t: readonly string[];
  readonly simulation: { trials: number; horizon: string; seed: number } | null;
}

function readRequest(args: readonly string[]): ReportRequest | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeValues('report', args),
      allowPositionals: true,
      options: getParseOptions('report'),
    });
  } catch (error) {
    return (error as Error).message;
  }
  const files = parsed.positionals;
  const v = parsed.values;
  if (files.length === 0) return 'missing FILE';
  if (files.length > MAX_COMPARED_DESIGNS) {
    return `a comparison holds at most ${MAX_COMPARED_DESIGNS} designs (got ${files.length})`;
  }
  if (v.out === undefined || v.out === '') return 'missing --out';
  if (files.length > 1 && (v.trials !== undefined || v.t !== undefined)) {
    return '--trials and --t are for the report of one design (a comparison is exact, at each mission time)';
  }
  if (v.trials === undefined) {
    if (v.horizon !== undefined || v.seed !== undefined) {
      return '--horizon and --seed need --trials';
    }
    return { files, out: v.out, t: v.t ?? [], simulation: null };
  }
  if (v.horizon === undefined) return '--trials needs --horizon';
  const trials = parseCount(v.trials, 'trials', 1);
  const seed = v.seed === undefined ? DEFAULT_SEED : parseCount(v.seed, 'seed', 0);
  if (typeof trials === 'string') return trials;
  if (typeof seed === 'string') return seed;
  return { files, out: v.out, t: v.t ?? [], simulation: { trials, horizon: v.horizon, seed } };
}

/** The flags of the reproducing command, as the user gave them (file and --out aside). */
function getFlags(request: ReportRequest): string[] {
  const flags = request.t.flatMap((t) => ['--t', t]);
  const s = request.simulation;
  if (s !== null) {
    flags.push('--trials', `${s.trials}`, '--horizon', s.horizon, '--seed', `${s.seed}`);
  }
  return flags;
}

/**
 * Runs `report`.
 * @param args the arguments after `report`
 * @param io where to print
 * @returns the exit status: 0 ok, 2 bad input (message on stderr)
 * @example
 * await runReportCommand(['three-tier.json', '--out', 'review.pdf'], io);
 */
export async function runReportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const request = readRequest(args);
  if (typeof request === 'string') {
    io.stderr(`error: ${request}\n${USAGE}`);
    return EXIT_BAD_INPUT;
  }
  if (request.files.length > 1) return writeComparison(request, io);
  const file = request.files[0]!;
  const loaded = await loadDesign(file, io);
  if (loaded === null) return EXIT_BAD_INPUT;
  const { design, warnings } = loaded;
  const times: number[] = [];
  for (const text of request.t) {
    const value = await readTimeFlag(text, design.timeUnit);
    if (!value.ok || value.value < 0) {
      io.stderr(`error: --t ${text}: ${value.ok ? 'must be ≥ 0' : value.error}\n`);
      return EXIT_BAD_INPUT;
    }
    times.push(value.value);
  }
  let simulation: SimulationResult | null = null;
  if (request.simulation !== null) {
    const { trials, seed } = request.simulation;
    const horizon = await readTimeFlag(request.simulation.horizon, design.timeUnit);
    if (!horizon.ok || !(horizon.value > 0)) {
      io.stderr(
        `error: --horizon ${request.simulation.horizon}: ${horizon.ok ? 'must be > 0' : horizon.error}\n`,
      );
      return EXIT_BAD_INPUT;
    }
    const refusal = checkEventBudget(estimateHistoryEvents(design, horizon.value, true), trials);
    if (refusal !== null) {
      io.stderr(`error: --horizon ${request.simulation.horizon}: ${refusal}\n`);
      return EXIT_BAD_INPUT;
    }
    const workers = Math.min(getNodeParallelism(), trials);
    const pool =
      workers <= 1
        ? createSimulationPool(createInThreadPort, 1)
        : createSimulationPool(createNodeWorkerPort, workers);
    try {
      const outcome = await pool.run(loaded.file, {
        trials,
        horizon: horizon.value,
        seed,
        repair: true,
      }).promise;
      if (!outcome.ok) {
        for (const p of outcome.error) {
          io.stderr(`error: ${p.path === '' ? '' : `${p.path}: `}${p.message}\n`);
        }
        return EXIT_BAD_INPUT;
      }
      simulation = outcome.value;
    } finally {
      pool.dispose();
    }
  }
  const result = analyzeDesign(design, times.length > 0 ? { times } : {});
  const curves = analyzeDesign(design, {
    times: getReviewCurveTimes(design.missionTime),
    skipMttf: true,
    skipMeanAvailability: true,
  }).points;
  const review = createDesignReview({
    design,
    sensitivity: computeSensitivity(design),
    file: loaded.file,
    result,
    curves,
    designWarnings: warnings,
    simulation,
    date: new Date(),
    fileName: basename(file),
    flags: getFlags(request),
  });
  const createPdf = await loadReviewPdf();
  return writeOut(request.out, await createPdf(review), renderReviewText(review), io);
}

/** Writes the PDF, then prints the text and what was written. */
function writeOut(out: string, bytes: Uint8Array, text: string, io: CliIo): number {
  try {
    writeFileSync(out, bytes);
  } catch (error) {
    io.stderr(`error: cannot write ${out}: ${(error as Error).message}\n`);
    return EXIT_BAD_INPUT;
  }
  io.stdout(text);
  io.stdout(`\nwrote ${out} (${bytes.length} bytes)\n`);
  return EXIT_OK;
}

/** `report A B …`: the comparison of 2–4 designs, exact, on one time axis in hours. */
async function writeComparison(request: ReportRequest, io: CliIo): Promise<number> {
  const loaded = [];
  for (const file of request.files) {
    const one = await loadDesign(file, io);
    if (one === null) return EXIT_BAD_INPUT;
    loaded.push({ ...one, fileName: basename(file) });
  }
  const review = createComparisonFromDesigns(loaded, new Date());
  const createPdf = await loadComparisonPdf();
  return writeOut(request.out, await createPdf(review), renderComparisonText(review), io);
}
