// k-anonymity of one file, as the CLI and the anonymisation report need it. CSV/TSV files are streamed in
// two passes (three with --out): pass 1 classifies the columns on the first rows and counts the classes,
// pass 2 finds the rows below k, pass 3 writes the transformed copy. Memory: the hashed class counts and the
// flagged row numbers, never the file. JSON arrays are read whole (they must fit in memory to be parsed).
import fs from 'node:fs';
import path from 'node:path';
import {
  KanonCounter,
  analyseRows,
  classifyColumns,
  configFor,
  describeFlagged,
  formatRecord,
  headerLooksLikeData,
  isTableLanguage,
  parseTable,
  summaryFrom,
  toConfig,
  transformFields,
  writeTransformedCopy,
  HIERARCHIES,
  LEVEL_LABELS,
  type Classification,
  type ClassificationOverrides,
  type FlaggedRow,
  type GeneralisationLevel,
  type KanonConfig,
  type KanonSummary,
  type TransformPlan,
} from '../../core/kanon';
import { forEachCsvRecord, probeCsvFile } from './streamTable';

export const DEFAULT_K = 5;
const SAMPLE_ROWS = 200;

export interface KanonFileOptions extends ClassificationOverrides {
  /** Required k; default: the file's directive, else 5. */
  k?: number;
  /** Generalisations by column name. */
  generalise?: { column: string; level: GeneralisationLevel }[];
  /** Remove the rows still below k (from the counts and from --out). */
  suppress?: boolean;
  /** Write the transformed copy here (must not exist). */
  out?: string;
  /** Called for each row below k, in file order; `reason()` words it (columns, never values) when wanted. */
  onFlagged?: (row: FlaggedRow, reason: () => string) => void;
}

export interface KanonFileResult {
  summary: KanonSummary;
  classification: Classification;
  config: KanonConfig;
  flaggedRows: number;
  encoding: string;
}

/** A problem with the input or the options (unknown column, not a table): the CLI's exit code 2. */
export class KanonInputError extends Error {}

export function tableKindOf(file: string): 'csv' | 'json' {
  return isTableLanguage(path.basename(file)) === 'json' ? 'json' : 'csv';
}

/** Measures (and optionally transforms) one table file. The summary is what `skjold report` shows. */
export async function analyseKanonFile(file: string, options: KanonFileOptions = {}): Promise<KanonFileResult> {
  if (/\.(jsonl|ndjson)$/i.test(file)) throw new KanonInputError('JSON Lines files are not read yet: convert to CSV or a JSON array');
  if (options.out && path.resolve(options.out) === path.resolve(file)) throw new KanonInputError('--out must name a new file, not the input');
  if (options.out && fs.existsSync(options.out)) throw new KanonInputError(`--out file already exists: ${options.out}`);
  return tableKindOf(file) === 'json' ? analyseJson(file, options) : analyseCsv(file, options);
}

function mergeOverrides(options: KanonFileOptions, directive: ClassificationOverrides | undefined): ClassificationOverrides {
  return {
    qi: options.qi ?? directive?.qi,
    sensitive: options.sensitive ?? directive?.sensitive,
    direct: options.direct ?? directive?.direct,
    ignore: options.ignore ?? directive?.ignore,
  };
}

function buildPlan(header: readonly string[], classification: Classification, options: KanonFileOptions): TransformPlan {
  const plan: TransformPlan = { generalise: [], suppress: !!options.suppress, dropDirect: [] };
  for (const g of options.generalise ?? []) {
    const index = header.findIndex((h) => h.trim().toLowerCase() === g.column.trim().toLowerCase());
    if (index < 0) throw new KanonInputError(`--generalise: no column named '${g.column}'`);
    const q = classification.qis.find((x) => x.column === index && !x.derive);
    if (!q) throw new KanonInputError(`--generalise: '${g.column}' is not a quasi-identifier (name it in --qi)`);
    if (!HIERARCHIES[q.kind].includes(g.level)) {
      const offered = HIERARCHIES[q.kind].join(', ') || 'none';
      throw new KanonInputError(`--generalise: '${g.column}' (${q.kind}) cannot become '${g.level}'; levels: ${offered}`);
    }
    plan.generalise.push({ column: index, level: g.level });
  }
  return plan;
}

function classify(header: string[], sample: string[][], options: KanonFileOptions, directive: ClassificationOverrides | undefined): Classification {
  const c = classifyColumns(header, sample, mergeOverrides(options, directive), options.qi ? 'settings' : 'directive');
  if (c.unknownNames.length) throw new KanonInputError(`no column named ${c.unknownNames.map((n) => `'${n}'`).join(', ')} (columns: ${header.join(', ')})`);
  return c;
}

function summarise(format: 'csv' | 'json', header: readonly string[], classification: Classification, config: KanonConfig, plan: TransformPlan, counter: KanonCounter): KanonSummary {
  const stats = counter.stats(plan.suppress);
  return summaryFrom(stats, {
    format,
    quasiIdentifiers: config.qis.map((q) => q.name),
    sensitive: config.sensitive.map((s) => s.name),
    directIdentifiers: classification.direct.map((d) => d.name),
    columnsGeneralised: plan.generalise.map((g) => ({ column: header[g.column]!, to: LEVEL_LABELS[g.level] })),
    rowsSuppressed: plan.suppress ? stats.rowsBelowK : 0,
  });
}

async function analyseCsv(file: string, options: KanonFileOptions): Promise<KanonFileResult> {
  const info = await probeCsvFile(file);
  let header: string[] = [];
  let sample: string[][] = [];
  let state: { classification: Classification; base: KanonConfig; config: KanonConfig; plan: TransformPlan; counter: KanonCounter } | undefined;
  const start = () => {
    if (header.length < 2) throw new KanonInputError('not a table: the first record needs at least two columns (a header row)');
    if (headerLooksLikeData(header)) throw new KanonInputError('not a table: the first row holds data, not column names (add a header row)');
    const classification = classify(header, sample, options, info.directive);
    const base = toConfig(classification, options.k ?? info.directive?.k ?? DEFAULT_K);
    const plan = buildPlan(header, classification, options);
    const config = configFor(base, plan);
    const counter = new KanonCounter(config, { keepFlagged: false });
    for (const r of sample) counter.count(r);
    sample = [];
    state = { classification, base, config, plan, counter };
  };
  // Pass 1: classify on the first rows, count every row.
  const encoding = await forEachCsvRecord(file, info, (fields, i) => {
    if (i === 0) { header = fields.map((h) => h.trim()); return; }
    if (!state) {
      sample.push(fields);
      if (sample.length >= SAMPLE_ROWS) start();
      return;
    }
    state.counter.count(fields);
  }, () => { header = []; sample = []; state = undefined; });
  if (!state) start();
  const { classification, base, config, plan, counter } = state!;
  const used = { ...info, encoding };
  // Pass 2: the rows below k.
  await forEachCsvRecord(file, used, (fields, i) => {
    if (i === 0) return;
    counter.check(fields);
    const f = counter.lastFlagged;
    if (f && options.onFlagged) options.onFlagged(f, () => describeFlagged(f, config));
  });
  // Pass 3: the transformed copy.
  if (options.out) {
    const fd = fs.openSync(options.out, 'wx');
    try {
      let pending = info.directiveLine !== undefined ? info.directiveLine + info.eol : '';
      await forEachCsvRecord(file, used, (fields, i) => {
        if (i === 0) pending += formatRecord(header, info.delimiter) + info.eol;
        else if (!plan.suppress || counter.classSize(fields) >= config.k) pending += formatRecord(transformFields(fields, base, plan), info.delimiter) + info.eol;
        if (pending.length > CHUNK_CHARS) { fs.writeSync(fd, pending); pending = ''; }
      });
      if (pending) fs.writeSync(fd, pending);
    } finally {
      fs.closeSync(fd);
    }
  }
  return { summary: summarise('csv', header, classification, config, plan, counter), classification, config, flaggedRows: counter.flaggedCount, encoding };
}

const CHUNK_CHARS = 1 << 20;

async function analyseJson(file: string, options: KanonFileOptions): Promise<KanonFileResult> {
  const text = (await fs.promises.readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  const table = parseTable(text, 'json');
  if (!table) throw new KanonInputError('not a table: expected a JSON array of flat records');
  const fieldRows = table.rows.map((r) => r.fields);
  const classification = classify(table.header, fieldRows.slice(0, SAMPLE_ROWS), options, undefined);
  const base = toConfig(classification, options.k ?? DEFAULT_K);
  const plan = buildPlan(table.header, classification, options);
  const config = configFor(base, plan);
  const { counter, flagged } = analyseRows(fieldRows, config);
  if (options.onFlagged) for (const f of flagged) options.onFlagged(f, () => describeFlagged(f, config));
  if (options.out) fs.writeFileSync(options.out, writeTransformedCopy(table, base, plan), { flag: 'wx' });
  return { summary: summarise('json', table.header, classification, config, plan, counter), classification, config, flaggedRows: flagged.length, encoding: 'utf-8' };
}
