/**
 * File discovery for the CLI: expands files and folders (recursively) into the
 * list of article files to read, in a stable order. Everything is keyed by its
 * real path, so a symbolic link is followed once and a link back up the tree
 * cannot loop; links that lead outside the given paths are not followed unless
 * asked (`followLinks`), so a link to /etc/passwd in a corpus is not loaded.
 * What cannot be read as an article (unsupported extension, FIFO, device,
 * socket, broken or escaping link) is returned as a problem for the caller to
 * report; hidden files and folders are skipped.
 */
import type { Stats } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, resolve, sep } from 'node:path';
import { formatOf, SUPPORTED_EXTENSIONS } from './read.js';

export interface DiscoverOptions {
  /** Follow symbolic links that lead outside the given paths. */
  followLinks?: boolean;
}

export interface DiscoveredFiles {
  /** Absolute real paths of supported article files, sorted, without duplicates. */
  files: string[];
  /** Paths that cannot be read as articles, with the reason. */
  problems: Array<{ path: string; reason: string }>;
}

/** What a path that is neither file nor folder is, for the report. */
function kindOf(info: Stats): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

/** Expands the given paths into article files. */
export async function discoverArticleFiles(
  paths: readonly string[],
  options: DiscoverOptions = {},
): Promise<DiscoveredFiles> {
  const files = new Set<string>();
  const problems: DiscoveredFiles['problems'] = [];
  const visitedFolders = new Set<string>();
  const roots: string[] = [];
  const inside = (real: string) =>
    roots.some((root) => real === root || real.startsWith(root.endsWith(sep) ? root : root + sep));

  const walk = async (path: string, explicit: boolean): Promise<void> => {
    let real: string;
    let info: Stats;
    try {
      const link = (await lstat(path)).isSymbolicLink();
      real = await realpath(path);
      info = await stat(real);
      if (link && !explicit && !options.followLinks && !inside(real)) {
        problems.push({
          path,
          reason: `a link to ${real}, outside the given paths (not followed without --follow-links)`,
        });
        return;
      }
    } catch (error) {
      const code = errorCode(error);
      problems.push({
        path,
        reason: code === 'ENOENT' ? 'unreadable: missing, or a broken link' : `unreadable: ${code}`,
      });
      return;
    }
    if (info.isDirectory()) {
      if (visitedFolders.has(real)) {
        if (explicit) return;
        problems.push({ path, reason: `a link to ${real}, a folder already read (a loop or a second way in)` });
        return;
      }
      visitedFolders.add(real);
      let entries: string[];
      try {
        entries = await readdir(real);
      } catch (error) {
        problems.push({ path, reason: `unreadable folder: ${errorCode(error)}` });
        return;
      }
      for (const name of entries.sort()) {
        if (name.startsWith('.')) continue;
        await walk(join(path, name), false);
      }
      return;
    }
    if (!explicit && basename(path).startsWith('.')) return;
    if (!info.isFile()) {
      problems.push({ path, reason: `${kindOf(info)}, not an article file` });
      return;
    }
    // The name the user sees decides the format; the real path is what is read, once.
    if (!formatOf(path) && !formatOf(real)) {
      problems.push({ path, reason: `unsupported extension (supported: ${SUPPORTED_EXTENSIONS.join(', ')})` });
      return;
    }
    files.add(formatOf(real) ? real : path);
  };

  for (const p of paths) {
    try {
      roots.push(await realpath(resolve(p)));
    } catch {
      // Reported by the walk.
    }
  }
  for (const p of paths) await walk(resolve(p), true);
  return { files: [...files].sort(), problems };
}
