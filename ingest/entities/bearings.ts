/**
 * A bearing after a name: "Sderot, about 40 km south of Tel Aviv", "the Kashan
 * airfield south of Tehran". What follows names the town it is reckoned from;
 * the named place lies near that town, not in it.
 */
import type { Word } from '../parse/parse.js';

/** The points of the compass a bearing names ("south of Tehran"). */
export const COMPASS_POINTS: ReadonlySet<string> = new Set([
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
]);
/** Words of a distance between the comma and the bearing ("40 km", "some 25 miles"). */
const DISTANCE = /^(\d[\d,.]*|km|kms|kilometers|kilometres|miles|some|about|around|roughly|nearly|just)$/;

/** The first word of the town a bearing after word `end - 1` names, or null when no bearing follows. */
export function townAfterBearing(words: readonly Word[], end: number, sentenceEnd: number): number | null {
  let k = end;
  if (/^\s*,\s*$/.test(words[end - 1]?.after ?? ''))
    while (k < sentenceEnd && k - end < 4 && DISTANCE.test(words[k]?.lower ?? '')) k++;
  if (!COMPASS_POINTS.has(words[k]?.lower ?? '') || words[k + 1]?.lower !== 'of') return null;
  return k + 2 < sentenceEnd ? k + 2 : null;
}
