// Character tests on char codes, for loops that would otherwise slice one-character strings and run a regex on each.

/**
 * True for the UTF-16 code units JavaScript's `\s` matches (WhiteSpace and LineTerminator: tab, line feed, vertical
 * tab, form feed, carriage return, space, no-break space, the Zs spaces, line and paragraph separators, BOM).
 * test/unit/core/contextFast.test.ts checks every code unit against /\s/.
 */
export function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
