#!/usr/bin/env node
// Renders the seed articles (seeds/*.txt) as simple news pages, plus differs.html (sentences
// whose figures contradict the seeds) and index.html. Used by the demo and the browser tests.
//
//   node scripts/seed-pages.mjs OUT_DIR
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SEEDS_DIR = path.join(ROOT, 'seeds');

/** Sentences whose figures differ from the seeds; each must be highlighted as `differs`. */
export const DIFFERS = [
  "The Pentagon estimated that 13,000 North Korean soldiers were in Russia's Kursk region.",
  'NATO said 20 of its 32 members meet the 2% target.',
  'Rutte said more than 800,000 Russian soldiers had been killed or wounded.',
  'Zelensky claimed that North Korea was training 5,000 soldiers to support Russia.',
];

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const page = (title, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font:17px/1.55 Georgia,serif;max-width:720px;margin:24px auto;padding:0 16px;color:#222}
header{border-bottom:1px solid #ccc;margin-bottom:16px}footer{color:#777;font-size:13px;margin-top:40px}</style>
</head><body>
<header><p><a href="index.html">The Example Review</a></p></header>
<main><article>
${body}
</article></main>
<footer><p>Test page rendered from a ClaimLens seed article.</p></footer>
</body></html>
`;

/** One seed text to HTML: first line is the title, "•"/"-" lines become list items. */
export function renderSeed(text) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim()).filter(Boolean);
  const title = lines.shift() ?? 'Untitled';
  const out = [`<h1>${esc(title)}</h1>`];
  let list = null;
  for (const line of lines) {
    const bullet = /^[•\-]\s*(.*)$/u.exec(line);
    if (bullet) {
      (list ??= []).push(`<li>${esc(bullet[1])}</li>`);
      continue;
    }
    if (list) out.push(`<ul>\n${list.join('\n')}\n</ul>`), (list = null);
    out.push(`<p>${esc(line)}</p>`);
  }
  if (list) out.push(`<ul>\n${list.join('\n')}\n</ul>`);
  return { title, html: page(title, out.join('\n')) };
}

/** Writes the pages; returns [{ file, title, seed? }]. */
export function writeSeedPages(outDir) {
  mkdirSync(outDir, { recursive: true });
  const pages = [];
  for (const name of readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort()) {
    const { title, html } = renderSeed(readFileSync(path.join(SEEDS_DIR, name), 'utf8'));
    const file = name.replace(/\.txt$/, '.html');
    writeFileSync(path.join(outDir, file), html);
    pages.push({ file, title, seed: name });
  }
  const differsTitle = 'Figures that do not match the seed articles';
  const differsBody = [
    `<h1>${esc(differsTitle)}</h1>`,
    '<p>This page repeats claims from the seed articles with other figures.</p>',
    ...DIFFERS.map((s) => `<p>${esc(s)}</p>`),
    '<p>The weather in Brussels was mild on Thursday.</p>',
  ].join('\n');
  writeFileSync(path.join(outDir, 'differs.html'), page(differsTitle, differsBody));
  pages.push({ file: 'differs.html', title: differsTitle });
  const links = pages.map((p) => `<li><a href="${esc(p.file)}">${esc(p.title)}</a></li>`).join('\n');
  writeFileSync(path.join(outDir, 'index.html'), page('ClaimLens test pages', `<h1>ClaimLens test pages</h1>\n<ul>\n${links}\n</ul>`));
  return pages;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: seed-pages.mjs OUT_DIR');
    process.exit(2);
  }
  const pages = writeSeedPages(out);
  console.log(`wrote ${pages.length + 1} pages to ${out}`);
}
