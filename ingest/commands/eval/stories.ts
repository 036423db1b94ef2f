/**
 * The annotated stories beside the repository: the sample corpus
 * (`../shared/corpus` + `../shared/gold`) and every story of the development
 * set (`../shared/devset/<story>/{articles,gold}`).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Story {
  name: string;
  /** The sample corpus must stay solved; the dev stories measure how extraction carries over. */
  set: 'sample' | 'dev';
  articles: string;
  gold: string;
}

const isDir = (path: string): boolean => existsSync(path) && statSync(path).isDirectory();

/** Every story under a `shared` folder, the sample first, then the dev stories by name. */
export function discoverStories(shared: string): Story[] {
  const stories: Story[] = [];
  if (isDir(join(shared, 'corpus')) && isDir(join(shared, 'gold')))
    stories.push({ name: 'sample', set: 'sample', articles: join(shared, 'corpus'), gold: join(shared, 'gold') });
  const devset = join(shared, 'devset');
  if (isDir(devset)) {
    for (const name of readdirSync(devset).sort()) {
      const articles = join(devset, name, 'articles');
      const gold = join(devset, name, 'gold');
      if (isDir(articles) && isDir(gold)) stories.push({ name, set: 'dev', articles, gold });
    }
  }
  if (stories.length === 0)
    throw new Error(`no annotated stories under ${shared} (expected corpus/ + gold/ or devset/)`);
  return stories;
}
