// A throw-away code-server (VS Code 1.100 server + web workbench) for one test run, and the headless
// Chromium that opens its workbench. Everything lives in one run folder (user data, extensions, XDG dirs,
// TMPDIR, the workspace); the server binds 127.0.0.1 on a free port and runs in its own process group.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { runGroup, startGroup, waitFor, type ProcessGroup } from '../../support/processes';
import { findExecutable } from '../../support/tools';

export const CODE_SERVER_VERSION = '4.100.3';

/** code-server as scripts/e2e/install-code-server.sh installs it, or $SKJOLD_CODE_SERVER. */
export function findCodeServer(): string | undefined {
  const explicit = process.env.SKJOLD_CODE_SERVER;
  if (explicit) return findExecutable(explicit);
  const cache = process.env.SKJOLD_E2E_CACHE ?? path.join(os.homedir(), '.cache', 'skjold-e2e');
  return findExecutable(path.join(cache, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', '.bin', 'code-server'));
}

/** Debian's chromium, or $SKJOLD_CHROMIUM. Never a browser that Playwright would download. */
export function findChromium(): string | undefined {
  return findExecutable(process.env.SKJOLD_CHROMIUM ?? '/usr/bin/chromium');
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
};

export interface CodeServerSession {
  runDir: string;
  workspace: string;
  /** The workbench with the workspace folder open. */
  url: string;
  server: ProcessGroup;
  /** The server's log so far (its stdout and stderr). */
  log(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  bin: string;
  /** .vsix files to install into this run's own extensions dir. */
  extensions: string[];
  /** Files to put in the workspace folder: relative path → source file. */
  workspaceFiles: Record<string, string>;
  /** Extra environment for the server and so the extension host (e.g. where the driver writes results). */
  env?: Record<string, string>;
  label: string;
  /** The display language (`--locale`), e.g. `da`; VS Code's own UI stays English without a language pack. */
  locale?: string;
}

export async function startCodeServer(o: StartOptions): Promise<CodeServerSession> {
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), `skjold-${o.label}-`));
  const dir = (name: string) => {
    const p = path.join(runDir, name);
    fs.mkdirSync(p, { recursive: true });
    return p;
  };
  const userData = dir('user-data');
  const extensionsDir = dir('extensions');
  const workspace = dir('workspace');
  for (const [rel, src] of Object.entries(o.workspaceFiles)) {
    fs.mkdirSync(path.dirname(path.join(workspace, rel)), { recursive: true });
    fs.copyFileSync(src, path.join(workspace, rel));
  }
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    XDG_CONFIG_HOME: dir('xdg-config'),
    XDG_DATA_HOME: dir('xdg-data'),
    XDG_CACHE_HOME: dir('xdg-cache'),
    TMPDIR: dir('tmp'),
    ...o.env,
  };
  // Inside a VS Code terminal these would send code-server's CLI to that editor instead.
  for (const k of Object.keys(env)) if (k.startsWith('VSCODE_')) delete env[k];
  const common = ['--user-data-dir', userData, '--extensions-dir', extensionsDir];

  const install = await runGroup(o.bin, [...common, ...o.extensions.flatMap((x) => ['--install-extension', x])], { env, timeoutMs: 120_000, label: 'code-server --install-extension' });
  if (install.code !== 0) throw new Error(`code-server could not install ${o.extensions.map((x) => path.basename(x)).join(', ')} (exit ${install.code}):\n${install.output.slice(-2000)}`);

  if (o.locale) registerLanguagePacks(userData, extensionsDir);

  const port = await freePort();
  const server = startGroup(o.bin, [...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', ...(o.locale ? ['--locale', o.locale] : [])], { env, label: 'code-server' });
  const session: CodeServerSession = {
    runDir,
    workspace,
    url: `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`,
    server,
    log: () => server.output,
    stop: async () => {
      await server.stop();
      if (process.env.SKJOLD_E2E_KEEP === '1') console.log(`  (kept ${runDir})`);
      else fs.rmSync(runDir, { recursive: true, force: true });
    },
  };
  try {
    await waitFor('code-server to answer /healthz', async () => {
      if (!server.running) throw new Error(`code-server exited:\n${server.output.slice(-2000)}`);
      const r = await fetch(`http://127.0.0.1:${port}/healthz`);
      return r.ok;
    }, 60_000);
  } catch (e) {
    await session.stop();
    throw e;
  }
  return session;
}

/**
 * Writes user-data/languagepacks.json for the language packs installed in extensionsDir. The VS Code server reads
 * it to resolve `--locale`; it is written by the server's own extension management, not by the
 * `--install-extension` CLI, so a fresh run dir has none and code-server would fall back to English.
 * The format is VS Code's (languagePacks.ts): locale → hash, extensions, translations by id, label.
 */
function registerLanguagePacks(userData: string, extensionsDir: string): void {
  const packs: Record<string, unknown> = {};
  for (const dir of fs.readdirSync(extensionsDir, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    const root = path.join(extensionsDir, dir.name);
    let manifest: { publisher: string; name: string; version: string; contributes?: { localizations?: { languageId: string; localizedLanguageName?: string; translations: { id: string; path: string }[] }[] } };
    try {
      manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    } catch {
      continue;
    }
    for (const loc of manifest.contributes?.localizations ?? []) {
      packs[loc.languageId.toLowerCase()] = {
        hash: `${manifest.publisher}.${manifest.name}-${manifest.version}`.replace(/[^\w.-]/g, '_'),
        extensions: [{ extensionIdentifier: { id: `${manifest.publisher}.${manifest.name}` }, version: manifest.version }],
        translations: Object.fromEntries(loc.translations.map((t) => [t.id, path.join(root, t.path)])),
        label: loc.localizedLanguageName ?? loc.languageId,
      };
    }
  }
  fs.writeFileSync(path.join(userData, 'languagepacks.json'), JSON.stringify(packs, null, 2));
}

/** A port the kernel just handed out on 127.0.0.1 (free now; code-server binds it a moment later). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Headless Chromium on the workbench; close the browser when done (Playwright stops its process group). */
export async function openWorkbench(executablePath: string, session: CodeServerSession): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(session.url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    return { browser, page };
  } catch (e) {
    await browser.close();
    throw e;
  }
}
