// Documents people write: Danish journal notes and referrals with varied labels and running text, English discharge
// letters, e-mails with headers and signatures, and scanned letters (upper-case forms, a name or address broken over
// lines, a CPR number with OCR letters). Names with particles and hyphens, addresses with floor and side or a
// village line, phone numbers in every layout, e-mails on subdomains; and in the same documents the numbers that
// must stay quiet (dates, times, amounts, invoice, order, sample and account numbers, CVR, ISBN).
import { DocBuilder, int, pick, type CorpusGenerator, type Rng } from '../types';
import { address, cprDecoy, cprText, dateText, emailOf, pad, person, phone } from './people';

const NAME_LABEL = ['Navn: ', 'Patient: ', 'Pt.: ', 'Patientens navn: ', 'Vedr.: ', 'Vedrørende: ', 'Borger: ', 'Name: '];
const CPR_LABEL = ['CPR: ', 'CPR-nr.: ', 'Cpr.nr. ', 'Personnummer: ', 'CPR nr ', 'cpr ', 'Pers.nr.: ', 'CPR-nummer: '];
const ADDRESS_LABEL = ['Adresse: ', 'Bopæl: ', 'Adr.: ', 'Folkeregisteradresse: ', 'Hjemadresse: ', 'Address: '];
const PHONE_LABEL = ['Tlf.: ', 'Tlf. ', 'Telefon: ', 'Mobil: ', 'Mob. ', 'Telefonnr.: ', 'Tlf.nr. ', 'Phone: ', 'Mobilnummer: '];
const EMAIL_LABEL = ['E-mail: ', 'Email: ', 'Mail: ', 'E-post: '];
const DIAGNOSES = ['KOL', 'hjertesvigt', 'atrieflimren', 'type 2-diabetes', 'depression', 'apopleksi', 'pneumoni', 'hoftefraktur', 'angina pectoris'];
const RELATIVE = ['ægtefælle', 'datter', 'søn', 'hustru', 'samlever', 'bror', 'mor'];

/** Plants a decoy with its label; CVR numbers are labelled as CVR (the project reports them), the rest as decoys. */
function decoy(b: DocBuilder, rnd: Rng): void {
  const d = cprDecoy(rnd);
  b.add(d.label);
  if (d.sub === 'cvr') b.plant(d.value, { type: 'cvr', sub: 'letter' });
  else b.plant(d.value, { type: 'neg', sub: d.sub, negOf: 'cpr' });
}

function journalNote(rnd: Rng): DocBuilder {
  const b = new DocBuilder();
  const p = person(rnd), rel = person(rnd), doctor = person(rnd);
  b.add(pick(rnd, ['JOURNALNOTAT', 'Ambulant besøg', 'Indlæggelsesnotat', 'Kontinuationsnotat', 'Telefonkonsultation'])).add(` ${dateText(rnd)}\n\n`);
  b.add(pick(rnd, NAME_LABEL)).plant(p.full, { type: 'name' }).add('\n');
  const c = cprText(rnd);
  b.add(pick(rnd, CPR_LABEL)).plant(c.value, { type: 'cpr', sub: c.sub }).add('\n');
  const a = address(rnd);
  b.add(pick(rnd, ADDRESS_LABEL)).plant(a.full, { type: 'address' }).add('\n');
  b.add(pick(rnd, PHONE_LABEL)).plant(phone(rnd), { type: 'phone' }).add('\n');
  if (rnd() < 0.5) b.add(pick(rnd, EMAIL_LABEL)).plant(emailOf(rnd, p), { type: 'email' }).add('\n');
  b.add(`\nS: Pt. henvender sig med ${pick(rnd, DIAGNOSES)}. Symptomer siden ${dateText(rnd)}, kl. ${pad(int(rnd, 6, 22))}.${pad(int(rnd, 0, 59))}.\n`);
  b.add(`O: BT ${int(rnd, 100, 180)}/${int(rnd, 60, 110)}, puls ${int(rnd, 50, 120)}, SAT ${int(rnd, 88, 100)} %. Vægt ${int(rnd, 50, 120)},${int(rnd, 0, 9)} kg.\n`);
  const style = int(rnd, 0, 3);
  if (style === 0) b.add(`Pt.s ${pick(rnd, RELATIVE)} `).plant(rel.full, { type: 'name' }).add(' deltog i samtalen og kan kontaktes på ').plant(phone(rnd), { type: 'phone' }).add('.\n');
  if (style === 1) b.add('Nærmeste pårørende: ').plant(rel.full, { type: 'name' }).add(` (${pick(rnd, RELATIVE)}), tlf. `).plant(phone(rnd), { type: 'phone' }).add('\n');
  if (style === 2) b.add('Pt. bor alene på ').plant(address(rnd).full, { type: 'address' }).add(' og har hjemmepleje.\n');
  if (style === 3) b.add('Talt med ').plant(rel.full, { type: 'name' }).add(', som oplyser, at pt. er flyttet til ').plant(address(rnd).full, { type: 'address' }).add('.\n');
  b.add('Blodprøver taget. ');
  decoy(b, rnd);
  b.add('.\n');
  decoy(b, rnd);
  b.add('\n\nP: Kontrol om ').add(String(int(rnd, 2, 12))).add(' uger.\n\n');
  b.add(pick(rnd, ['Mvh.\n', 'Med venlig hilsen\n', 'Dikteret af ', '/ '])).plant(doctor.full, { type: 'name' }).add(pick(rnd, [', overlæge', ', 1. reservelæge', ', sygeplejerske', '', ' (læge)'])).add('\n');
  return b;
}

function referral(rnd: Rng): DocBuilder {
  const b = new DocBuilder();
  const p = person(rnd), gp = person(rnd);
  b.add('HENVISNING\n').add(pick(rnd, ['Til: Kardiologisk Ambulatorium, Regionshospitalet Viborg\n', 'Til: Ortopædkirurgisk Afdeling, Odense Universitetshospital\n', 'Til: Lungemedicinsk Afsnit, Herlev Hospital\n']));
  b.add(`Dato: `).plant(dateText(rnd), { type: 'neg', sub: 'date', negOf: 'cpr' }).add('\n\n');
  b.add('Patient\n');
  const c = cprText(rnd);
  if (rnd() < 0.5) {
    b.plant(p.full, { type: 'name' }).add(', ').plant(c.value, { type: 'cpr', sub: c.sub }).add('\n');
  } else {
    b.add(pick(rnd, NAME_LABEL)).plant(p.full, { type: 'name' }).add('   ').add(pick(rnd, CPR_LABEL)).plant(c.value, { type: 'cpr', sub: c.sub }).add('\n');
  }
  const a = address(rnd);
  if (rnd() < 0.5) b.plant(a.multiLine, { type: 'address' }).add('\n');
  else b.add(pick(rnd, ADDRESS_LABEL)).plant(a.full, { type: 'address' }).add('\n');
  b.add(pick(rnd, PHONE_LABEL)).plant(phone(rnd), { type: 'phone' }).add(rnd() < 0.5 ? ' (mobil)\n' : '\n');
  b.add(`\nHenvisningsdiagnose: ${pick(rnd, DIAGNOSES)}.\nAnamnese: Pt. har siden ${dateText(rnd)} haft tiltagende symptomer. `);
  b.add(pick(rnd, ['Kendt med Parkinsons sygdom. ', 'Tidligere Mb. Crohn. ', 'Opereret på Aarhus Universitetshospital i 2019. ', 'Ryger 20 stk. dagligt. ']));
  b.add('\n\nHenvisende læge\n').plant(gp.full, { type: 'name' }).add('\n');
  b.add(pick(rnd, ['Lægehuset Torvet\n', 'Lægerne i Centrum\n', 'Praktiserende læge\n']));
  b.plant(address(rnd).full, { type: 'address' }).add('\n');
  b.add('Ydernr. ').plant(String(int(rnd, 100000, 999999)), { type: 'neg', sub: 'provider', negOf: 'cpr' }).add('   ');
  b.add('Tlf. ').plant(phone(rnd), { type: 'phone' }).add('\n');
  b.add('Sikker mail: ').plant(emailOf(rnd, gp), { type: 'email' }).add('\n');
  decoy(b, rnd);
  b.add('\n');
  return b;
}

function englishLetter(rnd: Rng): DocBuilder {
  const b = new DocBuilder();
  const p = person(rnd), gp = person(rnd), kin = person(rnd), doc = person(rnd);
  b.add('DISCHARGE LETTER\n\n').add(pick(rnd, ['Dear Dr ', 'Dear Dr. ', 'Dear '])).plant(gp.last, { type: 'name' }).add(',\n\n');
  b.add('Re: ').plant(p.full, { type: 'name' }).add(', ');
  const c = cprText(rnd);
  b.add(pick(rnd, ['CPR ', 'CPR no. ', 'Danish CPR: ', 'personal ID number '])).plant(c.value, { type: 'cpr', sub: c.sub }).add('\n');
  b.add('Address: ').plant(address(rnd).full, { type: 'address' }).add('\n');
  b.add(`Admitted: ${dateText(rnd)}  Discharged: ${dateText(rnd)}\n\n`);
  b.add(`Your patient was admitted with ${pick(rnd, ['community-acquired pneumonia', 'an exacerbation of COPD', 'a non-ST elevation myocardial infarction', 'a fall at home'])}. `);
  b.add(pick(rnd, ['She was seen by the Cardiology Team. ', 'He was reviewed by Physiotherapy. ', 'Follow Up in the Outpatient Clinic. ']));
  b.add('Next of kin: ').plant(kin.full, { type: 'name' }).add(` (${pick(rnd, ['wife', 'son', 'daughter', 'husband'])}), phone `).plant(phone(rnd), { type: 'phone' }).add('.\n');
  b.add('Lab reference ').plant(String(int(rnd, 1_000_000_000, 9_999_999_999)), { type: 'neg', sub: 'lab-reference', negOf: 'cpr' }).add(`; invoice total DKK ${int(rnd, 1, 99)},${pad(int(rnd, 0, 999), 3)}.00.\n\n`);
  b.add(pick(rnd, ['Yours sincerely,\n', 'Kind regards,\n', 'Best wishes,\n'])).plant(doc.full, { type: 'name' }).add('\n').add(pick(rnd, ['Consultant Physician\n', 'Registrar, Department of Medicine\n', 'Specialist Registrar\n']));
  b.add('Direct line ').plant(phone(rnd), { type: 'phone' }).add(' | ').plant(emailOf(rnd, doc), { type: 'email' }).add('\n');
  return b;
}

function emailMessage(rnd: Rng): DocBuilder {
  const b = new DocBuilder();
  const from = person(rnd), to = person(rnd), pt = person(rnd);
  b.add('Fra: ').plant(from.full, { type: 'name' }).add(' <').plant(emailOf(rnd, from), { type: 'email' }).add('>\n');
  b.add(`Sendt: ${int(rnd, 1, 28)}. ${pick(rnd, ['januar', 'marts', 'maj', 'august', 'november'])} ${int(rnd, 2020, 2026)} ${pad(int(rnd, 7, 18))}:${pad(int(rnd, 0, 59))}\n`);
  b.add('Til: ').plant(to.full, { type: 'name' }).add(' <').plant(emailOf(rnd, to), { type: 'email' }).add('>\n');
  b.add(`Emne: SV: Vedr. ${pick(rnd, ['udskrivelse', 'genoptræning', 'blodprøvesvar', 'tid i ambulatoriet'])}\n\n`);
  b.add(pick(rnd, ['Hej ', 'Kære ', 'Hi '])).plant(to.first, { type: 'name' }).add('\n\n');
  b.add('Jeg skriver angående ').plant(pt.full, { type: 'name' }).add(' (');
  const c = cprText(rnd);
  b.plant(c.value, { type: 'cpr', sub: c.sub }).add(`), som blev udskrevet ${dateText(rnd)}. `);
  b.add('Pt. kan træffes på ').plant(phone(rnd), { type: 'phone' }).add(' efter kl. 15.\n');
  if (rnd() < 0.5) b.add('Ny adresse er ').plant(address(rnd).full, { type: 'address' }).add('.\n');
  b.add('Ordren har nummer ').plant(String(int(rnd, 10_000_000, 99_999_999)), { type: 'neg', sub: 'order', negOf: 'phone' }).add('.\n\n');
  b.add(pick(rnd, ['Med venlig hilsen\n\n', 'Venlig hilsen\n', 'Mvh\n', 'Best regards\n'])).plant(from.full, { type: 'name' }).add('\n');
  b.add(pick(rnd, ['Sygeplejerske | Medicinsk Afdeling M2\n', 'Lægesekretær, Akutmodtagelsen\n', 'Koordinator\n']));
  b.add(pick(rnd, ['Direkte: ', 'Tlf. ', 'Mobil ', 'T: '])).plant(phone(rnd), { type: 'phone' }).add('\n');
  b.plant(emailOf(rnd, from), { type: 'email' }).add('\n');
  return b;
}

/** A certificate as a scanner returns it: upper-case labels and names, lines broken mid-field, OCR slips in the CPR. */
function scannedCertificate(rnd: Rng): DocBuilder {
  const b = new DocBuilder();
  const p = person(rnd), doctor = person(rnd);
  b.add(pick(rnd, ['LÆGEERKLÆRING', 'ATTEST VEDR. ARBEJDSEVNE', 'STATUSATTEST', 'FORSIKRINGSATTEST'])).add('\n' + '-'.repeat(int(rnd, 12, 30)) + '\n');
  const upper = rnd() < 0.5;
  b.add(upper ? 'NAVN: ' : 'Navn: ').plant(upper ? p.full.toUpperCase() : p.full, { type: 'name' }).add('\n');
  const c = cprText(rnd);
  let v = c.value.includes('-') ? c.value : c.value.slice(0, 6) + '-' + c.value.slice(6);
  const ocr = rnd() < 0.4 && v.includes('0');
  if (ocr) v = v.replace('0', 'O');
  b.add(upper ? 'CPR-NR.: ' : 'CPR-nr.: ').plant(v, { type: 'cpr', sub: ocr ? 'ocr-letter' : c.sub }).add('\n');
  const a = address(rnd);
  b.add(upper ? 'ADRESSE: ' : 'Adresse: ').plant(upper ? a.full.toUpperCase() : a.full, { type: 'address' }).add('\n');
  b.add('Telefon: ').plant(phone(rnd), { type: 'phone' }).add('\n\n');
  b.add(`Undertegnede har ${dateText(rnd)} undersøgt ovennævnte. Pt. har\nværet sygemeldt siden `).plant(dateText(rnd), { type: 'neg', sub: 'date', negOf: 'cpr' }).add(' og forventes\nraskmeldt om ca. 4 uger.\n');
  b.add('Erklæringen er udfærdiget efter anmodning fra ').add(pick(rnd, ['Tryg Forsikring A/S', 'Jobcenter Aarhus', 'Alm. Brand'])).add(', ');
  decoy(b, rnd);
  b.add('.\n\n');
  b.add(`${pick(rnd, ['Aarhus', 'Odense', 'Vejle'])}, den ${dateText(rnd)}\n\n`).plant(doctor.full, { type: 'name' }).add('\n').add(pick(rnd, ['Praktiserende læge\n', 'Speciallæge i almen medicin\n']));
  b.add('Lægehuset, ').plant(address(rnd).full, { type: 'address' }).add('\n');
  b.add('Ydernr. ').plant(String(int(rnd, 100000, 999999)), { type: 'neg', sub: 'provider', negOf: 'cpr' }).add('\n');
  return b;
}

export const clinicalLetters: CorpusGenerator = (rnd) => {
  const docs = [];
  const kinds: [string, (r: Rng) => DocBuilder][] = [['note', journalNote], ['referral', referral], ['letter-en', englishLetter], ['mail', emailMessage], ['certificate', scannedCertificate]];
  for (const [kind, make] of kinds) {
    for (let i = 0; i < 30; i++) docs.push(make(rnd).build(`letters-${kind}-${pad(i, 3)}.txt`, 'plaintext'));
  }
  return docs;
};
