// Synthetic names: the same shape (how many first names, initials, hyphens, "Surname, First" order, case),
// Danish-looking names from ../data/danishLists.ts, the same gender where the first name tells it. Each name
// part is keyed on its own, so "Jens Hansen" and later "Hr. Hansen" keep the same surname.
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, SURNAMES } from '../data/danishLists';
import { KeyedStream, matchCase } from '../keyedStream';
import type { SyntheticContext } from '../types';

const FEMALE = new Set(FEMALE_FIRST_NAMES.map((n) => n.toLowerCase()));
const MALE = new Set(MALE_FIRST_NAMES.map((n) => n.toLowerCase()));
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

export function syntheticName(value: string, ctx: SyntheticContext): string | undefined {
  const parts: Part[] = [...value.matchAll(/\p{L}+(?:['’]\p{L}+)*/gu)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0] }));
  const words = parts.filter((p) => !KEEP.has(p.text.toLowerCase()));
  if (!words.length) return undefined;
  const comma = value.indexOf(',');
  let isSurname: (p: Part) => boolean;
  if (comma >= 0) isSurname = (p) => p.start < comma; // "Hansen, Jens"
  else if (words.length === 1) isSurname = (p) => p.text.length > 1 && !genderOf(p.text); // a lone word: a first name if the lists know it
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

  let out = '';
  let at = 0;
  for (const p of words) {
    out += value.slice(at, p.start);
    out += replacement(p.text, isSurname(p), gender, list, ctx);
    at = p.end;
  }
  return out + value.slice(at);
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
