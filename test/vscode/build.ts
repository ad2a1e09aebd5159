// Bundles the VS Code suite for its two runners:
//   .e2e/driver/      the test-driver extension for code-server (package.json, README, dist/driver.js)
//   .e2e/electron/suite.js   the --extensionTestsPath module for @vscode/test-electron
// Run alone: node --import tsx test/vscode/build.ts
// `../suite-files` is replaced by imports of every test/vscode/suite/*.suite.ts, so a new test file is
// picked up without registering it anywhere.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const here = __dirname;
const root = path.resolve(here, '..', '..');
const out = path.join(root, '.e2e');

const suiteFiles: esbuild.Plugin = {
  name: 'suite-files',
  setup(build) {
    build.onResolve({ filter: /\/suite-files$/ }, () => ({ path: 'suite-files', namespace: 'suite-files' }));
    build.onLoad({ filter: /.*/, namespace: 'suite-files' }, () => {
      const dir = path.join(here, 'suite');
      const files = fs.readdirSync(dir).filter((f) => f.endsWith('.suite.ts')).sort();
      if (files.length === 0) throw new Error(`no *.suite.ts files in ${dir}`);
      return { contents: files.map((f) => `import ${JSON.stringify(path.join(dir, f))};`).join('\n'), resolveDir: dir, loader: 'ts' };
    });
  },
};

const common: esbuild.BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['vscode'],
  sourcemap: 'inline',
  sourcesContent: false,
  logLevel: 'warning',
  plugins: [suiteFiles],
};

export async function buildSuite(): Promise<{ driverDir: string; electronEntry: string }> {
  const driverDir = path.join(out, 'driver');
  fs.rmSync(driverDir, { recursive: true, force: true });
  fs.mkdirSync(driverDir, { recursive: true });
  for (const f of ['package.json', 'README.md']) fs.copyFileSync(path.join(here, 'driver', f), path.join(driverDir, f));
  fs.copyFileSync(path.join(root, 'LICENSE'), path.join(driverDir, 'LICENSE'));
  await esbuild.build({ ...common, entryPoints: [path.join(here, 'driver', 'driver.ts')], outfile: path.join(driverDir, 'dist', 'driver.js') });
  // The server-side network guard, preloaded into Skjold's language server through NODE_OPTIONS (networkCheck.ts).
  fs.copyFileSync(path.join(root, 'test', 'support', 'noNetwork.cjs'), path.join(driverDir, 'dist', 'noNetwork.cjs'));
  await esbuild.build({ ...common, entryPoints: [path.join(here, 'electron', 'entry.ts')], outfile: path.join(out, 'electron', 'suite.js') });
  return { driverDir, electronEntry: path.join(out, 'electron', 'suite.js') };
}

if (require.main === module) void buildSuite();
