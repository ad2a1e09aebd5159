// The per-workspace secret behind synthetic values. VS Code keeps it in SecretStorage and hands it to the
// server process in the environment (SKJOLD_REDACTION_KEY: no LSP trace can print it); other clients may send
// `initializationOptions.redactionKey`; otherwise the CLI's user key file (so the editor and the CLI write the
// same synthetic values); if that cannot be read or created, a key for this session only.
// The key is never logged, never echoed in a response and never stored by the server.
import crypto from 'node:crypto';
import { loadUserKey, readUserKey } from '../cli/userKey';

export const REDACTION_KEY_ENV = 'SKJOLD_REDACTION_KEY';

export class RedactionKey {
  private key: string | undefined;
  private peeked = false;

  constructor(env: NodeJS.ProcessEnv = process.env) {
    const fromEnv = env[REDACTION_KEY_ENV];
    if (fromEnv && fromEnv.length >= 32) this.key = fromEnv;
    delete env[REDACTION_KEY_ENV]; // not inherited by anything the server might start
  }

  /** Takes the key from initializationOptions (and strips it there, so it cannot travel further). */
  fromInitializationOptions(options: unknown): void {
    if (!options || typeof options !== 'object') return;
    const o = options as Record<string, unknown>;
    if (typeof o.redactionKey === 'string' && o.redactionKey.length >= 32) this.key = o.redactionKey;
    delete o.redactionKey;
  }

  /** The key when one is known or the user key file exists, without creating one (to recognise own values). */
  peek(): string | undefined {
    if (!this.key && !this.peeked) {
      this.peeked = true;
      this.key = readUserKey();
    }
    return this.key;
  }

  get(): string {
    if (!this.key) {
      try {
        this.key = loadUserKey();
      } catch {
        this.key = crypto.randomBytes(32).toString('hex');
      }
    }
    return this.key;
  }
}

/** The server's one key (main.ts fills it from initializationOptions; detectOptions.ts peeks at it). */
export const serverRedactionKey = new RedactionKey();
