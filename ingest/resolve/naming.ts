/**
 * Names of unnamed agreements and conflicts, given after relations are read:
 * the parties are those the phrases named plus the countries and
 * organisations the relations make signatories, parties or belligerents of
 * it, and the name spells parties, topic and class ("China–Egypt J-10C
 * deal", "Chile–Peru war", "Libya war" for one named only by where it
 * happens). Relations keep pointing at the same drafts, so renaming changes
 * no relation.
 */
import type { RelationType } from '../../core/ontology.js';
import type { Lexicon } from '../lexicon/index.js';
import type { CollectedRelation } from '../relations/collector.js';
import type { EntityDraft, EntityRegistry } from './registry.js';

/** Relations whose subject is a party of their object. */
const PARTY_RELATIONS: readonly RelationType[] = ['SIGNED', 'PARTY_TO', 'INVOLVED_IN'];

/** How a topic reads inside a name. */
const TOPIC_LABEL: Record<string, string> = {
  normalization: 'normalization',
  defense: 'defense',
};

/** The head noun an agreement of the general class is named with: the one its phrases use most. */
function generalLabel(heads: Map<string, number>, fallback: string): string {
  const named = [...heads.entries()].filter(([h]) => /^(deal|agreement|accord|pact|treaty|contract|protocol)$/.test(h));
  return named.sort((a, b) => b[1] - a[1])[0]?.[0] ?? fallback;
}

/** The name of an unnamed instance from its parties, topic, place and class. */
export function frameName(lexicon: Lexicon, draft: EntityDraft, parties: readonly string[]): string {
  const frame = draft.frame;
  if (!frame) return draft.name;
  const cls = lexicon.kinds[draft.kind].nameless?.classes.get(frame.cls);
  const label =
    cls?.general && draft.kind === 'Agreement' ? generalLabel(frame.heads, cls.label) : (cls?.label ?? frame.cls);
  const who = parties.length > 0 ? [...parties].sort().join('–') : frame.place;
  const topic = frame.topic ? (TOPIC_LABEL[frame.topic] ?? frame.topic) : null;
  const ordinal = frame.ordinal ? frame.ordinal.charAt(0).toUpperCase() + frame.ordinal.slice(1) : null;
  return [ordinal, who, topic === label ? null : topic, label].filter((x): x is string => Boolean(x)).join(' ');
}

/**
 * Completes the parties of every unnamed instance from the relations that
 * reach it, and names it. Two parties at most name an agreement (its
 * signatories), every belligerent names a conflict.
 */
export function nameNameless(lexicon: Lexicon, reg: EntityRegistry, relations: readonly CollectedRelation[]): void {
  for (const draft of reg.byKey.values()) {
    if (!draft.frame || draft.mentions.length === 0) continue;
    const counts = new Map<string, number>(draft.parties.map((p, i) => [p, 100 - i]));
    for (const r of relations) {
      if (r.object !== draft || !PARTY_RELATIONS.includes(r.type)) continue;
      const s = r.subject;
      const party = s.kind === 'Country' ? s.name : s.kind === 'Organization' ? (s.country ?? s.name) : null;
      if (party) counts.set(party, (counts.get(party) ?? 0) + 1);
    }
    const parties = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([p]) => p);
    // The parties its phrases name name it; those only relations add ("Iran is involved in ...") when they are all.
    const named = draft.parties.length >= 2 ? draft.parties : parties;
    draft.parties = parties;
    // A state's forces named as a party read as the state in the name ("Eritrea–Ethiopia war").
    const display = named.map((p) => reg.named(p, ['Organization'])?.country ?? p);
    draft.name = frameName(lexicon, draft, [...new Set(display)].slice(0, draft.kind === 'Agreement' ? 2 : 3));
  }
}
