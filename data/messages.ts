// One typed message map for content script, popup, options page and background.
// Replies go through sendResponse + `return true`: Chrome, Firefox (polyfill) and WXT's
// fakeBrowser all honour that, while a Promise-returning listener is ignored by fakeBrowser.
import type { Annotation, ClaimRecord, Figure, Topic, Verdict } from '../core/types';

/** W3C Web Annotation TextQuoteSelector: enough text around a quote to find it again. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface Flag {
  id: string;
  url: string;
  /** Host name of url, for filtering. */
  site: string;
  title: string;
  selector: TextQuoteSelector;
  sentence: string;
  figure: Figure | null;
  verdict: Verdict;
  claimId?: string;
  note: string;
  createdAt: number;
  /** Id of the reader-added record made from this flag, once promoted. */
  promotedTo?: string;
  /** Topics of the flagged sentence; carried into the record made by promotion. */
  topics?: Topic[];
  /** Who the page says made the claim; carried into the record made by promotion. */
  attribution?: string | null;
  /** The page's publication date (article:published_time or JSON-LD datePublished), when it gives one. */
  published?: string;
}

/** `site` is optional: the store derives it from `url`. */
export type NewFlag = Omit<Flag, 'id' | 'createdAt' | 'site'> & { site?: string };

export interface Settings {
  paused: boolean;
  /** Host names where the reader switched annotation off. */
  disabledSites: string[];
  /** Verdicts marked on the page; the others show only while the pointer is on their paragraph. */
  shownVerdicts: Verdict[];
}

export interface PageSummaryItem {
  index: number;
  quote: string;
  verdict: Verdict;
  claimId?: string;
  /** The compared figures in one line. */
  line: string;
  flagged: boolean;
  /** The note of the reader's flag, when flagged with one. */
  note?: string;
  figure: Figure | null;
  selector: TextQuoteSelector;
}

export interface PageSummary {
  state: 'scanning' | 'done' | 'paused' | 'site-off';
  url: string;
  title: string;
  counts: Record<Verdict, number>;
  items: PageSummaryItem[];
}

export interface PageBlock {
  text: string;
  heading?: boolean;
  /** Read for context (a headline above new content), never annotated. */
  context?: boolean;
}

export interface PageRead {
  /** Index-aligned with the request's blocks; each annotation has the popup's `line`. */
  annotations: Array<Array<Annotation & { line: string }>>;
  settings?: Settings;
  flags?: Flag[];
}

/** A page of the dashboard's claim list (data/store.ts queryClaims). */
export interface ClaimQuery {
  query?: string;
  offset?: number;
  limit?: number;
}

export interface ClaimPage {
  /** Records matching the query, in all (at most the store's search cap when `more`). */
  total: number;
  items: ClaimRecord[];
  /** More than the store's search cap records match: only the first are listed. */
  more?: boolean;
}

/** Requests the background answers (from content scripts and extension pages). */
export interface BackgroundMessages {
  'claims/list': { req: void; res: ClaimRecord[] };
  /**
   * The first stage of a topical page: its blocks, read by the engine in the background. The
   * reply also carries the settings and the page's flags, so a page needs one round trip.
   */
  'page/read': { req: { url: string; blocks: PageBlock[]; withState?: boolean }; res: PageRead };
  'flags/list': { req: { url?: string; site?: string; verdict?: Verdict }; res: Flag[] };
  'flags/add': { req: NewFlag; res: Flag };
  /** Replies with the deleted flag (note included), so that it can be put back. */
  'flags/remove': { req: { id: string }; res: Flag | null };
  'flags/promote': { req: { id: string }; res: ClaimRecord };
  'settings/get': { req: void; res: Settings };
  'settings/set': { req: Partial<Settings>; res: Settings };
  /** Claim pack JSON text from the dashboard's file input. */
  'pack/import': { req: { text: string }; res: ImportResult };
  'pack/export': { req: { format: ExportFormat }; res: object };
  /** Puts a deleted flag back (Undo). */
  'flags/restore': { req: { flag: Flag }; res: Flag };
  /** Deletes one reader record; replies with it so it can be put back. */
  'records/remove': { req: { id: string }; res: ClaimRecord | null };
  'records/restore': { req: { record: ClaimRecord }; res: void };
  'packs/list': { req: void; res: PackInfo[] };
  /** Removes an imported pack and its records. */
  'packs/remove': { req: { id: string }; res: { removed: number } };
  /** A large pack goes to the background in chunks (runtime messages are capped at 64 MB). */
  'pack/import-begin': { req: { name: string; size: number; chunks: number }; res: { job: string } };
  'pack/import-chunk': { req: { job: string; index: number; text: string }; res: void };
  /** All chunks sent: the background checks and writes the pack; poll pack/progress. */
  'pack/import-end': { req: { job: string }; res: ImportProgress };
  'pack/progress': { req: { job: string }; res: ImportProgress };
}

/** An imported pack as the dashboard lists it. */
export interface PackInfo {
  id: string;
  name: string;
  importedAt: string;
  count: number;
  status: 'importing' | 'ready';
}

export interface ImportProgress {
  phase: 'receiving' | 'checking' | 'writing' | 'done';
  done: number;
  total: number;
  /** Set once phase is 'done'. */
  result?: ImportResult;
}

export type ExportFormat = 'claims-json' | 'web-annotations' | 'claim-review';

export type ImportResult =
  | { ok: true; added: { claims: number; flags: number }; unchanged: number; pack?: { id: string; name: string } }
  | { ok: false; errors: string[] };

/** Requests a content script answers (from the popup, or broadcast by the background). */
export interface TabMessages {
  'page/summary': { req: void; res: PageSummary };
  'page/focus': { req: { index: number }; res: boolean };
  'page/flag': { req: { index: number; note: string; flagged: boolean }; res: boolean };
  /** Settings, records or flags changed: re-read them and redraw. */
  'page/refresh': { req: void; res: void };
}

export type Envelope<M, K extends keyof M = keyof M> = { type: K; data: M[K] extends { req: infer R } ? R : never };
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
