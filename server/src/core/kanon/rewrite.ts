// Writes the transformed copy of a table: generalised columns, direct identifiers removed, rows below k
// suppressed. The original text is only read; the caller decides where the copy goes (always a new file).
import { analyseRows, type KanonConfig } from './analyse';
import { formatRecord } from './csv';
import { generaliseValue } from './generalise';
import { configFor, type TransformPlan } from './plan';
import type { ParsedTable } from './table';

/** Transforms the cells of one row (generalisation only). */
export function transformFields(fields: readonly string[], config: KanonConfig, plan: TransformPlan): string[] {
  const out = fields.slice();
  for (const g of plan.generalise) {
    const q = config.qis.find((x) => x.column === g.column && !x.derive);
    if (q && out[g.column] !== undefined) out[g.column] = generaliseValue(out[g.column]!, q.kind, g.level);
  }
  return out;
}

/** Which rows (0-based indexes into table.rows) the plan suppresses. */
export function suppressedRows(table: ParsedTable, config: KanonConfig, plan: TransformPlan): Set<number> {
  if (!plan.suppress) return new Set();
  const { counter } = analyseRows(table.rows.map((r) => r.fields), configFor(config, plan));
  const out = new Set<number>();
  table.rows.forEach((r, i) => { if (counter.classSize(r.fields) < config.k) out.add(i); });
  return out;
}

export function writeTransformedCopy(table: ParsedTable, config: KanonConfig, plan: TransformPlan): string {
  const suppressed = suppressedRows(table, config, plan);
  const dropped = new Set(plan.dropDirect);
  const keep = (_: unknown, i: number) => !dropped.has(i);
  if (table.format === 'json') {
    const out: Record<string, unknown>[] = [];
    table.rows.forEach((row, i) => {
      if (suppressed.has(i)) return;
      const record = { ...table.records![i]! };
      const changed = transformFields(row.fields, config, plan);
      for (const g of plan.generalise) {
        const key = table.header[g.column]!;
        if (key in record && changed[g.column] !== row.fields[g.column]) record[key] = changed[g.column];
      }
      for (const c of dropped) delete record[table.header[c]!];
      out.push(record);
    });
    return JSON.stringify(out, null, 2).replace(/\n/g, table.eol) + table.eol;
  }
  const lines: string[] = [];
  if (table.directiveLine !== undefined) lines.push(table.directiveLine);
  lines.push(formatRecord(table.header.filter(keep), table.delimiter));
  table.rows.forEach((row, i) => {
    if (!suppressed.has(i)) lines.push(formatRecord(transformFields(row.fields, config, plan).filter(keep), table.delimiter));
  });
  return lines.join(table.eol) + table.eol;
}
