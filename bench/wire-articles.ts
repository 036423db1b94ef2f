/**
 * Generated wire-style articles for the ingest benchmark at scale: short
 * datelined reports about meetings, agreements, arms purchases and conflicts
 * among invented people, countries, organisations and systems. The cast grows
 * with the number of articles (as an analyst's archive does), so what grows
 * with the batch (resolution against every known entity) shows in the
 * per-article time. Invented names only: nothing here comes from ../shared.
 */
import { seededRandom } from '../core/random.js';

const ONSETS = ['b', 'd', 'k', 'l', 'm', 'n', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'kr', 'st', 'tr'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ou'];

function word(next: () => number, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) {
    w += ONSETS[Math.floor(next() * ONSETS.length)]! + VOWELS[Math.floor(next() * VOWELS.length)]!;
  }
  return w[0]!.toUpperCase() + w.slice(1);
}

interface Cast {
  people: Array<{ name: string; role: string }>;
  countries: string[];
  cities: string[];
  companies: string[];
  systems: string[];
  groups: string[];
}

const ROLES = ['foreign minister', 'defence minister', 'prime minister', 'president', 'army chief', 'envoy'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];

function castFor(articles: number, next: () => number): Cast {
  const distinct = (count: number, make: () => string) => {
    const names = new Set<string>();
    while (names.size < count) names.add(make());
    return [...names];
  };
  const countries = distinct(Math.max(12, Math.ceil(articles / 25)), () => `${word(next, 2)}ia`);
  return {
    people: distinct(Math.max(20, Math.ceil(articles / 2)), () => `${word(next, 2)} ${word(next, 3)}`).map((name) => ({
      name,
      role: ROLES[Math.floor(next() * ROLES.length)]!,
    })),
    countries,
    cities: distinct(countries.length * 2, () => word(next, 2)),
    companies: distinct(Math.max(8, Math.ceil(articles / 40)), () => `${word(next, 2)} Dynamics`),
    systems: distinct(Math.max(6, Math.ceil(articles / 60)), () => `${word(next, 2)}-${Math.floor(next() * 90) + 10}`),
    groups: distinct(Math.max(6, Math.ceil(articles / 60)), () => `${word(next, 2)} Front`),
  };
}

/** `count` articles as files the ingest reads (name and raw text). */
export function wireArticles(count: number, seed = 7): Array<{ file: string; raw: string }> {
  const next = seededRandom(seed);
  const cast = castFor(count, next);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const [p1, p2] = [pick(cast.people), pick(cast.people)];
    const [c1, c2, c3] = [pick(cast.countries), pick(cast.countries), pick(cast.countries)];
    const city = pick(cast.cities);
    const [company, system, group] = [pick(cast.companies), pick(cast.systems), pick(cast.groups)];
    const day = pick(DAYS);
    const date = `${1 + Math.floor(next() * 27)} ${pick(MONTHS)} 2025`;
    const surname1 = p1.name.split(' ').at(-1)!;
    const surname2 = p2.name.split(' ').at(-1)!;
    const sentences = [
      `${city.toUpperCase()}, ${date} — ${p1.name}, the ${p1.role} of ${c1}, met ${p2.name}, the ${p2.role} of ${c2}, in ${city} on ${day}.`,
      `${c1} and ${c2} signed a defence cooperation agreement after the talks, officials said.`,
      `${surname1} said ${c1} wants to buy the ${system} air defence system, which ${company} builds.`,
      `${company} said it would deliver the first ${system} batteries to ${c2} next year.`,
      `${c3} supports the ${group} in its war against ${c2}, according to ${surname2}.`,
      `${surname2} visited ${city} again in ${pick(MONTHS)} and met the ${pick(ROLES)} of ${c3}.`,
      `The ${group} denied that it had received weapons from ${c3}.`,
      `Talks between ${surname1} and ${surname2} will continue, the ministry of ${c1} said.`,
    ];
    return {
      file: `wire-${String(i).padStart(5, '0')}.txt`,
      raw: `${c1} and ${c2} sign defence pact\n\n${sentences.join(' ')}\n`,
    };
  });
}
