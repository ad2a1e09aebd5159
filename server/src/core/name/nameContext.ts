// Context for names: words and labels just before a candidate that make it a person's name, and the field names of
// structured files (JSON keys, CSV headers, SQL columns) whose values are names.

/**
 * Labels, titles and phrases that stand right before a name (only spaces, a colon or a full stop between).
 * Each alternative must match up to the candidate; the regex is applied to the text before it with a `$` anchor.
 */
const LABEL_BEFORE = new RegExp(
  '(?:' +
    [
      // labels
      'patient(?:ens)?(?:[ _-]?navn)?', 'patientnavn', 'pt', 'navn', 'fulde navn', 'fornavn', 'efternavn', '(?:full |patient |first |last )?name',
      'vedr(?:ørende)?', 'ang(?:ående)?', '(?:nærmeste )?pårørende', 'kontaktperson', 'kontakt', 'ægtefælle', 'hustru', 'mand', 'kone', 'samlever',
      'datter', 'søn', 'mor', 'far', 'bror', 'søster', 'barn', 'værge', 'relative', 'next of kin', 'spouse', 'contact', 'mother', 'father',
      'daughter', 'son', 'wife', 'husband',
      // titles and professions
      'hr', 'herr', 'fru', 'frk', 'dr', 'doktor', 'læge', 'lægen', 'egen læge', 'overlæge', 'reservelæge', '1\\. reservelæge', 'afdelingslæge',
      'speciallæge', 'praktiserende læge', 'sygeplejerske', 'spl', 'jordemoder', 'fysioterapeut', 'ergoterapeut', 'psykolog', 'sekretær',
      'socialrådgiver', 'professor', 'prof', 'mr', 'mrs', 'ms', 'miss', 'nurse', 'doctor', 'gp', 'physician', 'consultant', 'attending',
      // phrases
      'samtale med', 'talt med', 'snakket med', 'ringet til', 'ringede til', 'kontakte', 'kontaktet', 'bor sammen med', 'gift med', 'sammen med',
      'henvist af(?: egen læge)?', 'henvist fra', 'dikteret af', 'skrevet af', 'journalført af', 'godkendt af', 'underskrevet af', 'signeret af',
      'udfyldt af', 'vurderet af', 'set af', 'tilset af', 'undersøgt af', 'ved', 'til', 'referred by', 'seen by', 'signed by', 'written by',
      'dictated by', 'reviewed by', 'att', 'attn', 'cc', 'kære', 'dear',
      // signatures: the name stands on the line after the greeting
      'mvh', 'med venlig hilsen', 'venlig hilsen', 'vh', 'hilsen', 'kh', 'kind regards', 'best regards', 'regards', 'sincerely', 'yours sincerely',
    ].join('|') +
    ')\\.?[ \\t]*[:.,]?[ \\t]*(?:\\r?\\n[ \\t]*){0,2}$',
  'iu',
);

/** Cues after which a lone first name or a lone surname is a name (weaker words like `til` and `ved` are excluded). */
const STRONG_SINGLE = /^(?:patient|patientens|patientnavn|pt|navn|fulde navn|fornavn|efternavn|name|full name|patient name|first name|last name|vedr|vedrørende|pårørende|nærmeste pårørende|kontaktperson|hr|herr|fru|frk|dr|doktor|læge|lægen|egen læge|overlæge|reservelæge|sygeplejerske|mr|mrs|ms|miss|samtale med|talt med|dikteret af|skrevet af|journalført af|henvist af egen læge|mvh|med venlig hilsen|venlig hilsen|kind regards|best regards|kære|dear|ægtefælle|datter|søn|mor|far|hustru|samlever|værge|signed by|seen by)$/iu;

export interface NameCue {
  /** The cue as written ("Pt.:", "Mvh."), a label, never a name. */
  word: string;
  /** True when the cue is strong enough for a single first name or surname. */
  strong: boolean;
}

/** The label, title or phrase that ends right before `start`, if any. */
export function nameCueBefore(text: string, start: number): NameCue | undefined {
  const from = Math.max(0, start - 48);
  const before = text.slice(from, start);
  const m = LABEL_BEFORE.exec(before);
  if (!m) return undefined;
  // The cue must begin at a word boundary (not "...ved" inside "Hoved").
  const at = from + m.index;
  if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!)) return undefined;
  const word = m[0].replace(/[\s:.,]+$/u, '').replace(/\s+/gu, ' ');
  const strong = STRONG_SINGLE.test(word.replace(/\.$/, '').toLowerCase());
  return { word, strong };
}

const NAME_FIELD_WORDS = /(?:name|navn|fornavn|efternavn|surname|patient|pårørende|paarorende|kontaktperson|contact|relative|læge|laege|doctor|physician|nurse|sygeplejerske|signed_?by|author|forfatter|underskriver|behandler|ansvarlig|kin|spouse|ægtefælle)$/u;
const NOT_PERSON_FIELD = /(?:file|host|user|service|product|company|firma|virksomhed|hospital|afdeling|department|dept|street|gade|vej|city|town|by_?navn|bynavn|display|class|type|domain|table|column|field|key|app|package|project|brand|drug|medicin|medicine|diagnose|diagnosis|tag|event|region|kommune|country|land|site|unit|ward|clinic|klinik|org|organisation|organization|team|group|gruppe|role|rolle|titel|title)/u;

/** True when a structured field of this (lower-case) name holds a person's name: name, patient_navn, fornavn. */
export function isNameField(field: string): boolean {
  const f = field.toLowerCase();
  if (f.endsWith('id') || f.endsWith('_nr') || f.endsWith('nr') || f.endsWith('cpr') || f.endsWith('tlf') || f.endsWith('phone') || f.endsWith('email') || f.endsWith('mail')) return false;
  return NAME_FIELD_WORDS.test(f) && !NOT_PERSON_FIELD.test(f);
}
