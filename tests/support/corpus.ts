/** Where the sample corpus and its gold annotations live: beside the repository, never copied into it. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CORPUS_DIR = path.resolve(REPO_ROOT, '../shared/corpus');
export const GOLD_DIR = path.resolve(REPO_ROOT, '../shared/gold');
