// Styles of the in-page tooltip; they live inside its shadow root, so page CSS cannot reach in.
export const TOOLTIP_CSS = `
:host { all: initial; }
.cl-tip {
  --bg: #ffffff; --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --focus: #0a58ca;
  --agrees: #1a7f37; --differs: #b35900; --new: #6639ba; --danger: #b42318;
  position: fixed; z-index: 2147483647; box-sizing: border-box;
  width: min(380px, calc(100vw - 16px)); max-height: min(440px, calc(100vh - 16px)); overflow: auto;
  display: flex; flex-direction: column;
  padding: 10px 12px; border: 1px solid var(--line); border-radius: 8px;
  background: var(--bg); color: var(--fg); box-shadow: 0 6px 24px rgba(0,0,0,.25);
  font: 13px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; text-align: left;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  .cl-tip { --bg: #1f242a; --fg: #e6edf3; --muted: #9aa5b1; --line: #3a424b; --focus: #9cc6ff;
    --agrees: #5fd17a; --differs: #ffb454; --new: #c5a3ff; --danger: #ff8a80; }
}
.cl-tip * { box-sizing: border-box; }
.verdict { margin: 0 0 4px; font-size: 14px; font-weight: 700; }
.verdict.agrees { color: var(--agrees); }
.verdict.differs { color: var(--differs); }
.verdict.new { color: var(--new); }
.summary, .page-figure, .nothing { margin: 4px 0; }
.page-figure .label, .meta { color: var(--muted); }
/* The statements scroll; the verdict and the actions stay in view. */
ul.figures { list-style: none; margin: 6px 0; padding: 0 4px 0 0; flex: 0 1 auto; min-height: 60px; overflow: auto; }
.cl-tip > :not(.figures) { flex: none; }
.figure-line { margin: 0 0 6px; padding-left: 8px; border-left: 3px solid var(--line); }
.figure-line.fits-yes { border-left-color: var(--agrees); }
.figure-line.fits-no { border-left-color: var(--differs); border-left-style: dashed; }
.fit { font-weight: 600; }
.quote { display: block; color: var(--muted); font-style: italic; }
.flagged-note { margin: 4px 0; font-weight: 600; }
.row { display: flex; gap: 6px; flex-wrap: wrap; margin-top: 8px; }
button { font: inherit; color: var(--fg); background: transparent; border: 1px solid var(--line);
  border-radius: 6px; padding: 3px 9px; cursor: pointer; }
button:hover { border-color: var(--fg); }
button:focus-visible, textarea:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.flag-form { display: flex; flex-direction: column; gap: 4px; margin-top: 6px; }
.flag-form label { display: flex; flex-direction: column; gap: 2px; }
.flag-form textarea { width: 100%; font: inherit; color: var(--fg); background: var(--bg);
  border: 1px solid var(--line); border-radius: 4px; resize: vertical; }
.error { color: var(--danger); }
`;
