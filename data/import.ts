// Imports a claim pack (our claims JSON, optionally with flags) in one transaction: all or nothing.
import type { ClaimRecord } from '../core/types';
import { ClaimDB, db as defaultDb, siteOf } from './db';
import type { Flag, ImportResult } from './messages';
import { validatePack } from './schema';
import { ensureSeeded } from './seed';

class Refused extends Error {
  constructor(readonly errors: string[]) {
    super(errors.join('\n'));
  }
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) return false;
  // `terms` are derived on write (data/db.ts), so they never tell two records apart.
  const keys = (o: object) => Object.keys(o).filter((k) => k !== 'terms' && (o as Record<string, unknown>)[k] !== undefined);
  const ka = keys(a);
  const kb = keys(b);
  return ka.length === kb.length && ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export async function importPack(text: string, db: ClaimDB = defaultDb): Promise<ImportResult> {
  if (typeof text !== 'string') return { ok: false, errors: ['The file could not be read as text.'] };
  // Size, JSON syntax, markup, control characters and shape: all checked by the schema.
  const checked = validatePack(text);
  if (!checked.ok) return { ok: false, errors: checked.errors };

  const claims: ClaimRecord[] = checked.pack.claims.map((c) => ({ ...c, origin: 'reader' }));
  const flags: Flag[] = (checked.pack.flags ?? []).map((f) => ({ ...f, site: f.site || siteOf(f.url) }));

  await ensureSeeded(db);
  try {
    return await db.transaction('rw', db.claims, db.flags, async () => {
      const oldClaims = await db.claims.bulkGet(claims.map((c) => c.id));
      const collisions = claims.filter((c, i) => oldClaims[i] && oldClaims[i]!.origin !== 'reader');
      if (collisions.length) {
        throw new Refused(collisions.map((c) => `Claim id "${c.id}" belongs to a bundled record; rename it to import it.`));
      }
      const oldFlags = await db.flags.bulkGet(flags.map((f) => f.id));
      const newClaims = claims.filter((c, i) => !same(c, oldClaims[i]));
      const newFlags = flags.filter((f, i) => !same(f, oldFlags[i]));
      if (newClaims.length) await db.claims.bulkPut(newClaims);
      if (newFlags.length) await db.flags.bulkPut(newFlags);
      return {
        ok: true as const,
        added: { claims: newClaims.length, flags: newFlags.length },
        unchanged: claims.length + flags.length - newClaims.length - newFlags.length,
      };
    });
  } catch (err) {
    if (err instanceof Refused) return { ok: false, errors: err.errors };
    console.error('ClaimLens: import failed and was rolled back:', err);
    return { ok: false, errors: [`The import failed and nothing was changed: ${(err as Error)?.message ?? String(err)}`] };
  }
}
