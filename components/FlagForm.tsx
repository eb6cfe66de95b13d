// The "Flag…" flow: an optional note, then "Save flag" or "Cancel".
import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  /** Id of the element that names the claim, so the form says what it flags. */
  describedBy?: string;
  onSave(note: string): void | Promise<void>;
  onCancel(): void;
}

export function FlagForm({ describedBy, onSave, onCancel }: Props) {
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLTextAreaElement>(null);
  useEffect(() => input.current?.focus(), []);

  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    try {
      await onSave(note.trim());
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      class="flag-form"
      aria-describedby={describedBy}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <label>
        Note (optional)
        <textarea ref={input} rows={2} maxLength={500} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <div class="row">
        <button type="submit" disabled={busy}>Save flag</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}

interface UnflagProps {
  /** The flag's note: unflagging would lose it, so the reader confirms first. */
  note: string;
  describedBy?: string;
  onConfirm(): void | Promise<void>;
  onCancel(): void;
}

/** Asked before a flag with a note is removed ("Unflag"): the note stays until the reader says so. */
export function UnflagConfirm({ note, describedBy, onConfirm, onCancel }: UnflagProps) {
  const [busy, setBusy] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  // The safe answer has the focus.
  useEffect(() => keep.current?.focus(), []);

  async function confirm() {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
    }
  }

  return (
    <div
      class="flag-form"
      role="group"
      aria-label="Remove this flag?"
      aria-describedby={describedBy}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <p>
        Remove this flag and its note “{note}”?
      </p>
      <div class="row">
        <button type="button" class="danger" disabled={busy} onClick={confirm}>
          Remove flag and note
        </button>
        <button type="button" ref={keep} onClick={onCancel}>
          Keep flag
        </button>
      </div>
    </div>
  );
}
