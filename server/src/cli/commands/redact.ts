// `skjold redact <paths…> --mode mask|synthetic (--out DIR | --in-place)`: replaces every finding in the files,
// writing atomically (temp file, then rename). Files that cannot be read, are binary or cannot be written back
// in their encoding are reported and left untouched (and not copied to --out: they could not be checked).
// Known test data (test-CPR numbers, which synthetic CPR numbers are) is neither replaced nor counted.
// Exit code: 0 when no finding is left, 1 when some remain (in what was written, or in a file that could
// not be written). Binary and unreadable files are reported but cannot be checked, so they do not count.
import fs from 'node:fs';
import path from 'node:path';
import { detect, findingsToRedact, redactionEdits, applyRedactionEdits, IDENTIFIER_TYPES, type IdentifierType, type MaskStyle, type RedactOptions } from '../../core';
import { collectFiles, readTextFile, DEFAULT_MAX_FILE_SIZE } from '../files';
import { languageOf } from '../scanFiles';
import { writeFileAtomic } from '../atomicWrite';
import { encodeText, hasUtf8Bom } from '../encodeText';
import { loadUserKey, readUserKey } from '../userKey';
import { UsageError } from '../usage';
import { parseArgs } from './scan';

interface RedactArgs {
  paths: string[];
  mode: 'mask' | 'synthetic';
  out?: string;
  inPlace: boolean;
  maskStyle: MaskStyle;
  shiftBirthDate: boolean;
  maxFileSize: number;
}

export function parseRedactArgs(argv: string[]): RedactArgs {
  const args: Partial<RedactArgs> & { paths: string[] } = { paths: [], inPlace: false, maskStyle: 'full', shiftBirthDate: true, maxFileSize: DEFAULT_MAX_FILE_SIZE };
  parseArgs(argv, (flag, value) => {
    switch (flag) {
      case '--mode': {
        const v = value();
        if (v !== 'mask' && v !== 'synthetic') throw new UsageError(`--mode must be mask or synthetic, not '${v}'`);
        args.mode = v;
        break;
      }
      case '--out': args.out = value(); break;
      case '--in-place': args.inPlace = true; break;
      case '--mask-style': {
        const v = value();
        if (v !== 'full' && v !== 'keepBirthDate' && v !== 'tag') throw new UsageError(`--mask-style must be full, keepBirthDate or tag, not '${v}'`);
        args.maskStyle = v;
        break;
      }
      case '--no-shift-birth-date': args.shiftBirthDate = false; break;
      case '--max-file-size': {
        const v = value();
        const n = Number(v);
        if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--max-file-size must be a positive number of bytes, not '${v}'`);
        args.maxFileSize = n;
        break;
      }
      default: return false;
    }
    return true;
  }, (p) => args.paths.push(p));
  if (!args.paths.length) throw new UsageError('redact needs at least one file or folder');
  if (!args.mode) throw new UsageError('redact needs --mode mask or --mode synthetic');
  if (!!args.out === !!args.inPlace) throw new UsageError('redact needs exactly one of --out DIR and --in-place');
  return args as RedactArgs;
}

export function redactCommand(argv: string[]): number {
  const args = parseRedactArgs(argv);
  const cwd = process.cwd();
  const options: RedactOptions = args.mode === 'mask'
    ? { mode: 'mask', maskStyle: args.maskStyle }
    : { mode: 'synthetic', key: loadUserKey(), shiftBirthDate: args.shiftBirthDate };
  const outDir = args.out ? path.resolve(cwd, args.out) : undefined;
  let redacted = 0, remaining = 0, written = 0, skipped = 0;
  const perType = new Map<IdentifierType, number>();

  for (const input of args.paths) {
    const absInput = path.resolve(cwd, input);
    const walked = collectFiles([input], cwd);
    if (walked.skipped.some((s) => s.reason === 'not-found')) throw new UsageError(`no such file or folder: ${input}`);
    for (const s of walked.skipped) { skipped++; process.stdout.write(`${s.display}: skipped (${s.reason}), left untouched\n`); }
    const base = fs.statSync(absInput).isDirectory() ? absInput : path.dirname(absInput);
    for (const file of walked.files) {
      if (outDir && isInside(file.absolute, outDir)) continue; // an --out folder inside the input is output, not input
      const read = readTextFile(file.absolute, args.maxFileSize);
      if (!read.ok) { skipped++; process.stdout.write(`${file.display}: skipped (${read.reason}), left untouched\n`); continue; }
      // Synthetic mode knows Skjold's own values (keyed marks) and leaves them, so running it twice changes nothing;
      // mask mode masks them too, since a real value can carry a keyed mark by chance.
      const findings = findingsToRedact(detect(read.text, { languageId: languageOf(file.absolute), ownMarkKey: args.mode === 'synthetic' ? options.key : undefined }));
      const text = findings.length ? applyRedactionEdits(read.text, redactionEdits(read.text, findings, options)) : read.text;
      const target = outDir ? path.join(outDir, path.relative(base, file.absolute)) : file.absolute;
      if (!findings.length && !outDir) continue; // in place: nothing to change
      const bytes = encodeText(text, read.encoding, read.encoding === 'utf-8' && hasUtf8Bom(firstBytes(file.absolute)));
      if (!bytes) { skipped++; remaining += findings.length; process.stdout.write(`${file.display}: skipped (a replacement cannot be written in ${read.encoding}), left untouched\n`); continue; }
      try {
        writeFileAtomic(target, bytes, fs.statSync(file.absolute).mode & 0o777);
      } catch (e) {
        skipped++;
        remaining += findings.length;
        process.stdout.write(`${file.display}: not written (${(e as NodeJS.ErrnoException).code ?? 'error'}), left untouched\n`);
        continue;
      }
      written++;
      redacted += findings.length;
      for (const f of findings) perType.set(f.type, (perType.get(f.type) ?? 0) + 1);
      const left = findingsToRedact(detect(text, { languageId: languageOf(file.absolute), ownMarkKey: options.key ?? readUserKey() })).length;
      remaining += left;
      if (findings.length || left) {
        process.stdout.write(`${file.display}: ${findings.length} redacted${left ? `, ${left} left` : ''}${outDir ? ` → ${path.relative(cwd, target) || target}` : ''}\n`);
      }
    }
  }
  const types = [...perType.entries()].map(([t, n]) => `${IDENTIFIER_TYPES[t].label}: ${n}`).join(', ');
  process.stdout.write(`${redacted} identifier${redacted === 1 ? '' : 's'} ${args.mode === 'mask' ? 'masked' : 'replaced with synthetic values'}${types ? ` (${types})` : ''}; ${written} file${written === 1 ? '' : 's'} written, ${skipped} skipped, ${remaining} finding${remaining === 1 ? '' : 's'} left.\n`);
  return remaining ? 1 : 0;
}

function isInside(file: string, dir: string): boolean {
  const rel = path.relative(dir, file);
  return !!rel && !rel.startsWith('..') && !path.isAbsolute(rel);
}

function firstBytes(file: string): Uint8Array {
  const buf = Buffer.alloc(3);
  const fd = fs.openSync(file, 'r');
  try {
    const n = fs.readSync(fd, buf, 0, 3, 0);
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}
