/**
 * The example designs of `public/examples`, read and analysed for tests. Runs in Node (tests).
 */
import { readFileSync } from 'node:fs';
import type { AnalysisOptions } from '../analysis/analyze.ts';
import { analyzeDesign } from '../analysis/analyze.ts';
import type { AnalysisResult } from '../analysis/result.ts';
import { parseDesign } from '../model/parse.ts';
import type { Design, DesignIssue } from '../model/types.ts';

/**
 * Reads and validates an example design, failing the test when it is invalid.
 * @param file its file name in `public/examples` (`three-tier.json`)
 * @returns the design and the validator's warnings
 */
export function loadExample(file: string): { design: Design; warnings: readonly DesignIssue[] } {
  const parsed = parseDesign(JSON.parse(readFileSync(`public/examples/${file}`, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return { design: parsed.value, warnings: parsed.warnings };
}

/**
 * Analyses an example design.
 * @param file its file name in `public/examples`
 * @param options the analysis options
 */
export function analyzeExample(file: string, options: AnalysisOptions = {}): AnalysisResult {
  return analyzeDesign(loadExample(file).design, options);
}
