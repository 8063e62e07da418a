import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      // Node resolves `chrono-node/en` through the package's "./*" export; Vite's resolver does
      // not (it tries the longer "./*/*" pattern and gives up), so the tests are told the file.
      'chrono-node/en': fileURLToPath(
        new URL('./node_modules/chrono-node/dist/esm/locales/en/index.js', import.meta.url),
      ),
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // expect.poll waits for what a user would wait for (a page that updates after a request); its
    // default second is too short on a loaded CI machine, where a test that passes alone then fails.
    expect: { poll: { timeout: 20_000 } },
    pool: 'forks',
    // A scratch PostgreSQL server for the tests that run against PostgreSQL (see the file).
    // The codebook cache of the run in a temporary folder, not the user's home (see the file).
    globalSetup: ['test/setup/postgres.ts', 'test/setup/cache.ts'],
  },
});
