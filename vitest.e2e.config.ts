import { defineConfig } from 'vitest/config';

/** Browser tests: the built extension in Debian's Chromium (and Firefox ESR) against the sandbox. */
export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/e2e.json' },
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    globalSetup: ['./tests/e2e/global-setup.ts'],
    setupFiles: ['./tests/e2e/harness/poll-by-time.ts'],
  },
});
