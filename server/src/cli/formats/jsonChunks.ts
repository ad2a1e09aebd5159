// JSON.stringify(value, null, 2), as a sequence of pieces: a scan with a million findings makes a JSON text
// longer than the longest string V8 can hold (~512 MB), so the formats hand it to stdout piece by piece.
// The pieces joined equal JSON.stringify(value, null, 2) exactly (plain data only: no toJSON, no cycles).

/** Arrays at least this long are split into one piece per element; smaller values are stringified whole. */
const SPLIT_LENGTH = 64;

export function* jsonChunks(value: unknown, pad = ''): Generator<string> {
  if (!needsSplitting(value)) {
    const s = JSON.stringify(value, null, 2) ?? 'null';
    yield pad ? s.replace(/\n/g, '\n' + pad) : s;
    return;
  }
  const inner = pad + '  ';
  if (Array.isArray(value)) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield (i ? ',\n' : '\n') + inner;
      yield* jsonChunks(value[i] === undefined || typeof value[i] === 'function' ? null : value[i], inner);
    }
    yield '\n' + pad + ']';
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined && typeof v !== 'function');
  yield '{';
  for (let i = 0; i < entries.length; i++) {
    const [k, v] = entries[i]!;
    yield `${i ? ',\n' : '\n'}${inner}${JSON.stringify(k)}: `;
    yield* jsonChunks(v, inner);
  }
  yield '\n' + pad + '}';
}

/** True when the value holds an array long enough to be worth splitting (checked through objects and arrays). */
function needsSplitting(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.length >= SPLIT_LENGTH || value.some(needsSplitting);
  const values = Object.values(value as Record<string, unknown>);
  return values.length > 0 && values.some(needsSplitting);
}

/** Writes pieces to a stream in batches of about 1 MB (stdout to a file or pipe is synchronous on Linux). */
export function writeChunks(pieces: Iterable<string>, write: (s: string) => void): void {
  let batch: string[] = [];
  let size = 0;
  for (const p of pieces) {
    batch.push(p);
    size += p.length;
    if (size >= 1 << 20) { write(batch.join('')); batch = []; size = 0; }
  }
  if (batch.length) write(batch.join(''));
}
