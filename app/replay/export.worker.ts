/**
 * Web worker of the replay export: renders frames on an OffscreenCanvas and encodes them
 * (app/replay/replayExport.ts), so the page's thread stays free. Cancelling terminates it.
 * Runs in a dedicated worker; no DOM.
 */
import { expose, transfer } from 'comlink';
import type { ExportProgress, ExportRequest } from './exportTypes.ts';
import { encodeReplay } from './replayExport.ts';

const api = {
  async encode(request: ExportRequest, onProgress: ExportProgress) {
    const outcome = await encodeReplay(request, onProgress);
    return outcome.ok ? transfer(outcome, [outcome.bytes.buffer]) : outcome;
  },
};

/** The API of the export worker, for the page's `wrap`. */
export type ExportWorkerApi = typeof api;

expose(api);
