/**
 * Titles and roles around names: "Israeli Defense Minister Benny Gantz",
 * "former US president Donald Trump", "Lt. Gen. Belkhir El Farouk",
 * "Zohar Palti, head of ...". The title is stripped from the name and kept as
 * a role with the country it is for.
 */
import type { Lexicon } from '../lexicon/index.js';
import { relationCues } from '../lexicon/relation-cues.js';
import { GIVEN_NAME_TAGS, type Word } from '../parse/parse.js';
import type { LexiconMatch } from './gazetteer.js';
import { isTrailingSpeaker } from './trailing-speaker.js';
import type { Candidate, RoleInfo } from './types.js';

/** What the title parser needs to know about the sentence. */
export interface TitleContext {
  lexicon: Lexicon;
  words: readonly Word[];
  /** Demonym matches by start word. */
  demonyms: ReadonlyMap<number, LexiconMatch>;
  /** Demonym matches by end word (exclusive), for scanning leftwards. */
  demonymsByEnd: ReadonlyMap<number, LexiconMatch>;
  /** Lexicon matches by end word (exclusive). */
  lexiconByEnd: ReadonlyMap<number, LexiconMatch>;
  /** Lexicon matches by start word. */
  lexiconByStart: ReadonlyMap<number, LexiconMatch>;
  /** Mentions found so far (institutions are found before names). */
  candidates: readonly Candidate[];
}

const DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its', 'a', 'an']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);

function bare(word: Word): string {
  return word.lower.replace(/\./g, '');
}

/**
 * "Major Ali Sanou": a rank that is an adjective in lower case ("a major port") is one only capitalised
 * and right before a given name the tagger knows ("Major League Baseball" is no title and its name).
 */
export function isAdjectiveRankAt(ctx: TitleContext, i: number): boolean {
  const w = ctx.words[i];
  const next = ctx.words[i + 1];
  if (!w || !next || !w.capitalized || !ctx.lexicon.roles.adjectiveRanks.has(w.lower) || !/^\s+$/.test(w.after))
    return false;
  return GIVEN_NAME_TAGS.some((t) => next.tags.has(t));
}

/** Length of a rank or honorific ending at word `i` (scanning leftwards), or 0. */
function rankEndingAt(ctx: TitleContext, i: number): number {
  if (isAdjectiveRankAt(ctx, i)) return 1;
  for (const rank of ctx.lexicon.roles.ranks) {
    const n = rank.length;
    let ok = true;
    for (let k = 0; k < n; k++) {
      const w = ctx.words[i - n + 1 + k];
      if (!w || bare(w) !== rank[k]?.replace(/[.()]/g, '')) {
        ok = false;
        break;
      }
    }
    if (ok) return n;
  }
  const w = ctx.words[i];
  if (!w) return 0;
  const key = bare(w);
  return ctx.lexicon.roles.honorifics.has(key) || ctx.lexicon.roles.honorifics.has(`${key}.`) ? 1 : 0;
}

/** Length of a role head (possibly several words, "chief of staff") ending at word `i`, or 0. */
function headEndingAt(ctx: TitleContext, i: number): number {
  for (const head of ctx.lexicon.roles.multiWordHeads) {
    const n = head.length;
    let ok = true;
    for (let k = 0; k < n; k++) {
      if (ctx.words[i - n + 1 + k]?.lower !== head[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return n;
  }
  const w = ctx.words[i];
  // "the 14-member force", "a five-member council": a head hyphened to a number measures a noun.
  const prev = ctx.words[i - 1];
  if (prev?.after === '-' && (/^\d+$/.test(prev.text) || prev.tags.has('Value'))) return 0;
  return w && ctx.lexicon.roles.heads.has(w.lower) ? 1 : 0;
}

/** Length of a role head of several words ("secretary of state") starting at word `i`, or 0. */
export function headStartingAt(ctx: TitleContext, i: number): number {
  const found = ctx.lexicon.roles.multiWordHeads.filter((head) => head.every((h, k) => ctx.words[i + k]?.lower === h));
  return Math.max(0, ...found.map((head) => head.length));
}

function isModifier(ctx: TitleContext, w: Word): boolean {
  const roles = ctx.lexicon.roles;
  return roles.modifiers.has(w.lower) || roles.formerMarkers.has(w.lower) || roles.appointedMarkers.has(w.lower);
}

/** "newly" in "Senegal's newly elected President X": an adverb of manner or time right before an appointed marker. */
function isAppointmentAdverb(ctx: TitleContext, i: number): boolean {
  const w = ctx.words[i];
  const next = ctx.words[i + 1];
  return (
    w !== undefined &&
    next !== undefined &&
    /ly$/.test(w.lower) &&
    w.tags.has('Adverb') &&
    ctx.lexicon.roles.appointedMarkers.has(next.lower)
  );
}

/**
 * Whether a role is a state's civil office: a cabinet's ("Defence Minister") or a leader's ("President", "Prime
 * Minister"). "leader" alone counts only when asked: a group has leaders too.
 */
export function isCivilOffice(roles: Lexicon['roles'], role: RoleInfo, withLeader = true): boolean {
  const text = role.role.toLowerCase();
  return (
    roles.cabinetOffices.has(role.head) ||
    [...roles.leaderOffices].some((o) => (withLeader || o !== 'leader') && text.endsWith(o))
  );
}

/** A break between word `i` and the next that a title cannot span (comma, bracket, quote), "(Ret.)" aside. */
function breaksAfter(ctx: TitleContext, i: number): boolean {
  const left = ctx.words[i];
  if (!left) return true;
  if (/^\s*\(\s*$/.test(left.after) && ctx.words[i + 1]?.lower === 'ret') return false;
  if (left.lower === 'ret' && /^\.?\)\s*$/.test(left.after)) return false;
  return /[,;:"“”()[\]]/.test(left.after);
}

export function titleCaseRole(words: readonly Word[]): string {
  return words
    .map((w, k) =>
      k > 0 && /^(of|for|in|the|and|on)$/.test(w.lower) ? w.lower : w.text.charAt(0).toUpperCase() + w.text.slice(1),
    )
    .join(' ');
}

type TitlePiece =
  | { type: 'rank'; start: number; end: number }
  | { type: 'head'; start: number; end: number; head: string }
  | { type: 'modifier' | 'of'; start: number; end: number }
  | { type: 'country'; start: number; end: number; country: string };

/** A capitalised department may stand before a head, or before capitalised words already in front of one. */
function departmentFits(ctx: TitleContext, pieces: TitlePiece[]): boolean {
  for (let k = pieces.length - 1; k >= 0; k--) {
    const p = pieces[k] as TitlePiece;
    if (p.type === 'head') return true;
    if (p.type !== 'modifier' || !ctx.words[p.start]?.capitalized) return false;
  }
  return false;
}

/**
 * The nationality opening an organisation's name, when the organisation is one of the
 * state's institutions ("French Armed Forces", "Greek Defence Ministry"): its span and state.
 */
function nationalInstitution(
  ctx: TitleContext,
  named: LexiconMatch | undefined,
): { start: number; end: number; country: string } | null {
  if (named?.entry.kind !== 'Organization' || !named.entry.country) return null;
  const demonym = ctx.demonyms.get(named.start);
  return demonym && demonym.end < named.end
    ? { start: demonym.start, end: demonym.end, country: demonym.entry.name }
    : null;
}

/** The country a "whose" at word `i` refers back to: one named right before it and a comma. */
function whoseCountry(ctx: TitleContext, i: number): string | null {
  const before = ctx.words[i - 1];
  const named = ctx.lexiconByEnd.get(i);
  return before && /^\s*,\s*$/.test(before.after) && named?.entry.kind === 'Country' ? named.entry.name : null;
}

/** The title words directly left of word `end`, right to left. */
function titlePiecesBefore(ctx: TitleContext, end: number, limit: number): TitlePiece[] {
  const pieces: TitlePiece[] = [];
  let i = end - 1;
  while (i >= limit) {
    const w = ctx.words[i];
    if (!w || breaksAfter(ctx, i)) break;
    const rank = rankEndingAt(ctx, i);
    const head = w.possessive ? 0 : headEndingAt(ctx, i);
    const demonym = ctx.demonymsByEnd.get(i + 1);
    const named = ctx.lexiconByEnd.get(i + 1);
    // "French Armed Forces Minister X": a state's institution named by its nationality right before
    // a title head is the department of the state's office, and the nationality says whose it is.
    const office = pieces[0]?.type === 'head' && ctx.lexicon.roles.cabinetOffices.has(pieces[0].head);
    const department = head === 0 && office && departmentFits(ctx, pieces) ? nationalInstitution(ctx, named) : null;
    if (department) {
      for (let k = i; k >= department.end; k--) pieces.push({ type: 'modifier', start: k, end: k + 1 });
      pieces.push({ type: 'country', start: department.start, end: department.end, country: department.country });
      break;
    }
    // "Kenyan Major General X": a rank ending in a title head ("general", "colonel") is the head of the title.
    const rankHead = rank > 1 && ctx.lexicon.roles.heads.has(w.lower);
    if (rankHead) pieces.push({ type: 'head', start: i - rank + 1, end: i + 1, head: w.lower });
    else if (rank > 0) pieces.push({ type: 'rank', start: i - rank + 1, end: i + 1 });
    else if (head > 0)
      pieces.push({
        type: 'head',
        start: i - head + 1,
        end: i + 1,
        head: ctx.words
          .slice(i - head + 1, i + 1)
          .map((x) => x.lower)
          .join(' '),
      });
    else if (w.lower === 'of') pieces.push({ type: 'of', start: i, end: i + 1 });
    else if (demonym) pieces.push({ type: 'country', start: demonym.start, end: i + 1, country: demonym.entry.name });
    else if (named?.entry.kind === 'Country')
      pieces.push({ type: 'country', start: named.start, end: i + 1, country: named.entry.name });
    // "Kremlin spokesman", "White House adviser": a seat of government names whose office it is.
    else if (named?.entry.seatOf && headEndingAt(ctx, i + 1) > 0)
      pieces.push({ type: 'country', start: named.start, end: i + 1, country: named.entry.seatOf });
    else if ((isModifier(ctx, w) || isAppointmentAdverb(ctx, i)) && !w.possessive)
      pieces.push({ type: 'modifier', start: i, end: i + 1 });
    // "Norway, whose special envoy X": "whose" after a country set off by a comma is that country's.
    else if (w.lower === 'whose' && pieces.length > 0 && whoseCountry(ctx, i))
      pieces.push({ type: 'country', start: i, end: i + 1, country: whoseCountry(ctx, i) as string });
    // "Armed Forces Minister": capitalised words right before a title head name its department.
    else if (
      departmentFits(ctx, pieces) &&
      w.capitalized &&
      !w.possessive &&
      !named &&
      !(ctx.lexicon.kinds.Organization.nameHeads.has(w.text) && ctx.lexiconByEnd.has(i))
    )
      pieces.push({ type: 'modifier', start: i, end: i + 1 });
    else break;
    const piece = pieces[pieces.length - 1] as TitlePiece;
    // A country or possessive starts the title: nothing further left belongs to it,
    // unless the country is the title's complement ("the President of Chile Ana Ruiz").
    if (
      piece.type === 'country' &&
      !(ctx.words[piece.start - 1]?.lower === 'of' && headEndingAt(ctx, piece.start - 2) > 0)
    )
      break;
    i = piece.start - 1;
  }
  return pieces;
}

/** Articles: a rank right after one qualifies a noun, it titles no name. */
const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * "the General Staff", "according to the General Staff", "chief of the General Staff": a military rank spelt out
 * (the last word of a rank of the lexicon: general, colonel, admiral, marshal) right after an article qualifies the
 * noun after it. Before a name a rank takes no article of its own ("General Ruiz"; "the retired General Ruiz" has
 * a word between), so the capitalised word after it is no surname, whatever surnames may be spelt like nouns.
 */
function isRankAfterArticle(ctx: TitleContext, piece: TitlePiece): boolean {
  const w = ctx.words[piece.start];
  const article = ctx.words[piece.start - 1];
  if (piece.end - piece.start !== 1 || !w?.capitalized || !article || !ARTICLES.has(article.lower)) return false;
  return ctx.lexicon.roles.ranks.some((rank) => rank[rank.length - 1] === w.lower);
}

/**
 * The title in front of a name starting at word `nameStart`: ranks,
 * honorifics, role words ("Defense Minister", "Minister of Defense"),
 * "former", and a demonym or possessive country naming whose role it is.
 */
export function titleBefore(
  ctx: TitleContext,
  nameStart: number,
  limit: number,
): { start: number; role: RoleInfo | null } {
  const pieces = titlePiecesBefore(ctx, nameStart, limit).reverse();
  if (pieces.length === 1 && isRankAfterArticle(ctx, pieces[0] as TitlePiece)) return { start: nameStart, role: null };
  // "the leader of Chechnya", "the head of Rosneft": a title with "of" right before a name is the name's office,
  // not the name's holder.
  if (pieces[pieces.length - 1]?.type === 'of') return { start: nameStart, role: null };
  const heads = pieces.filter((p) => p.type === 'head');
  if (heads.length === 0) {
    // Ranks and honorifics alone still belong to the titled form ("Lt. Gen. X").
    const ranks = pieces.filter((p) => p.type === 'rank');
    const firstRank = ranks[0];
    const contiguous =
      firstRank !== undefined && pieces.slice(pieces.indexOf(firstRank)).every((p) => p.type === 'rank');
    return { start: contiguous ? firstRank.start : nameStart, role: null };
  }
  const country = pieces.find((p): p is Extract<TitlePiece, { type: 'country' }> => p.type === 'country');
  if (country && !ctx.words[country.end - 1]?.possessive && pieces[pieces.indexOf(country) + 1]?.type === 'of')
    return { start: nameStart, role: null };
  // "members of Barrio Azteca", "leaders of X": a plural title and "of" before a name make it the body they belong to.
  const lastHead = heads[heads.length - 1] as TitlePiece;
  const plural = ctx.words[lastHead.end - 1]?.tags.has('Plural') ?? false;
  if (plural && pieces[pieces.length - 1]?.type === 'of') return { start: nameStart, role: null };
  // Role words run from the first modifier or head to the last head, plus "of <domain>" after it.
  const roleStart = pieces.findIndex((p) => p.type === 'modifier' || p.type === 'head');
  let roleEnd = pieces.lastIndexOf(heads[heads.length - 1] as TitlePiece);
  while (pieces[roleEnd + 1]?.type === 'of' && pieces[roleEnd + 2]?.type === 'modifier') {
    roleEnd += 2;
    while (pieces[roleEnd + 1]?.type === 'modifier') roleEnd++;
  }
  const roleWords: Word[] = [];
  for (const p of pieces.slice(roleStart, roleEnd + 1)) {
    if (p.type === 'rank' || p.type === 'country') continue;
    for (let k = p.start; k < p.end; k++) roleWords.push(ctx.words[k] as Word);
  }
  // "the phones of Prime Minister X": an "of" before the title belongs to the phrase outside it.
  const first = pieces.find((p) => p.type !== 'of') as TitlePiece;
  const head = heads[heads.length - 1] as Extract<TitlePiece, { type: 'head' }>;
  return {
    start: first.start,
    role: {
      role: titleCaseRole(roleWords),
      country: country?.country ?? null,
      start: first.start,
      end: nameStart,
      head: head.head,
    },
  };
}

/**
 * The country a title before a name is for, written after the name:
 * "President Ana Ruiz of Chile", "Prime Minister Lars Holm of the
 * Netherlands". Not a possessive ("of Chile's navy": the country of something else).
 */
export function countryAfterName(ctx: TitleContext, nameEnd: number, sentenceEnd: number): string | null {
  if (ctx.words[nameEnd]?.lower !== 'of' || !/^\s+$/.test(ctx.words[nameEnd - 1]?.after ?? '')) return null;
  const at = ctx.words[nameEnd + 1]?.lower === 'the' ? nameEnd + 2 : nameEnd + 1;
  const named = ctx.lexiconByStart.get(at);
  if (!named || named.entry.kind !== 'Country' || named.end > sentenceEnd) return null;
  return ctx.words[named.end - 1]?.possessive ? null : named.entry.name;
}

/**
 * "Peru denied it, but its ruler Ana Ruiz ...": a title owned by "its" is the
 * office of the country last named (by its name, not a demonym) earlier in
 * the sentence.
 */
export function countryOfItsTitle(ctx: TitleContext, titleStart: number, sentenceStart: number): string | null {
  if (ctx.words[titleStart - 1]?.lower !== 'its') return null;
  for (let i = titleStart - 2; i >= sentenceStart; i--) {
    const named = ctx.lexiconByEnd.get(i + 1);
    if (named?.entry.kind === 'Country' && !ctx.demonymsByEnd.has(i + 1)) return named.entry.name;
  }
  return null;
}

/**
 * How many words at `i` name or describe whose an office is, before its head: a name the gazetteer knows ("the
 * Taliban", "the Kremlin"), a capitalised word ("Chechen"), a hyphenated compound ("Kremlin-backed"), or a
 * possessive noun ("government's"); 0 for none.
 */
function ownerWordsAt(ctx: TitleContext, i: number): number {
  const w = ctx.words[i];
  if (!w || /[,;:()]/.test(w.after)) return 0;
  const named = ctx.lexiconByStart.get(i);
  if (named) return named.end - i;
  if (w.after === '-' && ctx.words[i + 1] && !/[,;:()]/.test(ctx.words[i + 1]?.after ?? '')) return 2;
  return w.capitalized || (w.possessive && w.tags.has('Noun')) ? 1 : 0;
}

/**
 * "leader of Chile's ruling junta", "head of Ukraine's military intelligence": an office whose "of" complement (at
 * word `of`) opens with a state's possessive is the state's, when what it possesses has no name of its own (a named
 * body, "Chile's Green Party", is where the role is held). "head of French forces in Africa", "chief of the Kenyan
 * police": a nationality opening the complement says the same, when the noun it modifies is one of a state's bodies.
 */
function complementCountry(ctx: TitleContext, of: number, end: number): string | null {
  if (ctx.words[of]?.lower !== 'of') return null;
  const at = ctx.words[of + 1]?.lower === 'the' ? of + 2 : of + 1;
  const owner = ctx.lexiconByStart.get(at);
  if (owner?.entry.kind !== 'Country' || !ctx.words[owner.end - 1]?.possessive)
    return ctx.demonyms.has(at) ? nationalBodyCountry(ctx, at, end) : null;
  let k = owner.end;
  while (k < end && !(ctx.words[k] as Word).capitalized && !/[,;:.()]/.test((ctx.words[k] as Word).after)) k++;
  const unnamed = !(ctx.words[k] as Word | undefined)?.capitalized;
  return unnamed ? owner.entry.name : null;
}

/**
 * The state of a nationality at word `at` when it modifies a state's body: the head of the noun phrase it opens (its
 * last noun before a preposition, punctuation or a verb: "forces" in "French forces in Africa", "service" in "Egyptian
 * intelligence service") is a body a state has (metonyms' stateBodies, governmentHeads, forceMembers). A nationality
 * deeper in the complement ("a commission on French war crimes") or before another noun ("a Kenyan bank") is not
 * whose office it is; capitals after it are a body's own name, read as that body.
 */
function nationalBodyCountry(ctx: TitleContext, at: number, end: number): string | null {
  const demonym = ctx.demonyms.get(at) as LexiconMatch;
  const m = ctx.lexicon.metonyms;
  const body = (w: Word) =>
    m.stateBodies.includes(w.lower) || m.governmentHeads.includes(w.lower) || m.forceMembers.includes(w.lower);
  let head: Word | undefined;
  for (let k = demonym.end; k < end; k++) {
    const w = ctx.words[k] as Word;
    // Inside a noun phrase a body's noun is one whatever else the tagger reads ("forces", "police" as verbs).
    const noun = w.tags.has('Noun') || body(w);
    const nominal = (noun || w.tags.has('Adjective')) && !w.tags.has('Preposition') && !w.tags.has('Pronoun');
    if (w.capitalized || w.possessive || !nominal) break;
    // "French special forces": adjectives before the head only describe it.
    if (noun) head = w;
    if (!/^\s+$/.test(w.after)) break;
  }
  return head !== undefined && body(head) ? demonym.entry.name : null;
}

/**
 * An apposition after a name: "X, head of the ... Bureau", "X, an Israeli
 * expert on Morocco at Tel Aviv University", "X, Morocco's minister delegate
 * for ...". Returns the role and the word where its complement starts.
 */
export function roleAfter(
  ctx: TitleContext,
  nameEnd: number,
  sentenceEnd: number,
): (RoleInfo & { complement: number }) | null {
  const last = ctx.words[nameEnd - 1];
  if (!last || !/^\s*,\s*$/.test(last.after)) return null;
  // "X, a spokesman for the ministry said.": the phrase is the sentence's speaker, no office of X.
  if (isTrailingSpeaker(ctx, nameEnd, sentenceEnd)) return null;
  let i = nameEnd;
  let country: string | null = null;
  const roleWords: Word[] = [];
  let headWord: string | null = null;
  let owners = 0;
  const start = i;
  while (i < sentenceEnd && i < nameEnd + 10) {
    const w = ctx.words[i];
    if (!w) break;
    if (DETERMINERS.has(w.lower) && roleWords.length === 0 && country === null) {
      i++;
      continue;
    }
    const demonym = ctx.demonyms.get(i);
    if (demonym && roleWords.length === 0) {
      country ??= demonym.entry.name;
      i = demonym.end;
      continue;
    }
    const named = ctx.lexiconByStart.get(i);
    if (named && named.entry.kind === 'Country' && ctx.words[named.end - 1]?.possessive && roleWords.length === 0) {
      country ??= named.entry.name;
      i = named.end;
      continue;
    }
    const rank = rankEndingAt(ctx, i);
    if (rank > 0 && roleWords.length === 0) {
      i += 1;
      continue;
    }
    let head = 0;
    for (let n = 3; n >= 1; n--)
      if (headEndingAt(ctx, i + n - 1) === n) {
        head = n;
        break;
      }
    // "X, the Taliban government's chief spokesman", "X, the Kremlin-backed leader of Y", "X, the Chechen leader":
    // a name or a compound before the office says whose it is, not what it is.
    const owner = head === 0 && roleWords.length === 0 && owners < 3 ? ownerWordsAt(ctx, i) : 0;
    if (owner > 0) {
      owners++;
      i += owner;
      continue;
    }
    // "X, North Africa project director at Y": the programme a region names is the owner's too.
    if (head === 0 && roleWords.length === 0 && owners > 0 && relationCues().nounClasses.programme.has(w.lower)) {
      i++;
      continue;
    }
    if (head > 0) {
      for (let k = i; k < i + head; k++) roleWords.push(ctx.words[k] as Word);
      headWord = ctx.words
        .slice(i, i + head)
        .map((x) => x.lower)
        .join(' ');
      i += head;
      if (/[,;:]/.test(ctx.words[i - 1]?.after ?? '')) break;
      continue;
    }
    if (isModifier(ctx, w) && headWord === null) {
      roleWords.push(w);
      i++;
      continue;
    }
    // "X, chairman and chief executive of Y": offices coordinated in one apposition; the last one heads it.
    if (
      w.lower === 'and' &&
      headWord !== null &&
      !/[,;:]/.test(ctx.words[i - 1]?.after ?? '') &&
      headAhead(ctx, i + 1)
    ) {
      roleWords.push(w);
      headWord = null;
      i++;
      continue;
    }
    break;
  }
  if (headWord === null) return null;
  country ??= complementCountry(ctx, i, sentenceEnd);
  // An apposition is closed by punctuation or continued by its complement ("head of ..."),
  // otherwise the phrase is the subject of the next clause ("X, the minister signed").
  const closing = ctx.words[i - 1]?.after ?? '';
  const next = ctx.words[i];
  if (i < sentenceEnd && !/[,;:.)–—]/.test(closing) && !(next && /^(of|at|for|in|with|on|to)$/.test(next.lower)))
    return null;
  // Trailing modifiers picked up after the head belong to the complement.
  return { role: titleCaseRole(roleWords), country, start, end: i, head: headWord, complement: i };
}

/** Whether an office's head starts at word `i`, past modifiers ("chief executive", "deputy prime minister"). */
function headAhead(ctx: TitleContext, i: number): boolean {
  const headAt = (k: number) => [3, 2, 1].some((n) => headEndingAt(ctx, k + n - 1) === n);
  let k = i;
  while (k < i + 3 && !headAt(k) && ctx.words[k] && isModifier(ctx, ctx.words[k] as Word)) k++;
  return headAt(k);
}

/**
 * The office whose "of" complement holds a head starting at word `headStart`: in "chief of general staff", "head of
 * the Polish army's general staff", "spokesman of the foreign minister" the head nearest the name ("general",
 * "minister") only qualifies what the complement names, and the office before "of" is the one held. Across chained
 * complements ("president of the council of ministers") the first office. Only the words of a noun phrase may stand
 * between "of" and the head: a verb, another preposition, a conjunction or punctuation ends the search. Returns the
 * governing head's last word and length, or null.
 */
function governingHead(ctx: TitleContext, headStart: number, floor: number): { end: number; length: number } | null {
  let governing: { end: number; length: number } | null = null;
  for (let k = headStart - 1; k >= floor; k--) {
    const w = ctx.words[k] as Word;
    if (/[,;:()–—]/.test(w.after)) break;
    if (w.lower === 'of') {
      const length = headEndingAt(ctx, k - 1);
      if (length === 0 || k - length < floor) continue;
      governing = { end: k - 1, length };
      k -= length;
      continue;
    }
    if (w.tags.has('Preposition') || w.tags.has('Conjunction') || (w.tags.has('Verb') && !w.tags.has('Noun'))) break;
  }
  return governing;
}

/** Whether an organisation, known or found, ends right before word `end`. */
function isOrganizationEndingAt(ctx: TitleContext, end: number): boolean {
  return (
    ctx.lexiconByEnd.get(end)?.entry.kind === 'Organization' ||
    ctx.candidates.some((c) => c.kind === 'Organization' && c.end === end)
  );
}

/**
 * A role phrase before a name and separated from it by a comma:
 * "Morocco's minister in charge of defense administration, Abdellatif Loudiyi".
 */
export function roleBeforeComma(ctx: TitleContext, nameStart: number, limit: number): RoleInfo | null {
  const prev = ctx.words[nameStart - 1];
  if (!prev || !/^\s*,\s*$/.test(prev.after)) return null;
  const floor = Math.max(limit, nameStart - 9);
  for (let k = nameStart - 1; k >= floor; k--) {
    const w = ctx.words[k];
    if (!w || (k < nameStart - 1 && /[,;:()–—]/.test(w.after))) return null;
    const found = headEndingAt(ctx, k);
    // "and the Guyanese leader accepted, Ralph Gonsalves said": a verb after the head makes it a clause, no title.
    // Right after a nationality a word is the noun it modifies ("the chief of Kenyan police, X"), whatever its tags.
    const verb = w.tags.has('Verb') && !w.tags.has('Noun') && !w.tags.has('Adjective') && !ctx.demonymsByEnd.has(k);
    if (found === 0 && verb) return null;
    if (found === 0) continue;
    // "Azerbaijan's chief of general staff, X": the head nearest the name may sit in an office's "of" complement.
    const governing = governingHead(ctx, k - found + 1, floor);
    const i = governing?.end ?? k;
    const headLength = governing?.length ?? found;
    // "Ethiopian Prime Minister Abiy Ahmed, Burhan and ...": a title with its holder's name after it closes a list
    // member, no apposition of the name after the comma. Capitals in an "of" complement are its own name ("Chief of
    // General Staff").
    const after = ctx.words[i + 1];
    if (!governing && i + 1 < nameStart && after?.capitalized && !ctx.lexiconByStart.has(i + 1)) return null;
    // Before the head's first word: "The US Secretary of State, X" is read from "US".
    let j = i - headLength;
    let country: string | null = null;
    // The role's words: its head and the modifiers before it ("army chief", "former defence minister").
    let roleStart = j + 1;
    while (j >= limit && j >= i - 4) {
      const x = ctx.words[j] as Word;
      if (isModifier(ctx, x)) {
        // Only modifiers right before the head: "a senior Iranian official" is an official of Iran.
        if (roleStart === j + 1 && country === null) roleStart = j;
        j--;
        continue;
      }
      // "Peruvian foreign ministry spokesman, X": the institution's country is the role's.
      const org = ctx.candidates.find((c) => c.kind === 'Organization' && c.end === j + 1 && c.country);
      // The role itself starts after the institution, which holds it ("spokesman" of the ministry).
      if (org && country === null) {
        country = org.country ?? null;
        break;
      }
      const demonym = ctx.demonymsByEnd.get(j + 1);
      if (demonym) {
        country = demonym.entry.name;
        j = demonym.start - 1;
        continue;
      }
      const named = ctx.lexiconByEnd.get(j + 1);
      // "Chile's foreign minister, X"; "the US Secretary of State, X": a country's name as a modifier.
      if (named?.entry.kind === 'Country' && (x.possessive || ctx.words[named.start - 1]?.lower === 'the')) {
        country = named.entry.name;
        j = named.start - 1;
      }
      break;
    }
    const opener = ctx.words[j];
    // "the country's prime minister, X": a description in the possessive opens the title as "its" does.
    const described = opener?.possessive === true && !opener.capitalized && ctx.words[j - 1]?.lower === 'the';
    // "The World Bank's president, X", "NATO's chief, X": an organisation in the possessive opens it too.
    const body = opener?.possessive === true && isOrganizationEndingAt(ctx, j + 1);
    if (
      country === null &&
      !(opener && (POSSESSIVE_PRONOUNS.has(opener.lower) || opener.lower === 'the' || described || body))
    )
      return null;
    // "The head of Ukraine's military intelligence, X": the state may own the office's complement instead.
    country ??= complementCountry(ctx, i + 1, nameStart);
    const roleWords = ctx.words.slice(roleStart, nameStart);
    const head = ctx.words
      .slice(i - headLength + 1, i + 1)
      .map((x) => x.lower)
      .join(' ');
    return { role: titleCaseRole(roleWords), country, start: j + 1, end: nameStart, head };
  }
  return null;
}
