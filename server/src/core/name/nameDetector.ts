// Person names: runs of capitalised words on one line → each word classified (first name, surname, unknown, no
// name) → the run trimmed to its name parts → accepted by shape (first name + surname), by a cue before it
// (Patient:, hr., Mvh.) or by the field it stands in (JSON key `name`, CSV column `navn`) → scored.
import { withoutDates } from './dateWords';
import type { Detector, ScanContext } from '../scan';
import type { Finding, Reason } from '../types';
import { classifyWord, WordKind, type WordInfo } from './nameWords';
import { EPONYM_CONTEXT, NAME_PARTICLES, SURNAME_EPONYMS } from './nameLexicon';
import { medicalTerms, surnames } from '../data/wordLists';
import { isAddresseeAbove, isNameField, nameCueBefore, professionAfter, type NameCue } from './nameContext';
import { STREET_SUFFIX_SOURCE, STREET_WORD } from '../address/streetSuffix';
import { fieldNameNear, lineEndWithin } from '../address/lines';
import { reason, withWeight } from '../reason';
import { NAME_WORD, NameWordScanner, nameWordStartsAt } from './nameWordScan';
import { CHAR_CLASS, codePointClass, unitClass } from './charClass';

// Module copies of imported bindings used per word and per character: the tsx runner of the tests and benches reads
// every imported name through a getter call (see CHAR_CLASS).
const Kind = { First: WordKind.First, Surname: WordKind.Surname, SurnameLike: WordKind.SurnameLike, Unknown: WordKind.Unknown, NotName: WordKind.NotName } as const;
const classify = classifyWord;
const { LETTER, LOWER, MARK, SPACE } = CHAR_CLASS;
const classOfUnit = unitClass;
const classOfCodePoint = codePointClass;

/** A word that is a street ending by itself: Have, Sti, Bakke, Høj, Gård. */
const WHOLE_STREET_WORD = new RegExp(`^(?:${STREET_SUFFIX_SOURCE})$`, 'iu');
/** Field names that hold names of anything (a server, a product), so only known name words count in them. */
const GENERIC_NAME_FIELD = /^(?:name|navn|displayname|display_name|title|label)$/u;
/** At most this many words make one name. */
const MAX_NAME_WORDS = 6;

export const NAME_CONFIDENCE = {
  firstAndSurname: 0.88,
  firstAndUnknown: 0.66,
  twoFirstNames: 0.72,
  cueBonus: 0.08,
  fieldBonus: 0.08,
  singleWithCue: 0.72,
  unknownWithCue: 0.6,
  ambiguousFirstPenalty: 0.06,
} as const;

const DOT = 0x2e;
/** What a particle or an initial counts as: no word of its own (shared; never changed). */
const UNKNOWN_PART: WordInfo = { kind: Kind.Unknown, ambiguous: true, surname: undefined, possessive: undefined, stop: undefined };

interface Token {
  start: number;
  end: number;
  text: string;
  info: WordInfo;
  /** A single capital with a full stop: the K. in Anne K. Jensen. */
  initial: boolean;
  particle: boolean;
}

export const nameDetector: Detector = {
  id: 'name',
  types: ['name'],
  detect(ctx: ScanContext): Finding[] {
    const text = ctx.text;
    // Names never cross a line or a comma, digit or other break: start and end the scan at such a break near the
    // window, so a window gives the same findings as a full scan without reading a whole long line.
    let from = runBreakBefore(text, ctx.scanStart);
    // A "Surname, First" name starts before the comma: begin at the run of the word before it, so a window that
    // starts at the first names sees the surname and merges the same way as a full scan.
    const head = from > 0 ? SURNAME_BEFORE_COMMA.exec(text.slice(Math.max(0, from - 64), from)) : null;
    if (head) from = runBreakBefore(text, from - head[0].length);
    const to = runBreakAfter(text, ctx.scanEnd);
    const out: Finding[] = [];
    let run: Token[] = [];
    /** The word read before this one (in this run or the one before). */
    let last: Token | undefined;
    const words = new NameWordScanner(text, from, to);
    while (words.next()) {
      const { start, end, initial } = words;
      const word = text.slice(start, initial ? start + 1 : end);
      const joined = last !== undefined && joins(text, last, start);
      // In an upper-case name (JOSEFINE VON HOLSTEIN, on scanned forms) the particles are upper case too.
      const particle = words.particle || (last !== undefined && isUpperCaseParticle(word, last) && (joined || !wordBetween(text, last.end, start)));
      if (run.length > 0 && !joined) {
        scoreRun(ctx, run, out);
        run = [];
      }
      // An initial (one capital with a full stop, Anne K. Jensen, or before another capitalised word, Anne K Jensen)
      // and a particle are no word of their own.
      last = { start, end, text: word, info: particle || initial ? UNKNOWN_PART : classify(word), initial, particle };
      run.push(last);
    }
    if (run.length > 0) scoreRun(ctx, run, out);
    return withoutDates(text, mergeSurnameFirst(text, out));
  },
};

/**
 * An upper-case particle (VON, DE) after an upper-case name word: `word` after `prev`, the word read before it.
 * (Cheap tests first; the rule is the old one's, term by term.)
 */
function isUpperCaseParticle(word: string, prev: Token): boolean {
  // A particle has two to four ASCII letters, and only a word of as many letters lower-cases to one (besides A-Z only
  // the Kelvin sign lower-cases to an ASCII letter, k, which no particle holds): the length first, for free.
  if (word.length < 2 || word.length > 4) return false;
  return prev.text.length > 1 && prev.info.kind !== Kind.NotName && word === word.toUpperCase() && NAME_PARTICLES.has(word.toLowerCase()) && prev.text === prev.text.toUpperCase();
}

const ANY_NAME_WORD = new RegExp(NAME_WORD.source, 'gu');
/**
 * True when a name word starts in text[from, to). The scanner leaves out particles that join no capitalised word;
 * where the word before matters (isUpperCaseParticle, rarely asked with a gap), such a particle may be the word
 * read before, and a lower-case particle is never an upper-case name word.
 */
function wordBetween(text: string, from: number, to: number): boolean {
  ANY_NAME_WORD.lastIndex = from;
  const m = ANY_NAME_WORD.exec(text);
  return m !== null && m.index < to;
}

/** A capitalised word, then a comma and at most one space, at the end of the text before a scan start. */
const SURNAME_BEFORE_COMMA = /\p{Lu}[\p{L}\p{M}'’-]*, ?$/u;
/** Up to three first names after "Surname, ": single spaces between, letters only, two or more (K. is an initial). */
const FIRST_NAMES_AFTER = /^, (\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){0,2})/u;
const SURNAME_FIRST_REASON: Reason = { rule: 'name.surnameFirst', text: 'a surname, a comma and first names (Surname, First)' };

/**
 * "Jensen, Mette" and "Hansen, Jens Peter" (the surname-first order of registers and journal headers) are one
 * name: a one-word surname finding, ", ", then first names from the name statistics that do not run on into a
 * further name word ("Hansen, Anne Nielsen" is two people). The first names' own finding, if any, joins it.
 */
function mergeSurnameFirst(text: string, found: Finding[]): Finding[] {
  let out: Finding[] | undefined;
  for (let i = 0; i < found.length; i++) {
    const a = found[i]!;
    if (a.reasons[0] === PARTICLE_SURNAME_REASON) {
      // Already the whole name (particleSurnameFirst): the first names' own finding is part of it.
      out?.push(a);
      if (i + 1 < found.length && found[i + 1]!.start < a.end) {
        out ??= found.slice(0, i + 1);
        while (i + 1 < found.length && found[i + 1]!.start < a.end) i++;
      }
      continue;
    }
    let end = surnameFirstEnd(text, a.start, a.end);
    // In a name field the value is one person: "Prehn, Kadri Rohde" (a middle surname after the first name) too.
    if (end === undefined && text.charCodeAt(a.end) === 0x2c) end = fieldSurnameFirstEnd(text, a, i + 1 < found.length ? found[i + 1] : undefined);
    if (end === undefined) {
      out?.push(a);
      continue;
    }
    out ??= found.slice(0, i);
    out.push({ ...a, end, confidence: Math.max(a.confidence, NAME_CONFIDENCE.firstAndSurname), reasons: [...a.reasons, SURNAME_FIRST_REASON] });
    while (i + 1 < found.length && found[i + 1]!.start < end) i++; // the first names' own finding is part of it
  }
  return out ?? found;
}

/** Characters that end a field's value in delimited and structured text. */
const FIELD_END = /^(?:$|[;\t|"'<\r\n])/u;

/**
 * Where "Surname, First Middle" ends when `a`, one word in a name field (CSV column Navn, JSON key name), is
 * followed by ", " and the name finding `b` that ends the field's value: the field holds one person, so the words
 * after the first name may be a middle surname ("Prehn, Kadri Rohde"), which the order alone would read as a
 * second person.
 */
function fieldSurnameFirstEnd(text: string, a: Finding, b: Finding | undefined): number | undefined {
  if (text.charCodeAt(a.end) !== 0x2c || text.charCodeAt(a.end + 1) !== 0x20) return undefined;
  if (!a.reasons.some((r) => r.rule === 'context.field')) return undefined;
  if (!/^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(text.slice(a.start, a.end))) return undefined;
  if (b !== undefined && b.start === a.end + 2) {
    // The first names' own finding: it opens with a listed first name and ends the field.
    const space = text.indexOf(' ', b.start);
    const firstWord = text.slice(b.start, space < 0 || space > b.end ? b.end : space);
    if (classify(firstWord).kind !== Kind.First) return undefined;
    return FIELD_END.test(text.slice(b.end, b.end + 1)) ? b.end : undefined;
  }
  // First names in no list (Egede, Kuupik): one to three capitalised words that fill the rest of the field.
  const m = FIRST_NAMES_AFTER.exec(text.slice(a.end, a.end + 80));
  if (!m) return undefined;
  const end = a.end + 2 + m[1]!.length;
  return FIELD_END.test(text.slice(end, end + 1)) ? end : undefined;
}

/**
 * A lone surname without a cue that opens "Surname, First…" ("Sørensen, Birgitte"): reported only as the start
 * of that name (mergeSurnameFirst joins the first names), and only when neither part is also an ordinary word.
 */
function surnameFirstWithoutCue(text: string, words: Token[]): Judgement | undefined {
  if (words.length !== 1) return undefined;
  const w = words[0]!;
  if (w.info.kind !== Kind.Surname || w.info.ambiguous) return undefined;
  const end = surnameFirstEnd(text, w.start, w.end);
  if (end === undefined) return undefined;
  const firsts = text.slice(w.end + 2, end).split(' ');
  if (firsts.some((n) => classify(n).ambiguous)) return undefined;
  return { confidence: NAME_CONFIDENCE.firstAndSurname, reasons: [], from: 0 };
}

/** Where "Surname, First…" ends when text[start, end) is the surname of such a name; undefined otherwise. */
function surnameFirstEnd(text: string, start: number, end: number, unknownSurname = false): number | undefined {
  if (text[end] !== ',') return undefined;
  const surname = text.slice(start, end);
  if (!/^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(surname)) return undefined;
  const info = classify(surname);
  // A word in both lists (Tran, Ahmadi) is a surname here: the comma and the first names after it say so; so is a
  // word in no list when a label or field stands before it (unknownSurname: "Navn: Okonkwo, Mette").
  if (info.kind !== Kind.Surname && info.kind !== Kind.SurnameLike && !info.surname && !(unknownSurname && info.kind === Kind.Unknown)) return undefined;
  const m = FIRST_NAMES_AFTER.exec(text.slice(end, end + 80));
  if (!m) return undefined;
  // All first names, and no further capitalised word right after them.
  if (!m[1]!.split(' ').every((w) => classify(w).kind === Kind.First)) return undefined;
  const nameEnd = withInitials(text, end + 2 + m[1]!.length);
  return /^ \p{Lu}/u.test(text.slice(nameEnd, nameEnd + 2)) ? undefined : nameEnd;
}

/** Middle initials after the first names of "Surname, First K." (EPJ lists): one or two, each a capital and a full stop. */
const INITIALS_AFTER = /^(?: \p{Lu}\.){1,2}(?![\p{L}\p{N}])/u;
function withInitials(text: string, end: number): number {
  if (text.charCodeAt(end) !== 0x20) return end;
  const m = INITIALS_AFTER.exec(text.slice(end, end + 8));
  return m ? end + m[0].length : end;
}

/**
 * True for a character that can stand inside a run of name words (letters, apostrophes, hyphens, initials' full
 * stops, spaces): /[\p{L}\p{M}'’.\- \u00A0]/u tested on one code unit.
 */
function isRunChar(unit: number): boolean {
  return unit === 0x20 || unit === DOT || unit === 0x2d || unit === 0x27 || unit === 0x2019 || unit === 0xa0 || (classOfUnit(unit) & (LETTER | MARK)) !== 0;
}
/** How far from the window to look for a break before falling back to the line's ends. */
const BREAK_REACH = 300;

/**
 * A position at or before `pos` where no run of name words can continue across: just after a break character, or
 * else at the start of a plain lower-case word (below). Without the second kind, a long line of prose without
 * commas or digits fell back to its start, and every window of it re-read the line from there: a 50 MB single
 * line cost O(windows × length) in the incremental engine.
 */
function runBreakBefore(text: string, pos: number): number {
  const stop = Math.max(0, pos - BREAK_REACH);
  for (let i = pos - 1; i >= stop; i--) if (!isRunChar(text.charCodeAt(i))) return i + 1;
  if (stop === 0) return 0;
  // Only letters, spaces and the like from `stop` to `pos`: the nearest plain lower-case word, else the line's start.
  for (let i = pos - 1; i >= 0; i--) {
    if (text[i] === '\n') return i + 1;
    if (isRunGap(text, i)) return i + 1;
  }
  return 0;
}

/**
 * True when `text[i]` is a space and a plain lower-case word follows it up to the next space: letters only, no
 * name word at its start (so no particle). No name word lies inside it (a name word starts after a non-letter and
 * never holds a space) and two name words around it are more than a space apart, so they never join into one run:
 * a scan starting at `i + 1` sees the same words and runs from there on as a scan from the line's start.
 */
function isRunGap(text: string, i: number): boolean {
  if (text[i] !== ' ' && text[i] !== '\u00A0') return false;
  let j = i + 1;
  while (j < text.length && (classOfUnit(text.charCodeAt(j)) & LOWER) !== 0) j++;
  if (j === i + 1 || (text[j] !== ' ' && text[j] !== '\u00A0')) return false;
  return !nameWordStartsAt(text, i + 1);
}

/** A position at or after `pos` where every run of name words has ended. */
function runBreakAfter(text: string, pos: number): number {
  const stop = Math.min(text.length, pos + BREAK_REACH);
  for (let i = pos; i < stop; i++) if (!isRunChar(text.charCodeAt(i))) return i;
  if (stop === text.length) return stop;
  const nl = text.indexOf('\n', pos);
  return nl < 0 ? text.length : nl;
}

/** True when the gap between the previous name word and `start` keeps them in one name: one space (or `. ` after an initial). */
function joins(text: string, prev: Token, start: number): boolean {
  const gap = start - prev.end;
  if (gap === 1) {
    const c = text.charCodeAt(prev.end);
    return c === 0x20 || c === 0xa0;
  }
  return gap === 0 && prev.initial;
}

/** Splits a run at words that are no name parts and scores each stretch. */
function scoreRun(ctx: ScanContext, run: Token[], out: Finding[]): void {
  // "VON HOLSTEIN, Mette", "de la Cruz, Anna": a surname opened by particles, in surname-first order (cheap test first:
  // the run ends at a comma).
  if (ctx.text.charCodeAt(run[run.length - 1]!.end) === 0x2c) {
    const f = particleSurnameFirst(ctx, run);
    if (f) {
      out.push(f);
      return;
    }
  }
  let part: Token[] = [];
  for (let i = 0; i < run.length; i++) {
    const t = run[i]!;
    const before = i > 0 ? run[i - 1] : undefined; // (no read before the array's start: a slow path in V8)
    if (before && before.text.endsWith('s') && !((before.info.kind === Kind.First || before.info.kind === Kind.Surname) && !before.info.possessive) && WHOLE_STREET_WORD.test(t.text)) {
      // Aksel Møllers Have, Kirstens Bakke: a possessive before a street word names a street, not a person
      part = [];
      continue;
    }
    if (t.info.kind === Kind.NotName && isSurnameAfterFirstName(ctx.text, run, i)) {
      part.push({ ...t, info: { kind: Kind.Surname, ambiguous: true, surname: true, possessive: undefined, stop: undefined } });
      continue;
    }
    if (t.info.kind === Kind.NotName && part.length > 0 && t.text.length >= 4 && isUpperCaseSurnameAfterName(part, t)) {
      part.push({ ...t, info: UNKNOWN_WORD });
      continue;
    }
    if (t.info.kind === Kind.NotName) {
      // A name right before an eponym context word (Parkinsons sygdom) or a street word (Peter Bangs Vej) is no person.
      if (part.length > 0 && !(t.info.stop === 'street' || STREET_WORD.test(t.text) || t.info.stop === 'institution')) flushPart(ctx, part, out, t);
      part = [];
      continue;
    }
    part.push(t);
  }
  flushPart(ctx, part, out, undefined);
}

const PARTICLE_SURNAME_REASON: Reason = { rule: 'name.particleSurnameFirst', text: 'particles and a surname, a comma and first names (surname first)' };
/** Lower-case particles that are also Danish words (de = they, den, der, da, du): at a run's start only after a break. */
const DANISH_WORD_PARTICLES = new Set(['de', 'den', 'der', 'da', 'du']);

/**
 * "VON HOLSTEIN, Mette", "DE LA CRUZ, Anna", "de la Cruz, Anna": particles, one or two surname words, a comma and
 * first names from the lists. An upper-case word in no list reads as an acronym elsewhere; the particles before it
 * and the listed first names after the comma make it a surname. The particles may be upper case, capitalised or
 * lower case; a lower-case particle that is also a Danish word (de, den, der) opens such a name only at a line's
 * start or after a delimiter, a label or a field (`… og de Hansen, Mette` is prose).
 */
function particleSurnameFirst(ctx: ScanContext, run: Token[]): Finding | undefined {
  const text = ctx.text;
  let p = 0;
  while (p < run.length && isParticleWord(run[p]!.text)) p++;
  const surnameWords = run.length - p;
  if (surnameWords < 1 || surnameWords > 2) return undefined;
  // Without particles, a label or a name field says it for an upper-case surname in no list ("Navn: KUKO, Naja", a
  // Navn column holding "KUKO, Naja"); other words there take the paths of the lists (surnameFirstEnd).
  if (p === 0) {
    const w = run[0]!.text;
    // (A listed surname that is also a street or common word, `Gade, Josephine`, is read as a word elsewhere too.)
    if (surnameWords !== 1 || w.length < 2 || (run[0]!.info.kind !== Kind.NotName && !isUpperCaseWord(w))) return undefined;
    if (!(fieldOf(ctx, run[0]!.start) !== undefined || (nameCueBefore(text, run[0]!.start)?.strong ?? false))) return undefined;
  }
  for (let i = p; i < run.length; i++) {
    const w = run[i]!;
    if (w.initial || w.particle || w.text.length < 2) return undefined;
    // Read as a name would be written (HOLSTEIN as Holstein): an acronym test must not decide it.
    const title = w.text[0]! + w.text.slice(1).toLowerCase();
    const info = classify(title);
    if (info.kind === Kind.NotName && !surnames().has(w.text.toUpperCase())) return undefined;
  }
  const start = run[0]!.start;
  const first = run[0]!.text;
  if (p === 1 && DANISH_WORD_PARTICLES.has(first) && run.length > 1) {
    const atBreak = start === 0 || text[start - 1] === '\n' || opensAfterDelimiter(text, start) || nameCueBefore(text, start) !== undefined;
    if (!atBreak) return undefined;
  }
  const end = run[run.length - 1]!.end;
  const m = FIRST_NAMES_AFTER.exec(text.slice(end, end + 80));
  if (!m || !m[1]!.split(' ').every((w) => classify(w).kind === Kind.First)) return undefined;
  const nameEnd = withInitials(text, end + 2 + m[1]!.length);
  if (/^ \p{Lu}/u.test(text.slice(nameEnd, nameEnd + 2))) return undefined;
  return { type: 'name', start, end: nameEnd, confidence: NAME_CONFIDENCE.firstAndSurname, reasons: [PARTICLE_SURNAME_REASON] };
}

/** True when the word has no lower-case letter (its second letter is read first: most words fail there). */
function isUpperCaseWord(word: string): boolean {
  for (let i = word.length > 1 ? 1 : 0, n = 0; n < word.length; n++, i = (i + 1) % word.length) {
    if ((classOfUnit(word.charCodeAt(i)) & LOWER) !== 0) return false;
  }
  return true;
}

/** A particle as a word of its own in any case: von, VON, Von. */
function isParticleWord(word: string): boolean {
  if (word.length < 2 || word.length > 4) return false;
  const lower = word.toLowerCase();
  if (!NAME_PARTICLES.has(lower)) return false;
  return word === lower || word === word.toUpperCase() || word.slice(1) === lower.slice(1);
}

const UNKNOWN_WORD: WordInfo = { kind: Kind.Unknown, ambiguous: false, surname: undefined, possessive: undefined, stop: undefined };

/**
 * An upper-case word in no list right after an upper-case first name (NUKAPPIAALUK KUKO, METTE OKONKWO on a
 * scanned card): read as an acronym alone, but after a name word it is a surname the lists lack, when written in
 * lower case it would be a word in no list (not an ordinary word, a medicine, a town).
 */
function isUpperCaseSurnameAfterName(part: Token[], t: Token): boolean {
  if (t.text.length < 4 || part.length === 0) return false;
  const prev = part[part.length - 1]!;
  if (prev.info.kind !== Kind.First || prev.info.ambiguous || !isUpperCaseWord(t.text) || !isUpperCaseWord(prev.text)) return false;
  return classify(t.text[0]! + t.text.slice(1).toLowerCase()).kind === Kind.Unknown;
}

/**
 * A listed surname that is also a street or common word (Gade, Vester, Slot, From), right after a name word that is
 * no possessive (Sofie Gade, Søren Gade Karlsen, Viktor Kragh Gade), and with no house number after it
 * (Sankt Hans Gade 3, Kaj Munks Vej 2 stay streets): a surname.
 */
function isSurnameAfterFirstName(text: string, run: Token[], i: number): boolean {
  const prev = i > 0 ? run[i - 1] : undefined;
  if (!prev || !isNamePart(prev) || prev.info.possessive || prev.initial || prev.particle) return false;
  if (i >= 2 && run[i - 2]!.info.kind === Kind.NotName) return false;
  const t = run[i]!;
  if (!surnames().has(t.text.toUpperCase())) return false;
  return !/^[ \u00A0]*\d{1,4}(?!\d)/u.test(text.slice(t.end, t.end + 6));
}

/** The addressee rule as a weak cue: an organisation stands there too, so a known name word must be among the words. */
const ADDRESSEE_CUE: NameCue = { word: 'addressee', strong: false, title: false, salutation: false };
const ADDRESSEE_REASON: Reason = { rule: 'name.addressee', text: 'alone on the line above a postal address (a letter\'s addressee)', weight: NAME_CONFIDENCE.cueBonus };

function flushPart(ctx: ScanContext, tokens: Token[], out: Finding[], stopper: Token | undefined): void {
  // Trim particles and initials from the ends: a name starts and ends with a real word.
  let a = 0, b = tokens.length;
  while (a < b && (tokens[a]!.particle)) a++;
  while (b > a && (tokens[b - 1]!.particle || tokens[b - 1]!.initial)) b--;
  if (a >= b) return;
  let words = tokens.slice(a, b);
  // A word run straight into a full stop and a letter is an abbreviation (Pers.nr., Afd.sygepl.), not a name.
  const lastEnd = words[words.length - 1]!.end;
  if (ctx.text.charCodeAt(lastEnd) === DOT && lastEnd + 1 < ctx.text.length && (classOfUnit(ctx.text.charCodeAt(lastEnd + 1)) & LETTER) !== 0) words = words.slice(0, -1);
  if (!words.length) return;
  if (stopper && stopper.info.stop === 'eponym') return;
  while (words.length > MAX_NAME_WORDS) words = words.slice(words.length - MAX_NAME_WORDS);

  let start = words[0]!.start;
  let cue = nameCueBefore(ctx.text, start);
  let field = fieldOf(ctx, start);
  // A surname that opens with particles (hr. van der Berg, efternavn `de Vries`): the cue or field stands before them.
  const lead = a > 0 && words[0] === tokens[a] ? tokens[0]!.start : start;
  if (lead < start && cue === undefined && field === undefined) {
    cue = nameCueBefore(ctx.text, lead);
    field = fieldOf(ctx, lead);
    if (cue !== undefined || field !== undefined) start = lead;
  }
  // A letter's addressee: the name alone on the line above a postal address. A signature: the name before its
  // profession (", overlæge", "⏎Praktiserende læge").
  const end = words[words.length - 1]!.end;
  const addressee = cue === undefined && field === undefined && isAddresseeAbove(ctx.text, start, end);
  if (addressee) cue = ADDRESSEE_CUE;
  const profession = cue === undefined && field === undefined ? professionAfter(ctx.text, end) : undefined;
  if (profession) cue = profession;
  // A lone word with no context and no comma after it is no name, whatever it is (a judgement needs context or a
  // second word, "Surname, First" a comma): the commonest case, decided before the eponym checks and the judgement.
  if (words.length === 1 && cue === undefined && field === undefined && ctx.text.charCodeAt(end) !== 0x2c) return;
  // A word followed by an eponym context word (Crohns sygdom) is a disease, even when it is also a name.
  // So is a possessive name followed by a medical term (Pfeiffers kirtelfeber, Wegeners granulomatose).
  const after = nextWordAfter(ctx.text, end);
  if (after && (EPONYM_CONTEXT.test(after) || (words[words.length - 1]!.text.endsWith('s') && startsLowerCase(after) && isMedicalWord(after)))) return;
  // (Only the last word can be such an eponym: tested first for a lower-case word after it, the cheap part.)
  if (after && startsLowerCase(after) && SURNAME_EPONYMS.has(words[words.length - 1]!.text.toUpperCase().replace(/S$/u, '')) && isMedicalWord(after)) return;
  const f = judge(words, cue, field) ?? surnameFirstWithoutCue(ctx.text, words);
  if (!f) {
    // "Navn: Okonkwo, Mette", "Navn: de Vries, Mads": a surname in no list, after a label or in a name field, before
    // first names from the lists.
    const nameEnd = words.length === 1 && (field !== undefined || (cue?.strong ?? false)) ? surnameFirstEnd(ctx.text, words[0]!.start, words[0]!.end, true) : undefined;
    if (nameEnd === undefined) return;
    const context = field !== undefined ? reason('context.field', "in the field '{0}'", field.slice(0, 40)) : reason('context.word', "after '{0}'", cue!.word.slice(0, 40));
    out.push({ type: 'name', start, end: nameEnd, confidence: NAME_CONFIDENCE.firstAndSurname, reasons: [SURNAME_FIRST_REASON, withWeight(context, NAME_CONFIDENCE.cueBonus)] });
    return;
  }
  if (addressee) f.reasons = f.reasons.map((r) => (r.rule === 'context.word' ? ADDRESSEE_REASON : r));
  if (profession) f.reasons = f.reasons.map((r) => (r.rule === 'context.word' ? withWeight(reason('context.word', "before '{0}'", profession.word.slice(0, 40)), NAME_CONFIDENCE.cueBonus) : r));
  const { confidence, reasons, from } = f;
  const s = from === 0 ? start : words[from]!.start;
  const e = words[words.length - 1]!.end;
  if (confidence < (ctx.options.minConfidence ?? 0.5)) return;
  out.push({ type: 'name', start: s, end: e, confidence: Math.round(confidence * 100) / 100, reasons });
}

function isMedicalWord(word: string): boolean {
  const lower = word.toLowerCase();
  const terms = medicalTerms();
  return terms.has(lower) || (lower.length > 5 && (terms.has(lower.replace(/(?:en|et|er|erne|ne|e)$/u, '')) || /(?:itis|ose|om|syndrom|sygdom|feber|tumor|sarkom|cancer)$/u.test(lower)));
}

/** The word after one space (or no-break space) at `end`: what /^[ \u00A0]([\p{L}]+)/u captures in the next 30 characters. */
function nextWordAfter(text: string, end: number): string | undefined {
  const c = text.charCodeAt(end);
  if (c !== 0x20 && c !== 0xa0) return undefined;
  const limit = Math.min(text.length, end + 30);
  let j = end + 1;
  while (j < limit) {
    const u = text.charCodeAt(j);
    if (u >= 0xd800 && u <= 0xdbff && j + 1 < limit) {
      // A letter beyond U+FFFF counts when both its halves lie within the 30 characters.
      const cp = text.codePointAt(j)!;
      if (cp > 0xffff && (classOfCodePoint(cp) & LETTER) !== 0) {
        j += 2;
        continue;
      }
    }
    if ((classOfUnit(u) & LETTER) === 0) break;
    j++;
  }
  return j > end + 1 ? text.slice(end + 1, j) : undefined;
}

/** /^\p{Ll}/u: the word's first letter (a code point) is lower-case. */
function startsLowerCase(word: string): boolean {
  return word.length > 0 && (classOfCodePoint(word.codePointAt(0)!) & LOWER) !== 0;
}

function fieldOf(ctx: ScanContext, start: number): string | undefined {
  // Only look for a field when the value opens right after a quote, a delimiter or `:`/`=` (cheap test first).
  const text = ctx.text;
  if (!opensAfterDelimiter(text, start)) {
    // At a line start only in delimited text (the first CSV column).
    if (start > 0 && text[start - 1] !== '\n') return undefined;
    if (!/[;,\t|]/u.test(text.slice(start, lineEndWithin(text, start, 200)))) return undefined;
  }
  const field = fieldNameNear(ctx, start);
  return field !== undefined && isNameField(field) ? field : undefined;
}

/**
 * /["'`;,\t|:=(>^]\s*$/u on the three characters before `start`: a delimiter, then only white space. Read backwards:
 * white space is skipped, the first other character decides (a tab is both, and a delimiter).
 */
function opensAfterDelimiter(text: string, start: number): boolean {
  for (let i = start - 1; i >= Math.max(0, start - 3); i--) {
    const c = text.charCodeAt(i);
    if (DELIMITERS.has(c)) return true;
    if ((classOfUnit(c) & SPACE) === 0) return false;
  }
  return false;
}
const DELIMITERS = new Set([...'"\'`;,\t|:=(>^'].map((ch) => ch.charCodeAt(0)));

const isNamePart = (t: Token): boolean => t.info.kind === Kind.First || t.info.kind === Kind.Surname || t.info.kind === Kind.SurnameLike;

// Predicates on words, as functions of their own (not closures made per call).
const isSurnameWord = (t: Token): boolean => t.info.kind === Kind.Surname || t.info.kind === Kind.SurnameLike || t.info.surname === true;
const isFirstName = (t: Token): boolean => t.info.kind === Kind.First;
/** A name part that is no ordinary word, or a surname, or a first name that is also a surname. */
const isClearNamePart = (t: Token): boolean => isNamePart(t) && (!t.info.ambiguous || t.info.kind !== Kind.First || t.info.surname === true);
const isAmbiguous = (t: Token): boolean => t.info.ambiguous;
const isClearFirstName = (t: Token): boolean => t.info.kind === Kind.First && !t.info.ambiguous;
const isFullWord = (t: Token): boolean => !t.initial && !t.particle;
const isUnknownWord = (t: Token): boolean => t.info.kind === Kind.Unknown;

/** How many of words[from…] are words of their own (no initial, no particle). */
function countFullWords(words: Token[], from: number): number {
  let n = 0;
  for (let i = from; i < words.length; i++) if (!words[i]!.initial && !words[i]!.particle) n++;
  return n;
}

interface Judgement { confidence: number; reasons: Reason[]; from: number }

/** Decides whether the words are a name and how sure we are; a weak cue that does not help is ignored. */
function judge(words: Token[], cue: NameCue | undefined, field: string | undefined): Judgement | undefined {
  return judgeWith(words, cue, field) ?? (cue && !cue.strong && field === undefined ? judgeWith(words, undefined, undefined) : undefined);
}

/** A word written in capitals (two letters or more): METTE, ANY — not Mette, not an initial. */
function inCapitals(t: Token): boolean {
  return t.text.length > 1 && t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase();
}

function judgeWith(words: Token[], cue: NameCue | undefined, field: string | undefined): Judgement | undefined {
  const context = field !== undefined || cue !== undefined;
  let from = 0;
  // Without context a name starts with a first name: drop leading unknown words (Bispebjerg Anne Jensen is rare;
  // "Indlæggelse Anne" is not).
  if (!context) {
    while (from < words.length && words[from]!.info.kind !== Kind.First) from++;
    if (from >= words.length) return initialsAndSurname(words) ?? unknownAndSurname(words);
    // Without context only a first name with a further word can be a name (below): a lone word is none, the
    // commonest case, decided before building anything.
    if (countFullWords(words, from) < 2) return undefined;
  }
  const reasons: Reason[] = [];
  const body: Token[] = [];
  for (let i = from; i < words.length; i++) if (!words[i]!.initial && !words[i]!.particle) body.push(words[i]!);
  const first = body[0]!;
  const rest = body.slice(1);
  let confidence: number;

  if (body.length >= 2 && first.info.kind === Kind.First) {
    const hasSurname = rest.some(isSurnameWord);
    const allFirst = rest.every(isFirstName);
    if (hasSurname) {
      confidence = NAME_CONFIDENCE.firstAndSurname;
      reasons.push({ rule: 'name.firstAndSurname', text: 'a first name followed by a surname (name statistics)' });
    } else if (allFirst) {
      confidence = NAME_CONFIDENCE.twoFirstNames;
      reasons.push({ rule: 'name.firstNames', text: 'first names from the name statistics' });
    } else {
      // a first name followed by a word found in no list (a surname of another origin, or a rare one)
      const last = body[body.length - 1]!;
      if (last.info.kind !== Kind.Unknown && last.info.kind !== Kind.First) return undefined;
      // Kim, Hans, Per: also words; a second, unambiguous first name after it makes the run a name (Kim Jesper …)
      if (first.info.ambiguous && !context && !rest.some(isClearFirstName)) return undefined;
      // In capitals without a cue an unlisted word is as likely a word or an acronym: a licence's shouted disclaimer
      // (ANY WARRANTY, BE LIABLE, ARE DISCLAIMED) is no name. A listed surname (METTE HANSEN) still makes one.
      if (!context && body.every(inCapitals)) return undefined;
      confidence = NAME_CONFIDENCE.firstAndUnknown;
      reasons.push({ rule: 'name.firstAndUnknown', text: 'a first name followed by a capitalised word found in no word list' });
    }
    if (first.info.ambiguous && !context) {
      // Helle, Bo, May: needs a clear surname after it
      // Helle, Bo, May, Aksel: also words, so the name needs a known surname or a further unambiguous name part
      if (!rest.some(isClearNamePart)) return undefined;
      confidence -= NAME_CONFIDENCE.ambiguousFirstPenalty;
    }
  } else if (context) {
    // With a label, a title or a name field: any name-like words (a lone surname after "hr.", a foreign name)
    const strong = field !== undefined || (cue?.strong ?? false);
    if (body.length === 1) {
      // After a weak cue (til, ved, kontakte) only an unambiguous first name stands alone
      if (!strong && !(first.info.kind === Kind.First && !first.info.ambiguous)) return undefined;
      // Kære Jensen, Dear Smith: a listed surname alone after a salutation is a name, but not one that is also an
      // ordinary word (Kære Fisker, Kære Smed, Kære Bager), which the salutation alone cannot tell from the word. A
      // first name that is also a word (Kære Sten, Kære Bo) stays a name: greetings by first name are the common case.
      if (cue?.salutation && first.info.kind !== Kind.First && first.info.ambiguous) return undefined;
      if (isNamePart(first)) {
        confidence = strong ? NAME_CONFIDENCE.singleWithCue : NAME_CONFIDENCE.singleWithCue - 0.12;
        reasons.push({ rule: 'name.single', text: first.info.kind === Kind.First ? 'a first name after a name cue' : 'a surname after a name cue' });
      } else if (cue?.title && first.info.kind === Kind.Unknown) {
        // hr. Demirci, fru Rahmanzai: a title makes an unlisted word a surname
        confidence = NAME_CONFIDENCE.singleWithCue;
        reasons.push({ rule: 'name.single', text: 'a surname after a name cue' });
      } else {
        // Only a field that is clearly a person's (patient_name, efternavn), not a bare `name` of anything
        if (field === undefined || GENERIC_NAME_FIELD.test(field)) return undefined;
        confidence = NAME_CONFIDENCE.unknownWithCue;
        reasons.push({ rule: 'name.unknown', text: 'a capitalised word in a name field' });
      }
    } else {
      const known = body.filter(isNamePart).length;
      if (known === 0 && !strong) return undefined;
      if (known === 0 && cue === undefined && field !== undefined && GENERIC_NAME_FIELD.test(field)) return undefined;
      if (known === 0 && body.some(isAmbiguous)) return undefined;
      confidence = known > 0 ? NAME_CONFIDENCE.firstAndUnknown + 0.06 : NAME_CONFIDENCE.unknownWithCue;
      reasons.push({ rule: 'name.withCue', text: known > 0 ? 'name words after a name cue' : 'capitalised words found in no word list, after a name cue' });
    }
  } else {
    return undefined;
  }
  if (field !== undefined) {
    confidence += NAME_CONFIDENCE.fieldBonus;
    reasons.push(withWeight(reason('context.field', "in the field '{0}'", field.slice(0, 40)), NAME_CONFIDENCE.fieldBonus));
  } else if (cue) {
    confidence += NAME_CONFIDENCE.cueBonus;
    reasons.push(withWeight(reason('context.word', "after '{0}'", cue.word.slice(0, 40)), NAME_CONFIDENCE.cueBonus));
  }
  return { confidence: Math.min(0.97, confidence), reasons, from };
}

/**
 * A first name in no list followed by a known surname (Fadumo Jensen, Ayaan Hussein): two words, the first
 * capitalised and no Danish word, the second a surname from the lists that is no ordinary word.
 */
function unknownAndSurname(words: Token[]): Judgement | undefined {
  if (words.length < 2) return undefined; // (fewer than two words in body below)
  const body = words.filter(isFullWord);
  if (body.length < 2 || body.length > 4) return undefined;
  const first = body[0]!;
  const last = body[body.length - 1]!;
  if (first.info.kind !== Kind.Unknown || first.text.length < 3 || first.text === first.text.toUpperCase()) return undefined;
  if (last.info.kind !== Kind.Surname || last.info.ambiguous) return undefined;
  if (body.slice(1, -1).some(isUnknownWord)) return undefined;
  return {
    confidence: NAME_CONFIDENCE.firstAndUnknown - 0.04,
    reasons: [{ rule: 'name.unknownAndSurname', text: 'a capitalised word found in no word list followed by a surname (name statistics)' }],
    from: words.indexOf(first),
  };
}

/** Initials before a known surname (H.C. Hansen, A. Nielsen): the initials and the surname. */
function initialsAndSurname(words: Token[]): Judgement | undefined {
  for (let i = 0; i + 1 < words.length; i++) {
    if (!words[i]!.initial) continue;
    let j = i;
    while (j < words.length && words[j]!.initial) j++;
    const surname = words[j];
    if (surname && surname.info.kind === Kind.Surname && !surname.info.ambiguous && j === words.length - 1) {
      return {
        confidence: NAME_CONFIDENCE.firstAndUnknown,
        reasons: [{ rule: 'name.initials', text: 'initials followed by a surname (name statistics)' }],
        from: i,
      };
    }
    i = j - 1;
  }
  return undefined;
}
