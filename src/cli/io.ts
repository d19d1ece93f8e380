/**
 * Shared pieces of the command line: reading and validating a design file, and the exit codes.
 * Runs in Node.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Design, DesignIssue } from '../model/types.ts';
import { evaluateQuantity, withExpressionEngine } from '../model/expression.ts';
import type { TimeUnit } from '../model/types.ts';
import { parseDesign, readDesignJson } from '../model/parse.ts';
import type { Result } from '../util/result.ts';

/** Exit codes of the command line. */
export const EXIT_OK = 0;
export const EXIT_TARGET_MISSED = 1;
export const EXIT_BAD_INPUT = 2;

/** Where a command writes. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** Largest design file read (bytes). */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Formats an issue as `path: message`. */
export function formatIssue(issue: DesignIssue): string {
  return issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`;
}

/**
 * Reads and validates a design file.
 * @returns the design, its warnings and the file's JSON (for workers, which validate their
 *   input themselves), or `null` after printing the problems on stderr
 */
export async function loadDesign(
  file: string,
  io: CliIo,
): Promise<{ design: Design; warnings: readonly DesignIssue[]; file: unknown } | null> {
  let text: string;
  try {
    if (statSync(file).size > MAX_FILE_BYTES) {
      io.stderr(`error: ${file}: file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB\n`);
      return null;
    }
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    io.stderr(`error: cannot read ${file}: ${reason}\n`);
    return null;
  }
  const json = readDesignJson(text);
  // mathjs is loaded only when the file has an expression beyond a number with a unit.
  const parsed = json.ok ? await withExpressionEngine(() => parseDesign(json.value)) : json;
  if (!parsed.ok) {
    const errors = parsed.issues.filter((i) => i.severity === 'error');
    io.stderr(
      `error: ${file} is not a valid design (${errors.length} problem${errors.length === 1 ? '' : 's'}):\n`,
    );
    for (const issue of errors) io.stderr(`  ${formatIssue(issue)}\n`);
    return null;
  }
  return { design: parsed.value, warnings: parsed.warnings, file: json.ok ? json.value : null };
}

/**
 * Reads a time given on the command line (`--t`, `--horizon`): a number in the design's time
 * unit, or an expression with a unit ("1 year").
 * @returns the time in design time units, or the reason it cannot be read
 * @example
 * await readTimeFlag('1 year', 'hour'); // { ok: true, value: 8766 }
 */
export async function readTimeFlag(text: string, unit: TimeUnit): Promise<Result<number, string>> {
  const input = /^[\d.eE+-]+$/.test(text) ? Number(text) : text;
  return withExpressionEngine(() => evaluateQuantity(input, 'time', unit));
}
