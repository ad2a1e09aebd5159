// SARIF 2.1.0 output for code-scanning services: one rule per identifier type the detectors report, with help
// text; results with regions and the masked value in the message; `partialFingerprints` from a keyed HMAC of
// the value (scanFiles.ts positionFindings), never the value itself. Results stream out per file, and a file's
// results in pieces of RESULTS_PER_PIECE: one string per file held a million findings' results (~530 MB) right
// at V8's string limit (~512 Mi characters), and failed with "Invalid string length" beyond it.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DETECTORS, IDENTIFIER_TYPES, type IdentifierType } from '../../core';
import type { FileReport, PositionedFinding, ScanReport } from '../scanFiles';
import { TYPE_HELP, FIX_HELP } from '../typeHelp';
import { renderReport, type OutputFormat, type SkippedFile } from './format';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const FINGERPRINT_NAME = 'skjoldValueHmac/v1';
/** Results per piece of output (about 0.5 MB): pieces are written as they are made, so no string grows with a file's findings. */
export const RESULTS_PER_PIECE = 1000;

export interface SarifOptions {
  /** Results per piece (tests set it small); the output is the same text whatever the size. */
  resultsPerPiece?: number;
}

/** Relative paths are relative to the folder the scan ran in (%SRCROOT% in code scanning); absolute ones become file URIs. */
function artifactLocation(p: string) {
  return path.isAbsolute(p) ? { uri: pathToFileURL(p).href } : { uri: encodeURI(p), uriBaseId: '%SRCROOT%' };
}

function ruleFor(t: IdentifierType) {
  const label = IDENTIFIER_TYPES[t].label;
  return {
    id: t,
    name: label.replace(/[^A-Za-z]/g, ''),
    shortDescription: { text: `${label} (personal data)` },
    fullDescription: { text: TYPE_HELP[t] },
    help: { text: `${TYPE_HELP[t]} ${FIX_HELP}`, markdown: `**${label}.** ${TYPE_HELP[t]}\n\n${FIX_HELP}` },
    defaultConfiguration: { level: 'warning' },
    properties: { tags: ['privacy', 'personal-data'] },
  };
}

export function sarifFormat(toolVersion: string, options: SarifOptions = {}): OutputFormat {
  const perPiece = Math.max(1, Math.floor(options.resultsPerPiece ?? RESULTS_PER_PIECE));
  // The rules are known before the first result (every type a detector can report), so results stream out as
  // each file is scanned: memory holds the skipped-file notes only, never the results (a million findings fit).
  const order = Object.keys(IDENTIFIER_TYPES) as IdentifierType[];
  const reportable = new Set<IdentifierType>(DETECTORS.flatMap((d) => d.types));
  const types = order.filter((t) => reportable.has(t));
  const ruleIndex = new Map(types.map((t, i) => [t, i]));
  const skipped: SkippedFile[] = [];
  let first = true;
  const result = (file: string, f: PositionedFinding) => ({
    ruleId: f.type,
    ...(ruleIndex.has(f.type) ? { ruleIndex: ruleIndex.get(f.type) } : {}),
    level: f.level === 'warning' ? 'warning' : 'note',
    message: { text: `${f.message} (${f.masked})` },
    locations: [{
      physicalLocation: {
        artifactLocation: artifactLocation(file),
        region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
      },
    }],
    ...(f.fingerprint ? { partialFingerprints: { [FINGERPRINT_NAME]: f.fingerprint } } : {}),
    properties: { confidence: f.confidence },
  });
  /** A file's results, `perPiece` at a time; each piece is made only when the previous one was taken. */
  function* filePieces(file: FileReport): Generator<string> {
    let piece = '';
    let inPiece = 0;
    for (const f of file.findings) {
      piece += `${first ? '' : ','}\n      ${JSON.stringify(result(file.path, f))}`;
      first = false;
      if (++inPiece === perPiece) {
        yield piece;
        piece = '';
        inPiece = 0;
      }
    }
    if (piece) yield piece;
  }
  return {
    begin: () => {
      const tool = { driver: { name: 'skjold', version: toolVersion, semanticVersion: toolVersion, informationUri: 'https://github.com/skjold/skjold', rules: types.map(ruleFor) } };
      return `{\n  "$schema": ${JSON.stringify(SARIF_SCHEMA_URI)},\n  "version": "2.1.0",\n  "runs": [{\n    "tool": ${JSON.stringify(tool)},\n    "columnKind": "utf16CodeUnits",\n    "results": [`;
    },
    filePieces,
    file: (file) => [...filePieces(file)].join(''),
    skipped: (s) => { skipped.push(s); return ''; },
    end: () => {
      const invocations = [{
        executionSuccessful: true,
        toolExecutionNotifications: skipped.map((s) => ({
          level: 'note',
          message: { text: `Not scanned: ${s.reason}${s.detail ? ` (${s.detail})` : ''}` },
          locations: [{ physicalLocation: { artifactLocation: artifactLocation(s.path) } }],
        })),
      }];
      return `\n    ],\n    "invocations": ${JSON.stringify(invocations)}\n  }]\n}\n`;
    },
  };
}

export function formatSarif(report: ScanReport, toolVersion: string): string {
  return renderReport(sarifFormat(toolVersion), report);
}
