// The per-file diagnostics cap (`skjold.maxDiagnostics`): when a file has more findings than that, the most
// severe are published (then the most confident, then the earliest) and the total is reported beside them,
// so nothing is cut silently. Linear: findings are ranked into buckets, not sorted.
import type { Finding } from '../../core';
import type { DiagnosticSeverity } from 'vscode-languageserver/node';
import type { IncrementalDetection, IndexedFinding } from '../../core/incremental/incrementalDetection';

/** Custom notification: how many findings a document has in total and how many were published. */
export const FINDING_COUNT_NOTIFICATION = 'skjold/findingCount';

export interface FindingCountParams {
  uri: string;
  version: number;
  total: number;
  shown: number;
}

/** Ranks run below this: severity 1..4 (LSP's numbering) × 101 + 0..100. */
export const CAP_RANKS = 6 * 101;

/** Rank = severity (1 = Error, the most severe) then confidence in hundredths, highest first: lower is kept first. */
export function capRank(severity: DiagnosticSeverity, confidence: number): number {
  return severity * 101 + (100 - Math.max(0, Math.min(100, Math.round(confidence * 100))));
}

/** The findings to publish: all when within `max`, otherwise the `max` most severe, in document order. */
export function capFindings<T extends Finding>(findings: T[], max: number, severityOf: (f: T) => DiagnosticSeverity): T[] {
  if (findings.length <= max) return findings;
  const rankOf = (f: T) => capRank(severityOf(f), f.confidence);
  const ranks = new Uint16Array(findings.length);
  const counts = new Uint32Array(CAP_RANKS);
  findings.forEach((f, i) => { const r = rankOf(f); ranks[i] = r; counts[r]!++; });
  // The cut-off rank: everything ranked better is kept, and the earliest of the cut-off rank fill the rest.
  let kept = 0, cutoff = 0;
  while (cutoff < counts.length && kept + counts[cutoff]! < max) kept += counts[cutoff++]!;
  let room = max - kept;
  const out: T[] = [];
  findings.forEach((f, i) => {
    if (ranks[i]! < cutoff) out.push(f);
    else if (ranks[i] === cutoff && room > 0) { out.push(f); room--; }
  });
  return out;
}

/**
 * capFindings() over an incremental engine's lightFindings() (for a caller with no directive or allowlist to
 * apply), without listing them: severity depends only on a finding's type and confidence, so the ranks are
 * counted per kind of finding.
 */
export function capResolved(engine: IncrementalDetection, max: number, severityOf: (f: Pick<Finding, 'type' | 'confidence'>) => DiagnosticSeverity): { shown: IndexedFinding[]; total: number } {
  return { shown: engine.best(max, CAP_RANKS, (p) => capRank(severityOf(p), p.confidence)), total: engine.resolvedCount() };
}
