// @ts-check
'use strict';
/**
 * src/extension.js itself — activate(), the real vscode-languageclient it configures, the command "flutr: Yorumu
 * yanıtla", the progress notifications and the settings change — against the real flutr-lsp (SmolLM2 via
 * `flutr.server.args`), with a minimal stand-in for the `vscode` module (test/support/fake-vscode.js).
 */

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const Module = require('node:module');
const os = require('node:os');
const path = require('node:path');
const manifest = require('../package.json');
const { createFakeVscode } = require('./support/fake-vscode');
const { flutrLsp, smallModel, waitFor, withTimeout } = require('./support/session');

const COMMENT = '// Sayacı artıran bir buton yaz';
const TEXT = `import 'package:flutter/material.dart';\n\n${COMMENT}\n`;
const COMMENT_LINE = 2;

/** @type {Record<string, unknown>} */
const DEFAULTS = Object.fromEntries(
  Object.entries(manifest.contributes.configuration.properties).map(([name, property]) => [
    name.slice('flutr.'.length),
    /** @type {{default: unknown}} */ (property).default,
  ]),
);

describe('the extension in a stand-in extension host ↔ flutr-lsp', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'flutr-ext-'));
  const file = path.join(folder, 'lib', 'main.dart');
  /** @type {Record<string, unknown>} */
  const settings = {
    'server.path': flutrLsp(),
    'server.args': ['--model', smallModel()],
    maxTokens: 64,
    contextLines: 0,
    threads: 1, // a cheap answer that keeps its time on a busy machine, as in interop.test.js
    retrievalK: 0,
  };
  const fake = createFakeVscode({
    folder,
    file,
    text: TEXT,
    cursor: { line: COMMENT_LINE, character: 5 },
    settings,
    defaults: DEFAULTS,
  });
  const anyModule = /** @type {any} */ (Module);
  const load = anyModule._load;
  /** @type {any} */
  let extension;
  /** @type {(id: string, ...args: any[]) => Promise<any>} */
  const run = async (id, ...args) => {
    const command = fake.recorded.commands.get(id);
    assert.ok(command, `command ${id} is not registered`);
    return command(...args);
  };
  const serverFailures = () =>
    fake.recorded.messages.filter((m) => m.kind !== 'info').map((m) => m.message).concat(fake.recorded.output.slice(-2000));

  before(async () => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, TEXT);
    anyModule._load = function (/** @type {string} */ request, /** @type {any[]} */ ...rest) {
      return request === 'vscode' ? fake.vscode : load.call(this, request, ...rest);
    };
    extension = require('../src/extension');
    await withTimeout(extension.activate({ subscriptions: [] }), 60_000);
  });

  after(async () => {
    await extension?.deactivate();
    anyModule._load = load;
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('activates: the server runs and its commands are registered beside ours', () => {
    const ids = ['flutr.answerCommentAtCursor', 'flutr.restartServer', 'flutr.answerComment', 'flutr.status', 'flutr.showDoubts'];
    for (const id of ids) {
      assert.ok(fake.recorded.commands.has(id), id);
    }
    assert.deepEqual(fake.recorded.messages, []);
  });

  it('"flutr: Yorumu yanıtla" inserts code under the comment, with a cancellable progress notification', async () => {
    const applied = await withTimeout(run('flutr.answerCommentAtCursor'), 120_000);
    assert.equal(applied, true, JSON.stringify(serverFailures()));
    const lines = fake.document.text.split('\n');
    assert.deepEqual(lines.slice(0, COMMENT_LINE + 1), TEXT.split('\n').slice(0, COMMENT_LINE + 1));
    const code = lines.slice(COMMENT_LINE + 1).filter((l) => l.trim() && !l.trim().startsWith('//'));
    assert.ok(code.length > 0, fake.document.text);

    await waitFor(() => fake.recorded.progress.every((p) => p.done), 5_000);
    assert.equal(fake.recorded.progress.length, 1, 'one notification for one generation');
    const [shown] = fake.recorded.progress;
    assert.equal(shown.title, 'flutr: kod üretiliyor', 'the title names no phase: it cannot change later');
    assert.equal(shown.cancellable, true);
    // the comment, behind "model yükleniyor" when the model was still loading; then the tokens as they stream
    assert.match(shown.reports[0] ?? '', /^(model yükleniyor… — )?Sayacı artıran bir buton yaz$/);
    assert.equal(shown.reports[1], '1 token');
  });

  it('tells the user when there is no comment under the cursor', async () => {
    const editor = fake.vscode.window.activeTextEditor;
    const cursor = editor.selection.active;
    editor.selection.active = new fake.vscode.Position(0, 0);
    try {
      assert.equal(await run('flutr.answerCommentAtCursor'), false);
    } finally {
      editor.selection.active = cursor;
    }
    assert.match(fake.recorded.messages.at(-1)?.message ?? '', /yanıtlanacak Türkçe yorum yok/);
  });

  it('passes a settings change on without a restart, keeping the --model flag', async () => {
    settings.hintDiagnostics = true;
    settings.temperature = 0.4;
    const changed = new Set(['flutr', 'flutr.hintDiagnostics', 'flutr.temperature']);
    await Promise.all(
      fake.recorded.configurationListeners.map((listener) => listener({ affectsConfiguration: (/** @type {string} */ s) => changed.has(s) })),
    );
    /** @type {any} */
    let status;
    for (const deadline = Date.now() + 10_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 50))) {
      status = await run('flutr.status');
      if (status?.config?.hintDiagnostics === true) {
        break;
      }
    }
    assert.equal(status.config.hintDiagnostics, true);
    assert.equal(status.config.temperature, 0.4);
    assert.equal(status.config.maxTokens, 64);
    assert.ok(String(status.config.modelPath).endsWith('.gguf'), status.config.modelPath);
    assert.deepEqual(serverFailures().filter((m) => /ayar|setting/i.test(m)), []);
  });

  it('restarts the server with "flutr: Sunucuyu yeniden başlat", settings included', async () => {
    await withTimeout(run('flutr.restartServer'), 60_000);
    const status = await run('flutr.status');
    assert.equal(status.config.hintDiagnostics, true, 'initializationOptions carry the current settings');
    assert.equal(status.config.temperature, 0.4);
  });
});
