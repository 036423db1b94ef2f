#!/usr/bin/env node
/**
 * The tally of `npm test`'s jest runs (tally.mjs):
 *   node scripts/test-tally/cli.mjs clear          forget earlier runs (pretest)
 *   node scripts/test-tally/cli.mjs print STATUS   print the closing lines, last, on stdout
 * STATUS is the exit status of the test command. Nothing is printed when no
 * jest run happened (the type check or lint failed first).
 */
import process from 'node:process';
import { clearTally, closingLines, readRuns, summarise } from './tally.mjs';

const [command, status = '0'] = process.argv.slice(2);
if (command === 'clear') {
  clearTally();
} else if (command === 'print') {
  const runs = readRuns();
  if (runs.length === 0) {
    console.error('test tally: no jest run was recorded');
  } else {
    const total = summarise(runs, Number(status));
    for (const note of total.notes) console.error(`test tally: ${note}`);
    for (const line of closingLines(total)) console.log(line);
  }
} else {
  console.error('usage: node scripts/test-tally/cli.mjs clear | print EXIT_STATUS');
  process.exitCode = 2;
}
