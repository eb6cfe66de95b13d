// Browse and search the claim database: every record with its statements and sources.
import { useMemo, useRef, useState } from 'preact/hooks';
import type { ClaimRecord, Statement, Topic } from '../core/types';
import { SEED_TITLES } from '../data/seed-titles';
import { SourceDialog } from './SourceDialog';
import { figureText, isWebUrl } from './claim-text';

/** A seed's title: the hand-written one, else its first line. */
function seedTitle(file: string, text: string): string {
  return SEED_TITLES[file] ?? text.split('\n').find((l) => l.trim())?.trim() ?? file;
}

const TOPIC_WORDS: Record<Topic, string> = {
  nato: 'NATO',
  'north-korea': 'North Korea',
  'south-korea': 'South Korea',
  russia: 'Russia',
};

/** Every word of the query must occur in the subject, a quote or an attribution. */
export function searchClaims(claims: ClaimRecord[], query: string): ClaimRecord[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return claims;
  return claims.filter((c) => {
    const hay = [c.subject, ...c.statements.flatMap((s) => [s.quote, s.attribution ?? ''])].join('\n').toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

interface Props {
  claims: ClaimRecord[];
  /** Seed articles by file name. */
  seeds: Record<string, string>;
}

export function ClaimBrowser({ claims, seeds }: Props) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<{ file: string; quote: string } | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  // Reader-added records first: they are the reader's own work.
  const sorted = useMemo(
    () => [...claims].sort((a, b) => Number(b.origin === 'reader') - Number(a.origin === 'reader') || a.subject.localeCompare(b.subject)),
    [claims],
  );
  const shown = useMemo(() => searchClaims(sorted, query), [sorted, query]);

  function openSource(file: string, quote: string, e: Event) {
    opener.current = e.currentTarget as HTMLElement;
    setOpen({ file, quote });
  }

  return (
    <section aria-labelledby="claims-h" id="claims">
      <h2 id="claims-h">Claim database</h2>
      <div class="toolbar">
        <label>
          Search claims
          <input type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} placeholder="subject, quote or who said it" />
        </label>
        <p class="muted" aria-live="polite">
          {query ? `${shown.length} of ${claims.length} claims match.` : `${claims.length} claims.`}
        </p>
      </div>
      {shown.length === 0 && query && <p>No claims match “{query}”.</p>}
      <ul class="records">
        {shown.map((c) => (
          <li key={c.id}>
            <article class="record" aria-labelledby={`rec-${c.id}`}>
              <header class="row">
                <h3 id={`rec-${c.id}`}>{c.subject}</h3>
                {c.origin === 'reader' ? <span class="badge reader">Reader-added</span> : <span class="badge">Bundled</span>}
              </header>
              {c.topics.length > 0 && <p class="muted">Topics: {c.topics.map((t) => TOPIC_WORDS[t] ?? t).join(', ')}</p>}
              <ul class="statements">
                {c.statements.map((s, i) => (
                  <StatementView key={i} s={s} seeds={seeds} onOpen={openSource} />
                ))}
              </ul>
            </article>
          </li>
        ))}
      </ul>
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
      </dl>
    </li>
  );
}
