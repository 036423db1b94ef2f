/**
 * News outlets the gazetteer knows (organisations of type `media`), by any of
 * their names: a credit is written in the outlet's canonical name ("AP" →
 * "Associated Press"), and a headline's closing credit is taken only when it
 * names a known outlet.
 */
import { getLexicon } from '../lexicon/index.js';
import { nameKey } from '../parse/normalize.js';

let byName: Map<string, string> | undefined;

function outletsByName(): Map<string, string> {
  if (!byName) {
    byName = new Map();
    for (const entry of getLexicon().entries.values()) {
      if (entry.kind !== 'Organization' || entry.type !== 'media') continue;
      for (const name of [entry.name, ...entry.aliases]) byName.set(nameKey(name), entry.name);
    }
  }
  return byName;
}

/** The canonical name of a known outlet, or null. */
export function knownOutlet(name: string): string | null {
  return outletsByName().get(nameKey(name)) ?? null;
}

/** A credited outlet in its canonical name when the gazetteer knows it, as written otherwise. */
export function outletName(credit: string): string {
  return knownOutlet(credit) ?? credit;
}
