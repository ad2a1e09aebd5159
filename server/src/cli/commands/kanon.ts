// `skjold kanon <file>`: k-anonymity of a CSV/TSV file or a JSON array of records. Prints the rows whose
// combination of quasi-identifiers is shared by fewer than k rows (by row number and column names, never
// values), the k achieved and the l-diversity of sensitive columns. Optionally writes a generalised copy.
// Exit code: 0 = k reached, 1 = rows below k, 2 = usage error (also: unknown column, not a table).
import fs from 'node:fs';
import { summaryLines, HIERARCHIES, type GeneralisationLevel } from '../../core/kanon';
import { analyseKanonFile, KanonInputError, type KanonFileOptions } from '../kanon/analyseFile';
import { UsageError, TOOL_VERSION } from '../usage';
import { parseArgs } from './scan';

const KANON_USAGE = `usage: skjold kanon <file> [--qi COLUMNS] [--k N] [--sensitive COLUMNS] [--direct COLUMNS] [--ignore COLUMNS]
                    [--generalise COLUMN=LEVEL,…] [--suppress] [--out NEW_FILE] [--format text|json]`;

const KANON_HELP = `${KANON_USAGE}

k-anonymity of a CSV/TSV file or a JSON array of flat records: the rows whose combination of quasi-identifiers
(birth date, sex, postal code, diagnosis code, …) is shared by fewer than k rows, named by row number and column,
never by value; the k achieved; the l-diversity of sensitive columns. The file is streamed (any size).

  --qi COLUMNS          the quasi-identifiers (comma-separated column names); default: classified from the
                        header and the first 200 rows, or the file's first-line directive
                        (# skjold-kanon: qi=alder,postnr sensitive=diagnose k=5)
  --k N                 the k every row must reach (default: the directive's, else 5)
  --sensitive/--direct/--ignore COLUMNS   correct the classification
  --generalise C=LEVEL  measure (and with --out, write) column C at LEVEL: ${[...new Set(Object.values(HIERARCHIES).flat())].join(', ')}
  --suppress            leave out the rows still below k
  --out NEW_FILE        write the generalised/suppressed copy (must not exist; the input is never changed)
  --format text|json    json: {"flagged": [{"row", "classSize", "rareAlone", "reason"}], "summary", "columns"}

Exit code: 0 = k reached, 1 = rows below k, 2 = usage error (also an unknown column or a file that is no table).`;

interface KanonArgs {
  file: string;
  format: 'text' | 'json';
  options: KanonFileOptions;
}

const TEXT_ROW_LIMIT = 1000;
const LEVELS = new Set<string>(Object.values(HIERARCHIES).flat());

const list = (v: string): string[] => v.split(',').map((s) => s.trim()).filter(Boolean);

export function parseKanonArgs(argv: string[]): KanonArgs {
  const files: string[] = [];
  const options: KanonFileOptions = {};
  let format: KanonArgs['format'] = 'text';
  parseArgs(argv, (flag, value) => {
    switch (flag) {
      case '--qi': options.qi = list(value()); break;
      case '--sensitive': options.sensitive = list(value()); break;
      case '--direct': options.direct = list(value()); break;
      case '--ignore': options.ignore = list(value()); break;
      case '--k': {
        const v = value();
        const k = Number(v);
        if (!Number.isInteger(k) || k < 1) throw new UsageError(`--k must be a whole number of at least 1, not '${v}'`);
        options.k = k;
        break;
      }
      case '--format': {
        const v = value();
        if (v !== 'text' && v !== 'json') throw new UsageError(`--format must be text or json, not '${v}'`);
        format = v;
        break;
      }
      case '--generalise': case '--generalize': {
        options.generalise = [...(options.generalise ?? []), ...list(value()).map((spec) => {
          const eq = spec.lastIndexOf('=');
          const column = spec.slice(0, eq).trim(), level = spec.slice(eq + 1).trim();
          if (eq <= 0 || !LEVELS.has(level)) throw new UsageError(`--generalise takes COLUMN=LEVEL with LEVEL one of ${[...LEVELS].join(', ')}`);
          return { column, level: level as GeneralisationLevel };
        })];
        break;
      }
      case '--suppress': options.suppress = true; break;
      case '--out': options.out = value(); break;
      default: return false;
    }
    return true;
  }, (p) => files.push(p));
  if (files.length !== 1) throw new UsageError('kanon needs exactly one file');
  return { file: files[0]!, format, options };
}

export async function kanonCommand(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(KANON_HELP + '\n');
    return 0;
  }
  const args = parseKanonArgs(argv);
  // `skjold kanon big.csv | head`: a reader that stops early is no error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  if (!fs.existsSync(args.file) || !fs.statSync(args.file).isFile()) throw new UsageError(`no such file: ${args.file}`);
  // Output is gathered in 64 KB pieces (millions of flagged rows would otherwise mean millions of writes).
  let pending = '';
  const out = {
    write(text: string): void {
      pending += text;
      if (pending.length > 1 << 16) this.flush();
    },
    flush(): void {
      if (pending) process.stdout.write(pending);
      pending = '';
    },
  };
  let printed = 0;
  // JSON streams the flagged rows as they are found; its opening is written with the first of them (or at the
  // end), so a usage error leaves stdout empty.
  let opened = false;
  const open = () => {
    if (!opened) out.write(`{\n  "tool": ${JSON.stringify({ name: 'skjold', version: TOOL_VERSION })},\n  "file": ${JSON.stringify(args.file)},\n  "flagged": [`);
    opened = true;
  };
  if (args.format === 'json') {
    args.options.onFlagged = (f, reason) => {
      open();
      out.write(`${printed++ ? ',' : ''}\n    ${JSON.stringify({ row: f.row, classSize: f.classSize, rareAlone: f.rareAlone, reason: reason(), ...(args.options.suppress ? { suppressed: true } : {}) })}`);
    };
  } else {
    args.options.onFlagged = (f, reason) => {
      if (printed++ < TEXT_ROW_LIMIT) out.write(`${args.file}: row ${f.row}${args.options.suppress ? ' (suppressed)' : ''}: ${reason()}\n`);
    };
  }
  let result;
  try {
    result = await analyseKanonFile(args.file, args.options);
  } catch (e) {
    if (e instanceof KanonInputError) throw new UsageError(e.message);
    throw e;
  }
  const s = result.summary;
  if (args.format === 'json') {
    const classification = result.classification.columns.map((c) => ({ column: c.name, role: c.role, kind: c.role === 'quasi' ? c.kind : undefined, identifier: c.identifier, source: c.source }));
    open();
    out.write(`${printed ? '\n  ' : ''}],\n  "summary": ${JSON.stringify(s)},\n  "columns": ${JSON.stringify(classification)}\n}\n`);
  } else {
    if (printed > TEXT_ROW_LIMIT) out.write(`${args.file}: … ${printed - TEXT_ROW_LIMIT} more rows below k (--format json lists them all)\n`);
    for (const line of summaryLines(s)) out.write(`${args.file}: ${line}\n`);
    if (args.options.out) out.write(`${args.file}: wrote ${args.options.out}\n`);
  }
  out.flush();
  return s.kAchieved >= s.kRequired || s.rows === 0 ? 0 : 1;
}
