// Builds a Reason whose English text is a template filled with arguments, so that the server can show it in
// the user's language (the template is the key of the l10n bundles, see server/src/lsp/l10n/).
import type { Reason } from './types';

export function reason(rule: string, template: string, ...args: (string | number)[]): Reason {
  const text = args.length ? template.replace(/\{(\d+)\}/g, (m, i: string) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : m)) : template;
  return args.length ? { rule, text, template, args } : { rule, text };
}
