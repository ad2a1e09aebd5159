// Synthetic e-mail addresses: the same shape of local part (words, separators, digits) at example.com, a
// domain reserved for examples (RFC 2606, RFC 6761), so mail can never reach anyone.
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, SURNAMES } from '../data/danishLists';
import { KeyedStream } from '../keyedStream';
import type { SyntheticContext } from '../types';

const FIRST = [...FEMALE_FIRST_NAMES, ...MALE_FIRST_NAMES];
/**
 * Exactly the domain Skjold writes: fixtures (and the test corpus) use other reserved names, such as
 * sekretariat@example.org or post.example.com, as stand-ins for real people's addresses, and those must
 * still be found.
 */
const OWN_DOMAIN = /^example\.com$/i;

export function syntheticEmail(value: string, ctx: SyntheticContext): string | undefined {
  const at = value.lastIndexOf('@');
  if (at <= 0) return undefined;
  const local = value.slice(0, at);
  const rng = new KeyedStream(ctx.key, 'synthetic:email', value.toLowerCase());
  let word = 0;
  const newLocal = local
    .replace(/\p{L}+/gu, (w) => {
      const pick = (word++ === 0 ? rng.pickOther(FIRST, w) : rng.pickOther(SURNAMES, w)).toLowerCase();
      return w === w.toUpperCase() && w.length > 1 ? pick.toUpperCase() : pick;
    })
    .replace(/\d/g, () => String(rng.int(10)));
  return `${newLocal}@example.com`;
}

/** An address at example.com, as Skjold writes them. */
export function isSyntheticEmail(value: string): boolean {
  const at = value.lastIndexOf('@');
  return at > 0 && OWN_DOMAIN.test(value.slice(at + 1).trim());
}
