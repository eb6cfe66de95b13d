// Exports of the reader's work in three formats: our claims JSON, W3C Web Annotations, ClaimReview.
import type { ClaimRecord, Statement } from '../core/types';
import { ClaimDB, db as defaultDb } from './db';
import { createStore } from './store';

/** Our claims JSON format: reader records and flags, importable with importPack. */
export async function exportClaimsJson(db: ClaimDB = defaultDb) {
  const store = createStore(db);
  const [claims, flags] = await Promise.all([store.listClaims(), store.listFlags()]);
  const version = (await db.meta.get('bundledVersion'))?.value;
  return {
    version: typeof version === 'number' ? version : 1,
    claims: claims.filter((c) => c.origin === 'reader'),
    flags,
  };
}

/** Flags as a W3C Web Annotation collection (JSON-LD). */
export async function exportWebAnnotations(db: ClaimDB = defaultDb) {
  const flags = await createStore(db).listFlags();
  const items = flags.map((flag) => ({
    id: `urn:uuid:${flag.id}`,
    type: 'Annotation',
    motivation: 'assessing',
    created: new Date(flag.createdAt).toISOString(),
    body: [
      ...(flag.note ? [{ type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: flag.note }] : []),
      { type: 'TextualBody', purpose: 'tagging', format: 'text/plain', value: flag.verdict },
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

const ORGANISATION = /\b(ministry|pentagon|nato|agency|intelligence|government|service|office|department|command|council|institute|army|forces|military|kremlin|staff|news|nations|union|alliance|kcna|yonhap|reuters)\b/i;

function appearance(source: string) {
  return /^https?:/i.test(source)
    ? { '@type': 'CreativeWork', url: source }
    : { '@type': 'CreativeWork', name: source };
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
      appearance: appearance(statement.source),
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
