// Lists the files in a .vsix (a zip) from its central directory, and says which of them a Skjold package
// may hold: the bundles without source maps, the grammars, README, CHANGELOG, LICENSE, package.json and what
// the manifest points at (media, l10n) -- the rule .vscodeignore implements -- plus the two files every .vsix has.
import fs from 'node:fs';

/** Names of the entries in a zip file (no extraction; stored and deflated entries alike). */
export function zipEntries(file: string): string[] {
  const buf = fs.readFileSync(file);
  // End of central directory: signature 0x06054b50, at most 64 KiB of comment after it.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error(`${file} is not a zip file (no end-of-central-directory record)`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: broken central directory at entry ${n}`);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    names.push(buf.toString('utf8', at + 46, at + 46 + nameLen));
    at += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

const ALLOWED: RegExp[] = [
  /^\[Content_Types\]\.xml$/,
  /^extension\.vsixmanifest$/,
  /^extension\/package(\.nls(\.[\w-]+)?)?\.json$/,
  /^extension\/(readme\.md|changelog\.md|LICENSE(\.txt)?|THIRD_PARTY_NOTICES\.md)$/i,
  /^extension\/dist\/.+\.js$/,
  /^extension\/syntaxes\/[^/]+\.json$/,
  /^extension\/l10n\/bundle\.l10n(\.[\w-]+)?\.json$/,
  /^extension\/media\/.+\.(md|png|svg|gif|jpg)$/,
];

/** Entries a package must have for the extension to work and to be described. */
export const REQUIRED = ['extension/package.json', 'extension/dist/client/extension.js', 'extension/dist/server/server.js'];

export function unexpectedEntries(entries: string[]): string[] {
  return entries.filter((e) => !e.endsWith('/') && !ALLOWED.some((re) => re.test(e)));
}

/**
 * Files the manifest refers to (main, grammars, walkthrough media, icon, l10n folder), as vsix entry names:
 * each must be in the package or the extension breaks where a user meets it.
 */
export function manifestReferences(manifest: Record<string, unknown>, rootFiles: (dir: string) => string[]): string[] {
  const refs: string[] = [];
  const add = (p: unknown) => {
    if (typeof p === 'string' && p) refs.push(`extension/${p.replace(/^\.\//, '')}`);
  };
  add(manifest.main);
  add(manifest.icon);
  const contributes = (manifest.contributes ?? {}) as Record<string, unknown>;
  for (const g of (contributes.grammars ?? []) as { path?: string }[]) add(g.path);
  for (const w of (contributes.walkthroughs ?? []) as { steps?: { media?: Record<string, unknown> }[] }[]) {
    for (const step of w.steps ?? []) for (const v of Object.values(step.media ?? {})) add(typeof v === 'object' && v ? Object.values(v)[0] : v);
  }
  if (typeof manifest.l10n === 'string') for (const f of rootFiles(manifest.l10n)) add(`${manifest.l10n.replace(/^\.\//, '').replace(/\/$/, '')}/${f}`);
  return refs;
}
