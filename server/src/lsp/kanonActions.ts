// Code actions on k-anonymity diagnostics. Each writes a NEW file next to the original (the original is never
// edited): generalise one column, the greedy plan that reaches k, suppression of the rows still below k,
// removal of direct identifiers. Every title states the k the new file will have, computed before applying.
// With clients that support codeAction/resolve, the (possibly large) file content is computed on resolve.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CodeAction, CodeActionKind, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver/node';
import {
  EMPTY_PLAN,
  LEVEL_LABELS,
  evaluatePlan,
  planToReachK,
  singleSteps,
  writeTransformedCopy,
  type PlanOutcome,
  type TransformPlan,
} from '../core/kanon';
import type { KanonDocAnalysis } from './kanonDiagnostics';

/**
 * Above this many rows only the cheap actions (suppression, removing direct identifiers) are offered: the plans
 * re-count the table once per candidate step (a few dozen times), which must stay well under a second.
 */
export const MAX_ROWS_FOR_PLANS = 20_000;

/** Outcomes per analysis (one per document version): the editor asks for actions on every cursor move. */
const outcomeCache = new WeakMap<KanonDocAnalysis, PlanOutcome[]>();

export interface KanonActionData {
  kanonAction: true;
  uri: string;
  version: number;
  plan: TransformPlan;
  target: string;
}

export function isKanonActionData(x: unknown): x is KanonActionData {
  return !!x && typeof x === 'object' && (x as KanonActionData).kanonAction === true;
}

/** A file URI next to `uri` that does not exist yet: patients.csv → patients.kanon.csv (→ patients.kanon-2.csv …). */
export function newFileUriFor(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  const file = fileURLToPath(uri);
  const ext = path.extname(file);
  const stem = file.slice(0, file.length - ext.length);
  for (let i = 1; i < 1000; i++) {
    const candidate = `${stem}.kanon${i === 1 ? '' : `-${i}`}${ext}`;
    if (!fs.existsSync(candidate)) return pathToFileURL(candidate).href;
  }
  return undefined;
}

/** "Remove 'cpr'; generalise 'fødselsdato' to 5-year bands; suppress 3 rows below k → k = 6 (new file)". */
export function actionTitle(o: PlanOutcome, a: KanonDocAnalysis): string {
  const header = a.table.header;
  const parts: string[] = [];
  if (o.plan.dropDirect.length) parts.push(`remove ${o.plan.dropDirect.map((c) => `'${header[c]}'`).join(', ')}`);
  if (o.plan.generalise.length) parts.push(`generalise ${o.plan.generalise.map((g) => `'${header[g.column]}' to ${LEVEL_LABELS[g.level]}`).join(', ')}`);
  if (o.plan.suppress) parts.push(`suppress ${o.rowsSuppressed === 1 ? 'the 1 row' : `the ${o.rowsSuppressed} rows`} below k`);
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)} → k = ${o.k} (new file)`;
}

/** The candidate transformations, evaluated on the document's rows. */
export function candidateOutcomes(a: KanonDocAnalysis): PlanOutcome[] {
  let cached = outcomeCache.get(a);
  if (!cached) outcomeCache.set(a, (cached = computeOutcomes(a)));
  return cached;
}

function computeOutcomes(a: KanonDocAnalysis): PlanOutcome[] {
  const rows = a.table.rows.map((r) => r.fields);
  const { config, stats } = a;
  const out: PlanOutcome[] = [];
  const seen = new Set<string>();
  const add = (o: PlanOutcome) => {
    const key = JSON.stringify(o.plan);
    if (!seen.has(key)) { seen.add(key); out.push(o); }
  };
  const dropDirect = a.classification.direct.map((d) => d.index);
  const small = rows.length <= MAX_ROWS_FOR_PLANS;
  if (small && stats.rowsBelowK > 0) {
    // The plan that reaches k (removing direct identifiers first: a release cannot keep them), then single steps.
    const improves = (o: PlanOutcome) => o.stats.rowsBelowK < stats.rowsBelowK || o.k > stats.k;
    const reach = planToReachK(rows, config, { ...EMPTY_PLAN, dropDirect });
    if (reach.plan.generalise.length + reach.plan.dropDirect.length > 0 && improves(reach)) {
      add(reach);
      if (reach.k < config.k && reach.stats.rowsBelowK < rows.length) add(evaluatePlan(rows, config, { ...reach.plan, suppress: true }));
    }
    for (const o of singleSteps(rows, config)) if (improves(o)) add(o);
  }
  if (stats.rowsBelowK > 0 && stats.rowsBelowK < rows.length) add(evaluatePlan(rows, config, { ...EMPTY_PLAN, suppress: true }));
  if (dropDirect.length) add(evaluatePlan(rows, config, { ...EMPTY_PLAN, dropDirect }));
  return out;
}

export function kanonCodeActions(a: KanonDocAnalysis, diagnostics: Diagnostic[], eagerEdits: boolean): CodeAction[] {
  const target = newFileUriFor(a.uri);
  if (!target) return [];
  return candidateOutcomes(a).map((o) => {
    const action = CodeAction.create(actionTitle(o, a), CodeActionKind.QuickFix);
    action.diagnostics = diagnostics;
    const data: KanonActionData = { kanonAction: true, uri: a.uri, version: a.version, plan: o.plan, target };
    action.data = data;
    if (eagerEdits) action.edit = newFileEdit(a, o.plan, target);
    return action;
  });
}

/** Creates `target` (failing if it exists) and fills it with the transformed copy. */
export function newFileEdit(a: KanonDocAnalysis, plan: TransformPlan, target: string): WorkspaceEdit {
  const text = writeTransformedCopy(a.table, a.config, plan);
  return {
    documentChanges: [
      { kind: 'create', uri: target, options: { overwrite: false, ignoreIfExists: false } },
      { textDocument: { uri: target, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] },
    ],
  };
}
