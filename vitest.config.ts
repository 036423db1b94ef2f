import { defineConfig } from 'vitest/config';

/**
 * Test tiers live under tests/: unit (pure stages), integration (real Kuzu),
 * neo4j (only with NEO4J_URI), e2e (real Chromium, run by `npm run test:e2e`).
 * Kuzu is a native addon: forks, not worker threads, keep each file's database
 * handles in their own process.
 */
export default defineConfig({
  test: {
    include: ['tests/{unit,integration,neo4j}/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
