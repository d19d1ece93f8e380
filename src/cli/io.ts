/**
 * Shared pieces of the command line: reading and validating a design file, and the exit codes.
 * Runs in Node.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Design, DesignIssue } from '../model/types.ts';
import { parseDesign, readDesignJson } from '../model/parse.ts';

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
export function loadDesign(
  file: string,
  io: CliIo,
): { design: Design; warnings: readonly DesignIssue[]; file: unknown } | null {
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
  const parsed = json.ok ? parseDesign(json.value) : json;
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
