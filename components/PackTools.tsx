// Export the database and flags as files; import a claim pack.
import { useState } from 'preact/hooks';
import type { ImportResult } from '../data/messages';
import { downloadFile } from './download';

export type ExportKind = 'claims' | 'annotations' | 'claimreview';

export interface ExportFile {
  filename: string;
  text: string;
  type?: string;
}

interface Props {
  onExport(kind: ExportKind): Promise<ExportFile>;
  onImport(text: string): Promise<ImportResult>;
}

const MAX_BYTES = 5 * 1024 * 1024;

const EXPORTS: [ExportKind, string][] = [
  ['claims', 'Export claims JSON'],
  ['annotations', 'Export Web Annotations'],
  ['claimreview', 'Export ClaimReview'],
];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function importMessage(r: { claims: number; flags: number }): string {
  const parts = [r.claims && plural(r.claims, 'claim'), r.flags && plural(r.flags, 'flag')].filter(Boolean);
  return parts.length ? `Imported ${parts.join(' and ')}.` : 'Nothing new: this pack is already imported.';
}

export function PackTools({ onExport, onImport }: Props) {
  const [result, setResult] = useState<{ ok: true; text: string } | { ok: false; errors: string[] } | null>(null);
  const [exportError, setExportError] = useState('');

  async function exportAs(kind: ExportKind) {
    setExportError('');
    try {
      const f = await onExport(kind);
      downloadFile(f.filename, f.text, f.type);
    } catch (err) {
      setExportError(`Export failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    setResult(null);
    try {
      if (file.size > MAX_BYTES) throw new Error(`the file is ${Math.ceil(file.size / 1048576)} MB; a claim pack may be at most 5 MB.`);
      const r = await onImport(await file.text());
      setResult(r.ok ? { ok: true, text: importMessage(r.added) } : { ok: false, errors: r.errors.length ? r.errors : ['the pack is not valid.'] });
    } catch (err) {
      setResult({ ok: false, errors: [err instanceof Error ? err.message : String(err)] });
    } finally {
      // Let the same file be chosen again after a fix.
      input.value = '';
    }
  }

  return (
    <section aria-labelledby="pack-h" id="packs">
      <h2 id="pack-h">Export and import</h2>
      <h3>Export</h3>
      <p class="muted">Files are saved on this computer; nothing is sent anywhere.</p>
      <div class="row">
        {EXPORTS.map(([kind, name]) => (
          <button key={kind} type="button" onClick={() => exportAs(kind)}>
            {name}
          </button>
        ))}
      </div>
      {exportError && <p role="alert" class="error">{exportError}</p>}
      <h3>Import</h3>
      <label class="file">
        Import claim pack
        <input type="file" accept=".json,application/json" onChange={(e) => importFile(e.currentTarget)} />
      </label>
      {result?.ok && (
        <p role="status" class="ok">
          {result.text}
        </p>
      )}
      {result && !result.ok && (
        <div role="alert" class="error">
          <p>The pack was not imported; nothing changed.</p>
          <ul>
            {result.errors.slice(0, 20).map((e, i) => (
              <li key={i}>{e}</li>
            ))}
            {result.errors.length > 20 && <li>…and {result.errors.length - 20} more problems.</li>}
          </ul>
        </div>
      )}
    </section>
  );
}
