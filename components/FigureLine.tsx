// One database statement beside the page's figure: how it stands, its figure, who gave it,
// where and when it was published; the quote (and a link to the source) on request.
import type { SourceRow } from './claim-text';
import { figureText, isWebUrl, shortQuote, statementWhere } from './claim-text';

/** Words (and a shape) for each kind of row: never colour alone. */
export const ROW_WORDS = {
  fits: ['✓', 'Same figure'],
  differs: ['≠', 'Another figure'],
  other: ['○', 'Counts something else'],
  says: ['“', 'Says, without a figure'],
} as const;

/** One row; `words` repeats the group's heading for screen readers, which read rows alone. */
export function FigureLine({ row }: { row: SourceRow }) {
  const { statement: s } = row.comparison;
  const [, words] = ROW_WORDS[row.kind];
  const where = statementWhere(s);
  return (
    <li class={`figure-line fits-${row.kind}`}>
      <details>
        <summary>
          <span class="sr-only">{words}: </span>
          {s.figure ? <strong>{figureText(s.figure)}</strong> : <span class="said">“{shortQuote(s.quote, 70)}”</span>}
          {s.attribution ? <span> – {s.attribution}</span> : null}
          {where ? <span class="meta"> · {where}</span> : null}
        </summary>
        <q class="quote">{s.quote}</q>
        {s.url && isWebUrl(s.url) ? (
          <a class="src" href={s.url} target="_blank" rel="noreferrer noopener">
            Open the source
          </a>
        ) : null}
      </details>
    </li>
  );
}

/** Rows under a heading per kind ("≠ Another figure (3)"), in the order given. */
export function SourceGroups({ rows }: { rows: SourceRow[] }) {
  const kinds = [...new Set(rows.map((r) => r.kind))];
  return (
    <>
      {kinds.map((k) => {
        const mine = rows.filter((r) => r.kind === k);
        const [icon, words] = ROW_WORDS[k];
        return (
          <section key={k} class={`group fits-${k}`}>
            <h3 class="fit">
              <span aria-hidden="true">{icon} </span>
              {words} ({mine.length})
            </h3>
            <ul class="figures">
              {mine.map((r, i) => (
                <FigureLine key={i} row={r} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
