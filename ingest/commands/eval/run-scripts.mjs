// Runs the reference scorers of ../shared/gold (score.mjs, breakdown.mjs) many
// times in one Node process. They are command-line scripts, not modules: each
// run imports the script afresh (a new query string makes a new module
// instance) with its arguments in process.argv and its console.log captured.
// Importing them, rather than copying their logic, keeps our numbers equal to
// the reference's by construction; one process for all runs keeps `npm run eval`
// fast (a process per run costs about 150 ms, a run in process a few ms).
//
// usage: node run-scripts.mjs JOBS.json  (JOBS: [{ script, args }]); prints a JSON array of outputs.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const jobs = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const outputs = [];
const { argv, log } = { argv: process.argv, log: console.log };
let run = 0;
for (const job of jobs) {
  const lines = [];
  process.argv = [process.execPath, job.script, ...job.args];
  console.log = (...parts) => lines.push(parts.map(String).join(' '));
  try {
    await import(`${pathToFileURL(job.script).href}?run=${++run}`);
  } finally {
    process.argv = argv;
    console.log = log;
  }
  outputs.push(lines.join('\n'));
}
process.stdout.write(JSON.stringify(outputs));
