// Restricted mode (an untrusted workspace): detection and masking work, but settings that a workspace could use
// against its user are taken from the user's own settings only. Today that is `skjold.customPatterns` (a repository
// could ship patterns to hide its own identifiers or to flood the editor).
import * as vscode from 'vscode';
import type { ConfigurationParams } from 'vscode-languageclient';
import type { Middleware } from 'vscode-languageclient/node';

const WORKSPACE_CONTROLLED = ['customPatterns'] as const;

/** Replaces workspace-provided values of the guarded settings with the user's own while the workspace is untrusted. */
export const configurationMiddleware: NonNullable<Middleware['workspace']>['configuration'] = async (params: ConfigurationParams, token, next) => {
  const result = await next(params, token);
  if (vscode.workspace.isTrusted || !Array.isArray(result)) return result;
  return result.map((value, i) => {
    const item = params.items[i];
    if (item?.section !== 'skjold' || !value || typeof value !== 'object') return value;
    const scope = item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined;
    const config = vscode.workspace.getConfiguration('skjold', scope);
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    for (const key of WORKSPACE_CONTROLLED) copy[key] = config.inspect(key)?.globalValue ?? [];
    return copy;
  });
};

/** Re-checks documents with the trusted settings once the user trusts the workspace. */
export function onTrustGranted(restartChecks: () => void): vscode.Disposable {
  return vscode.workspace.onDidGrantWorkspaceTrust(restartChecks);
}
