/**
 * One jest project per test tier:
 *   unit         tests/unit: pure stages, presenters, client models (no database)
 *   integration  tests/integration: real Kuzu, real HTTP, the real ingest CLI
 *   e2e          tests/e2e: real Chromium on the built client, on Kuzu
 *   neo4j        the store, curation, API and ingest suites and the explorer's
 *                e2e file again (NEO4J_SUITES), on the Neo4j server that
 *                NEO4J_TEST_URI names (tests/support/test-store.ts; `npm run
 *                test:neo4j` starts a local one), with the Neo4j-only checks of
 *                tests/neo4j; `*.kuzu.test.ts` files are about the embedded store alone
 *                (Kuzu, its search index, its fork LadybugDB).
 *                Without a server only tests/neo4j/server.test.ts runs, to say
 *                the tier was skipped (or to fail, in CI).
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
 */
import process from 'node:process';

const swc = [
  '@swc/jest',
  {
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

/** @param {string} name @param {import('jest').Config} [options] @returns {import('jest').Config} */
const tier = (name, options = {}) => ({
  displayName: name,
  testEnvironment: 'node',
  testMatch: [`<rootDir>/tests/${name}/**/*.test.ts`],
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  // Sources import `./x.js` (as Node and tsc want); the file on disk is `./x.ts`.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  ...options,
});

const neo4jConfigured = Boolean(process.env.NEO4J_TEST_URI?.trim());

/**
 * What the neo4j tier runs again on Neo4j: every store, curation, API and
 * ingest suite, the explorer's browser test once, and the Neo4j-only checks.
 * The fuzzing and hardening suites and the other browser flows test layers
 * above the store port (HTTP, the console sandbox, files, the client) and run
 * on Kuzu only, which keeps `npm test` within its time budget on two cores.
 */
const NEO4J_SUITES = [
  '<rootDir>/tests/integration/{store,curation,ingest-cli}.test.ts',
  '<rootDir>/tests/integration/api.*.test.ts',
  '<rootDir>/tests/e2e/app.test.ts',
  '<rootDir>/tests/neo4j/**/*.test.ts',
];

/** @type {import('jest').Config} */
export default {
  projects: [
    tier('unit'),
    tier('integration'),
    tier('e2e'),
    tier('neo4j', {
      testMatch: neo4jConfigured ? NEO4J_SUITES : ['<rootDir>/tests/neo4j/server.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '\\.kuzu\\.test\\.ts$'],
      setupFiles: ['<rootDir>/tests/support/neo4j-tier.ts'],
    }),
  ],
  // A safety net, not a speed check; jest applies it to hooks too, where a store is seeded or Chromium launched.
  testTimeout: 180_000,
  workerIdleMemoryLimit: 0,
  // The last file's replacement worker must boot before it can exit; on a busy machine that takes over the 500 ms default.
  workerGracefulExitTimeout: 10_000,
  // 2 cores: two files at a time (the e2e and neo4j scripts run one: Chromium wants the CPU, Neo4j has one database).
  maxWorkers: 2,
  // Beside jest's own summary, each run's counts for the closing line of `npm test`, the one line CI reads.
  reporters: ['default', '<rootDir>/scripts/test-tally/reporter.mjs'],
};
