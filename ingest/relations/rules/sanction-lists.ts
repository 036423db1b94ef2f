/**
 * Sanctions by listing: "the Treasury added A, B and C to its Specially
 * Designated Nationals List", "X was put on the Entity List by Y", "Washington
 * designated the Houthis as a foreign terrorist organisation", "designated X
 * under the Global Magnitsky Act". Whoever lists opposes everyone it lists. The list's name is long and often broken by
 * an acronym in brackets, so it is read from the words after the preposition up
 * to the end of the phrase (a comma or the sentence end): a list noun and a word
 * making it one of sanctions (lexicon `sanctionLists`).
 */
import type { EntityKind } from '../../../core/ontology.js';
import type { Clause } from '../../clauses/index.js';
import { relationCues } from '../../lexicon/relation-cues.js';
import type { Endpoint } from '../collector.js';
import { actingEndpoint, endpointsOf } from '../engine/endpoints.js';
import type { RuleContext } from '../engine/engine.js';
import type { SentenceView } from '../sentence-view.js';

const PARTIES: readonly EntityKind[] = ['Country', 'Organization', 'Person'];
/** The prepositions after a title that name whose office it is ("the President of X"). */
const TITLE_OWNER = new Set(['of', 'for']);
/** How far a list's name may run after its preposition. */
const LIST_NAME_WORDS = 14;

/** The prepositions of a list ("added to", "put on") and of a designation ("listed as", "designated under"). */
const LIST_PREPOSITIONS = new Set(['to', 'on']);
const DESIGNATION_PREPOSITIONS = new Set(['as', 'under']);

/**
 * The word index of the preposition before a sanctions list ("to"/"on" a list noun made one of sanctions), or of
 * a designation that sanctions by itself ("as a foreign terrorist organisation", "under the Global Magnitsky Act",
 * "under sanctions"), or null.
 */
function listAt(ctx: RuleContext, c: Clause): number | null {
  const words = ctx.reader.ctx.words;
  const lists = relationCues().sanctionLists;
  for (const p of c.preps) {
    const designation = DESIGNATION_PREPOSITIONS.has(p.prep);
    if (!LIST_PREPOSITIONS.has(p.prep) && !designation) continue;
    let noun = false;
    let qualified = false;
    for (let k = p.at + 1; k < p.at + LIST_NAME_WORDS; k++) {
      const w = words[k];
      if (!w || w.sentence !== words[p.at]?.sentence) break;
      const lower = w.lower.replace(/^-+|-+$/g, '');
      noun ||= lists.nouns.has(lower);
      qualified ||= lists.qualifiers.has(lower) || lower.split('-').some((part) => lists.qualifiers.has(part));
      if (w.after.includes(',')) break;
    }
    if (qualified && (noun || designation)) return p.at;
  }
  return null;
}

/**
 * "was placed on a U.S. trade blacklist", "added to the EU's sanctions list": with no one said to list,
 * the state or body that names the list, before its list noun, keeps it.
 */
function listOwners(ctx: RuleContext, view: SentenceView, at: number): Endpoint[] {
  const { reader } = ctx;
  const words = reader.ctx.words;
  const nouns = relationCues().sanctionLists.nouns;
  const owners: Endpoint[] = [];
  for (let k = at + 1; k < at + LIST_NAME_WORDS; k++) {
    const w = words[k];
    if (!w || nouns.has(w.lower) || w.after.includes(',')) break;
    const m = view.mentions.find((x) => x.start === k);
    const named = m ? actingEndpoint(reader, m, ['Country', 'Organization']) : null;
    const demonym = reader.ctx.demonyms.get(k);
    const state = demonym ? reader.existingCountry(demonym.entry.name) : null;
    const owner = named ?? (state && demonym ? { entity: state, start: demonym.start, end: demonym.end } : null);
    if (owner) owners.push(owner);
  }
  return owners;
}

export function sanctionLists(ctx: RuleContext, view: SentenceView): void {
  const { reader } = ctx;
  const lists = relationCues().sanctionLists;
  for (const c of ctx.clauses.of(view.sentence.index)) {
    if (c.predicate.form === 'noun' || !lists.verbs.has(c.predicate.lemma)) continue;
    const at = listAt(ctx, c);
    if (at === null) continue;
    const agents = endpointsOf(reader, view, c.agent, PARTIES, { acting: true });
    const listers = agents.length > 0 ? agents : listOwners(ctx, view, at);
    // Active: everyone named between the verb and the list ("added A, B and C to ..."), whatever
    // their titles do to the phrases, but not the body a title names ("the President of X", "the
    // Manager for X": X is whose office it is); passive: the subject ("A was put on the list by Y").
    const words = reader.ctx.words;
    const listed: Endpoint[] =
      c.predicate.voice === 'passive'
        ? endpointsOf(reader, view, c.theme, PARTIES, { acting: true })
        : view.mentions
            .filter((m) => m.start >= c.predicate.end && m.end <= at)
            .filter(
              (m) => !TITLE_OWNER.has(words[m.start - (words[m.start - 1]?.lower === 'the' ? 2 : 1)]?.lower ?? ''),
            )
            .map((m) => reader.endpoint(m, PARTIES))
            .filter((e): e is Endpoint => e !== null);
    for (const a of listers)
      for (const b of listed) if (a.entity !== b.entity) ctx.emit('OPPOSES', a, b, view.sentence, { clause: c });
  }
}
