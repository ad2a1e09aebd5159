// Developer files (code, licence headers, changelogs, CSS, C headers, hex dumps) are full of numbers shaped like
// Danish identifiers: year spans, CVE ids, hex colours, git hashes, binary literals, byte dumps, code-point tables.
// Each predicate here recognises one such shape from the text around a candidate, so a detector can pass over it
// with a one-line hook. All of them read only a few characters around the candidate (well inside every detector's
// declared reach, core/incremental/reach.ts), and none of them looks at the identifier's own digits beyond its shape.
import { PHONE_LABELS } from './vocabulary';

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * `2010-2015`: two years 19xx/20xx joined by a hyphen or en dash, the second not before the first. Copyright lines
 * and changelogs are full of them; as an eight-digit phone number grouped 4-4 it would be read only because a cue
 * word (`Mobile`, `Telephone` in a company's name) stands near. A span of years, not a phone, unless a phone label
 * stands right before it (phoneLabelRightBefore).
 */
export function isYearSpan(body: string): boolean {
  const m = /^((?:19|20)\d\d)[-\u2013]((?:19|20)\d\d)$/.exec(body);
  return !!m && Number(m[2]) >= Number(m[1]);
}

/** A phone label (`Tlf.`, `Mobil:`, `phone =`) ending right before the candidate, on its line. */
const PHONE_LABEL_AT_END = new RegExp(`(?<![\\p{L}\\p{N}])(?:${PHONE_LABELS.join('|')})[ \\t]*[:=#.]?[ \\t]*$`, 'iu');

export function phoneLabelRightBefore(text: string, start: number): boolean {
  return PHONE_LABEL_AT_END.test(text.slice(Math.max(0, start - 32), start));
}

/**
 * Glued to a code before it: `#` (a hex colour `#23863699`, an issue or anchor `#12345678`) or an upper-case
 * prefix and a hyphen (`CVE-2016-6304`, `RFC-…`, `JIRA-…`). The number is part of that identifier, not a phone.
 */
export function gluedToCodePrefix(text: string, start: number): boolean {
  if (text[start - 1] === '#') return true;
  if (text[start - 1] !== '-') return false;
  return /(?<![\p{L}\p{N}])\p{Lu}{2,}[\p{Lu}\p{N}]*-$/u.test(text.slice(Math.max(0, start - 16), start));
}

/**
 * A group of exactly `length` hex characters holding both a digit and a letter a–f (`3d`, `c9`, `84AF`): the kind of
 * group that appears only in hex dumps and code-point tables. Both are required: words (`da`, `be`, `FACE`) and plain
 * numbers are no evidence.
 */
function isMixedHexGroup(group: string, length: number): boolean {
  if (group.length !== length || !/^[0-9a-fA-F]+$/.test(group)) return false;
  return /\d/.test(group) && /[a-fA-F]/.test(group);
}

/**
 * Digit groups inside a hex dump or table (`0f b9 3d 53 30 05 53`, `524C 525E 84AF 527D 5282 5281 5290 5293`): the
 * group right before or right after the candidate, joined by the candidate's own separator, has the same length
 * and holds a hex letter. A phone or card number never stands between hex groups of its own shape.
 */
export function betweenHexGroups(text: string, start: number, end: number, length: number, separator: string): boolean {
  if (!separator) return false;
  // The group before: `length` characters ending one separator before the candidate, not glued to more.
  if (text.slice(start - separator.length, start) === separator) {
    const to = start - separator.length, from = to - length;
    if (from >= 0 && !isWordChar(text[from - 1]) && isMixedHexGroup(text.slice(from, to), length)) return true;
  }
  if (text.slice(end, end + separator.length) === separator) {
    const from = end + separator.length, to = from + length;
    if (!isWordChar(text[to]) && isMixedHexGroup(text.slice(from, to), length)) return true;
  }
  return false;
}

/**
 * Why an eight-digit phone candidate `body` at [start, end) is a number of another kind, or undefined. `separator`:
 * the one between its groups ('' when written together).
 */
export function phoneLookalike(text: string, start: number, end: number, body: string, separator: string): string | undefined {
  if (gluedToCodePrefix(text, start)) return 'code';
  if (isYearSpan(body) && !phoneLabelRightBefore(text, start)) return 'years';
  if (separator && body.length === 11 && betweenHexGroups(text, start, end, 2, separator)) return 'hexDump';
  return undefined;
}

/** The generic cue words: they name any number, so they speak for a phone only right before it. */
const GENERIC_NUMBER_WORD = /^(?:nummer(?:et)?|number)$/iu;
/**
 * What may stand between a generic cue and the number: a label's punctuation and at most one linking word, on the
 * same line (`nummer: 23…`, `nummer er 23…`, `number is 23…`, `nummeret på 23…`).
 */
const GENERIC_GAP = /^[ \t]*[:=#.]?[ \t]*(?:(?:er|is|was|var|på|til|to)[ \t]*:?[ \t]*)?["']?$/iu;
/** What may stand between the number and a cue after it: `23456789 (mobil)`, `23 45 67 89, mobil`, `… - fax`. */
const AFTER_GAP = /^[ \t]*[(,\-\u2013/[]?[ \t]*$/u;
/** Phone labels (not verbs): only these count from inside a compound token, and only these across a line break. */
const PHONE_LABEL_WORD = new RegExp(`^(?:${PHONE_LABELS.map((l) => l.replace(/\(\?=[^)]*\)/g, '')).join('|')})$`, 'iu'); // `T:` without its look-ahead

/**
 * True when a phone cue word found by the shared cue reader (context/cues.ts) should not count. `cueStart` is where
 * the cue word begins, `side` which side of the candidate [start, end) it stands on.
 * - A cue inside a compound token of code (`hljs-number`, `#number`, `--color-…-text`, `text-align`, `max_number`)
 *   is part of an identifier, not a word of the text. Phone labels keep counting there (`Privat-tlf`, `phone_no`):
 *   compounds of a label are how labels are written.
 * - The generic `number`/`nummer` counts only right before the number (GENERIC_GAP): `Day Number multiplied by …`,
 *   `version number to 1.0.6⏎20000627` and `&lt;number&gt; [default: …]` are about other numbers.
 * - A cue after the number counts only right after it (AFTER_GAP): `2016-2020 Endless Mobile` names a company.
 * - A word that is no phone label counts only on the number's own line (`ring til ⏎ 23…` is rare; `…text-align⏎…`
 *   is everywhere in code); a label across a line break only when no other number follows it on its line.
 */
export function weakPhoneCue(text: string, start: number, end: number, word: string, cueStart: number, side: 'before' | 'after'): boolean {
  const cueEnd = cueStart + word.length;
  const label = PHONE_LABEL_WORD.test(word);
  if (!label) {
    const before = text[cueStart - 1];
    const after = text[cueEnd];
    if (before === '#' || ((before === '-' || before === '_') && (isWordChar(text[cueStart - 2]) || text[cueStart - 2] === '-'))) return true;
    if ((after === '-' || after === '_') && isWordChar(text[cueEnd + 1])) return true;
  }
  const gap = side === 'before' ? text.slice(cueEnd, start) : text.slice(end, cueStart);
  if (side === 'after') return !AFTER_GAP.test(gap);
  if (GENERIC_NUMBER_WORD.test(word)) return !GENERIC_GAP.test(gap);
  const lineBreak = gap.indexOf('\n');
  if (lineBreak < 0) return false;
  // Across a line break: a label heads the next line when it ends its own (`Tlf.:⏎23…`, `Telefon (dag):⏎23…`);
  // with another number after it on its line (`max cell rate:  353207 cells/sec⏎… 25600000`) it labelled that one.
  return !label || /\d/.test(gap.slice(0, lineBreak));
}

/**
 * A token of lower-case hex digits with a letter among them: a git hash (`030b744941`) or a binary literal
 * (`0b11100000`, whose `b` is a hex digit too): the letters are hex digits, not OCR slips for digits. `token` is the
 * candidate's text. (A `0x` literal needs no rule: the `x` glues, so no reading starts after it.)
 */
export function isHexOrBinaryToken(token: string): boolean {
  return /^[0-9a-f]+$/.test(token) && /[a-f]/.test(token);
}

/** Characters OCR may return for a digit that are punctuation first: brackets, bars, `!`, `$`. */
const SYMBOL_LOOKALIKE = /^[|!\[\]$]$/;

/**
 * Why a loose CPR reading (OCR letters, stray separators) of `reading` (its text) is something else, or undefined:
 * - `hex`: a hex token or binary literal (isHexOrBinaryToken);
 * - `word`: the letters taken for digits form a word of their own (`is   10001  2.1.0`: a group of two or more
 *   letters only) or a run of three or more letters (`iso11783-10`): OCR slips hide inside digit groups, they do
 *   not make whole words;
 * - `bracket`: a bracket, bar, `!` or `$` taken for a digit at either end (`IEEE Std 1003.1-2001]`): punctuation
 *   closing the text around a nine-digit number, not a tenth digit;
 * - `date`: the reading ends in a date dd.mm.yyyy or dd/mm/yyyy after some other number (`0.1  04.01.2000`, a
 *   version and its date in a history table). A CPR's dictated groups end in four digits, never a year after two
 *   dotted pairs.
 */
export function looseCprLookalike(reading: string): string | undefined {
  if (isHexOrBinaryToken(reading)) return 'hex';
  if (/\p{L}{3}/u.test(reading) || /(?:^|[^\p{L}\p{N}])\p{L}{2,}(?:$|[^\p{L}\p{N}])/u.test(reading)) return 'word';
  if (SYMBOL_LOOKALIKE.test(reading[0]!) || SYMBOL_LOOKALIKE.test(reading[reading.length - 1]!)) return 'bracket';
  if (/[^\d]\d\d([./])\d\d\1(?:19|20)\d\d$/.test(reading)) return 'date';
  return undefined;
}

/**
 * A lower-case eCPR reading written without a separator that is all hex digits (`2903410aa8`, a git hash): the
 * eCPR specification writes the letters in upper case, and hashes are written in lower case.
 */
export function isLowerCaseHexEcpr(token: string): boolean {
  return token.length === 10 && isHexOrBinaryToken(token);
}

/**
 * A number written together that is a URL's path segment (`https://example.com/feature/5068609911521280`): an id
 * in a web address, not a card number typed into a document.
 */
export function isUrlPathSegment(text: string, start: number): boolean {
  if (text[start - 1] !== '/') return false;
  let from = start - 1;
  while (from > 0 && start - from < 400 && !/\s/u.test(text[from - 1]!)) from--;
  return /[a-z][a-z0-9+.-]*:\/\/|(?<![\p{L}\p{N}])www\./iu.test(text.slice(from, start));
}

/**
 * Why a street and house number without a postal code at [streetStart, numberEnd) is something else, or undefined.
 * Asked only when no address word or address field speaks for it.
 * - `year`: a four-digit "house number" without a postal code is a year (`Eric Anholt 2006`, `… Canada    1998`);
 *   Danish house numbers run to three digits but for a handful of rural roads, which come with their postal code.
 * - `macro`: the line is a C preprocessor definition (`#define True 1`): a macro's name, not a street.
 * - `town`: the word follows a four-digit number that opens its line (`3000 Hannover 1, Germany`): the postal line of
 *   an address abroad (a Danish one, `8000 Aarhus C`, is read as a postal code and town): a town and its district.
 * - `caps`: a one-word street in capitals (`TRUE 1`, `NULL 0`): constants are written so; an address in capitals
 *   (a scanned letter's envelope) carries its postal code.
 */
export function streetLookalike(text: string, streetStart: number, street: string, houseNumber: string): string | undefined {
  if (/^\d{4}$/.test(houseNumber)) return 'year';
  let lineStart = streetStart;
  while (lineStart > 0 && streetStart - lineStart < 200 && text[lineStart - 1] !== '\n') lineStart--;
  const lineHead = text.slice(lineStart, streetStart);
  if (/^[ \t]*#[ \t]*define[ \t]/.test(lineHead)) return 'macro';
  if (/^[ \t]*\d{4}[ \t]+$/.test(lineHead)) return 'town';
  if (!/\s/u.test(street) && street.length > 1 && street === street.toUpperCase() && /\p{Lu}/u.test(street)) return 'caps';
  return undefined;
}
