// Synthetic names: the same shape (how many first names, initials, hyphens, "Surname, First" order, case),
// Danish-looking names from ../data/danishLists.ts, the same gender where the first name tells it. Each name
// part is keyed on its own, so "Jens Hansen" and later "Hr. Hansen" keep the same surname.
// A name of two or more words also carries the keyed own-value mark (../ownMark.ts) on its whole: the first
// names are redrawn, the surname kept, until the name carries it. Skjold then shows it as its own (a Hint), and
// a one-word mention of one of its words close by ("Hr. Hansen") with it (../ownFindings.ts).
import { FEMALE_FIRST_NAMES, FEMALE_FIRST_NAMES_MORE, MALE_FIRST_NAMES, MALE_FIRST_NAMES_MORE, SURNAMES } from '../data/danishLists';
import { KeyedStream, matchCase } from '../keyedStream';
import { hasOwnMark } from '../ownMark';
import type { SyntheticContext } from '../types';
import { classifyWord, WordKind } from '../../name/nameWords';

/**
 * Bits of the whole-name mark. About 4,000 first names per gender can be drawn, so 9 bits leave ~8 marked
 * choices per surname (a name is written unmarked with probability ~e^-8); a real two-word name carries the mark
 * by chance with probability 1/512 where the key is known, and is then shown as a Hint, never hidden.
 */
export const NAME_MARK_BITS = 9;
const NAME_WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

const FEMALE = new Set([...FEMALE_FIRST_NAMES, ...FEMALE_FIRST_NAMES_MORE].map((n) => n.toLowerCase()));
const MALE = new Set([...MALE_FIRST_NAMES, ...MALE_FIRST_NAMES_MORE].map((n) => n.toLowerCase()));
/** The common first names only: a lone word is a first name only if it is one of these (many surnames, e.g. Berg, are also rare first names). */
const COMMON_FIRST = new Set([...FEMALE_FIRST_NAMES, ...MALE_FIRST_NAMES].map((n) => n.toLowerCase()));
/** Words inside a name span that are not part of the name and stay as written. */
const KEEP = new Set(['hr', 'fru', 'frk', 'dr', 'læge', 'prof', 'mr', 'mrs', 'ms', 'miss', 'sir', 'von', 'van', 'de', 'la', 'af', 'der', 'den']);

type Gender = 'female' | 'male';

export function genderOf(firstName: string): Gender | undefined {
  const n = firstName.toLowerCase();
  const f = FEMALE.has(n), m = MALE.has(n);
  return f === m ? undefined : f ? 'female' : 'male';
}

interface Part {
  start: number;
  end: number;
  text: string;
}

const pools = new Map<Gender, readonly string[]>();

/**
 * First names to redraw from for the mark: only those the name detector reads as plain first names (not also an
 * ordinary word), so the synthetic name is found again with the same span and its mark is seen.
 */
function markPool(gender: Gender): readonly string[] {
  let pool = pools.get(gender);
  if (!pool) {
    const all = gender === 'female' ? [...FEMALE_FIRST_NAMES, ...FEMALE_FIRST_NAMES_MORE] : [...MALE_FIRST_NAMES, ...MALE_FIRST_NAMES_MORE];
    pool = all.filter((n) => {
      const info = classifyWord(n);
      return info.kind === WordKind.First && !info.ambiguous && !info.surname;
    });
    pools.set(gender, pool);
  }
  return pool;
}

/**
 * The words that carry a name's identity, lower case: not titles and particles (KEEP), not initials. The mark is
 * computed over these, so "Hr. Peter Olsen" and "Peter Olsen" are the same name.
 */
export function nameCore(value: string): string[] {
  const out: string[] = [];
  for (const m of value.matchAll(NAME_WORD)) {
    const w = m[0].toLowerCase();
    if (isCoreNameWord(w)) out.push(w);
  }
  return out;
}

/** A lower-case word counts towards nameCore(): two or more letters, not a title or particle. */
export function isCoreNameWord(lower: string): boolean {
  return lower.length > 1 && !KEEP.has(lower);
}

/** True for a name of two or more core words carrying the whole-name mark under `key`. */
export function hasOwnNameMark(key: string, value: string): boolean {
  const core = nameCore(value);
  return core.length >= 2 && hasOwnMark(key, 'name', core.join(' '), NAME_MARK_BITS);
}

export function syntheticName(value: string, ctx: SyntheticContext): string | undefined {
  const parts: Part[] = [...value.matchAll(NAME_WORD)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0] }));
  const words = parts.filter((p) => !KEEP.has(p.text.toLowerCase()));
  if (!words.length) return undefined;
  const comma = value.indexOf(',');
  let isSurname: (p: Part) => boolean;
  if (comma >= 0) isSurname = (p) => p.start < comma; // "Hansen, Jens"
  else if (words.length === 1) isSurname = (p) => p.text.length > 1 && !COMMON_FIRST.has(p.text.toLowerCase()); // a lone word: a first name if the common lists know it
  else {
    // The last word and any word hyphen-joined to it: "Jens Hansen-Berg"
    let firstSurname = words.length - 1;
    while (firstSurname > 1 && value.slice(words[firstSurname - 1]!.end, words[firstSurname]!.start) === '-') firstSurname--;
    const surnames = new Set(words.slice(firstSurname));
    isSurname = (p) => surnames.has(p);
  }
  const firstNames = words.filter((p) => !isSurname(p) && p.text.length > 1);
  const fromFirst = firstNames.length ? genderOf(firstNames[0]!.text) : undefined;
  const gender: Gender = fromFirst ?? (new KeyedStream(ctx.key, 'synthetic:name:gender', value.toLowerCase()).int(2) ? 'male' : 'female');
  const list = gender === 'female' ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES;

  const chosen = new Map<Part, string>(words.map((p) => [p, replacement(p.text, isSurname(p), gender, list, ctx)]));
  const render = (): string => {
    let out = '';
    let at = 0;
    for (const p of words) {
      out += value.slice(at, p.start) + chosen.get(p)!;
      at = p.end;
    }
    return out + value.slice(at);
  };
  const base = render();
  if (!firstNames.length || nameCore(base).length < 2 || hasOwnNameMark(ctx.key, base)) return base;
  // Redraw the first names (a keyed walk through the wider pool; the surnames stay) until the name is marked.
  const pool = markPool(gender);
  const rng = new KeyedStream(ctx.key, 'synthetic:name:marked', value.toLowerCase());
  const offsets = firstNames.map(() => rng.int(pool.length));
  for (let k = 0; k < pool.length; k++) {
    firstNames.forEach((p, j) => {
      const pick = pool[(offsets[j]! + k * (j + 1)) % pool.length]!;
      chosen.set(p, matchCase(pick, p.text));
    });
    if (firstNames.some((p) => chosen.get(p)!.toLowerCase() === p.text.toLowerCase())) continue;
    const candidate = render();
    if (hasOwnNameMark(ctx.key, candidate)) return candidate;
  }
  return base;
}

function replacement(word: string, surname: boolean, gender: Gender, firstNames: readonly string[], ctx: SyntheticContext): string {
  const lower = word.toLowerCase();
  if (word.length === 1) {
    // An initial: a keyed initial of the same case.
    const rng = new KeyedStream(ctx.key, 'synthetic:name:initial', lower);
    const c = rng.pick([...'ABCDEFGHIJKLMNOPRSTUV'].filter((x) => x !== word.toUpperCase()));
    return word === word.toLowerCase() ? c.toLowerCase() : c;
  }
  const rng = new KeyedStream(ctx.key, surname ? 'synthetic:name:surname' : `synthetic:name:first:${gender}`, lower);
  return matchCase(rng.pickOther(surname ? SURNAMES : firstNames, word), word);
}
