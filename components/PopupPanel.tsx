// The popup: what ClaimLens found on the active page, and the switches for this site.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PageSummary, PageSummaryItem, Settings } from '../data/messages';
import type { Verdict } from '../core/types';
import { FlagForm, UnflagConfirm } from './FlagForm';
import { BUNDLED_PERIOD, VERDICT_ICON, VERDICT_LEGEND, VERDICT_ORDER, VERDICT_WORDS, shortQuote, siteOf } from './claim-text';

/** Everything the popup needs from the browser, so the view stays testable. */
export interface PopupApi {
  /** The summary the content script already has; rejects when no content script answers. */
  summary(): Promise<PageSummary>;
  focus(index: number): Promise<unknown>;
  flag(index: number, note: string, flagged: boolean): Promise<unknown>;
  settings(): Promise<Settings>;
  setSettings(patch: Partial<Settings>): Promise<Settings>;
  openDashboard(): void;
  close(): void;
  /** What the database holds; optional so that a missing answer only hides that line. */
  about?(): Promise<DatabaseInfo>;
}

/** What the claim database holds, for "About the database". */
export interface DatabaseInfo {
  /** Bundled news articles. */
  articles: number;
  /** Imported claim packs: name and number of records. */
  packs: { name: string; count: number }[];
  /** Records the reader made from flags. */
  readerRecords: number;
}

export const POLL_MS = 300;
/** After switching annotation back on, wait this many polls for the page to catch up. */
const WAKE_POLLS = 10;
/** Comparison lines longer than this are cut to three lines until asked for. */
const LINE_CLAMP = 110;

const COUNT_WORDS: Record<Verdict, [string, string]> = {
  agrees: ['agrees with the database', 'agree with the database'],
  differs: ['differs from the database', 'differ from the database'],
  new: ['not in the database', 'not in the database'],
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "About the database" in sentences. */
export function aboutText(info: DatabaseInfo): string[] {
  const lines = [`Bundled: ${plural(info.articles, 'news article')} from ${BUNDLED_PERIOD} reporting, read into claims with their figures, who gave them and when.`];
  const imported = info.packs.reduce((n, p) => n + p.count, 0);
  if (info.packs.length) lines.push(`Imported: ${plural(imported, 'record')} in ${plural(info.packs.length, 'claim pack')} (${info.packs.map((p) => p.name).join(', ')}).`);
  if (info.readerRecords) lines.push(`Yours: ${plural(info.readerRecords, 'record')} made from your flags.`);
  lines.push('A claim "agrees" when these sources say the same; that is not proof that it is true. Anything newer than the database shows as "new".');
  return lines;
}

type Shown = 'loading' | 'cant-run' | 'scanning' | 'paused' | 'site-off' | 'none' | 'list';

export function PopupPanel({ api }: { api: PopupApi }) {
  const [summary, setSummary] = useState<PageSummary | null>(null);
  const [cantRun, setCantRun] = useState(false);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [waking, setWaking] = useState(0);
  const [flagging, setFlagging] = useState<number | null>(null);
  const [error, setError] = useState('');
  const [done, setDone] = useState('');
  const [filter, setFilter] = useState<Verdict | null>(null);
  const [about, setAbout] = useState<DatabaseInfo | null>(null);
  const focusAfter = useRef<string | null>(null);

  async function refresh() {
    try {
      setSummary(await api.summary());
      setCantRun(false);
    } catch {
      setCantRun(true);
    }
  }

  useEffect(() => {
    void refresh();
    api.settings().then(setSettings, () => setSettings({ paused: false, disabledSites: [], shownVerdicts: ['differs', 'new'] }));
    api.about?.().then(setAbout, () => setAbout(null));
  }, []);

  const site = summary ? siteOf(summary.url) : '';
  const siteOff = !!settings && !!site && settings.disabledSites.includes(site);
  const stale = summary?.state === 'paused' || summary?.state === 'site-off';

  // Poll while the page scans, or while it has not yet noticed that it was switched back on.
  useEffect(() => {
    if (cantRun || !summary) return;
    if (summary.state !== 'scanning' && !(stale && waking > 0)) return;
    const t = setTimeout(() => {
      if (stale) setWaking((n) => Math.max(0, n - 1));
      void refresh();
    }, POLL_MS);
    return () => clearTimeout(t);
  }, [summary, waking, cantRun]);

  useEffect(() => {
    if (!focusAfter.current) return;
    document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = null;
  });

  let shown: Shown;
  if (cantRun) shown = 'cant-run';
  else if (!summary) shown = 'loading';
  else if (settings?.paused) shown = 'paused';
  else if (siteOff) shown = 'site-off';
  else if (stale) shown = waking > 0 ? 'scanning' : (summary.state as Shown);
  // A rescan (after a flag, say) keeps the list it had in view.
  else if (summary.state === 'scanning') shown = summary.items.length ? 'list' : 'scanning';
  else shown = summary.items.length ? 'list' : 'none';

  async function changeSettings(patch: Partial<Settings>) {
    setError('');
    try {
      const next = await api.setSettings(patch);
      setSettings(next);
      const on = !next.paused && !(site && next.disabledSites.includes(site));
      setWaking(on ? WAKE_POLLS : 0);
      if (on) void refresh();
    } catch {
      setError('Could not save the setting. Try again.');
    }
  }

  function toggleSite(annotate: boolean) {
    const sites = new Set(settings?.disabledSites ?? []);
    if (annotate) sites.delete(site);
    else sites.add(site);
    void changeSettings({ disabledSites: [...sites] });
  }

  async function go(item: PageSummaryItem) {
    try {
      await api.focus(item.index);
      api.close();
    } catch {
      setError('The page did not answer. Reload it and try again.');
    }
  }

  async function setFlag(item: PageSummaryItem, note: string, flagged: boolean) {
    setError('');
    setDone('');
    try {
      await api.flag(item.index, note, flagged);
      setFlagging(null);
      focusAfter.current = `flag-${item.index}`;
      const what = `“${shortQuote(item.quote, 50)}”`;
      setDone(flagged ? `Flag saved: ${what}. It is listed in the dashboard.` : `Flag removed: ${what}.`);
      await refresh();
    } catch {
      setError('Could not save the flag. Reload the page and try again.');
    }
  }

  function toggleShown(v: Verdict, on: boolean) {
    const now = new Set(settings?.shownVerdicts ?? []);
    if (on) now.add(v);
    else now.delete(v);
    void changeSettings({ shownVerdicts: VERDICT_ORDER.filter((x) => now.has(x)) });
  }

  const items = summary
    ? [...summary.items]
        .filter((i) => !filter || i.verdict === filter)
        .sort((a, b) => VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(b.verdict) || a.index - b.index)
    : [];

  return (
    <main class="popup" aria-busy={shown === 'loading' || shown === 'scanning'}>
      <header>
        <h1>ClaimLens</h1>
        {summary && !cantRun && summary.title && <p class="page-title">{summary.title}</p>}
      </header>

      <div class="status" role="status">
        {shown === 'loading' && <p class="muted">Loading…</p>}
        {shown === 'scanning' && <p>Scanning this page…</p>}
        {shown === 'list' && summary?.state === 'scanning' && <p class="muted">Updating the list…</p>}
        {shown === 'none' && <p>No claims found on this page.</p>}
        {done && shown !== 'cant-run' && <p class="ok done">{done}</p>}
        {shown === 'paused' && <p>ClaimLens is paused.</p>}
        {shown === 'site-off' && <p>ClaimLens is off for this site.</p>}
        {shown === 'cant-run' && (
          <>
            {/* Off-topic pages do not answer either: their first stage never touches the
                extension's APIs, so that they pay nothing for it. */}
            <p>No claims found on this page.</p>
            <p class="muted">ClaimLens reads pages about NATO, the Koreas and Russia. Browser pages, the web store and PDF files can't be read; a page that was open before ClaimLens was installed needs a reload.</p>
          </>
        )}
      </div>
      {error && <p role="alert" class="error">{error}</p>}


      {shown === 'list' && summary && (
        <>
          <section aria-labelledby="counts-h">
            <h2 id="counts-h" class="sr-only">Claims by verdict; choose one to list only those</h2>
            <ul class="counts">
              {VERDICT_ORDER.map((v) => {
                const n = summary.counts[v] ?? 0;
                return (
                  <li key={v} data-verdict={v}>
                    <button
                      type="button"
                      aria-pressed={filter === v}
                      disabled={n === 0 && filter !== v}
                      onClick={() => setFilter(filter === v ? null : v)}
                    >
                      <span class="icon" aria-hidden="true">{VERDICT_ICON[v]}</span>
                      <strong>{n}</strong> {COUNT_WORDS[v][n === 1 ? 0 : 1]}
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
          <section aria-labelledby="claims-h" class="list">
            <h2 id="claims-h">
              {filter ? `${VERDICT_WORDS[filter]}: ${items.length} of ${summary.items.length} claims` : 'Claims on this page'}
              {filter && (
                <button type="button" class="link show-all" onClick={() => setFilter(null)}>
                  Show all
                </button>
              )}
            </h2>
            <ol class="claims">
              {items.map((item) => (
                <ClaimRow
                  key={item.index}
                  item={item}
                  flagging={flagging === item.index}
                  onGo={() => go(item)}
                  onFlag={() => {
                    setDone('');
                    setFlagging(item.index);
                  }}
                  onUnflag={() => setFlag(item, '', false)}
                  onSave={(note) => setFlag(item, note, true)}
                  onCancel={() => {
                    setFlagging(null);
                    focusAfter.current = `flag-${item.index}`;
                  }}
                />
              ))}
            </ol>
          </section>
        </>
      )}

      {!cantRun && (
        <details class="legend">
          <summary>What the marks mean; which to show</summary>
          <ul>
            {VERDICT_ORDER.map((v) => (
              <li key={v} data-verdict={v}>
                <label class="check">
                  <input
                    type="checkbox"
                    checked={!!settings?.shownVerdicts.includes(v)}
                    disabled={!settings}
                    onChange={(e) => toggleShown(v, e.currentTarget.checked)}
                  />
                  <span>
                    <span class={`sample ${v}`}>
                      <span aria-hidden="true">{VERDICT_ICON[v]} </span>
                      {VERDICT_WORDS[v]}
                    </span>{' '}
                    <span class="muted">({VERDICT_LEGEND[v].mark}): {VERDICT_LEGEND[v].means}.</span>
                  </span>
                </label>
              </li>
            ))}
            <li>
              <span class="sample flag" aria-hidden="true">⚑</span> You flagged this claim.
            </li>
          </ul>
          <p class="muted">Unticked kinds stay unmarked until the pointer is on their paragraph.</p>
        </details>
      )}
      <details class="about">
        <summary>About the database</summary>
        {about ? (
          aboutText(about).map((line, i) => <p key={i}>{line}</p>)
        ) : (
          <p>Bundled: five news articles from {BUNDLED_PERIOD} reporting. A claim "agrees" when these sources say the same; that is not proof that it is true.</p>
        )}
      </details>

      <footer>
        {site && !cantRun && (
          <div class="row">
            <label class="check">
              <input
                type="checkbox"
                checked={!siteOff}
                disabled={!settings}
                aria-describedby="site-name"
                onChange={(e) => toggleSite(e.currentTarget.checked)}
              />
              Annotate this site
            </label>
            <span id="site-name" class="muted">{site}</span>
          </div>
        )}
        <label class="check">
          <input
            type="checkbox"
            checked={!!settings?.paused}
            disabled={!settings}
            onChange={(e) => void changeSettings({ paused: e.currentTarget.checked })}
          />
          Pause ClaimLens everywhere
        </label>
        <button type="button" class="link" onClick={() => api.openDashboard()}>
          Open dashboard
        </button>
      </footer>
    </main>
  );
}

interface RowProps {
  item: PageSummaryItem;
  flagging: boolean;
  onGo(): void;
  onFlag(): void;
  onUnflag(): void;
  onSave(note: string): Promise<void>;
  onCancel(): void;
}

function ClaimRow({ item, flagging, onGo, onFlag, onUnflag, onSave, onCancel }: RowProps) {
  const short = shortQuote(item.quote, 90);
  const [more, setMore] = useState(false);
  // A flag with a note is removed only once the reader confirms: the note would be lost.
  const [unflagging, setUnflagging] = useState(false);
  // Only a differing claim's comparison is worth the room; the tooltip has the rest.
  const line = item.verdict === 'differs' ? item.line : '';
  const long = line.length > LINE_CLAMP;
  const quoteId = `quote-${item.index}`;
  return (
    <li class="claim" data-verdict={item.verdict}>
      <span class="verdict" data-verdict={item.verdict}>
        <span class="icon" aria-hidden="true">{VERDICT_ICON[item.verdict]}</span>
        <span class="word">{VERDICT_WORDS[item.verdict]}</span>
      </span>
      <div class="what">
        <button type="button" class="go" aria-label={`Go to claim: ${short}`} onClick={onGo}>
          <span id={quoteId}>{short}</span>
        </button>
        {line && (
          <p class={more || !long ? 'line' : 'line clamped'} id={`line-${item.index}`}>
            {line}
          </p>
        )}
        {long && (
          <button type="button" class="link more" aria-expanded={more} aria-controls={`line-${item.index}`} onClick={() => setMore(!more)}>
            {more ? 'Show less' : 'Show all comparisons'}
          </button>
        )}
        {item.flagged && <p class="flagged">⚑ Flagged</p>}
        {flagging && <FlagForm describedBy={quoteId} onSave={onSave} onCancel={onCancel} />}
        {unflagging && item.flagged && (
          <UnflagConfirm
            note={item.note ?? ''}
            describedBy={quoteId}
            onConfirm={() => {
              setUnflagging(false);
              onUnflag();
            }}
            onCancel={() => setUnflagging(false)}
          />
        )}
      </div>
      {flagging || unflagging ? null : item.flagged ? (
        <button type="button" id={`flag-${item.index}`} class="small" aria-describedby={quoteId} onClick={() => (item.note ? setUnflagging(true) : onUnflag())}>
          Unflag
        </button>
      ) : (
        <button type="button" id={`flag-${item.index}`} class="small" aria-describedby={quoteId} onClick={onFlag}>
          Flag…
        </button>
      )}
    </li>
  );
}
