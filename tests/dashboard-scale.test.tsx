// @vitest-environment happy-dom
// The dashboard with 50,000 records (fake-indexeddb): it opens in under a second and a search
// answers in under 200 ms, because it reads one page of rows and searches the terms index.
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { render } from 'preact';
import type { ClaimRecord } from '../core/types';
import { db } from '../data/db';
import { listClaims, queryClaims } from '../data/store';
import { PAGE_SIZE } from '../components/ClaimBrowser';
import { Dashboard } from '../components/Dashboard';
import { createDashboardApi } from '../entrypoints/options/dashboard-api';
import { byRole, settle, text } from './ui-query';

vi.mock('../data/messaging', () => ({ broadcastRefresh: vi.fn(async () => {}), sendToBackground: vi.fn() }));

const N = 50_000;
const PLACES = ['Kursk', 'Donetsk', 'Kharkiv', 'Zaporizhzhia', 'Belgorod', 'Crimea', 'Odesa', 'Luhansk', 'Kherson', 'Sumy'];
const WHO = ['the Pentagon', 'NATO officials', 'Seoul’s intelligence service', 'the Kremlin', 'Ukraine’s army', 'analysts'];
const THINGS = ['troops', 'drones', 'missiles', 'tanks', 'shells', 'soldiers', 'artillery', 'vehicles'];

function record(i: number): ClaimRecord {
  const place = PLACES[i % PLACES.length]!;
  const thing = THINGS[(i >> 3) % THINGS.length]!;
  // One word in 1,000 records only, so a search can be narrow.
  const k = i % 50;
  const rare = `code${String.fromCharCode(97 + (k % 26))}${String.fromCharCode(97 + Math.floor(k / 26))}`;
  return {
    id: `scale-${i}`,
    subject: `${thing} near ${place}, report ${i}`,
    topics: ['russia'],
    keyTerms: [],
    statements: [{
      source: `https://news.example/${i}`,
      quote: `${WHO[i % WHO.length]} said ${1000 + i} ${thing} were seen near ${place} (${rare}).`,
      attribution: WHO[i % WHO.length]!,
      figure: null,
    }],
    origin: 'reader',
    pack: 'pack-scale',
  };
}

let root: HTMLElement;

beforeAll(async () => {
  await listClaims(); // the bundled records
  const t0 = performance.now();
  await db.packs.put({ id: 'pack-scale', name: 'scale.json', importedAt: new Date().toISOString(), count: N, status: 'ready' });
  for (let i = 0; i < N; i += 5_000) await db.claims.bulkAdd(Array.from({ length: 5_000 }, (_, j) => record(i + j)));
  console.log(`seeded ${N} records in ${Math.round(performance.now() - t0)} ms`);
  root = document.createElement('div');
  document.body.append(root);
}, 300_000);

afterAll(() => {
  render(null, root);
  root.remove();
});

const rows = () => [...root.querySelectorAll('#claims article')];
const count = () => text(root.querySelector('#claims [aria-live]')!);

/** Milliseconds until `done()` holds, checking after every task. */
async function timeUntil(done: () => boolean, limit = 10_000): Promise<number> {
  const t0 = performance.now();
  while (!done()) {
    if (performance.now() - t0 > limit) throw new Error(`not done after ${limit} ms; list says: ${count()}`);
    await settle(1);
  }
  return performance.now() - t0;
}

// Times are printed, not asserted (targets: open < 1 s, search < 200 ms): a busy machine must not
// fail the suite. What is asserted is what the reader sees: the right counts and rows.
it(`opens with ${N.toLocaleString('en')} records a page at a time, and searches narrow them (times printed)`, async () => {
  const total = await db.claims.count();
  expect(total).toBeGreaterThan(N);

  render(<Dashboard api={createDashboardApi()} />, root);
  const open = await timeUntil(() => rows().length === PAGE_SIZE && count().includes(`${total.toLocaleString('en')} claims.`));
  expect(rows()).toHaveLength(PAGE_SIZE);

  const search = byRole(root, 'searchbox', 'Search claims') as HTMLInputElement;
  // Time from typing until the list shows the answer's count (and its first page).
  const once = async (q: string, expected: (n: number) => boolean) => {
    const before = count();
    const t = performance.now();
    search.value = q;
    search.dispatchEvent(new Event('input', { bubbles: true }));
    const ms = await timeUntil(() => count() !== before && /match/.test(count()));
    const n = Number(count().match(/^(?:More than )?([\d,]+) claim/)![1]!.replace(/,/g, ''));
    expect(expected(n), `${q}: ${count()}`).toBe(true);
    for (const a of rows()) for (const w of q.split(' ')) expect(text(a).toLowerCase()).toContain(w.toLowerCase());
    return Math.max(ms, performance.now() - t);
  };
  // Each search three times from the full list; the median, so that one pause of a busy
  // machine does not decide.
  const runs: string[] = [];
  const ask = async (q: string, expected: (n: number) => boolean) => {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      search.value = '';
      search.dispatchEvent(new Event('input', { bubbles: true }));
      await timeUntil(() => count().includes(`${total.toLocaleString('en')} claims.`));
      times.push(await once(q, expected));
    }
    runs.push(`"${q}" ${times.map((t) => Math.round(t)).join('/')} ms`);
    return [...times].sort((x, y) => x - y)[1]!;
  };
  // One search first, unmeasured, so the times are not those of compiling the code.
  await once('codeab', (n) => n === N / 50);
  // A narrow word (1,000 records), a broad one (5,000 and the bundled: the first 2,000 are
  // listed and the reader is asked for another word), and both together.
  const narrow = await ask('codeha', (n) => n === N / 50);
  const broad = await ask('Kursk', (n) => n === 2_000 && count().startsWith('More than 2,000 claims match'));
  const both = await ask('codeha kursk', (n) => n === Array.from({ length: N }, (_, i) => i).filter((i) => i % 50 === 7 && i % 10 === 0).length);
  const queryOnly: string[] = [];
  for (const q of ['codeha', 'Kursk', 'codeha kursk']) {
    const t = performance.now();
    await queryClaims({ query: q, offset: 0, limit: PAGE_SIZE });
    queryOnly.push(`${q} ${Math.round(performance.now() - t)} ms`);
  }
  console.log(`each search three times (the first reads the rows, later ones remember them): ${runs.join(', ')}`);
  console.log(`store.queryClaims alone, after: ${queryOnly.join(', ')}`);
  console.log(
    `dashboard with ${total} records: open ${Math.round(open)} ms; search "codeha" ${Math.round(narrow)} ms, ` +
      `"Kursk" ${Math.round(broad)} ms, "codeha kursk" ${Math.round(both)} ms`,
  );
}, 120_000);
