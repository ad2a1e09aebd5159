// Words and field names that make a ten-digit number more (or less) likely to be a CPR number.
// Danish and English, with inflections and abbreviations. Matched case-insensitively.

/** Labels that announce a CPR number. Global flag: cueBefore scans every occurrence. */
export const CPR_CUES =
  /(?<![\p{L}\p{N}])(?:cpr(?:[-. ]?(?:nr|no|nummer|nummeret|numre|numrene|number|num))?\.?|c\.p\.r\.?|personnummer(?:et)?|personnumre(?:ne)?|personnr\.?|pers\.? ?nr\.?|p-?nr\.?|person ?nummer|fødselsnummer|ssn|social security(?: number| no\.?)?|civil registration(?: number| no\.?)?|personal identity number|personal id(?:entification)?(?: number)?|national id(?:entity)?(?: number)?|dk[-_ ]?pin|patient[-_ ]?id)(?![\p{L}\p{N}])/giu;

/** Labels of numbers that look like a CPR number but are something else (orders, invoices, accounts, timestamps...). */
export const NEGATIVE_CUES =
  /(?<![\p{L}\p{N}])(?:ordre(?:nr|nummer|id)?\.?|order(?:[-_ ]?(?:id|no|nr|number))?|faktura(?:nr|nummer)?\.?|invoice(?:[-_ ]?(?:id|no|nr|number))?|konto(?:nr|nummer)?\.?|account(?:[-_ ]?(?:id|no|nr|number))?|ts|timestamp|epoch|unix(?:time)?|lot(?:nr|nummer)?\.?|batch(?:nr)?\.?|prøve(?:nr|nummer)?\.?|sample(?:[-_ ]?(?:id|no|nr))?|rekv(?:isition)?(?:snr|snummer|nr)?\.?|requisition(?: no\.?)?|sags?(?:nr|nummer)\.?|journal(?:nr|nummer)\.?|isbn|ean|gtin|serienr\.?|serial(?: no\.?)?|tracking|kolli(?:nr)?|ydernr\.?|henvisningsnr\.?|ref(?:erence)?(?:nr|no)\.?|tlf\.?(?: vagt)?|telefon(?:nr)?\.?|phone|mobil\.?|fax)(?![\p{L}\p{N}])\s*[:=#.]?\s*["']?/giu;

function squash(field: string): string {
  return field.toLowerCase().replace(/[^a-z0-9æøå]/g, '');
}

/** A JSON key, CSV header or SQL column that holds CPR numbers. */
export function isCprFieldName(field: string): boolean {
  const f = squash(field);
  return /cpr|ssn|personnummer|personnr|persnr|^pnr$|nationalid|personalid|dkpin|socialsecurity|civilregistration/.test(f);
}

/** A field that holds something that only looks like a CPR number. */
export function isNegativeFieldName(field: string): boolean {
  const f = squash(field);
  if (isCprFieldName(field)) return false;
  return /order|ordre|invoice|faktura|account|konto|timestamp|^ts$|epoch|created|updated|modified|^time|lot|batch|sample|prøve|requisition|rekv|sagsnr|caseno|isbn|ean|gtin|serial|phone|tlf|telefon|mobil|fax|^sagsnr$/.test(f);
}
