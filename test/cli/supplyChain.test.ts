// Supply chain: the extension, server and CLI ship as self-contained bundles (scripts/build.mjs, esbuild), so the
// package declares no runtime dependencies, and no bundle loads a native add-on or anything outside Node itself
// (and `vscode`, which the editor provides to the extension). `npm audit --omit=dev` runs in .ci/run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const repo = path.resolve(__dirname, '../..');
const manifest = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')) as Record<string, unknown>;

test('package.json declares no runtime, optional, peer or bundled dependencies: everything is bundled', () => {
  for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies', 'bundledDependencies']) {
    const deps = manifest[field];
    const names = Array.isArray(deps) ? deps : Object.keys((deps ?? {}) as object);
    assert.deepEqual(names, [], `${field} must stay empty (add libraries as devDependencies; esbuild bundles them)`);
  }
});

test('the bundles require only Node built-ins (and vscode in the extension); no native add-ons', () => {
  const bundles = ['dist/client/extension.js', 'dist/server/server.js', 'dist/cli/skjold.js', 'dist/cli/scanWorker.js'];
  const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
  for (const rel of bundles) {
    const file = path.join(repo, rel);
    assert.ok(fs.existsSync(file), `${rel} is missing: run \`npm run build\` first`);
    const code = fs.readFileSync(file, 'utf8');
    const allowed = rel.startsWith('dist/client/') ? new Set([...builtins, 'vscode']) : builtins;
    const foreign = new Set<string>();
    for (const m of code.matchAll(/(?<![\w$.])require\(\s*(["'`])([^"'`]+)\1\s*\)/g)) if (!allowed.has(m[2]!)) foreign.add(m[2]!);
    assert.deepEqual([...foreign], [], `${rel} requires modules outside the bundle`);
    assert.doesNotMatch(code, /process\.dlopen|\.node["'`]\s*\)|node-gyp-build|require\(["'`]bindings["'`]\)/, `${rel} loads a native add-on`);
  }
});
