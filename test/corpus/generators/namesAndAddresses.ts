// Person names and Danish addresses in notes, letters, CSV, JSON and SQL, with decoys that look like names
// (eponyms, medicines, hospitals, towns, capitalised words at a sentence start) or like addresses (doses, room
// numbers). The names, streets and towns below are deliberately NOT the most frequent ones of the shipped lists,
// and some surnames and streets are in no list at all, so the figures reward rules that generalise.
import { DocBuilder, int, pick, type CorpusGenerator, type Rng } from '../types';

const FIRST = ('Gudrun Ragnhild Solveig Tove Vibeke Merete Jonna Lisbeth Bodil Dagmar Asta Alberte Frida Karla Nanna Ditte Stine ' +
  'Hjørdis Sigrid Thea Clara Ellen Esther Yasmin Leyla Halima Dorota Katarzyna Svetlana Mariam Hiba Amina Shirin Nasrin Thuy ' +
  'Torben Gunnar Valdemar Aage Egon Svend Preben Leif Arne Erling Knud Jesper Ulrik Villum Bjørn Mikkel Asger Ebbe Holger Oskar ' +
  'Malthe Kaj Tage Palle Ove Jannik Rune Hakan Murat Emre Piotr Krzysztof Andrzej Dariusz Omar Yousef Bilal Hamza Tariq Rashid ' +
  'Dragan Mirsad Huy Minh Sander Johan Eigil Vagn Hilmar Edith Gitte').split(' ');
/** Surnames: some in the Danmarks Statistik list, some of other origins that no shipped list holds. */
const SURNAME = ('Damgaard Vestergaard Kofoed Brix Schou Lauridsen Bisgaard Mikkelsen Friis Winther Juhl Ravn Hjorth Brandt Krogh ' +
  'Borup Kjeldsen Dalsgaard Svendsen Lassen Overgaard Fogh Riis Bundgaard Kirkegaard Nørgaard Buch Højer Graversen Ebbesen ' +
  'Mazurkiewicz Wojciechowski Kuznetsova Hadzimehmedovic Demirci Nakamura Okonkwo Mensah Tesfaye Ndiaye Diallo Traoré ' +
  'Rahmanzai Barakzai Fernandes Stoltenberg Hvidtfeldt').split(' ');
/** Streets: listed ones without a street ending, and invented ones with one (in no list). */
const STREET = ['Strøget', 'Vimmelskaftet', 'Kultorvet', 'Kløvervænget', 'Hyldebærstien', 'Mågevej', 'Sivsangervej', 'Porsevænget',
  'Lærkeparken', 'Skovduestien', 'Bøgeallé', 'Egelundsvej', 'Humlehaven', 'Rugmarken', 'Fasanstræde', 'Tranebærvej', 'Gl. Kirkevej',
  'Store Torvegade', 'Peter Bangs Vej', 'Ravnsborg Tværgade', 'Sankt Hans Gade', 'Christian IX\'s Gade', 'Vester Voldgade',
  'Nørre Allé', 'Kirsebærhaven', 'Engblommevej', 'Ved Stranden', 'Rosenørns Allé'].filter((s) => !s.includes("'"));
const TOWN = ['6400 Sønderborg', '7500 Holstebro', '8600 Silkeborg', '4200 Slagelse', '4800 Nykøbing F', '3700 Rønne', '6200 Aabenraa',
  '9900 Frederikshavn', '7800 Skive', '8800 Viborg', '5500 Middelfart', '4400 Kalundborg', '3300 Frederiksværk', '2630 Taastrup',
  '2750 Ballerup', '2860 Søborg', '8240 Risskov', '9400 Nørresundby', '6100 Haderslev', '7700 Thisted', '8450 Hammel', '5600 Faaborg',
  '4760 Vordingborg', '6950 Ringkøbing', '9700 Brønderslev', '2670 Greve', '3520 Farum', '8310 Tranbjerg J', '1165 København K',
  '5800 Nyborg', '6800 Varde', '9620 Aalestrup', '4990 Sakskøbing', '3760 Gudhjem', '8382 Hinnerup'];

const FLOOR = ['', '', '', ', st.', ', 1. th.', ', 2. tv.', ', st. th.', ', 3. mf.', ', 4. tv.', ', 1.'];

function personName(rnd: Rng): string {
  const parts = [pick(rnd, FIRST)];
  if (rnd() < 0.3) parts.push(pick(rnd, FIRST));
  if (rnd() < 0.15) parts.push(pick(rnd, SURNAME));
  const last = pick(rnd, SURNAME);
  parts.push(rnd() < 0.12 ? `${pick(rnd, SURNAME.slice(0, 30))}-${last}` : last);
  return parts.join(' ');
}

function address(rnd: Rng): string {
  const number = String(int(rnd, 1, 240)) + (rnd() < 0.25 ? pick(rnd, ['A', 'B', 'C']) : '');
  return `${pick(rnd, STREET)} ${number}${pick(rnd, FLOOR)}, ${pick(rnd, TOWN)}`;
}

/** Sentences whose capitalised words are no names or addresses. */
const NAME_DECOYS = [
  'Kendt med Parkinsons sygdom gennem 6 år.', 'Mistanke om Crohns sygdom.', 'Tidligere udredt for Aspergers syndrom.',
  'Morbus Crohn i remission.', 'Alzheimers demens i familien.', 'Behandles for Hodgkins lymfom.', 'Downs syndrom hos bror.',
  'Fortsætter Panodil og Pinex efter behov.', 'Skiftet fra Eliquis til Marevan.', 'Overflyttet til Aarhus Universitetshospital.',
  'Henvist til Sygehus Lillebælt, Kolding.', 'Kontrol på Regionshospitalet Viborg.', 'Indlagt på Odense Universitetshospital.',
  'Flyttet fra Silkeborg til Holstebro.', 'Hans søster deltog i samtalen.', 'Per telefon aftales ny tid.', 'Under indlæggelsen ingen feber.',
  'Efter operationen mobiliseret.', 'May improve with physiotherapy.', 'Will follow up in Herning.', 'Ingen tegn på Cushings syndrom.',
  'Bo hjemme med hjælp fra Hjemmeplejen.', 'Rigshospitalet har sendt svar.', 'Region Hovedstaden er orienteret.',
  'Besøg på Karen Blixen Museet.', 'Bisat fra Sankt Petri Kirke.', 'Follow Up with Cardiology Clinic.', 'Discharge Disposition: Home With Services.',
  'Pers.nr. oplyst.', 'Bor på Aksel Møllers Have.', 'Pfeiffers kirtelfeber i 2019.', 'Non-Hodgkin lymfom i remission.',
];
const ADDRESS_DECOYS = ['Giv Panodil 500 mg x 4.', 'Stue 12, seng 3.', 'Afsnit 7 på Herlev Hospital.', 'Kontrol om 5 uger.', 'BT 137/87, puls 78.'];

const NOTE_LABEL = ['Navn: ', 'Pt.: ', 'Patient: ', 'Patientens navn: ', 'Vedr.: ', 'Name: '];

export const namesAndAddresses: CorpusGenerator = (rnd) => {
  const docs = [];
  // Clinical notes
  for (let i = 0; i < 60; i++) {
    const b = new DocBuilder();
    b.add(pick(rnd, ['JOURNALNOTAT\n\n', 'Ambulant notat\n\n', 'Epikrise\n\n', 'Discharge summary\n\n']));
    b.add(pick(rnd, NOTE_LABEL)).plant(personName(rnd), { type: 'name' }).add('\n');
    b.add(pick(rnd, ['Adresse: ', 'Bopæl: ', 'Adr.: ', 'Address: '])).plant(address(rnd), { type: 'address' }).add('\n\n');
    b.add(pick(rnd, NAME_DECOYS)).add(' ').add(pick(rnd, ADDRESS_DECOYS)).add(' ');
    const style = int(rnd, 0, 5);
    if (style === 0) b.add('Samtale med ').plant(personName(rnd), { type: 'name' }).add(' om behandlingen. ');
    if (style === 1) b.add(pick(rnd, ['Pårørende: ', 'Datter: ', 'Ægtefælle: '])).plant(personName(rnd), { type: 'name' }).add(', tlf. oplyst. ');
    if (style === 2) b.add('Henvist af egen læge ').plant(personName(rnd), { type: 'name' }).add(', ').add(pick(rnd, ['Lægehuset Torvet', 'Holstebro Lægecenter', 'Skive'])).add('. ');
    if (style === 3) b.add(pick(rnd, ['Talt med hr. ', 'Talt med fru ', 'Set af Dr. '])).plant(pick(rnd, SURNAME), { type: 'name' }).add(' i dag. ');
    if (style === 4) b.add('Pt. bor sammen med ').plant(personName(rnd), { type: 'name' }).add(' på ').plant(`${pick(rnd, STREET)} ${int(rnd, 1, 99)}`, { type: 'address' }).add('. ');
    if (style === 5) b.add('Patienten ønsker, at ').plant(personName(rnd), { type: 'name' }).add(' orienteres. ');
    b.add(pick(rnd, NAME_DECOYS)).add('\n\n');
    b.add(pick(rnd, ['Mvh.\n', 'Med venlig hilsen\n', 'Dikteret af ', 'Kind regards,\n']));
    b.plant(rnd() < 0.2 ? pick(rnd, FIRST) : personName(rnd), { type: 'name' }).add(pick(rnd, ['', ', overlæge', ', sygeplejerske', '\nAfdeling for Lungesygdomme'])).add('\n');
    docs.push(b.build(`names-note-${String(i).padStart(3, '0')}.txt`, 'plaintext'));
  }
  // Letters: the address as a block of two lines under the name
  for (let i = 0; i < 20; i++) {
    const b = new DocBuilder();
    b.add(pick(rnd, ['Region Syddanmark\nSygehus Lillebælt\n\n', 'Holstebro Kommune\nSocialforvaltningen\n\n']));
    b.plant(personName(rnd), { type: 'name' }).add('\n');
    const street = `${pick(rnd, STREET)} ${int(rnd, 1, 180)}${pick(rnd, FLOOR)}`;
    b.plant(`${street}\n${pick(rnd, TOWN)}`, { type: 'address' }).add('\n\n');
    b.add(`${pick(rnd, ['Kære', 'Dear'])} `).plant(pick(rnd, FIRST), { type: 'name' }).add('\n\nDu indkaldes til kontrol. ').add(pick(rnd, NAME_DECOYS)).add('\n');
    docs.push(b.build(`names-letter-${String(i).padStart(3, '0')}.txt`, 'plaintext'));
  }
  // CSV with a name column and an address column
  const csv = new DocBuilder().add('id;navn;adresse;diagnose\n');
  for (let i = 0; i < 40; i++) {
    csv.add(`${i + 1};`).plant(personName(rnd), { type: 'name' }).add(';"').plant(address(rnd), { type: 'address' }).add(`";${pick(rnd, ['Parkinsons sygdom', 'KOL', 'Type 2-diabetes', 'Crohns sygdom'])}\n`);
  }
  docs.push(csv.build('names-fixture.csv', 'csv'));
  // CSV with first and last name in separate columns
  const csv2 = new DocBuilder().add('fornavn,efternavn,by\n');
  for (let i = 0; i < 20; i++) {
    csv2.plant(pick(rnd, FIRST), { type: 'name' }).add(',').plant(pick(rnd, SURNAME), { type: 'name' }).add(`,${pick(rnd, TOWN).slice(5)}\n`);
  }
  docs.push(csv2.build('names-split.csv', 'csv'));
  // JSON records
  const j = new DocBuilder().add('[\n');
  for (let i = 0; i < 20; i++) {
    j.add(`  {"id": ${i}, "patient_name": "`).plant(personName(rnd), { type: 'name' }).add('", "hospital": "').add(pick(rnd, ['Aarhus Universitetshospital', 'Sygehus Sønderjylland', 'Regionshospitalet Randers']));
    j.add('", "address": "').plant(address(rnd), { type: 'address' }).add(`", "drug": "${pick(rnd, ['Panodil', 'Metformin', 'Eliquis'])}"}${i < 19 ? ',' : ''}\n`);
  }
  docs.push(j.add(']\n').build('names-fixture.json', 'json'));
  // YAML, XML, a Markdown table, an e-mail header: layouts with names and addresses in their own fields
  const yaml = new DocBuilder().add('patienter:\n');
  for (let i = 0; i < 10; i++) {
    yaml.add('  - navn: ').plant(personName(rnd), { type: 'name' }).add('\n    adresse: ').plant(address(rnd), { type: 'address' }).add(`\n    afdeling: ${pick(rnd, ['Kardiologisk Afdeling', 'Akutmodtagelsen'])}\n`);
  }
  docs.push(yaml.build('names-fixture.yaml', 'yaml'));
  const xml = new DocBuilder().add('<patienter>\n');
  for (let i = 0; i < 10; i++) {
    xml.add('  <patient><navn>').plant(personName(rnd), { type: 'name' }).add('</navn><adresse>').plant(address(rnd), { type: 'address' }).add('</adresse></patient>\n');
  }
  docs.push(xml.add('</patienter>\n').build('names-fixture.xml', 'xml'));
  for (let i = 0; i < 10; i++) {
    const md = new DocBuilder().add('# Henvisning\n\n| Felt | Værdi |\n|---|---|\n| Patient | ').plant(personName(rnd), { type: 'name' }).add(' |\n| Bopæl | ').plant(address(rnd), { type: 'address' }).add(' |\n');
    md.add('| Henvisende læge | ').plant(personName(rnd), { type: 'name' }).add(' |\n\n').add(pick(rnd, NAME_DECOYS)).add('\n');
    docs.push(md.build(`names-table-${String(i).padStart(3, '0')}.md`, 'markdown'));
    const mail = new DocBuilder().add('Fra: ').plant(personName(rnd), { type: 'name' }).add(' <').plant('sekretariat@example.org', { type: 'email' }).add('>\nTil: ').plant(personName(rnd), { type: 'name' }).add('\nEmne: Vedr. pt. fra ').add(pick(rnd, TOWN).slice(5)).add('\n\nHej ').plant(pick(rnd, FIRST), { type: 'name' }).add(',\n\n').add(pick(rnd, NAME_DECOYS)).add('\n\nVenlig hilsen\n').plant(personName(rnd), { type: 'name' }).add('\n');
    docs.push(mail.build(`names-mail-${String(i).padStart(3, '0')}.txt`, 'plaintext'));
  }
  // SQL INSERT
  const sql = new DocBuilder().add('INSERT INTO patienter (id, navn, adresse, afdeling) VALUES\n');
  for (let i = 0; i < 20; i++) {
    sql.add(`  (${i}, '`).plant(personName(rnd), { type: 'name' }).add("', '").plant(address(rnd), { type: 'address' }).add(`', '${pick(rnd, ['Kardiologisk Afdeling', 'Herlev Hospital', 'Medicinsk Afdeling'])}')${i < 19 ? ',' : ';'}\n`);
  }
  docs.push(sql.build('names-fixture.sql', 'sql'));
  return docs;
};
