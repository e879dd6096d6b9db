// @ts-check
'use strict';
/**
 * Interop: the real flutr-lsp (small real model, SmolLM2-135M via --model) driven through vscode-jsonrpc +
 * vscode-languageserver-protocol with the ClientCapabilities vscode-languageclient computes, using the
 * extension's own request/selection helpers and settings mapping. VS Code itself cannot run here; this is the
 * protocol conversation it would have.
 */

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const lsp = require('vscode-languageserver-protocol');
const actions = require('../src/actions');
const { Session, withTimeout, waitFor } = require('./support/session');
const { vscodeClientCapabilities } = require('./support/vscode-stub');

const COMMENT = '// Sayacı artıran bir buton yaz';
const DOCUMENT = `import 'package:flutter/material.dart';

class AnaSayfa extends StatelessWidget {
  const AnaSayfa({super.key});

  @override
  Widget build(BuildContext context) => const Placeholder();
}

${COMMENT}
`;
const COMMENT_LINE = DOCUMENT.split('\n').indexOf(COMMENT);
const GENERATION_MS = 120_000;
// A cheap answer, so the budget holds on a busy machine: one thread (llama.cpp's threads wait for each other, and
// beside a busy core two threads decode ~3x slower than one) and no retrieved example in the prompt.
const USER_SETTINGS = { maxTokens: 64, contextLines: 0, threads: 1, retrievalK: 0 };

const capabilities = vscodeClientCapabilities();

/** A Flutter-project-shaped workspace folder. */
function workspace() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'flutr-vscode-'));
  fs.mkdirSync(path.join(folder, 'lib'));
  fs.writeFileSync(path.join(folder, 'pubspec.yaml'), 'name: app\n');
  return folder;
}

/**
 * The comment and everything above it are untouched; below it there is inserted Dart code.
 *
 * @param {string} before
 * @param {string} after
 */
function assertCodeUnderComment(before, after) {
  const old = before.split('\n');
  const now = after.split('\n');
  assert.deepEqual(now.slice(0, COMMENT_LINE + 1), old.slice(0, COMMENT_LINE + 1), 'lines up to the comment changed');
  const inserted = now.slice(COMMENT_LINE + 1, now.length - (old.length - COMMENT_LINE - 1));
  const code = inserted.filter((line) => line.trim() !== '' && !line.trim().startsWith('//'));
  assert.ok(code.length > 0, `no code under the comment:\n${after}`);
  assert.ok(!after.includes('```'), 'Markdown fence in the document');
}

/** @param {Session} session */
function settingWarnings(session) {
  return session.messages.filter((m) => /ayar|setting|geçersiz/i.test(m.message)).map((m) => m.message);
}

describe('VS Code stack ↔ flutr-lsp (client with codeAction/resolve, as VS Code)', () => {
  /** @type {Session} */
  let session;
  let folder = '';

  before(async () => {
    folder = workspace();
    session = new Session({ capabilitiesBase: capabilities, workspaceFolder: folder, userSettings: USER_SETTINGS });
    await withTimeout(session.start(), 60_000);
  });

  after(async () => {
    await session?.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('sends the capabilities the server needs and the server announces resolve', () => {
    assert.deepEqual(capabilities.textDocument.codeAction.resolveSupport, { properties: ['edit'] });
    assert.equal(capabilities.window.workDoneProgress, true);
    assert.equal(actions.serverResolvesCodeActions(session.initializeResult), true);
    const provider = /** @type {any} */ (session.initializeResult?.capabilities.codeActionProvider);
    assert.deepEqual([...provider.codeActionKinds].sort(), ['quickfix', 'refactor.rewrite']);
  });

  it('lists the action instantly, resolves it with progress, and the applied edit puts code under the comment', async () => {
    const uri = await session.open(path.join(folder, 'lib', 'main.dart'), DOCUMENT);
    const connection = session.rpc();

    const started = Date.now();
    const listed = await connection.sendRequest(
      lsp.CodeActionRequest.type,
      actions.answerActionParams(uri, { line: COMMENT_LINE, character: 3 }),
    );
    const action = actions.pickAnswerAction(/** @type {lsp.CodeAction[]} */ (listed));
    assert.ok(action, `no flutr action: ${JSON.stringify(listed)}`);
    assert.equal(action.kind, 'quickfix');
    assert.equal(action.edit, undefined, 'listing must not generate');
    assert.equal(action.command, undefined, 'a resolving client gets no command');
    assert.equal(actions.nextStep(action, true), 'resolve');

    const resolved = await withTimeout(connection.sendRequest(lsp.CodeActionResolveRequest.type, action), GENERATION_MS);
    assert.ok(resolved.edit, `no edit; server said: ${JSON.stringify(session.messages)}\n${session.stderr.slice(-2000)}`);
    const changes = resolved.edit.documentChanges ?? [];
    assert.equal(changes.length, 1);
    const change = /** @type {lsp.TextDocumentEdit} */ (changes[0]);
    assert.deepEqual(change.textDocument, { uri, version: 1 }, 'the edit targets the version the client has');

    assert.ok(session.applyEdit(resolved.edit), 'edit not applicable');
    assertCodeUnderComment(DOCUMENT, session.text(uri));

    await waitFor(() => session.progress.some((p) => p.value.kind === 'end'), 5_000);
    const kinds = session.progress.map((p) => p.value.kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds.at(-1), 'end');
    assert.equal(session.progress[0].value.cancellable, true);
    assert.match(session.progress[0].value.title, /flutr/);
    assert.deepEqual(settingWarnings(session), []);
    console.log(`resolve: ${Date.now() - started} ms`);
  });

  it('takes settings changes the way the extension sends them (set, then reset to the server default)', async () => {
    const uri = await session.open(path.join(folder, 'lib', 'hints.dart'), `${COMMENT}\n`);
    /** @returns {Promise<any>} */
    const status = () => session.rpc().sendRequest(lsp.ExecuteCommandRequest.type, { command: 'flutr.status', arguments: [] });
    const hintsFor = () => session.diagnostics.filter((d) => d.uri === uri).at(-1)?.diagnostics ?? [];

    const sentOn = await session.changeSettings({ ...USER_SETTINGS, hintDiagnostics: true, temperature: 0.2 });
    assert.deepEqual(sentOn, { ...USER_SETTINGS, hintDiagnostics: true, temperature: 0.2 });
    await waitFor(() => hintsFor().length === 1, 10_000);
    assert.equal(hintsFor()[0].range.start.line, 0);
    let config = (await status()).config;
    assert.equal(config.hintDiagnostics, true);
    assert.equal(config.temperature, 0.2);
    assert.ok(String(config.modelPath).endsWith('.gguf'), 'the --model flag must survive settings that do not set it');

    const sentOff = await session.changeSettings(USER_SETTINGS);
    assert.deepEqual(sentOff, { ...USER_SETTINGS, hintDiagnostics: false, temperature: 0 });
    await waitFor(() => hintsFor().length === 0, 10_000);
    config = (await status()).config;
    assert.equal(config.hintDiagnostics, false);
    assert.equal(config.temperature, 0);
    assert.deepEqual(settingWarnings(session), []);
  });
});

describe('VS Code stack ↔ flutr-lsp (client without resolve support)', () => {
  /** @type {Session} */
  let session;
  let folder = '';

  before(async () => {
    folder = workspace();
    session = new Session({
      capabilitiesBase: capabilities,
      workspaceFolder: folder,
      userSettings: USER_SETTINGS,
      capabilities: (c) => {
        delete c.textDocument.codeAction.resolveSupport;
        return c;
      },
    });
    await withTimeout(session.start(), 60_000);
  });

  after(async () => {
    await session?.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('runs the action command; the server applies the edit through workspace/applyEdit', async () => {
    const uri = await session.open(path.join(folder, 'lib', 'main.dart'), DOCUMENT);
    const connection = session.rpc();
    const listed = await connection.sendRequest(
      lsp.CodeActionRequest.type,
      actions.answerActionParams(uri, { line: COMMENT_LINE, character: 0 }),
    );
    const action = actions.pickAnswerAction(/** @type {lsp.CodeAction[]} */ (listed));
    assert.ok(action?.command, `no command on the action: ${JSON.stringify(listed)}`);
    assert.equal(action.command.command, actions.SERVER_COMMAND);
    assert.equal(actions.nextStep(action, false), 'command');

    const applied = await withTimeout(
      connection.sendRequest(lsp.ExecuteCommandRequest.type, {
        command: action.command.command,
        arguments: action.command.arguments,
      }),
      GENERATION_MS,
    );
    assert.equal(applied, true, `server said: ${JSON.stringify(session.messages)}`);
    assertCodeUnderComment(DOCUMENT, session.text(uri));
  });
});
