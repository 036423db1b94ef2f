/**
 * One jest project per test tier, each a folder under tests/:
 *   unit         pure stages, presenters, client models (no database)
 *   integration  real Kuzu, real HTTP, the real ingest CLI
 *   neo4j        the same suites on a real Neo4j (skipped with a message without NEO4J_URI)
 *   e2e          real Chromium on the built client (`npm run test:e2e`)
 * Run one tier with `--selectProjects NAME`, one file by its path.
 *
 * Tests are native ES modules (`node --experimental-vm-modules`, see the
 * `test:jest` script) compiled by @swc/jest, which only strips types:
 * `npm run check` is the type check.
 *
 * Kuzu is a native addon: each test file runs in its own worker process, and
 * `workerIdleMemoryLimit: 0` makes jest replace that process after every file,
 * so no database handle, native thread or crash outlives the file that made it.
 * Setting it also keeps jest from running files inside its own process.
 *
 * @type {import('jest').Config}
 */
const swc = [
  '@swc/jest',
  {
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

/** @param {string} name @returns {import('jest').Config} */
const tier = (name) => ({
  displayName: name,
  testEnvironment: 'node',
  testMatch: [`<rootDir>/tests/${name}/**/*.test.ts`],
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  // Sources import `./x.js` (as Node and tsc want); the file on disk is `./x.ts`.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
});

export default {
  projects: ['unit', 'integration', 'neo4j', 'e2e'].map(tier),
  // A safety net, not a speed check; jest applies it to hooks too, where a store is seeded or Chromium launched.
  testTimeout: 180_000,
  workerIdleMemoryLimit: 0,
  // The last file's replacement worker must boot before it can exit; on a busy machine that takes over the 500 ms default.
  workerGracefulExitTimeout: 10_000,
  // 2 cores: two files at a time (the e2e script runs one).
  maxWorkers: 2,
  // Beside jest's own summary, each run's counts for the closing line of `npm test`, the one line CI reads.
  reporters: ['default', '<rootDir>/scripts/test-tally/reporter.mjs'],
};
