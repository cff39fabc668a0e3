import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{shared,electron,server,renderer,bench,scripts,eslint}/**/*.test.{ts,tsx}'],
    environment: 'node',
    globalSetup: ['server/testing/global-database.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit.json' },
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
