// Inline directives that silence findings, in any comment style (`//`, `#`, `--`, `/* */`, `<!-- -->`, `;`, `%`):
//   skjold-disable-next-line [types…]   the next line
//   skjold-disable-line [types…]        the line the directive stands on
//   skjold-disable [types…] … skjold-enable [types…]   a block (to the end of the text when never enabled)
// Types are identifier-type ids separated by spaces or commas (`skjold-disable-next-line cpr, phone`); none = all.
// Applied after detection, as a filter, so incremental detection stays independent of them.
import type { Finding, IdentifierType } from './types';

const DIRECTIVE = /skjold-(disable-next-line|disable-line|disable|enable)\b([^\n]*)/g;
const TYPE_ID = /^[a-z][a-z0-9-]*$/;

interface Silence {
  start: number;
  end: number;
  /** undefined = every type */
  types?: ReadonlySet<string>;
}

/** The regions the directives in `text` silence. Cheap when the text has no directive (one indexOf). */
export function silencedRegions(text: string): Silence[] {
  if (text.indexOf('skjold-') < 0) return [];
  const out: Silence[] = [];
  const open: { start: number; types?: ReadonlySet<string> }[] = [];
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) {
    const kind = m[1]!;
    const types = parseTypes(m[2]!);
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const lineEnd = endOfLine(text, m.index);
    if (kind === 'disable-line') out.push({ start: lineStart, end: lineEnd, types });
    else if (kind === 'disable-next-line') {
      const nextStart = Math.min(text.length, lineEnd + 1);
      out.push({ start: nextStart, end: endOfLine(text, nextStart), types });
    } else if (kind === 'disable') open.push({ start: lineEnd, types });
    else {
      // `skjold-enable` closes the most recent block with the same type list (or all blocks when it names none).
      const key = typesKey(types);
      for (let i = open.length - 1; i >= 0; i--) {
        if (!types || typesKey(open[i]!.types) === key) {
          out.push({ start: open[i]!.start, end: lineStart, types: open[i]!.types });
          open.splice(i, 1);
          if (types) break;
        }
      }
    }
  }
  for (const o of open) out.push({ start: o.start, end: text.length, types: o.types });
  return out;
}

/** Drops findings that a directive silences. */
export function applyDirectives(text: string, findings: Finding[]): Finding[] {
  const regions = silencedRegions(text);
  if (!regions.length) return findings;
  return findings.filter((f) => !regions.some((r) => f.start >= r.start && f.start < r.end && (!r.types || r.types.has(f.type))));
}

function parseTypes(rest: string): ReadonlySet<IdentifierType | string> | undefined {
  // Stop at a comment closer or the start of a free-text explanation (`-- reason`).
  const words = rest.replace(/(\*\/|-->|\s--\s).*$/, '').split(/[\s,]+/).filter(Boolean);
  const types = words.filter((w) => TYPE_ID.test(w));
  return types.length && types.length === words.length ? new Set(types) : undefined;
}

function typesKey(types: ReadonlySet<string> | undefined): string {
  return types ? [...types].sort().join(',') : '*';
}

function endOfLine(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}
