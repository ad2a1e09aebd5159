// Escaping a path for `skjold.exclude`; free of VS Code so unit tests can import it.

/** A path as a literal glob for `skjold.exclude`: characters with a meaning in globs are escaped. */
export function literalGlob(relPath: string): string {
  return relPath.replace(/[*?[\]{}()!+@\\]/g, '\\$&');
}
