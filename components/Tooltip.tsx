// The in-page tooltip: the verdict in words, the page's figure beside each database statement,
// and the reader's actions. Page text is rendered as Preact text nodes only.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Explanation, Figure, Verdict } from '../core/types';
import { FigureLine } from './FigureLine';
import { FlagForm } from './FlagForm';
import { figureText, shortQuote, VERDICT_ICON } from './claim-text';
import { placeNear, type Box } from './placement';

export const TOOLTIP_VERDICT: Record<Verdict, string> = {
  agrees: 'Agrees with the database',
  differs: 'Differs from the database',
  new: 'New: not in the database',
};

const MAX_SHOWN = 3;

export interface TooltipProps {
  verdict: Verdict;
  /** The highlighted text on the page. */
  quote: string;
  figure: Figure | null;
  attribution: string | null;
  explanation: Explanation;
  flagged: boolean;
  /** Rectangle of the highlight in viewport coordinates; the tooltip sits beside it. */
  anchor?: Box;
  onFlag(note: string): void | Promise<void>;
  onUnflag(): void | Promise<void>;
  onDismiss(): void;
  onClose(): void;
  /** Pointer entered or left the tooltip (keeps a hover-opened tooltip open). */
  onHover?(inside: boolean): void;
}

export function Tooltip(props: TooltipProps) {
  const { verdict, explanation, flagged } = props;
  const [flagging, setFlagging] = useState(false);
  const [error, setError] = useState('');
  const [pos, setPos] = useState<{ top: number; left: number } | null>(null);
  const box = useRef<HTMLDivElement>(null);

  // Measure after render, then place: one layout read, one write.
  useLayoutEffect(() => {
    const el = box.current;
    if (!el || !props.anchor) return;
    const rect = el.getBoundingClientRect();
    const next = placeNear(props.anchor, rect, { width: window.innerWidth, height: window.innerHeight });
    if (!pos || next.top !== pos.top || next.left !== pos.left) setPos(next);
  });

  async function act(fn: () => void | Promise<void>) {
    setError('');
    try {
      await fn();
      setFlagging(false);
    } catch (err) {
      setError(`Could not save: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  const label = `ClaimLens: ${TOOLTIP_VERDICT[verdict].toLowerCase()}`;
  // Compared statements first; a few are enough beside one highlight.
  const ranked = [...explanation.comparisons].sort((a, b) => Number(a.fits === null) - Number(b.fits === null));
  const comparisons = ranked.slice(0, MAX_SHOWN);
  const more = ranked.length - comparisons.length;
  return (
    <div
      ref={box}
      class="cl-tip"
      role="dialog"
      aria-label={label}
      aria-describedby="cl-tip-summary"
      style={pos ? { top: `${pos.top}px`, left: `${pos.left}px` } : { top: '-9999px', left: '0px' }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          props.onClose();
        } else if (e.key === 'Tab') {
          // Tabbing past either end goes back to the highlight, the next Tab moves on in the page.
          const all = [...e.currentTarget.querySelectorAll<HTMLElement>('button, textarea')];
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
      <p class={`verdict ${verdict}`}>
        <span aria-hidden="true">{VERDICT_ICON[verdict]} </span>
        {TOOLTIP_VERDICT[verdict]}
      </p>
      <p id="cl-tip-summary" class="summary">
        {verdict === 'new' ? 'The database has nothing on this yet.' : explanation.summary}
      </p>
      <p class="page-figure">
        <span class="label">On this page: </span>
        {props.figure ? <strong>{figureText(props.figure)}</strong> : null}
        {props.attribution ? <span>{props.figure ? ', ' : ''}according to {props.attribution}</span> : null}
        <q class="quote">{shortQuote(props.quote, 160)}</q>
      </p>
      {comparisons.length ? (
        <ul class="figures" aria-label="In the database">
          {comparisons.map((c, i) => (
            <FigureLine key={i} comparison={c} />
          ))}
        </ul>
      ) : null}
      {more > 0 ? (
        <p class="meta">
          and {more} more {more === 1 ? 'statement' : 'statements'} in the database
        </p>
      ) : null}
      {flagged ? <p class="flagged-note">You flagged this claim.</p> : null}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      {flagging ? (
        <FlagForm onSave={(note) => act(() => props.onFlag(note))} onCancel={() => setFlagging(false)} />
      ) : (
        <div class="row">
          {flagged ? (
            <button type="button" onClick={() => act(props.onUnflag)}>
              Unflag
            </button>
          ) : (
            <button type="button" onClick={() => setFlagging(true)}>
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
  );
}
