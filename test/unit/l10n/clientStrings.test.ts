// Every runtime string the extension shows goes through vscode.l10n.t and has a Danish translation in the shared
// bundle (l10n/bundle.l10n.da.json, keyed by the English text), with the same {n} placeholders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../support/fixtures';

const CLIENT = path.join(repoRoot, 'client', 'src');
const bundle = JSON.parse(fs.readFileSync(path.join(repoRoot, 'l10n', 'bundle.l10n.da.json'), 'utf8')) as Record<string, string>;

/** The string literals passed to l10n.t(...) in one source text ('…' and "…" literals; no template literals). */
export function l10nKeys(source: string): string[] {
  const keys: string[] = [];
  for (const m of source.matchAll(/l10n\.t\(\s*('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/g)) keys.push(JSON.parse(m[1]!.startsWith("'") ? `"${m[1]!.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"')}"` : m[1]!) as string);
  return keys;
}

const placeholders = (s: string) => [...s.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort().join(',');

const sources = (fs.readdirSync(CLIENT, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'))
  .map((f) => ({ file: f, text: fs.readFileSync(path.join(CLIENT, f), 'utf8') }));

test('the key extractor reads single- and double-quoted literals', () => {
  assert.deepEqual(l10nKeys(`vscode.l10n.t('a {0}', x); l10n.t("it's \\"b\\"")`), ['a {0}', 'it\'s "b"']);
});

test('every l10n.t string in client/src has a Danish translation with the same placeholders', () => {
  const keys = sources.flatMap((s) => l10nKeys(s.text).map((key) => ({ file: s.file, key })));
  assert.ok(keys.length >= 30, `only ${keys.length} translated strings found: did the extractor break?`);
  const missing = keys.filter((k) => !(k.key in bundle)).map((k) => `${k.file}: ${k.key}`);
  assert.deepEqual(missing, [], 'add these to l10n/bundle.l10n.da.json');
  const mismatched = keys.filter((k) => placeholders(bundle[k.key]!) !== placeholders(k.key)).map((k) => k.key);
  assert.deepEqual(mismatched, []);
});

test('every t(...) string in the language server (server/src/lsp) has a Danish translation with the same placeholders', () => {
  const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
  const keys = walk(path.join(repoRoot, 'server', 'src', 'lsp')).flatMap((file) => {
    const text = fs.readFileSync(file, 'utf8').replace(/\bt\(/g, 'l10n.t(').replace(/\bl10n\.l10n\.t\(/g, 'l10n.t(');
    return l10nKeys(text).map((key) => ({ file: path.relative(repoRoot, file), key }));
  });
  assert.ok(keys.length >= 10, `only ${keys.length} server strings found`);
  assert.deepEqual(keys.filter((k) => !(k.key in bundle)).map((k) => `${k.file}: ${k.key}`), [], 'add these to l10n/bundle.l10n.da.json');
  assert.deepEqual(keys.filter((k) => placeholders(bundle[k.key]!) !== placeholders(k.key)).map((k) => k.key), []);
});

test('no user-facing message in client/src is a bare English literal (show*Message, quick-pick titles, progress titles)', () => {
  const bare = /(show(?:Information|Warning|Error)Message\(\s*['"`]|(?:title|placeHolder|label|detail|tooltip): ['"`][A-Za-z])/g;
  const found = sources.flatMap((s) => [...s.text.matchAll(bare)].map((m) => `${s.file}: ${s.text.slice(m.index, m.index! + 60)}`))
    // The menu's title is the product name, the same in every language.
    .filter((hit) => !/title: 'Skjold'/.test(hit));
  assert.deepEqual(found, []);
});
