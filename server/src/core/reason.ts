// Builds a Reason whose English text is a template filled with arguments, so that the server can show it in
// the user's language (the template is the key of the l10n bundles, see server/src/lsp/l10n/).
import type { Reason } from './types';

export function reason(rule: string, template: string, ...args: (string | number)[]): Reason {
  if (!args.length) return { rule, text: template };
  return { rule, text: fill(template, args), template, args };
}

/**
 * Filled texts by template and arguments: a scan builds the same few reasons thousands of times (a century, a
 * cue word, a field name). Bounded, and only ever holds reason texts (labels from the document, never values).
 */
const filled = new Map<string, string>();
const FILLED_MAX = 2048;

function fill(template: string, args: readonly (string | number)[]): string {
  const key = args.length === 1 ? template + '\u0001' + args[0] : template + '\u0000' + args.length + '\u0000' + args.join('\u0000');
  let text = filled.get(key);
  if (text === undefined) {
    text = template.replace(/\{(\d+)\}/g, (m, i: string) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : m));
    if (filled.size >= FILLED_MAX) filled.clear();
    filled.set(key, text);
  }
  return text;
}
