// Shared pieces for the realistic-document generators (clinicalLetters.ts, exchangeFormats.ts): people with names
// of several origins and shapes (particles, hyphens, initials), Danish addresses in their real variety (floor and
// side, `1. sal`, a village line before the postal code, c/o), phone numbers in every common layout, e-mail
// addresses with subdomains, and the numbers that sit in the same documents without being identifiers (dates,
// times, amounts, invoice and sample numbers, bank registration + account, CVR, ISBN). Every value is invented.
import { int, pick, type Rng } from '../types';
import { cvrNumber } from './companyAndPayment';
import { failingCpr, validCpr } from './cprNumbers';
import { cprRules } from '../../../server/src/core';

export const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

const FIRST = ('Anne Kirsten Mette Hanne Susanne Lene Maria Marianne Inge Camilla Louise Charlotte Pia Tina Helle Birgitte ' +
  'Rikke Signe Emma Ida Freja Sofie Laura Josefine Malene Dorte Jette Lone Bente Annette Sanne Trine Mia Julie Astrid ' +
  'Peter Jens Lars Michael Henrik Thomas Søren Jan Christian Martin Niels Anders Morten Jesper Ole Per Erik Hans Kim ' +
  'Rasmus Mads Jørgen Poul Frederik Lasse Mathias Jonas Oliver William Magnus Emil Kasper Bjarne Torben Flemming Finn ' +
  'Fatima Aisha Zeynep Agnieszka Olena Mohammed Ahmad Ali Mustafa Hassan Yusuf Tomasz Krzysztof Nguyen Ivan Sven').split(' ');
const SURNAME = ('Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Petersen Madsen ' +
  'Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller Mortensen Knudsen Jakobsen Mikkelsen Frederiksen ' +
  'Enevoldsen Gregersen Thygesen Iversen Bundgaard Skovgaard Kjærgaard Bækgaard Damgaard Nørgaard Østergaard Frandsen ' +
  'Lykke Hald Bach Krogh Holst Vinther Birk Juul Dahl Lind Storm Berg Munk Kirk Koch Fischer Schmidt Kowalski Nowak ' +
  'Yilmaz Demir Hussein Ahmadi Karimi Haddad Nguyen Tran Petrović Kovačević Ivanova Eriksson Lindqvist').split(' ');
/** Surnames written with a particle or in two parts joined by a hyphen. */
const COMPOUND_SURNAME = ['de Vries', 'van der Berg', 'von Holstein', 'Holm-Jensen', 'Bech-Nielsen', 'Skou-Larsen', 'Møller-Hansen',
  'Lund-Sørensen', 'Rye-Andersen', 'Bruun-Rasmussen', 'Krag-Juel', 'Friis-Mikkelsen'];

export interface Person { first: string; middle?: string; last: string; full: string }

/** A person: first name, sometimes a second first name or a middle surname, a surname (sometimes compound). */
export function person(rnd: Rng): Person {
  const first = pick(rnd, FIRST);
  const middle = rnd() < 0.3 ? (rnd() < 0.5 ? pick(rnd, FIRST) : pick(rnd, SURNAME)) : undefined;
  const last = rnd() < 0.18 ? pick(rnd, COMPOUND_SURNAME) : pick(rnd, SURNAME);
  return { first, middle, last, full: [first, middle, last].filter(Boolean).join(' ') };
}

const ascii = (s: string): string => s.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa').normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z]/g, '');

const MAIL_DOMAINS = ['regionh.dk', 'rm.dk', 'rsyd.dk', 'rn.dk', 'regionsjaelland.dk', 'post.au.dk', 'dept.sund.ku.dk', 'mail.tele.dk',
  'gmail.com', 'hotmail.com', 'outlook.dk', 'live.dk', 'stofanet.dk', 'youmail.dk', 'email.example.dk', 'kir.hosp.example.dk'];

/** A personal e-mail address built from the person's name, sometimes on a subdomain. */
export function emailOf(rnd: Rng, p: Person): string {
  const f = ascii(p.first), l = ascii(p.last);
  const local = pick(rnd, [`${f}.${l}`, `${f}${l}`, `${f[0]}${l}`, `${f}_${l}`, `${f}.${l}${int(rnd, 1, 99)}`, `${f}-${l}`, `${f.slice(0, 3)}${l.slice(0, 3)}`]);
  return `${local}@${pick(rnd, MAIL_DOMAINS)}`;
}

/** Eight digits in the Danish numbering plan. */
export function phoneDigits(rnd: Rng): string {
  return String(int(rnd, 2, 9)) + pad(int(rnd, 0, 9999999), 7);
}

/** A phone number as people write it: pairs, 4-4, with +45 / 0045 / (+45), dashes or dots. */
export function phone(rnd: Rng): string {
  const d = phoneDigits(rnd);
  const pairs = d.match(/../g)!;
  switch (int(rnd, 0, 10)) {
    case 0: return `+45 ${pairs.join(' ')}`;
    case 1: return `+45${d}`;
    case 2: return `0045 ${d}`;
    case 3: return `(+45) ${d.slice(0, 4)} ${d.slice(4)}`;
    case 4: return pairs.join(' ');
    case 5: return pairs.join('-');
    case 6: return `${d.slice(0, 4)} ${d.slice(4)}`;
    case 7: return `+45 ${d.slice(0, 4)} ${d.slice(4)}`;
    case 8: return `0045 ${pairs.join(' ')}`;
    case 9: return `+45-${pairs.join('-')}`;
    default: return d;
  }
}

const STREET = ['Vestergade', 'Østergade', 'Nørregade', 'Søndergade', 'Jernbanegade', 'Skolevej', 'Kirkevej', 'Møllevej', 'Engvej',
  'Bøgevej', 'Birkevej', 'Lærkevej', 'Violvej', 'Rosenvænget', 'Skovbrynet', 'Åboulevarden', 'H.C. Andersens Boulevard',
  'Gammel Kongevej', 'Ny Østergade', 'Store Kongensgade', 'Dronning Olgas Vej', 'Vesterbrogade', 'Amagerbrogade', 'Frederiksborgvej',
  'Hedelyngen', 'Tornebuskegade', 'Rødkløvervej', 'Mølleparken', 'Kastanie Allé', 'Solsikkemarken', 'Hybenhaven', 'Klintebakken',
  'Bakkedraget', 'Pilehøjen', 'Strandvejen', 'Algade', 'Torvegade', 'Brogade', 'Ved Åen', 'Holmegårdsvej', 'Sct. Mogens Gade'];
/** Postal code and town, as PostNord writes them. */
export const TOWNS = ['8000 Aarhus C', '2100 København Ø', '2200 København N', '2300 København S', '2400 København NV', '2450 København SV',
  '1620 København V', '5000 Odense C', '5230 Odense M', '9000 Aalborg', '6700 Esbjerg', '7100 Vejle', '8700 Horsens', '4000 Roskilde',
  '3000 Helsingør', '2800 Kongens Lyngby', '2900 Hellerup', '8900 Randers C', '6000 Kolding', '7400 Herning', '4700 Næstved',
  '9800 Hjørring', '8660 Skanderborg', '8520 Lystrup', '4300 Holbæk', '3400 Hillerød', '2620 Albertslund', '7000 Fredericia',
  '5700 Svendborg', '6400 Sønderborg', '8800 Viborg', '9700 Brønderslev', '4900 Nakskov', '6270 Tønder', '7620 Lemvig',
  '8464 Galten', '9560 Hadsund', '4640 Faxe', '3390 Hundested', '6880 Tarm'];
/** Villages written on their own line or after a comma before the postal code (the supplementary town name). */
const VILLAGES = ['Vester Hjermitslev', 'Ørum Djurs', 'Tved', 'Sdr. Omme', 'Nørre Alslev', 'Hammelev', 'Øster Assels', 'Gjerrild', 'Lille Skensved'];
/** Floor and side as written after the house number. */
const FLOOR = [', 3. tv.', ', st. th.', ', 1. sal', ', 2. th', ' 4. mf.', ', st.', ', 1. tv', ', 2. sal th.', ' st tv', ', kl.', ', 5. 12', ', 3.'];

export interface Address { street: string; town: string; full: string; multiLine: string }

/** A Danish address: street and number (maybe a letter, a floor and side, a village), postal code and town. */
export function address(rnd: Rng): Address {
  const number = String(int(rnd, 1, 199)) + (rnd() < 0.2 ? pick(rnd, ['A', 'B', 'C', 'D']) : '');
  const street = `${pick(rnd, STREET)} ${number}${rnd() < 0.45 ? pick(rnd, FLOOR) : ''}`;
  const town = pick(rnd, TOWNS);
  const village = rnd() < 0.12 ? pick(rnd, VILLAGES) : undefined;
  const full = village ? `${street}, ${village}, ${town}` : `${street}, ${town}`;
  return { street, town, full, multiLine: village ? `${street}\n${village}\n${town}` : `${street}\n${town}` };
}

/** A real date as a journal writes it (a decoy: never a CPR number). */
export function dateText(rnd: Rng): string {
  const y = int(rnd, 1990, 2026), m = int(rnd, 1, 12), d = int(rnd, 1, 28);
  return pick(rnd, [`${pad(d)}.${pad(m)}.${y}`, `${pad(d)}-${pad(m)}-${y}`, `${y}-${pad(m)}-${pad(d)}`, `${d}/${m} ${y}`, `${d}/${m}-${y % 100}`, `${pad(d)}.${pad(m)}.${pad(y % 100)}`]);
}

/** A number that is not a CPR number but has ten digits or a date in it, with the label a document gives it. */
export function cprDecoy(rnd: Rng): { label: string; value: string; sub: string } {
  switch (int(rnd, 0, 11)) {
    case 0: return { label: pick(rnd, ['Fakturanr. ', 'Faktura nr.: ', 'Invoice no. ']), value: validCpr(rnd), sub: 'invoice' };
    case 1: return { label: pick(rnd, ['Ordrenr. ', 'Order ID: ', 'Bestillingsnr. ']), value: validCpr(rnd), sub: 'order' };
    case 2: return { label: pick(rnd, ['Prøvenr. ', 'Sample ID ', 'Rekv.nr. ']), value: failingCpr(rnd), sub: 'sample' };
    case 3: return { label: pick(rnd, ['Reg.nr. ', 'Reg. ']), value: `${int(rnd, 1000, 9999)} ${pick(rnd, ['', 'Kontonr. '])}${validCpr(rnd)}`, sub: 'account' };
    case 4: return { label: pick(rnd, ['Kontonr. ', 'Konto: ', 'Account ']), value: validCpr(rnd), sub: 'account' };
    case 5: return { label: pick(rnd, ['CVR ', 'CVR-nr.: ', 'SE-nr. ']), value: cvrNumber(rnd), sub: 'cvr' };
    case 6: return { label: 'ISBN ', value: `978-87-${int(rnd, 10, 99)}-${pad(int(rnd, 0, 99999), 5)}-${int(rnd, 0, 9)}`, sub: 'isbn' };
    case 7: return { label: pick(rnd, ['Dato: ', 'Indlagt ', 'Udskrevet ', 'Date: ']), value: dateText(rnd), sub: 'date' };
    case 8: return { label: pick(rnd, ['Kl. ', 'kl. ']), value: `${pad(int(rnd, 0, 23))}.${pad(int(rnd, 0, 59))}`, sub: 'time' };
    case 9: return { label: pick(rnd, ['Beløb: ', 'I alt ', 'Total DKK ']), value: `${int(rnd, 1, 99)}.${pad(int(rnd, 0, 999), 3)},${pad(int(rnd, 0, 99))}`, sub: 'amount' };
    case 10: return { label: pick(rnd, ['Sagsnr. ', 'Journalnr. ', 'Ref. ']), value: `${int(rnd, 2019, 2026)}-${pad(int(rnd, 1, 99999), 5)}`, sub: 'case' };
    default: return { label: pick(rnd, ['Ydernr. ', 'Lokationsnr. ']), value: String(int(rnd, 100000, 999999)), sub: 'provider' };
  }
}

/** A CPR number as written by hand or by a system: with a dash, without, or with a space. */
export function cprText(rnd: Rng): { value: string; sub: string } {
  const useNoMod = rnd() < 0.1;
  const ten = useNoMod ? failingCpr(rnd, pick(rnd, cprRules.NO_MOD11_BIRTH_YEARS), 1, 1) : validCpr(rnd);
  const v = pick(rnd, [ten.slice(0, 6) + '-' + ten.slice(6), ten, ten.slice(0, 6) + '-' + ten.slice(6)]);
  return { value: v, sub: useNoMod ? 'no-mod11-date' : 'mod11' };
}

/** An epoch timestamp in seconds (ten digits), a log decoy. */
export function epochSeconds(rnd: Rng): string {
  return String(int(rnd, 1_600_000_000, 1_799_999_999));
}
