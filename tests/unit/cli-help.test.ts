import fs from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../core/config.js';
import { silentLogger } from '../../core/logger.js';
import { buildCli } from '../../ingest/commands/cli.js';

describe('the ingest command line', () => {
  const program = buildCli(loadConfig({}), silentLogger());

  it('calls itself newsgraph in its help, with its commands', () => {
    expect(program.helpInformation()).toMatch(/^Usage: newsgraph \[options\] \[command\]/);
    const ingest = program.commands.find((c) => c.name() === 'ingest')!;
    expect(ingest.helpInformation()).toMatch(/^Usage: newsgraph ingest \[options\] <paths\.\.\.>/);
    expect(program.commands.map((c) => c.name())).toEqual(['extract', 'ingest']);
  });

  it("answers --version with package.json's version", () => {
    const { version } = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string };
    expect(program.version()).toBe(version);
    expect(program.helpInformation()).toContain('-V, --version');
  });
});
