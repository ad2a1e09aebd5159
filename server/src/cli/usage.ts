// Shared by the CLI commands: the version, the usage text and the error that means "exit 2".
export const TOOL_VERSION = '0.1.0';

/** A mistake in how the command was called: printed with the usage text, exit code 2. */
export class UsageError extends Error {}

export const USAGE = `usage: skjold scan <paths…> [--format text|json|sarif] [--fail-on warning|information|none] [--max-file-size BYTES]
       skjold redact <paths…> --mode mask|synthetic (--out DIR | --in-place) [--mask-style full|keepBirthDate|tag] [--no-shift-birth-date]
       skjold --version | --help

Finds Danish CPR numbers and other personal identifiers. Values are always printed masked.
Exit code: 0 = nothing at or above --fail-on (default: warning), 1 = found, 2 = usage error.
redact replaces every finding (synthetic values are keyed with the key in ~/.config/skjold/key or
$SKJOLD_KEY_FILE); exit code 0 = nothing left in what was written, 1 = findings remain.`;
