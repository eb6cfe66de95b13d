// The options page: the claim database, the reader's flags, export and import.
import { useEffect, useState } from 'preact/hooks';
import type { ClaimRecord } from '../core/types';
import type { Flag, ImportResult } from '../data/messages';
import { ClaimBrowser } from './ClaimBrowser';
import { FlagList } from './FlagList';
import { PackTools, type ExportFile, type ExportKind } from './PackTools';

export interface DashboardApi {
  listClaims(): Promise<ClaimRecord[]>;
  listFlags(): Promise<Flag[]>;
  /** Makes a reader-added record from the flag; resolves to that record. */
  promoteFlag(id: string): Promise<ClaimRecord>;
  removeFlag(id: string): Promise<unknown>;
  exportFile(kind: ExportKind): Promise<ExportFile>;
  importPack(text: string): Promise<ImportResult>;
  /** Seed articles by file name. */
  seeds: Record<string, string>;
  /** Calls back when the database changed elsewhere (a flag saved in another tab). */
  watch?(onChange: () => void): () => void;
}

export function Dashboard({ api }: { api: DashboardApi }) {
  const [claims, setClaims] = useState<ClaimRecord[] | null>(null);
  const [flags, setFlags] = useState<Flag[]>([]);
  const [loadError, setLoadError] = useState('');

  async function reload() {
    try {
      const [c, f] = await Promise.all([api.listClaims(), api.listFlags()]);
      setClaims(c);
      setFlags(f);
      setLoadError('');
    } catch (err) {
      setLoadError(`Could not read the claim database: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  useEffect(() => {
    void reload();
    return api.watch?.(() => void reload());
  }, []);

  return (
    <>
      <header class="page-header">
        <h1>ClaimLens dashboard</h1>
        <nav aria-label="Sections">
          <a href="#claims">Claim database</a>
          <a href="#flags">Your flags</a>
          <a href="#packs">Export and import</a>
        </nav>
      </header>
      <main>
        {loadError && <p role="alert" class="error">{loadError}</p>}
        {claims === null && !loadError ? <p>Loading the claim database…</p> : <ClaimBrowser claims={claims ?? []} seeds={api.seeds} />}
        <FlagList
          flags={flags}
          onPromote={async (f) => {
            const rec = await api.promoteFlag(f.id);
            await reload();
            return `Promoted to the database: ${rec?.subject ?? 'new record'}.`;
          }}
          onDelete={async (f) => {
            await api.removeFlag(f.id);
            await reload();
          }}
        />
        <PackTools
          onExport={(kind) => api.exportFile(kind)}
          onImport={async (text) => {
            const r = await api.importPack(text);
            if (r.ok) await reload();
            return r;
          }}
        />
      </main>
    </>
  );
}
