// The extension activates from the installed package and its language server starts from the bundle.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from '../harness';
import { EXTENSION_ID, skjold } from '../helpers';

test('activation: the extension activates and its server starts', async () => {
  const api = await skjold();
  const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
  assert.ok(ext.isActive, 'the extension is not active after activate()');
  assert.match(api.statusBarText(), /\d/, 'the status-bar item shows no count');
});

test('activation: the Skjold commands are registered', async () => {
  await skjold();
  const commands = await vscode.commands.getCommands(true);
  for (const id of ['skjold.restartServer', 'skjold.showOutput']) assert.ok(commands.includes(id), `command ${id} is not registered`);
});
