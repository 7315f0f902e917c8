import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit.json' },
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto', './tests/unit-setup.ts'],
    include: ['{lib,components,entrypoints,sandbox,tests/unit}/**/*.test.{ts,tsx}'],
  },
});
