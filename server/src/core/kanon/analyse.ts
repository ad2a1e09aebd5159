// Equivalence classes over the quasi-identifiers, k, the rows below k and l-diversity, in two passes that
// each see one row at a time: `count()` every row, then `check()` every row again (same order) to learn
// which rows sit in a class smaller than the required k. Only hashed class keys and counts are kept.
import { analyseCpr } from '../cpr/rules';
import { CountTable, U32List, hashKey, lastHash } from './countTable';
import { generaliseValue, type GeneralisationLevel, type QiKind } from './generalise';

/** A quasi-identifier: a column, or a fact derived from one (birth date and sex from a CPR number). */
export interface QuasiIdentifier {
  /** What messages call it: the column name, or e.g. "cpr (birth date)". Never a value. */
  name: string;
  column: number;
  kind: QiKind;
  derive?: 'cpr-birthdate' | 'cpr-sex';
  /** The generalisation applied before counting, if any. */
  level?: GeneralisationLevel;
}

export interface SensitiveAttribute {
  name: string;
  column: number;
}

export interface KanonConfig {
  qis: QuasiIdentifier[];
  sensitive: SensitiveAttribute[];
  /** The k every row's class must reach. */
  k: number;
}

export interface LDiversity {
  column: string;
  /** The smallest number of distinct values of this column within one class. */
  l: number;
  /** Classes in which every row has the same value (l = 1): membership reveals the value. */
  homogeneousClasses: number;
}

export interface KanonStats {
  rows: number;
  classes: number;
  /** The smallest class size (0 when there are no rows). */
  k: number;
  kRequired: number;
  /** Rows whose class is smaller than kRequired. */
  rowsBelowK: number;
  classesBelowK: number;
  /** The k left when the rows below kRequired are suppressed (0 when that leaves no rows). */
  kAfterSuppression: number;
  lDiversity: LDiversity[];
}

/** A row whose class is below k, and why: never its values. */
export interface FlaggedRow {
  /** 1-based data row (header and directive excluded). */
  row: number;
  classSize: number;
  /** Quasi-identifiers whose value alone is shared by fewer than k rows (names, in column order). */
  rareAlone: string[];
  /**
   * When no single quasi-identifier is rare: the first pair of them (column order) whose values together are
   * shared by fewer than k rows, if any (only counted with `explainPairs`).
   */
  rarePair?: [string, string];
}

/** The value of a quasi-identifier in a row, derived and generalised, normalised for comparison. */
export function qiValue(q: QuasiIdentifier, fields: readonly string[], column = q.column): string {
  let v = fields[column] ?? '';
  if (q.derive) v = deriveFromCpr(v, q.derive);
  if (q.level) v = generaliseValue(v, q.kind, q.level);
  return v.trim().toLowerCase();
}

function deriveFromCpr(cell: string, what: 'cpr-birthdate' | 'cpr-sex'): string {
  const digits = cell.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits)) return '';
  const a = analyseCpr(digits);
  if (!a.realDate) return '';
  if (what === 'cpr-sex') return a.sex;
  return `${a.year}-${String(a.month).padStart(2, '0')}-${String(a.day).padStart(2, '0')}`;
}

/** At most this many distinct raw values per column are memoised (dates, postal codes, codes repeat a lot). */
const CACHE_LIMIT = 1 << 16;

/**
 * Per column: raw cell → 64-bit hash of its derived, generalised, normalised value. Rows are then hashed by
 * combining these, so a repeated value is derived, generalised and hashed once, not once per row.
 */
class ValueHasher {
  private readonly cache = new Map<string, number[]>();
  constructor(private readonly value: (cell: string) => string) {}
  hash(cell: string): number[] {
    let h = this.cache.get(cell);
    if (h) return h;
    hashKey(this.value(cell));
    h = [lastHash.hi, lastHash.lo];
    if (this.cache.size < CACHE_LIMIT) this.cache.set(cell, h);
    return h;
  }
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h;
}

export class KanonCounter {
  private readonly classes = new CountTable();
  private readonly perQi: CountTable[];
  /** Per sensitive column: (class, value) pairs seen, for l-diversity. */
  private readonly sensitivePairs: CountTable[];
  private readonly distinct: CountTable[];
  private readonly qiHashers: ValueHasher[];
  private readonly sensitiveHashers: ValueHasher[];
  /** Per-QI hashes of the current row, and its class hash. */
  private readonly vh: Uint32Array;
  private readonly vl: Uint32Array;
  private ch = 0;
  private cl = 0;
  private rows = 0;
  private checked = 0;
  private readonly flaggedRows = new U32List();
  private readonly flaggedSizes = new U32List();
  private readonly flaggedRare = new U32List();

  private readonly keepFlagged: boolean;
  /** Pairs of QI indexes (i < j) and their counts, with `explainPairs` and 3 to 8 quasi-identifiers. */
  private readonly pairIndex: [number, number][] = [];
  private readonly qiPairCounts: CountTable[] = [];
  private readonly flaggedPair = new U32List();

  /**
   * `keepFlagged: false` for callers that take each flagged row from `lastFlagged` (a file of any size);
   * `explainPairs` also counts every pair of quasi-identifiers, to name a rare pair in the reason (editor).
   */
  constructor(readonly config: KanonConfig, options: { keepFlagged?: boolean; explainPairs?: boolean } = {}) {
    this.keepFlagged = options.keepFlagged ?? true;
    const q = config.qis.length;
    if (options.explainPairs && q >= 3 && q <= 8) {
      for (let i = 0; i < q; i++) for (let j = i + 1; j < q; j++) { this.pairIndex.push([i, j]); this.qiPairCounts.push(new CountTable(64)); }
    }
    if (config.qis.length > 32) throw new Error('at most 32 quasi-identifiers');
    this.perQi = config.qis.map(() => new CountTable(64));
    this.sensitivePairs = config.sensitive.map(() => new CountTable());
    this.distinct = config.sensitive.map(() => new CountTable());
    this.qiHashers = config.qis.map((q) => new ValueHasher((cell) => qiValue(q, [cell], 0)));
    this.sensitiveHashers = config.sensitive.map(() => new ValueHasher((cell) => cell.trim().toLowerCase()));
    this.vh = new Uint32Array(config.qis.length);
    this.vl = new Uint32Array(config.qis.length);
  }

  /** Hashes the row's quasi-identifier values (vh, vl) and its class (ch, cl). */
  private prepare(fields: readonly string[]): void {
    let a = 0x9e3779b9 | 0, b = 0x85ebca6b | 0;
    const qis = this.config.qis;
    for (let i = 0; i < qis.length; i++) {
      const h = this.qiHashers[i]!.hash(fields[qis[i]!.column] ?? '');
      this.vh[i] = h[0]!;
      this.vl[i] = h[1]!;
      a = mix(Math.imul(a ^ h[0]!, 0xcc9e2d51) + 0xe6546b64 + i);
      b = mix(Math.imul(b ^ h[1]!, 0x1b873593) ^ a);
    }
    this.ch = a >>> 0;
    this.cl = b >>> 0;
  }

  /** Pass 1: counts one row. */
  count(fields: readonly string[]): void {
    this.rows++;
    this.prepare(fields);
    for (let i = 0; i < this.perQi.length; i++) this.perQi[i]!.increment(this.vh[i]!, this.vl[i]!);
    for (let p = 0; p < this.pairIndex.length; p++) {
      this.pairHash(p);
      this.qiPairCounts[p]!.increment(this.ph, this.pl);
    }
    this.classes.increment(this.ch, this.cl);
  }

  private ph = 0;
  private pl = 0;
  private pairHash(p: number): void {
    const [i, j] = this.pairIndex[p]!;
    this.ph = mix(Math.imul(this.vh[i]! ^ 0x5f356495, 0xcc9e2d51) ^ this.vh[j]!) >>> 0;
    this.pl = mix(Math.imul(this.vl[i]! ^ this.ph, 0x1b873593) + this.vl[j]!) >>> 0;
  }

  /** Counts the row's sensitive values in its class (pass 2, classes of two or more rows only). */
  private countSensitive(fields: readonly string[]): void {
    const hi = this.ch, lo = this.cl;
    for (let s = 0; s < this.config.sensitive.length; s++) {
      const h = this.sensitiveHashers[s]!.hash(fields[this.config.sensitive[s]!.column] ?? '');
      const ph = mix(Math.imul(hi ^ h[0]!, 0xcc9e2d51) + 0x6b43a9b5) >>> 0;
      const pl = mix(Math.imul(lo ^ h[1]!, 0x1b873593) ^ ph) >>> 0;
      this.sensitivePairs[s]!.increment(ph, pl);
      if (this.sensitivePairs[s]!.lastWasNew) this.distinct[s]!.increment(hi, lo);
    }
  }

  /** The class size of a row (after pass 1). */
  classSize(fields: readonly string[]): number {
    this.prepare(fields);
    return this.classes.get(this.ch, this.cl);
  }

  /**
   * Pass 2: looks at the next row (rows numbered 1, 2, … in call order), counts its sensitive values for
   * l-diversity (a class of one row has l = 1 without counting, which keeps memory to the shared classes),
   * and records it when its class is below k (`lastFlagged`; kept in `allFlagged()` unless `keepFlagged` is
   * false). Returns the class size.
   */
  check(fields: readonly string[]): number {
    const row = ++this.checked;
    this.prepare(fields);
    const size = this.classes.get(this.ch, this.cl);
    if (size >= 2) this.countSensitive(fields);
    this.lastFlagged = undefined;
    if (size < this.config.k) {
      let rare = 0;
      for (let i = 0; i < this.perQi.length; i++) if (this.perQi[i]!.get(this.vh[i]!, this.vl[i]!) < this.config.k) rare |= 1 << i;
      this.flaggedTotal++;
      let pair = 0;
      if (rare === 0) {
        for (let p = 0; p < this.pairIndex.length && !pair; p++) {
          this.pairHash(p);
          if (this.qiPairCounts[p]!.get(this.ph, this.pl) < this.config.k) pair = p + 1;
        }
      }
      this.lastFlagged = this.describe(row, size, rare >>> 0, pair);
      if (this.keepFlagged) {
        this.flaggedRows.push(row);
        this.flaggedSizes.push(size);
        this.flaggedRare.push(rare >>> 0);
        this.flaggedPair.push(pair);
      }
    }
    return size;
  }

  /** The row the last `check()` flagged, or undefined when it was not below k. */
  lastFlagged: FlaggedRow | undefined;
  private flaggedTotal = 0;

  /**
   * k, rows below k and l-diversity (complete after pass 2). `afterSuppression`: l-diversity over the classes
   * that reach k only, as in a copy whose rows below k are suppressed.
   */
  stats(afterSuppression = false): KanonStats {
    let k = Infinity, kKept = Infinity, rowsBelowK = 0, classesBelowK = 0;
    this.classes.forEach((n) => {
      if (n < k) k = n;
      if (n < this.config.k) { rowsBelowK += n; classesBelowK++; }
      else if (n < kKept) kKept = n;
    });
    const lDiversity = this.config.sensitive.map((s, i): LDiversity => {
      let l = Infinity, homogeneous = 0;
      this.classes.forEach((n, hi, lo) => {
        if (afterSuppression && n < this.config.k) return;
        const d = n === 1 ? 1 : this.distinct[i]!.get(hi, lo);
        if (d < l) l = d;
        if (d === 1) homogeneous++;
      });
      return { column: s.name, l: l === Infinity ? 0 : l, homogeneousClasses: homogeneous };
    });
    return { rows: this.rows, classes: this.classes.size, k: k === Infinity ? 0 : k, kRequired: this.config.k, rowsBelowK, classesBelowK, kAfterSuppression: kKept === Infinity ? 0 : kKept, lDiversity };
  }

  /** Rows flagged by pass 2 so far. */
  get flaggedCount(): number {
    return this.flaggedTotal;
  }

  flagged(i: number): FlaggedRow {
    const mask = this.flaggedRare.at(i);
    return this.describe(this.flaggedRows.at(i), this.flaggedSizes.at(i), mask, this.flaggedPair.at(i));
  }

  private describe(row: number, classSize: number, rareMask: number, pair: number): FlaggedRow {
    const names = this.config.qis.map((q) => q.name);
    const out: FlaggedRow = { row, classSize, rareAlone: names.filter((_, j) => (rareMask & (1 << j)) !== 0) };
    if (pair) {
      const [i, j] = this.pairIndex[pair - 1]!;
      out.rarePair = [names[i]!, names[j]!];
    }
    return out;
  }

  *allFlagged(): Generator<FlaggedRow> {
    for (let i = 0; i < this.flaggedRows.length; i++) yield this.flagged(i);
  }
}

/** Both passes over rows held in memory. */
export function analyseRows(rows: readonly (readonly string[])[], config: KanonConfig, options: { explainPairs?: boolean } = {}): { stats: KanonStats; flagged: FlaggedRow[]; counter: KanonCounter } {
  const counter = new KanonCounter(config, options);
  for (const r of rows) counter.count(r);
  for (const r of rows) counter.check(r);
  return { stats: counter.stats(), flagged: [...counter.allFlagged()], counter };
}

/** "Rare combination: 'fødselsdato', 'køn' and 'postnr' together are shared by only 2 rows (k = 5 required); …". */
export function describeFlagged(f: FlaggedRow, config: KanonConfig): string {
  const names = config.qis.map((q) => `'${q.name}'`);
  const rows = f.classSize === 1 ? 'this row alone' : `only ${f.classSize} rows`;
  let text = names.length === 1
    ? `Rare value: ${names[0]} is shared by ${rows} (k = ${config.k} required)`
    : `Rare combination: ${listWords(names)} together are shared by ${rows} (k = ${config.k} required)`;
  if (f.rareAlone.length && config.qis.length > 1) {
    const rare = f.rareAlone.map((name) => `'${name}'`);
    text += `; ${listWords(rare)} ${rare.length === 1 ? 'is' : 'are each'} rare on ${rare.length === 1 ? 'its' : 'their'} own`;
  } else if (f.rarePair) {
    text += `; '${f.rarePair[0]}' and '${f.rarePair[1]}' together are already rare`;
  }
  return text + '.';
}

export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
