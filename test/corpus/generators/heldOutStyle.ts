// A third author's documents, written to find what the other generators and the development corpus do not hold:
// nursing handover notes, medication lists, lab reports, appointment letters (addressee block with c/o, a PO box,
// a village), complaint letters from relatives, EPJ patient-list exports with surname-first columns, and OCR'd old
// record cards in upper case. People and streets are drawn at random from the public Danish lists (drawnValues.ts),
// with Greenlandic, Faroese and immigrant names in labelled places; floors in their rarer spellings (2.tv, st. th.,
// kld.). Decoys that look like addresses or names sit beside them (Stue 3, Afsnit 12, Uge 12, drugs with doses,
// Indgang 4, Kære kollega) and must stay quiet. Every value is invented.
import { DocBuilder, int, pick, type CorpusGenerator, type Rng } from '../types';
import { cprText, dateText, emailOf, pad, phone, type Person } from './people';
import { DRAWN_FIRST_NAMES, DRAWN_POSTAL_TOWNS, DRAWN_STREETS, DRAWN_SURNAMES } from './drawnValues';

const GREENLANDIC_FIRST = ['Aviaja', 'Nivi', 'Malik', 'Inuk', 'Pipaluk', 'Aputsiaq', 'Naja', 'Paninnguaq', 'Ivalo', 'Kuupik', 'Nukappiaaluk', 'Ane Sofie', 'Najaaraq', 'Aqqaluk'];
const GREENLANDIC_SURNAME = ['Kleist', 'Lynge', 'Berthelsen', 'Motzfeldt', 'Petrussen', 'Heilmann', 'Egede', 'Kuko', 'Nathanielsen', 'Enoksen', 'Olsvig', 'Jeremiassen', 'Isaksen', 'Lennert', 'Fleischer'];
const FAROESE_FIRST = ['Jóannes', 'Rókur', 'Sjúrður', 'Turið', 'Guðrun', 'Bárður', 'Høgni', 'Sámal', 'Eyðun', 'Rannvá', 'Jógvan', 'Súsanna', 'Beinir', 'Sunnvá'];
const FAROESE_SURNAME = ['Joensen', 'Djurhuus', 'Poulsen', 'Jacobsen', 'Nolsøe', 'Hoydal', 'Patursson', 'Lamhauge', 'Dahl', 'Mortensen', 'Zachariasen', 'Hansen'];
const IMMIGRANT_FIRST = ['Abdirahman', 'Fadumo', 'Hodan', 'Mustafa', 'Leyla', 'Mehmet', 'Ayşe', 'Dragana', 'Oksana', 'Wei', 'Priya', 'Mariam', 'Yusuf', 'Tomasz', 'Agnieszka', 'Svetlana', 'Kemal', 'Nadia', 'Thanh', 'Reza'];
const IMMIGRANT_SURNAME = ['Warsame', 'Abdullahi', 'Öztürk', 'Kovačević', 'Shevchenko', 'Nguyen', 'Hashemi', 'Yılmaz', 'Wiśniewska', 'Rahimi', 'Mohamud', 'Haddad', 'Petrović', 'Kaya', 'Tran', 'Ahmadi'];
/** Surnames opened by particles, as EPJ systems and old cards write them. */
const PARTICLE_SURNAME = ['von Holstein', 'de la Cruz', 'van der Berg', 'de Vries', 'van Dijk', 'da Silva', 'dos Santos', 'von Ahnen', 'de Neergaard', 'van Deurs', 'de Thurah', 'von Benzon', 'le Fevre', 'de Coninck'];
/** Villages of rural addresses, on their own line or after a comma before the postal code. */
const VILLAGE = ['Ørum', 'Tved', 'Hammelev', 'Gjerrild', 'Vester Hjermitslev', 'Sdr. Vium', 'Lille Skensved', 'Øster Hurup', 'Hvidbjerg', 'Nørre Snede'];
const RURAL_STREET = ['Bygaden', 'Hovedgaden', 'Kirkebakken', 'Skolevej', 'Mejerivej', 'Møllebakken', 'Præstevænget', 'Åsvej'];
const FLOOR = ['', '', '', ', 2.tv', ', st. th.', ', kld.', ', 1. sal', ' 3. mf.', ', st.', ', 4.th.', ', 2. sal tv.', ', 1.'];
const WARD = ['Afsnit 12', 'Afsnit 4', 'Medicinsk afsnit M3', 'Kirurgisk afd. K2', 'Geriatrisk afsnit G1'];
const DRUGS = ['Panodil 1 g', 'Pamol 500 mg', 'Furix 40 mg', 'Metformin 500 mg', 'Eliquis 5 mg', 'Zopiclon 7,5 mg', 'Pinex 500 mg', 'Selo-Zok 50 mg', 'Lipitor 20 mg', 'Kaleorid 750 mg', 'Magnyl 75 mg', 'Tradolan 50 mg', 'Ventoline 0,1 mg', 'Amlodipin 5 mg', 'Lamotrigin 100 mg'];

/** A person from the drawn Danish lists (sometimes a middle name, a hyphenated or particle surname), or of another origin. */
function somebody(rnd: Rng, origin: 'danish' | 'any' = 'any'): Person {
  const r = origin === 'danish' ? 0 : rnd();
  let first: string, last: string;
  if (r < 0.08) [first, last] = [pick(rnd, GREENLANDIC_FIRST), pick(rnd, GREENLANDIC_SURNAME)];
  else if (r < 0.14) [first, last] = [pick(rnd, FAROESE_FIRST), pick(rnd, FAROESE_SURNAME)];
  else if (r < 0.24) [first, last] = [pick(rnd, IMMIGRANT_FIRST), pick(rnd, rnd() < 0.5 ? IMMIGRANT_SURNAME : DRAWN_SURNAMES)];
  else [first, last] = [pick(rnd, DRAWN_FIRST_NAMES), rnd() < 0.08 ? `${pick(rnd, DRAWN_SURNAMES)}-${pick(rnd, DRAWN_SURNAMES)}` : pick(rnd, DRAWN_SURNAMES)];
  const middle = r >= 0.24 && rnd() < 0.25 ? (rnd() < 0.5 ? pick(rnd, DRAWN_FIRST_NAMES) : pick(rnd, DRAWN_SURNAMES)) : undefined;
  return { first, middle, last, full: [first, middle, last].filter(Boolean).join(' ') };
}

/** A Danish person with a surname that ends like a surname (-sen, -gaard): one that stands alone after Kære. */
function senPerson(rnd: Rng): Person {
  const last = pick(rnd, DRAWN_SURNAMES.filter((s) => /(?:sen|gaard|rup)$/u.test(s) && !s.includes('-')));
  const first = pick(rnd, DRAWN_FIRST_NAMES);
  return { first, last, full: `${first} ${last}` };
}

/** Street and house number with an optional letter and floor, from the drawn register streets. */
function streetLine(rnd: Rng): string {
  return `${pick(rnd, DRAWN_STREETS)} ${int(rnd, 1, 180)}${rnd() < 0.15 ? pick(rnd, ['A', 'B', 'C']) : ''}${pick(rnd, FLOOR)}`;
}

function handover(rnd: Rng): DocBuilder {
  const b = new DocBuilder();
  b.add(`Vagtoverlevering ${dateText(rnd)} kl. ${pick(rnd, ['07.00', '15.00', '23.00'])} – ${pick(rnd, WARD)}\n\n`);
  for (let i = 0; i < int(rnd, 2, 3); i++) {
    const p = somebody(rnd), relative = somebody(rnd, 'danish');
    b.add('Stue ').plant(String(int(rnd, 1, 24)), { type: 'neg', sub: 'room', negOf: 'address' }).add(`, seng ${int(rnd, 1, 4)}: `);
    b.plant(p.full, { type: 'name' }).add(` (${int(rnd, 18, 98)} år), CPR `);
    const c = cprText(rnd);
    b.plant(c.value, { type: 'cpr', sub: c.sub }).add('\n');
    b.add(`S: Indlagt med ${pick(rnd, ['pneumoni', 'faldtraume', 'KOL-exacerbation', 'urinvejsinfektion', 'hjertesvigt'])}. `);
    b.add(`B: Får ${pick(rnd, DRUGS)} x ${int(rnd, 1, 4)} og ${pick(rnd, DRUGS)}. Uge ${int(rnd, 1, 52)} i forløbet.\n`);
    b.add(`A: Stabil, NEWS ${int(rnd, 0, 6)}. R: Tilses af ${pick(rnd, ['stuegangslægen', 'fysioterapeuten', 'diætisten'])}.\n`);
    if (rnd() < 0.5) {
      b.add('Pt. bor alene på ').plant(streetLine(rnd), { type: 'address' }).add(`, ${pick(rnd, ['har hjemmehjælp', 'klarer sig selv', 'har nødkald'])}.\n`);
    } else {
      b.add('Adresse: ').plant(`${streetLine(rnd)}, ${pick(rnd, DRAWN_POSTAL_TOWNS)}`, { type: 'address' }).add('\n');
    }
    b.add(`Pårørende: ${pick(rnd, ['datter', 'søn', 'ægtefælle', 'nevø', 'barnebarn'])} `).plant(relative.full, { type: 'name' }).add(', tlf. ').plant(phone(rnd), { type: 'phone' }).add('\n\n');
  }
  b.add(`Overleveret af spl. ${pick(rnd, ['AK', 'MJ', 'LH', 'SBN'])} til aftenvagten.\n`);
  return b;
}

function medicationList(rnd: Rng): DocBuilder {
  const b = new DocBuilder();
  const p = somebody(rnd), doctor = somebody(rnd, 'danish');
  b.add('MEDICINLISTE (FMK-udskrift)\nPatient: ').plant(p.full, { type: 'name' }).add('\nCPR: ');
  const c = cprText(rnd);
  b.plant(c.value, { type: 'cpr', sub: c.sub }).add(`\nUdskrevet: ${dateText(rnd)}\n\n`);
  b.add('| Præparat | Dosis | Indikation |\n|---|---|---|\n');
  for (let i = 0; i < int(rnd, 4, 7); i++) {
    const [drug, strength] = pick(rnd, DRUGS).split(/ (?=\d)/u);
    b.add('| ').plant(`${drug} ${strength}`, { type: 'neg', sub: 'drug-dose', negOf: 'address' }).add(` | ${int(rnd, 1, 3)} tbl. x ${int(rnd, 1, 4)} dgl. | ${pick(rnd, ['smerter', 'hypertension', 'AFLI', 'diabetes', 'søvn', 'ødemer'])} |\n`);
  }
  b.add(`\nOrdineret af ${pick(rnd, ['læge', 'overlæge', 'afdelingslæge'])} `).plant(doctor.full, { type: 'name' });
  b.add(`, ${pick(rnd, WARD)}.\n`);
  return b;
}

function labReport(rnd: Rng): DocBuilder {
  const b = new DocBuilder();
  const p = somebody(rnd), requester = somebody(rnd, 'danish');
  b.add(`Klinisk Biokemisk Afdeling – svarrapport\nPrøvenr. ${int(rnd, 10, 99)}${pad(int(rnd, 0, 9999999), 7)}\n`);
  b.add('Navn: ').plant(`${p.last}, ${p.first}`, { type: 'name' }).add('\nCPR-nr.: ');
  const c = cprText(rnd);
  b.plant(c.value, { type: 'cpr', sub: c.sub }).add('\n');
  b.add('Rekvirent: ').plant(requester.full, { type: 'name' }).add(`, ${pick(rnd, WARD)}\n`);
  b.add(`Taget: ${dateText(rnd)} kl. ${pad(int(rnd, 6, 22))}.${pad(int(rnd, 0, 59))}\n\n`);
  for (const [test, unit] of [['Hæmoglobin', 'mmol/l'], ['Leukocytter', '10^9/l'], ['CRP', 'mg/l'], ['Kreatinin', 'µmol/l'], ['Natrium', 'mmol/l']] as const) {
    b.add(`${test.padEnd(12)} ${int(rnd, 1, 150)},${int(rnd, 0, 9)} ${unit}\n`);
  }
  b.add(`\nBesvaret af bioanalytiker ${pick(rnd, ['HL', 'KMJ', 'TB'])}. Kopi til egen læge. Svar også sendt til `).plant(emailOf(rnd, requester), { type: 'email' }).add('.\n');
  return b;
}

function appointmentLetter(rnd: Rng): DocBuilder {
  const b = new DocBuilder();
  const p = rnd() < 0.5 ? senPerson(rnd) : somebody(rnd);
  const secretary = somebody(rnd, 'danish');
  b.add(`${pick(rnd, ['Regionshospitalet Viborg', 'Sjællands Universitetshospital', 'Aalborg Universitetshospital', 'Hospitalsenheden Vest'])}\n`);
  b.add(`${pick(rnd, ['Ortopædkirurgisk Ambulatorium', 'Medicinsk Dagafsnit', 'Øjenklinikken'])}\n\n`);
  b.plant(p.full, { type: 'name' }).add('\n');
  const style = int(rnd, 0, 3);
  if (style === 0) {
    const host = somebody(rnd, 'danish');
    b.add('c/o ').plant(host.full, { type: 'name' }).add('\n').plant(`${streetLine(rnd)}\n${pick(rnd, DRAWN_POSTAL_TOWNS)}`, { type: 'address' }).add('\n');
  } else if (style === 1) {
    b.plant(`${pick(rnd, RURAL_STREET)} ${int(rnd, 1, 60)}\n${pick(rnd, VILLAGE)}\n${pick(rnd, DRAWN_POSTAL_TOWNS)}`, { type: 'address' }).add('\n');
  } else if (style === 2) {
    b.plant(`${pick(rnd, RURAL_STREET)} ${int(rnd, 1, 60)}, ${pick(rnd, VILLAGE)}, ${pick(rnd, DRAWN_POSTAL_TOWNS)}`, { type: 'address' }).add('\n');
  } else {
    b.plant(`${streetLine(rnd)}\n${pick(rnd, DRAWN_POSTAL_TOWNS)}`, { type: 'address' }).add('\n');
  }
  b.add(`\n${dateText(rnd)}\n\n`);
  if (p.last.match(/(?:sen|gaard|rup)$/u) && rnd() < 0.5) b.add('Kære ').plant(p.last, { type: 'name' }).add('\n\n');
  else b.add('Kære ').plant(p.first, { type: 'name' }).add('\n\n');
  b.add(`Du er indkaldt til ${pick(rnd, ['forundersøgelse', 'kontrol', 'operation'])} den ${dateText(rnd)} kl. ${pad(int(rnd, 8, 15))}.${pick(rnd, ['00', '15', '30', '45'])}. `);
  b.add('Mød op ved ').plant(`Indgang ${int(rnd, 1, 9)}`, { type: 'neg', sub: 'entrance', negOf: 'address' }).add(', ').plant(`Opgang ${int(rnd, 1, 6)}`, { type: 'neg', sub: 'stairway', negOf: 'address' }).add(`, ${int(rnd, 1, 5)}. sal. `);
  b.add(`Husk at medbringe din medicinliste. Spørgsmål: ring på `).plant(phone(rnd), { type: 'phone' }).add(` hverdage kl. 8-12.\n\n`);
  b.add('Med venlig hilsen\n\n').plant(secretary.full, { type: 'name' }).add('\nLægesekretær\nDirekte mail: ').plant(emailOf(rnd, secretary), { type: 'email' }).add('\n');
  return b;
}

function complaintLetter(rnd: Rng): DocBuilder {
  const b = new DocBuilder();
  const writer = somebody(rnd, 'danish'), mother = somebody(rnd), doctor = senPerson(rnd);
  b.add('Til Patientkontoret\n\nKære kollega / Dear Colleague – videresendt\n\n');
  b.add(`Klage over behandlingen af min ${pick(rnd, ['mor', 'far', 'ægtefælle'])}, `).plant(mother.full, { type: 'name' }).add(', CPR ');
  const c = cprText(rnd);
  b.plant(c.value, { type: 'cpr', sub: c.sub }).add(', som bor på ').plant(streetLine(rnd), { type: 'address' }).add(` ${pick(rnd, ['sammen med min far', 'alene', 'i en ældrebolig'])}.\n\n`);
  b.add(`Hun blev ${dateText(rnd)} udskrevet fra ${pick(rnd, WARD)} uden at vi var informeret. `);
  b.add(`Vi talte med ${pick(rnd, ['dr.', 'overlæge', 'læge'])} `).plant(doctor.last, { type: 'name' });
  b.add(`, der sagde at ${pick(rnd, ['alt var i orden', 'hun kunne tage hjem', 'der var en plan'])}. Hun fik ${pick(rnd, DRUGS)} med hjem.\n\n`);
  b.add('Med venlig hilsen\n').plant(writer.full, { type: 'name' }).add('\n');
  b.plant(`${streetLine(rnd)}\n${pick(rnd, DRAWN_POSTAL_TOWNS)}`, { type: 'address' }).add('\nTlf. ').plant(phone(rnd), { type: 'phone' }).add('\nMail: ').plant(emailOf(rnd, writer), { type: 'email' }).add('\n');
  return b;
}

function patientListExport(rnd: Rng): DocBuilder {
  const b = new DocBuilder();
  b.add('Stue;Seng;Navn;CPR;Adresse;Postnr/by;Kontakt tlf\n');
  for (let i = 0; i < int(rnd, 6, 10); i++) {
    const p = somebody(rnd);
    b.add(`${int(rnd, 1, 24)};${int(rnd, 1, 4)};`);
    const particle = rnd() < 0.15;
    const initial = rnd() < 0.15 ? ` ${pick(rnd, ['K', 'M', 'B', 'S', 'L'])}.` : '';
    const name = particle ? `${pick(rnd, PARTICLE_SURNAME)}, ${p.first}` : `${p.last}, ${p.first}${p.middle ? ` ${p.middle}` : initial}`;
    b.plant(rnd() < 0.3 ? name.replace(/^[^,]+/u, (s) => s.toUpperCase()) : name, { type: 'name' }).add(';');
    const c = cprText(rnd);
    b.plant(c.value, { type: 'cpr', sub: c.sub }).add(';').plant(streetLine(rnd).replace(/,/gu, ''), { type: 'address' }).add(';');
    b.plant(pick(rnd, DRAWN_POSTAL_TOWNS), { type: 'address' }).add(';').plant(phone(rnd).replace(/;/gu, ''), { type: 'phone' }).add('\n');
  }
  return b;
}

function oldRecordCard(rnd: Rng): DocBuilder {
  const b = new DocBuilder();
  const p = somebody(rnd);
  const particle = rnd() < 0.4;
  b.add(`JOURNALKORT (SCANNET ${int(rnd, 1975, 1999)})\n\n`);
  const name = particle ? `${pick(rnd, PARTICLE_SURNAME).toUpperCase()}, ${p.first.toUpperCase()}` : rnd() < 0.5 ? `${p.last.toUpperCase()}, ${p.first.toUpperCase()}` : p.full.toUpperCase();
  b.add('NAVN: ').plant(name, { type: 'name' }).add('\nPERSONNR.: ');
  const c = cprText(rnd);
  b.plant(c.value, { type: 'cpr', sub: c.sub }).add('\nADRESSE: ').plant(`${streetLine(rnd)}, ${pick(rnd, DRAWN_POSTAL_TOWNS)}`.toUpperCase(), { type: 'address' }).add('\n');
  b.add(`STILLING: ${pick(rnd, ['LANDMAND', 'HUSMODER', 'SMED', 'LÆRER', 'FISKER'])}\n`);
  b.add(`INDL. ${dateText(rnd)} PGA. ${pick(rnd, ['APPENDICITIS', 'FRACTURA COLLI FEMORIS', 'PNEUMONIA'])}. STUE `).plant(String(int(rnd, 1, 30)), { type: 'neg', sub: 'room', negOf: 'address' }).add('.\n');
  return b;
}

/** An address given only as a street and number in prose, after `bor på` or a label: the street from the register. */
function homeVisitNote(rnd: Rng): DocBuilder {
  const b = new DocBuilder();
  const p = somebody(rnd), nurse = somebody(rnd, 'danish');
  b.add(`Hjemmebesøg ${dateText(rnd)}\n`).add('Borger: ').plant(p.full, { type: 'name' }).add('\n');
  b.add(pick(rnd, ['Besøgsadresse: ', 'Bopæl: ', 'Adr.: '])).plant(streetLine(rnd), { type: 'address' }).add('\n\n');
  b.add(`Borgeren bor i ${pick(rnd, ['lejlighed', 'parcelhus', 'rækkehus'])} og er ${pick(rnd, ['selvhjulpen', 'gangbesværet', 'i bedring'])}. `);
  b.add(`Tager ${pick(rnd, DRUGS)} og ${pick(rnd, DRUGS)}. Næste besøg uge ${int(rnd, 1, 52)}.\n`);
  b.add('Dokumenteret af ').plant(nurse.full, { type: 'name' }).add(', sygeplejerske (').plant(emailOf(rnd, nurse), { type: 'email' }).add(')\n');
  return b;
}

export const heldOutStyle: CorpusGenerator = (rnd) => {
  const docs = [];
  for (let i = 0; i < 25; i++) {
    docs.push(handover(rnd).build(`heldout-handover-${pad(i, 3)}.txt`, 'plaintext'));
    docs.push(medicationList(rnd).build(`heldout-medication-${pad(i, 3)}.md`, 'markdown'));
    docs.push(labReport(rnd).build(`heldout-lab-${pad(i, 3)}.txt`, 'plaintext'));
    docs.push(appointmentLetter(rnd).build(`heldout-letter-${pad(i, 3)}.txt`, 'plaintext'));
    docs.push(complaintLetter(rnd).build(`heldout-complaint-${pad(i, 3)}.txt`, 'plaintext'));
    docs.push(oldRecordCard(rnd).build(`heldout-card-${pad(i, 3)}.txt`, 'plaintext'));
    docs.push(homeVisitNote(rnd).build(`heldout-visit-${pad(i, 3)}.txt`, 'plaintext'));
    if (i < 10) docs.push(patientListExport(rnd).build(`heldout-patients-${pad(i, 3)}.csv`, 'csv'));
  }
  return docs;
};
