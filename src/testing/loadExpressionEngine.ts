/**
 * Vitest set-up: the full expression reader is loaded before every test file, as the app and
 * the command line load it before they read a design that needs it, so tests of the parser
 * see every expression. (expression.test.ts checks the path without it in a fresh module.)
 */
import { loadExpressionEngine } from '../model/expression.ts';

await loadExpressionEngine();
