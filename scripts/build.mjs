#!/usr/bin/env node
// Bundles the three programs with esbuild: the VS Code extension (client), the language server and the CLI.
// Each bundle is self-contained CommonJS for Node 20; `vscode` stays external (the editor provides it).
import * as esbuild from 'esbuild';
import fs from 'node:fs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server/server.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli/skjold.js', banner: { js: '#!/usr/bin/env node' } },
  // Worker threads of the workspace/CLI scan engine (server/src/cli/scanPool.ts), used by the CLI and the server.
  { entryPoints: ['server/src/cli/scanWorker.ts'], outfile: 'dist/cli/scanWorker.js' },
];

fs.rmSync('dist', { recursive: true, force: true });
if (watch) {
  const ctxs = await Promise.all(entries.map((e) => esbuild.context({ ...common, ...e })));
  await Promise.all(ctxs.map((c) => c.watch()));
  console.log('esbuild: watching');
} else {
  await Promise.all(entries.map((e) => esbuild.build({ ...common, ...e })));
  for (const e of entries.slice(1)) fs.chmodSync(e.outfile, 0o755);
}
