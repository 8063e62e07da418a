import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // A scratch PostgreSQL server for the tests that run against PostgreSQL (see the file).
    globalSetup: ['test/setup/postgres.ts'],
  },
});
