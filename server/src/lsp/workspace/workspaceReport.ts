// "Skjold: Create Anonymisation Report" in the editor: the same report as `skjold report`, over the workspace
// folders with each folder's own settings. In a multi-root workspace paths are shown as `<folder name>/<path>`.
import { addKanonSection } from '../../report/kanonSection';
import path from 'node:path';
import type { CancellationToken, Connection } from 'vscode-languageserver/node';
import { walkFolder } from './asyncWalk';
import type { ScanEvent } from '../../cli/scanFiles';
import { buildReport } from '../../report/build';
import { renderMarkdown } from '../../report/markdown';
import type { FolderConfig } from './folderConfig';
import { CREATE_REPORT, type CreateReportParams, type CreateReportResult } from './protocol';
import { chunkedScan, type WorkspaceScanner } from './workspaceScanner';

async function* folderEvents(configs: FolderConfig[], multiRoot: boolean, token: CancellationToken): AsyncGenerator<ScanEvent> {
  for (const cfg of configs) {
    const prefix = (p: string) => (multiRoot && !path.isAbsolute(p) ? `${cfg.name}/${p}` : p);
    const walked = await walkFolder(cfg.path, cfg.exclude, () => token.isCancellationRequested);
    for (const s of walked.skipped) yield { kind: 'skipped', path: prefix(path.relative(cfg.path, s.path) || '.'), reason: s.reason, ...(s.detail ? { detail: s.detail } : {}) };
    for await (const ev of chunkedScan(walked.files, { cwd: cfg.path, maxFileSize: cfg.maxFileSize })) {
      if (token.isCancellationRequested) return;
      yield ev.kind === 'file' ? { kind: 'file', file: { ...ev.file, path: prefix(ev.file.path) } } : { ...ev, path: prefix(ev.path) };
    }
  }
}

export function registerWorkspaceReport(connection: Connection, scanner: WorkspaceScanner, toolVersion: string): void {
  connection.onRequest(CREATE_REPORT, async (params: CreateReportParams | undefined, token: CancellationToken): Promise<CreateReportResult | null> => {
    const configs = (await scanner.folderConfigs(params?.folders)).filter((c) => c.enable);
    const multiRoot = configs.length > 1;
    const byName = new Map(configs.map((c) => [c.name, c]));
    const absolutePath = (shown: string) => {
      if (path.isAbsolute(shown)) return shown;
      if (!multiRoot) return path.resolve(configs[0]!.path, shown);
      const slash = shown.indexOf('/');
      const cfg = byName.get(shown.slice(0, slash));
      return cfg ? path.resolve(cfg.path, shown.slice(slash + 1)) : shown;
    };
    const other: Record<string, string | number> = {};
    for (const c of configs) {
      other[`${c.name}: exclude (editor and skjold.exclude)`] = c.exclude.join(', ') || 'none';
      other[`${c.name}: maximum file size`] = c.maxFileSize.toLocaleString('en-US');
    }
    const report = await buildReport(folderEvents(configs, multiRoot, token), {
      toolVersion,
      cwd: configs[0]?.path ?? process.cwd(),
      absolutePath,
      settings: {
        paths: configs.map((c) => c.name),
        exclude: [...new Set(configs.flatMap((c) => c.skjoldExclude))],
        maxFileSize: Math.max(0, ...configs.map((c) => c.maxFileSize)),
        other,
      },
    });
    if (token.isCancellationRequested) return null;
    await addKanonSection(report, absolutePath);
    return { markdown: renderMarkdown(report), json: JSON.stringify(report, null, 2) + '\n', findings: report.found.total, selfTestPassed: report.selfTest.passed };
  });
}
