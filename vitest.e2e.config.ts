import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: a real server on a temporary store and the built client
 * (`npm run build` first) in Debian's headless Chromium. One file at a time,
 * in a forked process (Kuzu is a native addon; Chromium wants the CPU).
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 180_000,
  },
});
