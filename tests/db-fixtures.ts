// Small claim packs and flags for the database tests (not the bundled data/claims.json).
import type { ClaimPack, ClaimRecord } from '../core/types';
import { ClaimDB } from '../data/db';
import type { NewFlag } from '../data/messages';

export function freshDb(): ClaimDB {
  return new ClaimDB(`test-${crypto.randomUUID()}`);
}

export const troops: ClaimRecord = {
  id: 'nk-troops-kursk',
  subject: 'North Korean troops sent to Russia',
  topics: ['north-korea', 'russia'],
  keyTerms: [['north korean', 'pyongyang'], ['troops', 'soldiers']],
  statements: [{
    source: '000_43f53078eb556458.txt',
    quote: 'The Pentagon has estimated that approximately 10,000 North Korean soldiers have been dispatched to the Kursk region in Russia',
    attribution: 'the Pentagon',
    figure: { value: 10000, unit: 'soldiers', qualifier: 'about', counts: 'troops-deployed' },
  }],
};

export const spending: ClaimRecord = {
  id: 'nato-spending-target',
  subject: 'NATO members meeting the spending target',
  topics: ['nato'],
  keyTerms: [['nato'], ['spending', 'defense spending'], ['target', '2%']],
  statements: [{
    source: '001_a97f03ce641537a7.txt',
    quote: '23 of 32 members meet the target',
    attribution: null,
    figure: { value: 23, of: 32, unit: 'members', qualifier: 'exact', counts: 'members-meeting-target' },
  }],
};

export const casualties: ClaimRecord = {
  id: 'russia-casualties',
  subject: 'Russian casualties',
  topics: ['russia'],
  keyTerms: [['russian'], ['killed', 'wounded', 'casualties']],
  statements: [{ source: '002_9950ee67f3d01385.txt', quote: 'more than 600,000 killed or wounded', attribution: 'UK officials', figure: null }],
};

export const packV1: ClaimPack = { version: 1, claims: [troops, spending] };
/** The next bundled release: one record changed, one removed, one added. */
export const packV2: ClaimPack = {
  version: 2,
  claims: [{ ...troops, subject: 'North Korean soldiers in Kursk' }, casualties],
};

export const readerRecord: ClaimRecord = {
  id: 'reader-abc12345',
  subject: 'Reader note on drones',
  topics: ['russia'],
  keyTerms: [['drones'], ['shahed']],
  statements: [{ source: 'https://news.example/drones', quote: 'Russia launched 90 drones overnight', attribution: null, figure: null }],
  origin: 'reader',
};

export function newFlag(overrides: Partial<NewFlag> = {}): NewFlag {
  const exact = overrides.selector?.exact ?? 'about 12,000 North Korean troops are fighting in Kursk';
  return {
    url: 'https://news.example/world/korea?id=1',
    title: 'Korea troops story',
    selector: { type: 'TextQuoteSelector', exact, prefix: 'Officials say ', suffix: ', the report said.' },
    sentence: `Officials say ${exact}, the report said.`,
    figure: { value: 12000, unit: 'troops', qualifier: 'about', counts: 'troops-deployed' },
    verdict: 'differs',
    claimId: troops.id,
    note: 'Pentagon said 10,000',
    topics: ['north-korea', 'russia'],
    attribution: 'Officials',
    ...overrides,
  };
}
