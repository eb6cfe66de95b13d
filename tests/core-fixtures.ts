// Small claim records for engine tests, independent of the bundled database.
import type { ClaimRecord } from '../core/types.ts';

const NK = ['north korea', 'north korean', 'pyongyang'];
const RU = ['russia', 'russian', 'moscow', 'kremlin'];
const TROOPS = ['troops', 'soldiers', 'forces'];
const SENT = ['deployed', 'sent', 'dispatched', 'in russia', 'to russia', 'shipped', 'arrived'];

export const records: ClaimRecord[] = [
  {
    id: 'nk-troops',
    subject: 'North Korean troops in Russia',
    topics: ['north-korea', 'russia'],
    keyTerms: [NK, TROOPS, SENT, RU],
    statements: [
      { source: 'a.txt', quote: 'The Pentagon estimated that approximately 10,000 North Korean soldiers were in Russia.', attribution: 'the Pentagon', figure: { value: 10000, unit: 'soldiers', qualifier: 'about', counts: 'troops-deployed' }, asOf: '2024-11' },
      { source: 'b.txt', quote: 'Zelensky said North Korea was training 10,000 soldiers.', attribution: 'Zelensky', figure: { value: 10000, unit: 'soldiers', qualifier: 'exact', counts: 'troops-training' } },
    ],
  },
  {
    id: 'nk-troops-planned',
    subject: 'North Korea’s planned total deployment',
    topics: ['north-korea', 'russia'],
    keyTerms: [NK, TROOPS, ['plans', 'planned', 'could', 'eventually', 'total', 'considering'], RU],
    statements: [
      { source: 'c.txt', quote: 'North Korea is considering sending a total of around 12,000 soldiers.', attribution: 'NIS', figure: { value: 12000, unit: 'soldiers', qualifier: 'about', counts: 'troops-planned' } },
    ],
  },
  {
    id: 'ru-casualties',
    subject: 'Russian soldiers killed or wounded',
    topics: ['russia', 'nato'],
    keyTerms: [RU, ['killed', 'wounded', 'casualties'], TROOPS],
    statements: [
      { source: 'c.txt', quote: 'More than 600,000 Russian soldiers have been killed or wounded.', attribution: 'Rutte', figure: { value: 600000, unit: 'soldiers', qualifier: 'more-than', counts: 'killed-or-wounded' } },
    ],
  },
  {
    id: 'nato-2pct',
    subject: 'NATO members meeting the 2% target',
    topics: ['nato'],
    keyTerms: [['nato', 'alliance', 'allies'], ['2%', 'two percent', 'target', 'goal'], ['meet', 'met', 'hit', 'reach']],
    statements: [
      { source: 'a.txt', quote: '23 of the 32 NATO member states now meet the target.', attribution: null, figure: { value: 23, of: 32, unit: 'members', qualifier: 'exact', counts: 'members-meeting-target' } },
    ],
  },
  {
    id: 'tech-exchange',
    subject: 'Russia gives North Korea technology in exchange for military support',
    topics: ['russia', 'north-korea'],
    keyTerms: [['technology', 'tech'], RU, NK, ['exchange', 'in return', 'payment', 'supplying', 'providing']],
    statements: [
      { source: 'a.txt', quote: 'Russia is providing North Korea with advanced technology in exchange for military support.', attribution: 'Rutte', figure: null },
    ],
  },
  {
    id: 'kursk-incursion',
    subject: 'Ukraine’s incursion into Kursk (early August)',
    topics: ['russia'],
    keyTerms: [['ukraine', 'ukrainian', 'kyiv'], ['kursk'], ['incursion', 'offensive', 'pushed into', 'crossed into']],
    statements: [
      { source: 'c.txt', quote: 'Ukrainian forces launched a surprise incursion in early August.', attribution: null, figure: null },
    ],
  },
];
