/**
 * Which design a page load opens, in order: a shared link (`#design=…`, opened as a new copy),
 * an example asked for in the address (`?example=file.json`, a new copy), the design opened
 * last, the most recently changed one, the first-run example, a new design. The consumed
 * `#design` / `?example` parts are removed from the address (`cleanHref`), so a reload restores
 * the work instead of opening the link again. Problems met on the way (a bad link, a damaged
 * stored design) are returned for display, and the next choice is tried. Pure and async.
 */
import type { DesignFile } from '../../src/index.ts';
import type { DesignLibrary, DesignMeta } from './designStore.ts';
import type { DesignRead } from './fileIo.ts';
import { designFileName, hasSharedDesign, readShareHash } from './fileIo.ts';
import { createEmptyDesign } from '../../src/index.ts';
import type { ProblemReport } from './types.ts';

export type StartSource = 'share' | 'example' | 'last' | 'recent' | 'first-run' | 'new';

export interface StartOutcome {
  readonly meta: DesignMeta;
  readonly file: DesignFile;
  readonly source: StartSource;
  /** The link or example was already in the library, unchanged: that copy was opened. */
  readonly reused: boolean;
  /** Problems to show (the first one met), or null. */
  readonly problem: ProblemReport | null;
  /** The address without the consumed link or example, when it changed; else null. */
  readonly cleanHref: string | null;
}

export interface StartInput {
  readonly library: DesignLibrary;
  /** `location.href` */
  readonly href: string;
  /** Loads an example by file name (see `loadExample`). */
  readonly loadExample: (file: string) => Promise<DesignRead>;
  /** Example opened when the library is empty; null for a new empty design. */
  readonly firstRunExample: string | null;
}

/** The address with `#design=…` and `?example=` removed; null when there was nothing to remove. */
export function consumedHref(href: string): string | null {
  const url = new URL(href);
  let changed = false;
  if (hasSharedDesign(url.hash)) {
    url.hash = '';
    changed = true;
  }
  if (url.searchParams.has('example')) {
    url.searchParams.delete('example');
    changed = true;
  }
  return changed ? url.href.replace(/#$/, '') : null;
}

/** The problem report of a stored design that failed to open. */
export function damagedReport(
  name: string,
  issues: ProblemReport['issues'],
  raw: string | null,
): ProblemReport {
  return {
    title: `The stored design “${name}” cannot be opened`,
    issues,
    raw: raw === null ? null : { text: raw, fileName: designFileName(`${name} (damaged)`) },
  };
}

/** Opens the design a page load should show (see the module comment). Never rejects on data. */
export async function startSession(input: StartInput): Promise<StartOutcome> {
  const { library, href } = input;
  const url = new URL(href);
  const cleanHref = consumedHref(href);
  let problem: ProblemReport | null = null;
  const report = (next: ProblemReport): void => {
    problem ??= next;
  };
  const done = (
    meta: DesignMeta,
    file: DesignFile,
    source: StartSource,
    reused = false,
  ): StartOutcome => ({ meta, file, source, reused, problem, cleanHref });
  const adopt = async (read: DesignRead, source: StartSource, title: string) => {
    if (!read.ok) {
      report({ title, issues: read.issues, raw: null });
      return null;
    }
    const existing = source === 'first-run' ? null : await library.findIdentical(read.file);
    const meta = existing ?? (await library.create(read.file));
    await library.setLastOpened(meta.id);
    return done(meta, read.file, source, existing !== null);
  };

  const shared = readShareHash(url.hash);
  if (shared !== null) {
    const opened = await adopt(shared, 'share', 'The shared link cannot be opened');
    if (opened !== null) return opened;
  }
  const example = url.searchParams.get('example');
  if (example !== null) {
    const read = await input.loadExample(example);
    const opened = await adopt(read, 'example', `The example “${example}” cannot be opened`);
    if (opened !== null) return opened;
  }

  const { items } = await library.list();
  const last = await library.getLastOpened();
  const candidates = [
    ...items.filter((i) => i.id === last).map((i) => ({ item: i, source: 'last' as const })),
    ...items.filter((i) => i.id !== last).map((i) => ({ item: i, source: 'recent' as const })),
  ];
  for (const { item, source } of candidates) {
    const result = await library.open(item.id);
    if (result.ok) {
      await library.setLastOpened(result.meta.id);
      return done(result.meta, result.file, source);
    }
    report(damagedReport(result.name, result.issues, result.raw));
  }

  if (items.length === 0 && input.firstRunExample !== null) {
    const read = await input.loadExample(input.firstRunExample);
    if (read.ok) {
      const opened = await adopt(read, 'first-run', '');
      if (opened !== null) return opened;
    }
  }
  const file = createEmptyDesign();
  const meta = await library.create(file);
  await library.setLastOpened(meta.id);
  return done(meta, file, 'new');
}
