// @vitest-environment happy-dom
// The dashboard over the real store, import and export (fake-indexeddb); only messaging is mocked.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import type { ClaimRecord } from '../core/types';
import { db } from '../data/db';
import type { NewFlag } from '../data/messages';
import { broadcastRefresh } from '../data/messaging';
import { addFlag, listClaims, listFlags, listPacks, promoteFlag } from '../data/store';
import bundled from '../data/claims.json';
import { PAGE_SIZE } from '../components/ClaimBrowser';
import { Dashboard } from '../components/Dashboard';
import { createDashboardApi } from '../entrypoints/options/dashboard-api';
import { allByRole, byRole, click, nameOf, settle, text, typeInto, waitFor } from './ui-query';

// The background's side of a chunked import runs in-process: the same jobs the background uses.
vi.mock('../data/messaging', async () => {
  const { createImportJobs } = await import('../data/import');
  const { db } = await import('../data/db');
  const broadcastRefresh = vi.fn(async () => {});
  // As in the background: open pages are told once an import added something.
  const jobs = createImportJobs(db, () => void broadcastRefresh());
  const handlers: Record<string, (data: never) => unknown> = {
    'pack/import-begin': (d) => jobs.begin(d),
    'pack/import-chunk': (d) => jobs.chunk(d),
    'pack/import-end': (d) => jobs.end(d),
    'pack/progress': (d) => jobs.progress(d),
  };
  return {
    broadcastRefresh,
    // Through JSON, as runtime messages are.
    sendToBackground: vi.fn(async (type: string, data: unknown) => structuredClone(await handlers[type]!(JSON.parse(JSON.stringify(data)) as never))),
  };
});

const BUNDLED = (bundled as { claims: ClaimRecord[] }).claims;

function flag(overrides: Partial<NewFlag>): NewFlag {
  const exact = overrides.sentence ?? 'about 12,000 North Korean troops are fighting in Kursk';
  return {
    url: 'https://news.example/world/korea',
    site: '',
    title: 'Korea troops story',
    selector: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    sentence: exact,
    figure: { value: 12000, unit: 'troops', qualifier: 'about', counts: 'troops-deployed' },
    verdict: 'differs',
    note: '',
    ...overrides,
  };
}

const readerPack = {
  version: 1,
  claims: [
    {
      id: 'reader-drones-night',
      subject: 'Drones launched overnight',
      topics: ['russia'],
      keyTerms: [['drones'], ['overnight']],
      statements: [{ source: 'https://news.example/drones', quote: 'Russia launched 90 drones overnight', attribution: 'Ukraine’s air force', figure: null }],
      origin: 'reader',
    },
  ],
};

let root: HTMLElement;

beforeEach(async () => {
  await listClaims(); // seeds the bundled claims once
  await db.flags.clear();
  await db.claims.where('origin').equals('reader').delete();
  await db.packs.clear();
  vi.mocked(broadcastRefresh).mockClear();
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

async function openDashboard() {
  render(<Dashboard api={createDashboardApi()} />, root);
  await waitFor(() => expect(allByRole(root, 'article').length).toBeGreaterThan(0));
}

const records = () => [...root.querySelectorAll('#claims article')];
const subjects = () => records().map((a) => text(a.querySelector('h3')!));
const claimCount = () => text(root.querySelector('#claims [aria-live]')!);

/** Every record the list shows, page after page. */
async function allPages(): Promise<string[]> {
  const seen = [...subjects()];
  for (let i = 0; i < 100; i++) {
    const next = allByRole(root, 'button', 'Next page')[0] as HTMLButtonElement | undefined;
    if (!next || next.disabled) break;
    const before = subjects().join('|');
    await click(next);
    await waitFor(() => expect(subjects().join('|')).not.toBe(before));
    seen.push(...subjects());
  }
  return seen;
}

describe('claim database', () => {
  it('shows a page of records at a time, and the search narrows to subject, quote or attribution matches', async () => {
    await openDashboard();
    expect(records()).toHaveLength(Math.min(PAGE_SIZE, BUNDLED.length));
    expect(claimCount()).toContain(`${BUNDLED.length} claims.`);
    expect(allByRole(root, 'heading', 'ClaimLens dashboard')).toHaveLength(1);
    // Flags and packs are one link away, not below every record.
    const nav = root.querySelector('nav[aria-label="Sections"]')!;
    expect(allByRole(nav, 'link').map((l) => l.getAttribute('href'))).toEqual(['#claims', '#flags', '#packs']);
    expect((await allPages()).sort()).toEqual(BUNDLED.map((c) => c.subject).sort());

    const search = byRole(root, 'searchbox', 'Search claims') as HTMLInputElement;
    await typeInto(search, 'pentagon');
    const expected = BUNDLED.filter((c) =>
      [c.subject, ...c.statements.flatMap((s) => [s.quote, s.attribution ?? ''])].join(' ').toLowerCase().includes('pentagon'),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(BUNDLED.length);
    await waitFor(() => expect(subjects().sort()).toEqual(expected.map((c) => c.subject).sort()));
    for (const a of records()) expect(text(a).toLowerCase()).toContain('pentagon');
    expect(claimCount()).toContain(`${expected.length} claim`);

    // Two words: both must be there; a figure is looked for in the text.
    const figure = BUNDLED.flatMap((c) => c.statements.map((s) => s.quote)).join(' ').match(/\b\d{1,3},\d{3}\b/)![0];
    await typeInto(search, `pentagon ${figure}`);
    await waitFor(() => {
      expect(records().length).toBeGreaterThan(0);
      for (const a of records()) expect(text(a)).toContain(figure);
    });

    await typeInto(search, 'zzzz-no-such-claim');
    await waitFor(() => expect(records()).toHaveLength(0));
    expect(text(root)).toContain('No claims match');
  });

  it('draws each figured record’s sources on a number line, with the figures as text too', async () => {
    await openDashboard();
    const search = byRole(root, 'searchbox', 'Search claims') as HTMLInputElement;
    await typeInto(search, 'pentagon');
    const record = BUNDLED.find((c) => c.statements.some((s) => s.figure) && c.statements.some((s) => /pentagon/i.test(s.quote + (s.attribution ?? ''))))!;
    await waitFor(() => expect(subjects()).toContain(record.subject));
    const article = records().find((a) => text(a).includes(record.subject))!;
    const charts = [...article.querySelectorAll('svg')];
    const kinds = new Set(record.statements.flatMap((s) => (s.figure ? [s.figure.counts] : [])));
    expect(charts).toHaveLength(kinds.size);
    // Each chart is named, and every figure of the record is in its text alternative.
    for (const svg of charts) expect(svg.getAttribute('aria-labelledby') ?? svg.getAttribute('aria-label')).toBeTruthy();
    const figured = record.statements.filter((s) => s.figure);
    for (const s of figured) expect(text(article)).toContain(s.figure!.value.toLocaleString('en-US'));
  });

  it('names each bundled source’s outlet with a link to the original, and says when its date is unknown', async () => {
    await openDashboard();
    const search = byRole(root, 'searchbox', 'Search claims') as HTMLInputElement;
    await typeInto(search, 'pentagon');
    const st = BUNDLED.flatMap((c) => c.statements).find((x) => /pentagon/i.test(x.quote + (x.attribution ?? '')) && x.url)!;
    await waitFor(() => expect(root.querySelector(`a[href="${st.url}"]`)).not.toBeNull());
    const link = root.querySelector(`a[href="${st.url}"]`)!;
    expect(text(link)).toBe(st.outlet);
    expect(text(link.parentElement!)).toContain(st.published ?? 'date unknown');
  });

  it('opens the source article with the quote marked, as text', async () => {
    await openDashboard();
    const record = BUNDLED[0]!;
    const first = records().find((a) => text(a.querySelector('h3')!) === record.subject)!;
    const opener = allByRole(first, 'button', /^Show in source: /)[0]!;
    await click(opener);
    const dialog = byRole(root, 'dialog');
    const mark = dialog.querySelector('mark');
    expect(mark?.textContent).toBe(record.statements[0]!.quote);
    expect(text(dialog)).toContain(record.statements[0]!.source);
    await click(byRole(dialog, 'button', 'Close'));
    expect(allByRole(root, 'dialog')).toHaveLength(0);
    expect(document.activeElement).toBe(opener);
  });
});

describe('flags', () => {
  it('lists flags newest first, filters by site and verdict, and links back to the page', async () => {
    await addFlag(flag({ url: 'https://a.example/one', title: 'Story one', verdict: 'differs', sentence: 'Some 3,000 troops were sent.' }));
    await new Promise((r) => setTimeout(r, 5));
    await addFlag(flag({ url: 'https://b.example/two', title: 'Story two', verdict: 'new', sentence: 'Seoul may send arms.', note: 'Follow up' }));
    await new Promise((r) => setTimeout(r, 5));
    await addFlag(flag({ url: 'https://a.example/three', title: 'Story three', verdict: 'agrees', sentence: '23 of 32 members meet the target.' }));
    await openDashboard();

    const flagTitles = () => [...root.querySelectorAll('#flags article h3')].map((h) => text(h as Element));
    expect(flagTitles()).toEqual(['Story three', 'Story two', 'Story one']);
    const link = byRole(root, 'link', 'Story two');
    expect(link.getAttribute('href')).toBe('https://b.example/two');
    expect(link.getAttribute('rel')).toBe('noreferrer');
    expect(text(root)).toContain('Follow up');

    await typeInto(byRole(root, 'combobox', 'Filter by site') as HTMLSelectElement, 'a.example');
    expect(flagTitles()).toEqual(['Story three', 'Story one']);
    await typeInto(byRole(root, 'combobox', 'Filter by verdict') as HTMLSelectElement, 'differs');
    expect(flagTitles()).toEqual(['Story one']);
    await typeInto(byRole(root, 'combobox', 'Filter by site') as HTMLSelectElement, 'b.example');
    expect(flagTitles()).toEqual([]);
    expect(text(root)).toContain('No flags match these filters.');
  });

  it('promotes a new flag to a reader-added record and tells open pages', async () => {
    await addFlag(flag({ verdict: 'new', title: 'Arms story', sentence: 'Seoul is weighing direct arms supplies to Ukraine.' }));
    await addFlag(flag({ url: 'https://c.example/x', verdict: 'agrees', title: 'Agreeing story', sentence: 'About 10,000 troops.' }));
    await openDashboard();
    // Only new and differing flags can become records.
    const promote = byRole(root, 'button', 'Promote to database');
    await click(promote);
    await waitFor(() => expect(text(root)).toContain('Reader-added'));
    const reader = (await listClaims()).filter((c) => c.origin === 'reader');
    expect(reader).toHaveLength(1);
    expect(reader[0]!.statements[0]!.quote).toBe('Seoul is weighing direct arms supplies to Ukraine.');
    expect(broadcastRefresh).toHaveBeenCalled();
    expect(allByRole(root, 'button', 'Promote to database')).toHaveLength(0);
  });

  it('deletes a flag, and Undo puts it back with its note', async () => {
    await addFlag(flag({ title: 'Doomed story', note: 'my reasons' }));
    await openDashboard();
    await click(byRole(root, 'button', 'Delete flag'));
    await waitFor(() => expect(text(root)).toContain('No flags yet.'));
    expect(await listFlags()).toHaveLength(0);
    expect(broadcastRefresh).toHaveBeenCalled();
    const status = byRole(root, 'status');
    expect(text(status)).toContain('Flag deleted');
    expect(text(status)).toContain('my reasons');

    await click(byRole(status, 'button', 'Undo'));
    await waitFor(() => expect(text(byRole(root, 'status'))).toBe('Flag restored.'));
    expect(text(root)).not.toContain('Flag deleted');
    expect(allByRole(root, 'button', 'Undo')).toHaveLength(0);
    const [back] = await listFlags();
    expect(back?.note).toBe('my reasons');
    expect(text(root.querySelector('#flags')!)).toContain('Doomed story');
  });
});

function fileInput(): HTMLInputElement {
  const input = [...root.querySelectorAll<HTMLInputElement>('input[type="file"]')].find((i) => nameOf(i) === 'Import claim pack');
  if (!input) throw new Error('no file input labelled "Import claim pack"');
  return input;
}

async function importText(content: string, name = 'pack.json') {
  const input = fileInput();
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([content], name, { type: 'application/json' })] });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(20);
}

const packItems = () => [...root.querySelectorAll('#packs li.pack')];

describe('import', () => {
  it('shows what is wrong in an alert and changes nothing', async () => {
    await openDashboard();
    const before = await db.claims.count();
    await importText('{"version": 1, "claims": [ {"id": "x" ');
    const alert = await waitFor(() => byRole(root, 'alert'));
    expect(text(alert)).toContain('not imported');
    expect(text(alert)).toMatch(/JSON/);
    expect(allByRole(root, 'status')).toHaveLength(0);

    const hostile = structuredClone(readerPack);
    hostile.claims[0]!.subject = '<img src=x onerror=alert(1)>';
    await importText(JSON.stringify(hostile));
    await waitFor(() => expect(text(byRole(root, 'alert'))).toMatch(/markup/i));
    expect(root.querySelector('img')).toBeNull();
    expect(await db.claims.count()).toBe(before);
  });

  it('imports a pack, then says when there is nothing new', async () => {
    await openDashboard();
    await importText(JSON.stringify(readerPack));
    await waitFor(() => expect(text(byRole(root, 'status'))).toBe('Imported 1 claim as the pack “pack.json”.'));
    await waitFor(() => expect(claimCount()).toContain(`${BUNDLED.length + 1} claims.`));
    await typeInto(byRole(root, 'searchbox', 'Search claims') as HTMLInputElement, 'drones overnight');
    await waitFor(() => expect(subjects()).toEqual(['Drones launched overnight']));
    expect(text(records()[0]!)).toContain('Pack: pack.json');
    expect(broadcastRefresh).toHaveBeenCalled();

    await importText(JSON.stringify(readerPack));
    await waitFor(() => expect(text(byRole(root, 'status'))).toBe('Nothing new: this pack is already imported.'));
  });
});

describe('packs', () => {
  // Only subjects and statements: no version, ids, topics, keyTerms, origin, attribution or figure.
  const minimal = {
    claims: [
      {
        subject: 'North Korean troops in Kursk',
        statements: [{ source: 'https://factcheck.example/nk-kursk', quote: 'Around 11,000 North Korean soldiers are deployed in the Kursk region.' }],
      },
      {
        subject: 'Russian drones over Poland',
        statements: [{ source: 'https://factcheck.example/drones', quote: 'Poland said 19 Russian drones entered its airspace.' }],
      },
    ],
  };

  it('imports a hand-written pack, lists it with its count and date, and removes it (asking first) with its records', async () => {
    await openDashboard();
    await importText(JSON.stringify(minimal), 'my-pack.json');
    await waitFor(() => expect(text(byRole(root, 'status'))).toBe('Imported 2 claims as the pack “my-pack.json”.'));
    const [item] = packItems();
    expect(text(item!)).toMatch(/^my-pack\.json 2 records · imported /);
    expect(item!.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await waitFor(() => expect(subjects()).toContain('North Korean troops in Kursk'));
    const stored = (await listClaims()).filter((c) => c.origin === 'reader');
    // Ids generated, topics detected, the rest filled in.
    expect(stored).toHaveLength(2);
    for (const c of stored) {
      expect(c.id).toMatch(/^pack-[a-z0-9]+$/);
      expect(c.statements[0]!.attribution).toBeNull();
    }
    const nk = stored.find((c) => c.subject === 'North Korean troops in Kursk');
    expect(nk?.topics).toEqual(expect.arrayContaining(['north-korea']));
    // The figure is read from the quote, so pages with another number are told they differ.
    expect(nk?.statements[0]?.figure).toMatchObject({ value: 11_000, qualifier: 'about' });
    expect(stored.find((c) => c.subject === 'Russian drones over Poland')?.topics).toEqual(expect.arrayContaining(['russia']));

    await click(byRole(item as HTMLElement, 'button', 'Remove pack'));
    // Nothing goes before the reader confirms.
    expect(await db.claims.where('pack').anyOf((await listPacks()).map((p) => p.id)).count()).toBe(2);
    expect(text(item!)).toContain('Remove “my-pack.json” and its 2 records?');
    await click(byRole(item as HTMLElement, 'button', 'Keep pack'));
    expect(packItems()).toHaveLength(1);
    await click(byRole(packItems()[0] as HTMLElement, 'button', 'Remove pack'));
    await click(byRole(packItems()[0] as HTMLElement, 'button', 'Remove pack and records'));
    await waitFor(() => expect(text(byRole(root, 'status'))).toBe('Removed the pack “my-pack.json” and its 2 records.'));
    expect(packItems()).toHaveLength(0);
    expect(text(root)).toContain('No packs imported yet.');
    await waitFor(() => expect(subjects()).not.toContain('North Korean troops in Kursk'));
    expect(await db.claims.where('origin').equals('reader').count()).toBe(0);
    expect(await db.packs.count()).toBe(0);
  });

  it('imports a ClaimReview feed (an @graph of reviews) as records', async () => {
    const feed = {
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'ClaimReview',
          url: 'https://factcheck.example/reviews/1',
          claimReviewed: 'NATO has 40 member states.',
          datePublished: '2025-02-03',
          itemReviewed: {
            '@type': 'Claim',
            author: { '@type': 'Person', name: 'A. Blogger' },
            appearance: [{ '@type': 'CreativeWork', url: 'https://blog.example/nato-members' }],
            datePublished: '2025-01-30T08:00:00Z',
          },
          reviewRating: { '@type': 'Rating', alternateName: 'False' },
        },
        { '@type': 'Organization', name: 'Fact Check Example' },
      ],
    };
    await openDashboard();
    await importText(JSON.stringify(feed), 'feed.jsonld');
    await waitFor(() => expect(text(byRole(root, 'status'))).toBe('Imported 1 claim as the pack “feed.jsonld”.'));
    const [record] = (await listClaims()).filter((c) => c.origin === 'reader');
    expect(record?.subject).toBe('NATO has 40 member states. (rated: False)');
    expect(record?.topics).toEqual(['nato']);
    expect(record?.statements).toEqual([
      { source: 'https://blog.example/nato-members', quote: 'NATO has 40 member states.', attribution: 'A. Blogger', figure: expect.objectContaining({ value: 40 }), asOf: '2025-01-30', published: '2025-01-30' },
    ]);
    await typeInto(byRole(root, 'searchbox', 'Search claims') as HTMLInputElement, 'blogger');
    await waitFor(() => expect(subjects()).toEqual(['NATO has 40 member states. (rated: False)']));
    expect(text(records()[0]!)).toMatch(/Said by\s*A\. Blogger/);
    expect(text(records()[0]!)).toContain('https://blog.example/nato-members');
  });

  it('refuses hostile ClaimReview input with a message and changes nothing', async () => {
    await openDashboard();
    const before = await db.claims.count();
    const review = (claimReviewed: unknown) => ({ '@type': 'ClaimReview', claimReviewed, itemReviewed: { appearance: { url: 'https://x.example/a' } } });
    await importText(JSON.stringify([review('<script>alert(1)</script> NATO')]));
    await waitFor(() => expect(text(byRole(root, 'alert'))).toMatch(/ClaimReview 1: .*markup/));
    await importText(JSON.stringify([review(42)]));
    await waitFor(() => expect(text(byRole(root, 'alert'))).toContain('ClaimReview 1: claimReviewed must be a non-empty string'));
    await importText('[{"@type": "ClaimReview", "claimReviewed": "NATO", "__proto__": {"polluted": true}}]');
    await waitFor(() => expect(text(byRole(root, 'alert'))).toContain('"__proto__" is not allowed'));
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(await db.claims.count()).toBe(before);
    expect(await db.packs.count()).toBe(0);
    expect(root.querySelector('script')).toBeNull();
  });
});

describe('reader records', () => {
  it('deletes a reader record, and Undo puts it back (with its flag linked again)', async () => {
    const f = await addFlag(flag({ verdict: 'new', sentence: 'Seoul is weighing direct arms supplies to Ukraine.' }));
    const record = await promoteFlag(f.id);
    await openDashboard();
    await waitFor(() => expect(subjects()[0]).toBe(record.subject));
    // Bundled records cannot be deleted.
    expect(allByRole(root, 'button', 'Delete record')).toHaveLength(1);
    await click(byRole(records()[0] as HTMLElement, 'button', 'Delete record'));
    await waitFor(() => expect(text(byRole(root, 'status'))).toBe(`Record deleted: ${record.subject} Undo`));
    await waitFor(() => expect(subjects()).not.toContain(record.subject));
    expect((await listFlags())[0]?.promotedTo).toBeUndefined();
    // The flag can be promoted again while its record is gone.
    expect(allByRole(root, 'button', 'Promote to database')).toHaveLength(1);

    await click(byRole(byRole(root, 'status'), 'button', 'Undo'));
    await waitFor(() => expect(text(byRole(root, 'status'))).toBe(`Record restored: ${record.subject}`));
    await waitFor(() => expect(subjects()[0]).toBe(record.subject));
    expect((await listFlags())[0]?.promotedTo).toBe(record.id);
    expect(allByRole(root, 'button', 'Promote to database')).toHaveLength(0);
  });
});

describe('export', () => {
  it('downloads the three files through a temporary link', async () => {
    await addFlag(flag({ verdict: 'new', note: 'check this' }));
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return `blob:test/${blobs.length}`;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const saved: { name: string; href: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, href: this.getAttribute('href')! });
    });
    await openDashboard();

    for (const name of ['Export claims JSON', 'Export Web Annotations', 'Export ClaimReview']) {
      await click(byRole(root, 'button', name));
      await waitFor(() => expect(saved.length).toBeGreaterThan(0));
    }
    await waitFor(() => expect(saved).toHaveLength(3));
    expect(saved.map((s) => s.name)).toEqual(['claimlens-claims.json', 'claimlens-web-annotations.jsonld', 'claimlens-claimreview.jsonld']);
    expect(saved.map((s) => s.href)).toEqual(['blob:test/1', 'blob:test/2', 'blob:test/3']);
    // No link is left in the page.
    expect(document.querySelectorAll('a[download]')).toHaveLength(0);

    const [claimsJson, annotations, review] = await Promise.all(blobs.map(async (b) => JSON.parse(await b.text())));
    expect(claimsJson.flags).toHaveLength(1);
    expect(claimsJson.flags[0].note).toBe('check this');
    expect(JSON.stringify(annotations)).toContain('check this');
    expect(JSON.stringify(review)).toContain('ClaimReview');
    expect(JSON.stringify(review)).toContain(BUNDLED[0]!.statements[0]!.quote.slice(0, 40));
  });
});
