/**
 * A name that runs through lower-case words into more capitalised ones ("the Democratic Forces for the
 * Liberation of Angola (FDLA)", "the Popular Movement for the Liberation of Guinea (PMLG)"): the words
 * "for the" end a run of name words, so the name was cut after its head. A bracketed acronym right after
 * the last run is what shows where the name begins: the runs it spells out, with the small words between
 * them, are one name, whose acronym the resolver then joins to it.
 */
import type { Word } from '../parse/parse.js';
import type { DetectionContext } from './context.js';
import { REMIT_LINKS } from './name-particles.js';

/** Lower-case words that may stand between the capitalised words of one institution's name. */
const NAME_GLUE = new Set([...REMIT_LINKS, 'of', 'the', 'and', 'in', 'against', 'de', 'des', 'du', 'la', 'le']);

/** The most glue words between two runs of one name ("for the", "of the"). */
const MAX_GLUE = 2;

/** The acronym in brackets right after word `end - 1` ("... Angola (FDLA)"), or null. */
function bracketedAcronymAfter(ctx: DetectionContext, end: number): string | null {
  const last = ctx.words[end - 1];
  const acronym = ctx.words[end];
  if (!last || !acronym || !/^\s*\(\s*$/.test(last.after) || !/^\s*\)/.test(acronym.after)) return null;
  return acronym.allCaps && /^\p{Lu}{2,}$/u.test(acronym.text) ? acronym.text : null;
}

/**
 * Whether the acronym spells out the words from `start` to `end`: every capitalised word's initial is one of
 * its letters, and its other letters are initials of the small words or of the pieces after a hyphen
 * ("ECOWAS": the O of "of"). The letters are compared as a bag: an acronym in the group's own language orders
 * them its own way ("Forces Démocratiques de Libération": FDLR for the English "Democratic Forces for the
 * Liberation of Rwanda").
 */
function spellsOut(ctx: DetectionContext, acronym: string, start: number, end: number): boolean {
  const letters = [...acronym];
  const optional: string[] = [];
  let required = 0;
  for (let i = start; i < end; i++) {
    const w = ctx.words[i] as Word;
    const initial = w.text[0]?.toUpperCase() ?? '';
    const afterHyphen = ctx.words[i - 1]?.after === '-';
    if (!w.capitalized || afterHyphen) {
      optional.push(initial);
      continue;
    }
    const at = letters.indexOf(initial);
    if (at < 0) return false;
    letters.splice(at, 1);
    required++;
  }
  for (const letter of letters) {
    const at = optional.indexOf(letter);
    if (at < 0) return false;
    optional.splice(at, 1);
  }
  return required >= 2;
}

/** Whether only a few glue words, set off by spaces, stand between two runs. */
function glued(ctx: DetectionContext, left: [number, number], right: [number, number]): boolean {
  const gap = ctx.words.slice(left[1], right[0]);
  if (gap.length === 0 || gap.length > MAX_GLUE || !/^\s+$/.test((ctx.words[left[1] - 1] as Word).after)) return false;
  return gap.every((w) => NAME_GLUE.has(w.text) && /^\s+$/.test(w.after));
}

/**
 * Joins runs of name words that a bracketed acronym after the last of them spells out, with the glue words
 * between them, into one run. The longest such span wins; runs the acronym does not spell stay apart.
 */
export function joinSpelledAcronyms(ctx: DetectionContext, runs: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const run of runs) {
    out.push([run[0], run[1]]);
    const acronym = bracketedAcronymAfter(ctx, run[1]);
    if (acronym === null) continue;
    let first = out.length - 1;
    let spelled = -1;
    while (first > 0 && glued(ctx, out[first - 1] as [number, number], out[first] as [number, number])) {
      first--;
      if (spellsOut(ctx, acronym, (out[first] as [number, number])[0], run[1])) spelled = first;
    }
    if (spelled < 0) continue;
    const start = (out[spelled] as [number, number])[0];
    out.splice(spelled, out.length - spelled, [start, run[1]]);
  }
  return out;
}
