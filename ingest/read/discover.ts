/**
 * File discovery for the CLI: expands files and folders (recursively) into the
 * list of article files to read, in a stable order. Unsupported files are
 * returned as problems so the caller reports them instead of silently dropping
 * them; hidden files and folders are skipped.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { formatOf, SUPPORTED_EXTENSIONS } from './read.js';

export interface DiscoveredFiles {
  /** Absolute paths of supported article files, sorted, without duplicates. */
  files: string[];
  /** Paths that cannot be read as articles, with the reason. */
  problems: Array<{ path: string; reason: string }>;
}

/** Expands the given paths into article files. */
export async function discoverArticleFiles(paths: readonly string[]): Promise<DiscoveredFiles> {
  const files = new Set<string>();
  const problems: DiscoveredFiles['problems'] = [];

  const walk = async (path: string, explicit: boolean): Promise<void> => {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      problems.push({
        path,
        reason: `unreadable: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      });
      return;
    }
    if (info.isDirectory()) {
      const entries = await readdir(path);
      for (const name of entries.sort()) {
        if (name.startsWith('.')) continue;
        await walk(join(path, name), false);
      }
      return;
    }
    if (!explicit && basename(path).startsWith('.')) return;
    if (formatOf(path)) files.add(path);
    else problems.push({ path, reason: `unsupported extension (supported: ${SUPPORTED_EXTENSIONS.join(', ')})` });
  };

  for (const p of paths) await walk(resolve(p), true);
  return { files: [...files].sort(), problems };
}
