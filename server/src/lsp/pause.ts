// "Pause checking" from the client: while paused the server publishes empty diagnostic lists (clearing what was
// shown) and detects nothing; resuming re-checks every open document at once. A custom notification, so other
// LSP clients that never send it are unaffected.
import type { Connection } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentChecker } from './documentChecker';

export const SET_PAUSED_NOTIFICATION = 'skjold/setPaused';

export interface SetPausedParams {
  paused: boolean;
}

export function registerPause(connection: Connection, checker: DocumentChecker, openDocuments: () => TextDocument[]): void {
  connection.onNotification(SET_PAUSED_NOTIFICATION, (p: SetPausedParams) => {
    const paused = p?.paused === true;
    if (checker.paused === paused) return;
    checker.paused = paused;
    for (const doc of openDocuments()) checker.schedule(doc, true);
  });
}
