// Browse and search the claim database a page at a time: records with their statements and sources.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ClaimRecord, Statement, Topic } from '../core/types';
import { FigureChart, statementPoints } from './FigureChart';
import type { PackInfo } from '../data/messages';
import { SEED_TITLES } from '../data/seed-titles';
import { SourceDialog } from './SourceDialog';
import { figureText, isWebUrl } from './claim-text';

/** A seed's title: the hand-written one, else its first line. */
function seedTitle(file: string, text: string): string {
  if (SEED_TITLES[file]) return SEED_TITLES[file];
  // The first non-empty line, without splitting the whole article on every render.
  const start = text.search(/\S/);
  if (start < 0) return file;
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? undefined : end).trim();
}

const TOPIC_WORDS: Record<Topic, string> = {
  nato: 'NATO',
  'north-korea': 'North Korea',
  'south-korea': 'South Korea',
  russia: 'Russia',
};

/** Every word of the query must occur in the subject, a quote or an attribution (in memory, for small lists). */
export function searchClaims(claims: ClaimRecord[], query: string): ClaimRecord[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return claims;
  return claims.filter((c) => {
    const hay = [c.subject, ...c.statements.flatMap((s) => [s.quote, s.attribution ?? ''])].join('\n').toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

/** Records per page: the list never holds more, whatever the database's size. */
export const PAGE_SIZE = 20;

interface Props {
  /** One page of records matching a query (data/store.ts queryClaims). */
  query(q: { query: string; offset: number; limit: number }): Promise<{ total: number; items: ClaimRecord[]; more?: boolean }>;
  /** Changes when the database changed: the page is asked for again. */
  version: number;
  packs: PackInfo[];
  /** Seed articles by file name. */
  seeds: Record<string, string>;
  onDelete(record: ClaimRecord): Promise<void>;
}

export function ClaimBrowser({ query, version, packs, seeds, onDelete }: Props) {
  const [text, setText] = useState('');
  const [page, setPage] = useState(0);
  const [result, setResult] = useState<{ total: number; items: ClaimRecord[]; more?: boolean; text: string } | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [open, setOpen] = useState<{ file: string; quote: string } | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const asked = useRef(0);
  const packName = useMemo(() => new Map(packs.map((p) => [p.id, p.name])), [packs]);

  useEffect(() => {
    // Only the latest question's answer is shown, however the replies arrive.
    const n = ++asked.current;
    query({ query: text, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
      (r) => {
        if (n !== asked.current) return;
        // The last page emptied (records deleted): step back to the last one that has records.
        if (!r.items.length && page > 0 && r.total > 0) return setPage(Math.floor((r.total - 1) / PAGE_SIZE));
        setResult({ ...r, text });
        setError('');
      },
      (err: unknown) => n === asked.current && setError(`Could not search the claim database: ${err instanceof Error ? err.message : String(err)}`),
    );
  }, [text, page, version]);

  function openSource(file: string, quote: string, e: Event) {
    opener.current = e.currentTarget as HTMLElement;
    setOpen({ file, quote });
  }

  async function remove(c: ClaimRecord) {
    setBusy(c.id);
    try {
      await onDelete(c);
    } catch (err) {
      setError(`Could not delete the record: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(null);
    }
  }

  const total = result?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const first = page * PAGE_SIZE + 1;
  const last = Math.min(total, (page + 1) * PAGE_SIZE);
  const n = (x: number) => x.toLocaleString('en');

  return (
    <section aria-labelledby="claims-h" id="claims">
      <h2 id="claims-h">Claim database</h2>
      <div class="toolbar">
        <label>
          Search claims
          <input
            type="search"
            value={text}
            onInput={(e) => {
              setText(e.currentTarget.value);
              setPage(0);
            }}
            placeholder="subject, quote or who said it"
          />
        </label>
        <p class="muted" aria-live="polite">
          {!result
            ? 'Loading the claim database…'
            : result.text.trim()
              ? result.more
                ? `More than ${n(total)} claims match; the first ${n(total)} are listed. Add a word to narrow the search.`
                : `${n(total)} claim${total === 1 ? '' : 's'} match.`
              : `${n(total)} claims.`}
          {result && total > PAGE_SIZE && ` Showing ${n(first)}–${n(last)}.`}
        </p>
      </div>
      {error && <p role="alert" class="error">{error}</p>}
      {result && total === 0 && result.text.trim() && <p>No claims match “{result.text}”.</p>}
      <ul class="records">
        {(result?.items ?? []).map((c) => (
          <li key={c.id}>
            <article class="record" aria-labelledby={`rec-${c.id}`}>
              <header class="row">
                <h3 id={`rec-${c.id}`}>{c.subject}</h3>
                {c.pack ? (
                  <span class="badge reader">Pack: {packName.get(c.pack) ?? 'removed pack'}</span>
                ) : c.origin === 'reader' ? (
                  <span class="badge reader">Reader-added</span>
                ) : (
                  <span class="badge">Bundled</span>
                )}
              </header>
              {c.topics.length > 0 && <p class="muted">Topics: {c.topics.map((t) => TOPIC_WORDS[t] ?? t).join(', ')}</p>}
              {!!c.keyTerms?.length && (
                <details class="muted">
                  <summary>Words it is found by</summary>
                  {c.keyTerms.map((g) => g.join(' / ')).join(', ')}
                </details>
              )}
              <ul class="statements">
                {c.statements.map((s, i) => (
                  <StatementView key={i} s={s} seeds={seeds} onOpen={openSource} />
                ))}
              </ul>
              {figureKinds(c.statements).map((counts) => (
                <FigureChart key={counts} id={`chart-${c.id}-${counts}`} points={statementPoints(c.statements, counts)} showText />
              ))}
              {c.origin === 'reader' && (
                <div class="row">
                  <button type="button" class="danger" disabled={busy === c.id} aria-describedby={`rec-${c.id}`} onClick={() => remove(c)}>
                    Delete record
                  </button>
                </div>
              )}
            </article>
          </li>
        ))}
      </ul>
      {pages > 1 && (
        <nav class="pager row" aria-label="Record pages">
          <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
            Previous page
          </button>
          <span>
            Page {n(page + 1)} of {n(pages)}
          </span>
          <button type="button" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
            Next page
          </button>
        </nav>
      )}
      {open && (
        <SourceDialog
          file={open.file}
          title={seedTitle(open.file, seeds[open.file] ?? '')}
          quote={open.quote}
          text={seeds[open.file] ?? ''}
          onClose={() => {
            setOpen(null);
            opener.current?.focus();
          }}
        />
      )}
    </section>
  );
}

/** The kinds of figure a record's statements give: one chart each, never mixing counts. */
function figureKinds(statements: Statement[]): string[] {
  return [...new Set(statements.flatMap((s) => (s.figure ? [s.figure.counts] : [])))];
}

function StatementView({ s, seeds, onOpen }: { s: Statement; seeds: Record<string, string>; onOpen(file: string, quote: string, e: Event): void }) {
  const seed = seeds[s.source];
  return (
    <li class="statement">
      <blockquote>{s.quote}</blockquote>
      <dl class="facts">
        {s.figure && (
          <>
            <dt>Figure</dt>
            <dd>{figureText(s.figure)}</dd>
          </>
        )}
        <dt>Said by</dt>
        <dd>{s.attribution ?? 'not attributed'}</dd>
        {s.asOf && (
          <>
            <dt>As of</dt>
            <dd>{s.asOf}</dd>
          </>
        )}
        <dt>Source</dt>
        <dd>
          {seed != null ? (
            <button type="button" class="link" onClick={(e) => onOpen(s.source, s.quote, e)}>
              Show in source: {seedTitle(s.source, seed)}
            </button>
          ) : isWebUrl(s.source) ? (
            <a href={s.source} rel="noreferrer" target="_blank">
              {s.source}
            </a>
          ) : (
            s.source
          )}
        </dd>
        {hasProvenance(s) && (
          <>
            <dt>Published by</dt>
            <dd>
              {s.url && isWebUrl(s.url) ? (
                <a href={s.url} rel="noreferrer" target="_blank">
                  {s.outlet ?? s.url}
                </a>
              ) : (
                (s.outlet ?? 'outlet unknown')
              )}
              {`, ${s.published ? s.published : 'date unknown'}`}
            </dd>
          </>
        )}
      </dl>
    </li>
  );
}

/** A statement that says anything of where it was published; bundled ones say "unknown" where it is. */
const hasProvenance = (s: Statement) => s.outlet !== undefined || s.url !== undefined || s.published !== undefined;
