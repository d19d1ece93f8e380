/**
 * The example gallery's data: `public/examples/index.json` (file, name, summary) and the example
 * files themselves, fetched from the app's base URL and validated like any imported file.
 * Browser (fetch); pure otherwise.
 */
import { readDesignText } from './fileIo.ts';
import type { DesignRead } from './fileIo.ts';

/** One card of the gallery. */
export interface ExampleEntry {
  readonly file: string;
  readonly name: string;
  readonly summary: string;
}

type Fetch = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'text'>>;

/** An example file name: letters, digits, dots, dashes and underscores, ending in `.json`. */
const FILE_NAME = /^[\w.-]+\.json$/;

/** Whether `file` is acceptable as an example name (no path, no query). */
export function isExampleFileName(file: string): boolean {
  return FILE_NAME.test(file) && !file.startsWith('.');
}

function baseUrl(): string {
  return import.meta.env.BASE_URL;
}

/** `three-tier.json` → `three-tier` (used in test ids: `examples.card.three-tier`). */
export function exampleStem(file: string): string {
  return file.replace(/\.json$/, '');
}

/** Address of an example file (or of the index). */
export function exampleUrl(file: string, base: string = baseUrl()): string {
  return `${base}examples/${encodeURIComponent(file)}`;
}

/** Keeps the well-formed entries of an index (the index is data, so it is checked too). */
export function readExampleIndex(value: unknown): ExampleEntry[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown): ExampleEntry[] => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { file, name, summary } = entry as Partial<Record<keyof ExampleEntry, unknown>>;
    if (typeof file !== 'string' || !isExampleFileName(file) || typeof name !== 'string') return [];
    return [{ file, name, summary: typeof summary === 'string' ? summary : '' }];
  });
}

/** Fetches the gallery list; an empty list when it cannot be had. */
export async function loadExampleIndex(
  fetchFn: Fetch = fetch,
  base = baseUrl(),
): Promise<ExampleEntry[]> {
  try {
    const response = await fetchFn(exampleUrl('index.json', base));
    if (!response.ok) return [];
    return readExampleIndex(JSON.parse(await response.text()));
  } catch {
    return [];
  }
}

/** Fetches and validates one example. */
export async function loadExample(
  file: string,
  fetchFn: Fetch = fetch,
  base = baseUrl(),
): Promise<DesignRead> {
  const fail = (message: string): DesignRead => ({
    ok: false,
    issues: [{ severity: 'error', code: 'example', path: '', message }],
  });
  if (!isExampleFileName(file))
    return fail(`no example named ${JSON.stringify(file.slice(0, 80))}`);
  try {
    const response = await fetchFn(exampleUrl(file, base));
    if (!response.ok) return fail(`example ${file} could not be loaded (HTTP ${response.status})`);
    return readDesignText(await response.text());
  } catch (error) {
    return fail(
      `example ${file} could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
