// Exclude patterns (`skjold scan --exclude`, the `skjold.exclude` setting, VS Code's files.exclude and
// search.exclude): glob patterns over '/'-separated paths relative to the scanned folder, matched with picomatch.
// A pattern without a slash matches a file or folder name at any depth (`*.csv`, `secrets`); a trailing slash
// is ignored; an excluded folder is not entered at all.
import picomatch from 'picomatch';

/** True when the path (relative, '/'-separated) is excluded. `isDir` is informative: folders and files match alike. */
export type PathFilter = (relPath: string, isDir: boolean) => boolean;

export function excludeFilter(globs: readonly string[] | undefined): PathFilter | undefined {
  const cleaned = (globs ?? []).map((g) => g.trim().replace(/^\.\//, '').replace(/\/+$/, '')).filter((g) => g.length > 0);
  if (!cleaned.length) return undefined;
  const matchers = cleaned.map((g) => picomatch(g, { dot: true, basename: !g.includes('/') }));
  return (relPath: string) => {
    const p = relPath.replace(/^\.\//, '');
    return matchers.some((m) => m(p));
  };
}
