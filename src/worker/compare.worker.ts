/**
 * Web worker entry of the compare view's engine (analyses side by side and the optimiser):
 * exposes {@link createCompareApi} with Comlink. Its own worker, so that cancelling an
 * optimiser run (which terminates it) never stops the live analysis of the editor.
 * Runs in a dedicated worker; no DOM.
 */
import { expose } from 'comlink';
import { createCompareApi } from './compareApi.ts';

expose(createCompareApi());
