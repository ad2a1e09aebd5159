// User-defined patterns from the `skjold.customPatterns` setting: a name, a regular expression and an optional
// checksum. Patterns are compiled with RE2JS, a linear-time engine (a JavaScript port of RE2): a hostile pattern
// such as `(a+)+$` cannot backtrack, so it cannot hang the server. Features RE2 lacks (backreferences,
// lookaround) are reported as a setting problem naming the pattern; the other patterns keep working.
import { RE2JS } from 're2js';
import type { Detector, ScanContext } from '../scan';
import type { Finding } from '../types';
import { passesChecksum, type ChecksumName } from '../checksums';
import { reason } from '../reason';

export interface CustomPatternSpec {
  name: string;
  pattern: string;
  validator?: ChecksumName;
  caseSensitive?: boolean;
}

export interface CompiledCustomPattern {
  name: string;
  regex: RE2JS;
  validator?: ChecksumName;
}

export interface PatternProblem {
  /** The pattern's name (or its index when it has none). */
  name: string;
  message: string;
}

const VALIDATORS: readonly ChecksumName[] = ['luhn', 'mod11', 'mod97'];
/** Longest pattern source accepted: RE2 compiles in linear time too, but a megabyte of regex is a mistake. */
const MAX_PATTERN_LENGTH = 2000;
/** Findings per pattern per document: a pattern that matches everything must not flood the editor. */
const MAX_MATCHES = 10_000;

/** Validates and compiles the setting's value. Never throws: each bad entry becomes a problem. */
export function compileCustomPatterns(raw: unknown): { patterns: CompiledCustomPattern[]; problems: PatternProblem[] } {
  const patterns: CompiledCustomPattern[] = [];
  const problems: PatternProblem[] = [];
  if (raw === undefined || raw === null) return { patterns, problems };
  if (!Array.isArray(raw)) return { patterns, problems: [{ name: 'skjold.customPatterns', message: 'must be a list of {name, pattern, validator?}' }] };
  raw.forEach((entry: unknown, i) => {
    const e = (entry ?? {}) as Partial<CustomPatternSpec>;
    const name = typeof e.name === 'string' && e.name.trim() ? e.name.trim() : `#${i + 1}`;
    if (typeof e.pattern !== 'string' || !e.pattern) return problems.push({ name, message: 'has no pattern' });
    if (e.pattern.length > MAX_PATTERN_LENGTH) return problems.push({ name, message: `pattern is longer than ${MAX_PATTERN_LENGTH} characters` });
    if (e.validator !== undefined && !VALIDATORS.includes(e.validator)) return problems.push({ name, message: `unknown validator '${String(e.validator)}' (use luhn, mod11 or mod97)` });
    try {
      const regex = RE2JS.compile(e.pattern, e.caseSensitive === false ? RE2JS.CASE_INSENSITIVE : 0);
      if (regex.matches('')) return problems.push({ name, message: 'pattern matches the empty string' });
      patterns.push({ name, regex, validator: e.validator });
    } catch (err) {
      problems.push({ name, message: `invalid regular expression: ${err instanceof Error ? err.message.replace(/:\s*`.*`$/, '') : String(err)}` });
    }
    return undefined;
  });
  return { patterns, problems };
}

/** A detector running the compiled custom patterns. Matches are reported with type `custom` and the pattern's name. */
export function customPatternDetector(patterns: readonly CompiledCustomPattern[]): Detector {
  return {
    id: 'custom',
    types: ['custom'],
    detect(ctx: ScanContext): Finding[] {
      const out: Finding[] = [];
      for (const p of patterns) {
        const m = p.regex.matcher(ctx.text);
        let count = 0;
        let from = ctx.scanStart;
        while (count < MAX_MATCHES && from <= ctx.scanEnd && m.find(from)) {
          const start = m.start(), end = m.end();
          if (start >= ctx.scanEnd) break;
          from = end > start ? end : start + 1;
          if (end === start) continue;
          if (p.validator && !passesChecksum(p.validator, ctx.text.slice(start, end))) continue;
          count++;
          out.push({
            type: 'custom', name: p.name, start, end, confidence: p.validator ? 0.9 : 0.85,
            reasons: [
              reason('custom.pattern', "matches the custom pattern '{0}'", p.name),
              ...(p.validator ? [reason(`custom.${p.validator}`, 'passes the {0} check', p.validator)] : []),
            ],
          });
        }
      }
      return out;
    },
  };
}
