// Shared by the CLI commands: the version, the usage text and the error that means "exit 2".
export const TOOL_VERSION = '0.1.0';

/** A mistake in how the command was called: printed with the usage text, exit code 2. */
export class UsageError extends Error {}

export const USAGE = `usage: skjold scan <paths…> [--format text|json|jsonl|sarif|count] [--fail-on warning|information|none]
                   [--exclude GLOB]… [--max-file-size BYTES] [--staged] [--diff REV] [--shard K/N]
                   [--cache] [--cache-location PATH] [--cache-strategy metadata|content]
       skjold report <paths…> --out report.md [--json report.json] [--exclude GLOB]… [--max-file-size BYTES]
       skjold kanon <file> [--qi COLUMNS] [--k N] [--format text|json]   (k-anonymity of a CSV/TSV/JSON table)
       skjold redact <paths…> --mode mask|synthetic (--out DIR | --in-place) [--mask-style full|keepBirthDate|tag] [--no-shift-birth-date]
       skjold --version | --help

  --staged         scan what git would commit (the index), not the working tree
  --diff REV       report only findings on lines changed since REV (with --staged: index vs REV)
  --exclude GLOB   skip matching files and folders (repeatable; a glob without '/' matches a name at any depth)
  --max-file-size  skip larger files (default 50M; accepts K, M, G)
  --shard K/N      scan only this runner's share (K of N) of the files, for parallel CI jobs
  --format count   one 'path:count' line per file with findings (like rg -c); skipped files and the
                   summary line on stderr
  --cache          reuse the findings of unchanged files from the last run (like eslint --cache); the
                   cache (encrypted, no values) is in ~/.cache/skjold (or $XDG_CACHE_HOME/skjold) unless
                   --cache-location FILE|DIR; --cache-strategy metadata (default: same size and mtime =
                   unchanged) or content (every file read, compared by a keyed digest)

Finds Danish CPR numbers and other personal identifiers. Values are always printed masked.
Exit code: 0 = nothing at or above --fail-on (default: warning), 1 = found, 2 = usage error.
report: 0 = nothing left, 1 = findings left or a self-test case failed. CI recipes: docs/ci-recipes.md.
redact replaces every finding (synthetic values are keyed with the key in ~/.config/skjold/key or
$SKJOLD_KEY_FILE); exit code 0 = nothing left in what was written, 1 = findings remain.`;
