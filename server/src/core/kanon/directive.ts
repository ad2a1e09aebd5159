// The header directive: a first line in a CSV/TSV file that corrects the column classification for that file.
//
//   # skjold-kanon: qi=alder,postnr sensitive=diagnose direct=navn ignore=løbenr k=5
//
// Keys (each optional; lists are comma-separated column names, case-insensitive; a name with spaces or
// commas is written in double quotes, e.g. qi="fødsels dato",køn):
//   qi=         the quasi-identifiers, replacing the automatic choice
//   sensitive=  sensitive attributes (l-diversity is reported for them); a column named here is not a QI
//   direct=     extra direct identifiers
//   ignore=     columns that are none of these
//   k=          the k this file must reach (overrides the setting)
// The line must be the first line of the file and start with `#` (or `//`); the reader skips it.

export interface KanonDirective {
  qi?: string[];
  sensitive?: string[];
  direct?: string[];
  ignore?: string[];
  k?: number;
  /** Keys the directive did not understand, for a diagnostic. */
  unknown: string[];
}

const DIRECTIVE = /^\s*(?:#|\/\/)\s*skjold-kanon\s*:(.*)$/i;

/** Parses the directive from a file's first line, or undefined when the line is no directive. */
export function parseDirective(firstLine: string): KanonDirective | undefined {
  const m = DIRECTIVE.exec(firstLine.replace(/^\uFEFF/, ''));
  if (!m) return undefined;
  const out: KanonDirective = { unknown: [] };
  for (const [key, value] of tokens(m[1]!)) {
    const list = splitList(value);
    switch (key.toLowerCase()) {
      case 'qi': case 'quasi': out.qi = list; break;
      case 'sensitive': out.sensitive = list; break;
      case 'direct': out.direct = list; break;
      case 'ignore': out.ignore = list; break;
      case 'k': {
        const k = Number(value);
        if (Number.isInteger(k) && k >= 1) out.k = k;
        else out.unknown.push('k');
        break;
      }
      default: out.unknown.push(key);
    }
  }
  return out;
}

/** `key=value` pairs separated by spaces; values may contain quoted parts with spaces. */
function tokens(text: string): [string, string][] {
  const out: [string, string][] = [];
  const re = /([\w-]+)\s*=\s*((?:"[^"]*"|[^\s"])*)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m[1]!, m[2]!]);
  return out;
}

function splitList(value: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|([^,]+)/g;
  for (let m = re.exec(value); m; m = re.exec(value)) {
    const name = (m[1] ?? m[2] ?? '').trim();
    if (name) out.push(name);
  }
  return out;
}
