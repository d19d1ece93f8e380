/** Types shared by the design library's modules and components. Pure. */
import type { DesignIssue } from '../../src/index.ts';

/** What the library lists about a stored design. Times are epoch milliseconds. */
export interface DesignMeta {
  readonly id: string;
  readonly name: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** Why a stored entry cannot be opened, and its raw text so the user can export it. */
export interface StoredProblem {
  readonly issues: readonly DesignIssue[];
  readonly raw: string;
}

/** One entry of the library list; `problem` is set when it cannot be opened. */
export interface LibraryItem extends DesignMeta {
  readonly problem: StoredProblem | null;
  /** When it was moved to the trash (epoch ms), or null. */
  readonly deletedAt: number | null;
}

/** The library: live designs (most recently changed first) and this session's trash. */
export interface LibraryList {
  readonly items: readonly LibraryItem[];
  readonly trash: readonly LibraryItem[];
}

/** Problems to show the user (a rejected file, a bad link, a damaged stored design). */
export interface ProblemReport {
  readonly title: string;
  readonly issues: readonly DesignIssue[];
  /** Raw text the user may download (damaged stored entries), with its file name. */
  readonly raw: { readonly text: string; readonly fileName: string } | null;
}
