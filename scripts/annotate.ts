// `npm run --silent annotate -- [--json] FILE.html...`: the claims ClaimLens would highlight in
// saved pages. Parses each file with linkedom, walks its text with the extension's own walker
// (dom/text.ts), runs the engine with the bundled database and prints a table, or JSON:
//   [{ "file", "annotations": [{ "quote", "sentence", "verdict", "claimId", "figure" }] }]
// A file that cannot be read or parsed is reported on stderr; the others are still done, and
// the exit code is 1 at the end.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { createEngine } from '../core/engine.ts';
import { formatFigure } from '../core/verdict.ts';
import type { ClaimPack, Figure, Verdict } from '../core/types.ts';
import { collectBlocks } from '../dom/text.ts';

interface Row {
  quote: string;
  sentence: string;
  verdict: Verdict;
  claimId: string | null;
  figure: Figure | null;
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((a) => a !== '--json');
if (files.length === 0 || args.includes('--help') || args.includes('-h')) {
  console.error('usage: npm run --silent annotate -- [--json] FILE.html [FILE.html ...]');
  process.exit(files.length === 0 ? 2 : 0);
}

const root = join(import.meta.dirname, '..');
const pack = JSON.parse(readFileSync(join(root, 'data', 'claims.json'), 'utf8')) as ClaimPack;
const engine = createEngine(pack.claims);

function annotateFile(file: string): Row[] {
  if (!statSync(file).isFile()) throw new Error('not a file');
  const html = readFileSync(file, 'utf8');
  if (html.includes('\u0000')) throw new Error('not an HTML text file');
  if (!/<[a-z!]/i.test(html)) throw new Error('not an HTML document (no markup found)');
  const { document } = parseHTML(html);
  const body = document.body ?? document.documentElement;
  if (!body) throw new Error('not an HTML document (no <html> or <body> element)');
  const rows: Row[] = [];
  for (const block of collectBlocks(body as unknown as Element)) {
    for (const a of engine.annotate(block.text)) {
      rows.push({
        quote: block.text.slice(a.start, a.end),
        sentence: a.sentence,
        verdict: a.verdict,
        claimId: a.claimId ?? null,
        figure: a.figure,
      });
    }
  }
  return rows;
}

const results: { file: string; annotations: Row[] }[] = [];
let failed = false;
for (const file of files) {
  try {
    results.push({ file, annotations: annotateFile(file) });
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
