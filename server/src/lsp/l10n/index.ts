// Runtime strings in the user's language. The server follows the client's locale (InitializeParams.locale, or
// `locale` in initializationOptions for standalone clients). Bundles are keyed by the English text
// (l10n/bundle.l10n.<locale>.json, shared with the extension); a missing key falls back to English.
import * as l10n from '@vscode/l10n';
import { IDENTIFIER_TYPES, type Finding, type Reason } from '../../core';
import da from '../../../../l10n/bundle.l10n.da.json';

const BUNDLES: Record<string, Record<string, string>> = { da };

let current = 'en';

/** Chooses the bundle for a locale such as `da`, `da-DK` or `en-US`. */
export function setLocale(locale: string | undefined): void {
  const lang = (locale ?? 'en').toLowerCase().split(/[-_]/)[0]!;
  current = BUNDLES[lang] ? lang : 'en';
  l10n.config({ contents: BUNDLES[current] ?? {} });
  messages = new WeakMap();
}

export function currentLocale(): string {
  return current;
}

export const t: typeof l10n.t = l10n.t;

export function reasonText(r: Reason): string {
  return r.template ? l10n.t(r.template, ...(r.args ?? [])) : l10n.t(r.text);
}

export function typeLabel(f: Pick<Finding, 'type'>): string {
  return l10n.t(IDENTIFIER_TYPES[f.type].label);
}

/** "CPR-nummer: gyldig dato…, efter 'CPR-nr.'" — never contains the value. */
export function findingMessage(f: Pick<Finding, 'type' | 'name' | 'reasons'>): string {
  // The incremental engine's findings share one reasons array per kind of finding (core/incremental/findingStore.ts):
  // a document's thousand diagnostics are worded a few dozen times per edit instead of a thousand.
  const key = f.name === undefined ? f.type : `${f.type}\u0000${f.name}`;
  let byKey = messages.get(f.reasons);
  const known = byKey?.get(key);
  if (known !== undefined) return known;
  const label = f.name ? `${typeLabel(f)} '${f.name}'` : typeLabel(f);
  const why = f.reasons.map(reasonText).join(', ');
  const message = why ? `${label}: ${why}` : label;
  if (!byKey) messages.set(f.reasons, (byKey = new Map()));
  byKey.set(key, message);
  return message;
}

/** Messages per reasons array (and type and name), for the current locale; reasons are never changed once made. */
let messages = new WeakMap<readonly Reason[], Map<string, string>>();

setLocale('en');
