// Context for names: words and labels just before a candidate that make it a person's name, and the field names of
// structured files (JSON keys, CSV headers, SQL columns) whose values are names.
import { CHAR_CLASS, unitClass } from './charClass';

/** Labels, titles and phrases that stand right before a name (only spaces, a colon, a comma or a full stop between). */
export const CUE_PHRASES: readonly string[] = [
  // labels
  'patient', 'patienten', 'patientens', 'patientnavn', 'patient navn', 'patientens navn', 'pt', 'navn', 'fulde navn', 'fornavn', 'efternavn',
  'name', 'full name', 'patient name', 'first name', 'last name', 're', 'vedr', 'vedrørende', 'ang', 'angående', 'pårørende', 'nærmeste pårørende',
  'kontaktperson', 'kontakt', 'ægtefælle', 'hustru', 'mand', 'kone', 'samlever', 'datter', 'søn', 'mor', 'far', 'bror', 'søster', 'barn',
  // relatives and others close to the patient, in the definite form of notes ("sønnen Lars", "datteren, Mette,")
  'sønnen', 'datteren', 'moderen', 'faderen', 'broderen', 'søsteren', 'hustruen', 'ægtefællen', 'samleveren', 'kæreste', 'kæresten',
  'svigersøn', 'svigersønnen', 'svigerdatter', 'svigerdatteren', 'barnebarn', 'barnebarnet', 'mormor', 'morfar', 'farmor', 'farfar',
  'moster', 'faster', 'morbror', 'farbror', 'plejemor', 'plejefar', 'nabo', 'naboen', 'veninde', 'veninden',
  'værge', 'relative', 'next of kin', 'spouse', 'contact', 'mother', 'father', 'daughter', 'son', 'wife', 'husband',
  'patientens datter', 'patientens søn', 'patientens mor', 'patientens far', 'patientens ægtefælle', 'patientens hustru', 'patientens mand',
  // titles and professions
  'hr', 'herr', 'fru', 'frk', 'dr', 'doktor', 'læge', 'lægen', 'egen læge', 'overlæge', 'reservelæge', '1. reservelæge', 'afdelingslæge',
  'speciallæge', 'praktiserende læge', 'sygeplejerske', 'spl', 'jordemoder', 'fysioterapeut', 'ergoterapeut', 'psykolog', 'sekretær',
  'socialrådgiver', 'professor', 'prof', 'mr', 'mrs', 'ms', 'miss', 'nurse', 'doctor', 'gp', 'physician', 'consultant',
  // phrases
  'samtale med', 'talt med', 'snakket med', 'ringet til', 'ringede til', 'kontakte', 'kontaktet', 'bor sammen med', 'gift med', 'sammen med',
  'henvist af', 'henvist af egen læge', 'henvist fra', 'dikteret af', 'skrevet af', 'journalført af', 'godkendt af', 'underskrevet af',
  'signeret af', 'udfyldt af', 'vurderet af', 'set af', 'tilset af', 'undersøgt af', 'ved', 'til', 'referred by', 'seen by', 'signed by',
  'written by', 'dictated by', 'reviewed by', 'att', 'attn', 'cc', 'fra', 'from', 'kære', 'dear', 'hej', 'hejsa', 'goddag', 'hi', 'hello',
  // municipal and laboratory forms, medication lists and notes (the person, the requester, the prescriber, the author)
  'borger', 'borgeren', 'rekvirent', 'rekvireret af', 'ordineret af', 'dokumenteret af', 'besvaret af', 'overleveret af',
  // greetings before a signature
  'mvh', 'med venlig hilsen', 'venlig hilsen', 'vh', 'hilsen', 'kh', 'kind regards', 'best regards', 'regards', 'sincerely', 'yours sincerely',
];
const CUES = new Set(CUE_PHRASES);
/** The last word of every cue: every phrase looked up below ends in the word right before the name. */
const CUE_LAST_WORDS = new Set(CUE_PHRASES.map((p) => p.slice(p.lastIndexOf(' ') + 1)));

/** Cues after which a lone first name or a lone surname is a name (weaker words like `til` and `ved` are excluded). */
const WEAK_CUES = new Set(['nabo', 'naboen', 'veninde', 'veninden', 'kæreste', 'kæresten', 'ved', 'til', 'mand', 'kone', 'barn', 'bror', 'søster', 'kontakt', 'contact', 'ang', 'angående', 'sammen med', 'kontakte', 'kontaktet', 'att', 'attn', 'cc', 'henvist fra', 'gift med', 'bor sammen med', 'fra', 'from', 'set af', 'vurderet af', 'tilset af', 'undersøgt af', 'godkendt af', 'udfyldt af', 'hilsen', 'kh', 'vh', 'regards',
  // a department requests and answers as often as a person does
  'rekvirent', 'rekvireret af', 'besvaret af']);

/** Greetings before a signature: the name stands on the next line. */
export const GREETINGS: ReadonlySet<string> = new Set(['mvh', 'med venlig hilsen', 'venlig hilsen', 'vh', 'hilsen', 'kh', 'kind regards', 'best regards', 'regards', 'sincerely', 'yours sincerely', 'dikteret af', 'skrevet af']);
/** Titles and forms of address: after them even a surname in no list is a surname (hr. Demirci). */
const TITLES = new Set(['hr', 'herr', 'fru', 'frk', 'dr', 'doktor', 'mr', 'mrs', 'ms', 'miss', 'professor', 'prof', 'overlæge', 'læge', 'sygeplejerske']);
/** Salutations opening a letter or a message (Kære Jensen, Dear Smith, Hej Mette). */
const SALUTATIONS = new Set(['kære', 'dear', 'hej', 'hejsa', 'goddag', 'hi', 'hello']);

export interface NameCue {
  /** The cue as written ("Pt.:", "Mvh."), a label, never a name. */
  word: string;
  /** True when the cue is strong enough for a single first name or surname. */
  strong: boolean;
  /** A title or form of address (hr., fru, Dr.). */
  title: boolean;
  /** A letter's salutation (Kære, Dear, Hej): a lone word after it that is also an ordinary word is no name. */
  salutation: boolean;
}

// Module copies of imported bindings used per character (see CHAR_CLASS).
const { LETTER, NUMBER } = CHAR_CLASS;
const classOfUnit = unitClass;
/** /[\p{L}\p{N}]/u tested on one code unit. */
function isWordChar(unit: number): boolean {
  return (classOfUnit(unit) & (LETTER | NUMBER)) !== 0;
}
/** Cues that are the word for name itself (name, full name, navn, fornavn, patientnavn …), not a title or an abbreviation. */
const NAME_WORD_LABEL = /(?:name|navn)$/u;
/** How far before a name a cue may begin. */
const CUE_REACH = 48;

/**
 * The label, title or phrase that ends right before `start`, if any: separators (spaces, a colon, a comma, a full
 * stop, up to two line breaks), then up to four words read backwards and looked up as phrases. Runs on every
 * capitalised run of a document, so it scans characters instead of matching a regex over a slice.
 */
export function nameCueBefore(text: string, start: number): NameCue | undefined {
  const limit = Math.max(0, start - CUE_REACH);
  let i = start;
  let newlines = 0;
  let colon = false;
  /** A comma or full stop between the cue and the name (`Pt. Jens`, but also `name, Class` in code). */
  let punctuated = false;
  while (i > limit) {
    const c = text[i - 1]!;
    // `|` too: in a key/value table row (`| Patient | Jens Hansen |`) the cell before labels the cell.
    if (c === '.' || c === ',') { punctuated = true; i--; }
    else if (c === ' ' || c === '\t' || c === '\r' || c === '|') i--;
    else if (c === ':') { colon = true; i--; }
    else if (c === '\n' && newlines < 2) { newlines++; i--; }
    else break;
  }
  // Most capitalised runs follow an ordinary word or none: when the word right before is no cue's last word, no
  // phrase read below can be a cue (each ends in that word).
  let b0 = i;
  while (b0 > limit && isWordChar(text.charCodeAt(b0 - 1))) b0--;
  if (b0 === i || (b0 === limit && limit > 0 && isWordChar(text.charCodeAt(b0 - 1)))) return undefined;
  if (!CUE_LAST_WORDS.has(text.slice(b0, i).toLowerCase())) return undefined;
  const words: string[] = [];
  const starts: number[] = [];
  let j = i;
  while (words.length < 4 && j > limit) {
    let e = j;
    if (words.length > 0 && text[e - 1] === '.') e--; // an abbreviation inside a phrase: "1. reservelæge"
    let b = e;
    while (b > limit && isWordChar(text.charCodeAt(b - 1))) b--;
    if (b === e || (b === limit && limit > 0 && isWordChar(text.charCodeAt(b - 1)))) break;
    words.unshift(text.slice(b, e).toLowerCase());
    starts.unshift(b);
    let g = b;
    while (g > limit && (text[g - 1] === ' ' || text[g - 1] === '\t')) g--;
    if (g === b) break;
    j = g;
  }
  for (let k = words.length; k >= 1; k--) {
    const key = words.slice(words.length - k).join(' ').replace(/^1 reservelæge$/u, '1. reservelæge');
    if (CUES.has(key)) {
      // Across a line break only a greeting (Mvh. ⏎ name) or a label with a colon (Patient: ⏎ name) reaches.
      if (newlines > 0 && !colon && !GREETINGS.has(key)) return undefined;
      // The word `name`/`navn` itself labels a name only as a label (`Name: …`, `navn Jens`): followed by a comma or
      // a full stop it ends a sentence or sits in a list (`family name. This is…`, `(Name, Class)` in code).
      if (punctuated && !colon && NAME_WORD_LABEL.test(key)) return undefined;
      const shown = text.slice(starts[words.length - k]!, i).replace(/\s+/gu, ' ').replace(/[.:,]+$/u, '');
      return { word: shown, strong: !WEAK_CUES.has(key), title: TITLES.has(key), salutation: SALUTATIONS.has(key) };
    }
  }
  return undefined;
}

/** A profession right after a name, after a comma or on the next line: the name's signature line. */
const PROFESSION_AFTER = /^(?:,[ \t]*|[ \t]*\r?\n[ \t]*)(?:overlæge|afdelingslæge|reservelæge|1\. reservelæge|speciallæge|praktiserende læge|alment praktiserende læge|læge|sygeplejerske|spl\.|jordemoder|fysioterapeut|ergoterapeut|psykolog|lægesekretær|sekretær|socialrådgiver|professor|consultant(?: physician)?|registrar|specialist registrar|physician|nurse|general practitioner|gp)(?![\p{L}])/iu;

/** The profession after a name as a weak cue (", overlæge"): a department can stand there too. */
export function professionAfter(text: string, end: number): NameCue | undefined {
  const m = PROFESSION_AFTER.exec(text.slice(end, end + 48));
  return m ? { word: m[0].replace(/^[,\s]+/u, ''), strong: false, title: false, salutation: false } : undefined;
}

/** A street and house number opening a line: `Vestergade 12`, `Ved Stranden 4, 1. th.` */
const STREET_LINE = /^[ \t]*\p{Lu}[\p{L}'’.\- ]{1,40} \d{1,4}[A-Za-z]?(?![\p{L}\p{N}])/u;
/** A postal code and town: opening a line, or after a comma on the street line. */
const POSTAL_TOWN = /(?:^[ \t]*|, ?)(?:DK-)?\d{4} \p{Lu}/mu;
/** How far below a name the address block is read (the incremental engine's default reach covers it). */
const ADDRESS_BLOCK_REACH = 200;

/**
 * True when `start` opens its line: at most eight characters, all spaces or tabs, since the line's start. The line
 * start is looked for only as far back as it may lie (an unbounded lastIndexOf per name made a long line
 * quadratic): found at i, it is the nearest; not found, it lies further back, or the text's start is the line's.
 */
export function opensLine(text: string, start: number): boolean {
  let lineStart = -1;
  for (let i = start - 1; i >= Math.max(0, start - 9); i--) {
    if (text.charCodeAt(i) === 10) {
      lineStart = i + 1;
      break;
    }
  }
  if (lineStart < 0) {
    if (start > 8) return false;
    lineStart = 0;
  }
  return /^[ \t]*$/u.test(text.slice(lineStart, start));
}

/**
 * True when [start, end) stands alone on its line and a postal address follows on the next lines (street and
 * number, then postal code and town): the addressee of a letter, whose name needs no label.
 */
export function isAddresseeAbove(text: string, start: number, end: number): boolean {
  if (!opensLine(text, start)) return false;
  const after = text.slice(end, end + ADDRESS_BLOCK_REACH);
  const m = /^[ \t,]*\r?\n/u.exec(after);
  if (!m) return false;
  const lines = after.slice(m[0].length).split('\n');
  if (!STREET_LINE.test(lines[0]!)) return false;
  return POSTAL_TOWN.test(lines[0]!) || POSTAL_TOWN.test(lines[1] ?? '') || POSTAL_TOWN.test(lines[2] ?? '');
}

const NAME_FIELD_WORDS = /(?:name|navn|fornavn|efternavn|surname|family|given|patient|pårørende|paarorende|kontaktperson|contact|relative|læge|laege|doctor|physician|nurse|sygeplejerske|signed_?by|author|forfatter|underskriver|behandler|ansvarlig|kin|spouse|ægtefælle)$/u;
const NOT_PERSON_FIELD = /(?:font|file|host|user|service|product|company|firma|virksomhed|hospital|afdeling|department|dept|street|gade|vej|city|town|by_?navn|bynavn|display|class|type|domain|table|column|field|key|app|package|project|brand|drug|medicin|medicine|diagnose|diagnosis|tag|event|region|kommune|country|land|site|unit|ward|clinic|klinik|org|organisation|organization|team|group|gruppe|role|rolle|titel|title)/u;

/** True when a structured field of this (lower-case) name holds a person's name: name, patient_navn, fornavn. */
export function isNameField(field: string): boolean {
  // A document repeats its few field names for every row: remember the answers.
  let known = nameFieldAnswers.get(field);
  if (known === undefined) {
    known = isNameFieldUncached(field);
    if (nameFieldAnswers.size >= 2000) nameFieldAnswers.clear();
    nameFieldAnswers.set(field, known);
  }
  return known;
}

const nameFieldAnswers = new Map<string, boolean>();

function isNameFieldUncached(field: string): boolean {
  const f = field.toLowerCase();
  if (f.endsWith('id') || f.endsWith('_nr') || f.endsWith('nr') || f.endsWith('cpr') || f.endsWith('tlf') || f.endsWith('phone') || f.endsWith('email') || f.endsWith('mail')) return false;
  return NAME_FIELD_WORDS.test(f) && !NOT_PERSON_FIELD.test(f);
}
