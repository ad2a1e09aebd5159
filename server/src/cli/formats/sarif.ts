// SARIF 2.1.0 output for code-scanning services: one rule per identifier type, results with regions,
// the masked value in the message, never the raw value.
import { IDENTIFIER_TYPES, type IdentifierType } from '../../core';
import type { ScanReport } from '../scanFiles';
import { jsonChunks } from './jsonChunks';

export function formatSarif(report: ScanReport, toolVersion: string): string {
  return [...formatSarifChunks(report, toolVersion)].join('');
}

/** The same text in pieces, for reports too large for one string (see jsonChunks.ts). */
export function* formatSarifChunks(report: ScanReport, toolVersion: string): Generator<string> {
  const types = [...new Set(report.files.flatMap((f) => f.findings.map((x) => x.type)))].sort() as IdentifierType[];
  const ruleIndex = new Map(types.map((t, i) => [t, i]));
  const run = {
    tool: {
      driver: {
        name: 'skjold',
        version: toolVersion,
        informationUri: 'https://github.com/skjold/skjold',
        rules: types.map((t) => ({
          id: t,
          name: IDENTIFIER_TYPES[t].label.replace(/[^A-Za-z]/g, ''),
          shortDescription: { text: `${IDENTIFIER_TYPES[t].label} (personal data)` },
          fullDescription: { text: `A ${IDENTIFIER_TYPES[t].label} was found. Personal identifiers must not be committed, shared or exported; mask or replace it.` },
          help: { text: `Remove the ${IDENTIFIER_TYPES[t].label}: run 'skjold redact' or use the quick-fix in the editor.` },
          defaultConfiguration: { level: 'warning' },
        })),
      },
    },
    results: report.files.flatMap((file) =>
      file.findings.map((f) => ({
        ruleId: f.type,
        ruleIndex: ruleIndex.get(f.type),
        level: f.level === 'warning' ? 'warning' : 'note',
        message: { text: `${f.message} (${f.masked})` },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: encodeURI(file.path) },
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
          },
        }],
        properties: { confidence: f.confidence },
      })),
    ),
  };
  yield* jsonChunks({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] });
  yield '\n';
}
