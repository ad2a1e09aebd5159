// Scores the detector core on the labelled corpus: recall, precision and exact spans per type, recall per
// kind, and decoys reported as the type they imitate.
import { detect, type Finding } from '../../server/src/core';
import type { LabelledDoc } from './types';

export interface TypeScore { gold: number; found: number; exact: number; reported: number; truePositives: number; recall: number; precision: number; exactRate: number }
export interface CorpusScore { types: Record<string, TypeScore>; kinds: Record<string, { gold: number; found: number }>; decoys: { total: number; flagged: number; examples: string[] }; misses: string[]; falseAlarms: string[] }

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export function scoreCorpus(docs: LabelledDoc[], run: (d: LabelledDoc) => Finding[] = (d) => detect(d.text, { languageId: d.languageId })): CorpusScore {
  const types: Record<string, TypeScore> = {};
  const kinds: Record<string, { gold: number; found: number }> = {};
  const decoys = { total: 0, flagged: 0, examples: [] as string[] };
  const misses: string[] = [], falseAlarms: string[] = [];
  const t = (name: string) => (types[name] ??= { gold: 0, found: 0, exact: 0, reported: 0, truePositives: 0, recall: 0, precision: 0, exactRate: 0 });
  for (const doc of docs) {
    const findings = run(doc);
    for (const g of doc.labels) {
      if (g.type === 'neg') {
        decoys.total++;
        if (findings.some((f) => f.type === (g.negOf ?? 'cpr') && overlaps(f, g))) {
          decoys.flagged++;
          if (decoys.examples.length < 20) decoys.examples.push(`${doc.file}: decoy ${g.sub} at ${g.start}`);
        }
        continue;
      }
      const s = t(g.type);
      s.gold++;
      const k = `${g.type}:${g.sub ?? '-'}`;
      kinds[k] ??= { gold: 0, found: 0 };
      kinds[k].gold++;
      const hit = findings.find((f) => f.type === g.type && overlaps(f, g));
      if (hit) { s.found++; kinds[k].found++; if (hit.start === g.start && hit.end === g.end) s.exact++; }
      else if (misses.length < 40) misses.push(`${doc.file}: missed ${k} ${JSON.stringify(doc.text.slice(g.start, g.end))}`);
    }
    for (const f of findings) {
      const s = t(f.type);
      s.reported++;
      if (doc.labels.some((g) => g.type === f.type && overlaps(f, g))) s.truePositives++;
      else if (falseAlarms.length < 40) falseAlarms.push(`${doc.file}: ${f.type} on ${JSON.stringify(doc.text.slice(f.start, f.end))}`);
    }
  }
  for (const s of Object.values(types)) {
    s.recall = s.gold ? s.found / s.gold : 1;
    s.precision = s.reported ? s.truePositives / s.reported : 1;
    s.exactRate = s.found ? s.exact / s.found : 1;
  }
  return { types, kinds, decoys, misses, falseAlarms };
}
