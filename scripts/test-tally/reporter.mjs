/**
 * A jest reporter, beside jest's default one (jest.config.js), that records
 * this run's counts for the closing line of `npm test` (see tally.mjs).
 */
import { runFile, writeRun } from './tally.mjs';

export default class TallyReporter {
  #file = runFile();
  #label = 'jest';

  /** @param {import('@jest/reporters').Config.GlobalConfig} globalConfig */
  constructor(globalConfig) {
    const projects = globalConfig.selectProjects;
    if (projects?.length) this.#label = projects.join('+');
  }

  onRunStart() {
    writeRun(this.#file, { label: this.#label, complete: false, passed: 0, failed: 0, skipped: 0, notes: [] });
  }

  /** @param {unknown} _contexts @param {import('@jest/reporters').AggregatedResult} results */
  onRunComplete(_contexts, results) {
    // A file that could not run (syntax error, a throwing hook at the top) fails no test: count it as one.
    const brokenFiles = results.testResults.filter((file) => file.testExecError && file.numFailingTests === 0);
    writeRun(this.#file, {
      label: this.#label,
      complete: true,
      passed: results.numPassedTests,
      failed: results.numFailedTests + brokenFiles.length,
      skipped: results.numPendingTests + results.numTodoTests,
      notes: brokenFiles.map((file) => `${file.testFilePath} could not run (counted as one failure)`),
    });
  }
}
