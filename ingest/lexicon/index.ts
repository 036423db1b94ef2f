/**
 * The domain gazetteer: loads the JSON files under `ingest/lexicon/`, checks
 * them once with zod, and compiles them into the lookups the stages use (a
 * phrase index keyed by first word, demonyms, role words, cue words) plus a
 * compromise plugin so the tagger knows the same names.
 */
import { z } from 'zod';
import { ENTITY_KINDS, type EntityKind } from '../../core/ontology.js';
import { KIND_RECORDS } from '../kinds.js';
import { isAllCaps, nameKey, phraseWords, slugify, withoutPossessive, wordKey } from '../parse/normalize.js';
import { loadJson } from './load.js';

const countrySchema = z.object({
  name: z.string(),
  aliases: z.array(z.string()),
  demonyms: z.array(z.string()),
  capital: z.string().nullable(),
  capitalAliases: z.array(z.string()),
  tags: z.array(z.string()),
});
const placeSchema = z.object({
  name: z.string(),
  aliases: z.array(z.string()),
  type: z.string(),
  country: z.string().optional(),
  seatOf: z.string().optional(),
});
const organizationSchema = z.object({
  name: z.string(),
  aliases: z.array(z.string()),
  type: z.string(),
  country: z.string().optional(),
  place: z.string().optional(),
});
const systemSchema = z.object({
  name: z.string(),
  aliases: z.array(z.string()),
  developer: z.string().optional(),
  needsHead: z.boolean().optional(),
});
const agreementSchema = z.object({
  name: z.string(),
  aliases: z.array(z.string()),
  topic: z.string(),
  parties: z.array(z.string()),
});
const conflictSchema = z.object({
  name: z.string(),
  aliases: z.array(z.string()),
  descriptions: z.array(z.string()),
  years: z.tuple([z.number(), z.number()]),
});
const rolesSchema = z.object({
  heads: z.array(z.string()),
  leadership: z.array(z.string()),
  modifiers: z.array(z.string()),
  ranks: z.array(z.string()),
  adjectiveRanks: z.array(z.string()),
  honorifics: z.array(z.string()),
  formerMarkers: z.array(z.string()),
  appointedMarkers: z.array(z.string()),
  cabinetOffices: z.array(z.string()),
  leaderOffices: z.array(z.string()),
});
const metonymsSchema = z.object({
  administrations: z.record(z.string(), z.string()),
  seats: z.record(z.string(), z.string()),
  stateHeads: z.array(z.string()),
  headTags: z.record(z.string(), z.string()),
  ignoredModifiers: z.array(z.string()),
  governmentHeads: z.array(z.string()),
  forceMembers: z.array(z.string()),
  stateBodies: z.array(z.string()),
});
const namelessSchema = z.object({
  heads: z.record(z.string(), z.string()),
  classes: z.record(z.string(), z.object({ label: z.string(), general: z.boolean(), event: z.boolean() })),
  guardedHeads: z.array(z.string()),
  excludedModifiers: z.array(z.string()),
  excludedModifiersByHead: z.record(z.string(), z.array(z.string())).default({}),
});
const kindWordsSchema = z.object({
  nameHeads: z.array(z.string()),
  nameOpeners: z.array(z.string()).default([]),
  namingNouns: z.array(z.string()).default([]),
  kindNouns: z.array(z.string()),
  descriptionHeads: z.array(z.string()),
  pluralHeads: z.array(z.string()),
  pronouns: z.array(z.string()),
  nameless: namelessSchema.nullable(),
});
/** Every kind of the ontology needs its record: a kind added to core/ontology.ts fails here until it has one. */
const kindsSchema = z
  .object(
    Object.fromEntries(ENTITY_KINDS.map((k) => [k, kindWordsSchema])) as Record<EntityKind, typeof kindWordsSchema>,
  )
  .strict()
  .superRefine((kinds, issue) => {
    for (const [kind, words] of Object.entries(kinds)) {
      if (!words.nameless) continue;
      for (const [head, cls] of Object.entries(words.nameless.heads))
        if (!words.nameless.classes[cls])
          issue.addIssue({ code: 'custom', message: `${kind}: head "${head}" has unknown class "${cls}"` });
    }
  });
const patternsSchema = z.object({
  agreementNouns: z.record(z.string(), z.string().nullable()),
  agreementTopics: z.record(z.string(), z.array(z.string())),
  topicComplements: z.record(z.string(), z.array(z.string())),
  conflictNouns: z.array(z.string()),
  genericModifiers: z.array(z.string()),
});
const cuesSchema = z.object({
  verbs: z.record(z.string(), z.array(z.string())),
  relationNouns: z.array(z.string()),
  passiveMarkers: z.array(z.string()),
  backingCompounds: z.array(z.string()),
  speechVerbs: z.array(z.string()),
});

/** Checks the per-kind word lists (the `kinds` of lexicon/kinds.json): one record for every kind, classes known. */
export function parseKindWords(raw: unknown): z.infer<typeof kindsSchema> {
  const parsed = kindsSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`ingest/lexicon/kinds.json is invalid: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** One named thing of the gazetteer. */
export interface LexiconEntry {
  /** Stable id: the slug of the canonical name. */
  id: string;
  name: string;
  kind: EntityKind;
  /** Finer type: country, capital, city, territory, armed_forces, ministry, media, ... */
  type: string;
  aliases: string[];
  /** Canonical name of the country it belongs to, when known. */
  country?: string;
  /** Canonical name of the country whose government the place stands for (capitals, seats). */
  seatOf?: string;
  needsHead?: boolean;
  /** Descriptive tags of a country (Arab, North African, kingdom, ...). */
  tags?: string[];
  /** A country's main demonym ("Moroccan"), used to name its institutions. */
  demonym?: string;
  /** Canonical name of the organisation that makes it (systems). */
  developer?: string;
  topic?: string;
  parties?: string[];
  descriptions?: string[];
  years?: [number, number];
}

/** Nameless instances of a kind: the head nouns that introduce one, and the class each gives. */
export interface NamelessWords {
  /** Lower-case head noun → class ("deal" → agreement, "fighting" → war). */
  heads: Map<string, string>;
  /**
   * Class → the label it is named with, whether it is the general class that joins any other, and
   * whether it is a single event (a massacre, a coup) that the general class never joins.
   */
  classes: Map<string, { label: string; general: boolean; event: boolean }>;
  /** Heads that introduce an instance only with a possessor, a military modifier or a complement. */
  guardedHeads: Set<string>;
  /** Modifiers that make the head name something else ("humanitarian crisis"). */
  excludedModifiers: Set<string>;
  /** Modifiers that make one head name something else ("a propaganda coup" is a success, no coup). */
  excludedModifiersByHead: Map<string, Set<string>>;
}

/** The compiled word lists of one kind's record. */
export interface KindWords {
  /** Capitalised last words of names of the kind ("Front", "Strip"), case kept. */
  nameHeads: Set<string>;
  /** Capitalised first words of names of the kind ("Port Sudan", "Lake Chad"), case kept. */
  nameOpeners: Set<string>;
  /** Lower-case nouns right before a name that make it one of the kind ("the frigate Admiral Gorshkov"), as word lists. */
  namingPhrases: string[][];
  /** Lower-case nouns that give a name beside them the kind; several-word ones ("news agency") as word lists. */
  kindNouns: Set<string>;
  kindPhrases: string[][];
  descriptionHeads: Set<string>;
  /** Plural nouns of a counted description referring back to that many entities ("the two countries"). */
  pluralHeads: Set<string>;
  pronouns: Set<string>;
  nameless: NamelessWords | null;
}

/** A lexicon phrase as the matcher sees it: word keys plus the surface words for case checks. */
export interface LexiconPhrase {
  keys: string[];
  /** Surface words, possessive endings off as the tokenizer takes them off. */
  words: string[];
  /** Which words carry a possessive ending ("People's Liberation Army", "David's Sling"). */
  possessive: boolean[];
  entry: LexiconEntry;
}

export type CueClass = string;

export interface Lexicon {
  entries: Map<string, LexiconEntry>;
  /** Phrases by the key of their first word, longest first. */
  phrases: Map<string, LexiconPhrase[]>;
  /** Demonym phrases (`South African`) by first word key, mapping to a country entry. */
  demonyms: Map<string, LexiconPhrase[]>;
  countries: Map<string, LexiconEntry>;
  /** Organisations by name key, for canonical names built from patterns ("Moroccan Ministry of Defense"). */
  organizationsByName: Map<string, LexiconEntry>;
  /** Each country's capital by the country's canonical name ("the Paraguayan capital"). */
  capitals: Map<string, LexiconEntry>;
  /** Country entry whose armed forces are named in the lexicon, by country name. */
  armedForces: Map<string, LexiconEntry>;
  /** Single-word names by first letter, for fuzzy lookups of misspellings. */
  singleWordNames: Map<string, Array<{ key: string; entry: LexiconEntry }>>;
  roles: {
    heads: Set<string>;
    multiWordHeads: string[][];
    leadership: Set<string>;
    modifiers: Set<string>;
    ranks: string[][];
    /** Ranks that are adjectives in lower case ("major"): a rank only capitalised before a given name. */
    adjectiveRanks: Set<string>;
    honorifics: Set<string>;
    formerMarkers: Set<string>;
    /** "newly elected President X": how the holder came to the office, with an adverb before it. */
    appointedMarkers: Set<string>;
    cabinetOffices: Set<string>;
    /** Offices of a state's or a people's leader: what "the X leader" may describe. */
    leaderOffices: Set<string>;
  };
  metonyms: z.infer<typeof metonymsSchema>;
  /** Lower-case words that, followed by "of", place what follows ("south of X", "the outskirts of X"). */
  bearings: Set<string>;
  /** The gazetteer place types each description head fits ("region" → region, territory). */
  placeDescriptionTypes: Map<string, Set<string>>;
  /** The word lists of each kind's record (see ingest/kinds.ts). */
  kinds: Record<EntityKind, KindWords>;
  patterns: {
    agreementNouns: Map<string, string | null>;
    topicByWord: Map<string, string>;
    topicComplements: Map<string, Set<string>>;
    conflictNouns: Set<string>;
    genericModifiers: Set<string>;
  };
  cues: {
    classesByWord: Map<string, Set<CueClass>>;
    relationNouns: Set<string>;
    passiveMarkers: Set<string>;
    /** "brokered", "backed": joined by a hyphen to a name, they make it a backer ("Russian-brokered ceasefire"). */
    backingCompounds: Set<string>;
    speechVerbs: Set<string>;
  };
}

function addPhrase(index: Map<string, LexiconPhrase[]>, surface: string, entry: LexiconEntry): void {
  const stems = phraseWords(surface).map(withoutPossessive);
  const words = phraseWords(surface).map((w, k) => stems[k] ?? w);
  const possessive = stems.map((s) => s !== null);
  const keys = words.map(wordKey);
  const first = keys[0];
  if (first === undefined) return;
  const list = index.get(first) ?? [];
  const same = (p: LexiconPhrase) =>
    p.entry === entry && p.words.join(' ') === words.join(' ') && p.possessive.join() === possessive.join();
  if (!list.some(same)) list.push({ keys, words, possessive, entry });
  index.set(first, list);
}

function lowerWords(list: string[]): string[][] {
  return list.map((s) => s.toLowerCase().split(/\s+/));
}

function buildLexicon(): Lexicon {
  const countries = loadJson('countries.json', z.array(countrySchema));
  const places = loadJson('places.json', z.array(placeSchema), 'places');
  const bearings = loadJson('places.json', z.array(z.string().regex(/^[a-z]+$/)).min(1), 'bearings');
  const descriptionTypes = loadJson('places.json', z.record(z.string(), z.array(z.string())), 'descriptionTypes');
  const organizations = loadJson('organizations.json', z.array(organizationSchema), 'organizations');
  const systems = loadJson('systems.json', z.array(systemSchema), 'systems');
  const agreements = loadJson('agreements.json', z.array(agreementSchema), 'agreements');
  const conflicts = loadJson('conflicts.json', z.array(conflictSchema), 'conflicts');
  const roles = loadJson('roles.json', rolesSchema);
  const metonyms = loadJson('metonyms.json', metonymsSchema);
  const patterns = loadJson('patterns.json', patternsSchema);
  const kindWords = parseKindWords(loadJson('kinds.json', z.unknown(), 'kinds'));
  const cues = loadJson('cues.json', cuesSchema);

  const entries = new Map<string, LexiconEntry>();
  const phrases = new Map<string, LexiconPhrase[]>();
  const demonyms = new Map<string, LexiconPhrase[]>();
  const countryMap = new Map<string, LexiconEntry>();
  const armedForces = new Map<string, LexiconEntry>();

  const register = (entry: LexiconEntry, surfaces: string[]): void => {
    const existing = entries.get(`${entry.kind}:${entry.id}`);
    const target = existing ?? entry;
    if (!existing) entries.set(`${entry.kind}:${entry.id}`, entry);
    for (const surface of surfaces) addPhrase(phrases, surface, target);
  };

  for (const c of countries) {
    const entry: LexiconEntry = {
      id: slugify(c.name),
      name: c.name,
      kind: 'Country',
      type: 'country',
      aliases: c.aliases,
      tags: c.tags,
      ...(c.demonyms[0] ? { demonym: c.demonyms[0] } : {}),
    };
    countryMap.set(c.name, entry);
    register(entry, [c.name, ...c.aliases]);
    for (const d of c.demonyms) {
      addPhrase(demonyms, d, entry);
      // Plural demonyms name a people ("the Israelis"), never the state: they still say which country.
      if (/[aeinot]$/.test(d) && !/ese$|ish$|ch$|i$/.test(d)) addPhrase(demonyms, `${d}s`, entry);
      else if (/i$/.test(d)) addPhrase(demonyms, `${d}s`, entry);
    }
    // A capital that shares the country's name is the country in news text.
    for (const capital of [c.capital, ...c.capitalAliases]) {
      if (!capital || capital === c.name) continue;
      register(
        {
          id: slugify(c.capital ?? capital),
          name: c.capital ?? capital,
          kind: 'Place',
          type: 'capital',
          aliases: c.capitalAliases,
          country: c.name,
          seatOf: c.name,
        },
        [capital],
      );
    }
  }
  for (const p of places) {
    register(
      {
        id: slugify(p.name),
        name: p.name,
        kind: 'Place',
        type: p.type,
        aliases: p.aliases,
        ...(p.country ? { country: p.country } : {}),
        ...(p.seatOf ? { seatOf: p.seatOf } : {}),
      },
      [p.name, ...p.aliases],
    );
  }
  for (const [seat, country] of Object.entries(metonyms.seats)) {
    register({ id: slugify(seat), name: seat, kind: 'Place', type: 'seat', aliases: [], country, seatOf: country }, [
      seat,
    ]);
  }
  for (const o of organizations) {
    const entry: LexiconEntry = {
      id: slugify(o.name),
      name: o.name,
      kind: 'Organization',
      type: o.type,
      aliases: o.aliases,
      ...(o.country ? { country: o.country } : {}),
    };
    register(entry, [o.name, ...o.aliases]);
    if (o.type === 'armed_forces' && o.country && !armedForces.has(o.country)) armedForces.set(o.country, entry);
  }
  for (const s of systems) {
    register(
      {
        id: slugify(s.name),
        name: s.name,
        kind: 'System',
        type: 'system',
        aliases: s.aliases,
        ...(s.developer ? { developer: s.developer } : {}),
        ...(s.needsHead ? { needsHead: true } : {}),
      },
      [s.name, ...s.aliases],
    );
  }
  for (const a of agreements) {
    register(
      {
        id: slugify(a.name),
        name: a.name,
        kind: 'Agreement',
        type: 'agreement',
        aliases: a.aliases,
        topic: a.topic,
        parties: a.parties,
      },
      [a.name, ...a.aliases],
    );
  }
  for (const c of conflicts) {
    register(
      {
        id: slugify(c.name),
        name: c.name,
        kind: 'Conflict',
        type: 'conflict',
        aliases: c.aliases,
        descriptions: c.descriptions,
        years: c.years,
      },
      [c.name, ...c.aliases],
    );
  }
  for (const list of [...phrases.values(), ...demonyms.values()]) list.sort((a, b) => b.keys.length - a.keys.length);

  const singleWordNames = new Map<string, Array<{ key: string; entry: LexiconEntry }>>();
  for (const list of phrases.values()) {
    for (const p of list) {
      const only = p.words[0];
      if (p.keys.length !== 1 || only === undefined || only.length < 6 || isAllCaps(only)) continue;
      const key = p.keys[0] ?? '';
      const bucket = singleWordNames.get(key[0] ?? '') ?? [];
      bucket.push({ key, entry: p.entry });
      singleWordNames.set(key[0] ?? '', bucket);
    }
  }

  const classesByWord = new Map<string, Set<CueClass>>();
  for (const [cls, words] of Object.entries(cues.verbs)) {
    for (const w of words) {
      const set = classesByWord.get(w) ?? new Set<CueClass>();
      set.add(cls);
      classesByWord.set(w, set);
    }
  }
  const topicByWord = new Map<string, string>();
  for (const [topic, words] of Object.entries(patterns.agreementTopics))
    for (const w of words) topicByWord.set(w, topic);
  // Plural titles head lists of office holders ("the Presidents of Chile and Peru").
  const singularHeads = roles.heads.map((h) => h.toLowerCase());
  const heads = [...singularHeads, ...singularHeads.filter((h) => !/s$/.test(h)).map((h) => `${h}s`)];

  const organizationsByName = new Map<string, LexiconEntry>();
  const capitals = new Map<string, LexiconEntry>();
  for (const entry of entries.values()) {
    if (entry.kind === 'Organization') organizationsByName.set(nameKey(entry.name), entry);
    if (entry.type === 'capital' && entry.seatOf && !capitals.has(entry.seatOf)) capitals.set(entry.seatOf, entry);
  }

  return {
    entries,
    organizationsByName,
    capitals,
    phrases,
    demonyms,
    countries: countryMap,
    armedForces,
    singleWordNames,
    roles: {
      heads: new Set(heads.filter((h) => !h.includes(' '))),
      multiWordHeads: heads
        .filter((h) => h.includes(' '))
        .map((h) => h.split(' '))
        .sort((a, b) => b.length - a.length),
      leadership: new Set(roles.leadership.map((h) => h.toLowerCase())),
      modifiers: new Set(roles.modifiers.map((m) => m.toLowerCase())),
      ranks: roles.ranks.map((r) => phraseWords(r.toLowerCase())).sort((a, b) => b.length - a.length),
      adjectiveRanks: new Set(roles.adjectiveRanks.map((r) => r.toLowerCase())),
      honorifics: new Set(roles.honorifics.map((h) => h.toLowerCase())),
      formerMarkers: new Set(roles.formerMarkers),
      appointedMarkers: new Set(roles.appointedMarkers),
      cabinetOffices: new Set(roles.cabinetOffices),
      leaderOffices: new Set(roles.leaderOffices),
    },
    metonyms,
    bearings: new Set(bearings),
    placeDescriptionTypes: new Map(Object.entries(descriptionTypes).map(([head, types]) => [head, new Set(types)])),
    kinds: Object.fromEntries(
      ENTITY_KINDS.map((k): [EntityKind, KindWords] => {
        const w = kindWords[k];
        const nouns = w.kindNouns.map((n) => n.toLowerCase());
        return [
          k,
          {
            nameHeads: new Set(w.nameHeads),
            nameOpeners: new Set(w.nameOpeners),
            namingPhrases: lowerWords(w.namingNouns).sort((a, b) => b.length - a.length),
            kindNouns: new Set(nouns.filter((n) => !n.includes(' '))),
            kindPhrases: lowerWords(nouns).sort((a, b) => b.length - a.length),
            descriptionHeads: new Set(w.descriptionHeads),
            pluralHeads: new Set(w.pluralHeads),
            pronouns: new Set(w.pronouns),
            nameless: w.nameless
              ? {
                  heads: new Map(Object.entries(w.nameless.heads)),
                  classes: new Map(Object.entries(w.nameless.classes)),
                  guardedHeads: new Set(w.nameless.guardedHeads),
                  excludedModifiers: new Set(w.nameless.excludedModifiers),
                  excludedModifiersByHead: new Map(
                    Object.entries(w.nameless.excludedModifiersByHead).map(([head, mods]) => [
                      head,
                      new Set(mods.map((m) => m.toLowerCase())),
                    ]),
                  ),
                }
              : null,
          },
        ];
      }),
    ) as Record<EntityKind, KindWords>,
    patterns: {
      agreementNouns: new Map(Object.entries(patterns.agreementNouns)),
      topicByWord,
      topicComplements: new Map(Object.entries(patterns.topicComplements).map(([k, v]) => [k, new Set(v)])),
      conflictNouns: new Set(patterns.conflictNouns),
      genericModifiers: new Set(patterns.genericModifiers),
    },
    cues: {
      classesByWord,
      relationNouns: new Set(cues.relationNouns),
      passiveMarkers: new Set(cues.passiveMarkers),
      backingCompounds: new Set(cues.backingCompounds),
      speechVerbs: new Set(cues.speechVerbs),
    },
  };
}

let cached: Lexicon | undefined;

/** The compiled gazetteer, built on first use and shared by every stage of the process. */
export function getLexicon(): Lexicon {
  cached ??= buildLexicon();
  return cached;
}

/**
 * The gazetteer as a compromise plugin: its names become lexicon words with a
 * kind tag, so the tagger reads "Polisario" or "Skylock Dome" as proper nouns
 * instead of guessing verbs or adjectives around them.
 */
export function lexiconPlugin(lexicon: Lexicon): {
  tags: Record<string, { isA: string }>;
  words: Record<string, string>;
} {
  const words: Record<string, string> = {};
  for (const entry of lexicon.entries.values()) {
    for (const surface of [entry.name, ...entry.aliases]) {
      // compromise's lexicon keys are plain lower-case words; names with dots or
      // apostrophes are left to our own matcher.
      if (!/^[\p{L}\d -]+$/u.test(surface) || isAllCaps(surface) || entry.needsHead) continue;
      words[surface.toLowerCase()] = KIND_RECORDS[entry.kind].tag;
    }
  }
  return {
    tags: {
      WeaponSystem: { isA: 'ProperNoun' },
      Agreement: { isA: 'ProperNoun' },
      Conflict: { isA: 'ProperNoun' },
    },
    words,
  };
}
