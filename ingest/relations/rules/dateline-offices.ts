/**
 * Wire copy writes the offices of the state a report is filed from without the state: "SANTIAGO (Reuters) -
 * Chile will buy ..., Defence Minister Maya Fernandez said". A state's civil office (a cabinet's, a head of
 * state's or government's) written bare, held by someone no other sentence gives a state, is the office of the
 * state the dateline places the report in. Foreign office holders are the ones wire style names with their state
 * ("visiting Peruvian Foreign Minister ..."), and those are read where they are written.
 */
import { isCivilOffice } from '../../entities/titles.js';
import type { RoleInfo } from '../../entities/types.js';
import { inDateline } from '../../entities/context.js';
import { officeHolders } from '../../lexicon/leaders.js';
import type { EntityDraft, ResolvedMention } from '../../resolve/registry.js';
import type { RuleContext } from '../engine/engine.js';
import type { SentenceView } from '../sentence-view.js';
import { countryOf } from './visits.js';

/** The one country the article's dateline names ("LIMA, May 2 (Reuters)", "ITAGUAI, Brazil (AP)"), if the article names it. */
function datelineCountry(ctx: RuleContext, views: readonly SentenceView[]): EntityDraft | null {
  const relations = ctx.out.all();
  for (const view of views) {
    const filed = view.mentions.filter(
      (m) => (m.entity.kind === 'Place' || m.entity.kind === 'Country') && inDateline(ctx.reader.ctx, m.end),
    );
    if (filed.length === 0) continue;
    const countries = new Set(
      filed.map((m) => (m.entity.kind === 'Country' ? m.entity : countryOf(ctx, m.entity, relations))),
    );
    // "WASHINGTON/TAIPEI (Reuters)": filed from two states, neither is the home of a bare title; nor is an
    // unknown place's.
    return countries.size === 1 ? [...countries][0]! : null;
  }
  return null;
}

/**
 * Whether a title opens with a word no title is made of, a name that owns it ("Somaliland President",
 * "Gaza Interior Minister"): its first word, past "former" or "then", must be a title's own.
 */
function namesOwner(ctx: RuleContext, role: RoleInfo): boolean {
  const { formerMarkers, heads, modifiers } = ctx.reader.ctx.lexicon.roles;
  const first = role.role
    .toLowerCase()
    .split(/[\s-]+/)
    .find((w) => !formerMarkers.has(w));
  return first === undefined || !(modifiers.has(first) || [...heads].some((h) => h.split(' ')[0] === first));
}

/** Modifiers of an office below the state's: "regional President", "provincial governor". */
const SUB_STATE = new Set(['regional', 'provincial', 'state', 'local', 'municipal', 'party']);

/**
 * Whether a role is a state's civil office written bare: a cabinet's or a head of state's or government's, with
 * nothing before it that owns or narrows it ("regional President", "its Defence Minister", "Kurdistan Prime
 * Minister").
 */
function bareStateOffice(ctx: RuleContext, view: SentenceView, role: RoleInfo): boolean {
  // "president of the University of X": a complement says whose office it is.
  if (
    !isCivilOffice(ctx.reader.ctx.lexicon.roles, role, false) ||
    role.country !== null ||
    role.complement !== undefined
  )
    return false;
  if (
    role.role
      .toLowerCase()
      .split(/\s+/)
      .some((w) => SUB_STATE.has(w))
  )
    return false;
  // "Somaliland President X": a name in the title owns it.
  if (view.mentions.some((x) => x.start < role.end && x.end > role.start && x.entity.kind !== 'Person')) return false;
  if (namesOwner(ctx, role)) return false;
  // "Its Defence Minister": the title's own first word may own it.
  const first = ctx.reader.word(role.start);
  if (!first || first.possessive || first.tags.has('Possessive') || first.tags.has('Pronoun')) return false;
  const before = ctx.reader.word(role.start - 1);
  if (!before || before.sentence !== ctx.reader.word(role.start)?.sentence) return true;
  // Set off by punctuation, or after a verb, a preposition, a conjunction or an article.
  if (/[,;:(“"—–]/.test(before.after)) return true;
  if (before.capitalized || before.possessive || before.tags.has('Possessive') || before.tags.has('Pronoun'))
    return false;
  return (
    ['Verb', 'Preposition', 'Conjunction'].some((t) => before.tags.has(t)) || ['the', 'a', 'an'].includes(before.lower)
  );
}

/** HOLDS_ROLE of the dateline's state for people whose bare state office the article never places elsewhere. */
export function datelineOffices(ctx: RuleContext, views: readonly SentenceView[]): void {
  const home = datelineCountry(ctx, views);
  if (!home) return;
  const placed = new Set<EntityDraft>();
  for (const m of ctx.reader.reg.mentions) if (m.roles.some((r) => r.country !== null)) placed.add(m.entity);
  // A person whose office the article already gives, a state's or a body's, holds no other by the dateline.
  for (const r of ctx.out.all()) if (r.type === 'HOLDS_ROLE') placed.add(r.subject);
  const holders = officeHolders();
  const done = new Set<EntityDraft>();
  for (const view of views) {
    for (const m of view.mentions as readonly ResolvedMention[]) {
      const person = m.entity;
      if (person.kind !== 'Person' || placed.has(person) || done.has(person)) continue;
      // A holder the lexicon knows is read by what it says of them, not by where the report was filed.
      if ([person.name, ...person.aliases].some((n) => holders.knows(n))) continue;
      const role = m.roles.find((r) => bareStateOffice(ctx, view, r));
      if (!role) continue;
      done.add(person);
      ctx.emit(
        'HOLDS_ROLE',
        { entity: person, start: m.start, end: m.end },
        { entity: home, start: role.start, end: role.end },
        view.sentence,
        { properties: { role: role.role } },
      );
    }
  }
}
