// `npm run --silent annotate -- [--json] [--pack FILE]... FILE.html...`: the claims ClaimLens
// would highlight in saved pages. Parses each file with linkedom, walks its text with the
// extension's own walker and block selection (dom/), and reads the blocks with the extension's
// own background service (data/annotate-service.ts) over an in-memory IndexedDB seeded with the
// bundled database, after importing each --pack as the dashboard would. Prints a table, or JSON:
//   [{ "file", "annotations": [{ "quote", "sentence", "verdict", "claimId", "figure" }] }]
// A file that cannot be read or parsed is reported on stderr; the others are still done, and
// the exit code is 1 at the end. A pack that is refused stops everything (exit 2).
import 'fake-indexeddb/auto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseHTML } from 'linkedom';
import { formatFigure } from '../core/verdict.ts';
import type { Figure, Verdict } from '../core/types.ts';
import { annotateBlocks } from '../data/annotate-service.ts';
import { ClaimDB } from '../data/db.ts';
import { importPack } from '../data/import.ts';
import { ensureSeeded } from '../data/seed.ts';
import { pageBlocks } from '../dom/page-annotator.ts';

interface Row {
  quote: string;
  sentence: string;
  verdict: Verdict;
  claimId: string | null;
  figure: Figure | null;
}

const USAGE = 'usage: npm run --silent annotate -- [--json] [--pack FILE]... FILE.html [FILE.html ...]';
const args = process.argv.slice(2);
let json = false;
const packs: string[] = [];
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--json') json = true;
  else if (a === '--pack') {
    const f = args[++i];
    if (!f) {
      console.error(`annotate: --pack needs a file\n${USAGE}`);
      process.exit(2);
    }
    packs.push(f);
  } else if (a === '--help' || a === '-h') {
    console.log(USAGE);
    process.exit(0);
  } else files.push(a);
}
if (files.length === 0) {
  console.error(USAGE);
  process.exit(2);
}

const db = new ClaimDB(`claimlens-annotate-${process.pid}`);
await ensureSeeded(db);
for (const pack of packs) {
  let text: string;
  try {
    text = readFileSync(pack, 'utf8');
  } catch (err) {
    console.error(`annotate: cannot read pack ${pack}: ${(err as Error).message}`);
    process.exit(2);
  }
  const result = await importPack(text, db, { name: basename(pack) });
  if (!result.ok) {
    console.error(`annotate: pack ${pack} refused:\n  ${result.errors.join('\n  ')}`);
    process.exit(2);
  }
}

async function annotateFile(file: string): Promise<Row[]> {
  if (!statSync(file).isFile()) throw new Error('not a file');
  const html = readFileSync(file, 'utf8');
  if (html.includes('\u0000')) throw new Error('not an HTML text file');
  if (!/<[a-z!]/i.test(html)) throw new Error('not an HTML document (no markup found)');
  const { document } = parseHTML(html);
  const body = document.body ?? document.documentElement;
  if (!body) throw new Error('not an HTML document (no <html> or <body> element)');
  const blocks = (await pageBlocks(body as unknown as Element)) ?? [];
  const found = await annotateBlocks(db, blocks.map((b) => ({ text: b.text, heading: /^h[1-6]$/.test(b.element.localName) })));
  const rows: Row[] = [];
  blocks.forEach((block, i) => {
    for (const a of found[i] ?? []) {
      rows.push({
        quote: block.text.slice(a.start, a.end),
        sentence: a.sentence,
        verdict: a.verdict,
        claimId: a.claimId ?? null,
        figure: a.figure,
      });
    }
  });
  return rows;
}

const results: { file: string; annotations: Row[] }[] = [];
let failed = false;
for (const file of files) {
  try {
    results.push({ file, annotations: await annotateFile(file) });
  } catch (err) {
    failed = true;
    console.error(`annotate: cannot read or parse ${file}: ${(err as Error).message}`);
  }
}

const oneLine = (s: string, max: number) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

if (json) {
  console.log(JSON.stringify(results, null, 2));
} else {
  const header = ['file', 'verdict', 'claim id', 'figure', 'quote'];
  const lines = results.flatMap((r) =>
    r.annotations.length
      ? r.annotations.map((a) => [r.file, a.verdict, a.claimId ?? '-', a.figure ? formatFigure(a.figure) : '-', oneLine(a.quote, 90)])
      : [[r.file, '-', '-', '-', '(no claims found)']],
  );
  const widths = header.slice(0, 4).map((h, i) => Math.min(40, Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length))));
  const fmt = (cells: string[]) => cells.map((c, i) => (i < 4 ? oneLine(c, widths[i] ?? 40).padEnd(widths[i] ?? 0) : c)).join('  ');
  console.log(fmt(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  ') + '  -----');
  for (const l of lines) console.log(fmt(l));
  const total = results.reduce((n, r) => n + r.annotations.length, 0);
  console.log(`\n${total} claim(s) in ${results.length} file(s)`);
}
process.exitCode = failed ? 1 : 0;
