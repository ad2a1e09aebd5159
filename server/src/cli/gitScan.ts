// Scan sources that come from git: `--staged` scans what git would commit (the index, not the working tree),
// `--diff <rev>` keeps only findings on lines changed since `rev`. Both yield the same ScanEvents as scanStream.
import path from 'node:path';
import { applyDirectives, detect, filterAllowlisted } from '../core';
import { allowlistFor } from './allowlistLookup';
import { DEFAULT_MAX_FILE_SIZE, looksBinary } from './files';
import { changedFiles, changedLines, fromTop, gitTopLevel, stagedContent, stagedSize, type LineSet } from './git';
import { excludeFilter } from './pathFilter';
import { readUserKey } from './userKey';
import { languageOf, positionFindings, scanStream, type ScanEvent, type ScanOptions } from './scanFiles';

export interface GitScanOptions extends ScanOptions {
  cwd: string;
  /** Paths the user named (pathspecs, relative to cwd); everything when empty. */
  pathspecs: string[];
  staged: boolean;
  /** Only findings on lines changed since this revision. */
  diffRev?: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const cp1252 = new TextDecoder('windows-1252');

function displayPath(absolute: string, cwd: string): string {
  const rel = path.relative(cwd, absolute);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : absolute;
}

/** The events of a `--staged` and/or `--diff` scan. */
export async function* gitScanStream(opts: GitScanOptions): AsyncGenerator<ScanEvent> {
  const top = gitTopLevel(opts.cwd);
  const files = changedFiles(opts.cwd, { staged: opts.staged, rev: opts.diffRev, pathspecs: opts.pathspecs });
  const lines = opts.diffRev ? changedLines(opts.cwd, { staged: opts.staged, rev: opts.diffRev, pathspecs: opts.pathspecs }) : undefined;
  const linesByAbsolute = lines && new Map([...lines].map(([rel, set]) => [fromTop(top, rel), set] as const));
  const events = opts.staged ? stagedEvents(top, files, opts) : scanStream(files.map((f) => fromTop(top, f)), opts);
  for await (const ev of events) {
    if (ev.kind === 'file' && linesByAbsolute) yield { kind: 'file', file: onChangedLines(ev.file, linesByAbsolute.get(path.resolve(opts.cwd, ev.file.path))) };
    else yield ev;
  }
}

function onChangedLines<T extends { findings: { line: number; endLine: number }[] }>(file: T, changed: LineSet | undefined): T {
  return { ...file, findings: changed ? file.findings.filter((f) => changed.intersects(f.line, f.endLine)) : [] };
}

async function* stagedEvents(top: string, files: string[], opts: GitScanOptions): AsyncGenerator<ScanEvent> {
  const exclude = excludeFilter(opts.exclude);
  const max = opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  // Values Skjold itself wrote (keyed synthetic marks) are recognised as in a folder scan.
  const ownMarkKey = files.length ? readUserKey() : undefined;
  for (const rel of files) {
    const display = displayPath(fromTop(top, rel), opts.cwd);
    if (exclude?.(display, false)) continue;
    const size = stagedSize(top, rel);
    if (size > max) { yield { kind: 'skipped', path: display, reason: 'too-large', detail: `${size} bytes > ${max}` }; continue; }
    const buf = stagedContent(top, rel, max);
    if (looksBinary(buf)) { yield { kind: 'skipped', path: display, reason: 'binary' }; continue; }
    let text: string, encoding: 'utf-8' | 'windows-1252';
    try { text = utf8.decode(buf); encoding = 'utf-8'; } catch { text = cp1252.decode(buf); encoding = 'windows-1252'; }
    const detected = applyDirectives(text, detect(text, { languageId: languageOf(rel), ownMarkKey }));
    const findings = filterAllowlisted(text, detected, allowlistFor(fromTop(top, rel)), ownMarkKey);
    yield { kind: 'file', file: { path: display, encoding, bytes: buf.length, findings: positionFindings(text, findings, opts.fingerprintKey) } };
  }
}
