// The detector core's entry point: runs every registered detector over a text and returns the findings in
// document order. Pure: no editor, LSP or file-system imports, so the server, the CLI and the tests share it.
import type { DetectOptions, Finding, IdentifierType } from './types';
import { ScanContext, type Detector } from './scan';
import { cprDetector } from './cpr/cprDetector';
import { withOwnNameMentions, withOwnSynthetic } from './redact/ownFindings';
import { nameDetector } from './name/nameDetector';
import { addressDetector } from './address/addressDetector';
import { phoneDetector } from './phone/phoneDetector';
import { emailDetector } from './email/emailDetector';
import { cvrDetector } from './cvr/cvrDetector';
import { ibanDetector } from './iban/ibanDetector';
import { cardDetector } from './card/cardDetector';
import { dateOfBirthDetector } from './dateOfBirth/dateOfBirthDetector';
import { customPatternDetector } from './custom/customPatterns';
import { ecprDetector } from './ecpr/ecprDetector';
import { cprSubstituteDetector } from './cprSubstitute/substituteDetector';

/** Every detector, in the order their findings win an overlap tie. Add a new identifier type here. */
export const DETECTORS: readonly Detector[] = [
  cprDetector,
  emailDetector,
  ibanDetector,
  cardDetector,
  phoneDetector,
  cvrDetector,
  dateOfBirthDetector,
  ecprDetector,
  cprSubstituteDetector,
  addressDetector,
  nameDetector,
];

export function detect(text: string, options: DetectOptions = {}): Finding[] {
  const found = concatLists(detectEach(new ScanContext(text, options)));
  // No finding or one (most texts): nothing to sort or resolve, and `found` is a fresh list already.
  return withOwnNameMentions(text, found.length <= 1 ? found : resolveOverlaps(found));
}

/** The lists one after another (what `.flat()` gives for an array of arrays, without its generic cost per text). */
function concatLists(lists: readonly Finding[][]): Finding[] {
  const out: Finding[] = [];
  for (const list of lists) for (let i = 0; i < list.length; i++) out.push(list[i]!);
  return out;
}

/** The detectors that run under these options: the registry, plus the user's custom patterns when there are any. */
export function detectorsFor(options: DetectOptions): readonly Detector[] {
  return options.customPatterns?.length ? [...DETECTORS, customPatternDetector(options.customPatterns)] : DETECTORS;
}

/**
 * Each detector's findings (index = its index in `detectors`), filtered by the wanted types and the window,
 * before overlap resolution. The incremental engine (core/incremental/) keeps these per region.
 */
export function detectEach(ctx: ScanContext, detectors: readonly Detector[] = detectorsFor(ctx.options)): Finding[][] {
  // The window and the type filter read once, not per finding.
  const start = ctx.scanStart, end = ctx.scanEnd, types = ctx.options.types;
  const out: Finding[][] = [];
  for (const d of detectors) {
    if (!wantsAny(ctx, d.types)) { out.push([]); continue; }
    const found = inScope(d.detect(ctx), types, start, end);
    // Skjold's own synthetic values: visible forms dropped, keyed marks shown as a Hint (redact/ownFindings.ts).
    // Synthetic CPR numbers follow the test-CPR convention, which the CPR detector itself reports as a Hint.
    // Most lists are empty: handed on as they are.
    out.push(found.length === 0 ? found : withOwnSynthetic(ctx.text, found, ctx.options.ownMarkKey));
  }
  return out;
}

/** `types.some((t) => ctx.wants(t))`, without a closure per detector and text. */
function wantsAny(ctx: ScanContext, types: readonly IdentifierType[]): boolean {
  for (const t of types) if (ctx.wants(t)) return true;
  return false;
}

/**
 * The findings of a wanted type starting in [start, end). Most lists pass whole: they are then handed on as they
 * are (withOwnSynthetic copies them), and a copy is made only when one is left out.
 */
function inScope(found: Finding[], types: DetectOptions['types'], start: number, end: number): Finding[] {
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    if ((!types || types.has(f.type)) && f.start >= start && f.start < end) continue;
    return found.filter((f) => (!types || types.has(f.type)) && f.start >= start && f.start < end);
  }
  return found;
}

/** Sorts by position and, where findings overlap, keeps the more confident one (earlier detector on ties). */
export function resolveOverlaps(findings: Finding[]): Finding[] {
  // Array.prototype.sort is stable: ties on position and confidence keep the input (detector) order. A list
  // already in that order (one detector's findings, the usual case) is the stable sort's result as it stands.
  const sorted = findings.slice();
  if (!inOverlapOrder(sorted)) sorted.sort(byOverlapOrder);
  const out: Finding[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) {
      if (f.confidence > last.confidence) out[out.length - 1] = f;
      continue;
    }
    out.push(f);
  }
  return out;
}

/** Position, then the more confident first: the order resolveOverlaps reads findings in. */
function byOverlapOrder(a: Finding, b: Finding): number {
  return a.start - b.start || b.confidence - a.confidence;
}

/** True when no neighbours stand out of byOverlapOrder (then a stable sort would change nothing). */
function inOverlapOrder(findings: readonly Finding[]): boolean {
  for (let i = 1; i < findings.length; i++) if (byOverlapOrder(findings[i - 1]!, findings[i]!) > 0) return false;
  return true;
}
