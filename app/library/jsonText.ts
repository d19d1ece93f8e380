/**
 * Reading untrusted JSON text (line and column of a syntax error, refusal of keys that could
 * reach a prototype) is the engine's, in src/model/jsonText.ts, so that the app and the command
 * line read a design file by one rule and say the same (issue 16); re-exported here for the
 * library's callers.
 * Pure; runs anywhere.
 */
export type { JsonRead } from '../../src/index.ts';
export { findJsonErrorOffset, findUnsafeKeys, lineColumn, parseJsonText } from '../../src/index.ts';
