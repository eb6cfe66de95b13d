// Styles of the in-page tooltip; they live inside its shadow root, so page CSS cannot reach in.
// The box is a column: verdict line, a body that scrolls with a visible scrollbar when the
// placement caps the height, and the actions, which always stay in view.
export const TOOLTIP_CSS = `
:host { all: initial; }
.cl-tip {
  --bg: #ffffff; --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --focus: #0a58ca; --accent: #0a58ca;
  --agrees: #1a7f37; --differs: #b35900; --new: #6639ba; --danger: #b42318; --panel: #f6f8fa;
  position: fixed; z-index: 2147483647; box-sizing: border-box;
  width: min(380px, calc(100vw - 16px));
  display: flex; flex-direction: column; overflow: hidden;
  border: 1px solid var(--line); border-radius: 8px;
  background: var(--bg); color: var(--fg); box-shadow: 0 6px 24px rgba(0,0,0,.25);
  font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; text-align: left;
  color-scheme: light dark;
}
.cl-tip.pinned { border-color: var(--fg); }
@media (prefers-color-scheme: dark) {
  .cl-tip { --bg: #1f242a; --fg: #e6edf3; --muted: #a3adb8; --line: #46505a; --focus: #9cc6ff; --accent: #7cb3ff;
    --agrees: #5fd17a; --differs: #ffb454; --new: #c5a3ff; --danger: #ff8a80; --panel: #2a3038; }
}
.cl-tip * { box-sizing: border-box; }
.verdict { flex: none; display: flex; gap: 8px; align-items: center; margin: 0; padding: 8px 12px 6px;
  font-size: 13px; font-weight: 700; line-height: 1.3; border-bottom: 1px solid var(--line); }
.verdict.agrees { color: var(--agrees); }
.verdict.differs { color: var(--differs); }
.verdict.new { color: var(--new); }
.badge { flex: none; display: inline-grid; place-items: center; width: 20px; height: 20px; border-radius: 50%;
  background: currentColor; font-size: 13px; line-height: 1; -webkit-text-fill-color: var(--bg); }
.body { flex: 1 1 auto; min-height: 0; overflow-y: auto; padding: 6px 12px 4px; overscroll-behavior: contain;
  scrollbar-width: thin; scrollbar-color: var(--muted) transparent; }
.body::-webkit-scrollbar { width: 8px; }
.body::-webkit-scrollbar-thumb { background: var(--muted); border-radius: 4px; }
.body::-webkit-scrollbar-track { background: var(--panel); }
.body:focus-visible { outline: 2px solid var(--focus); outline-offset: -2px; }
.foot { flex: none; padding: 6px 12px 10px; border-top: 1px solid var(--line); }
p { margin: 4px 0; }
.page-figure .label, .meta, .db-note, .note { color: var(--muted); }
.page-figure .label { font-weight: 600; }
.db-note { font-size: 11.5px; margin-top: 8px; }
.group { margin: 6px 0 0; padding-left: 8px; border-left: 3px solid var(--line); }
.group.fits-fits { border-left-color: var(--agrees); }
.group.fits-differs { border-left-color: var(--differs); border-left-style: dashed; }
.group.fits-other, .group.fits-says { border-left-style: dotted; }
h3.fit { font-size: 12.5px; font-weight: 700; margin: 0 0 1px; }
ul.figures { list-style: none; margin: 0; padding: 0; }
.figure-line { margin: 0 0 2px; }
.figure-line summary { cursor: pointer; list-style-position: inside; }
.figure-line summary::marker { color: var(--muted); font-size: 10px; }
.figure-line details[open] { padding-bottom: 4px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.more-below { flex: none; margin: -1px 0 0; border: 0; border-radius: 0; border-top: 1px dashed var(--line);
  background: var(--panel); color: var(--muted); font-size: 12px; padding: 2px 12px; text-align: left; }
.fits-fits .fit { color: var(--agrees); }
.fits-differs .fit { color: var(--differs); }
.fits-other .fit, .fits-says .fit { color: var(--muted); }
.quote { display: block; color: var(--muted); font-style: italic; }
.src { color: var(--accent); }
.flagged-note { font-weight: 600; }
.saved { color: var(--agrees); font-weight: 600; }
.row { display: flex; gap: 6px; flex-wrap: wrap; }
button { font: inherit; color: var(--fg); background: transparent; border: 1px solid var(--line);
  border-radius: 6px; padding: 3px 9px; cursor: pointer; }
button:hover { border-color: var(--fg); }
button:focus-visible, textarea:focus-visible, summary:focus-visible, a:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.flag-form { display: flex; flex-direction: column; gap: 4px; }
.flag-form label { display: flex; flex-direction: column; gap: 2px; }
.flag-form textarea { width: 100%; font: inherit; color: var(--fg); background: var(--bg);
  border: 1px solid var(--line); border-radius: 4px; resize: vertical; }
.error { color: var(--danger); }
.cl-chart svg { color: var(--fg); }
`;
