// The shipped word lists as Sets, each built on first use so the server starts fast and a text without a
// capitalised word never pays for them. Sources and licences: THIRD_PARTY_NOTICES.md.
import { lazySet } from './packedList';
import { FIRST_NAMES_PACKED } from './generated/firstNames';
import { SURNAMES_PACKED } from './generated/surnames';
import { NAMES_ALSO_WORDS_PACKED } from './generated/namesAlsoWords';
import { COMMON_WORDS_PACKED } from './generated/commonWords';
import { MEDICAL_TERMS_PACKED } from './generated/medicalTerms';
import { STREET_NAMES_PACKED } from './generated/streetNames';
import { POSTAL_CODES_PACKED } from './generated/postalCodes';

/** Danish first names, upper case (Danmarks Statistik). */
export const firstNames = lazySet(() => FIRST_NAMES_PACKED);
/** Danish surnames, upper case (Danmarks Statistik). */
export const surnames = lazySet(() => SURNAMES_PACKED);
/** Names (upper case) that are also ordinary Danish words: Helle, Bo, Lund, Holm. */
export const namesAlsoWords = lazySet(() => NAMES_ALSO_WORDS_PACKED);
/** Lower-case Danish word stems of up to nine letters that are no name. */
export const commonWords = lazySet(() => COMMON_WORDS_PACKED);
/** Lower-case medical key words (diseases, anatomy, drugs). */
export const medicalTerms = lazySet(() => MEDICAL_TERMS_PACKED);
/** Lower-case street names that do not end like a street (Algade, Torvet ...). */
export const streetNames = lazySet(() => STREET_NAMES_PACKED);

let postal: Map<string, string[]> | undefined;
/** Postal code → its towns, as written ("2200" → ["København N"]). */
export function postalTowns(): ReadonlyMap<string, readonly string[]> {
  if (!postal) {
    postal = new Map();
    for (const entry of lazySet(() => POSTAL_CODES_PACKED)()) {
      const code = entry.slice(0, 4);
      const town = entry.slice(5);
      const towns = postal.get(code);
      if (towns) towns.push(town); else postal.set(code, [town]);
    }
  }
  return postal;
}

let townWords: Set<string> | undefined;
/** Every word of every town name, upper case (LYNGBY, KONGENS, AARHUS). */
export function townWordSet(): ReadonlySet<string> {
  if (!townWords) {
    townWords = new Set();
    for (const towns of postalTowns().values()) for (const t of towns) for (const w of t.split(/[\s-]+/)) if (w.length > 1) townWords.add(w.toUpperCase());
  }
  return townWords;
}

const STEM_ENDINGS = ['erne', 'ene', 'ens', 'ets', 'ers', 'en', 'et', 'er', 'ne', 'e', 'n', 's', 't', 'r'];

/** True when the lower-case word, or its stem, is a common Danish word or a medical term. */
export function isCommonWord(lower: string): boolean {
  const words = commonWords();
  const medical = medicalTerms();
  if (words.has(lower) || medical.has(lower)) return true;
  for (const end of STEM_ENDINGS) {
    if (lower.length - end.length >= 3 && lower.endsWith(end)) {
      const stem = lower.slice(0, -end.length);
      if (words.has(stem) || medical.has(stem)) return true;
    }
  }
  return false;
}
