// Each workspace folder's scan settings, read fresh for every scan (multi-root: each folder its own):
// `skjold.exclude` (globs) and `skjold.maxFileSize`, plus the editor's `files.exclude` and `search.exclude`
// (patterns set to true; `when` conditions are not evaluated, so those patterns are not applied).
import type { Connection } from 'vscode-languageserver/node';
import { DEFAULT_MAX_FILE_SIZE } from '../../cli/files';

export interface FolderConfig {
  uri: string;
  path: string;
  name: string;
  /** All exclude globs: skjold.exclude, files.exclude, search.exclude. */
  exclude: string[];
  /** Only skjold.exclude (for the report's settings). */
  skjoldExclude: string[];
  maxFileSize: number;
  enable: boolean;
}

export function globsFromExcludeObject(raw: unknown): string[] {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return [];
  return Object.entries(raw as Record<string, unknown>).filter(([, v]) => v === true).map(([k]) => k);
}

export function parseSkjoldSection(raw: unknown): { exclude: string[]; maxFileSize: number; enable: boolean } {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const exclude = Array.isArray(r.exclude) ? r.exclude.filter((x): x is string => typeof x === 'string' && x.trim().length > 0) : [];
  // `skjold.maxFileSize` is in megabytes (one setting for open documents and the workspace scan).
  const max = typeof r.maxFileSize === 'number' && Number.isFinite(r.maxFileSize) && r.maxFileSize > 0 ? Math.max(1, Math.floor(r.maxFileSize * 1024 * 1024)) : DEFAULT_MAX_FILE_SIZE;
  return { exclude, maxFileSize: max, enable: r.enable !== false };
}

export async function readFolderConfig(
  connection: Connection,
  canPull: boolean,
  fallback: unknown,
  folder: { uri: string; path: string; name: string },
): Promise<FolderConfig> {
  let skjold: unknown = fallback, files: unknown, search: unknown;
  if (canPull) {
    try {
      [skjold, files, search] = await connection.workspace.getConfiguration([
        { scopeUri: folder.uri, section: 'skjold' },
        { scopeUri: folder.uri, section: 'files.exclude' },
        { scopeUri: folder.uri, section: 'search.exclude' },
      ]);
    } catch { /* the client could not answer: defaults */ }
  }
  const s = parseSkjoldSection(skjold);
  return {
    ...folder,
    exclude: [...s.exclude, ...globsFromExcludeObject(files), ...globsFromExcludeObject(search)],
    skjoldExclude: s.exclude,
    maxFileSize: s.maxFileSize,
    enable: s.enable,
  };
}
