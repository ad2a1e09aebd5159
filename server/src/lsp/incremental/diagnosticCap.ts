// The per-file diagnostics cap (`skjold.maxDiagnostics`): when a file has more findings than that, the most
// severe are published (then the most confident, then the earliest) and the total is reported beside them,
// so nothing is cut silently. Linear: findings are ranked into buckets, not sorted.
import type { Finding } from '../../core';
import type { DiagnosticSeverity } from 'vscode-languageserver/node';

/** Custom notification: how many findings a document has in total and how many were published. */
export const FINDING_COUNT_NOTIFICATION = 'skjold/findingCount';

export interface FindingCountParams {
  uri: string;
  version: number;
  total: number;
  shown: number;
}

/** The findings to publish: all when within `max`, otherwise the `max` most severe, in document order. */
export function capFindings<T extends Finding>(findings: T[], max: number, severityOf: (f: T) => DiagnosticSeverity): T[] {
  if (findings.length <= max) return findings;
  // Rank = severity (1 = Error, the most severe) then confidence in hundredths, highest first: 0..~500.
  const rankOf = (f: T) => severityOf(f) * 101 + (100 - Math.max(0, Math.min(100, Math.round(f.confidence * 100))));
  const ranks = new Uint16Array(findings.length);
  const counts = new Uint32Array(6 * 101);
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
