// Export the database and flags as files; import claim packs (large ones in the background,
// with progress); list imported packs and remove one with its records.
import { useEffect, useState } from 'preact/hooks';
import type { ImportProgress, ImportResult, PackInfo } from '../data/messages';
import { downloadFile } from './download';

export type ExportKind = 'claims' | 'annotations' | 'claimreview';

export interface ExportFile {
  filename: string;
  text: string;
  type?: string;
}

interface Props {
  packs: PackInfo[];
  /** Changes when the dashboard shows another outcome: this one's is then cleared. */
  cleared?: number;
  onExport(kind: ExportKind): Promise<ExportFile>;
  onImport(text: string, name: string, onProgress?: (p: ImportProgress) => void): Promise<ImportResult>;
  onRemovePack(pack: PackInfo): Promise<void>;
}

/** The largest pack the importer takes (data/schema.ts LIMITS.importBytes). */
const MAX_BYTES = 100 * 1024 * 1024;

const EXPORTS: [ExportKind, string][] = [
  ['claims', 'Export claims JSON'],
  ['annotations', 'Export Web Annotations'],
  ['claimreview', 'Export ClaimReview'],
];

const n = (x: number) => x.toLocaleString('en');
const plural = (count: number, word: string) => `${n(count)} ${word}${count === 1 ? '' : 's'}`;

export function importMessage(r: { claims: number; flags: number }, pack?: string): string {
  const parts = [r.claims && plural(r.claims, 'claim'), r.flags && plural(r.flags, 'flag')].filter(Boolean);
  if (!parts.length) return 'Nothing new: this pack is already imported.';
  return `Imported ${parts.join(' and ')}${pack && r.claims ? ` as the pack “${pack}”` : ''}.`;
}

function progressText(p: ImportProgress, name: string): string {
  if (p.phase === 'receiving') return `Reading ${name}…`;
  if (p.phase === 'checking') return p.total ? `Checking ${name}: ${n(p.done)} of ${plural(p.total, 'record')}…` : `Checking ${name}…`;
  if (p.phase === 'writing') return `Saving ${name}: ${n(p.done)} of ${plural(p.total, 'record')}…`;
  return `Finishing ${name}…`;
}

export function PackTools({ packs, cleared, onExport, onImport, onRemovePack }: Props) {
  const [result, setResult] = useState<{ ok: true; text: string } | { ok: false; errors: string[] } | null>(null);
  const [progress, setProgress] = useState<{ name: string; p: ImportProgress } | null>(null);
  const [exportError, setExportError] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const [removeError, setRemoveError] = useState('');
  useEffect(() => {
    if (cleared) setResult(null);
  }, [cleared]);

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
    const name = file.name || 'pack.json';
    setProgress({ name, p: { phase: 'receiving', done: 0, total: 0 } });
    try {
      if (file.size > MAX_BYTES) throw new Error(`the file is ${Math.ceil(file.size / 1048576)} MB; a claim pack may be at most 100 MB.`);
      const r = await onImport(await file.text(), name, (p) => setProgress({ name, p }));
      setResult(r.ok ? { ok: true, text: importMessage(r.added, r.pack?.name) } : { ok: false, errors: r.errors.length ? r.errors : ['the pack is not valid.'] });
    } catch (err) {
      setResult({ ok: false, errors: [err instanceof Error ? err.message : String(err)] });
    } finally {
      setProgress(null);
      // Let the same file be chosen again after a fix.
      input.value = '';
    }
  }

  async function remove(pack: PackInfo) {
    setRemoveError('');
    try {
      await onRemovePack(pack);
      setConfirming(null);
    } catch (err) {
      setRemoveError(`Could not remove the pack: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  const p = progress?.p;
  return (
    <section aria-labelledby="pack-h" id="packs">
      <h2 id="pack-h">Claim packs</h2>
      <h3>Import</h3>
      <p class="muted">
        A claim pack is a JSON file of claims with their sources (see the ClaimLens documentation, docs/claim-packs.md), or
        schema.org ClaimReview JSON-LD from a fact-checker. Files are read on this computer; nothing is sent anywhere.
      </p>
      <label class="file">
        Import claim pack
        <input type="file" accept=".json,.jsonld,application/json,application/ld+json" disabled={!!progress} onChange={(e) => importFile(e.currentTarget)} />
      </label>
      {progress && p && (
        <div class="progress">
          <p aria-live="polite">{progressText(p, progress.name)}</p>
          <progress max={p.total || 1} value={p.phase === 'receiving' || !p.total ? undefined : p.done} aria-label="Import progress" />
        </div>
      )}
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
      <h3 id="packs-list-h">Imported packs</h3>
      {packs.length === 0 ? (
        <p class="muted">No packs imported yet.</p>
      ) : (
        <ul class="packs" aria-labelledby="packs-list-h">
          {packs.map((pack) => {
            const id = `pack-${pack.id}`;
            const date = new Date(pack.importedAt);
            return (
              <li key={pack.id} class="pack">
                <span id={id} class="pack-name">
                  {pack.name}
                </span>{' '}
                <span class="muted">
                  {plural(pack.count, 'record')} · imported <time dateTime={pack.importedAt}>{Number.isNaN(date.getTime()) ? pack.importedAt : date.toLocaleString()}</time>
                  {pack.status === 'importing' && ' · importing…'}
                </span>
                {confirming === pack.id ? (
                  <div class="row confirm">
                    <span>
                      Remove “{pack.name}” and its {plural(pack.count, 'record')}? Pages are no longer compared with them.
                    </span>
                    <button type="button" class="danger" onClick={() => remove(pack)}>
                      Remove pack and records
                    </button>
                    <button type="button" onClick={() => setConfirming(null)}>
                      Keep pack
                    </button>
                  </div>
                ) : (
                  // Removable while importing too: an import the browser stopped midway would stay otherwise.
                  <button type="button" class="danger" aria-describedby={id} onClick={() => setConfirming(pack.id)}>
                    Remove pack
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {removeError && <p role="alert" class="error">{removeError}</p>}
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
    </section>
  );
}
