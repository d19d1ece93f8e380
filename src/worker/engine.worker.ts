/**
 * Web worker entry of the exact engine: exposes {@link createEngineApi} with Comlink.
 * Runs in a dedicated worker; no DOM.
 */
import { expose } from 'comlink';
import { createEngineApi } from './engineApi.ts';

expose(createEngineApi());
