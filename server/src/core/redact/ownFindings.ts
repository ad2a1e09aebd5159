// Skjold's own synthetic values among findings. Visible forms (example.com…) are dropped; values carrying a keyed
// mark (names, addresses, dates of birth: ./ownMark.ts) are kept as a Hint with a reason, because a real value
// can carry the mark by chance. A one-word mention ("Hr. Olsen") of a word of a marked name close by ("Peter
// Olsen") is Skjold's too: synthetic names keep the surname across mentions.
import type { Finding, Reason } from '../types';
import { ownSyntheticVerdict } from './redact';
import { redactorFor } from './registry';
import { isCoreNameWord, nameCore } from './synthetic/name';

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
    if (key === undefined && !redactorFor(f.type).isSynthetic && !holdsX(text, f.start, f.end)) { out.push(f); continue; }
    const verdict = ownSyntheticVerdict(f.type, text.slice(f.start, f.end), key);
    if (verdict === 'drop') continue;
    out.push(verdict === 'hint' ? downgraded(f, OWN_REASON) : f);
  }
  return out;
}

/**
 * True when text[start, end) holds an X or x. Without a key, ownSyntheticVerdict() can answer only 'drop', and only
 * when the type's redactor recognises its own form (isSynthetic) or the value is masked, which needs an X or x: a
 * finding of a type without isSynthetic and without either letter is kept as it is, without slicing its value.
 */
function holdsX(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if ((text.charCodeAt(i) | 32) === 120) return true;
  return false;
}

/**
 * How far (UTF-16 units, either side) a lone mention may stand from the marked name it repeats: about a clinical
 * note. Beyond it, "Hr. Jensen" is more likely another person, and a real name that carries a mark by chance must
 * not turn every "Hr. Jensen" of a long document into a Hint.
 */
export const MENTION_REACH = 5_000;

/**
 * After overlap resolution: a one-word name ("Hr. Olsen", "Olsen") whose word belongs to a marked name ("Peter
 * Olsen") within MENTION_REACH becomes a Hint. A pure function of the final list, so a full scan and the
 * incremental engine apply it the same way. `findings` in document order (as resolveOverlaps gives them). Keeps extra fields of `F` (the incremental engine's store index);
 * `reasons` are extended only when present.
 */
export function withOwnNameMentions<F extends Finding>(text: string, findings: readonly F[]): F[] {
  let ownAt: Map<string, number[]> | undefined; // word → starts of the marked names holding it, ascending
  const ownStarts: number[] = [];
  for (const f of findings) {
    if (f.type !== 'name' || f.confidence !== OWN_SYNTHETIC_CONFIDENCE) continue;
    ownAt ??= new Map();
    ownStarts.push(f.start);
    for (const w of nameCore(text.slice(f.start, f.end))) {
      const at = ownAt.get(w);
      if (at) at.push(f.start);
      else ownAt.set(w, [f.start]);
    }
  }
  if (!ownAt) return findings as F[];
  // This runs over every finding after each edit: copy the list only when a finding changes, and reject on
  // position (no marked name within reach), then on the last word, before reading a whole span.
  let out: F[] | undefined;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    if (f.type !== 'name' || f.confidence <= OWN_SYNTHETIC_CONFIDENCE || !hasWithin(ownStarts, f.start, MENTION_REACH)) continue;
    const last = lastWord(text, f.start, f.end);
    if (last !== undefined && !ownAt.has(last)) continue;
    const core = nameCore(text.slice(f.start, f.end));
    if (core.length !== 1) continue;
    const at = ownAt.get(core[0]!);
    if (!at || !hasWithin(at, f.start, MENTION_REACH)) continue;
    out ??= findings.slice();
    out[i] = asOwnMention(f);
  }
  return out ?? (findings as F[]);
}

/** Whether ascending `starts` holds a value within `reach` of `pos`. */
function hasWithin(starts: readonly number[], pos: number, reach: number): boolean {
  let lo = 0, hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < pos - reach) lo = mid + 1;
    else hi = mid;
  }
  return lo < starts.length && starts[lo]! <= pos + reach;
}

const LETTER = /\p{L}/u;

function isLetter(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122;
  return LETTER.test(c);
}

/**
 * The last word of text[start, end) in lower case, when it is a plain core word (two or more letters, not a title
 * or particle); undefined when the span ends otherwise, and the caller reads the whole span.
 */
function lastWord(text: string, start: number, end: number): string | undefined {
  let e = end;
  while (e > start && !isLetter(text[e - 1]!)) e--;
  let s = e;
  while (s > start && isLetter(text[s - 1]!)) s--;
  if (e - s < 2 || (s > start && /['’]/.test(text[s - 1]!))) return undefined;
  const w = text.slice(s, e).toLowerCase();
  return isCoreNameWord(w) ? w : undefined;
}

/** `f` as withOwnNameMentions() reports a lone mention of an own name (for a caller holding the full finding). */
export function asOwnMention<F extends Finding>(f: F): F {
  return downgraded(f, OWN_MENTION_REASON);
}
