// Danish addresses: a postal code with its town (checked against PostNord's list) is the anchor; before it, on the
// same line or the line above, a street (in the DAWA list or ending like a street: -vej, -gade, Allé), a house
// number with an optional letter, and floor and side (2. tv., st. th., 3. mf.). The whole address is ONE finding.
// A street with a number but no postal code, and a postal code with its town alone, are weaker findings.
import type { Detector, ScanContext } from '../scan';
import { hasAsciiDigit } from '../textFacts';
import type { Finding, Reason } from '../types';
import { isCommonWord, postalTowns, streetNames } from '../data/wordLists';
import { STREET_SUFFIX, STREET_SUFFIX_SOURCE, STREET_WORD } from './streetSuffix';
import { fieldNameNear, lineEndWithin, lineStartWithin } from './lines';
import { streetLookalike } from '../context/codeTokens';

export const ADDRESS_CONFIDENCE = {
  full: 0.95,
  fullTownUnlisted: 0.86,
  fullStreetUnknown: 0.8,
  streetOnly: 0.7,
  streetOnlyWithCue: 0.85,
  postalOnly: 0.55,
} as const;

/** Floor and side words in any case (st. th., ST. TH.): scanned forms are often upper case. */
function anyCase(alternatives: string): string {
  return `(?:${alternatives.replace(/[a-zæøå]/gu, (c) => `[${c}${c.toUpperCase()}]`)})`;
}

/** A supplementary town name (village, rural locality): one to three capitalised words (Vester Hjermitslev, Sdr. Omme). */
const VILLAGE = String.raw`\p{Lu}[\p{L}'’\-]*\.?(?:[ \u00A0]\p{Lu}[\p{L}'’\-]*\.?){0,2}`;
/** A line holding only such a name. */
const VILLAGE_LINE = new RegExp(String.raw`^[ \t]*${VILLAGE}[ \t,]*\r?$`, 'u');

/**
 * Four digits and a space, not after a digit: where a postal code may stand. The rest of the test (an optional DK-
 * before, a capital after) is done by hand: a plain regex scans a large document many times faster than one with
 * Unicode look-behinds. The ASCII look-behind replaced a test in the loop that passed over matches after a digit,
 * with the same candidates (the old form is the oracle in test/unit/core/contextFast.test.ts): every digit inside
 * such a match follows a digit too, so the old scan, resuming after the match, and this one, trying the positions
 * inside it in vain, resume at the same place. It saves trying four digits at every digit of a long number.
 * Exported for that test.
 */
export const POSTAL_CANDIDATE = /(?<![0-9])[0-9]{4}[ \u00A0]+/g;
/** Before a postal code: street words, house number (+letter), floor and side, then a comma, spaces or a line break. */
const STREET_TAIL = new RegExp(
  String.raw`((?:[\p{L}\d][\p{L}\d'’.\-]*[ \u00A0]){0,4}[\p{L}][\p{L}'’.\-]*)[ \u00A0]+` +
    String.raw`(\d{1,4}(?:[ \u00A0]?[A-Za-zÆØÅæøå](?![\p{L}\d]))?(?:[-–]\d{1,4}[A-Za-z]?)?)` +
    String.raw`((?:,?[ \u00A0]*(?:${anyCase('st|stuen|kl|kld')}|\d{1,2})\.?(?:[ \u00A0]*${anyCase('sal')}\.?)?(?:,?[ \u00A0]*(?:${anyCase('tv|th|mf')}|\d{1,4})\.?)?)?(?:,?[ \u00A0]*(?:lejl|lejlighed|dør|vær|værelse)\.?[ \u00A0]*\d{1,4}[A-Za-z]?)?)` +
    // The supplementary town name of a village or rural address (`Hedevej 4, Tved, 5700 Svendborg`), after a comma
    // or on its own line: one to three capitalised words, abbreviations allowed (Sdr. Omme).
    String.raw`(?:(?:,[ \u00A0]*(?:\r?\n[ \t]*)?|[ \u00A0]*\r?\n[ \t]*)${VILLAGE})?` +
    String.raw`[ \u00A0]*,?[ \u00A0]*(?:\r?\n[ \t]*)?$`,
  'u',
);

/** A space and a house number: where a street without postal code may end (the word before is read by hand). */
const NUMBER_CANDIDATE = /[ \u00A0](\d{1,4})(?!\d)/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const STREET_CHAR = /[\p{L}'’.\-]/u;
/** ASCII answers from the char code; the Unicode classes only for other characters (the same answers: ASCII \p{L} is A–Z, a–z; \p{N} is 0–9). */
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Exported for its test (test/unit/core/contextFast.test.ts), like isStreetCharAt. */
export const isLetterOrDigit = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return code < 128 ? isAsciiLetter(code) || (code >= 48 && code <= 57) : LETTER_OR_DIGIT.test(c);
};
/** STREET_CHAR.test(text[i]) for an index inside the text. */
export const isStreetCharAt = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i);
  return code < 128 ? isAsciiLetter(code) || code === 39 || code === 46 || code === 45 : STREET_CHAR.test(text[i]!);
};
const isHouseLetter = (c: string | undefined): boolean => c !== undefined && /[A-Za-zÆØÅæøå]/.test(c);
/** Floor and side after a house number: `, 2. tv.`, ` st. th.`, `, 3.` */
const FLOOR_SIDE = /^(?:,?[ \u00A0]*(?:st|stuen|kl|kld|\d{1,2})\.(?:[ \u00A0]*sal\.?)?(?:,?[ \u00A0]*(?:tv|th|mf|\d{1,4})\.?)?|,?[ \u00A0]*(?:st|kl|\d{1,2})\.?[ \u00A0]+(?:tv|th|mf)\b\.?)/u;
/** Words after a number that make it a quantity, not a house number: Kirkevej 5 mg is no address. */
const UNIT_AFTER = /^[ \u00A0]*(?:mg|g|kg|ml|l|mmol|mm|cm|m|km|%|timer?|dage?|uger?|måneder?|år|gange|stk|x|kr|mio|procent)\b/iu;
/** Words that make a nearby street-and-number an address. */
const ADDRESS_CUE = /(?:adresse|adr|bopæl|bor på|bor i|bosat|address|lives at|opholdssted|hjemme på|boende|(?<!\p{L})på)[ .:]*$/iu;

/** Words that start a multi-word street: Gammel Kongevej, Store Kongensgade, Nørre Voldgade. */
const STREET_MODIFIER = /^(?:ved|over|bag|mellem|yder|inder|gl\.?|gammel|gamle|ny|nye|store|lille|nørre|søndre|sønder|vester|vestre|øster|østre|nordre|skt\.?|sankt|indre|ydre|øvre|nedre|nr\.?|sdr\.?|vr\.?|ø\.?|h\.c\.|kongens|dronning|prins|prinsesse|christian|frederik)$/iu;

/** Words that label an address rather than belong to it. */
const ADDRESS_LABEL_WORD = /^(?:adresse|adr\.?|bopæl|address|bor|boede|pt\.?|patient|patienten|hjemme|opholdssted|til|fra|se|jf\.?|han|hun|de|vi|jeg|flyttet|fraflyttet|tilflyttet|ny adresse|send|sendt|besøg|besøgt|kontakt)$/iu;

/** A capitalised word that may be part of a multi-word street name (not a label, not ending in punctuation). */
function isStreetPart(word: string): boolean {
  if (!/^\p{Lu}[\p{L}'’.\-]*$/u.test(word) || /[:;,]$/u.test(word) || ADDRESS_LABEL_WORD.test(word)) return false;
  // A full stop after an ordinary word ends a sentence (`… Have. Niels Juels Gade 3`); after Gl., Skt., H.C. it abbreviates.
  return !(word.endsWith('.') && isCommonWord(word.slice(0, -1).toLowerCase()));
}

const STREET_PARTICLE = /^(?:von|van|de|la|le|du|der|den)$/u;
const MONTH = /^(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)$/iu;

/** Prepositions that open a street name: Ved Stranden, Bag Haverne, Over Bækken, Langs Åen. */
const PLACE_PREPOSITION = /^(?:ved|bag|over|mellem|langs|neden|oven|inden|uden)$/u;

/** The word (letters only) ending one space before `pos`, or ''. */
function wordBefore(text: string, pos: number): string {
  if (text[pos - 1] !== ' ') return '';
  let b = pos - 1;
  while (b > 0 && pos - 1 - b < 12 && /\p{L}/u.test(text[b - 1]!)) b--;
  return text.slice(b, pos - 1).toLowerCase();
}

/** Endings that make a word a street even without a postal code or an address word (not -ring, -hus, -li). */
const STRONG_STREET_SUFFIX = /(?:vej|vejen|gade|gaden|allé|alle|alléen|vænget|vænge|stræde|strædet|boulevard|plads|pladsen|torv|torvet|parken|stien|toften|vangen|bakken|engen|haven|marken|højen|kæret|lunden)$/iu;
/** A word that is a street ending by itself (Side, Spor, Kilde): no street alone. */
const WHOLE_SUFFIX = new RegExp(`^(?:${STREET_SUFFIX_SOURCE})$`, 'iu');

/** How far beyond the scan window an address may reach (street, floor, postal code and town fit well inside). */
const SCAN_MARGIN = 300;

export const addressDetector: Detector = {
  id: 'address',
  types: ['address'],
  detect(ctx: ScanContext): Finding[] {
    // Both kinds of finding start from an ASCII digit (the postal code's four, the house number's one to four): a
    // text without one has no address, and its two candidate scans are left out.
    if (!hasAsciiDigit(ctx)) return [];
    const text = ctx.text;
    // Addresses span at most two lines and a few hundred characters: read from the line before the window to the
    // end of the line after it, but never more than SCAN_MARGIN characters beyond the window.
    const lineStart = lineStartWithin(text, ctx.scanStart, SCAN_MARGIN);
    const from = lineStart <= 0 ? 0 : lineStartWithin(text, lineStart - 1, SCAN_MARGIN - (ctx.scanStart - lineStart));
    const lineEnd = lineEndWithin(text, ctx.scanEnd, SCAN_MARGIN);
    // Two lines after it: street, village and postal code may stand on three lines.
    const next = lineEnd >= text.length ? text.length : lineEndWithin(text, lineEnd + 1, SCAN_MARGIN - (lineEnd - ctx.scanEnd));
    const to = next >= text.length ? text.length : lineEndWithin(text, next + 1, Math.max(0, SCAN_MARGIN - (next - ctx.scanEnd)));
    const out: Finding[] = [];
    POSTAL_CANDIDATE.lastIndex = from;
    for (let m = POSTAL_CANDIDATE.exec(text); m && m.index < to; m = POSTAL_CANDIDATE.exec(text)) {
      const at = m.index;
      const codeStart = text.startsWith('DK-', at - 3) ? at - 3 : text.startsWith('DK', at - 2) ? at - 2 : at;
      if (codeStart > 0 && /[\p{L}\p{N}.,:/-]/u.test(text[codeStart - 1]!)) continue;
      const townStart = at + m[0].length;
      if (!/\p{Lu}/u.test(text[townStart] ?? '')) continue;
      const f = fullAddress(ctx, codeStart, text.slice(at, at + 4), townStart);
      if (f) { out.push(f); POSTAL_CANDIDATE.lastIndex = Math.max(POSTAL_CANDIDATE.lastIndex, f.end); }
    }
    // Streets with a number but no postal code, outside the full addresses.
    const full = out.length;
    NUMBER_CANDIDATE.lastIndex = from;
    let k = 0;
    for (let m = NUMBER_CANDIDATE.exec(text); m && m.index < to; m = NUMBER_CANDIDATE.exec(text)) {
      const f = streetAndNumber(ctx, m.index + 1, m.index + 1 + m[1]!.length);
      if (!f) continue;
      while (k < full && out[k]!.end <= f.start) k++;
      if (k < full && out[k]!.start < f.end) continue;
      out.push(f);
    }
    return out.sort((a, b) => a.start - b.start);
  },
};

interface Town { end: number; listed: boolean }

function townAfter(text: string, code: string, at: number): Town | undefined {
  const towns = postalTowns().get(code);
  if (!towns) return undefined;
  let best = -1;
  for (const t of towns) {
    if (t.length > best && text.substr(at, t.length).toLowerCase() === t.toLowerCase() && !/[\p{L}\p{N}]/u.test(text[at + t.length] ?? '')) best = t.length;
  }
  if (best > 0) return { end: at + best, listed: true };
  // A valid code with a town spelt otherwise (Kbh. N, Aarhus V for Århus): the capitalised words after it.
  const m = /^\p{Lu}[\p{L}.'-]*/u.exec(text.slice(at, at + 40));
  if (!m) return undefined;
  // A second word: after an abbreviation (Kbh.) only a district letter; a sentence's next word is no town.
  const second = (m[0].endsWith('.') ? /^[ \u00A0](?:C|K|N|S|V|Ø|NV|NØ|SV|SØ)(?![\p{L}])/u : /^[ \u00A0](?:\p{Lu}[\p{L}.'-]*|C|K|N|S|V|Ø|NV|NØ|SV|SØ)(?![\p{L}])/u).exec(text.slice(at + m[0].length, at + 40));
  if (second) return { end: at + m[0].length + second[0].length, listed: false };
  // A full stop after a whole town name ends the sentence; after a short abbreviation (Kbh.) it belongs to it.
  const word = m[0].length > 4 && m[0].endsWith('.') && !m[0].slice(0, -1).includes('.') ? m[0].slice(0, -1) : m[0];
  return { end: at + word.length, listed: false };
}

const POSTAL_IN_LINE = /(?<![\p{L}\p{N}])(\d{4})[ \u00A0]+(?=\p{Lu})/gu;

/** `from`, or the end of the last postal code and town in text[from, to). */
function afterPostalTown(text: string, from: number, to: number): number {
  let out = from;
  const part = text.slice(from, to);
  POSTAL_IN_LINE.lastIndex = 0;
  for (let m = POSTAL_IN_LINE.exec(part); m; m = POSTAL_IN_LINE.exec(part)) {
    const town = townAfter(text, m[1]!, from + m.index + m[0].length);
    if (town && town.end <= to) out = town.end;
  }
  return out;
}

function fullAddress(ctx: ScanContext, codeStart: number, code: string, townStart: number): Finding | undefined {
  const text = ctx.text;
  const town = townAfter(text, code, townStart);
  if (!town) return undefined;
  const reasons: Reason[] = [];
  reasons.push(town.listed
    ? { rule: 'address.postal', text: 'a Danish postal code with its town (PostNord list)' }
    : { rule: 'address.postalCode', text: 'a Danish postal code followed by a town name not in the list', weight: -0.09 });
  // The street part: on the same line, or the line above when the postal code opens its line.
  const lineStart = lineStartWithin(text, codeStart, 140);
  const onlySpaceBefore = (lineStart === 0 || text[lineStart - 1] === '\n') && /^[ \t]*$/u.test(text.slice(lineStart, codeStart));
  // Not across an earlier postal code and town on the line ("…, 8000 Aarhus C. Vestergade 3, 5000 Odense C"): the
  // street starts after it. Read from the text alone, so a window and a full scan agree.
  let streetLine = onlySpaceBefore && lineStart > 0 ? lineStartWithin(text, lineStart - 1, 140) : lineStart;
  // A village on the line above the postal code: the street stands one line further up.
  if (streetLine < lineStart && streetLine > 0 && VILLAGE_LINE.test(text.slice(streetLine, lineStart - 1))) streetLine = lineStartWithin(text, streetLine - 1, 140);
  const sliceFrom = afterPostalTown(text, streetLine, codeStart);
  const before = text.slice(sliceFrom, codeStart);
  const tail = STREET_TAIL.exec(before);
  if (tail) {
    const words = tail[1]!.split(/[ \u00A0]+/u);
    const street = resolveStreet(words);
    if (street && (street.known || town.listed)) {
      // Offset of the street's first word inside the match
      const streetText = words.slice(words.length - street.count).join(' ');
      const streetStart = sliceFrom + tail.index + tail[1]!.length - streetText.length;
      if (text.slice(streetStart, streetStart + streetText.length).replace(/\u00A0/g, ' ') === streetText) {
        reasons.push(street.known
          ? { rule: 'address.street', text: street.listed ? 'a street from the Danish address register' : 'a street name (street-like ending) with a house number' }
          : { rule: 'address.streetUnknown', text: 'a capitalised word with a house number before the postal code', weight: -0.15 });
        if (tail[3]) reasons.push({ rule: 'address.floor', text: 'floor and side' });
        let confidence: number = street.known ? (town.listed ? ADDRESS_CONFIDENCE.full : ADDRESS_CONFIDENCE.fullTownUnlisted) : ADDRESS_CONFIDENCE.fullStreetUnknown;
        return { type: 'address', start: streetStart, end: town.end, confidence, reasons };
      }
    }
  }
  // A postal code and its town alone: weaker, and only when the pair is in the list and not part of something else.
  if (!town.listed) return undefined;
  const prev = text.slice(Math.max(0, codeStart - 2), codeStart);
  if (/\d/.test(prev)) return undefined;
  reasons.push({ rule: 'address.postalOnly', text: 'a postal code and town without a street', weight: -0.4 });
  return { type: 'address', start: codeStart, end: town.end, confidence: ADDRESS_CONFIDENCE.postalOnly, reasons };
}

interface Street { count: number; known: boolean; listed: boolean }

/** Which trailing words form the street: a listed street, a street-like ending, or (unknown) the last capitalised word. */
export function resolveStreet(words: string[]): Street | undefined {
  const names = streetNames();
  for (let k = Math.min(words.length, 5); k >= 1; k--) {
    const cand = words.slice(words.length - k).join(' ');
    if (/^[\p{Lu}\d]/u.test(cand) && names.has(cand.toLowerCase())) return { count: k, known: true, listed: true };
  }
  const last = words[words.length - 1]!;
  if (!/^\p{Lu}/u.test(last) && !(words.length > 1 && STREET_WORD.test(last))) return undefined;
  // Ved Stranden, Bag Haverne, Over Bækken: a preposition and a place make a street of their own.
  const preposition = words.length > 1 ? words[words.length - 2]! : '';
  if (/^\p{Lu}/u.test(preposition) && PLACE_PREPOSITION.test(preposition.toLowerCase()) && /^\p{Lu}\p{Ll}{2,}$/u.test(last)) return { count: 2, known: true, listed: false };
  if (STREET_WORD.test(last)) {
    // Frederiksberg Allé, H.C. Andersens Boulevard, 10. Februar Vej: the capitalised words before the street word
    let k = 1;
    // A day number belongs to the street only before a month (10. Februar Vej); else it ends a sentence or a floor.
    while (k < words.length && k < 4 && (isStreetPart(words[words.length - 1 - k]!) || (/^\d{1,2}\.$/u.test(words[words.length - 1 - k]!) && MONTH.test(words[words.length - k]!)))) k++;
    // A street word alone (Torvet, Haven, Bakken) is a street only as much as any capitalised word before a number.
    if (k === 1) return last.length >= 3 && /^\p{Lu}/u.test(last) ? { count: 1, known: false, listed: false } : undefined;
    return { count: k, known: true, listed: false };
  }
  const whole = WHOLE_SUFFIX.test(last);
  if (STREET_SUFFIX.test(last) && ((!whole && last.length >= 4) || (whole && words.length > 1 && isStreetPart(words[words.length - 2]!)))) {
    // Gammel Kongevej, Ravnsborg Tværgade, Ole Suhrs Gade: capitalised words right before belong to the street
    let k = 1;
    // A lower-case particle joins two capitalised parts of a person's name in a street (Carl von Rosensvej).
    const joinsParts = (i: number): boolean => STREET_PARTICLE.test(words[i]!) && i > 0 && isStreetPart(words[i - 1]!);
    while (k < words.length && k < 4 && (STREET_MODIFIER.test(words[words.length - 1 - k]!) || isStreetPart(words[words.length - 1 - k]!) || joinsParts(words.length - 1 - k))) k++;
    return { count: k, known: true, listed: false };
  }
  if (last.length >= 3) return { count: 1, known: false, listed: false };
  return undefined;
}

/** A capitalised word, spaces, the house number at [numStart, numEnd) and an optional letter: a street and number? */
function streetAndNumber(ctx: ScanContext, numStart: number, numEnd: number): Finding | undefined {
  const text = ctx.text;
  let e = numEnd;
  if (isHouseLetter(text[e]) && !isLetterOrDigit(text[e + 1])) e++;
  else if ((text[e] === ' ' || text[e] === '\u00A0') && isHouseLetter(text[e + 1]) && !isLetterOrDigit(text[e + 2])) e += 2;
  const after = text[e];
  if (isLetterOrDigit(after)) return undefined;
  if ((after === ',' || after === '.') && /\d/.test(text[e + 1] ?? '')) return undefined;
  let wordEnd = numStart;
  while (wordEnd > 0 && (text[wordEnd - 1] === ' ' || text[wordEnd - 1] === '\u00A0')) wordEnd--;
  let wordStart = wordEnd;
  while (wordStart > 0 && wordEnd - wordStart < 60 && isStreetCharAt(text, wordStart - 1)) wordStart--;
  if (wordStart > 0 && isLetterOrDigit(text[wordStart - 1])) return undefined;
  const word = text.slice(wordStart, wordEnd);
  if (!/^\p{Lu}/u.test(word)) return undefined;
  return streetOnly(ctx, word, wordEnd, e);
}

function streetOnly(ctx: ScanContext, word: string, wordEnd: number, numberEnd: number): Finding | undefined {
  const text = ctx.text;
  if (word.length < 3) return undefined;
  // Cheap test first: the last word must look like a street before anything is sliced
  if (!STREET_SUFFIX.test(word) && !STREET_WORD.test(word) && !streetNames().has(word.toLowerCase()) && !PLACE_PREPOSITION.test(wordBefore(text, wordEnd - word.length))) return undefined;
  if (UNIT_AFTER.test(text.slice(numberEnd, numberEnd + 12))) return undefined;
  // Resolve the street from the words before the number on this line.
  // A street never spans a field delimiter: in `Hansen;Store Kongensgade 3` or `F|||Ny Østergade 3` it starts after it.
  const lineStart = fieldStartBefore(text, wordEnd, lineStartWithin(text, wordEnd, 80));
  const words = text.slice(Math.max(lineStart, wordEnd - 60), wordEnd).split(/[ \u00A0]+/u).filter(Boolean);
  const street = resolveStreet(words);
  if (!street || !street.known) return undefined;
  const streetText = words.slice(words.length - street.count).join(' ');
  const start = wordEnd - streetText.length;
  if (start < lineStart || text.slice(start, wordEnd).replace(/\u00A0/g, ' ') !== streetText) return undefined;
  const cue = ADDRESS_CUE.test(text.slice(Math.max(lineStart, start - 24), start)) || isAddressField(ctx, start);
  // Without an address word, only a clear street name: a strong ending or a listed street, and no ordinary word
  // (Bedring 12, Børnehave 3 and Delta 4 are no addresses).
  const clear = street.count > 1 ? STREET_WORD.test(word) || STRONG_STREET_SUFFIX.test(word) || street.listed : !isCommonWord(word.toLowerCase()) && (STRONG_STREET_SUFFIX.test(word) || street.listed);
  if (!cue && !clear) return undefined;
  // A year for a house number, a macro or a constant in capitals: no address without an address word (codeTokens.ts).
  if (!cue && streetLookalike(text, start, streetText, text.slice(wordEnd, numberEnd).trim())) return undefined;
  const floor = FLOOR_SIDE.exec(text.slice(numberEnd, numberEnd + 24));
  const end = numberEnd + (floor ? floor[0].length : 0);
  const reasons: Reason[] = [
    { rule: 'address.street', text: street.listed ? 'a street from the Danish address register with a house number' : 'a street name (street-like ending) with a house number' },
    { rule: 'address.noPostal', text: 'no postal code', weight: -0.25 },
  ];
  if (cue) reasons.push({ rule: 'context.word', text: 'after an address word' });
  return { type: 'address', start, end, confidence: cue ? ADDRESS_CONFIDENCE.streetOnlyWithCue : ADDRESS_CONFIDENCE.streetOnly, reasons };
}

/** Characters that end a field in delimited and structured text (CSV, HL7, JSON, XML, SQL). */
const FIELD_DELIMITER = /[;|\t"<>^=()[\]{}]/u;

/** The start of the field holding `pos`, at or after `lineStart`. */
function fieldStartBefore(text: string, pos: number, lineStart: number): number {
  for (let i = pos - 1; i >= lineStart; i--) if (FIELD_DELIMITER.test(text[i]!)) return i + 1;
  return lineStart;
}

const ADDRESS_FIELD = /(?:adresse|address|addr|adr|bopæl|vej|gade|street|road)$/u;

/** True when the value at `start` stands in a structured field for an address (JSON key, CSV column). */
function isAddressField(ctx: ScanContext, start: number): boolean {
  const before = ctx.text.slice(Math.max(0, start - 3), start);
  if (!/["'`;,\t|:=(>]\s*$/u.test(before)) return false;
  const field = fieldNameNear(ctx, start);
  return field !== undefined && ADDRESS_FIELD.test(field.replace(/[_\-. ]/gu, ''));
}
