// Encoding redacted text back the way the file came: UTF-8 (with its BOM if it had one) or Windows-1252 for
// legacy Danish exports (files.ts falls back to it when a file is not valid UTF-8).
const cp1252Decoder = new TextDecoder('windows-1252');
/** Code point → byte for the 0x80-0x9F block, where Windows-1252 differs from Latin-1. */
const CP1252_HIGH = new Map<number, number>();
for (let b = 0x80; b <= 0x9f; b++) {
  const ch = cp1252Decoder.decode(Uint8Array.of(b));
  if (ch !== '\uFFFD') CP1252_HIGH.set(ch.codePointAt(0)!, b);
}

/** The bytes of `text` in Windows-1252, or undefined when a character has no byte there. */
export function encodeCp1252(text: string): Uint8Array | undefined {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const b = c < 0x80 || (c >= 0xa0 && c <= 0xff) ? c : CP1252_HIGH.get(c);
    if (b === undefined) return undefined;
    out[i] = b;
  }
  return out;
}

export function encodeText(text: string, encoding: 'utf-8' | 'windows-1252', bom: boolean): Uint8Array | undefined {
  if (encoding === 'windows-1252') return encodeCp1252(text);
  const body = Buffer.from(text, 'utf8');
  return bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

export function hasUtf8Bom(buf: Uint8Array): boolean {
  return buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
}
