import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { detect } from '../../../server/src/core';

const names = (text: string, languageId?: string) => detect(text, { languageId }).filter((f) => f.type === 'name').map((f) => text.slice(f.start, f.end));

test('first name + surname, multi-part and hyphenated names are found whole, without titles', () => {
  assert.deepEqual(names('Samtale med Sofie Petersen om behandlingen.'), ['Sofie Petersen']);
  assert.deepEqual(names('Pt. bor sammen med Jytte Bente Olsen Jensen.'), ['Jytte Bente Olsen Jensen']);
  assert.deepEqual(names('Dikteret af Dorthe Holm-Jensen'), ['Dorthe Holm-Jensen']);
  assert.deepEqual(names('Set af overlæge Anne K. Vestergaard i dag.'), ['Anne K. Vestergaard']);
  assert.deepEqual(names('Dr. Mohammad al-Hassan tilså pt.'), ['Mohammad al-Hassan']);
});

test('surnames of other origins and surname-shaped words in no list count after a first name', () => {
  assert.deepEqual(names('Kontakt til Tomasz Wiśniewski og Olena Kovalenko.'), ['Tomasz Wiśniewski', 'Olena Kovalenko']);
  assert.deepEqual(names('Henvist af egen læge Agnieszka Mazurkiewicz, Holstebro.'), ['Agnieszka Mazurkiewicz']);
});

test('a lone first name or surname needs a strong cue', () => {
  assert.deepEqual(names('Talt med hr. Vestergaard i telefonen.'), ['Vestergaard']);
  assert.deepEqual(names('Noget tekst.\n\nMvh.\nRagnhild\n'), ['Ragnhild']);
  assert.deepEqual(names('Pt.: Kasper\n'), ['Kasper']);
  assert.deepEqual(names('Ragnhild kom til kontrol.'), []);
  assert.deepEqual(names('Vestergaard kom til kontrol.'), []);
});

test('eponyms, medicines, hospitals, towns and capitalised words are no names', () => {
  const decoys = [
    'Kendt med Parkinsons sygdom.', 'Mistanke om Crohns sygdom.', 'Aspergers syndrom.', 'Behandlet med Panodil og Eliquis.',
    'Overflyttet til Aarhus Universitetshospital.', 'Indlagt på Herlev Hospital.', 'Kontrol på Regionshospitalet Viborg.',
    'Flyttet fra Silkeborg til Holstebro.', 'Hans søster deltog.', 'Per telefon aftales ny tid.', 'Under indlæggelsen ingen feber.',
    'May improve with physiotherapy.', 'Region Hovedstaden er orienteret.', 'Kardiologisk Afdeling, Odense.', 'EPIKRISE\n\nJOURNALNOTAT',
    'Bor på Peter Bangs Vej.', 'Sygehus Lillebælt, Kolding.',
  ];
  for (const d of decoys) assert.deepEqual(names(d), [], d);
});

test('name fields in JSON, CSV and SQL', () => {
  assert.deepEqual(names('{"patient_name": "Tesfaye Okonkwo", "hospital": "Aarhus Universitetshospital"}', 'json'), ['Tesfaye Okonkwo']);
  assert.deepEqual(names('{"name": "Inger Skovgaard", "drug": "Panodil"}', 'json'), ['Inger Skovgaard']);
  assert.deepEqual(names('id;fornavn;efternavn\n1;Ragnhild;Bisgaard\n', 'csv'), ['Ragnhild', 'Bisgaard']);
  assert.deepEqual(names("INSERT INTO p (id, navn) VALUES (1, 'Hiba Tesfaye');", 'sql'), ['Hiba Tesfaye']);
  assert.deepEqual(names('id;by\n1;Holstebro\n', 'csv'), []);
});

test('findings carry reasons and a confidence, never the name itself in a reason', () => {
  const text = 'Pt.: Kasper Hansen\n';
  const f = detect(text).find((x) => x.type === 'name')!;
  assert.ok(f.confidence >= 0.8 && f.confidence <= 1);
  assert.ok(f.reasons.length >= 1);
  for (const r of f.reasons) assert.ok(!r.text.includes('Kasper') && !r.text.includes('Hansen'), r.text);
});

test('property: a window gives the same name findings as a full scan, for findings starting in it', () => {
  // Long stretches without a break (Bo Bo Bo …) make the window scan fall back to line ends
  const parts = ['Anne Jensen', 'Parkinsons sygdom', 'Mvh.\n', 'Pt.: ', 'Kasper', ' ', '\n', '. ', 'Holm-Nielsen', 'Vestergade 3', 'hr. ', 'Bodil Kofoed', 'Bo '.repeat(120), ', '];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 30 }), fc.nat(), fc.nat(), (ps, a, b) => {
      const text = ps.join('');
      const start = a % (text.length + 1), end = start + (b % (text.length - start + 1));
      const full = detect(text).filter((f) => f.type === 'name' && f.start >= start && f.start < end);
      const windowed = detect(text, { window: { start, end } }).filter((f) => f.type === 'name');
      assert.deepEqual(windowed, full);
    }),
    { seed: 4, numRuns: 300 },
  );
});

test('a bare `name` field takes only known name words; a person field takes any capitalised words', () => {
  const json = '[{"name": "Default", "env": "Production"}, {"name": "Backend Service"}, {"patient_name": "Nnamdi Okonkwo"}, {"efternavn": "Okonkwo"}, {"name": "Hiba"}]';
  assert.deepEqual(names(json, 'json'), ['Nnamdi Okonkwo', 'Okonkwo', 'Hiba']);
});

test('greetings, titles and labels on the line above; abbreviations are no names', () => {
  assert.deepEqual(names('Hej Asger,\n\nTak for sidst.'), ['Asger']);
  assert.deepEqual(names('Talt med fru Rahmanzai i dag.'), ['Rahmanzai']);
  assert.deepEqual(names('Modtager pt.\nPers.nr. 12'), []);
  assert.deepEqual(names('Patient:\nKasper Hansen'), ['Kasper Hansen']);
});

test('initials: with or without a full stop, before a surname or inside a name', () => {
  assert.deepEqual(names('Set af Anne K Jensen i dag.'), ['Anne K Jensen']);
  assert.deepEqual(names('Kopi til H.C. Hansen og A. Nielsen.'), ['H.C. Hansen', 'A. Nielsen']);
  assert.deepEqual(names('Type A Diabetes og Vitamin D Mangel. Gruppe B Streptokokker.'), []);
});

test('eponyms that are also Danish surnames: a name as a person, a disease before a medical word', () => {
  assert.deepEqual(names('Samtale med Natalya Ehlers og Sedina Bartholin.'), ['Natalya Ehlers', 'Sedina Bartholin']);
  assert.deepEqual(names('Morbus Addison. Ehlers-Danlos syndrom. Sjøgrens syndrom. Bartholins cyste.'), []);
});

test('"Surname, First" (registers, journal headers) is one name; a list of people is not merged', () => {
  assert.deepEqual(names('Navn: Jensen, Mette\nAfdeling: kardiologi'), ['Jensen, Mette']);
  assert.deepEqual(names('Patient: Hansen, Jens Peter, indlagt i går.'), ['Hansen, Jens Peter']);
  assert.deepEqual(names('patientnavn;cpr\n"Nielsen, Anne";x'), ['Nielsen, Anne']);
  // Two people: the words after the comma run on into a surname.
  const two = names('Til stede: Hansen, Anne Nielsen og sygeplejersken.');
  assert.ok(two.includes('Anne Nielsen') && !two.some((n) => n.startsWith('Hansen,')), JSON.stringify(two));
  // Surnames in a row are no first names; a CSV cell boundary without a space is no name form.
  assert.deepEqual(names('Deltagere: Hansen, Jensen og Nielsen.').includes('Hansen, Jensen'), false);
  assert.deepEqual(names('efternavn,fornavn\nJensen,Mette').includes('Jensen,Mette'), false);
});

test('property: a window scan over "Surname, First" names equals the full scan (the surname lies before the comma)', async () => {
  const { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, SURNAMES } = await import('../../../server/src/core/redact/data/danishLists');
  const part = fc.record({
    cue: fc.constantFrom('Navn: ', 'Patient: ', '', 'hr. ', '\n', '; '),
    surname: fc.constantFrom(...SURNAMES.slice(0, 40)),
    first: fc.array(fc.constantFrom(...FEMALE_FIRST_NAMES.slice(0, 20), ...MALE_FIRST_NAMES.slice(0, 20)), { minLength: 1, maxLength: 3 }),
    sep: fc.constantFrom(', ', ',', ' , '),
    tail: fc.constantFrom(' er indlagt.', '\n', ', ', ' Jensen blev set.', ''),
  });
  const texts = fc.array(part, { minLength: 1, maxLength: 5 }).map((ps) => ps.map((p) => `${p.cue}${p.surname}${p.sep}${p.first.join(' ')}${p.tail}`).join(' '));
  fc.assert(
    fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
      const [start, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number];
      const full = detect(text).filter((f) => f.start >= start && f.start < end);
      assert.deepEqual(detect(text, { window: { start, end } }), full);
    }),
    { seed: 20261123, numRuns: 1500 },
  );
});

test('"Surname, First" without a cue needs unambiguous parts; relatives in the definite form are cues', () => {
  assert.deepEqual(names('Journal for: Sørensen, Birgitte\nIndlagt 3. maj.'), ['Sørensen, Birgitte']);
  assert.deepEqual(names('Sørensen, Birgitte'), ['Sørensen, Birgitte']);
  // "Bo" is also an ordinary word: without a cue the form is not enough.
  assert.deepEqual(names('Kørt til Holm, Bo og omegn.'), []);
  assert.deepEqual(names('Kontakt sønnen, Lars, på tlf.'), ['Lars']);
  assert.deepEqual(names('Datteren Mette ringer i morgen.'), ['Mette']);
  // Weak relatives (naboen) need an unambiguous first name.
  assert.deepEqual(names('naboen Bo kigger ind'), []);
});
