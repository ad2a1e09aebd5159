// CPR numbers as scanned paper and dictation leave them: OCR letter confusions, stray spaces, a misplaced dash,
// a number broken over a line, dictated groups and other separators; with and without a CPR label, in scanned
// forms, tables and running text. Decoys: the same noise on numbers that break a CPR rule, ISBNs, phone
// groups, dates, bank accounts and hex request ids.
import { cprRules } from '../../../server/src/core';
import { DocBuilder, int, pick, type CorpusGenerator, type Rng } from '../types';
import { failingCpr, validCpr } from './cprNumbers';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Digit → letters an OCR engine may return for it. */
const LOOKALIKES: Record<string, string[]> = { '0': ['O', 'o', 'D'], '1': ['l', 'I', '|'], '2': ['Z'], '5': ['S', 's'], '6': ['G', 'b'], '8': ['B'] };

/** Replaces one to three digits with OCR look-alikes. */
function withLetters(rnd: Rng, ten: string): string {
  const chars = [...ten];
  const positions = chars.map((c, i) => (LOOKALIKES[c] ? i : -1)).filter((i) => i >= 0);
  const n = Math.min(positions.length, int(rnd, 1, 3));
  for (let k = 0; k < n; k++) {
    const i = positions.splice(int(rnd, 0, positions.length - 1), 1)[0]!;
    chars[i] = pick(rnd, LOOKALIKES[chars[i]!]!);
  }
  return chars.join('');
}

/** A layout of ten characters: `kind` names it for per-kind recall. */
function layout(rnd: Rng, ten: string): { value: string; kind: string } {
  const a = ten.slice(0, 6), b = ten.slice(6);
  switch (int(rnd, 0, 8)) {
    case 0: return { value: withLetters(rnd, ten).replace(/^(.{6})/, '$1-'), kind: 'ocr-letters' };
    case 1: { const cut = int(rnd, 1, 5); return { value: `${a.slice(0, cut)} ${a.slice(cut)}-${b}`, kind: 'ocr-space' }; }
    case 2: { const cut = pick(rnd, [4, 5, 7, 8]); return { value: `${ten.slice(0, cut)}-${ten.slice(cut)}`, kind: 'ocr-dash-misplaced' }; }
    case 3: return { value: `${a}${pick(rnd, [' - ', ' .', '.', '_', '  ', '- ', ' -'])}${b}`, kind: 'ocr-separator' };
    case 4: return { value: `${a}-\n${pick(rnd, ['', ' ', '  '])}${b}`, kind: 'line-break' };
    case 5: return { value: `${ten.slice(0, 2)} ${ten.slice(2, 4)} ${ten.slice(4, 6)} ${b}`, kind: 'grouped' };
    case 6: return { value: `${ten.slice(0, 2)}.${ten.slice(2, 4)}.${ten.slice(4, 6)}-${b}`, kind: 'grouped' };
    case 7: { const v = withLetters(rnd, ten); const cut = int(rnd, 1, 5); return { value: `${v.slice(0, cut)} ${v.slice(cut, 6)}-${v.slice(6)}`, kind: 'ocr-letters-space' }; }
    default: return { value: withLetters(rnd, ten).replace(/^(.{6})/, '$1 '), kind: 'ocr-letters' };
  }
}

const LABELS = ['CPR-nr.:', 'CPR nr', 'Cpr.nr.', 'cpr-nummer:', 'Personnummer:', 'Pers.nr.', 'P-nr.:', 'CPR', 'Personal identity number:', 'SSN:'];
const FORM_HEADS = ['LÆGEERKLÆRING', 'Attest til forsikringsselskab', 'Henvisning — scannet', 'Statement of health (scanned)', 'Blodprøvesvar, indscannet'];

export const cprOcr: CorpusGenerator = (rnd) => {
  const docs = [];
  for (let i = 0; i < 60; i++) {
    const b = new DocBuilder();
    b.add(`${pick(rnd, FORM_HEADS)}\n${'='.repeat(int(rnd, 10, 30))}\n\n`);
    // Labelled numbers in a form; sometimes the label stands on the line above.
    for (let k = 0; k < 3; k++) {
      const useNoMod = rnd() < 0.2;
      const ten = useNoMod ? failingCpr(rnd, pick(rnd, cprRules.NO_MOD11_BIRTH_YEARS), 1, 1) : validCpr(rnd);
      const { value, kind } = layout(rnd, ten);
      b.add(pick(rnd, ['Undertegnede: ', 'Modtager ', 'Rekvirent: ', 'Person: ']) + pick(rnd, ['A. B.', 'N.N.', 'pt.']) + '\n');
      b.add(pick(rnd, LABELS) + (rnd() < 0.2 ? '\n' : ' ')).plant(value, { type: 'cpr', sub: kind }).add('\n');
    }
    // A dictated or re-spaced number in running text, no label: only the rules vouch for it.
    const loose = layout(rnd, validCpr(rnd));
    if (loose.kind === 'grouped' || loose.kind === 'ocr-separator') {
      b.add(pick(rnd, ['Pt. oplyser selv ', 'Telefonnotat: pt. staver nummeret ', 'The patient read out ']))
        .plant(loose.value, { type: 'cpr', sub: `${loose.kind}-no-label` }).add(pick(rnd, ['.\n', ' ved opkaldet.\n']));
    }
    // Decoys with the same noise.
    const badDate = `${pad(int(rnd, 32, 99))}${pad(int(rnd, 1, 12))}${pad(int(rnd, 0, 99))}${pad(int(rnd, 0, 9999), 4)}`;
    b.add('Kode ').plant(layout(rnd, badDate).value.replace(/\n/g, ' '), { type: 'neg', sub: 'ocr-bad-date', negOf: 'cpr' }).add('\n');
    b.add('Nr. ').plant(withLetters(rnd, failingCpr(rnd)).replace(/^(.{6})/, '$1-'), { type: 'neg', sub: 'ocr-mod11-fail', negOf: 'cpr' }).add('\n');
    b.add('ISBN ').plant(`978-87-${pad(int(rnd, 0, 99))}-${pad(int(rnd, 0, 99999), 5)}-${int(rnd, 0, 9)}`, { type: 'neg', sub: 'isbn', negOf: 'cpr' }).add('\n');
    b.add('Tlf. ').plant(`+45 ${pad(int(rnd, 20, 99))} ${pad(int(rnd, 0, 99))} ${pad(int(rnd, 0, 99))} ${pad(int(rnd, 0, 99))}`, { type: 'phone', sub: 'country-code' }).add('\n');
    b.add('Reg. ').plant(`${int(rnd, 1000, 9999)} ${pad(int(rnd, 0, 9999999999), 10)}`, { type: 'neg', sub: 'bank-account', negOf: 'cpr' }).add('\n');
    b.add('Dato: ').plant(`${pad(int(rnd, 1, 28))}. ${pad(int(rnd, 1, 12))}. ${int(rnd, 1950, 2025)}`, { type: 'neg', sub: 'spaced-date', negOf: 'cpr' }).add('\n');
    b.add(`2026-01-0${int(rnd, 1, 9)}T10:00:00Z INFO req=`).plant([...Array(10)].map(() => pick(rnd, [...'0123456789ABDlOS'])).join(''), { type: 'neg', sub: 'request-id', negOf: 'cpr' }).add(' ok\n');
    docs.push(b.build(`cpr-ocr-${pad(i, 3)}.txt`, 'plaintext'));
  }
  // A scanned table: the header names the column, the values are noisy.
  const t = new DocBuilder().add('Navn | Personnummer | Afdeling\n');
  for (let i = 0; i < 25; i++) {
    const { value, kind } = layout(rnd, validCpr(rnd));
    t.add(`Patient ${i} | `).plant(value.replace(/\n\s*/g, ''), { type: 'cpr', sub: kind === 'line-break' ? 'ocr-separator' : kind }).add(` | ${pick(rnd, ['Med. A', 'Kir. B', 'Onk.'])}\n`);
  }
  docs.push(t.build('cpr-ocr-table.txt', 'plaintext'));
  return docs;
};
