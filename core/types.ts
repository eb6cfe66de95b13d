// Shared shapes of the claim engine and the claims JSON format (data/claims.json, claim packs).
// Pure types: no DOM, no browser, no Dexie, no Preact.

export type Topic = 'nato' | 'north-korea' | 'south-korea' | 'russia';

/** How a figure is hedged. `between` uses value..max. */
export type Qualifier =
  | 'exact'
  | 'about'
  | 'more-than'
  | 'at-least'
  | 'less-than'
  | 'up-to'
  | 'nearly'
  | 'between';

export interface Figure {
  value: number;
  /** Upper end, for ranges ("between 10,000 and 12,000"). */
  max?: number;
  /** Denominator of a ratio ("23 of 32"). */
  of?: number;
  /** e.g. "soldiers", "members", "percent", "people" */
  unit: string;
  qualifier: Qualifier;
  /**
   * What is counted, from a small vocabulary, so that figures with another scope are not
   * compared: e.g. "troops-deployed", "troops-planned", "troops-training",
   * "killed-or-wounded", "killed", "members-meeting-target", "gdp-share".
   */
  counts: string;
}

export interface Statement {
  /** Seed file name (bundled) or page URL (reader-added). */
  source: string;
  /** Verbatim sentence or clause from the source. */
  quote: string;
  /** Who the source says made the claim, or null. */
  attribution: string | null;
  figure: Figure | null;
  /** ISO date the statement speaks for, when the source gives one. */
  asOf?: string | null;
  /** Provenance of the source, where verified: outlet name, original URL, ISO publication date. */
  outlet?: string | null;
  url?: string | null;
  published?: string | null;
}

export interface ClaimRecord {
  /** Stable kebab-case id. */
  id: string;
  /** Short human name, e.g. "North Korean troops sent to Russia". */
  subject: string;
  topics: Topic[];
  /**
   * Optional matching hints: groups of synonyms (each group is satisfied by any of its terms,
   * lower case, matched on word edges). A record is matched by its subject and statements
   * alone; hints only add wordings the statements do not use.
   */
  keyTerms?: string[][];
  statements: Statement[];
  /** `reader` for records a reader promoted or imported; bundled when absent. */
  origin?: 'bundled' | 'reader';
  /** Id of the imported pack this record came with (packs table), when it came with one. */
  pack?: string;
  /** Retrieval keys derived from what the record says (core/retrieval.ts); stored, never imported. */
  terms?: string[];
}

export interface ClaimPack {
  version: number;
  claims: ClaimRecord[];
}

export type Verdict = 'agrees' | 'differs' | 'new';

/** One statement of a record set beside the page's figure, for the tooltip. */
export interface Comparison {
  claimId: string;
  statement: Statement;
  /** Whether this statement's figure is compatible with the page's figure. */
  fits: boolean | null;
  /** One line, e.g. "about 10,000 troops deployed (Pentagon, 000_….txt)". */
  text: string;
}

export interface Explanation {
  /** One sentence in words: "The page agrees with the Pentagon's estimate of about 10,000." */
  summary: string;
  comparisons: Comparison[];
}

/** One claim found in a text block. Offsets are UTF-16 indices into the block. */
export interface Annotation {
  start: number;
  end: number;
  sentence: string;
  verdict: Verdict;
  claimId?: string;
  figure: Figure | null;
  attribution: string | null;
  topics: Topic[];
  explanation: Explanation;
}

/** One block of a page's text in reading order: a paragraph, list item or heading. */
export interface PageBlock {
  text: string;
  heading?: boolean;
}

export interface Engine {
  /** Finds claims in one block of text (a paragraph, a list item, a heading). */
  annotate(text: string): Annotation[];
  /**
   * Finds claims in a page's blocks read in order, so a sentence may take its topic from its
   * heading, paragraph or page. Index-aligned with blocks; offsets are within each block.
   */
  annotatePage(blocks: PageBlock[]): Annotation[][];
}
