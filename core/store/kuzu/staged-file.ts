/**
 * Changes to a Kuzu database file that must be all or nothing, made on a copy
 * and put in place by one rename. Kuzu builds a full-text index as several
 * commits of its own, and a process stopped in between (kill -9, or a signal
 * at the wrong moment) leaves hidden tables that make every later attempt fail
 * and that no statement can drop. So the schema is never built on the live
 * file: a crash leaves at most a staging copy, removed on the next open.
 */
import fs from 'node:fs';
import path from 'node:path';

const STAGING = '.staging-';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what a crashed process left beside `file`: staging copies of dead
 * processes, and a write-ahead log without its database file (it would be
 * replayed into a new, empty one).
 */
export function removeLeftovers(file: string): void {
  const dir = path.dirname(file);
  const base = path.basename(file);
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) {
    if (!name.startsWith(`${base}${STAGING}`)) continue;
    const pid = Number(/^(\d+)/.exec(name.slice(base.length + STAGING.length))?.[1]);
    if (!alive(pid)) fs.rmSync(path.join(dir, name), { force: true });
  }
  if (!fs.existsSync(file) && fs.existsSync(`${file}.wal`)) fs.rmSync(`${file}.wal`, { force: true });
}

/**
 * Copies `file` (closed, its log merged: no `.wal` beside it), lets `build`
 * change the copy (opening and closing it), then renames the copy over
 * `file`. Either the old file or the finished copy is in place at any moment.
 */
export async function replaceStaged(file: string, build: (staging: string) => Promise<void>): Promise<void> {
  if (fs.existsSync(`${file}.wal`)) {
    throw new Error(`${file}.wal still holds commits: the database must be closed cleanly before its schema is staged`);
  }
  const staging = `${file}${STAGING}${process.pid}`;
  fs.rmSync(staging, { force: true });
  fs.rmSync(`${staging}.wal`, { force: true });
  try {
    if (fs.existsSync(file)) await fs.promises.copyFile(file, staging, fs.constants.COPYFILE_FICLONE);
    await build(staging);
    if (fs.existsSync(`${staging}.wal`)) throw new Error('the staged database was not closed cleanly');
    fs.renameSync(staging, file);
  } finally {
    fs.rmSync(staging, { force: true });
    fs.rmSync(`${staging}.wal`, { force: true });
  }
}
