// Privacy check on what the editor wrote while the suite ran: no log file (Skjold's output channel, the
// extension host, the server) may hold an identifier from the test notes, in any of its written forms.
import fs from 'node:fs';
import path from 'node:path';

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** The log files under `logsDir` that hold any of `values` (returned as paths; the values are never printed). */
export function logsHolding(logsDir: string, values: string[]): { files: string[]; leaking: string[] } {
  const files = filesUnder(logsDir).filter((f) => f.endsWith('.log'));
  const leaking = files.filter((f) => {
    const text = fs.readFileSync(f, 'utf8');
    return values.some((v) => text.includes(v));
  });
  return { files, leaking };
}

/** A CPR number as people write it: with a dash, a space, or none. */
export function writtenForms(cpr: string): string[] {
  const digits = cpr.replace(/\D/g, '');
  return [digits, `${digits.slice(0, 6)}-${digits.slice(6)}`, `${digits.slice(0, 6)} ${digits.slice(6)}`];
}
