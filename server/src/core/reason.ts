// Builds a Reason whose English text is a template filled with arguments, so that the server can show it in
// the user's language (the template is the key of the l10n bundles, see server/src/lsp/l10n/).
import type { Reason } from './types';

export function reason(rule: string, template: string, ...args: (string | number)[]): Reason {
  if (!args.length) return { rule, text: template };
  return { rule, text: fill(template, args), template, args };
}

/** Adds a weight to a reason just built (same object and key order as `{ ...r, weight }`, without the copy). */
export function withWeight(r: Reason, weight: number): Reason {
  r.weight = weight;
  return r;
}

/**
 * Filled one-argument texts by template, then argument: a scan builds the same few reasons thousands of times (a
 * century, a cue word, a field name). Bounded, and only ever holds reason texts (labels, never values).
 */
const filled = new Map<string, Map<string | number, string>>();
const FILLED_MAX = 2048;

function fill(template: string, args: readonly (string | number)[]): string {
  if (args.length !== 1) return fillNow(template, args);
  let byArg = filled.get(template);
  if (!byArg) filled.set(template, (byArg = new Map()));
  let text = byArg.get(args[0]!);
  if (text === undefined) {
    text = fillNow(template, args);
    if (byArg.size >= FILLED_MAX) byArg.clear();
    byArg.set(args[0]!, text);
  }
  return text;
}

function fillNow(template: string, args: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (m, i: string) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : m));
}
