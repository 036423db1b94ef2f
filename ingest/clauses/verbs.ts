/**
 * Verb groups: a run of auxiliaries, negation, adverbs and verbs becomes one
 * predicate with its lemma, tense, voice, negation and modal. Verbs that take
 * an infinitive or a gerund ("wants to buy", "denied supplying", "is expected
 * to sign") join the group as frames of the verb they govern; any other
 * "to" + verb starts a group of its own (a purpose or complement clause).
 */
import type { ClauseWords } from '../lexicon/clause-words.js';
import { infinitiveOf } from '../parse/nlp.js';
import type { Word } from '../parse/parse.js';
import type { FunctionItem, GroupItem, Item, PunctItem, VerbalItem } from './phrases.js';
import type { Predicate } from './types.js';

export type ClauseItem = GroupItem | FunctionItem | PunctItem | VerbGroupItem;

export interface VerbGroupItem {
  kind: 'vg';
  predicate: Predicate;
  /** The group has an auxiliary: it is finite whatever the verb's form. */
  auxiliary: boolean;
  /** First word of the group, adverbs included. */
  word: number;
  last: number;
}

const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', 'get', 'got', 'gets', 'getting']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', 'got']);

/** The lemma of a word: compromise's root for verbs and plurals, "be" and "have" for their forms. */
export function lemmaOf(w: Word): string {
  let l = w.lemma;
  // A word the tagger read as a noun or adjective but the clause reads as a verb ("against striking a deal").
  if (l === w.lower && !w.tags.has('Infinitive')) {
    if (/ing$/.test(l)) l = infinitiveOf(l, 'Gerund');
    else if (/(ed|en|wn)$/.test(l)) {
      const past = infinitiveOf(l, 'PastTense');
      // "has given", "was shown": an irregular participle the past-tense rules leave as it is.
      l = past === l && w.tags.has('Participle') ? infinitiveOf(l, 'Participle') : past;
    }
  }
  if (BE.has(w.lower) && !['get', 'got', 'gets', 'getting'].includes(w.lower)) return 'be';
  if (['has', 'have', 'had', 'having'].includes(w.lower)) return 'have';
  if (['does', 'did', 'done'].includes(w.lower)) return 'do';
  return l;
}

type Part = { kind: 'aux' | 'neg' | 'adv' | 'to' | 'verb'; word: number };

function predicateOf(words: readonly Word[], parts: readonly Part[], lex: ClauseWords): VerbGroupItem {
  const frames: string[] = [];
  // Split at each frame verb: "plans to begin buying" → plan | begin | buying.
  let segmentStart = 0;
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k] as Part;
    if (p.kind !== 'verb') continue;
    const next = parts.slice(k + 1).find((x) => x.kind !== 'adv');
    const w = words[p.word] as Word;
    const lemma = lemmaOf(w);
    const takesInfinitive = next?.kind === 'to';
    // "denied supplying", "denied having supplied": a gerund, or the perfect gerund's "having".
    const takesGerund =
      (next?.kind === 'verb' && (words[next.word] as Word).tags.has('Gerund')) ||
      (next?.kind === 'aux' && (words[next.word] as Word).lower === 'having');
    const takesBare = next?.kind === 'verb' && lemma === 'help';
    if ((takesInfinitive || takesGerund || takesBare) && (lex.catenatives.has(lemma) || lex.reporting.has(lemma))) {
      frames.push(lemma);
      segmentStart = k + 1;
    } else if (takesInfinitive && (lemma === 'be' || lemma === 'have')) segmentStart = k + 1;
  }
  // "has yet to ratify": "yet" right before the infinitive frames it as not done so far.
  const notYet = parts.find(
    (p, k) => p.kind === 'adv' && parts[k + 1]?.kind === 'to' && lex.notYet.has((words[p.word] as Word).lower),
  );
  if (notYet) frames.push((words[notYet.word] as Word).lower);
  const tail = parts.slice(segmentStart).filter((p) => p.kind !== 'to');
  const verbs = tail.filter((p) => p.kind === 'verb');
  const auxes = parts.filter((p) => p.kind === 'aux');
  const mainPart =
    verbs[verbs.length - 1] ?? tail.filter((p) => p.kind === 'aux').pop() ?? (parts[parts.length - 1] as Part);
  const main = words[mainPart.word] as Word;
  const tailAux = tail.filter((p) => p.kind === 'aux' && p.word < mainPart.word).map((p) => words[p.word] as Word);
  const participle = main.tags.has('PastTense') || main.tags.has('Participle') || main.tags.has('Passive');
  const passive =
    mainPart.kind === 'verb' &&
    (main.tags.has('Passive') ||
      (participle && tailAux.some((a) => BE.has(a.lower) && a.lower !== 'being')) ||
      (participle && tailAux.some((a) => a.lower === 'being')));
  const modalWord = parts.map((p) => words[p.word] as Word).find((w) => w.tags.has('Modal'));
  const firstFinite = parts
    .map((p) => words[p.word] as Word)
    .find((w) => w.tags.has('Verb') || w.tags.has('Auxiliary'));
  const startsWithTo = parts.find((p) => p.kind !== 'adv')?.kind === 'to';
  const auxiliary = auxes.length > 0;
  let form: Predicate['form'];
  if (startsWithTo) form = 'infinitive';
  else if (auxiliary || frames.length > 0) form = 'finite';
  else if (main.tags.has('Gerund') || /ing$/.test(main.lower)) form = 'gerund';
  // A base form with no "to" is a present tense ("Malians hold"); the reader makes participles of past forms.
  else form = 'finite';
  const future =
    parts.some((p) => lex.futureAuxiliaries.has((words[p.word] as Word).lower)) ||
    parts.some((p, k) => lex.nearFuture.has((words[p.word] as Word).lower) && parts[k + 1]?.kind === 'to');
  const tense: Predicate['tense'] =
    form !== 'finite'
      ? null
      : future
        ? 'future'
        : firstFinite && (firstFinite.tags.has('PastTense') || PAST_AUX.has(firstFinite.lower))
          ? 'past'
          : 'present';
  const first = parts[0] as Part;
  const last = parts[parts.length - 1] as Part;
  return {
    kind: 'vg',
    word: first.word,
    last: last.word,
    auxiliary,
    predicate: {
      start: first.word,
      end: last.word + 1,
      head: mainPart.word,
      lemma: lemmaOf(main),
      form,
      tense,
      voice: passive ? 'passive' : 'active',
      // "cannot" is one word: the modal "can" and its negation.
      negated: parts.some((p) => p.kind === 'neg') || modalWord?.lower === 'cannot',
      modal: modalWord ? (modalWord.lower === 'cannot' ? 'can' : modalWord.lower) : null,
      frames,
      light: null,
    },
  };
}

/** Replaces each run of verbal tokens by one verb group. */
export function readVerbGroups(words: readonly Word[], items: readonly Item[], lex: ClauseWords): ClauseItem[] {
  const out: ClauseItem[] = [];
  let run: Part[] = [];
  const flush = () => {
    // Trailing adverbs and a trailing "to" are not part of the group.
    let end = run.length;
    while (end > 0 && (run[end - 1]?.kind === 'adv' || run[end - 1]?.kind === 'to')) end--;
    const group = run.slice(0, end);
    if (group.some((p) => p.kind === 'verb' || p.kind === 'aux')) out.push(predicateOf(words, group, lex));
    // A "to" that no verb follows is a preposition after all.
    for (const p of run.slice(end))
      if (p.kind === 'to') out.push({ kind: 'prep', word: p.word, last: p.word, text: 'to' });
    run = [];
  };
  for (const [i, it] of items.entries()) {
    // 'she was "extremely concerned"': quotes inside a verb group do not break it.
    const next = items[i + 1];
    if (it.kind === 'punct' && it.text === '"' && run.length > 0 && next !== undefined && isVerbal(next)) continue;
    if (isVerbal(it)) {
      const prevVerb = [...run].reverse().find((p) => p.kind !== 'adv');
      // A new group starts at "to" + verb unless a verb taking an infinitive precedes, and at a verb after a full verb.
      const startsNew =
        prevVerb !== undefined &&
        ((it.kind === 'to' && prevVerb.kind === 'verb' && !takesInfinitive(words, prevVerb.word, lex)) ||
          (it.kind === 'verb' && prevVerb.kind === 'verb' && !joinsVerb(words, prevVerb.word, it.word, lex)) ||
          (it.kind === 'aux' && prevVerb.kind === 'verb' && !takesPerfectGerund(words, prevVerb.word, it.word, lex)));
      if (startsNew) flush();
      run.push({ kind: it.kind, word: it.word });
      continue;
    }
    flush();
    out.push(it);
  }
  flush();
  return out;
}

const isVerbal = (it: Item): it is VerbalItem =>
  it.kind === 'verb' || it.kind === 'aux' || it.kind === 'neg' || it.kind === 'adv' || it.kind === 'to';

function takesInfinitive(words: readonly Word[], verb: number, lex: ClauseWords): boolean {
  const lemma = lemmaOf(words[verb] as Word);
  return lex.catenatives.has(lemma) || lemma === 'be' || lemma === 'have' || lemma === 'go';
}

/** "denied having bought": a verb that takes a gerund, before the perfect gerund's auxiliary. */
function takesPerfectGerund(words: readonly Word[], verb: number, aux: number, lex: ClauseWords): boolean {
  const lemma = lemmaOf(words[verb] as Word);
  return (words[aux] as Word).lower === 'having' && (lex.catenatives.has(lemma) || lex.reporting.has(lemma));
}

function joinsVerb(words: readonly Word[], verb: number, next: number, lex: ClauseWords): boolean {
  const lemma = lemmaOf(words[verb] as Word);
  const n = words[next] as Word;
  if (n.tags.has('Gerund')) return lex.catenatives.has(lemma) || lex.reporting.has(lemma);
  return lemma === 'help';
}
