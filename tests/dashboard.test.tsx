// @vitest-environment happy-dom
// The dashboard over the real store, import and export (fake-indexeddb); only messaging is mocked.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import type { ClaimRecord } from '../core/types';
import { db } from '../data/db';
import type { NewFlag } from '../data/messages';
import { broadcastRefresh } from '../data/messaging';
import { addFlag, listClaims, listFlags } from '../data/store';
import bundled from '../data/claims.json';
import { Dashboard } from '../components/Dashboard';
import { createDashboardApi } from '../entrypoints/options/dashboard-api';
import { allByRole, byRole, click, nameOf, settle, text, typeInto, waitFor } from './ui-query';

vi.mock('../data/messaging', () => ({ broadcastRefresh: vi.fn(async () => {}) }));

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

describe('claim database', () => {
  it('lists every record, and the search narrows to subject, quote or attribution matches', async () => {
    await openDashboard();
    expect(records()).toHaveLength(BUNDLED.length);
    expect(text(root)).toContain(BUNDLED[0]!.subject);
    expect(allByRole(root, 'heading', 'ClaimLens dashboard')).toHaveLength(1);

    const search = byRole(root, 'searchbox', 'Search claims') as HTMLInputElement;
    await typeInto(search, 'pentagon');
    const hits = records();
    const expected = BUNDLED.filter((c) =>
      [c.subject, ...c.statements.flatMap((s) => [s.quote, s.attribution ?? ''])].join(' ').toLowerCase().includes('pentagon'),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(BUNDLED.length);
    expect(hits.map((a) => text(a.querySelector('h3')!)).sort()).toEqual(expected.map((c) => c.subject).sort());
    for (const a of hits) expect(text(a).toLowerCase()).toContain('pentagon');

    await typeInto(search, 'zzzz-no-such-claim');
    expect(records()).toHaveLength(0);
    expect(text(root)).toContain('No claims match');
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

  it('deletes a flag', async () => {
    await addFlag(flag({ title: 'Doomed story' }));
    await openDashboard();
    await click(byRole(root, 'button', 'Delete flag'));
    await waitFor(() => expect(text(root)).toContain('No flags yet.'));
    expect(await listFlags()).toHaveLength(0);
    expect(broadcastRefresh).toHaveBeenCalled();
  });
});

function fileInput(): HTMLInputElement {
  const input = [...root.querySelectorAll<HTMLInputElement>('input[type="file"]')].find((i) => nameOf(i) === 'Import claim pack');
  if (!input) throw new Error('no file input labelled "Import claim pack"');
  return input;
}

async function importText(content: string) {
  const input = fileInput();
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([content], 'pack.json', { type: 'application/json' })] });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(20);
}

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
    await waitFor(() => expect(text(byRole(root, 'status'))).toBe('Imported 1 claim.'));
    await waitFor(() => expect(text(root)).toContain('Drones launched overnight'));
    expect(records()).toHaveLength(BUNDLED.length + 1);
    expect(broadcastRefresh).toHaveBeenCalled();

    await importText(JSON.stringify(readerPack));
    await waitFor(() => expect(text(byRole(root, 'status'))).toBe('Nothing new: this pack is already imported.'));
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
