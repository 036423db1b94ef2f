/**
 * Known holders of state offices (`leaders.json`): heads of state and government and their foreign and
 * defence ministers, with the state they serve. Wire copy drops the country of a title whose holder the
 * reader is expected to know ("President Tayyip Erdogan said"); this list says whose office it is. It
 * only ever completes a title the text writes: a bare name makes no office.
 */
import { z } from 'zod';
import { loadJson } from './load.js';

const schema = z.object({
  comment: z.string(),
  leaders: z.array(
    z.strictObject({
      name: z.string().min(3),
      /** Other spellings, and a surname that names the holder alone ("Erdogan"). */
      aliases: z.array(z.string()),
      /** Canonical country name (countries.json). */
      country: z.string(),
      /** Offices held, lower case, as titles write them ("president", "foreign minister"). */
      offices: z.array(z.string().regex(/^[a-z -]+$/)).nonempty(),
    }),
  ),
});
export type Leader = z.infer<typeof schema>['leaders'][number];

/** Lower-case words of a name, without accents or punctuation ("Recep Tayyip Erdoğan" → recep, tayyip, erdogan). */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** A role as comparable text: lower case, one spelling of "defence", no "former" or "acting". */
function officeText(role: string): string {
  return role
    .toLowerCase()
    .replace(/\bdefense\b/g, 'defence')
    .replace(/^(?:(?:former|then|acting|interim|late|ex)[\s-]+)+/, '')
    .trim();
}

export class OfficeHolders {
  private readonly bySurname = new Map<string, Leader[]>();

  constructor(readonly leaders: readonly Leader[]) {
    for (const leader of leaders)
      for (const name of [leader.name, ...leader.aliases]) {
        const last = nameWords(name).at(-1);
        if (!last) continue;
        const list = this.bySurname.get(last) ?? [];
        if (!list.includes(leader)) list.push(leader);
        this.bySurname.set(last, list);
      }
  }

  /** Whether a name of two words or more is a known holder's ("Narendra Modi"): a person, whatever its context. */
  knows(name: string): boolean {
    const words = nameWords(name);
    return words.length > 1 && this.holdersNamed(words).length > 0;
  }

  /** Holders with every word of a name of two words or more among the words of one of their spellings. */
  private holdersNamed(words: readonly string[]): Leader[] {
    return (this.bySurname.get(words.at(-1) ?? '') ?? []).filter((leader) =>
      [leader.name, ...leader.aliases].map(nameWords).some((s) => words.every((w) => s.includes(w))),
    );
  }

  /**
   * The country whose office `role` the person named `name` holds, when exactly one known holder has that
   * name and an office the role names ("President" for a president, "Defence Minister" for a defence minister).
   * A name of one word must be one the list gives alone ("Erdogan").
   */
  countryOf(name: string, role: string): string | null {
    const words = nameWords(name);
    const last = words.at(-1);
    if (!last) return null;
    const office = officeText(role);
    const named =
      words.length === 1
        ? (this.bySurname.get(last) ?? []).filter((leader) =>
            leader.aliases.some((a) => nameWords(a).join(' ') === last),
          )
        : this.holdersNamed(words);
    const matches = named.filter((leader) => leader.offices.some((o) => o === office || o.endsWith(` ${office}`)));
    const countries = new Set(matches.map((m) => m.country));
    return countries.size === 1 ? [...countries][0]! : null;
  }
}

let cached: OfficeHolders | null = null;

/** The office holders the lexicon knows (loaded and checked on first use). */
export function officeHolders(): OfficeHolders {
  cached ??= new OfficeHolders(loadJson('leaders.json', schema).leaders);
  return cached;
}
