// Context for names: words and labels just before a candidate that make it a person's name, and the field names of
// structured files (JSON keys, CSV headers, SQL columns) whose values are names.

/** Labels, titles and phrases that stand right before a name (only spaces, a colon, a comma or a full stop between). */
const CUE_PHRASES = [
  // labels
  'patient', 'patienten', 'patientens', 'patientnavn', 'patient navn', 'patientens navn', 'pt', 'navn', 'fulde navn', 'fornavn', 'efternavn',
  'name', 'full name', 'patient name', 'first name', 'last name', 'vedr', 'vedrørende', 'ang', 'angående', 'pårørende', 'nærmeste pårørende',
  'kontaktperson', 'kontakt', 'ægtefælle', 'hustru', 'mand', 'kone', 'samlever', 'datter', 'søn', 'mor', 'far', 'bror', 'søster', 'barn',
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
  'written by', 'dictated by', 'reviewed by', 'att', 'attn', 'cc', 'kære', 'dear',
  // greetings before a signature
  'mvh', 'med venlig hilsen', 'venlig hilsen', 'vh', 'hilsen', 'kh', 'kind regards', 'best regards', 'regards', 'sincerely', 'yours sincerely',
];
const CUES = new Set(CUE_PHRASES);

/** Cues after which a lone first name or a lone surname is a name (weaker words like `til` and `ved` are excluded). */
const WEAK_CUES = new Set(['ved', 'til', 'mand', 'kone', 'barn', 'bror', 'søster', 'kontakt', 'contact', 'ang', 'angående', 'sammen med', 'kontakte', 'kontaktet', 'att', 'attn', 'cc', 'henvist fra', 'gift med', 'bor sammen med', 'set af', 'vurderet af', 'tilset af', 'undersøgt af', 'godkendt af', 'udfyldt af', 'hilsen', 'kh', 'vh', 'regards']);

export interface NameCue {
  /** The cue as written ("Pt.:", "Mvh."), a label, never a name. */
  word: string;
  /** True when the cue is strong enough for a single first name or surname. */
  strong: boolean;
}

/** Separators between a cue and the name: spaces, a colon, a comma, a full stop, up to two line breaks. */
const SEPARATORS = /[ \t:.,\r]*(?:\n[ \t\r]*){0,2}$/u;
/** The last words before the separators (at most four). */
const LAST_WORDS = /(?:^|[^\p{L}\p{N}.])((?:[\p{L}\p{N}]+\.?[ \t]+){0,3}[\p{L}\p{N}]+)$/u;

/** The label, title or phrase that ends right before `start`, if any. Looks at no more than 48 characters. */
export function nameCueBefore(text: string, start: number): NameCue | undefined {
  const before = text.slice(Math.max(0, start - 48), start);
  const sep = SEPARATORS.exec(before);
  const head = sep ? before.slice(0, sep.index) : before;
  const m = LAST_WORDS.exec(head);
  if (!m) return undefined;
  const words = m[1]!.toLowerCase().replace(/\./gu, ' ').split(/\s+/u).filter(Boolean);
  for (let k = Math.min(4, words.length); k >= 1; k--) {
    const phrase = words.slice(words.length - k).join(' ');
    const key = phrase === '1 reservelæge' ? '1. reservelæge' : phrase;
    if (CUES.has(key)) {
      const shown = m[1]!.split(/\s+/u).slice(-k).join(' ');
      return { word: shown, strong: !WEAK_CUES.has(key) };
    }
  }
  return undefined;
}

const NAME_FIELD_WORDS = /(?:name|navn|fornavn|efternavn|surname|patient|pårørende|paarorende|kontaktperson|contact|relative|læge|laege|doctor|physician|nurse|sygeplejerske|signed_?by|author|forfatter|underskriver|behandler|ansvarlig|kin|spouse|ægtefælle)$/u;
const NOT_PERSON_FIELD = /(?:file|host|user|service|product|company|firma|virksomhed|hospital|afdeling|department|dept|street|gade|vej|city|town|by_?navn|bynavn|display|class|type|domain|table|column|field|key|app|package|project|brand|drug|medicin|medicine|diagnose|diagnosis|tag|event|region|kommune|country|land|site|unit|ward|clinic|klinik|org|organisation|organization|team|group|gruppe|role|rolle|titel|title)/u;

/** True when a structured field of this (lower-case) name holds a person's name: name, patient_navn, fornavn. */
export function isNameField(field: string): boolean {
  const f = field.toLowerCase();
  if (f.endsWith('id') || f.endsWith('_nr') || f.endsWith('nr') || f.endsWith('cpr') || f.endsWith('tlf') || f.endsWith('phone') || f.endsWith('email') || f.endsWith('mail')) return false;
  return NAME_FIELD_WORDS.test(f) && !NOT_PERSON_FIELD.test(f);
}
