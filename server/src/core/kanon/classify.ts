// Which columns of a table are direct identifiers, quasi-identifiers and sensitive attributes. Header names
// decide first (Danish and English spellings); sample cells decide for columns the header does not explain
// (the detector core's `detect()` for CPR numbers, names, addresses, phone numbers and e-mail; value shapes
// for sex, diagnosis codes and dates). The user's corrections (header directive, settings) apply last.
import { detect } from '../detect';
import type { IdentifierType } from '../types';
import { parseDate, parseDiagnosis, type QiKind } from './generalise';
import type { KanonConfig, QuasiIdentifier, SensitiveAttribute } from './analyse';

export type ColumnRole = 'direct' | 'quasi' | 'sensitive' | 'other';

export interface ColumnClass {
  index: number;
  name: string;
  role: ColumnRole;
  /** For quasi-identifiers: what kind of value, which decides the generalisations on offer. */
  kind: QiKind;
  /** For direct identifiers: what the column holds. */
  identifier?: IdentifierType;
  /** Why: 'header', 'values', 'directive' or 'settings'. */
  source: 'header' | 'values' | 'directive' | 'settings' | 'default';
}

/** Corrections by the user; names match column headers case-insensitively. `qi` replaces the automatic choice. */
export interface ClassificationOverrides {
  qi?: readonly string[];
  sensitive?: readonly string[];
  direct?: readonly string[];
  ignore?: readonly string[];
}

export interface Classification {
  columns: ColumnClass[];
  qis: QuasiIdentifier[];
  sensitive: SensitiveAttribute[];
  direct: ColumnClass[];
  /** Names in the overrides that match no column (for a usage error or a diagnostic). */
  unknownNames: string[];
}

/** Lower case without spaces, underscores, dashes or dots: "Fødsels_dato" → "fødselsdato". */
export function normaliseHeader(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_.\-/()]+/g, '');
}

type Rule = { test: RegExp; role: ColumnRole; kind?: QiKind; identifier?: IdentifierType };

/** First matching rule wins, so more specific names (bynavn, operationsdato) come before general ones. */
const HEADER_RULES: readonly Rule[] = [
  { test: /cpr|personnummer|personnr|^ssn$|socialsecurity/, role: 'direct', identifier: 'cpr' },
  { test: /fødselsdato|foedselsdato|fodselsdato|fødselsår|foedselsaar|fodselsar|birthdate|dateofbirth|birthyear|yearofbirth|^dob$|^fdato$|^født$|^foedt$|birthday/, role: 'quasi', kind: 'birthdate' },
  { test: /postnr|postnummer|postalcode|postcode|^zip/, role: 'quasi', kind: 'postal' },
  { test: /kommune|municipality|^bynavn$|^by$|^city$|^town$/, role: 'quasi', kind: 'municipality' },
  { test: /adresse|address|vejnavn|gadenavn|^street|husnr|husnummer/, role: 'direct', identifier: 'address' },
  { test: /e?mail|epost/, role: 'direct', identifier: 'email' },
  { test: /telefon|^tlf|phone|^mobil/, role: 'direct', identifier: 'phone' },
  { test: /^(navn|name|fornavn|efternavn|mellemnavn|fuldtnavn|fulltnavn|fullname|firstname|lastname|surname|givenname|patientnavn|patientname|kontaktperson|pårørende)$/, role: 'direct', identifier: 'name' },
  { test: /^(alder|age|alderår|alderaar|ageyears|aldervedindlæggelse)$/, role: 'quasi', kind: 'age' },
  { test: /^(køn|koen|kon|sex|gender|kønkode)$/, role: 'quasi', kind: 'sex' },
  { test: /indlæg|indlaeg|indlagt|udskriv|udskrev|admission|admitted|discharge|kontaktdato|besøgsdato|dødsdato|doedsdato|deathdate|dateofdeath|operationsdato|diagnosedato/, role: 'quasi', kind: 'date' },
  { test: /diagnos|^icd|^dx$/, role: 'quasi', kind: 'diagnosis' },
  { test: /nationalit|statsborger|citizenship|herkomst|oprindelsesland|countryofbirth|fødeland|foedeland/, role: 'quasi', kind: 'nationality' },
  { test: /behandling|treatment|procedur|medicin|medication|ordination|operation|lægemiddel|laegemiddel|^atc|kirurgi|surgery|therapy|terapi/, role: 'sensitive' },
];

const SEX_VALUES = new Set(['m', 'k', 'f', 'mand', 'kvinde', 'male', 'female', 'man', 'woman', 'dreng', 'pige', 'han', 'hun']);
const DIRECT_TYPES: ReadonlySet<IdentifierType> = new Set(['cpr', 'name', 'address', 'phone', 'email']);

/** Classifies by header names and up to the first 200 data rows. */
export function classifyColumns(header: readonly string[], samples: readonly (readonly string[])[], overrides: ClassificationOverrides = {}, source: 'directive' | 'settings' = 'settings'): Classification {
  const sample = samples.slice(0, 200);
  const columns: ColumnClass[] = header.map((name, index) => classifyOne(name, index, sample));
  const unknownNames: string[] = [];
  const find = (names: readonly string[] | undefined): ColumnClass[] => {
    const out: ColumnClass[] = [];
    for (const n of names ?? []) {
      const c = columns.find((col) => col.name.trim().toLowerCase() === n.trim().toLowerCase()) ?? columns.find((col) => normaliseHeader(col.name) === normaliseHeader(n));
      if (c) out.push(c);
      else unknownNames.push(n);
    }
    return out;
  };
  for (const c of find(overrides.ignore)) Object.assign(c, { role: 'other', source });
  for (const c of find(overrides.direct)) Object.assign(c, { role: 'direct', source });
  if (overrides.qi) {
    const chosen = new Set(find(overrides.qi));
    for (const c of columns) {
      if (chosen.has(c)) {
        // A CPR column named as a QI stands for the birth date and sex it reveals.
        if (c.role !== 'direct' || c.identifier !== 'cpr') Object.assign(c, { role: 'quasi', source });
      } else if (c.role === 'quasi') Object.assign(c, { role: 'other', source });
    }
    for (const c of columns) if (c.role === 'direct' && c.identifier === 'cpr' && !chosen.has(c)) c.source = source;
  }
  for (const c of find(overrides.sensitive)) Object.assign(c, { role: 'sensitive', source });

  const qis: QuasiIdentifier[] = [];
  for (const c of columns) {
    if (c.role === 'quasi') qis.push({ name: c.name, column: c.index, kind: c.kind });
    else if (c.role === 'direct' && c.identifier === 'cpr' && looksLikeCprColumn(c.index, sample)) {
      // Without a qi list, or with this column in it, the CPR number's birth date and sex are quasi-identifiers.
      const listed = !overrides.qi || overrides.qi.some((n) => normaliseHeader(n) === normaliseHeader(c.name));
      if (listed) {
        qis.push({ name: `${c.name} (birth date)`, column: c.index, kind: 'birthdate', derive: 'cpr-birthdate' });
        qis.push({ name: `${c.name} (sex)`, column: c.index, kind: 'sex', derive: 'cpr-sex' });
      }
    }
  }
  const sensitive = columns.filter((c) => c.role === 'sensitive').map((c) => ({ name: c.name, column: c.index }));
  return { columns, qis, sensitive, direct: columns.filter((c) => c.role === 'direct'), unknownNames };
}

export function toConfig(c: Classification, k: number): KanonConfig {
  return { qis: c.qis, sensitive: c.sensitive, k };
}

function classifyOne(name: string, index: number, sample: readonly (readonly string[])[]): ColumnClass {
  const h = normaliseHeader(name);
  const cells = sample.map((row) => (row[index] ?? '').trim()).filter((v) => v !== '');
  for (const r of HEADER_RULES) {
    if (!r.test.test(h)) continue;
    // Diagnosis codes (DC509, J45.9) are quasi-identifiers; diagnoses in words ("astma") are sensitive attributes.
    if (r.kind === 'diagnosis' && cells.length && cells.filter((v) => parseDiagnosis(v)).length / cells.length < 0.5) {
      return { index, name, role: 'sensitive', kind: 'other', source: 'header' };
    }
    return { index, name, role: r.role, kind: r.kind ?? 'other', identifier: r.identifier, source: 'header' };
  }
  const byValues = classifyByValues(name, h, cells);
  return byValues ? { index, name, ...byValues, source: 'values' } : { index, name, role: 'other', kind: 'other', source: 'default' };
}

function classifyByValues(name: string, h: string, cells: string[]): Pick<ColumnClass, 'role' | 'kind' | 'identifier'> | undefined {
  if (cells.length === 0) return undefined;
  const share = (pred: (v: string) => boolean) => cells.filter(pred).length / cells.length;
  // The detector core sees each cell under its header, as it would in a `name: value` line.
  const types = new Map<IdentifierType, number>();
  for (const cell of cells.slice(0, 50)) {
    const text = `${name}: ${cell}`;
    const offset = name.length + 2;
    for (const f of detect(text, { languageId: 'plaintext' })) {
      if (DIRECT_TYPES.has(f.type) && f.start >= offset && f.end - f.start >= cell.length * 0.6) {
        types.set(f.type, (types.get(f.type) ?? 0) + 1);
        break;
      }
    }
  }
  const checked = Math.min(cells.length, 50);
  for (const [type, n] of [...types].sort((a, b) => b[1] - a[1])) if (n / checked >= 0.5) return { role: 'direct', kind: 'other', identifier: type };
  if (cells.length >= 2 && share((v) => SEX_VALUES.has(v.toLowerCase())) === 1) return { role: 'quasi', kind: 'sex' };
  if (share((v) => /^D?[A-Z]\d\d/i.test(v) && parseDiagnosis(v) !== undefined) >= 0.8) return { role: 'quasi', kind: 'diagnosis' };
  if (/dato|date/.test(h) && share((v) => parseDate(v) !== undefined) >= 0.8) return { role: 'quasi', kind: 'date' };
  return undefined;
}

function looksLikeCprColumn(index: number, sample: readonly (readonly string[])[]): boolean {
  const cells = sample.map((row) => (row[index] ?? '').replace(/[\s-]/g, '')).filter((v) => v !== '');
  return cells.length > 0 && cells.filter((v) => /^\d{10}$/.test(v)).length / cells.length >= 0.5;
}
