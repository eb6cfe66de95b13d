// Retrieval keys. A record (subject, quotes, attributions, optional keyTerms hints) and a page
// sentence reduce to the same stems, so an index over stored records finds the few records a
// sentence may be about, whatever the database's size. Choosing among them is match.ts's job.
import type { ClaimRecord } from './types.ts';

/** Bump when the derivation changes, with a new Dexie version in data/db.ts that derives stored terms again. */
export const TERMS_VERSION = 2;

const STOP = new Set(
  ('a an the and or but nor of in on at to for from by with as into onto over under about above after before ' +
    'between during since until than then that this these those there here it its is are was were be been being ' +
    'has have had having do does did will would shall should can could may might must not no yes also only just ' +
    'more most less least very so such some any all each every both either neither other another same own who whom ' +
    'whose which what when where why how he she they them their his her we our you your i me my us said says say ' +
    'told according reported report reports new news year years month months week weeks day days time per cent percent')
    .split(' '),
);

/** One word's key: lower case, possessive and common inflections removed. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/u, '');
  if (w.length > 5 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  // Demonyms meet their country: "russian" -> "russia", "korean" -> "korea".
  if (w.length > 5 && /[ae]n$/.test(w) && /(?:ia|ea)n$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** A number's key ("#10000" for "10,000"): figures tell apart records worded alike. */
export const numberTerm = (value: number): string => `#${value}`;

/** Distinct keys of a text: words of three or more letters that are not function words, and numbers. */
export function textTerms(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g)) {
    const value = Number(m[0].replace(/,/g, ''));
    if (Number.isFinite(value)) out.add(numberTerm(value));
  }
  for (const m of text.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    for (const part of m[0].split('-')) {
      if (part.length < 3) continue;
      const lower = part.toLowerCase();
      if (STOP.has(lower)) continue;
      const k = stem(lower);
      if (k.length >= 3 && !STOP.has(k)) out.add(k);
    }
  }
  return [...out];
}

/** A record's keys: everything it says, and its hints when it has any. */
export function recordTerms(record: Pick<ClaimRecord, 'subject' | 'statements'> & { keyTerms?: string[][] }): string[] {
  const parts = [record.subject ?? ''];
  for (const st of record.statements ?? []) parts.push(st.quote ?? '', st.attribution ?? '');
  for (const group of record.keyTerms ?? []) parts.push(group.join(' '));
  const terms = new Set(textTerms(parts.join(' \n ')));
  for (const st of record.statements ?? []) {
    if (typeof st.figure?.value === 'number') terms.add(numberTerm(st.figure.value));
  }
  return [...terms];
}
