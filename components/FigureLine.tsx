// One database statement beside the page's figure: fits or not, figure, who, source, date, quote.
import type { Comparison } from '../core/types';
import { sourceTitle } from '../data/seed-titles';
import { figureText, shortQuote } from './claim-text';

const FIT_WORDS = {
  yes: ['✓', 'Fits'],
  no: ['≠', 'Differs'],
  none: ['•', 'Database'],
} as const;

export function FigureLine({ comparison }: { comparison: Comparison }) {
  const { statement: s, fits } = comparison;
  const [icon, words] = FIT_WORDS[fits === true ? 'yes' : fits === false ? 'no' : 'none'];
  return (
    <li class={`figure-line fits-${fits === true ? 'yes' : fits === false ? 'no' : 'none'}`}>
      <span class="fit">
        <span aria-hidden="true">{icon} </span>
        {words}:
      </span>{' '}
      <strong>{s.figure ? figureText(s.figure) : 'no figure'}</strong>
      {s.attribution ? <span>, according to {s.attribution}</span> : null}
      <span class="meta">
        {' '}
        ({sourceTitle(s.source)}
        {s.asOf ? `, as of ${s.asOf}` : ''})
      </span>
      <q class="quote">{shortQuote(s.quote, 90)}</q>
    </li>
  );
}
