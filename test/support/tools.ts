// Finding the real editors and browsers the end-to-end layers drive. On CI (`CI=true`) a missing tool fails
// the test, so a machine that lacks one can never pass by skipping; elsewhere the test is skipped with a
// message that says what to install.
import fs from 'node:fs';
import path from 'node:path';
import type { TestContext } from 'node:test';

export const onCi = /^(1|true|yes)$/i.test(process.env.CI ?? '');

/** An executable on PATH (or an absolute path that exists), or undefined. */
export function findExecutable(name: string): string | undefined {
  if (path.isAbsolute(name)) return isExecutable(name) ? name : undefined;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, name);
    if (isExecutable(p)) return p;
  }
  return undefined;
}

function isExecutable(p: string): boolean {
  try {
    fs.accessSync(p, fs.constants.X_OK);
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Why a tool is missing and how to get it, as one line. */
export function missingMessage(what: string, hint: string): string {
  return `${what} is not installed (${hint})` + (onCi ? '; CI=true, so this fails the run' : '; skipped outside CI');
}

/**
 * The path of `name`, or: under CI an error (the test fails), elsewhere `t.skip(...)` and undefined.
 */
export function requireExecutable(t: TestContext, name: string, hint: string): string | undefined {
  const found = findExecutable(name);
  if (found) return found;
  if (onCi) throw new Error(missingMessage(name, hint));
  t.skip(missingMessage(name, hint));
  return undefined;
}
