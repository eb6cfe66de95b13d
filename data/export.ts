// Exports of the reader's work in three formats: our claims JSON, W3C Web Annotations, ClaimReview.
import type { ClaimRecord, Statement } from '../core/types';
import { ClaimDB, db as defaultDb } from './db';
import { SEED_TITLES } from './seed-titles';
import { createStore } from './store';

/** Our claims JSON format: reader records and flags, importable with importPack. */
export async function exportClaimsJson(db: ClaimDB = defaultDb) {
  const store = createStore(db);
  const [claims, flags] = await Promise.all([store.listClaims(), store.listFlags()]);
  const version = (await db.meta.get('bundledVersion'))?.value;
  return {
    version: typeof version === 'number' ? version : 1,
    // Pack ids are this profile's own: another profile gives the records its own pack.
    claims: claims.filter((c) => c.origin === 'reader').map(({ pack: _p, ...c }) => c),
    flags,
  };
}

/** Flags as a W3C Web Annotation collection (JSON-LD). */
export async function exportWebAnnotations(db: ClaimDB = defaultDb) {
  const store = createStore(db);
  const [flags, claims] = await Promise.all([store.listFlags(), store.listClaims()]);
  const records = new Map(claims.map((c) => [c.id, c]));
  const items = flags.map((flag) => ({
    id: `urn:uuid:${flag.id}`,
    type: 'Annotation',
    motivation: 'assessing',
    created: new Date(flag.createdAt).toISOString(),
    body: [
      ...(flag.note ? [{ type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: flag.note }] : []),
      { type: 'TextualBody', purpose: 'tagging', format: 'text/plain', value: flag.verdict },
      ...sourceLinks(flag.claimId ? records.get(flag.claimId) : undefined),
    ],
    target: {
      source: flag.url,
      selector: { type: 'TextQuoteSelector', exact: flag.selector.exact, prefix: flag.selector.prefix, suffix: flag.selector.suffix },
    },
  }));
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: 'ClaimLens flags',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

/**
 * The articles behind the record a flag was compared with, as linking bodies: their URL, and
 * outlet and publication date where known (dcterms terms, which anno.jsonld prefixes).
 */
function sourceLinks(record: ClaimRecord | undefined) {
  const seen = new Set<string>();
  return (record?.statements ?? []).flatMap((s) => {
    const url = s.url ?? (/^https?:/i.test(s.source) ? s.source : null);
    if (!url || seen.has(url)) return [];
    seen.add(url);
    return [{
      type: 'SpecificResource',
      purpose: 'linking',
      source: url,
      ...(s.outlet ? { 'dcterms:publisher': s.outlet } : {}),
      ...(s.published ? { 'dcterms:issued': s.published } : {}),
    }];
  });
}

const ORGANISATION = /\b(ministry|pentagon|nato|agency|intelligence|government|service|office|department|command|council|institute|army|forces|military|kremlin|staff|news|nations|union|alliance|kcna|yonhap|reuters)\b/i;

/** Where the statement appeared: the article's title or URL, and its outlet and date where known. */
function appearance(s: Statement) {
  const page = /^https?:/i.test(s.source);
  const url = s.url ?? (page ? s.source : null);
  return {
    '@type': 'CreativeWork',
    ...(page ? {} : { name: SEED_TITLES[s.source] ?? s.source }),
    ...(url ? { url } : {}),
    ...(s.outlet ? { publisher: { '@type': 'Organization', name: s.outlet } } : {}),
    ...(s.published ? { datePublished: s.published } : {}),
  };
}

function review(record: ClaimRecord, statement: Statement) {
  const author = statement.attribution
    ? { '@type': ORGANISATION.test(statement.attribution) ? 'Organization' : 'Person', name: statement.attribution }
    : undefined;
  const reader = record.origin === 'reader';
  return {
    '@type': 'ClaimReview',
    identifier: record.id,
    name: record.subject,
    claimReviewed: statement.quote,
    itemReviewed: {
      '@type': 'Claim',
      ...(author ? { author } : {}),
      appearance: appearance(statement),
      ...(statement.asOf ? { datePublished: statement.asOf } : {}),
    },
    author: { '@type': 'Organization', name: 'ClaimLens' },
    reviewRating: {
      '@type': 'Rating',
      alternateName: reader ? 'Reader-added' : 'Bundled source',
    },
  };
}

/** Every statement of every record as a schema.org ClaimReview (JSON-LD graph). */
export async function exportClaimReview(db: ClaimDB = defaultDb) {
  const claims = await createStore(db).listClaims();
  return {
    '@context': 'https://schema.org',
    '@graph': claims.flatMap((record) => record.statements.map((s) => review(record, s))),
  };
}
