/**
 * Design files in and out of the page: import from a File (size checked before reading, JSON
 * syntax errors located, unsafe keys refused, content validated by `parseDesign`), export as
 * pretty JSON, and share by link (`#design=` + lz-string). Every reader returns the problems
 * instead of throwing, and nothing is changed on failure: callers act only on `ok: true`.
 * Runs in the browser (export needs the DOM); the readers run anywhere.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { parseDesign, withExpressionEngine } from '../../src/index.ts';
import type { DesignFile, DesignIssue, IssueCode } from '../../src/index.ts';
import { parseJsonText } from './jsonText.ts';

/** Largest design file accepted for import, in bytes. Checked before the file is read. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Longest share payload (characters after `#design=`) a link may carry. */
export const MAX_SHARE_LENGTH = 16_000;
/** Hash prefix of a share link. */
export const SHARE_PREFIX = '#design=';

/** The part of `File` the importer uses (so tests can pass a fake that must not be read). */
export interface FileLike {
  readonly name: string;
  readonly size: number;
  text(): Promise<string>;
}

/** Outcome of reading a design: the file and its warnings, or every problem found. */
export type DesignRead =
  | { readonly ok: true; readonly file: DesignFile; readonly warnings: readonly DesignIssue[] }
  | { readonly ok: false; readonly issues: readonly DesignIssue[] };

/** Outcome of making a share link. */
export type ShareLink =
  { readonly ok: true; readonly url: string } | { readonly ok: false; readonly message: string };

function fail(code: IssueCode, message: string): DesignRead {
  return { ok: false, issues: [{ severity: 'error', code, path: '', message }] };
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Validates parsed JSON as a design file with `parseDesign` (which refuses unsafe keys first).
 * @returns the value itself (validated, typed as a design file), or its issues
 */
export function readDesignValue(value: unknown): DesignRead {
  const parsed = parseDesign(value);
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  // parseDesign accepted it, so it has the shape of a design file (plus ignored extras).
  return { ok: true, file: value as DesignFile, warnings: parsed.warnings };
}

/** Reads a design from JSON text (syntax errors with line and column). */
export function readDesignText(text: string): DesignRead {
  const json = parseJsonText(text);
  return json.ok ? readDesignValue(json.value) : { ok: false, issues: json.issues };
}

/**
 * Reads a design from a file the user picked or dropped. The size is checked before reading,
 * so a huge file is refused without being loaded.
 * @param file a `File` (or anything with `name`, `size` in bytes and `text()`)
 * @param maxBytes the size limit, in bytes
 * @param readText how the text is read and validated (default: on this thread, after loading
 *   the expression reader if an expression needs it; the app passes the engine worker's)
 */
export async function readDesignFile(
  file: FileLike,
  maxBytes: number = MAX_IMPORT_BYTES,
  readText: (text: string) => DesignRead | Promise<DesignRead> = (text) =>
    withExpressionEngine(() => readDesignText(text)),
): Promise<DesignRead> {
  if (!Number.isFinite(file.size) || file.size > maxBytes) {
    return fail(
      'too-large',
      `file is ${formatMegabytes(file.size)} (at most ${formatMegabytes(maxBytes)}); it was not read`,
    );
  }
  if (file.size === 0) return fail('not-json', 'the file is empty');
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    return fail(
      'unreadable',
      `the file cannot be read: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  return readText(text);
}

/** The exported text of a design: pretty JSON (2 spaces) ending with a newline. */
export function formatDesign(file: DesignFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * A safe file name for a design: its name without characters file systems refuse, `.json` added.
 * @example designFileName('Web / API: v2') // 'Web - API- v2.json'
 */
export function designFileName(name: string): string {
  const cleaned = name
    .replace(/[\\/:*?"<>|]/g, '-')
    // Control characters are not allowed in file names.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 120)
    .trim();
  return `${cleaned === '' ? 'design' : cleaned}.json`;
}

/** How long an exported file's object URL is kept before it is revoked, in milliseconds. */
const REVOKE_DELAY_MS = 30_000;

/**
 * Downloads text as a file (Blob + object URL + a temporary link).
 * @returns the file name used
 */
export function downloadText(
  text: string,
  fileName: string,
  type = 'application/json',
  doc: Document = document,
): string {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
  return fileName;
}

/**
 * Downloads a design as pretty JSON named after it.
 * @returns the file name used
 */
export function downloadDesign(file: DesignFile, doc: Document = document): string {
  return downloadText(formatDesign(file), designFileName(file.name), 'application/json', doc);
}

/**
 * A link that opens a copy of the design: `href` without its hash, plus `#design=` and the
 * design compressed with lz-string. Refused when longer than {@link MAX_SHARE_LENGTH}.
 * @param href the page address to share (normally `location.href`)
 */
export function createShareLink(file: DesignFile, href: string): ShareLink {
  const payload = compressToEncodedURIComponent(JSON.stringify(file));
  if (payload.length > MAX_SHARE_LENGTH) {
    return {
      ok: false,
      message:
        `this design is too large to share by link (${payload.length} characters, at most ` +
        `${MAX_SHARE_LENGTH}); export the file and send it instead`,
    };
  }
  const base = href.split('#', 1)[0] ?? href;
  return { ok: true, url: `${base}${SHARE_PREFIX}${payload}` };
}

/** Whether a location hash carries a shared design. */
export function hasSharedDesign(hash: string): boolean {
  return hash.startsWith(SHARE_PREFIX);
}

/**
 * Reads the design carried by a share link's hash, validated like an imported file.
 * @param hash `location.hash`
 * @returns `null` when the hash carries no design
 */
export function readShareHash(hash: string): DesignRead | null {
  if (!hasSharedDesign(hash)) return null;
  let payload = hash.slice(SHARE_PREFIX.length);
  if (payload.length > MAX_SHARE_LENGTH * 2) {
    return fail(
      'bad-link',
      `the link is too long to be a design link (${payload.length} characters)`,
    );
  }
  if (payload.includes('%')) {
    try {
      payload = decodeURIComponent(payload);
    } catch {
      return fail('bad-link', 'the link is damaged (bad percent-encoding); ask for a new link');
    }
  }
  let text: string | null;
  try {
    text = decompressFromEncodedURIComponent(payload);
  } catch {
    text = null;
  }
  if (typeof text !== 'string' || text === '') {
    return fail(
      'bad-link',
      'the link is damaged (it does not decode to a design); ask for a new link',
    );
  }
  if (text.length > MAX_IMPORT_BYTES) return fail('too-large', 'the linked design is too large');
  return readDesignText(text);
}
