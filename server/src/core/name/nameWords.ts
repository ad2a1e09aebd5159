// What one capitalised word can be: a first name, a surname, a word that is no name, or unknown.
import { firstNames, isCommonWord, namesAlsoWords, surnames, townWordSet } from '../data/wordLists';
import { STREET_SUFFIX } from '../address/streetSuffix';
import { AMBIGUOUS_WORDS, EPONYMS, INSTITUTION_ENDING, MEDICINES, NON_NAME_WORDS, OTHER_ORIGIN_SURNAMES } from './nameLexicon';

export const enum WordKind {
  /** A first name (Danmarks Statistik). */
  First,
  /** A surname (Danmarks Statistik or common among residents of other origins). */
  Surname,
  /** Unknown, but shaped like a surname (-sen, -gaard, -ski, -ović ...). */
  SurnameLike,
  /** Unknown capitalised word that is no Danish word either: possibly a name of another origin. */
  Unknown,
  /** An ordinary word, a medical term or medicine, a town, an institution, a title: ends a name. */
  NotName,
}

export interface WordInfo {
  kind: WordKind;
  /** Also an ordinary word (Helle, Bo, Lund, May): a name only in company of other name parts. */
  ambiguous: boolean;
  /** Also in a surname list (Møller, Bach, Hussein are first names and surnames). */
  surname?: boolean;
  /** A possessive of a name (Jensens, Kirstens). */
  possessive?: boolean;
  /** Why it is no name, for NotName. */
  stop?: 'eponym' | 'street' | 'institution' | 'other';
}

const SURNAME_SHAPE = /(?:sen|søn|ssøn|gaard|gård|strup|drup|trup|rup|bøl|bæk|holm|lund|berg|borg|skov|toft|feldt|kjær|kær|mann|stedt|sted|høj|vig|ager|dal|by|ski|ska|cki|cka|wicz|czyk|czak|ović|ovic|ević|evic|ić|enko|chuk|yuk|oglu|oğlu|yan|ian|zadeh|pour|poor|ova|eva|ov|ev|escu|ides|opoulos|akis|son|sson|ström|strom|qvist|kvist|gren)$/iu;

/** Particles that open a hyphenated surname: al-Hassan, El-Khatib, Abu-Bakr. */
export const PARTICLE_PREFIX = /^(?:al|el|ul|ad|as|ar|an|bin|ibn|abu|ben|bint)$/iu;

/** Endings of Danish adjectives and abstract nouns; no name ends so. */
const DANISH_WORD_ENDING = /(?:isk|iske|lig|lige|ligt|ende|endes|else|elsen|ning|ningen|ninger|hed|heden|tion|tionen|ologi|skab|skabet|dom|dommen|ment|mentet|tet|iteten|ære|eret|erede|ering|eringen|øse|ørt|ørte)$/u;

const cache = new Map<string, WordInfo>();

/** Classifies one word as written (may hold hyphens: Holm-Jensen, Anne-Marie, Guillain-Barré). */
export function classifyWord(word: string): WordInfo {
  let info = cache.get(word);
  if (!info) {
    // One object shape for every answer (the detector reads these fields on every word; mixed shapes make each
    // read a slow lookup).
    const i = classifyUncached(word);
    info = { kind: i.kind, ambiguous: i.ambiguous, surname: i.surname, possessive: i.possessive, stop: i.stop };
    if (cache.size > 20000) cache.clear();
    cache.set(word, info);
  }
  return info;
}

function classifyUncached(word: string): WordInfo {
  if (word.includes('-')) {
    const parts = word.split('-');
    // Al-Sayed, El-Khatib, Abu-Bakr: an Arabic article or particle joined by a hyphen
    if (parts.length === 2 && PARTICLE_PREFIX.test(parts[0]!) && /^\p{Lu}/u.test(parts[1]!)) return { kind: WordKind.Surname, ambiguous: false };
    if (parts.some((p) => !p || !/^\p{Lu}/u.test(p))) {
      // al-Hassan, el-Khatib: a particle joined by a hyphen
      return { kind: WordKind.NotName, ambiguous: false, stop: 'other' };
    }
    const infos = parts.map(classifySingle);
    if (infos.some((i) => i.stop === 'eponym')) return { kind: WordKind.NotName, ambiguous: false, stop: 'eponym' };
    if (infos.every((i) => i.kind <= WordKind.SurnameLike)) {
      const last = infos[infos.length - 1]!;
      const kind = parts.length > 1 && last.kind === WordKind.First && infos[0]!.kind === WordKind.First ? WordKind.First : last.kind === WordKind.First ? WordKind.Surname : last.kind;
      return { kind, ambiguous: false };
    }
    // Gade-Thygesen, Holm-Skov: a part that is a street or common word but also a listed surname joins a surname.
    const surnamePart = (i: WordInfo, k: number): boolean => i.kind === WordKind.Surname || i.kind === WordKind.SurnameLike || (i.kind === WordKind.NotName && i.stop !== 'eponym' && surnames().has(parts[k]!.toUpperCase()));
    if (infos.every(surnamePart) && infos.some((i) => i.kind === WordKind.Surname || i.kind === WordKind.SurnameLike)) return { kind: WordKind.Surname, ambiguous: false };
    if (infos.some((i) => i.kind === WordKind.NotName)) return { kind: WordKind.NotName, ambiguous: false, stop: infos.find((i) => i.stop)?.stop ?? 'other' };
    // A double-barrelled surname with one listed part (Dalsgaard-Traoré, Vestergaard-Fernandes)
    if (infos.some((i) => i.kind === WordKind.Surname || i.surname)) return { kind: WordKind.Surname, ambiguous: false };
    return { kind: WordKind.Unknown, ambiguous: false };
  }
  return classifySingle(word);
}

function classifySingle(word: string): WordInfo {
  const upper = word.toUpperCase();
  const lower = word.toLowerCase();
  if (EPONYMS.has(upper) || (upper.endsWith('S') && EPONYMS.has(upper.slice(0, -1)))) return { kind: WordKind.NotName, ambiguous: false, stop: 'eponym' };
  // Churches, museums, hospitals: an institution even when the word is also a rare first name (Kirke)
  if (INSTITUTION_ENDING.test(word)) return { kind: WordKind.NotName, ambiguous: false, stop: 'institution' };
  if (NON_NAME_WORDS.has(upper) || MEDICINES.has(upper)) return { kind: WordKind.NotName, ambiguous: false, stop: 'other' };
  const ambiguous = namesAlsoWords().has(upper) || AMBIGUOUS_WORDS.has(upper);
  // The lists are written without some diacritics (AYSE for Ayşe): try the folded form too.
  const folded = upper.normalize('NFD').replace(/\p{M}/gu, '');
  const surname = surnames().has(upper) || OTHER_ORIGIN_SURNAMES.has(upper) || (folded !== upper && (surnames().has(folded) || OTHER_ORIGIN_SURNAMES.has(folded)));
  if (firstNames().has(upper) || (folded !== upper && firstNames().has(folded))) return { kind: WordKind.First, ambiguous, surname };
  if (surname) return { kind: WordKind.Surname, ambiguous, surname };
  // A possessive: Jensens, Annes (but not Parkinsons, caught above)
  if (upper.length > 3 && upper.endsWith('S')) {
    const base = upper.slice(0, -1);
    if (firstNames().has(base)) return { kind: WordKind.First, ambiguous: true, possessive: true };
    if (surnames().has(base) || OTHER_ORIGIN_SURNAMES.has(base)) return { kind: WordKind.Surname, ambiguous: true, possessive: true };
  }
  if (townWordSet().has(upper)) return { kind: WordKind.NotName, ambiguous: false, stop: 'other' };
  if (STREET_SUFFIX.test(lower) && !SURNAME_SHAPE.test(lower)) return { kind: WordKind.NotName, ambiguous: false, stop: 'street' };
  if (word.length < 2) return { kind: WordKind.NotName, ambiguous: false, stop: 'other' };
  if (isCommonWord(lower)) return { kind: WordKind.NotName, ambiguous: false, stop: 'other' };
  if (SURNAME_SHAPE.test(lower) && word.length >= 4) return { kind: WordKind.SurnameLike, ambiguous: false };
  // Long Danish words that the short dictionary list misses still have Danish word endings (Kardiologisk, Indlæggelse).
  if (DANISH_WORD_ENDING.test(lower)) return { kind: WordKind.NotName, ambiguous: false, stop: 'other' };
  // An all-capital unknown word is an acronym or a heading (CPR, EPIKRISE), not a foreign name.
  if (word.length > 1 && upper === word) return { kind: WordKind.NotName, ambiguous: false, stop: 'other' };
  return { kind: WordKind.Unknown, ambiguous: false };
}
