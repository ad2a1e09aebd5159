// E-mail addresses: found from each `@` outwards (local part to the left, domain to the right), so the scan is
// linear however long the surrounding runs of letters are. Validation: a dot-atom local part (RFC 5322 without
// quoted strings) and a domain of labels with a letters-only top-level domain.
import type { Detector, ScanContext } from '../scan';
import type { Finding } from '../types';
import { applyContext, readContext, round2, squashFieldName, type ContextSpec } from '../context/score';
import { cueRegex } from '../context/vocabulary';

const LOCAL_CHAR = /[\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-]/u;
const DOMAIN_CHAR = /[\p{L}\p{N}.-]/u;
const LOCAL_PART = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
/** Limits from RFC 5321: 64 octets local part, 255 domain. */
const MAX_LOCAL = 64, MAX_DOMAIN = 255;

/** Role and system mailboxes are not a person's address; they stay findings but weaker. */
const ROLE_LOCAL = /^(?:info|kontakt|contact|post|mail|noreply|no-reply|donotreply|support|admin|webmaster|postmaster|hostmaster|abuse|sales|salg|service|kundeservice|reception|sekretariat|hr|job|presse|press|office|billing|faktura|regnskab|bogholderi)$/i;

export const EMAIL_CONFIDENCE = { personal: 0.9, role: 0.6, contextBonus: 0.05, reportThreshold: 0.5 } as const;

export const EMAIL_CONTEXT: ContextSpec = {
  positive: cueRegex(['e-?mail(?:adresse)?', 'email', 'mail', 'e-?post', 'mailto']),
  isPositiveField: (f) => /mail|epost/.test(squashFieldName(f)),
};

/** The address around the `@` at `at`, or undefined. */
export function emailAround(text: string, at: number): { start: number; end: number; local: string; domain: string } | undefined {
  let s = at;
  while (s > 0 && at - s < MAX_LOCAL && LOCAL_CHAR.test(text[s - 1]!)) s--;
  // Allowed in RFC 5322 but in practice punctuation around the address (quotes, `=`, `/`, a dot): real local
  // parts start with a letter, digit or underscore.
  while (s < at && !/[\p{L}\p{N}_]/u.test(text[s]!)) s++;
  let e = at + 1;
  while (e < text.length && e - at <= MAX_DOMAIN && DOMAIN_CHAR.test(text[e]!)) e++;
  // Trailing dots and hyphens are sentence punctuation.
  while (e > at + 1 && (text[e - 1] === '.' || text[e - 1] === '-')) e--;
  const local = text.slice(s, at), domain = text.slice(at + 1, e);
  if (!local || !domain || !LOCAL_PART.test(local)) return undefined;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((l) => DOMAIN_LABEL.test(l))) return undefined;
  if (!/^\p{L}{2,24}$/u.test(labels[labels.length - 1]!)) return undefined;
  return { start: s, end: e, local, domain };
}

export const emailDetector: Detector = {
  id: 'email',
  types: ['email'],
  detect(ctx: ScanContext): Finding[] {
    const out: Finding[] = [];
    const text = ctx.text;
    // An address that starts in the window has its `@` after the window's start and at most MAX_LOCAL
    // characters after its end.
    let lastEnd = -1;
    for (let at = text.indexOf('@', ctx.scanStart); at >= 0 && at <= ctx.scanEnd + MAX_LOCAL; at = text.indexOf('@', at + 1)) {
      if (at < lastEnd) continue;
      const m = emailAround(text, at);
      if (!m || !ctx.inWindow(m.start)) continue;
      lastEnd = m.end;
      const role = ROLE_LOCAL.test(m.local);
      const reasons = [{ rule: 'email.shape', text: role ? 'a role mailbox such as info@, usually not one person' : 'name@domain form with a top-level domain' }];
      const adjusted = applyContext(role ? EMAIL_CONFIDENCE.role : EMAIL_CONFIDENCE.personal, readContext(ctx, m.start, m.end, EMAIL_CONTEXT), { bonus: EMAIL_CONFIDENCE.contextBonus, penalty: 0 });
      if (adjusted.reason) reasons.push(adjusted.reason);
      out.push({ type: 'email', start: m.start, end: m.end, confidence: round2(adjusted.confidence), reasons });
    }
    return out;
  },
};
