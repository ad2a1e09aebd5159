// Cue vocabulary shared by the detectors: labels that announce a number of some kind. Each detector builds its
// positive and negative cue sets from these pieces (a phone label is positive for `phone` and negative for
// `cpr`), so one list per kind of label is kept in one place. Danish and English, with inflections and
// abbreviations; matched case-insensitively.

/** Builds a global, case-insensitive cue regex from alternatives (regex source), bounded by non-alphanumerics. */
export function cueRegex(alternatives: readonly string[], trailing = ''): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])${trailing}`, 'giu');
}

/**
 * Optional `nr`/`nummer`/`no`/`id` suffix, written together, with a dot, dash or space; in a Danish compound
 * after the linking s (bestillingsnr., kvitteringsnummer).
 */
const NR = '(?:s?[-_. ]?(?:nr|no|nummer|nummeret|numre|number|num|id))?\\.?';

/** Labels of numbers that are not personal identifiers: orders, invoices, accounts, samples, timestamps... */
export const OTHER_NUMBER_LABELS: readonly string[] = [
  `ordre${NR}`, `order${NR}`, `bestilling${NR}`, `faktura${NR}`, `invoice${NR}`, `konto${NR}`, `account${NR}`,
  // A Danish bank account is written `reg.nr. 1234 kontonr. 0012345678` or just `reg. 1234 0012345678`.
  `reg${NR}(?:\\s*\\d{4}(?:\\s*(?:konto${NR})?))?`, 'ts', 'timestamp', 'epoch', 'unix(?:time)?', `lot${NR}`, `batch${NR}`, `prøve${NR}`, `sample${NR}`,
  `rekv(?:isition)?(?:s?nr|snummer)?\\.?`, `requisition${NR}`, `sags?${NR}`, `case${NR}`, `journal${NR}`,
  'isbn', 'issn', 'ean', 'gtin', `serie${NR}`, `serial${NR}`, 'tracking', `kolli${NR}`, `pakke${NR}`,
  `yder${NR}`, `henvisning(?:s?nr|snummer)\\.?`, `ref(?:erence)?${NR}`, `kunde${NR}`, `customer${NR}`,
  `medlem(?:s)?${NR}`, `member${NR}`, `kvittering${NR}`, `receipt${NR}`, `transaktion${NR}`, `transaction${NR}`,
  `bilag${NR}`, `varenr\\.?`, `vare${NR}`, `produkt${NR}`, `product${NR}`, `item${NR}`, 'sku', 'uuid', 'req',
  `ticket${NR}`, `billet${NR}`,
];

/** Labels of telephone numbers. */
export const PHONE_LABELS: readonly string[] = [
  `tlf${NR}`, `tel${NR}`, `telefon(?:nummer|nummeret|nr)?\\.?`, 'telephone', `phone${NR}`, 'ph\\.?', `mobil(?:nummer|nr|tlf|telefon)?\\.?`,
  `mob\\.?`, 'mobile', 'cell(?:phone)?', 'fax', 'telefax', 'hjemme(?:telefon|tlf\\.?)', 'arbejds(?:telefon|tlf\\.?)',
  'vagt(?:telefon|tlf\\.?)', 'whatsapp',
  // Signatures: "Direct line", "Omstilling", and the one-letter labels "T:" and "M:".
  'direct (?:line|dial|phone)', 'switchboard', 'landline', 'omstilling(?:en)?', '[tm](?=[ \\t]*:)',
];

/** Words around a phone number in running text ("kontakte ... på", "ring til"): positive for phones only. */
export const PHONE_VERBS: readonly string[] = [
  'sms(?:e|er|es)?', 'ring(?:e|er|es)?', 'opkald', 'kontakt(?:e|es|er|telefon)?', 'contact(?:ed)?', 'call(?:ed)?', 'reach(?:ed)?',
  'direkte', 'nå(?:s|es) på', 'træffes(?: på)?', 'text', 'nummer(?:et)?', 'number', 'pårørende', 'kontaktperson(?:en)?',
  'next of kin', 'datter(?:en)?', 'søn(?:nen)?', 'ægtefælle(?:n)?', 'hustru(?:en)?', 'ægtemand(?:en)?', 'samlever(?:en)?',
  'bror(?:en)?', 'søster(?:en)?', 'mor(?:en)?', 'far(?:en)?', 'forældre(?:ne)?', 'værge(?:n)?', 'daughter', 'son', 'wife',
  'husband', 'spouse', 'partner', 'brother', 'sister', 'mother', 'father', 'guardian',
];

/** Labels of CVR (company registration) numbers. */
export const CVR_LABELS: readonly string[] = [
  `cvr${NR}`, 'se[-. ]?(?:nr|nummer)\\.?', 'virksomheds?(?:nummer|nr\\.?)', 'firma', 'company(?: reg(?:istration)?)?(?: no\\.?| number)?',
  'vat(?: no\\.?| number)?', 'moms(?:nr|nummer)\\.?', 'org(?:anisation|anization)?s?(?:nr|nummer|number)\\.?',
  'ApS', 'A/S', 'I/S', 'IVS',
];

/** Labels of CPR numbers. */
export const CPR_LABELS: readonly string[] = [
  'cpr(?:[-. ]?(?:nr|no|nummer|nummeret|numre|numrene|number|num))?\\.?', 'c\\.p\\.r\\.?', 'personnummer(?:et)?',
  'personnumre(?:ne)?', 'personnr\\.?', 'pers\\.? ?nr\\.?', 'p-?nr\\.?', 'person ?nummer', 'fødselsnummer', 'ssn',
  'social security(?: number| no\\.?)?', 'civil registration(?: number| no\\.?)?', 'personal identity number',
  'personal id(?:entification)?(?: number)?', 'national id(?:entity)?(?: number)?', 'dk[-_ ]?pin', 'patient[-_ ]?id',
  'cpr-?oplysning(?:er)?', 'civil reg\\.?(?: no\\.?| nr\\.?| number)?', 'personal (?:id )?number', 'person(?:al)? id',
  'identity number', 'id-?nummer', 'personidentifikation',
];

/** Labels of bank and card numbers. */
export const PAYMENT_LABELS: readonly string[] = [
  'iban', 'bic', 'swift', `konto${NR}`, `account${NR}`, `reg${NR}`, `kort${NR}`, `card${NR}`, 'kreditkort', 'credit card',
  'dankort', 'visa', 'mastercard', 'betalingskort',
];

/** Separator after a label (`CPR-nr.: `, `ts=`, `Ref #`), kept inside the match so the distance is to the value. */
export const LABEL_TAIL = '\\s*[:=#.]?\\s*["\']?';
