// @ts-check
'use strict';
/**
 * Just enough of the `vscode` API to run src/extension.js with the real vscode-languageclient in plain Node: one
 * workspace folder, one open Dart document, an active editor, configuration values, and recorders for what the
 * extension does (commands, messages, progress notifications, applied edits). Every API not listed here is the
 * inert stand-in of vscode-stub.js, so the client's many registrations (providers, watchers…) are no-ops.
 *
 * This is not VS Code: it cannot show that the UI works, only that the extension's own code and
 * vscode-languageclient, wired as in VS Code, hold a correct conversation with the real server.
 */

const { pathToFileURL, fileURLToPath } = require('node:url');
const { inertVscode } = require('./vscode-stub');

const INERT = inertVscode();

/**
 * An object whose listed properties are real and whose other properties are inert.
 *
 * @param {Record<string | symbol, any>} real
 * @returns {any}
 */
function partly(real) {
  return new Proxy(real, {
    get(target, property) {
      return property in target ? target[property] : INERT;
    },
  });
}

class Position {
  /** @param {number} line @param {number} character */
  constructor(line, character) {
    this.line = line;
    this.character = character;
  }
}

class Range {
  /** @param {any[]} args (start, end) or (startLine, startCharacter, endLine, endCharacter) */
  constructor(...args) {
    const [start, end] =
      args.length === 4 ? [new Position(args[0], args[1]), new Position(args[2], args[3])] : [args[0], args[1]];
    /** @type {Position} */
    this.start = start;
    /** @type {Position} */
    this.end = end;
  }
}

class Uri {
  /** @param {string} value */
  constructor(value) {
    this.value = value;
    this.scheme = value.split(':')[0];
    this.fsPath = this.scheme === 'file' ? fileURLToPath(value) : value;
  }
  /** @param {string} value */
  static parse(value) {
    return new Uri(value);
  }
  /** @param {string} path */
  static file(path) {
    return new Uri(pathToFileURL(path).toString());
  }
  toString() {
    return this.value;
  }
  toJSON() {
    return this.value;
  }
}

class WorkspaceEdit {
  constructor() {
    /** @type {{uri: string, range: Range, newText: string}[]} */
    this.edits = [];
  }
  /** @param {Uri} uri @param {Range} range @param {string} newText */
  replace(uri, range, newText) {
    this.edits.push({ uri: uri.toString(), range, newText });
  }
  /** @param {Uri} uri @param {Position} position @param {string} newText */
  insert(uri, position, newText) {
    this.replace(uri, new Range(position, position), newText);
  }
}

/** @param {string} text @param {Position} position */
function offsetAt(text, position) {
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < position.line && i < lines.length; i++) {
    offset += lines[i].length + 1;
  }
  return Math.min(offset + position.character, text.length);
}

/**
 * @param {object} options
 * @param {string} options.folder workspace folder
 * @param {string} options.file the open Dart document
 * @param {string} options.text its text
 * @param {{line: number, character: number}} options.cursor
 * @param {Record<string, unknown>} options.settings `flutr.*` user settings (key without `flutr.`)
 * @param {Record<string, unknown>} options.defaults package.json defaults (key without `flutr.`)
 */
function createFakeVscode(options) {
  const uri = Uri.file(options.file);
  const document = {
    uri,
    fileName: options.file,
    languageId: 'dart',
    version: 1,
    isClosed: false,
    isUntitled: false,
    text: options.text,
    getText() {
      return this.text;
    },
  };
  const recorded = {
    /** @type {Map<string, (...args: any[]) => any>} */
    commands: new Map(),
    /** @type {{kind: string, message: string}[]} */
    messages: [],
    /** @type {{title: string, cancellable: boolean, reports: (string | undefined)[], done: boolean}[]} */
    progress: [],
    /** @type {WorkspaceEdit[]} */
    appliedEdits: [],
    /** @type {((event: any) => any)[]} */
    configurationListeners: [],
    output: '',
  };
  const settings = options.settings;

  const configuration = () =>
    partly({
      /** @param {string} key @param {unknown} [fallback] */
      get: (key, fallback) => (key in settings ? settings[key] : key in options.defaults ? options.defaults[key] : fallback),
      /** @param {string} key */
      inspect: (key) => ({ key, defaultValue: options.defaults[key], globalValue: settings[key] }),
      /** @param {string} key */
      has: (key) => key in settings || key in options.defaults,
    });

  /** @param {string} kind */
  const message = (kind) => (/** @type {string} */ text) => {
    recorded.messages.push({ kind, message: text });
    return Promise.resolve(undefined);
  };

  const channel = partly({
    name: 'flutr',
    /** @param {string} text */
    append: (text) => (recorded.output += text),
    /** @param {string} text */
    appendLine: (text) => (recorded.output += `${text}\n`),
    show: () => undefined,
    clear: () => undefined,
    dispose: () => undefined,
  });

  const disposable = { dispose: () => undefined };
  const folder = { uri: Uri.file(options.folder), name: 'app', index: 0 };

  const vscode = partly({
    version: '1.82.0',
    Uri,
    Position,
    Range,
    WorkspaceEdit,
    ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
    env: partly({ appName: 'Visual Studio Code', language: 'en', uiKind: 1 }),
    Disposable: class {
      /** @param {() => void} callback */
      constructor(callback) {
        this.dispose = callback;
      }
      /** @param {{dispose(): unknown}[]} items */
      static from(...items) {
        return { dispose: () => items.forEach((d) => d?.dispose?.()) };
      }
    },
    workspace: partly({
      workspaceFolders: [folder],
      getWorkspaceFolder: () => folder,
      textDocuments: [document],
      isTrusted: true,
      getConfiguration: configuration,
      /** @param {(event: any) => any} listener */
      onDidChangeConfiguration: (listener) => {
        recorded.configurationListeners.push(listener);
        return disposable;
      },
      onDidGrantWorkspaceTrust: () => disposable,
      onDidOpenTextDocument: () => disposable,
      onDidCloseTextDocument: () => disposable,
      onDidChangeTextDocument: () => disposable,
      onDidSaveTextDocument: () => disposable,
      onWillSaveTextDocument: () => disposable,
      onDidChangeWorkspaceFolders: () => disposable,
      /** @param {WorkspaceEdit} edit */
      applyEdit: async (edit) => {
        recorded.appliedEdits.push(edit);
        // apply back to front so earlier offsets stay valid
        const ours = edit.edits.filter((e) => e.uri === uri.toString());
        ours.sort((a, b) => offsetAt(document.text, b.range.start) - offsetAt(document.text, a.range.start));
        for (const e of ours) {
          const text = document.text;
          document.text = text.slice(0, offsetAt(text, e.range.start)) + e.newText + text.slice(offsetAt(text, e.range.end));
        }
        return ours.length > 0;
      },
    }),
    window: partly({
      activeTextEditor: { document, selection: { active: new Position(options.cursor.line, options.cursor.character) } },
      visibleTextEditors: [],
      createOutputChannel: () => channel,
      showInformationMessage: message('info'),
      showWarningMessage: message('warning'),
      showErrorMessage: message('error'),
      /**
       * @param {{title: string, cancellable: boolean}} progressOptions
       * @param {(progress: any, token: any) => Promise<unknown>} task
       */
      withProgress: (progressOptions, task) => {
        const entry = { title: progressOptions.title, cancellable: progressOptions.cancellable, reports: /** @type {(string | undefined)[]} */ ([]), done: false };
        recorded.progress.push(entry);
        const progress = { report: (/** @type {{message?: string}} */ value) => entry.reports.push(value.message) };
        const token = { isCancellationRequested: false, onCancellationRequested: () => disposable };
        return task(progress, token).then((value) => {
          entry.done = true;
          return value;
        });
      },
    }),
    commands: partly({
      /** @param {string} id @param {(...args: any[]) => any} callback */
      registerCommand: (id, callback) => {
        recorded.commands.set(id, callback);
        return { dispose: () => recorded.commands.delete(id) };
      },
      /** @param {string} id @param {any[]} args */
      executeCommand: async (id, ...args) => recorded.commands.get(id)?.(...args),
    }),
    languages: partly({
      /** @param {any} selector @param {{languageId: string}} doc */
      match: (selector, doc) => {
        const selectors = Array.isArray(selector) ? selector : [selector];
        return selectors.some((s) => (typeof s === 'string' ? s : s.language) === doc.languageId) ? 10 : 0;
      },
    }),
  });
  return { vscode, document, recorded };
}

module.exports = { createFakeVscode };
