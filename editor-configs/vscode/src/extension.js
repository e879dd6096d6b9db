// @ts-check
'use strict';
/**
 * VS Code glue for flutr-lsp: starts the server for Dart files, passes the `flutr.*` settings, shows generation
 * progress and adds the command "flutr: Yorumu yanıtla". Everything that can be decided without VS Code lives in
 * settings.js, actions.js and progress.js (tested in Node).
 */

const os = require('node:os');
const vscode = require('vscode');
const {
  CodeActionRequest,
  CodeActionResolveRequest,
  Command: CommandType,
  DidChangeConfigurationNotification,
  ExecuteCommandRequest,
  LanguageClient,
  TransportKind,
} = require('vscode-languageclient/node');
const manifest = require('../package.json');
const settings = require('./settings');
const actions = require('./actions');
const { NotificationProgressFeature } = require('./progress');

const RESTRICTED = new Set(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations);

/** @type {LanguageClient | undefined} */
let client;
/** @type {vscode.OutputChannel | undefined} */
let output;
/** What the server was last sent (initializationOptions or a change), to tell it about settings reset later. */
/** @type {Record<string, unknown>} */
let lastSent = {};

function firstFolder() {
  return vscode.workspace.workspaceFolders?.[0]?.uri;
}

/** @returns {import('./settings').Environment} */
function environment() {
  return { home: os.homedir(), workspaceFolder: firstFolder()?.fsPath };
}

/** The server settings the user set (user, workspace or folder settings), mapped for flutr-lsp. */
function userServerSettings() {
  const config = vscode.workspace.getConfiguration(settings.SECTION, firstFolder());
  const trusted = vscode.workspace.isTrusted;
  return settings.toInitializationOptions(
    (key) =>
      settings.explicitValue(config.inspect(key), { trusted, restricted: RESTRICTED.has(`${settings.SECTION}.${key}`) }),
    environment(),
  );
}

function createClient() {
  const config = vscode.workspace.getConfiguration(settings.SECTION);
  const server = settings.serverCommand((key) => config.get(key), environment());
  /** @type {import('vscode-languageclient/node').ServerOptions} */
  const serverOptions = {
    command: server.command,
    args: server.args,
    transport: TransportKind.stdio,
    options: { env: { ...process.env, ...server.env }, cwd: firstFolder()?.fsPath },
  };
  /** @type {import('vscode-languageclient/node').LanguageClientOptions} */
  const clientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'dart' },
      { scheme: 'untitled', language: 'dart' },
    ],
    outputChannel: output,
    initializationOptions: () => {
      lastSent = userServerSettings();
      return lastSent;
    },
    middleware: {
      workspace: {
        // flutr-lsp asks for section "flutr" when a change notification carries no settings: answer with the same
        // mapping, not VS Code's raw section (which holds extension-only keys the server would reject).
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          if (!Array.isArray(result)) {
            return result;
          }
          return result.map((value, i) => (params.items[i]?.section === settings.SECTION ? userServerSettings() : value));
        },
      },
    },
  };
  const created = new LanguageClient('flutr', 'flutr', serverOptions, clientOptions);
  if (config.get('ui.progress') !== 'statusBar') {
    created.registerFeature(
      new NotificationProgressFeature(created, {
        withProgress: (options, task) =>
          vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title: options.title, cancellable: options.cancellable },
            task,
          ),
      }),
    );
  }
  return created;
}

async function startClient() {
  client = createClient();
  try {
    await client.start();
  } catch (error) {
    const command = settings.serverCommand((key) => vscode.workspace.getConfiguration(settings.SECTION).get(key)).command;
    const choice = await vscode.window.showErrorMessage(
      `flutr: dil sunucusu başlatılamadı (${command}). flutr'u kurun (pip install -e .) ya da flutr.server.path ` +
        `ayarını verin. / Could not start the language server: ${String(error)}`,
      'Ayarları aç',
    );
    if (choice) {
      await vscode.commands.executeCommand('workbench.action.openSettings', 'flutr.server');
    }
  }
}

async function stopClient() {
  const running = client;
  client = undefined;
  if (running) {
    await running.stop().catch(() => undefined);
    await running.dispose().catch(() => undefined);
  }
}

async function restartServer() {
  await stopClient();
  await startClient();
}

/** @param {import('vscode-languageclient').WorkspaceEdit | undefined} edit */
async function applyEdit(edit) {
  if (!edit || !client) {
    return false; // the server has already said why (window/showMessage)
  }
  return vscode.workspace.applyEdit(await client.protocol2CodeConverter.asWorkspaceEdit(edit));
}

/** "flutr: Yorumu yanıtla": ask flutr-lsp for its action at the cursor, resolve it (the generation), apply it. */
async function answerCommentAtCursor() {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'dart') {
    void vscode.window.showInformationMessage('flutr: önce bir Dart dosyası açın / open a Dart file first');
    return false;
  }
  if (!client || !client.isRunning()) {
    void vscode.window.showWarningMessage('flutr: dil sunucusu çalışmıyor / the language server is not running');
    return false;
  }
  const params = actions.answerActionParams(editor.document.uri.toString(), editor.selection.active);
  const listed = await client.sendRequest(CodeActionRequest.type, params);
  const action = actions.pickAnswerAction(
    /** @type {import('vscode-languageclient').CodeAction[]} */ ((listed ?? []).filter((a) => !CommandType.is(a))),
  );
  if (!action) {
    void vscode.window.showInformationMessage(
      'flutr: imlecin olduğu yerde yanıtlanacak Türkçe yorum yok / no Turkish request comment at the cursor',
    );
    return false;
  }
  switch (actions.nextStep(action, actions.serverResolvesCodeActions(client.initializeResult))) {
    case 'apply':
      return applyEdit(action.edit);
    case 'resolve':
      return applyEdit((await client.sendRequest(CodeActionResolveRequest.type, action)).edit);
    case 'command':
      return client.sendRequest(ExecuteCommandRequest.type, {
        command: action.command?.command ?? actions.SERVER_COMMAND,
        arguments: action.command?.arguments,
      });
    default:
      return false;
  }
}

/** @param {vscode.ConfigurationChangeEvent} event */
async function onConfigurationChanged(event) {
  if (!event.affectsConfiguration(settings.SECTION)) {
    return;
  }
  if (settings.restartNeeded((section) => event.affectsConfiguration(section))) {
    await restartServer();
    return;
  }
  if (settings.SERVER_SETTINGS.some((key) => event.affectsConfiguration(`${settings.SECTION}.${key}`))) {
    await sendSettings();
  }
}

async function sendSettings() {
  const now = userServerSettings();
  const change = settings.configurationChange(lastSent, now);
  lastSent = now;
  if (client?.isRunning() && Object.keys(change).length > 0) {
    await client.sendNotification(DidChangeConfigurationNotification.type, { settings: change });
  }
}

/** @param {vscode.ExtensionContext} context */
async function activate(context) {
  output = vscode.window.createOutputChannel('flutr');
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('flutr.answerCommentAtCursor', answerCommentAtCursor),
    vscode.commands.registerCommand('flutr.restartServer', restartServer),
    vscode.workspace.onDidChangeConfiguration(onConfigurationChanged),
    vscode.workspace.onDidGrantWorkspaceTrust(sendSettings),
  );
  await startClient();
}

function deactivate() {
  return stopClient();
}

module.exports = { activate, deactivate };
