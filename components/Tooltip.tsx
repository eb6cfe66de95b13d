// The in-page tooltip: one line with the verdict in words, the page's figure against each
// source's figure (as a list and as a small chart), and the reader's actions.
// It is placed beside its claim, never over it; its middle scrolls (visibly) when the window
// is short, while the verdict and the buttons stay in view. Page text is only ever text.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Explanation, Figure, Verdict } from '../core/types';
import { FigureChart, type ChartPoint } from './FigureChart';
import { SourceGroups } from './FigureLine';
import { FlagForm, UnflagConfirm } from './FlagForm';
import { figureText, shortQuote, sourceRows, statementWhen, statementWho, VERDICT_ICON, verdictLine } from './claim-text';
import { placeTooltip, type Box, type Placement } from './placement';

export const TOOLTIP_VERDICT: Record<Verdict, string> = {
  agrees: 'Agrees with the database',
  differs: 'Differs from the database',
  new: 'New: not in the database',
};

/** What the comparison is against, said once in every tooltip. */
export const DATABASE_NOTE = 'Compared with the ClaimLens database only (bundled: five articles, November 2024 reporting). Not a fact check.';

export interface TooltipProps {
  verdict: Verdict;
  /** The highlighted text on the page. */
  quote: string;
  figure: Figure | null;
  attribution: string | null;
  explanation: Explanation;
  flagged: boolean;
  /** The reader's note on the flag: unflagging asks first rather than lose it. */
  flagNote?: string;
  /** The claim's line rectangles (or their union) in viewport coordinates; the tooltip never covers them. */
  anchor?: Box | Box[];
  /** Opened by a click: stays open until closed. */
  pinned?: boolean;
  /** What the database holds, when the host knows more than the bundled articles. */
  databaseNote?: string;
  onFlag(note: string): void | Promise<void>;
  onUnflag(): void | Promise<void>;
  onDismiss(): void;
  onClose(): void;
  /** Pointer entered or left the tooltip (keeps a hover-opened tooltip open). */
  onHover?(inside: boolean): void;
  /** Where the tooltip went, and the height it would take whole (the host may scroll to make room). */
  onPlaced?(p: Placement, naturalHeight: number): void;
}

export function Tooltip(props: TooltipProps) {
  const { verdict, explanation, flagged, figure } = props;
  const [flagging, setFlagging] = useState(false);
  const [unflagging, setUnflagging] = useState(false);
  const [error, setError] = useState('');
  const [saved, setSaved] = useState('');
  const [pos, setPos] = useState<Placement | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  // Scrollbars can be hidden (overlay scrollbars): say in words that more is below.
  const [below, setBelow] = useState(false);
  const checkBelow = () => {
    const b = body.current;
    const more = !!b && b.scrollTop + b.clientHeight < b.scrollHeight - 2;
    if (more !== below) setBelow(more);
  };

  // Measure the natural size after each render, then place. The natural height is the sum of
  // the parts at full size, so it does not depend on the current cap or the "More below" line
  // (which would make placement and size chase each other).
  const moves = useRef({ n: 0, since: 0 });
  useLayoutEffect(() => {
    const el = box.current;
    if (!el || !props.anchor) return;
    const parts = [...el.children].filter((c) => !c.classList.contains('more-below')) as HTMLElement[];
    const border = el.offsetHeight - el.clientHeight;
    const height = border + parts.reduce((sum, c) => sum + (c === body.current ? c.scrollHeight : c.offsetHeight), 0);
    const width = el.getBoundingClientRect().width;
    const next = placeTooltip(props.anchor, { width, height }, { width: window.innerWidth, height: window.innerHeight });
    if (!pos || next.top !== pos.top || next.left !== pos.left || next.maxHeight !== pos.maxHeight) {
      // A guard against any back-and-forth between two placements: at most 30 moves a second.
      const now = Date.now();
      if (now - moves.current.since > 1000) moves.current = { n: 0, since: now };
      if (++moves.current.n > 30) return;
      setPos(next);
      props.onPlaced?.(next, height);
    }
    checkBelow();
  });

  async function act(fn: () => void | Promise<void>, done: string) {
    setError('');
    setSaved('');
    try {
      await fn();
      setFlagging(false);
      setSaved(done);
    } catch (err) {
      setError(`Could not save: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  const label = `ClaimLens: ${TOOLTIP_VERDICT[verdict].toLowerCase()}`;
  const rows = sourceRows(verdict, figure, explanation.comparisons);
  const compared = rows.filter((r) => r.kind === 'fits' || r.kind === 'differs');
  const points: ChartPoint[] =
    figure && compared.length
      ? [
          { figure, who: 'This page', when: '', role: 'page' },
          ...compared.map((r) => ({
            figure: r.comparison.statement.figure as Figure,
            who: statementWho(r.comparison.statement),
            when: statementWhen(r.comparison.statement),
            role: r.kind === 'fits' ? ('fits' as const) : ('differs' as const),
          })),
        ]
      : [];
  const style = pos
    ? { top: `${pos.top}px`, left: `${pos.left}px`, maxHeight: `${pos.maxHeight}px` }
    : { top: '-9999px', left: '0px', visibility: 'hidden' };
  return (
    <div
      ref={box}
      class={`cl-tip${props.pinned ? ' pinned' : ''}`}
      role="dialog"
      aria-label={label}
      aria-describedby="cl-tip-summary"
      data-side={pos?.side}
      style={style}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          props.onClose();
        } else if (e.key === 'Tab') {
          // Tabbing past either end goes back to the highlight, the next Tab moves on in the page.
          const all = [...e.currentTarget.querySelectorAll<HTMLElement>('button, textarea, summary, a[href], [tabindex="0"]')];
          const edge = e.shiftKey ? all[0] : all[all.length - 1];
          if (edge && e.target === edge) {
            e.preventDefault();
            props.onClose();
          }
        }
      }}
      onMouseEnter={() => props.onHover?.(true)}
      onMouseLeave={() => props.onHover?.(false)}
    >
      <p id="cl-tip-summary" class={`verdict ${verdict}`}>
        <span class="badge" aria-hidden="true">
          {VERDICT_ICON[verdict]}
        </span>
        <span>{verdictLine(verdict, figure, rows)}</span>
      </p>
      <div ref={body} class="body" hidden={flagging} onScroll={checkBelow}>
        <p class="page-figure">
          <span class="label">This page: </span>
          {/* The claim itself sits beside the tooltip; a screen reader, in the dialog, hears which one. */}
          {figure ? <span class="sr-only">{`“${shortQuote(props.quote, 160)}”: `}</span> : null}
          {figure ? <strong>{figureText(figure)}</strong> : <q class="said">{shortQuote(props.quote, 120)}</q>}
          {props.attribution ? <span> – according to {props.attribution}</span> : null}
        </p>
        {verdict === 'new' ? <p class="note">ClaimLens has no statement on this to compare with. You can flag it to add it.</p> : null}
        {verdict === 'differs' && !compared.length ? <p class="note">{explanation.summary}</p> : null}
        {points.length ? <FigureChart points={points} title={`${figureText(figure as Figure)} on this page against the sources`} /> : null}
        {rows.length ? <SourceGroups rows={rows} /> : null}
        <p class="db-note">{props.databaseNote ?? DATABASE_NOTE}</p>
      </div>
      {below && !flagging ? (
        <button
          type="button"
          class="more-below"
          tabIndex={-1}
          onClick={() => body.current?.scrollBy({ top: body.current.clientHeight * 0.8, behavior: 'smooth' })}
        >
          ▾ More below
        </button>
      ) : null}
      <div class="foot">
        {flagged ? <p class="flagged-note">⚑ You flagged this claim.</p> : null}
        {saved ? (
          <p class="saved" role="status">
            {saved}
          </p>
        ) : null}
        {error ? (
          <p class="error" role="alert">
            {error}
          </p>
        ) : null}
        {flagging ? (
          <FlagForm onSave={(note) => act(() => props.onFlag(note), 'Flag saved. It is listed in the dashboard.')} onCancel={() => setFlagging(false)} />
        ) : unflagging ? (
          <UnflagConfirm
            note={props.flagNote ?? ''}
            onConfirm={async () => {
              await act(props.onUnflag, 'Flag and note removed.');
              setUnflagging(false);
            }}
            onCancel={() => setUnflagging(false)}
          />
        ) : (
          <div class="row">
            {flagged ? (
              <button type="button" onClick={() => (props.flagNote ? setUnflagging(true) : act(props.onUnflag, 'Flag removed.'))}>
                Unflag
              </button>
            ) : (
              <button
                type="button"
                onClick={() => {
                  setSaved('');
                  setFlagging(true);
                }}
              >
                Flag…
              </button>
            )}
            <button type="button" onClick={props.onDismiss}>
              Dismiss
            </button>
            <button type="button" onClick={props.onClose}>
              Close
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
