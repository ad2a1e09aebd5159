// Which open documents the server checks: `skjold.enable`, `skjold.include` / `skjold.exclude` (gitignore-style
// globs relative to the workspace folder, matched with the `ignore` package the CLI already uses for .gitignore)
// and `skjold.maxFileSize`. A document that is not checked gets no diagnostics, and the client is told why with
// a `skjold/documentStatus` notification (shown by the extension's language status item).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ignore, { type Ignore } from 'ignore';
import type { SkjoldSettings } from '../settings';
import { t } from '../l10n';

export const DOCUMENT_STATUS_NOTIFICATION = 'skjold/documentStatus';

export type SkipReason = 'disabled' | 'excluded' | 'notIncluded' | 'tooLarge';

export interface DocumentStatusParams {
  uri: string;
  checked: boolean;
  reason?: SkipReason;
  /** Human-readable, localised; never contains document text. */
  message?: string;
}

const MB = 1024 * 1024;
const matchers = new WeakMap<SkjoldSettings, { include?: Ignore; exclude?: Ignore }>();

/** Why the document is not checked, or undefined when it is. `length` is the text length in UTF-16 units. */
export function skipReason(uri: string, length: number, settings: SkjoldSettings, folderOf: (uri: string) => string | undefined): DocumentStatusParams | undefined {
  if (!settings.enable) return { uri, checked: false, reason: 'disabled', message: t('Skjold: not checked — skjold.enable is off') };
  if (settings.include.length || settings.exclude.length) {
    let m = matchers.get(settings);
    if (!m) {
      m = { include: settings.include.length ? ignore().add(settings.include) : undefined, exclude: settings.exclude.length ? ignore().add(settings.exclude) : undefined };
      matchers.set(settings, m);
    }
    const rel = relativePath(uri, folderOf);
    if (rel !== undefined) {
      if (m.exclude?.ignores(rel)) return { uri, checked: false, reason: 'excluded', message: t('Skjold: not checked — matches skjold.exclude') };
      if (m.include && !m.include.ignores(rel)) return { uri, checked: false, reason: 'notIncluded', message: t('Skjold: not checked — not matched by skjold.include') };
    }
  }
  if (length > settings.maxFileSizeMB * MB) return { uri, checked: false, reason: 'tooLarge', message: t('Skjold: not checked — larger than skjold.maxFileSize ({0} MB)', settings.maxFileSizeMB) };
  return undefined;
}

/** The path the globs see: relative to the workspace folder, else the file name (untitled buffers: none). */
function relativePath(uri: string, folderOf: (uri: string) => string | undefined): string | undefined {
  let file: string;
  try {
    if (!uri.startsWith('file:')) return undefined;
    file = fileURLToPath(uri);
  } catch { return undefined; }
  const folder = folderOf(uri);
  const rel = folder ? path.relative(folder, file) : path.basename(file);
  return rel.split(path.sep).join('/') || undefined;
}
