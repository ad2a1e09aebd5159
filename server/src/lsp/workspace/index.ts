// Workspace features of the server: the workspace scan (closed files in the Problems panel, kept true by
// watching files) and the anonymisation report. main.ts calls these two functions; the rest lives here.
import type { Connection, InitializeParams, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { SkjoldSettings } from '../settings';
import { WorkspaceScanner } from './workspaceScanner';
import { registerWorkspaceReport } from './workspaceReport';

export interface WorkspaceFeatures {
  initialize(params: InitializeParams): void;
}

export function registerWorkspaceFeatures(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  settingsFor: (uri: string) => Promise<SkjoldSettings>,
  toolVersion: string,
): WorkspaceFeatures {
  const scanner = new WorkspaceScanner(connection, documents, settingsFor);
  scanner.register();
  registerWorkspaceReport(connection, scanner, toolVersion);
  return { initialize: (params) => scanner.initialize(params) };
}
