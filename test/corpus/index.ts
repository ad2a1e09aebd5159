// Every corpus generator. The corpus is regenerated from a fixed seed on each run: nothing to keep in sync.
import { seeded, type CorpusGenerator, type LabelledDoc } from './types';
import { cprNumbers } from './generators/cprNumbers';
import { namesAndAddresses } from './generators/namesAndAddresses';
import { cprOcr } from './generators/cprOcr';
import { contacts } from './generators/contacts';
import { companyAndPayment } from './generators/companyAndPayment';
import { substituteForms } from './generators/substituteForms';
import { clinicalLetters } from './generators/clinicalLetters';
import { exchangeFormats } from './generators/exchangeFormats';
import { variedDocuments } from './generators/variedDocuments';
import { heldOutStyle } from './generators/heldOutStyle';

export const GENERATORS: Record<string, CorpusGenerator> = {
  cprNumbers,
  substituteForms,
  cprOcr,
  contacts,
  companyAndPayment,
  // last, so that adding it left the other generators' seeds unchanged
  namesAndAddresses,
  // after it, for the same reason: realistic documents and exchange formats (people.ts holds their shared pieces)
  clinicalLetters,
  exchangeFormats,
  variedDocuments,
  // a third author's documents with names and streets drawn from the public lists (room gen3)
  heldOutStyle,
};

export function buildCorpus(seed = 20261123): LabelledDoc[] {
  const docs: LabelledDoc[] = [];
  let i = 0;
  for (const gen of Object.values(GENERATORS)) docs.push(...gen(seeded(seed + i++)));
  return docs;
}
