/**
 * The names of people known from the store or from earlier articles, as
 * entity detection reads them: a known full name or surname makes a
 * capitalised word a person ("Ruto later met ..."). Only names are kept, in
 * the order they were learnt and each once, so that an extraction worker is
 * sent the names it has not seen yet instead of every known entity with every
 * article: posting 100,000 known entities to a worker cost about 300 ms an
 * article, ten times the extraction itself.
 */
import type { KnownEntity } from '../../core/domain.js';
import { isNameLike } from '../../core/names.js';

let nextId = 0;

export class KnownPeople {
  /** Tells two sets apart, so a worker holding part of one never takes it for another. */
  readonly id = nextId++;
  /** Every name once, lower-cased, in the order learnt: a set only grows, so a prefix of it is what it was. */
  readonly names: string[] = [];
  private readonly set = new Set<string>();

  static of(known: readonly KnownEntity[]): KnownPeople {
    const people = new KnownPeople();
    for (const k of known) people.learn(k);
    return people;
  }

  /** Learns a known entity's names if it is a person: full names, their surnames, and aliases that are names. */
  learn(entity: KnownEntity): void {
    if (entity.kind !== 'Person') return;
    // Titled forms and descriptions ("the Israeli defense minister") are not names.
    const names = [entity.name, ...entity.aliases.filter((a) => isNameLike(a) && a.split(/\s+/).length <= 4)];
    for (const name of names) {
      this.add(name.toLowerCase());
      const last = name.split(/\s+/).pop();
      if (last) this.add(last.toLowerCase());
    }
  }

  /** The names learnt so far, as detection looks them up. */
  get lookup(): ReadonlySet<string> {
    return this.set;
  }

  private add(name: string): void {
    if (this.set.has(name)) return;
    this.set.add(name);
    this.names.push(name);
  }
}
