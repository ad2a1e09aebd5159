// The folder walk of the workspace scan, asynchronous: the same rules as the CLI's walk (cli/files.ts
// collectFiles: VCS and dependency folders skipped, .gitignore from the repository root down, exclude globs
// pruning folders, stable order), but reading directories with fs.promises and giving the event loop a turn every
// few milliseconds, so walking 40,000 files never stalls the server's answers to the editor.
import fs from 'node:fs';
import path from 'node:path';
import type { Ignore } from 'ignore';
import { excludeFilter } from '../../cli/pathFilter';
import { loadIgnoreChain } from '../../cli/files';
import { GitignoreCache } from './fileScope';

const ALWAYS_SKIPPED_DIRS = new Set(['.git', '.hg', '.svn', 'node_modules']);
const TURN_EVERY_MS = 8;

export interface AsyncWalkResult {
  /** Absolute paths of the files to scan, in walk order. */
  files: string[];
  /** Folders that could not be read (absolute path, reason). */
  skipped: { path: string; reason: 'unreadable'; detail?: string }[];
  /** False when `shouldStop` ended the walk early. */
  complete: boolean;
}

interface Layer { dir: string; ig: Ignore }

function ignoredBy(layers: Layer[], full: string, isDir: boolean): boolean {
  for (const { dir, ig } of layers) {
    const rel = path.relative(dir, full).split(path.sep).join('/');
    if (!rel || rel.startsWith('..')) continue;
    if (ig.ignores(isDir ? rel + '/' : rel)) return true;
  }
  return false;
}

/** .gitignore files of the folders above `root`, up to the repository root. */
function layersAbove(root: string, cache: GitignoreCache): Layer[] {
  return loadIgnoreChain(root, (dir) => cache.get(dir) ?? undefined);
}

/**
 * Files under `root` in walk order. Exclude globs are relative to `base` (the workspace folder; default `root`),
 * so a sub-folder created after a scan is walked by its workspace folder's patterns.
 */
export async function walkFolder(root: string, exclude: readonly string[], shouldStop: () => boolean = () => false, base = root): Promise<AsyncWalkResult> {
  const out: AsyncWalkResult = { files: [], skipped: [], complete: true };
  const filter = excludeFilter(exclude);
  const cache = new GitignoreCache();
  let lastTurn = Date.now();
  const excluded = (full: string, isDir: boolean) => !!filter && filter(path.relative(base, full).split(path.sep).join('/'), isDir);

  const walk = async (dir: string, layers: Layer[]): Promise<void> => {
    if (Date.now() - lastTurn >= TURN_EVERY_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      lastTurn = Date.now();
    }
    if (shouldStop()) { out.complete = false; return; }
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(dir, { withFileTypes: true });
    } catch (e) {
      out.skipped.push({ path: dir, reason: 'unreadable', detail: (e as NodeJS.ErrnoException).code });
      return;
    }
    const own = cache.get(dir);
    const here = own ? [...layers, { dir, ig: own }] : layers;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (ALWAYS_SKIPPED_DIRS.has(e.name) || ignoredBy(here, full, true) || excluded(full, true)) continue;
        await walk(full, here);
        if (!out.complete) return;
      } else if (e.isFile()) {
        if (!ignoredBy(here, full, false) && !excluded(full, false)) out.files.push(full);
      }
    }
  };
  await walk(root, layersAbove(root, cache));
  return out;
}
