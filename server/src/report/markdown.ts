// The anonymisation report as Markdown, for people (and for Datatilsynet): the same facts as the JSON.
// Sizes are written with thousands separators, so no size reads as a ten-digit number.
import { kanonReportSection } from '../core/kanon';
import { IDENTIFIER_TYPES } from '../core';
import type { AnonymisationReport } from './build';

/** Rows of the "what is left" table in Markdown; the JSON report always holds all of them. */
export const MAX_MARKDOWN_ROWS = 2000;

const cell = (s: string | number) => String(s).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const code = (s: string) => '`' + s.replace(/`/g, "'") + '`';
const bytes = (n: number) => n.toLocaleString('en-US');

function table(head: string[], rows: (string | number)[][]): string {
  if (!rows.length) return '_None._\n';
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n') + '\n';
}

export function renderMarkdown(r: AnonymisationReport): string {
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines);
  const m = r.method;
  const failed = r.selfTest.cases.filter((c) => !c.passed);

  push('# Anonymisation report', '');
  push(`Generated ${r.generatedAt} by ${r.tool.name} ${r.tool.version}. Report format \`${r.reportFormat}\`.`, '');
  push('Identifiers in this report are masked (every letter and digit replaced by •); no raw identifier is recorded.', '');

  push('## Summary', '');
  push(`- Files scanned: ${r.checked.files.length} (${bytes(r.checked.totalBytes)} bytes); files skipped: ${r.checked.skipped.length}.`);
  push(`- Findings still present: ${r.found.total}${r.found.perType.length ? ` (${r.found.perType.map((t) => `${IDENTIFIER_TYPES[t.type].label}: ${t.findings}`).join(', ')})` : ''}.`);
  push(`- Detector self-test: ${r.selfTest.passed ? 'all' : `${r.selfTest.cases.length - failed.length} of`} ${r.selfTest.cases.length} cases passed${failed.length ? ` — **${failed.length} FAILED**, see below` : ''}.`);
  push(`- OCR-garbled numbers: ${m.cpr.ocr.handled ? 'read' : '**not read** in this version'}.`, '');

  push('## 1. What was checked', '');
  push('### Settings', '');
  push(table(['Setting', 'Value'], [
    ['Paths', r.settings.paths.map(code).join(', ')],
    ['Exclude patterns', r.settings.exclude.length ? r.settings.exclude.map(code).join(', ') : 'none'],
    ['Maximum file size', `${bytes(r.settings.maxFileSize)} bytes`],
    ['Strong-confidence threshold', String(m.strongConfidence)],
    ...Object.entries(r.settings.other ?? {}).map(([k, v]) => [k, String(v)]),
    ['Always skipped', 'version-control and dependency folders (.git, .hg, .svn, node_modules); files matched by .gitignore'],
  ]));
  push('### Files scanned', '');
  push('Content hashes are SHA-256 of the whole file as scanned.', '');
  push(table(['File', 'Bytes', 'Encoding', 'Findings', 'SHA-256'], r.checked.files.map((f) => [code(f.path), bytes(f.bytes), f.encoding, f.findings, code(f.sha256)])));
  push('### Files skipped', '');
  push(table(['File', 'Reason', 'Bytes', 'SHA-256'], r.checked.skipped.map((s) => [code(s.path), s.reason + (s.detail ? ` (${s.detail})` : ''), s.bytes === undefined ? '' : bytes(s.bytes), s.sha256 ? code(s.sha256) : ''])));

  push('## 2. How it was checked', '');
  push('### Identifier types', '');
  push(table(['Type', 'Detector', 'What it is'], m.types.map((t) => [`${t.label} (${code(t.type)})`, t.detector, t.summary])));
  push('### CPR numbers', '');
  push(`**Layout.** ${m.cpr.separators}`, '');
  push('**Century rule** (from the two-digit year and the 7th digit):', '', ...m.cpr.century.map((c) => `- ${c}`), '');
  push(`**Date.** ${m.cpr.date}`, '');
  push(`**Modulus-11.** ${m.cpr.mod11}`, '');
  push(`**Dates without modulus-11.** ${m.cpr.noMod11.text} Source: ${m.cpr.noMod11.source}. 1 January of: ${m.cpr.noMod11.years.join(', ')}.`, '');
  push(`**1 January.** ${m.cpr.firstOfJanuary}`, '');
  push(`**Test numbers.** ${m.cpr.testNumbers.text} Source: ${m.cpr.testNumbers.source}.`, '');
  push(`**Context.** ${m.cpr.context.text} ${m.cpr.context.fieldNames}`, '');
  push('CPR words (regular expression, case-insensitive):', '', '```', m.cpr.context.cueWords, '```', '');
  push('Labels of other numbers (lower confidence):', '', '```', m.cpr.context.negativeWords, '```', '');
  push(`**Confidence.** ${Object.entries(m.cpr.confidence).map(([k, v]) => `${k} ${v}`).join('; ')}. Findings at or above ${m.strongConfidence} are strong.`, '');
  push(`**OCR.** ${m.cpr.ocr.text}`, '');
  push('### Detector self-test at report time', '');
  push('Built-in test vectors are generated from the rules when the report is made and run through the rule functions and the full detector. The vectors are synthetic; their values are not recorded.', '');
  push(table(['Rule', 'Check', 'Result'], r.selfTest.cases.map((c) => [code(c.rule), c.description, c.passed ? 'pass' : '**FAIL**'])));

  push('## 3. What was found and what was done', '');
  push(table(['Type', 'Findings', 'Strong', 'Weak', 'Files'], r.found.perType.map((t) => [IDENTIFIER_TYPES[t.type].label, t.findings, t.strong, t.weak, t.files])));
  push('### Per file', '');
  push(table(['File', 'Findings by type'], r.found.perFile.map((f) => [code(f.path), Object.entries(f.perType).map(([t, n]) => `${t}: ${n}`).join(', ')])));
  push('### Masked or replaced', '');
  push(r.actions.text, '');

  if (r.kAnonymity) push(kanonReportSection(r.kAnonymity));

  push('## 4. What is left', '');
  push(r.remaining.length ? 'Findings still present in the files as scanned (values masked):' : 'No findings are left in the files scanned.', '');
  if (r.remaining.length) {
    const rows = r.remaining.slice(0, MAX_MARKDOWN_ROWS).map((x) => [`${code(x.path)}:${x.line}:${x.column}`, IDENTIFIER_TYPES[x.type].label, code(x.masked), x.confidence.toFixed(2), x.strength]);
    push(table(['Location', 'Type', 'Masked value', 'Confidence', 'Strength'], rows));
    if (r.remaining.length > MAX_MARKDOWN_ROWS) push(`… and ${r.remaining.length - MAX_MARKDOWN_ROWS} more; the JSON report lists all.`, '');
  }
  return out.join('\n') + '\n';
}
