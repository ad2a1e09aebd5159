// Helpers for the CLI tests: run the built `skjold` and make throw-away folders and git repositories.
import { spawnSync, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { after } from 'node:test';
import { guardedEnv } from '../support/lspClient';

export const SKJOLD_JS = path.resolve(__dirname, '../../dist/cli/skjold.js');

export interface RunResult { code: number; stdout: string; stderr: string }

/** Runs `skjold` with a throw-away key file, so tests never touch the user's key. */
export function skjold(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): RunResult {
  const r = spawnSync(process.execPath, [SKJOLD_JS, ...args], {
    cwd,
    encoding: 'utf8',
    // The network guard makes any socket or DNS use fail loudly (test/support/noNetwork.cjs).
    env: guardedEnv({ SKJOLD_KEY_FILE: path.join(cwd, '..', `${path.basename(cwd)}.key`), ...env }),
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.ok(!r.stderr.includes('skjold-no-network-guard'), 'the CLI tried to use the network');
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A maker of fresh folders (as tempFolder) that are all removed after the test file has run. */
export function folderMaker(): (files: Record<string, string | Buffer>) => string {
  const made: string[] = [];
  after(() => made.forEach(removeTemp));
  return (files) => {
    const d = tempFolder(files);
    made.push(d);
    return d;
  };
}

/** A ten-digit CPR number written with the dash after the birth date. */
export const dash = (v: string): string => `${v.slice(0, 6)}-${v.slice(6)}`;

/** A fresh folder with the given files (paths relative, '/'-separated). */
export function tempFolder(files: Record<string, string | Buffer> = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'skjold-cli-'));
  const dir = path.join(root, 'work');
  fs.mkdirSync(dir);
  writeFiles(dir, files);
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(dir, ...rel.split('/'));
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
  }
}

export function removeTemp(dir: string): void {
  fs.rmSync(path.dirname(dir), { recursive: true, force: true });
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Skjold Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: path.dirname(cwd) },
  });
}

export function jsonLines(stdout: string): any[] {
  return stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
}
