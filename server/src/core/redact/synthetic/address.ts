// Synthetic addresses: a street from the street-name sample, a house number of the same length, a floor and
// side where the original has them, and a real postal code with its own town; separators and line breaks stay.
import { POSTAL_TOWNS, STREET_NAMES } from '../data/danishLists';
import { KeyedStream, matchCase } from '../keyedStream';
import type { SyntheticContext } from '../types';
import { markedCandidate } from '../ownMark';

const HOUSE = /(?<![\p{L}\p{N}])(\d{1,4})(\s?[A-Za-z](?![\p{L}]))?/u;
const FLOOR_SIDE = /(?<![\p{N}])(\d{1,2})(\.\s*)(th|tv|mf|sal)\b\.?/iu;
const POSTAL = /(?<![\p{N}])(\d{4})(\s+)(\p{L}[\p{L}.-]*(?:\s+\p{L}[\p{L}.-]*)*)/u;

function sameLengthNumber(rng: KeyedStream, digits: number): string {
  const min = digits === 1 ? 1 : 10 ** (digits - 1);
  return String(min + rng.int(10 ** digits - min));
}

/** A synthetic address carrying the keyed mark (../ownMark.ts), so Skjold does not report it again. */
export function syntheticAddress(value: string, ctx: SyntheticContext): string | undefined {
  return markedCandidate(ctx.key, 'address', (attempt) => syntheticAddressAttempt(value, ctx, attempt));
}

function syntheticAddressAttempt(value: string, ctx: SyntheticContext, attempt: number): string | undefined {
  const rng = new KeyedStream(ctx.key, 'synthetic:address', value.replace(/\s+/g, ' ').trim().toLowerCase() + (attempt ? `#${attempt}` : ''));
  let out = '';
  let rest = value;
  let changed = false;

  // Postal code and town first (they may stand alone, or after the street on the next line).
  const postal = POSTAL.exec(rest);
  let tail = '';
  if (postal) {
    const [code, town] = splitPostal(rng.pickOther(POSTAL_TOWNS, `${postal[1]} ${postal[3]}`));
    tail = code + postal[2] + matchCase(town, postal[3]!) + rest.slice(postal.index + postal[0].length);
    rest = rest.slice(0, postal.index);
    changed = true;
  }

  const house = HOUSE.exec(rest);
  if (house && /\p{L}/u.test(rest.slice(0, house.index))) {
    const street = rest.slice(0, house.index);
    const name = street.trimEnd();
    out += matchCase(rng.pickOther(STREET_NAMES, name), name) + street.slice(name.length);
    out += sameLengthNumber(rng, house[1]!.length);
    if (house[2]) {
      const letter = rng.pick([...'ABCDEF']);
      out += house[2].slice(0, -1) + (house[2].slice(-1) === house[2].slice(-1).toLowerCase() ? letter.toLowerCase() : letter);
    }
    rest = rest.slice(house.index + house[0].length);
    const fs = FLOOR_SIDE.exec(rest);
    if (fs) {
      const side = fs[3]!.toLowerCase() === 'sal' ? fs[3]! : matchCase(rng.pick(['th', 'tv', 'mf']), fs[3]!);
      rest = rest.slice(0, fs.index) + String(1 + rng.int(5)) + fs[2] + side + fs[0].slice(fs[1]!.length + fs[2]!.length + fs[3]!.length) + rest.slice(fs.index + fs[0].length);
    }
    changed = true;
  }
  if (!changed) return undefined;
  return out + rest + tail;
}

function splitPostal(entry: string): [string, string] {
  return [entry.slice(0, 4), entry.slice(5)];
}

const STREETS = new Set(STREET_NAMES.map((n) => n.toLowerCase()));
const TOWNS = new Set(POSTAL_TOWNS.map((n) => n.toLowerCase()));

/** True when the street (and the postal code with its town, if written) come from the shipped lists, as ours do. */
export function looksLikeOwnAddress(value: string): boolean {
  const house = HOUSE.exec(value);
  if (!house || !STREETS.has(value.slice(0, house.index).trim().toLowerCase())) return false;
  const postal = POSTAL.exec(value.slice(house.index + house[0].length));
  return !postal || TOWNS.has(`${postal[1]} ${postal[3]}`.toLowerCase());
}
