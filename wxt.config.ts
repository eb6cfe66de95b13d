import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Manifest as a function: Firefox-only keys must not leak into the Chrome build.
export default defineConfig({
  imports: false,
  // CLAIMLENS_OUT_DIR lets a second build (another browser, a benchmark) not overwrite .output.
  outDir: process.env.CLAIMLENS_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
    build: { sourcemap: false },
  }),
  manifest: ({ browser }) => ({
    name: 'ClaimLens',
    description: 'Highlights claims about NATO, the Koreas and Russia and compares them with a bundled claim database. Nothing leaves your machine.',
    // No permissions: the popup talks to the tab's content script, which knows its own URL.
    permissions: [],
    // The first stage is an unlisted script declared here: WXT's content-script wrapper would
    // bring the polyfill and its context into every page (4 KB gzip before any of our code).
    content_scripts: [
      { matches: ['http://*/*', 'https://*/*'], js: ['scan.js'], css: ['scan-marks.css'], run_at: 'document_idle' },
    ],
    // The second stage is imported by the first on topical pages, the tooltip on the first
    // hover, focus or click of a highlight: import() of an extension file needs it to be
    // web-accessible. Neither runs anything in a page's own world.
    web_accessible_resources: [{ resources: ['scan-page.js', 'scan-ui.js'], matches: ['http://*/*', 'https://*/*'] }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'claimlens@example.org',
              // data_collection_permissions needs Firefox 142 (desktop and Android).
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
