// Skjold's own synthetic values among findings. Visible forms (example.com…) are dropped; values carrying a keyed
// mark (names, addresses, dates of birth: ./ownMark.ts) are kept as a Hint with a reason, because a real value
// can carry the mark by chance. A lone mention of a name ("Hr. Olsen") whose words all belong to a marked name in
// the same text ("Peter Olsen") is Skjold's too: synthetic names keep the surname across mentions.
import type { Finding, Reason } from '../types';
import { ownSyntheticVerdict } from './redact';
import { nameCore } from './synthetic/name';

/** Below TEST_DATA_CONFIDENCE (shown as a Hint, skipped by bulk redaction); no detector reports this low. */
export const OWN_SYNTHETIC_CONFIDENCE = 0.3;

const OWN_REASON: Reason = {
  rule: 'synthetic.own',
  text: "carries Skjold's keyed mark for its own synthetic values: probably written by Skjold's redaction",
  weight: 0,
};
const OWN_MENTION_REASON: Reason = {
  rule: 'synthetic.ownMention',
  text: "repeats a name Skjold wrote as a synthetic value in this text",
  weight: 0,
};

function downgraded<F extends Finding>(f: F, why: Reason): F {
  return { ...f, confidence: OWN_SYNTHETIC_CONFIDENCE, reasons: f.reasons.length ? [...f.reasons, why] : f.reasons };
}

/** One detector's findings with Skjold's own values dropped or downgraded (`key`: the workspace key, if known). */
export function withOwnSynthetic(text: string, found: readonly Finding[], key: string | undefined): Finding[] {
  const out: Finding[] = [];
  for (const f of found) {
    const verdict = ownSyntheticVerdict(f.type, text.slice(f.start, f.end), key);
    if (verdict === 'drop') continue;
    out.push(verdict === 'hint' ? downgraded(f, OWN_REASON) : f);
  }
  return out;
}

/**
 * After overlap resolution: name findings whose words all occur in a marked name of the same text become Hints.
 * A pure function of the final list, so a full scan and the incremental engine apply it the same way. Keeps
 * extra fields of `F` (the incremental engine's store index); `reasons` are extended only when present.
 */
export function withOwnNameMentions<F extends Finding>(text: string, findings: readonly F[]): F[] {
  let ownWords: Set<string> | undefined;
  for (const f of findings) {
    if (f.type !== 'name' || f.confidence !== OWN_SYNTHETIC_CONFIDENCE) continue;
    ownWords ??= new Set();
    for (const w of nameCore(text.slice(f.start, f.end))) ownWords.add(w);
  }
  if (!ownWords) return findings as F[];
  const own = ownWords;
  return findings.map((f) => {
    if (f.type !== 'name' || f.confidence <= OWN_SYNTHETIC_CONFIDENCE) return f;
    const core = nameCore(text.slice(f.start, f.end));
    return core.length && core.every((w) => own.has(w)) ? asOwnMention(f) : f;
  });
}

/** `f` as withOwnNameMentions() reports a lone mention of an own name (for a caller holding the full finding). */
export function asOwnMention<F extends Finding>(f: F): F {
  return downgraded(f, OWN_MENTION_REASON);
}
