import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // tests/corpus needs ../shared beside the checkout: npm run test:corpus.
    exclude: ['tests/e2e/**', 'tests/e2e-corpus/**', 'tests/corpus/**', 'node_modules/**'],
    setupFiles: ['fake-indexeddb/auto'],
  },
});
