// `npm run test:corpus`: the tests that read the shared data beside the checkout (../shared).
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/corpus/**/*.test.ts'],
    setupFiles: ['fake-indexeddb/auto'],
  },
});
