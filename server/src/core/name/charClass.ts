// Unicode classes of single characters for the name detector's hand-written scans, looked up in a table instead of
// testing a \p{…} regex per character. Each entry is computed once, on first use, by the very regex it replaces,
// so a table lookup answers exactly what that regex answers for the same string.

/**
 * The class bits. Hot loops copy them into module constants (`const { LETTER } = CHAR_CLASS`): the tsx runner of
 * the tests and benches reads every imported binding through a getter call.
 */
export const CHAR_CLASS = {
  /** Letter (\p{L}). */
  LETTER: 1,
  /** Upper-case letter (\p{Lu}). */
  UPPER: 2,
  /** Mark (\p{M}): combining accents. */
  MARK: 4,
  /** Number (\p{N}). */
  NUMBER: 8,
  /** Lower-case letter (\p{Ll}). */
  LOWER: 16,
  /** White space (\s). */
  SPACE: 32,
} as const;
const { LETTER, UPPER, MARK, NUMBER, LOWER, SPACE } = CHAR_CLASS;
const KNOWN = 128;

function classify(s: string): number {
  return KNOWN
    | (/^\p{L}$/u.test(s) ? LETTER : 0)
    | (/^\p{Lu}$/u.test(s) ? UPPER : 0)
    | (/^\p{M}$/u.test(s) ? MARK : 0)
    | (/^\p{N}$/u.test(s) ? NUMBER : 0)
    | (/^\p{Ll}$/u.test(s) ? LOWER : 0)
    | (/^\s$/u.test(s) ? SPACE : 0);
}

/**
 * The classes of each UTF-16 code unit read alone, as `/\p{L}/u.test(text[i])` reads it (a surrogate alone is no
 * letter, mark or number); 0 where not yet known. Hot loops read it directly and call unitClass on a 0.
 */
export const UNIT_CLASSES = new Uint8Array(0x10000);
const astral = new Map<number, number>();

/** The classes of one UTF-16 code unit read alone (filling its table entry on first use). */
export function unitClass(unit: number): number {
  const c = UNIT_CLASSES[unit]!;
  if (c !== 0) return c;
  return (UNIT_CLASSES[unit] = classify(String.fromCharCode(unit)));
}

/** The classes of one code point (a letter beyond U+FFFF, like 𝐀, is a letter to a /u regex). */
export function codePointClass(cp: number): number {
  if (cp < 0x10000) return unitClass(cp);
  let c = astral.get(cp);
  if (c === undefined) astral.set(cp, (c = classify(String.fromCodePoint(cp))));
  return c;
}

export const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
export const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;
