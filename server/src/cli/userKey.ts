// The CLI's secret key for keyed hashes (synthetic values, fingerprints, allowlist): a random 32-byte key in
// the user's config folder, created on first use with mode 0600, never inside the scanned repository.
// SKJOLD_KEY_FILE overrides the location (e.g. a CI secret mounted as a file).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function userKeyPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SKJOLD_KEY_FILE) return env.SKJOLD_KEY_FILE;
  const base = env.XDG_CONFIG_HOME || (process.platform === 'win32' ? env.APPDATA || os.homedir() : path.join(os.homedir(), '.config'));
  return path.join(base, 'skjold', 'key');
}

/** Loads the key, creating it when missing. */
export function loadUserKey(env: NodeJS.ProcessEnv = process.env): string {
  const file = userKeyPath(env);
  try {
    const key = fs.readFileSync(file, 'utf8').trim();
    if (/^[0-9a-f]{64}$/i.test(key)) return key;
    throw new Error(`the key file ${file} is not 64 hex characters`);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const key = crypto.randomBytes(32).toString('hex');
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.writeFileSync(file, key + '\n', { mode: 0o600, flag: 'wx' });
  return key;
}

/** The key if the file exists and holds one; never creates it (for recognising Skjold's own synthetic values). */
export function readUserKey(env: NodeJS.ProcessEnv = process.env): string | undefined {
  try {
    const key = fs.readFileSync(userKeyPath(env), 'utf8').trim();
    return /^[0-9a-f]{64}$/i.test(key) ? key : undefined;
  } catch {
    return undefined;
  }
}
