// Ways to raise k, evaluated before anything is written: generalise one quasi-identifier to a coarser
// level, remove the direct identifiers (and so what a CPR column reveals), suppress the rows still below k;
// and a greedy plan that coarsens step by step (always the step giving the highest k) until k is reached.
// Coarser levels are functions of finer ones, so each step can only merge classes: k never falls.
import { analyseRows, type KanonConfig, type KanonStats } from './analyse';
import { HIERARCHIES, LEVEL_LABELS, type GeneralisationLevel } from './generalise';

export interface Generalisation {
  /** Column index in the table. */
  column: number;
  level: GeneralisationLevel;
}

export interface TransformPlan {
  generalise: Generalisation[];
  /** Remove the rows whose class is still below k after generalisation. */
  suppress: boolean;
  /** Remove the direct-identifier columns (with them go the facts derived from a CPR column). */
  dropDirect: number[];
}

export const EMPTY_PLAN: TransformPlan = { generalise: [], suppress: false, dropDirect: [] };

export interface PlanOutcome {
  plan: TransformPlan;
  stats: KanonStats;
  /** k of the resulting file (after suppression when the plan suppresses). */
  k: number;
  rowsSuppressed: number;
}

/** The configuration as it will count on the transformed file. */
export function configFor(config: KanonConfig, plan: TransformPlan): KanonConfig {
  const levels = new Map(plan.generalise.map((g) => [g.column, g.level]));
  const dropped = new Set(plan.dropDirect);
  const qis = config.qis
    .filter((q) => !dropped.has(q.column))
    .map((q) => (!q.derive && levels.has(q.column) ? { ...q, level: levels.get(q.column) } : q));
  return { ...config, qis, sensitive: config.sensitive.filter((s) => !dropped.has(s.column)) };
}

export function evaluatePlan(rows: readonly (readonly string[])[], config: KanonConfig, plan: TransformPlan): PlanOutcome {
  const { stats } = analyseRows(rows, configFor(config, plan));
  if (!plan.suppress) return { plan, stats, k: stats.k, rowsSuppressed: 0 };
  return { plan, stats, k: stats.kAfterSuppression, rowsSuppressed: stats.rowsBelowK };
}

/** One generalisation step per level of every quasi-identifier column (not derived), each evaluated alone. */
export function singleSteps(rows: readonly (readonly string[])[], config: KanonConfig): PlanOutcome[] {
  const out: PlanOutcome[] = [];
  for (const q of config.qis) {
    if (q.derive) continue;
    for (const level of HIERARCHIES[q.kind]) out.push(evaluatePlan(rows, config, { ...EMPTY_PLAN, generalise: [{ column: q.column, level }] }));
  }
  return out;
}

/**
 * Greedy coarsening towards config.k: at each step try the next level of every quasi-identifier and keep
 * the one with the highest k (then fewest rows below k, then the earlier column). Stops when k is reached
 * or nothing coarser is left. `base` is applied first (e.g. direct identifiers dropped).
 */
export function planToReachK(rows: readonly (readonly string[])[], config: KanonConfig, base: TransformPlan = EMPTY_PLAN): PlanOutcome {
  const levelIndex = new Map<number, number>();
  for (const g of base.generalise) {
    const q = config.qis.find((x) => x.column === g.column && !x.derive);
    if (q) levelIndex.set(g.column, HIERARCHIES[q.kind].indexOf(g.level));
  }
  const planOf = (idx: Map<number, number>): TransformPlan => ({
    ...base,
    suppress: false,
    generalise: [...idx].map(([column, i]) => ({ column, level: HIERARCHIES[config.qis.find((q) => q.column === column && !q.derive)!.kind][i]! })),
  });
  let best = evaluatePlan(rows, config, planOf(levelIndex));
  const dropped = new Set(base.dropDirect);
  while (best.k < config.k) {
    let stepBest: { outcome: PlanOutcome; column: number; index: number } | undefined;
    for (const q of config.qis) {
      if (q.derive || dropped.has(q.column)) continue;
      const next = (levelIndex.get(q.column) ?? -1) + 1;
      if (next >= HIERARCHIES[q.kind].length) continue;
      const trial = new Map(levelIndex).set(q.column, next);
      const outcome = evaluatePlan(rows, config, planOf(trial));
      if (!stepBest || outcome.k > stepBest.outcome.k || (outcome.k === stepBest.outcome.k && outcome.stats.rowsBelowK < stepBest.outcome.stats.rowsBelowK)) {
        stepBest = { outcome, column: q.column, index: next };
      }
    }
    if (!stepBest) break;
    levelIndex.set(stepBest.column, stepBest.index);
    best = stepBest.outcome;
  }
  return best;
}

/** "'fødselsdato' → 5-year bands, 'postnr' → region". */
export function describePlan(plan: TransformPlan, header: readonly string[]): string {
  const parts = plan.generalise.map((g) => `'${header[g.column]}' → ${LEVEL_LABELS[g.level]}`);
  if (plan.dropDirect.length) parts.push(`remove ${plan.dropDirect.map((c) => `'${header[c]}'`).join(', ')}`);
  return parts.join(', ');
}
