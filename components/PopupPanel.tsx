// The popup: what ClaimLens found on the active page, and the switches for this site.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PageSummary, PageSummaryItem, Settings } from '../data/messages';
import type { Verdict } from '../core/types';
import { FlagForm } from './FlagForm';
import { VERDICTS, VERDICT_ICON, VERDICT_WORDS, shortQuote, siteOf } from './claim-text';

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
}

export const POLL_MS = 300;
/** After switching annotation back on, wait this many polls for the page to catch up. */
const WAKE_POLLS = 10;
/** Comparison lines longer than this are cut to three lines until asked for. */
const LINE_CLAMP = 160;

const COUNT_WORDS: Record<Verdict, [string, string]> = {
  agrees: ['agrees with the database', 'agree with the database'],
  differs: ['differs from the database', 'differ from the database'],
  new: ['not in the database', 'not in the database'],
};

type Shown = 'loading' | 'cant-run' | 'scanning' | 'paused' | 'site-off' | 'none' | 'list';

export function PopupPanel({ api }: { api: PopupApi }) {
  const [summary, setSummary] = useState<PageSummary | null>(null);
  const [cantRun, setCantRun] = useState(false);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [waking, setWaking] = useState(0);
  const [flagging, setFlagging] = useState<number | null>(null);
  const [error, setError] = useState('');
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
  else if (summary.state === 'scanning') shown = 'scanning';
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
    try {
      await api.flag(item.index, note, flagged);
      setFlagging(null);
      focusAfter.current = `flag-${item.index}`;
      await refresh();
    } catch {
      setError('Could not save the flag. Reload the page and try again.');
    }
  }

  return (
    <main class="popup" aria-busy={shown === 'loading' || shown === 'scanning'}>
      <header>
        <h1>ClaimLens</h1>
        {summary && !cantRun && summary.title && <p class="page-title">{summary.title}</p>}
      </header>

      <div class="status" role="status">
        {shown === 'loading' && <p class="muted">Loading…</p>}
        {shown === 'scanning' && <p>Scanning this page…</p>}
        {shown === 'none' && <p>No claims found on this page.</p>}
        {shown === 'paused' && <p>ClaimLens is paused.</p>}
        {shown === 'site-off' && <p>ClaimLens is off for this site.</p>}
        {shown === 'cant-run' && (
          <>
            <p>ClaimLens can't run on this page.</p>
            <p class="muted">Browser pages, the web store and PDF files can't be annotated. If this page was open before ClaimLens was installed, reload it.</p>
          </>
        )}
      </div>
      {error && <p role="alert" class="error">{error}</p>}

      {shown === 'list' && summary && (
        <>
          <section aria-labelledby="counts-h">
            <h2 id="counts-h" class="sr-only">Claims by verdict</h2>
            <ul class="counts">
              {VERDICTS.map((v) => (
                <li key={v} data-verdict={v}>
                  <span class="icon" aria-hidden="true">{VERDICT_ICON[v]}</span>
                  <strong>{summary.counts[v] ?? 0}</strong> {COUNT_WORDS[v][(summary.counts[v] ?? 0) === 1 ? 0 : 1]}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="claims-h">
            <h2 id="claims-h">Claims on this page</h2>
            <ol class="claims">
              {summary.items.map((item) => (
                <ClaimRow
                  key={item.index}
                  item={item}
                  flagging={flagging === item.index}
                  onGo={() => go(item)}
                  onFlag={() => setFlagging(item.index)}
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
  const long = item.line.length > LINE_CLAMP;
  const quoteId = `quote-${item.index}`;
  return (
    <li class="claim" data-verdict={item.verdict}>
      <button type="button" class="go" aria-label={`Go to claim: ${short}`} onClick={onGo}>
        <span id={quoteId}>{short}</span>
      </button>
      <p class="meta">
        <span class="verdict" data-verdict={item.verdict}>
          <span aria-hidden="true">{VERDICT_ICON[item.verdict]} </span>
          {VERDICT_WORDS[item.verdict]}
        </span>
        {item.flagged && <span class="flagged">Flagged</span>}
      </p>
      {item.line && (
        <p class={more || !long ? 'line' : 'line clamped'} id={`line-${item.index}`}>
          {item.line}
        </p>
      )}
      {long && (
        <button type="button" class="link more" aria-expanded={more} aria-controls={`line-${item.index}`} onClick={() => setMore(!more)}>
          {more ? 'Show less' : 'Show all comparisons'}
        </button>
      )}
      {flagging ? (
        <FlagForm describedBy={quoteId} onSave={onSave} onCancel={onCancel} />
      ) : item.flagged ? (
        <button type="button" id={`flag-${item.index}`} class="small" aria-describedby={quoteId} onClick={onUnflag}>
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
