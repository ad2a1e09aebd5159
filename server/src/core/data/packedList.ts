// Decodes the front-coded lists under data/generated (written by scripts/build-data.mjs): entries are sorted and
// separated by '\n'; each starts with one character (0-9, a-z = 0..35) giving how many leading characters it
// shares with the previous entry. Decoding is linear and runs once per list, on first use.
const PREFIX_DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

export function unpackList(packed: string): string[] {
  const out: string[] = [];
  let prev = '';
  let i = 0;
  while (i < packed.length) {
    let end = packed.indexOf('\n', i);
    if (end < 0) end = packed.length;
    const shared = PREFIX_DIGITS.indexOf(packed[i]!);
    const word = prev.slice(0, shared) + packed.slice(i + 1, end);
    out.push(word);
    prev = word;
    i = end + 1;
  }
  return out;
}

/** A Set built from a packed list on first call, then kept. */
export function lazySet(packed: () => string): () => ReadonlySet<string> {
  let set: Set<string> | undefined;
  return () => (set ??= new Set(unpackList(packed())));
}
