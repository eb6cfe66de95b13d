// schema.org ClaimReview (JSON-LD, as fact-checkers publish it) read as a claim pack, so existing
// fact-check feeds can be imported. The result still goes through validatePack (markup, sizes,
// URLs), so this only maps fields; it never trusts them.
import { LIMITS } from './schema';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function hasType(v: Obj, type: string): boolean {
  const t = v['@type'];
  return t === type || (Array.isArray(t) && t.includes(type));
}

/** Whether parsed JSON looks like ClaimReview JSON-LD rather than a claim pack. */
export function looksLikeClaimReview(data: unknown): boolean {
  if (Array.isArray(data)) return data.some((x) => isObj(x) && '@type' in x);
  return isObj(data) && !('claims' in data) && ('@type' in data || '@graph' in data || '@context' in data);
}

/** The ClaimReview objects of a list, an @graph, an ItemList (of ListItems), or one review. */
function reviewsOf(data: unknown): unknown[] {
  const out: unknown[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 3 || out.length > LIMITS.claims) return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    if (!isObj(v)) return;
    if (hasType(v, 'ClaimReview')) return void out.push(v);
    if (Array.isArray(v['@graph'])) visit(v['@graph'], depth + 1);
    if (hasType(v, 'ItemList') && Array.isArray(v.itemListElement)) visit(v.itemListElement, depth + 1);
    if (hasType(v, 'ListItem') && isObj(v.item)) visit(v.item, depth + 1);
  };
  visit(data, 0);
  return out;
}

/** A string field, or the `name` of an object, or those of a list, joined. */
function names(v: unknown): string | null {
  const list = Array.isArray(v) ? v : [v];
  const found = list
    .map((x) => (typeof x === 'string' ? x : isObj(x) && typeof x.name === 'string' ? x.name : ''))
    .map((s) => s.trim())
    .filter(Boolean);
  return found.length ? found.join(', ') : null;
}

/** The first web address in an appearance: a URL string, an object with url, or a list of them. */
function firstUrl(...candidates: unknown[]): string | null {
  for (const c of candidates) {
    for (const x of Array.isArray(c) ? c : [c]) {
      const url = typeof x === 'string' ? x : isObj(x) && typeof x.url === 'string' ? x.url : isObj(x) && typeof x['@id'] === 'string' ? x['@id'] : null;
      if (url && /^https?:\/\//i.test(url.trim())) return url.trim();
    }
  }
  return null;
}

/** "2024-11-07T10:00:00Z" -> "2024-11-07"; anything else is passed on for the validator to judge. */
function dateOf(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(v.trim());
  return m ? m[1] : v;
}

function cut(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const head = t.slice(0, max - 1);
  return `${head.slice(0, Math.max(head.lastIndexOf(' '), max / 2)).replace(/[\s,;:.]+$/, '')}…`;
}

export type ConvertResult = { ok: true; pack: { version: 1; claims: Obj[] } } | { ok: false; errors: string[] };

/**
 * ClaimReview -> claim records, one per review: claimReviewed is the quote, itemReviewed.author
 * who said it, itemReviewed.appearance (else the review's url) the source, datePublished the
 * as-of and publication date, and the rating (reviewRating.alternateName) ends the subject.
 */
export function claimReviewToPack(data: unknown): ConvertResult {
  const reviews = reviewsOf(data);
  if (!reviews.length) return { ok: false, errors: ['pack: no ClaimReview found (expected a list of ClaimReview objects, an @graph or an ItemList of them)'] };
  if (reviews.length > LIMITS.claims) return { ok: false, errors: [`pack: too many ClaimReviews (more than ${LIMITS.claims})`] };
  const errors: string[] = [];
  const claims: Obj[] = [];
  const err = (i: number, msg: string) => {
    if (errors.length < LIMITS.errors) errors.push(`ClaimReview ${i + 1}: ${msg}`);
  };
  reviews.forEach((raw, i) => {
    const r = raw as Obj;
    const item = isObj(r.itemReviewed) ? r.itemReviewed : {};
    if (r.itemReviewed !== undefined && !isObj(r.itemReviewed)) return err(i, 'itemReviewed must be an object');
    const quote = r.claimReviewed;
    if (typeof quote !== 'string' || !quote.trim()) return err(i, `claimReviewed must be a non-empty string, got ${quote === undefined ? 'nothing' : typeof quote}`);
    const source = firstUrl(item.appearance, item.firstAppearance, item.url, r.url);
    if (!source) return err(i, 'no http(s) address for the claim (itemReviewed.appearance, itemReviewed.url or url)');
    const rating = isObj(r.reviewRating) ? r.reviewRating.alternateName : undefined;
    if (rating !== undefined && typeof rating !== 'string') return err(i, 'reviewRating.alternateName must be a string');
    const title = typeof r.name === 'string' && r.name.trim() ? r.name : typeof r.headline === 'string' && r.headline.trim() ? r.headline : quote;
    const suffix = rating?.trim() ? ` (rated: ${cut(rating, 60)})` : '';
    const published = dateOf(item.datePublished ?? r.datePublished);
    const statement: Obj = {
      source,
      quote: quote.trim(),
      attribution: names(item.author),
      // No figure: the importer reads it from the quote as the engine reads a page.
    };
    if (published !== undefined) {
      statement.asOf = published;
      statement.published = published;
    }
    const outlet = names(isObj(item.appearance) ? (item.appearance.publisher ?? item.appearance.author) : undefined);
    if (outlet) statement.outlet = outlet;
    claims.push({ subject: cut(title, LIMITS.subject - suffix.length) + suffix, statements: [statement] });
  });
  if (errors.length) return { ok: false, errors };
  return { ok: true, pack: { version: 1, claims } };
}
