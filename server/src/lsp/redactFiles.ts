// The custom request behind "Skjold: Redact File…" and "Skjold: Redact Workspace…": the server computes ONE
// WorkspaceEdit over the given files (open documents at their current version, files on disk read here), every
// edit carrying a change annotation that needs confirmation, so VS Code shows the refactor preview first.
// Nothing is written by the server: the client applies the edit the user confirmed, as one undoable step.
import { fileURLToPath } from 'node:url';
import type { AnnotatedTextEdit, ChangeAnnotation, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { findingsToRedact, redactionEdits, IDENTIFIER_TYPES, type IdentifierType } from '../core';
import type { CustomPatternCache } from './customPatterns';
import { redactionFindings } from './redactionFindings';
import { readTextFile } from '../cli/files';
import { languageOf } from '../cli/scanFiles';
import type { FixModeName, SkjoldSettings } from './settings';
import { redactOptions } from './redactionOptions';
import { fixTitle } from './codeActions';

export const REDACT_FILES_REQUEST = 'skjold/redactFiles';

export interface RedactFilesParams {
  uris: string[];
  mode: FixModeName;
}

export interface RedactFilesResult {
  /** Undefined when nothing is to be changed. */
  edit?: WorkspaceEdit;
  files: number;
  changedFiles: number;
  findings: number;
  /** Files left out, with the reason (never their content). */
  skipped: { uri: string; reason: string }[];
}

export async function redactFiles(
  params: RedactFilesParams,
  openDocument: (uri: string) => TextDocument | undefined,
  settingsFor: (uri: string) => Promise<SkjoldSettings>,
  key: () => string,
  customPatterns: CustomPatternCache,
): Promise<RedactFilesResult> {
  if (params?.mode !== 'mask' && params?.mode !== 'synthetic') throw new Error('mode must be mask or synthetic');
  if (!Array.isArray(params.uris)) throw new Error('uris must be a list');
  const result: RedactFilesResult = { files: 0, changedFiles: 0, findings: 0, skipped: [] };
  const changes: TextDocumentEdit[] = [];
  const annotations: Record<string, ChangeAnnotation> = {};
  for (const [n, uri] of params.uris.entries()) {
    // Let diagnostics and other requests through now and then while a large workspace is read.
    if (n % 50 === 49) await new Promise((resolve) => setImmediate(resolve));
    const loaded = load(uri, openDocument);
    if ('reason' in loaded) { result.skipped.push({ uri, reason: loaded.reason }); continue; }
    result.files++;
    const settings = await settingsFor(uri);
    const { doc, version } = loaded;
    const text = doc.getText();
    const findings = findingsToRedact(redactionFindings(text, doc.languageId, settings, customPatterns, undefined, doc.uri));
    if (!findings.length) continue;
    const edits = redactionEdits(text, findings, redactOptions(params.mode, settings, key));
    const annotated: AnnotatedTextEdit[] = edits.map((e, i) => {
      const type: IdentifierType = findings[i]!.type;
      const annotationId = `skjold.${params.mode}.${type}`;
      annotations[annotationId] ??= { label: fixTitle(type, params.mode), description: IDENTIFIER_TYPES[type].label, needsConfirmation: true };
      return { range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText, annotationId };
    });
    changes.push({ textDocument: { uri, version }, edits: annotated });
    result.changedFiles++;
    result.findings += findings.length;
  }
  if (changes.length) result.edit = { documentChanges: changes, changeAnnotations: annotations };
  return result;
}

/** The text to redact: the open document (its version guards the edit) or the file on disk (version null). */
function load(uri: string, openDocument: (uri: string) => TextDocument | undefined): { doc: TextDocument; version: number | null } | { reason: string } {
  const open = openDocument(uri);
  if (open) return { doc: open, version: open.version };
  if (!uri.startsWith('file:')) return { reason: 'not open and not a file' };
  let file: string;
  try {
    file = fileURLToPath(uri);
  } catch {
    return { reason: 'not a file path' };
  }
  const read = readTextFile(file);
  if (!read.ok) return { reason: read.reason };
  // The editor decodes files as UTF-8 by default: offsets computed over another decoding could miss.
  if (read.encoding !== 'utf-8') return { reason: 'not UTF-8' };
  return { doc: TextDocument.create(uri, languageOf(file), 0, read.text), version: null };
}
