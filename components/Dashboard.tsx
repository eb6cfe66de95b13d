// The options page: the claim database (paged), the reader's flags, imported packs, export and import.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ClaimRecord } from '../core/types';
import type { ClaimPage, ClaimQuery, Flag, ImportProgress, ImportResult, PackInfo } from '../data/messages';
import { ClaimBrowser } from './ClaimBrowser';
import { FlagList } from './FlagList';
import { PackTools, type ExportFile, type ExportKind } from './PackTools';

export interface DashboardApi {
  /** One page of records: the database is never read whole. */
  queryClaims(q: ClaimQuery): Promise<ClaimPage>;
  listFlags(): Promise<Flag[]>;
  listPacks(): Promise<PackInfo[]>;
  /** Makes a reader-added record from the flag; resolves to that record. */
  promoteFlag(id: string): Promise<ClaimRecord>;
  /** Resolves to the deleted flag, so that it can be put back. */
  removeFlag(id: string): Promise<Flag | null>;
  restoreFlag(flag: Flag): Promise<unknown>;
  /** Deletes one reader record; resolves to it, so that it can be put back. */
  removeRecord(id: string): Promise<ClaimRecord | null>;
  restoreRecord(record: ClaimRecord): Promise<unknown>;
  removePack(id: string): Promise<{ removed: number }>;
  exportFile(kind: ExportKind): Promise<ExportFile>;
  importPack(text: string, name: string, onProgress?: (p: ImportProgress) => void): Promise<ImportResult>;
  /** Seed articles by file name. */
  seeds: Record<string, string>;
  /** Calls back when the database changed elsewhere (a flag saved in another tab). */
  watch?(onChange: () => void): () => void;
}

/** The outcome of the last change, with a way back when there is one. */
interface Notice {
  text: string;
  undo?: () => Promise<string>;
}

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function Dashboard({ api }: { api: DashboardApi }) {
  const [flags, setFlags] = useState<Flag[]>([]);
  const [packs, setPacks] = useState<PackInfo[]>([]);
  const [loadError, setLoadError] = useState('');
  const [notice, setNoticeState] = useState<Notice | null>(null);
  // One outcome at a time: a new notice clears the import's outcome, and an import clears the notice.
  const [cleared, setCleared] = useState(0);
  const setNotice = (n: Notice | null) => {
    setNoticeState(n);
    if (n) setCleared((c) => c + 1);
  };
  const [undoing, setUndoing] = useState(false);
  // Bumped on every change, so the record page asks the database again.
  const [version, setVersion] = useState(0);
  const noticeRef = useRef<HTMLDivElement>(null);

  async function reload() {
    try {
      const [f, p] = await Promise.all([api.listFlags(), api.listPacks()]);
      setFlags(f);
      setPacks(p);
      setVersion((v) => v + 1);
      setLoadError('');
    } catch (err) {
      setLoadError(`Could not read the claim database: ${errorText(err)}`);
    }
  }

  useEffect(() => {
    void reload();
    return api.watch?.(() => void reload());
  }, []);

  async function undo() {
    if (!notice?.undo) return;
    setUndoing(true);
    try {
      const text = await notice.undo();
      await reload();
      setNotice({ text });
    } catch (err) {
      setNotice({ text: `Could not undo: ${errorText(err)}` });
    } finally {
      setUndoing(false);
    }
  }

  return (
    <>
      <header class="page-header">
        <h1>ClaimLens dashboard</h1>
        <nav aria-label="Sections">
          <a href="#claims">Claim database</a>
          <a href="#flags">Your flags ({flags.length})</a>
          <a href="#packs">Claim packs ({packs.length})</a>
        </nav>
      </header>
      <main>
        {loadError && <p role="alert" class="error">{loadError}</p>}
        {notice && (
          <div role="status" class="notice row" ref={noticeRef}>
            <span>{notice.text}</span>{' '}
            {notice.undo && (
              <button type="button" disabled={undoing} onClick={undo}>
                Undo
              </button>
            )}
          </div>
        )}
        <ClaimBrowser
          query={(q) => api.queryClaims(q)}
          version={version}
          packs={packs}
          seeds={api.seeds}
          onDelete={async (record) => {
            const removed = await api.removeRecord(record.id);
            await reload();
            setNotice({
              text: `Record deleted: ${record.subject}`,
              undo: removed
                ? async () => {
                    await api.restoreRecord(removed);
                    return `Record restored: ${removed.subject}`;
                  }
                : undefined,
            });
          }}
        />
        <FlagList
          flags={flags}
          onPromote={async (f) => {
            const rec = await api.promoteFlag(f.id);
            await reload();
            return `Promoted to the database: ${rec?.subject ?? 'new record'}.`;
          }}
          onDelete={async (f) => {
            const removed = await api.removeFlag(f.id);
            await reload();
            setNotice({
              text: removed?.note ? `Flag deleted, with its note “${removed.note}”.` : 'Flag deleted.',
              undo: removed
                ? async () => {
                    await api.restoreFlag(removed);
                    return 'Flag restored.';
                  }
                : undefined,
            });
          }}
        />
        <PackTools
          packs={packs}
          cleared={cleared}
          onExport={(kind) => api.exportFile(kind)}
          onImport={async (text, name, onProgress) => {
            setNotice(null);
            // Show the pack's row ('importing') as soon as it exists.
            const r = await api.importPack(text, name, (p) => {
              onProgress?.(p);
              if (p.phase === 'writing' && p.done <= (p.total > 2_000 ? 2_000 : p.total)) void reload();
            });
            await reload();
            return r;
          }}
          onRemovePack={async (pack) => {
            const { removed } = await api.removePack(pack.id);
            await reload();
            setNotice({ text: `Removed the pack “${pack.name}” and its ${removed.toLocaleString('en')} record${removed === 1 ? '' : 's'}.` });
          }}
        />
      </main>
    </>
  );
}
