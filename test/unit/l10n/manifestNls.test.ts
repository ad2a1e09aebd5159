// The manifest's user-facing strings are %key% references with an English (package.nls.json) and a Danish
// (package.nls.da.json) text; VS Code substitutes them for the display language. A new command, setting or view
// added with an English literal fails here until it gets a key in both files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../support/fixtures';

type Json = Record<string, any>;
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(repoRoot, f), 'utf8')) as Json;
const manifest = read('package.json');
const en = read('package.nls.json') as Record<string, string>;
const da = read('package.nls.da.json') as Record<string, string>;

/** Every user-facing string field in a manifest, with where it is (for the failure message). */
export function userFacingStrings(m: Json): { where: string; value: string }[] {
  const out: { where: string; value: string }[] = [];
  const add = (where: string, v: unknown) => {
    if (typeof v === 'string') out.push({ where, value: v });
    else if (Array.isArray(v)) v.forEach((x, i) => add(`${where}[${i}]`, x));
  };
  add('displayName', m.displayName);
  add('description', m.description);
  add('capabilities.untrustedWorkspaces.description', m.capabilities?.untrustedWorkspaces?.description);
  const c = m.contributes ?? {};
  for (const cmd of c.commands ?? []) for (const f of ['title', 'shortTitle', 'category']) add(`command ${cmd.command}.${f}`, cmd[f]);
  const settingFields = ['description', 'markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions', 'deprecationMessage', 'markdownDeprecationMessage'];
  const settings = (props: Json | undefined, prefix: string) => {
    for (const [name, p] of Object.entries(props ?? {})) {
      for (const f of settingFields) add(`setting ${prefix}${name}.${f}`, p[f]);
      settings(p.properties, `${prefix}${name}.`);
      settings(p.items?.properties, `${prefix}${name}.items.`);
    }
  };
  for (const conf of [c.configuration ?? []].flat()) {
    add('configuration.title', conf.title);
    settings(conf.properties, '');
  }
  for (const w of c.walkthroughs ?? []) {
    for (const f of ['title', 'description']) add(`walkthrough ${w.id}.${f}`, w[f]);
    for (const s of w.steps ?? []) for (const f of ['title', 'description']) add(`walkthrough step ${s.id}.${f}`, s[f]);
  }
  for (const list of Object.values<Json[]>(c.viewsContainers ?? {})) for (const v of list) add(`viewsContainer ${v.id}.title`, v.title);
  for (const list of Object.values<Json[]>(c.views ?? {})) for (const v of list) for (const f of ['name', 'contextualTitle']) add(`view ${v.id}.${f}`, v[f]);
  for (const v of c.viewsWelcome ?? []) add(`viewsWelcome ${v.view}.contents`, v.contents);
  return out;
}

const KEY = /^%([\w.-]+)%$/;
const fields = userFacingStrings(manifest);

test('the manifest walker finds the fields (a sample manifest with one of each kind)', () => {
  const sample = { displayName: 'a', contributes: { commands: [{ command: 'x', title: 'b', category: 'c' }], configuration: { properties: { s: { markdownDescription: 'd', enumDescriptions: ['e'] } } }, views: { v: [{ id: 'w', name: 'f' }] } } };
  assert.deepEqual(userFacingStrings(sample).map((f) => f.value), ['a', 'b', 'c', 'd', 'e', 'f']);
});

test('every user-facing manifest string is a %key% reference, not an English literal', () => {
  assert.ok(fields.length >= 30, `only ${fields.length} fields found`);
  const literals = fields.filter((f) => !KEY.test(f.value)).map((f) => `${f.where}: ${f.value}`);
  assert.deepEqual(literals, [], 'move these to package.nls.json and package.nls.da.json');
});

test('every key the manifest uses has an English and a Danish text; both files hold the same keys', () => {
  const keys = fields.map((f) => KEY.exec(f.value)?.[1]).filter((k): k is string => !!k);
  assert.deepEqual(keys.filter((k) => !(k in en)), [], 'missing from package.nls.json');
  assert.deepEqual(keys.filter((k) => !(k in da)), [], 'missing from package.nls.da.json');
  assert.deepEqual(Object.keys(da).filter((k) => !(k in en)), [], 'Danish keys without English');
  assert.deepEqual(Object.keys(en).filter((k) => !keys.includes(k)), [], 'unused keys in package.nls.json');
});

test('the Danish texts are translations: they differ from the English (names excepted) and keep links and code', () => {
  const same = Object.keys(en).filter((k) => da[k] === en[k] && !/^(Skjold|IBAN)$/.test(en[k]!));
  assert.deepEqual(same, [], 'untranslated');
  for (const k of Object.keys(en)) {
    const marks = (s: string) => [...s.matchAll(/\(command:[\w.]+\)|#[\w.]+#|https?:\/\/\S+?\)/g)].map((m) => m[0]).sort();
    assert.deepEqual(marks(da[k]!), marks(en[k]!), `${k}: command links, setting links or URLs differ`);
  }
});

test('every walkthrough markdown page has a Danish version (<name>.nls.da.md, which VS Code picks for locale da)', () => {
  const pages = (manifest.contributes?.walkthroughs ?? []).flatMap((w: Json) => (w.steps ?? []).map((s: Json) => s.media?.markdown)).filter(Boolean) as string[];
  assert.ok(pages.length > 0, 'no walkthrough markdown found');
  const missing = pages.map((p) => p.replace(/\.md$/, '.nls.da.md')).filter((p) => !fs.existsSync(path.join(repoRoot, p)));
  assert.deepEqual(missing, []);
});
