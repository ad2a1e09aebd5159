// The project's own labelled test corpus: generators write synthetic documents with the exact spans of
// every identifier they planted. `npm run eval` scores the detector on them; test/unit/corpus.test.ts holds
// the detector to minimum figures. Add a generator in generators/ and list it in index.ts.
import type { IdentifierType } from '../../server/src/core';

export interface LabelledSpan {
  start: number;
  end: number;
  /** The identifier type, or 'neg' for a decoy that must not be reported as `negOf` (default cpr). */
  type: IdentifierType | 'neg';
  /** The kind within the type (e.g. 'mod11', 'ocr', 'grouped'), for per-kind recall. */
  sub?: string;
  /** For decoys: the type they must not be reported as. */
  negOf?: IdentifierType;
}

export interface LabelledDoc {
  file: string;
  languageId: string;
  text: string;
  labels: LabelledSpan[];
}

export type Rng = () => number;
export type CorpusGenerator = (rnd: Rng) => LabelledDoc[];

/** Deterministic PRNG (mulberry32) so the corpus is the same on every run. */
export function seeded(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rnd: Rng, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
export const int = (rnd: Rng, lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));

/** Builds a document piece by piece, recording the span of each planted value. */
export class DocBuilder {
  text = '';
  labels: LabelledSpan[] = [];
  add(s: string): this {
    this.text += s;
    return this;
  }
  plant(value: string, label: Omit<LabelledSpan, 'start' | 'end'>): this {
    const start = this.text.length;
    this.text += value;
    this.labels.push({ ...label, start, end: this.text.length });
    return this;
  }
  build(file: string, languageId: string): LabelledDoc {
    return { file, languageId, text: this.text, labels: this.labels };
  }
}
