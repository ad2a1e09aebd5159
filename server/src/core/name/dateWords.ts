// Weekday and month words before a day number are a date, not a name: `Tue Jan 27 00:00:00 2026` (a build stamp),
// `Thu Dec 3, 1987` (a file header), `tor. okt. 12`. Several of these words are also first names (Jan, Tue, Thu,
// Mai), so a name finding that is a weekday and a month is dropped when a day number or a year follows on the same line.
import type { Finding } from '../types';

const WEEKDAYS = new Set([
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'man', 'tir', 'tirs', 'ons', 'tor', 'tors', 'fre', 'lør', 'søn',
  'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag',
]);
const MONTHS = new Set([
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'maj', 'okt', 'januar', 'februar', 'marts', 'juni', 'juli',
]);

/** A day number (1–2 digits) or a year (4 digits) after the words, on the same line. */
const DAY_OR_YEAR_AFTER = /^[ \t,.]*(?:\d{1,2}|\d{4})(?!\d)/;

/** Whether the text of a finding is a weekday word and a month word, in the order of a date stamp (`Thu Dec`). */
export function onlyDateWords(value: string): boolean {
  const words = value.split(/[ \t]+/).map((w) => w.replace(/[.,]$/, '').toLowerCase());
  return words.length === 2 && WEEKDAYS.has(words[0]!) && MONTHS.has(words[1]!);
}

/** The findings without those that are a weekday and month before a day number or year. */
export function withoutDates(text: string, found: Finding[]): Finding[] {
  let out: Finding[] | undefined;
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    // The digits after it first: most names have none, and then their words need not be split.
    const date = DAY_OR_YEAR_AFTER.test(text.slice(f.end, f.end + 8)) && onlyDateWords(text.slice(f.start, f.end));
    if (date) out ??= found.slice(0, i);
    else out?.push(f);
  }
  return out ?? found;
}
