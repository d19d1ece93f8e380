/**
 * Warnings about a design, in one shape for every report: the validator's warnings about the
 * file (with the field path) and the engine's warnings about the analysis (with the block), in
 * one list, each saying where it comes from. The engine keeps returning them apart (the worker's
 * `designWarnings` beside `result.warnings`); a report takes both and merges them here.
 * Runs anywhere; no DOM.
 */
import type { AnalysisWarning } from '../analysis/result.ts';
import type { IssueCode } from '../errors.ts';
import type { DesignIssue } from '../model/types.ts';

/** One warning of a report. */
export interface ReportWarning {
  /** `design`: the validator, about the file; `analysis`: the engine, about a figure. */
  readonly source: 'design' | 'analysis';
  readonly code: IssueCode;
  /** The message, without its path or block. */
  readonly message: string;
  /** Field path of a design warning (`components[2].repair`), when it has one. */
  readonly path?: string;
  /** Path id of the block an analysis warning concerns, when it concerns one. */
  readonly block?: string;
}

/**
 * Merges the validator's and the engine's warnings, the design's first.
 * @param analysis the engine's warnings (`AnalysisResult.warnings`)
 * @param design the validator's warnings about the file (severity `warning`)
 * @returns one list
 * @example
 * createReportWarnings(result.warnings, parsed.warnings);
 */
export function createReportWarnings(
  analysis: readonly AnalysisWarning[],
  design: readonly DesignIssue[] = [],
): ReportWarning[] {
  return [
    ...design.map((w): ReportWarning => ({
      source: 'design',
      code: w.code,
      message: w.message,
      ...(w.path === '' ? {} : { path: w.path }),
    })),
    ...analysis.map((w): ReportWarning => ({
      source: 'analysis',
      code: w.code,
      message: w.message,
      ...(w.block === undefined ? {} : { block: w.block }),
    })),
  ];
}

/**
 * A warning as one line: `path: message` for a design warning with a path, the message alone
 * otherwise (an analysis warning names its block in its message).
 * @example formatWarning({ source: 'design', code: 'unknown-field', path: 'a.b', message: 'odd' }) // 'a.b: odd'
 */
export function formatWarning(warning: ReportWarning): string {
  return warning.path === undefined ? warning.message : `${warning.path}: ${warning.message}`;
}

/**
 * A warning as the command line's JSON prints it in `warnings` (the `analyze` contract):
 * `{ code, message }`, the message carrying the path, plus `block` for an analysis warning.
 */
export function getWarningJson(warning: ReportWarning): {
  code: string;
  message: string;
  block?: string;
} {
  return {
    code: warning.code,
    message: formatWarning(warning),
    ...(warning.block === undefined ? {} : { block: warning.block }),
  };
}
