/** Words of time the clause reader passes over as adjuncts: "last week", "this year", "Wednesday evening". */
import type { Word } from '../parse/parse.js';

/** Nouns of time: a phrase they head is an adjunct of time ("last week", "Wednesday evening"). */
export const TIME_NOUNS = new Set([
  'morning',
  'evening',
  'night',
  'afternoon',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'today',
  'yesterday',
  'weekend',
  'tonight',
  'decade',
  'decades',
]);
/** Words that make a time noun after them a time of its own ("last week", "the past year"). */
const TIME_MODIFIERS = new Set(['last', 'next', 'this', 'past', 'coming', 'previous', 'early', 'late', 'mid']);
/** A time word, or a modifier right before one ("last week"). */
export const isTime = (words: readonly Word[], i: number): boolean =>
  TIME_NOUNS.has((words[i] as Word).lower) ||
  (TIME_MODIFIERS.has((words[i] as Word).lower) && TIME_NOUNS.has(words[i + 1]?.lower ?? ''));
