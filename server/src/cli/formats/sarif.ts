// SARIF 2.1.0 output for code-scanning services: one rule per identifier type the detectors report, with help
// text; results with regions and the masked value in the message; `partialFingerprints` from a keyed HMAC of
// the value (scanFiles.ts positionFindings), never the value itself. Results are buffered (no texts) because
// SARIF is one document whose rules come first.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DETECTORS, IDENTIFIER_TYPES, type IdentifierType } from '../../core';
import type { PositionedFinding, ScanReport } from '../scanFiles';
import { TYPE_HELP, FIX_HELP } from '../typeHelp';
import { renderReport, type OutputFormat, type SkippedFile } from './format';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const FINGERPRINT_NAME = 'skjoldValueHmac/v1';

interface BufferedResult {
  path: string;
  finding: PositionedFinding;
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

export function sarifFormat(toolVersion: string): OutputFormat {
  const results: BufferedResult[] = [];
  const skipped: SkippedFile[] = [];
  return {
    begin: () => '',
    file: (file) => {
      for (const finding of file.findings) results.push({ path: file.path, finding });
      return '';
    },
    skipped: (s) => { skipped.push(s); return ''; },
    end: () => {
      const order = Object.keys(IDENTIFIER_TYPES) as IdentifierType[];
      const reported = new Set<IdentifierType>([...DETECTORS.flatMap((d) => d.types), ...results.map((r) => r.finding.type)]);
      const types = order.filter((t) => reported.has(t));
      const ruleIndex = new Map(types.map((t, i) => [t, i]));
      const run = {
        tool: { driver: { name: 'skjold', version: toolVersion, semanticVersion: toolVersion, informationUri: 'https://github.com/skjold/skjold', rules: types.map(ruleFor) } },
        columnKind: 'utf16CodeUnits',
        invocations: [{
          executionSuccessful: true,
          toolExecutionNotifications: skipped.map((s) => ({
            level: 'note',
            message: { text: `Not scanned: ${s.reason}${s.detail ? ` (${s.detail})` : ''}` },
            locations: [{ physicalLocation: { artifactLocation: artifactLocation(s.path) } }],
          })),
        }],
        results: results.map(({ path: file, finding: f }) => ({
          ruleId: f.type,
          ruleIndex: ruleIndex.get(f.type),
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
        })),
      };
      return JSON.stringify({ $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] }, null, 2) + '\n';
    },
  };
}

export function formatSarif(report: ScanReport, toolVersion: string): string {
  return renderReport(sarifFormat(toolVersion), report);
}
