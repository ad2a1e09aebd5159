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
import { INSTITUTION_ENDING, MEDICINES, NON_NAME_WORDS } from '../name/nameLexicon';
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
  // (A flat or door word is never a street word: `Lærkevej 12 lejl. 4` has the street Lærkevej.)
  String.raw`((?:(?!(?:lejl|lejlighed|dør)\.?[ \u00A0])[\p{L}\d][\p{L}\d'’.\-]*[ \u00A0]){0,4}(?!(?:lejl|lejlighed|dør)\.?[ \u00A0])[\p{L}][\p{L}'’.\-]*)[ \u00A0]+` +
    String.raw`(\d{1,4}(?:[ \u00A0]?[A-Za-zÆØÅæøå](?![\p{L}\d]))?(?:[-–]\d{1,4}[A-Za-z]?)?)` +
    String.raw`((?:,?[ \u00A0]*(?:${anyCase('st|stuen|kl|kld')}|\d{1,2})\.?(?:[ \u00A0]*${anyCase('sal')}\.?)?(?:,?[ \u00A0]*(?:${anyCase('tv|th|mf|t\\.v|t\\.h')}|\d{1,4})\.?)?)?(?:,?[ \u00A0]*(?:lejl|lejlighed|dør|vær|værelse)\.?[ \u00A0]*\d{1,4}[A-Za-z]?)?)` +
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
/** A lower-case one-letter word at `i` that runs on into more words (`i en`, `å …`): no house letter. */
const isLowerWordAt = (text: string, i: number): boolean => /[a-zæøå]/.test(text[i]!) && (text[i + 1] === ' ' || text[i + 1] === '\u00A0') && /\p{L}/u.test(text[i + 2] ?? '');
/** The side of a floor (tv., th., mf.; t.v., t.h. in older writing), lower or upper case. */
const SIDE = String.raw`(?:tv|th|mf|t\.v|t\.h|TV|TH|MF|T\.V|T\.H)`;
/**
 * Floor and side after a house number: `, 2. tv.`, ` st. th.`, `, 3.`, `, st`, `, kld`, upper case on forms, and a
 * flat or door after them (`, lejl. 4`, `, dør 3`); a full stop after `sal` ends the sentence unless a side follows,
 * and `kl.` before a number is a time. May match nothing (then no floor).
 */
const FLOOR_SIDE = new RegExp(
  String.raw`^(?:,?[ \u00A0]*(?:st|stuen|kl(?!\.[ \u00A0]*\d)|kld|ST|STUEN|KL(?!\.[ \u00A0]*\d)|KLD|\d{1,2})\.(?:[ \u00A0]*(?:sal|SAL)(?:\.(?=,?[ \u00A0]*${SIDE}\b))?)?(?:,?[ \u00A0]*(?:${SIDE}|\d{1,4})\.?)?` +
    String.raw`|,?[ \u00A0]*(?:st|kl|ST|KL|\d{1,2})\.?[ \u00A0]+${SIDE}\b\.?|,?[ \u00A0]*(?:st|kld|ST|KLD)(?![\p{L}\p{N}.]))?` +
    String.raw`(?:,?[ \u00A0]*(?:lejl|lejlighed|dør|vær|værelse)\.?[ \u00A0]*\d{1,4}[A-Za-z]?(?![\p{L}\p{N}]))?`,
  'u',
);
/** Words after a number that make it a quantity, not a house number: Kirkevej 5 mg is no address. */
const UNIT_AFTER = /^[ \u00A0]*(?:mg|g|kg|ml|l|mmol|mm|cm|m|km|%|timer?|dage?|uger?|måneder?|år|gange|stk|x|kr|mio|procent)\b/iu;
/** Words that make a nearby street-and-number an address. */
const ADDRESS_CUE = /(?:adresse|adr|bopæl|bor på|bor i|bosat|address|lives at|opholdssted|hjemme på|boende|(?<!\p{L})på)[ .:]*$/iu;

/** Words that start a multi-word street: Gammel Kongevej, Store Kongensgade, Nørre Voldgade. */
const STREET_MODIFIER = /^(?:ved|over|bag|mellem|yder|inder|gl\.?|gammel|gamle|ny|nye|store|lille|nørre|søndre|sønder|vester|vestre|øster|østre|nordre|skt\.?|sankt|indre|ydre|øvre|nedre|nr\.?|sdr\.?|vr\.?|ø\.?|h\.c\.|kongens|dronning|prins|prinsesse|christian|frederik)$/iu;

/** Words that label an address rather than belong to it. */
const ADDRESS_LABEL_WORD = /^(?:adresse|adr\.?|bopæl|address|bor|boede|på|hos|og|med|i|pt\.?|patient|patienten|hjemme|opholdssted|til|fra|se|jf\.?|han|hun|de|vi|jeg|flyttet|fraflyttet|tilflyttet|ny adresse|send|sendt|besøg|besøgt|kontakt)$/iu;

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
  // Not the tail of a longer number (`12 8000 Aarhus`); a field delimiter right before it ends whatever stood there
  // (`Porsebjerg 137;4370 Store Merløse` in a CSV row).
  const prev = text.slice(Math.max(0, codeStart - 2), codeStart);
  if (/\d/.test(prev) && !(codeStart > 0 && isFieldDelimiterAt(text, codeStart - 1))) return undefined;
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
  // No house number is 0 or starts with 0 (`Adresse: Ukendt 0`, `Afsnit 07`).
  if (text.charCodeAt(numStart) === 0x30) return undefined;
  let e = numEnd;
  if (isHouseLetter(text[e]) && !isLetterOrDigit(text[e + 1])) e++;
  // A letter after a space: not a lower-case word of its own (`Humlevangen 84 i en ældrebolig`, `… 3 å …`).
  else if ((text[e] === ' ' || text[e] === '\u00A0') && isHouseLetter(text[e + 1]) && !isLetterOrDigit(text[e + 2]) && !(isLowerWordAt(text, e + 1))) e += 2;
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
  // Cheap test first: the last word must look like a street before anything is sliced. A street of two or three
  // words in the register need not end like one (Lille Randers, Hedegård By, Emmerlev Klev).
  const shaped = word.length >= 3 && (STREET_SUFFIX.test(word) || STREET_WORD.test(word) || streetNames().has(word.toLowerCase()) || PLACE_PREPOSITION.test(wordBefore(text, wordEnd - word.length)));
  if (!shaped && !listedStreetEndsAt(text, wordEnd, word)) return word.length < 3 ? undefined : labelledStreet(ctx, word, wordEnd, numberEnd);
  if (UNIT_AFTER.test(text.slice(numberEnd, numberEnd + 12))) return undefined;
  // Resolve the street from the words before the number on this line.
  // A street never spans a field delimiter: in `Hansen;Store Kongensgade 3` or `F|||Ny Østergade 3` it starts after it.
  const lineStart = fieldStartBefore(text, wordEnd, lineStartWithin(text, wordEnd, 80));
  const words = text.slice(Math.max(lineStart, wordEnd - 60), wordEnd).split(/[ \u00A0]+/u).filter(Boolean);
  const street = resolveStreet(words);
  // A street word alone (Torvet 3) or a word in no list: a street only after an address label or in an address field.
  if (!street || !street.known) return labelledStreet(ctx, word, wordEnd, numberEnd);
  const streetText = words.slice(words.length - street.count).join(' ');
  const start = wordEnd - streetText.length;
  if (start < lineStart || text.slice(start, wordEnd).replace(/\u00A0/g, ' ') !== streetText) return undefined;
  const cue = ADDRESS_CUE.test(text.slice(Math.max(lineStart, start - 24), start)) || isAddressField(ctx, start);
  // Without an address word, only a clear street name: a strong ending or a listed street, and no ordinary word
  // (Bedring 12, Børnehave 3 and Delta 4 are no addresses).
  const clear = street.count > 1 ? STREET_WORD.test(word) || STRONG_STREET_SUFFIX.test(word) || street.listed : !isCommonWord(word.toLowerCase()) && (STRONG_STREET_SUFFIX.test(word) || street.listed);
  // An ordinary word as a street (Fyret 31) or a plain ending (Sønder Nytoft 11): a floor and side can still say it.
  if (!cue && !clear) return labelledStreet(ctx, word, wordEnd, numberEnd);
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

/**
 * Labels that name a person's address outright (Adresse:, Bopæl:, Hjemmeadresse:, bor på, bor alene på, Address:):
 * after one, capitalised words and a house number are the address even when the street is in no list and ends like
 * no street (`Adresse: Lærkedraget 12`). `på` alone is no such label (`på Afsnit 12`), nor a mail or IP address.
 */
const ADDRESS_LABEL = /(?:(?<!mail|ip-|ip|web)adresse(?:[ \u00A0]*\([\p{L} ]{1,20}\))?|(?<!\p{L})(?:adr|bopæl|bor(?:(?:[ \u00A0]+\p{Ll}+){0,2}[ \u00A0]+på)?|bosat(?:[ \u00A0]+på)?|address|home address|lives at|opholdssted))[ \u00A0.:]*$/iu;
/** True when two or three words ending with `word` at `wordEnd` on one line are a street in the register. */
function listedStreetEndsAt(text: string, wordEnd: number, word: string): boolean {
  if (!/^[\p{Lu}\d]/u.test(word)) return false;
  let start = wordEnd - word.length;
  let street = word;
  for (let k = 2; k <= 3; k++) {
    const gap = start - 1;
    if (gap <= 0 || text[gap] !== ' ') return false;
    let b = gap;
    while (b > 0 && gap - b < 30 && isStreetCharAt(text, b - 1)) b--;
    const prev = text.slice(b, gap);
    if (!/^[\p{Lu}\d]/u.test(prev)) return false;
    street = `${prev} ${street}`;
    if (streetNames().has(street.toLowerCase())) return true;
    start = b;
  }
  return false;
}

/**
 * A floor with a side after the house number (`, 2. sal tv.`, ` st. th.`, `3.mf`): only a flat has a side, so it
 * makes capitalised words before the number a street even without an address label. A floor alone (`1. sal`, `st.`,
 * `kld.`) is no such evidence: buildings have floors too (`Auditorium 2, 1. sal`, `Port 3, st.`).
 */
const DWELLING_FLOOR = /^,?[ \u00A0]*(?:st|stuen|kl|kld|\d{1,2})\.?[ \u00A0]*(?:sal\.?[ \u00A0]*)?,?[ \u00A0]*(?:tv|th|mf|t\.v|t\.h)\b/iu;

/** Rooms, wards and units that follow an address word in English or Danish without being a street (Room 12, Flat 3). */
const NOT_A_STREET = /^(?:room|ward|flat|apt|apartment|suite|unit|floor|block|blok|bed|tårn|plan|niveau|hus|nr|no)$|(?:rum|rummet|lokale|lokalet|etage|stue|stuen|værelse|afsnit|afsnittet|bygning|building|opgang|indgang|kontor|kontoret|ambulatorium|ambulatoriet|seng|sengen|sal|salen)$/iu;
/** Some word of ADDRESS_LABEL somewhere before the street: the cheap test before the label is looked for in place. */
const LABEL_WORD_ANYWHERE = /adr|addr|bopæl|bor|bosat|lives|opholdssted/iu;

/** A field delimiter opens the value, or the value opens a line of `;`, tab or `|` delimited text (the first column). */
function mayBeFieldValue(text: string, fieldStart: number, end: number): boolean {
  if (fieldStart > 0 && isFieldDelimiterAt(text, fieldStart - 1)) return true;
  if (fieldStart > 0 && text[fieldStart - 1] !== '\n') return false;
  return /[;\t|]/u.test(text.slice(end, lineEndWithin(text, end, 200)));
}
/** Words that may stand in a street name besides capitalised ones: particles, abbreviated modifiers. */
const STREET_NAME_WORD = /^(?:\p{Lu}[\p{L}'’.\-]*|von|van|de|la|le|du|der|den)$/u;

/**
 * A street in no list and without a street ending (Lærkedraget 12, Torvet 3): one to three capitalised words before
 * the house number, right after an address label on the line or as the value of an address field. The last word is
 * no ordinary word (Afsnit, Stue, Uge), no medicine (Panodil 500) and no institution.
 */
function labelledStreet(ctx: ScanContext, word: string, wordEnd: number, numberEnd: number): Finding | undefined {
  const text = ctx.text;
  // An abbreviation (Tlf., Afd.) ends no street name.
  if (word.length < 3 || word.charCodeAt(word.length - 1) === 0x2e || !/^\p{Lu}/u.test(word)) return undefined;
  // Cheap tests first (most capitalised words before a number have none of this evidence): a floor with a side
  // after the number, a label word on the line before, or a field delimiter before the words.
  const dwelling = DWELLING_FLOOR.test(text.slice(numberEnd, numberEnd + 24));
  const lineStart = fieldStartBefore(text, wordEnd, lineStartWithin(text, wordEnd, 80));
  if (!dwelling && !mayBeFieldValue(text, lineStart, numberEnd) && !LABEL_WORD_ANYWHERE.test(text.slice(lineStart, wordEnd - word.length))) return undefined;
  const lower = word.toLowerCase();
  const streetShaped = STREET_WORD.test(word) || STREET_SUFFIX.test(word) || streetNames().has(lower);
  if (NOT_A_STREET.test(word) || (!streetShaped && (isCommonWord(lower) || NON_NAME_WORDS.has(word.toUpperCase())))) return undefined;
  if (MEDICINES.has(word.toUpperCase()) || INSTITUTION_ENDING.test(word) || MONTH.test(word)) return undefined;
  if (UNIT_AFTER.test(text.slice(numberEnd, numberEnd + 12))) return undefined;
  const floor = FLOOR_SIDE.exec(text.slice(numberEnd, numberEnd + 24));
  const end = numberEnd + (floor ? floor[0].length : 0);
  const found = (start: number, labelled: boolean): Finding => ({
    type: 'address', start, end, confidence: labelled ? ADDRESS_CONFIDENCE.streetOnlyWithCue : ADDRESS_CONFIDENCE.streetOnly, reasons: [
      labelled
        ? { rule: 'address.streetLabelled', text: 'capitalised words with a house number after an address label' }
        : { rule: 'address.streetWithFloor', text: 'capitalised words with a house number, a floor and a side' },
      { rule: 'address.noPostal', text: 'no postal code', weight: -0.25 },
      ...(labelled ? [{ rule: 'context.word', text: 'after an address word' }] : []),
    ],
  });
  // Up to three words back from the number, each a possible part of a street name; the label stands before the first.
  let start = wordEnd - word.length;
  for (let k = 1; k <= 3 && start >= lineStart; k++) {
    const before = text.slice(Math.max(lineStart, start - 30), start);
    if (ADDRESS_LABEL.test(before) || isAddressField(ctx, start)) return found(start, true);
    // The word before, one space away, must be part of the street name too.
    const gap = start - 1;
    let b = gap;
    while (b > lineStart && isStreetCharAt(text, b - 1)) b--;
    const prev = gap > lineStart && (text[gap] === ' ' || text[gap] === '\u00A0') ? text.slice(b, gap) : '';
    const streetPart = prev !== '' && STREET_NAME_WORD.test(prev) && !ADDRESS_LABEL_WORD.test(prev) && !/[:;,]$/u.test(prev);
    // An institution (Hospice Sydfyn 3, Plejecenter Solbakken 3) is no street.
    if (streetPart && (INSTITUTION_ENDING.test(prev) || (NON_NAME_WORDS.has(prev.replace(/\.$/u, '').toUpperCase()) && !STREET_MODIFIER.test(prev)))) return undefined;
    if (!streetPart) {
      // No label: a floor with a side or a `sal` after the number (`bor alene på Kilden 149, 2. sal tv.`) still makes
      // the words a dwelling's street, when they open after a lower-case word, a line's or a field's start.
      const opens = prev === '' ? start === lineStart || /[ \u00A0\t]/u.test(text[start - 1] ?? '') : /^\p{Ll}+$/u.test(prev) || /[,:;]$/u.test(prev);
      // (Without an address word, the look-alikes of code and foreign addresses stay out, as in streetOnly.)
      if (!opens || !dwelling || streetLookalike(text, start, text.slice(start, wordEnd), text.slice(wordEnd, numberEnd).trim())) return undefined;
      return found(start, false);
    }
    // The label may end right before the first word: try it as the street's start, then go on.
    start = b;
  }
  return undefined;
}

/**
 * Characters that end a field in delimited and structured text (CSV, HL7, JSON, XML, SQL): `; | tab " < > ^ = ( ) [ ]
 * { }`, as a table of char codes (all ASCII), read per character.
 */
const IS_FIELD_DELIMITER = new Uint8Array(128);
for (const c of ';|\t"<>^=()[]{}') IS_FIELD_DELIMITER[c.charCodeAt(0)] = 1;
const isFieldDelimiterAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 128 && IS_FIELD_DELIMITER[c] === 1;
};

/** The start of the field holding `pos`, at or after `lineStart`. */
function fieldStartBefore(text: string, pos: number, lineStart: number): number {
  for (let i = pos - 1; i >= lineStart; i--) if (isFieldDelimiterAt(text, i)) return i + 1;
  return lineStart;
}

const ADDRESS_FIELD = /(?:adresse|address|addr|adr|bopæl|vej|gade|street|road)$/u;
/** Field names of addresses that are not postal: e-mail, network, memory; or with a digit before (`4addr`, `ipv6addr`). */
const TECHNICAL_ADDRESS_FIELD = /(?:mail|ip|web|url|mac|hw|ether|sock|inet|net|phys|virt|ptr|mem|dst|src|peer|bind|base|\d)(?:adresse|address|addr|adr)$/u;

/** True when the value at `start` stands in a structured field for an address (JSON key, CSV column). */
function isAddressField(ctx: ScanContext, start: number): boolean {
  const before = ctx.text.slice(Math.max(0, start - 3), start);
  if (!/["'`;,\t|:=(>]\s*$/u.test(before)) return false;
  const field = fieldNameNear(ctx, start);
  if (field === undefined) return false;
  const f = field.replace(/[_\-. ]/gu, '');
  // An e-mail, IP, web, memory or socket address is no postal address, nor is a technical constant's (`ATTR_4ADDR`).
  return ADDRESS_FIELD.test(f) && !TECHNICAL_ADDRESS_FIELD.test(f);
}
