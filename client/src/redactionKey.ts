// The per-workspace secret for synthetic values, kept in VS Code's SecretStorage (the OS keychain), never in
// the repository or the settings. It reaches the server through the server process's environment, not an LSP
// message, so no protocol trace (`skjold.trace.server`) can ever print it.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

export const REDACTION_KEY_ENV = 'SKJOLD_REDACTION_KEY';

/** The workspace's identity: its .code-workspace file, else its first folder, else one key for loose files. */
function workspaceId(): string {
  return vscode.workspace.workspaceFile?.toString() ?? vscode.workspace.workspaceFolders?.[0]?.uri.toString() ?? 'no-workspace';
}

/** Reads the workspace's key, creating it on first use. */
export async function workspaceRedactionKey(secrets: vscode.SecretStorage): Promise<string> {
  const name = `skjold.redactionKey:${workspaceId()}`;
  const existing = await secrets.get(name);
  if (existing && /^[0-9a-f]{64}$/.test(existing)) return existing;
  const key = randomBytes(32).toString('hex');
  await secrets.store(name, key);
  return key;
}

/** The environment for the server process: the editor's own plus the key. */
export function serverEnvironment(key: string): NodeJS.ProcessEnv {
  return { ...process.env, [REDACTION_KEY_ENV]: key };
}
