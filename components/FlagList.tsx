// The reader's flags, newest first, filterable by site and verdict.
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Verdict } from '../core/types';
import type { Flag } from '../data/messages';
import { VERDICTS, VERDICT_ICON, VERDICT_LONG, VERDICT_WORDS, figureText, isWebUrl } from './claim-text';

interface Props {
  flags: Flag[];
  onPromote(flag: Flag): Promise<string>;
  onDelete(flag: Flag): Promise<void>;
}

export function FlagList({ flags, onPromote, onDelete }: Props) {
  const [site, setSite] = useState('');
  const [verdict, setVerdict] = useState<Verdict | ''>('');
  const [news, setNews] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const sites = useMemo(() => [...new Set(flags.map((f) => f.site).filter(Boolean))].sort(), [flags]);
  const shown = useMemo(
    () =>
      flags
        .filter((f) => (!site || f.site === site) && (!verdict || f.verdict === verdict))
        .sort((a, b) => b.createdAt - a.createdAt),
    [flags, site, verdict],
  );

  async function act(flag: Flag, kind: 'promote' | 'delete') {
    setBusy(flag.id);
    try {
      if (kind === 'promote') {
        setNews(await onPromote(flag));
      } else {
        // The dashboard says what went, with an Undo.
        await onDelete(flag);
        setNews('');
        heading.current?.focus();
      }
    } catch (err) {
      setNews(`Could not ${kind} the flag: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(null);
    }
  }

  return (
    <section aria-labelledby="flags-h" id="flags">
      <h2 id="flags-h" ref={heading} tabIndex={-1}>
        Your flags
      </h2>
      <div class="toolbar">
        <label>
          Filter by site
          <select value={site} onChange={(e) => setSite(e.currentTarget.value)}>
            <option value="">All sites</option>
            {sites.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          Filter by verdict
          <select value={verdict} onChange={(e) => setVerdict(e.currentTarget.value as Verdict | '')}>
            <option value="">All verdicts</option>
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {VERDICT_WORDS[v]}
              </option>
            ))}
          </select>
        </label>
        <p class="muted" aria-live="polite">
          {news || (flags.length ? `${shown.length} of ${flags.length} flags shown.` : '')}
        </p>
      </div>
      {flags.length === 0 ? (
        <p>No flags yet. Flag a claim from its tooltip or from the popup.</p>
      ) : shown.length === 0 ? (
        <p>No flags match these filters.</p>
      ) : (
        <ol class="flags">
          {shown.map((f) => (
            <li key={f.id}>
              <FlagView flag={f} busy={busy === f.id} onPromote={() => act(f, 'promote')} onDelete={() => act(f, 'delete')} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function FlagView({ flag, busy, onPromote, onDelete }: { flag: Flag; busy: boolean; onPromote(): void; onDelete(): void }) {
  const id = `flag-${flag.id}`;
  const date = new Date(flag.createdAt);
  const promotable = (flag.verdict === 'new' || flag.verdict === 'differs') && !flag.promotedTo;
  return (
    <article class="flag" data-verdict={flag.verdict} aria-labelledby={id}>
      <h3 id={id}>
        {isWebUrl(flag.url) ? (
          <a href={flag.url} rel="noreferrer" target="_blank">
            {flag.title || flag.url}
          </a>
        ) : (
          flag.title || flag.url
        )}
      </h3>
      <p class="muted">
        {flag.site || 'unknown site'} · <time dateTime={date.toISOString()}>{date.toLocaleString()}</time>
      </p>
      <blockquote>{flag.sentence}</blockquote>
      <dl class="facts">
        <dt>Verdict</dt>
        <dd>
          <span class="verdict" data-verdict={flag.verdict}>
            <span aria-hidden="true">{VERDICT_ICON[flag.verdict]} </span>
            {VERDICT_WORDS[flag.verdict]}
          </span>{' '}
          ({VERDICT_LONG[flag.verdict]})
        </dd>
        {flag.figure && (
          <>
            <dt>Figure</dt>
            <dd>{figureText(flag.figure)}</dd>
          </>
        )}
        <dt>Note</dt>
        <dd>{flag.note || <span class="muted">no note</span>}</dd>
        {flag.promotedTo && (
          <>
            <dt>Database</dt>
            <dd>Promoted to the database as a reader-added record.</dd>
          </>
        )}
      </dl>
      <div class="row">
        {promotable && (
          <button type="button" disabled={busy} aria-describedby={id} onClick={onPromote}>
            Promote to database
          </button>
        )}
        <button type="button" class="danger" disabled={busy} aria-describedby={id} onClick={onDelete}>
          Delete flag
        </button>
      </div>
    </article>
  );
}
