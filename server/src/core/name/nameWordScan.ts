// Finds the name detector's words (a capitalised word, or a lower-case particle) by reading characters, in place
// of a global \p{…} regex with a lookbehind that the engine tried at every position of every text (the most
// expensive single step of detection). NAME_WORD below is that regex: it states what a name word is, and the
// property test in test/unit/core/nameWordScan.test.ts holds the scanner to it.
import { CHAR_CLASS, codePointClass, UNIT_CLASSES, unitClass } from './charClass';
import { NAME_PARTICLES } from './nameLexicon';

// Module copies of imported bindings, read on every character (see CHAR_CLASS).
const { LETTER, MARK, NUMBER, UPPER } = CHAR_CLASS;
const UNITS = UNIT_CLASSES;
const fillUnit = unitClass;
const astralClass = codePointClass;

/**
 * A name part: a capitalised word (letters, apostrophes, hyphen-joined parts; al-Hassan with an Arabic article), or
 * a lower-case particle (van, de, bin). The definition the scanner follows.
 */
export const NAME_WORD = /(?<![\p{L}\p{M}\p{N}-])(?:(?:(?:al|el|ul|abu|bin|ibn|ben|bint)-)?\p{Lu}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*(?:-\p{L}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*)*|(?:van|von|de|der|den|da|di|du|la|le|al|el|bin|ibn|abu|ter|ten|dos|das|del)(?![\p{L}\p{M}\p{N}'’-]))/gu;

/** Packs a lower-case ASCII word of up to four letters into a number, for allocation-free set lookups. */
function pack(text: string, from: number, to: number): number {
  let key = 0;
  for (let k = from; k < to; k++) key = key * 128 + text.charCodeAt(k);
  return key;
}
function packWord(w: string): number {
  return pack(w, 0, w.length);
}

/** The articles of NAME_WORD's first alternative (al-Hassan). */
const ARTICLES = ['al', 'el', 'ul', 'abu', 'bin', 'ibn', 'ben', 'bint'];
/** The articles, packed. */
const PREFIXES = new Set(ARTICLES.map(packWord));
/** The particles of NAME_WORD's second alternative (van, de; the same list as NAME_PARTICLES), packed. */
const PARTICLES = new Set([...NAME_PARTICLES].map(packWord));
/** The longest article or particle. */
const LONGEST_LOWER = 4;

/**
 * The first two letters of every article and particle, as (first << 7 | second): a word starting with any other
 * pair of lower-case ASCII letters (most words) is none of them, and each of them has at least two letters.
 */
const LOWER_PAIRS = new Uint8Array(128 * 128);
for (const w of [...ARTICLES, ...NAME_PARTICLES]) {
  LOWER_PAIRS[(w.charCodeAt(0) << 7) | w.charCodeAt(1)] = 1;
}

const HYPHEN = 0x2d;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
/** Classes before a word that the lookbehind (?<![\p{L}\p{M}\p{N}-]) rules out (the hyphen is tested apart). */
const WORDY = LETTER | MARK | NUMBER;

/**
 * Where a capitalised word can start: A-Z, À-Þ, and everything from U+0100 on (which holds every other upper-case
 * letter, and the surrogates of those beyond U+FFFF). A plain regex without \p{…}, /u or a lookbehind, so the
 * engine skips quickly over the text between candidates; each candidate is then checked in full.
 */
const CAPITAL_CANDIDATE = /[A-Z\u00C0-\u00DE\u0100-\uffff]/g;

function isHigh(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}
function isLow(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
function isAsciiLower(unit: number): boolean {
  return unit >= 0x61 && unit <= 0x7a;
}

/** The code point starting at `i` (a surrogate without its partner stands for itself, as in a /u regex). */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (isHigh(c) && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (isLow(d)) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

function width(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

/** The classes of a code point (charClass's table, read here without a call). */
function classOf(cp: number): number {
  if (cp > 0xffff) return astralClass(cp);
  const k = UNITS[cp]!;
  return k !== 0 ? k : fillUnit(cp);
}

/** The classes of the code point at `i`; 0 past the end. */
function classAt(text: string, i: number): number {
  return i < text.length ? classOf(codePointAt(text, i)) : 0;
}

/** True when the code point ending right before `i` keeps a name word from starting at `i` (the lookbehind). */
function wordyBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c === HYPHEN) return true;
  if (isLow(c) && i >= 2 && isHigh(text.charCodeAt(i - 2))) return (classOf(codePointAt(text, i - 2)) & WORDY) !== 0;
  return (classOf(c) & WORDY) !== 0;
}

/**
 * End of a capitalised word whose capital is at `i`: letters and marks, each apostrophe or hyphen followed by a
 * letter continuing it. (The regex's quantifiers are greedy and nothing after them can fail, so the greedy reading
 * is its match: parts joined by ' ’ or - in any order.)
 */
function capitalisedEnd(text: string, i: number): number {
  const len = text.length;
  let j = i + width(codePointAt(text, i));
  for (;;) {
    while (j < len) {
      const c = text.charCodeAt(j);
      if (c < 128) {
        // ASCII: only A-Z and a-z are letters; no marks.
        if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) {
          j++;
          continue;
        }
        break;
      }
      const cp = codePointAt(text, j);
      if ((classOf(cp) & (LETTER | MARK)) === 0) break;
      j += width(cp);
    }
    const c = j < len ? text.charCodeAt(j) : -1;
    if ((c === APOSTROPHE || c === RIGHT_QUOTE || c === HYPHEN) && (classAt(text, j + 1) & LETTER) !== 0) {
      j += 1 + width(codePointAt(text, j + 1));
      continue;
    }
    return j;
  }
}

/**
 * End of the name word starting exactly at `i` (the lookbehind is the caller's), or -1: NAME_WORD's alternatives
 * in its order. A word starting with a lower-case ASCII letter can only be an article with a hyphen and a
 * capitalised word (al-Hassan) or a particle before no letter, mark, digit, apostrophe or hyphen (van): either way
 * the article or particle is the whole run of lower-case ASCII letters from `i` (what follows it is no such
 * letter), so the run is looked up instead of trying each alternative.
 */
export function nameWordEndAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (isAsciiLower(c)) {
    let k = i + 1;
    while (k < text.length && k - i <= LONGEST_LOWER && isAsciiLower(text.charCodeAt(k))) k++;
    if (k - i > LONGEST_LOWER) return -1;
    const key = pack(text, i, k);
    const after = k < text.length ? text.charCodeAt(k) : -1;
    if (after === HYPHEN && PREFIXES.has(key) && (classAt(text, k + 1) & UPPER) !== 0) return capitalisedEnd(text, k + 1);
    if (!PARTICLES.has(key) || after === APOSTROPHE || after === RIGHT_QUOTE || after === HYPHEN || (classAt(text, k) & WORDY) !== 0) return -1;
    return k;
  }
  return (classAt(text, i) & UPPER) !== 0 ? capitalisedEnd(text, i) : -1;
}

/** True when a name word starts exactly at `i` (NAME_WORD made sticky at `i`, lookbehind included). */
export function nameWordStartsAt(text: string, i: number): boolean {
  return !wordyBefore(text, i) && nameWordEndAt(text, i) >= 0;
}

/** End of the particle (van, de) that NAME_WORD matches exactly at `i`, lookbehind included; -1 for anything else. */
function particleEndAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  if (!isAsciiLower(c) || !isAsciiLower(d) || LOWER_PAIRS[(c << 7) | d] !== 1 || wordyBefore(text, i)) return -1;
  const end = nameWordEndAt(text, i);
  // An article runs on through its hyphen into a capitalised word (al-Hassan): only a match that ends on the
  // lower-case letters is a particle.
  return end >= 0 && end <= i + LONGEST_LOWER && isAsciiLower(text.charCodeAt(end - 1)) ? end : -1;
}

function isNameSpace(unit: number): boolean {
  return unit === 0x20 || unit === 0xa0;
}

/**
 * The name words of text[from, to) for the name detector, in order: each word as NAME_WORD.exec finds it with
 * lastIndex moved past the previous word (past an initial's full stop), for words starting before `to`.
 *
 * Leaves out particles that stand in no run with a capitalised word (every lower-case "de" and "da" of prose):
 * the detector joins words into runs by the gap between neighbours (one space or no-break space; after an initial
 * also none) and a run of
 * particles alone names nobody, so only particles that reach a capitalised word through such gaps matter. Leaving
 * a word out never joins its neighbours, since the gap between them then holds its letters. Capitalised words
 * are found through CAPITAL_CANDIDATE; particles by reading outwards from them.
 */
export class NameWordScanner {
  /** The current word: [start, end), end past the full stop of an initial. */
  start = -1;
  end = -1;
  /** A lower-case particle (van, de, al). */
  particle = false;
  /** A single capital before a full stop (K.) or before a space and a capital (K Jensen). */
  initial = false;
  /** Where the search goes on: the end of the previous word. */
  private at: number;
  /** Words found ahead (particles before a capitalised word, then the word): start, end, particle (1/0). */
  private readonly ahead: number[] = [];
  private aheadAt = 0;
  private aheadEnd = 0;
  private hasPrevious = false;

  constructor(private readonly text: string, from: number, private readonly to: number) {
    // Like a /u regex, a start between the halves of a surrogate pair starts at the pair.
    const between = from > 0 && from < text.length && isLow(text.charCodeAt(from)) && isHigh(text.charCodeAt(from - 1));
    this.at = between ? from - 1 : from;
  }

  /** Moves to the next word; false when there is none. */
  next(): boolean {
    if (this.aheadAt < this.aheadEnd) return this.takeAhead();
    if (this.hasPrevious && this.particleJoiningPrevious()) return true;
    return this.findCapitalised();
  }

  private takeAhead(): true {
    const q = this.ahead;
    const i = this.aheadAt;
    const start = q[i]!, end = q[i + 1]!, particle = q[i + 2] === 1;
    this.aheadAt += 3;
    return particle ? this.set(start, end, true, false) : this.setWord(start, end);
  }

  /** The next word when it is a particle right after the previous word (one space between; none after an initial). */
  private particleJoiningPrevious(): boolean {
    const text = this.text;
    const at = this.at;
    // The next word is the first match at or after `at`: at `at` itself (only after an initial's full stop can
    // one start there), else after a space at `at`.
    let end = this.initial ? particleEndAt(text, at) : -1;
    if (end >= 0) return at < this.to && this.set(at, end, true, false);
    if (!isNameSpace(text.charCodeAt(at))) return false;
    end = particleEndAt(text, at + 1);
    return end >= 0 && at + 1 < this.to && this.set(at + 1, end, true, false);
  }

  /** The next capitalised word, with the particles before it that join it; false when none starts before `to`. */
  private findCapitalised(): boolean {
    const text = this.text;
    const at = this.at;
    const re = CAPITAL_CANDIDATE;
    re.lastIndex = at;
    while (re.test(text)) {
      const p = re.lastIndex - 1;
      // An article and its hyphen (al-) start at most five characters before the capital.
      if (p >= this.to + LONGEST_LOWER + 1) break;
      const c = text.charCodeAt(p);
      if (isLow(c) && p > 0 && isHigh(text.charCodeAt(p - 1))) continue; // read with its first half
      if ((classAt(text, p) & UPPER) === 0) continue;
      let start = p;
      if (p > 0 && text.charCodeAt(p - 1) === HYPHEN) {
        // Only as the capital after an article (al-Hassan); otherwise the hyphen before it keeps a word from starting.
        let q = p - 1;
        while (q > 0 && p - 1 - q < LONGEST_LOWER + 1 && isAsciiLower(text.charCodeAt(q - 1))) q--;
        if (q < at || q === p - 1 || p - 1 - q > LONGEST_LOWER || !PREFIXES.has(pack(text, q, p - 1)) || wordyBefore(text, q)) continue;
        start = q;
      } else if (wordyBefore(text, p)) {
        continue;
      }
      if (start >= this.to) break;
      const end = capitalisedEnd(text, p);
      // Particles joined to it from before (von der Leyen), nearest first, then the word itself.
      const q = this.ahead;
      let n = 0;
      let s = start;
      while (s - 3 >= at && isNameSpace(text.charCodeAt(s - 1))) {
        let ps = s - 1;
        while (ps > at && s - 1 - ps < LONGEST_LOWER + 1 && isAsciiLower(text.charCodeAt(ps - 1))) ps--;
        if (particleEndAt(text, ps) !== s - 1) break;
        q[n++] = ps;
        q[n++] = s - 1;
        q[n++] = 1;
        s = ps;
      }
      if (n > 0) reverseTriples(q, n);
      q[n++] = start;
      q[n++] = end;
      q[n++] = 0;
      this.aheadAt = 0;
      this.aheadEnd = n;
      return this.takeAhead();
    }
    this.at = this.to;
    this.hasPrevious = false;
    return false;
  }

  /** A capitalised word: an initial when it is one capital before a full stop, or before a space and a capital. */
  private setWord(start: number, end: number): true {
    const text = this.text;
    if (end - start !== 1) return this.set(start, end, false, false);
    const next = text.charCodeAt(start + 1);
    if (next === 0x2e) return this.set(start, start + 2, false, true);
    return this.set(start, end, false, next === 0x20 && start + 2 < text.length && (classOf(text.charCodeAt(start + 2)) & UPPER) !== 0);
  }

  private set(start: number, end: number, particle: boolean, initial: boolean): true {
    this.start = start;
    this.end = end;
    this.particle = particle;
    this.initial = initial;
    this.at = end;
    this.hasPrevious = true;
    return true;
  }
}

/** Reverses the first n / 3 (start, end, flag) triples of a list in place. */
function reverseTriples(q: number[], n: number): void {
  for (let i = 0, j = n - 3; i < j; i += 3, j -= 3) {
    for (let k = 0; k < 3; k++) {
      const t = q[i + k]!;
      q[i + k] = q[j + k]!;
      q[j + k] = t;
    }
  }
}
