// Generalisation hierarchies for quasi-identifiers: each kind of column has levels from fine to coarse
// (birth date → year → 5-year band → 10-year band; postal code → region; diagnosis → 3-character
// category → ICD-10 chapter; dates → month → year). A value that cannot be read at a level is kept as it is
// (it stays rare and is left to suppression), so a generalisation never invents data.
import { MUNICIPALITY_REGIONS, POSTAL_RANGES, REGIONS } from './postalRegions';

export type QiKind = 'birthdate' | 'age' | 'sex' | 'postal' | 'municipality' | 'diagnosis' | 'date' | 'nationality' | 'other';

export type GeneralisationLevel = 'year' | 'band5' | 'band10' | 'month' | 'region' | 'category' | 'chapter';

/** Levels available per kind, finest first. Applying a level replaces the value; levels do not stack. */
export const HIERARCHIES: Readonly<Record<QiKind, readonly GeneralisationLevel[]>> = {
  birthdate: ['year', 'band5', 'band10'],
  age: ['band5', 'band10'],
  date: ['month', 'year'],
  postal: ['region'],
  municipality: ['region'],
  diagnosis: ['category', 'chapter'],
  sex: [],
  nationality: [],
  other: [],
};

/** Words for action titles and reports: "Generalise 'fødselsdato' to 5-year bands". */
export const LEVEL_LABELS: Readonly<Record<GeneralisationLevel, string>> = {
  year: 'year',
  band5: '5-year bands',
  band10: '10-year bands',
  month: 'month',
  region: 'region',
  category: '3-character ICD-10 category',
  chapter: 'ICD-10 chapter',
};

export interface SimpleDate { year: number; month: number; day: number }

/** Reads the date formats of Danish exports: 1980-01-31 (with or without a time), 31-01-1980, 31.01.1980, 31/01/1980, 19800131. */
export function parseDate(value: string): SimpleDate | undefined {
  const v = value.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/.exec(v);
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:$|\s)/.exec(v);
  if (m) return valid(+m[3]!, +m[2]!, +m[1]!);
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!);
  return undefined;
}

function valid(year: number, month: number, day: number): SimpleDate | undefined {
  return year >= 1800 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { year, month, day } : undefined;
}

function band(n: number, width: number): string {
  const lo = Math.floor(n / width) * width;
  return `${lo}-${lo + width - 1}`;
}

/** Postal code → region name, or undefined for a code not in the table. */
export function postalRegion(value: string): string | undefined {
  const m = /^\s*(?:DK-?)?(\d{4})\s*$/i.exec(value);
  if (!m) return undefined;
  const code = Number(m[1]);
  let lo = 0, hi = POSTAL_RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [from, to, region] = POSTAL_RANGES[mid]!;
    if (code < from) hi = mid - 1;
    else if (code > to) lo = mid + 1;
    else return REGIONS[region];
  }
  return undefined;
}

export function municipalityRegion(value: string): string | undefined {
  const v = value.trim().toLowerCase();
  const i = MUNICIPALITY_REGIONS[v] ?? MUNICIPALITY_REGIONS[`${v} kommune`];
  return i === undefined ? undefined : REGIONS[i];
}

/** An ICD-10 code as letter + two digits (+ rest), from ICD-10 (C50.9, C509) or SKS (DC509) notation. */
export function parseDiagnosis(value: string): { letter: string; number: number; rest: string } | undefined {
  let v = value.trim().toUpperCase();
  // SKS diagnosis codes prefix the ICD-10 code with D: DC509. A bare ICD code in chapter III starts with D + digit.
  if (/^D[A-Z]\d\d/.test(v)) v = v.slice(1);
  const m = /^([A-Z])(\d\d)\.?([0-9A-Z]*)$/.exec(v);
  return m ? { letter: m[1]!, number: Number(m[2]), rest: m[3]! } : undefined;
}

/** ICD-10 (WHO 2019) chapters: [roman numeral, first code, last code]. */
const ICD10_CHAPTERS: readonly [string, string, string][] = [
  ['I', 'A00', 'B99'], ['II', 'C00', 'D48'], ['III', 'D50', 'D89'], ['IV', 'E00', 'E90'], ['V', 'F00', 'F99'],
  ['VI', 'G00', 'G99'], ['VII', 'H00', 'H59'], ['VIII', 'H60', 'H95'], ['IX', 'I00', 'I99'], ['X', 'J00', 'J99'],
  ['XI', 'K00', 'K93'], ['XII', 'L00', 'L99'], ['XIII', 'M00', 'M99'], ['XIV', 'N00', 'N99'], ['XV', 'O00', 'O99'],
  ['XVI', 'P00', 'P96'], ['XVII', 'Q00', 'Q99'], ['XVIII', 'R00', 'R99'], ['XIX', 'S00', 'T98'], ['XX', 'V01', 'Y98'],
  ['XXI', 'Z00', 'Z99'], ['XXII', 'U00', 'U99'],
];

export function icd10Chapter(value: string): string | undefined {
  const d = parseDiagnosis(value);
  if (!d) return undefined;
  const code = `${d.letter}${String(d.number).padStart(2, '0')}`;
  for (const [roman, from, to] of ICD10_CHAPTERS) if (code >= from && code <= to) return `ICD-10 chapter ${roman} (${from}-${to})`;
  return undefined;
}

/** The value at a generalisation level, or the value unchanged when it cannot be read that way. */
export function generaliseValue(value: string, kind: QiKind, level: GeneralisationLevel): string {
  const v = value.trim();
  if (v === '') return value;
  switch (level) {
    case 'year': case 'band5': case 'band10': case 'month': {
      if (kind === 'age') {
        const n = Number(v.replace(',', '.'));
        if (!Number.isFinite(n) || n < 0 || n > 150) return value;
        return level === 'band10' ? band(Math.floor(n), 10) : band(Math.floor(n), 5);
      }
      // A bare year (a birth-year column) can still become a band.
      const d = parseDate(v) ?? (/^\d{4}$/.test(v) && level !== 'month' ? { year: Number(v), month: 1, day: 1 } : undefined);
      if (!d) return value;
      if (level === 'month') return `${d.year}-${String(d.month).padStart(2, '0')}`;
      if (level === 'year') return String(d.year);
      return band(d.year, level === 'band5' ? 5 : 10);
    }
    case 'region':
      return (kind === 'municipality' ? municipalityRegion(v) : postalRegion(v)) ?? value;
    case 'category': {
      const d = parseDiagnosis(v);
      return d ? `${d.letter}${String(d.number).padStart(2, '0')}` : value;
    }
    case 'chapter':
      return icd10Chapter(v) ?? value;
  }
}
