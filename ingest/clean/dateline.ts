/**
 * The dateline that opens a news report: where it was filed, sometimes when,
 * and the wire or outlet that filed it — "JERUSALEM (AP) —", "Riyadh
 * (Reuters) –", "MOSCOW, July 23. /TASS/.", "April 6 (UPI) --",
 * "WASHINGTON (UrduPoint News / Sputnik - 04th March, 2020)". Only a full
 * date counts ("July 23" without a year says nothing about the year).
 */
import { findDate, parseDate } from './meta.js';

export interface Dateline {
  /** The outlet or wire credited, when the dateline names one. */
  outlet: string | null;
  /** The date, when the dateline states day, month and year. */
  date: string | null;
}

/** Credits that name a person or a desk, not an outlet ("Istanbul, Mar 31 (Representative)"). */
const NOT_OUTLETS =
  /^(?:our\s+)?(?:staff|representative|correspondent|reporter|agencies|bureau|desk|editor|wires?|news\s+desk|online\s+desk)s?$/i;

/**
 * A place ("NICE, France", "JERUSALEM") and/or a short date ("July 23.",
 * "April 6"): at most six words of capitalised names, numbers and their
 * punctuation before the credit.
 */
const LEAD = String.raw`(?<lead>(?:[\p{Lu}\d][\p{L}\d’'.-]*,?\s+){0,5}?[\p{Lu}\d][\p{L}\d’'.-]*\.?,?)`;
/** The credit in brackets or slashes. */
const CREDIT = String.raw`(?:\((?<paren>[^()]{2,80})\)|/(?<slash>[\p{Lu}][\p{L} ]{1,30})/\.?)`;
/** What follows: a dash or colon, or straight into the first sentence. */
const AFTER = String.raw`\s*(?:[—–:]|--|-\s|(?=[\p{Lu}“"']))`;
const DATELINE = new RegExp(`^${LEAD}\\s*${CREDIT}${AFTER}`, 'u');

/** How many characters of the text a dateline that credits someone opens it with (0 for none). */
export function datelineLength(text: string): number {
  const m = DATELINE.exec(text.slice(0, 200));
  return m?.groups?.['paren']?.trim() || m?.groups?.['slash']?.trim() ? m[0].length : 0;
}

/** The dateline at the start of a paragraph, or null when it does not open with one that credits someone. */
export function readDateline(paragraph: string): Dateline | null {
  const m = DATELINE.exec(paragraph.slice(0, 200));
  const credit = (m?.groups?.['paren'] ?? m?.groups?.['slash'] ?? '').trim();
  if (!m || !credit) return null;
  const inCredit = findDate(credit);
  const date = inCredit?.date ?? parseDate(m.groups?.['lead'] ?? '');
  // "UrduPoint News / Sputnik - 04th March, 2020": the outlet is what comes before the date.
  const outlet = credit
    .slice(0, inCredit?.index ?? credit.length)
    .replace(/[\s,–—-]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
  const named = outlet && !NOT_OUTLETS.test(outlet) && !/\d/.test(outlet) && /\p{Lu}/u.test(outlet);
  return named || date ? { outlet: named ? outlet : null, date } : null;
}

/**
 * The outlet a headline names at its end ("Russian delegation visited Iran
 * to study combat drones – CNN"): one to three capitalised words after a
 * spaced dash.
 */
export function headlineCredit(title: string): string | null {
  const m = /\s[–—-]\s+((?:[\p{Lu}][\p{L}&.']*|[\p{Lu}]{2,})(?:\s(?:[\p{Lu}][\p{L}&.']*)){0,2})$/u.exec(title.trim());
  return m?.[1] ?? null;
}

/** A date in an article's address (`/2019/11/13/`, `/20210914`), the way many outlets file their pages. */
export function urlDate(url: string | null): string | null {
  if (!url) return null;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  const m = /\/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?=[/._-]|$)/.exec(path);
  return m ? parseDate(`${m[1]}-${m[2]}-${m[3]}`) : null;
}
