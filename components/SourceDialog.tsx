// A seed article in a modal dialog, with the quoted passage marked. Text only, never HTML.
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  file: string;
  title: string;
  text: string;
  quote: string;
  onClose(): void;
}

/** Where the quote sits in the text, tolerant of differing whitespace. */
export function findQuote(text: string, quote: string): [number, number] | null {
  const exact = text.indexOf(quote);
  if (exact >= 0) return [exact, exact + quote.length];
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
  const m = re.exec(text);
  return m ? [m.index, m.index + m[0].length] : null;
}


export function SourceDialog({ file, title, text, quote, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const mark = useRef<HTMLElement>(null);
  const at = findQuote(text, quote);

  useEffect(() => {
    const d = dialog.current!;
    if (typeof d.showModal === 'function') d.showModal();
    else d.setAttribute('open', '');
    mark.current?.scrollIntoView?.({ block: 'center' });
  }, []);

  return (
    <dialog
      ref={dialog}
      class="source"
      aria-labelledby="source-title"
      onClose={onClose}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <header class="row">
        <h2 id="source-title">{title}</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      <p class="muted">
        Source article <code>{file}</code>
        {at ? ', quoted passage marked.' : '. The quote was not found word for word in this article.'}
      </p>
      <div class="seed-text" role="region" tabIndex={0} aria-label="Article text">
        {at ? (
          <>
            {text.slice(0, at[0])}
            <mark ref={mark}>{text.slice(at[0], at[1])}</mark>
            {text.slice(at[1])}
          </>
        ) : (
          text
        )}
      </div>
    </dialog>
  );
}
