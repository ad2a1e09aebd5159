// Words and field names that make a ten-digit number more (or less) likely to be a CPR number: the CPR
// detector's ContextSpec for the shared context scoring (core/context/score.ts).
import { cueRegex, CPR_LABELS, CVR_LABELS, LABEL_TAIL, OTHER_NUMBER_LABELS, PHONE_LABELS } from '../context/vocabulary';
import { squashFieldName, type ContextSpec } from '../context/score';

/** Labels that announce a CPR number. Global flag: cueBefore scans every occurrence. */
export const CPR_CUES = cueRegex(CPR_LABELS);

/** Labels of numbers that look like a CPR number but are something else (orders, invoices, accounts, timestamps, phones...). */
export const NEGATIVE_CUES = cueRegex([...OTHER_NUMBER_LABELS, ...PHONE_LABELS, ...CVR_LABELS.filter((l) => !/^(?:ApS|A\/S|I\/S|IVS|firma)$/.test(l))], LABEL_TAIL);

/** A JSON key, CSV header or SQL column that holds CPR numbers. */
export function isCprFieldName(field: string): boolean {
  const f = squashFieldName(field);
  return /cpr|ssn|personnummer|personnr|persnr|^pnr$|nationalid|personalid|dkpin|socialsecurity|civilregistration|fødselsnummer|foedselsnummer/.test(f);
}

/** A field that holds something that only looks like a CPR number. */
export function isNegativeFieldName(field: string): boolean {
  const f = squashFieldName(field);
  if (isCprFieldName(field)) return false;
  if (/order|ordre|invoice|faktura|account|konto|timestamp|^ts$|epoch|created|updated|modified|^time|^lot|batch|sample|prøve|requisition|rekv|sagsnr|caseno|isbn|ean|gtin|serial|phone|tlf|telefon|mobil|fax|cvr|vat|^ref/.test(f)) return true;
  // The other kinds of number the cue words name (context/vocabulary.ts OTHER_NUMBER_LABELS), as field names:
  // customer, journal and case numbers, members, receipts, transactions, products, versions, visits; and Danish
  // time stamps (oprettet, opdateret, tidspunkt); technical ids (build, session, request, trace).
  return /oprettet|opdateret|ændret|tidspunkt|tidsstempel|^dato|dato$|kunde|customer|client|journal|^sag|^case|medlem|member|kvittering|receipt|transakt|transaction|bilag|voucher|vare|produkt|product|^item|^sku|version|visit|besøg|ticket|billet|tracking|kolli|pakke|parcel|yder|provider|build|session|request|trace|correlation|commit|checksum/.test(f);
}

export const CPR_CONTEXT: ContextSpec = {
  positive: CPR_CUES,
  negative: NEGATIVE_CUES,
  isPositiveField: isCprFieldName,
  isNegativeField: isNegativeFieldName,
};

const extendedSpecs = new WeakMap<readonly string[], ContextSpec>();

/**
 * The CPR context with the user's extra cue words (DetectOptions.cprContextWords): the built-in spec itself when
 * there are none, else one spec compiled per word array, so the shared regexes are never altered.
 */
export function cprContextFor(words: readonly string[] | undefined): ContextSpec {
  if (!words?.length) return CPR_CONTEXT;
  let spec = extendedSpecs.get(words);
  if (!spec) {
    const plain = words.map((w) => w.trim()).filter(Boolean);
    const squashed = new Set(plain.map(squashFieldName));
    spec = {
      ...CPR_CONTEXT,
      positive: cueRegex([...CPR_LABELS, ...plain.map(escapeRegex)]),
      isPositiveField: (field) => isCprFieldName(field) || squashed.has(squashFieldName(field)),
      isNegativeField: (field) => !squashed.has(squashFieldName(field)) && isNegativeFieldName(field),
    };
    extendedSpecs.set(words, spec);
  }
  return spec;
}

function escapeRegex(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}
