// @ts-check
'use strict';
/**
 * flutr-lsp's generation progress (`window/workDoneProgress/create` + `$/progress`, cancellable) as a VS Code
 * notification with a Cancel button. vscode-languageclient's own handler only shows a status-bar spinner, which
 * is easy to miss for a generation that takes seconds; this feature replaces it (`flutr.ui.progress`).
 *
 * Written against two small interfaces instead of `vscode`, so Node tests drive it with fakes.
 */

const { WorkDoneProgress, WorkDoneProgressCancelNotification, WorkDoneProgressCreateRequest } = require('vscode-languageserver-protocol');

/**
 * @typedef {{dispose(): void}} Disposable
 * @typedef {object} ProgressClient the part of vscode-languageclient's LanguageClient used here
 * @property {(type: any, handler: (params: any) => any) => Disposable} onRequest
 * @property {(type: any, token: string | number, handler: (value: any) => void) => Disposable} onProgress
 * @property {(type: any, params: any) => unknown} sendNotification
 * @typedef {{report(value: {message?: string}): void}} Reporter
 * @typedef {{onCancellationRequested(listener: () => void): unknown}} Cancellation
 * @typedef {object} ProgressUi `vscode.window.withProgress` at a fixed location
 * @property {(options: {title: string, cancellable: boolean}, task: (progress: Reporter, cancel: Cancellation) => Promise<void>) => unknown} withProgress
 */

/**
 * Follows one progress token from `begin` to `end`.
 *
 * @param {ProgressClient} client
 * @param {ProgressUi} ui
 * @param {string | number} token
 * @param {() => void} onDone
 */
function followProgress(client, ui, token, onDone) {
  /** @type {((message: string) => void) | undefined} */
  let report;
  /** @type {(() => void) | undefined} */
  let finish;
  let ended = false;
  const subscription = client.onProgress(WorkDoneProgress.type, token, (value) => {
    if (value.kind === 'begin') {
      ui.withProgress({ title: value.title, cancellable: Boolean(value.cancellable) }, (progress, cancel) => {
        if (ended) {
          return Promise.resolve();
        }
        report = (message) => progress.report({ message });
        cancel.onCancellationRequested(() => {
          void client.sendNotification(WorkDoneProgressCancelNotification.type, { token });
        });
        if (value.message) {
          report(value.message);
        }
        return new Promise((resolve) => {
          finish = resolve;
        });
      });
    } else if (value.kind === 'report') {
      if (report && typeof value.message === 'string') {
        report(value.message);
      }
    } else if (value.kind === 'end') {
      stop();
    }
  });
  function stop() {
    ended = true;
    subscription.dispose();
    finish?.();
    onDone();
  }
  return { stop };
}

/**
 * A vscode-languageclient StaticFeature; registered after the built-in ones, so its create handler wins (and is
 * registered again on every restart).
 */
class NotificationProgressFeature {
  /**
   * @param {ProgressClient} client
   * @param {ProgressUi} ui
   */
  constructor(client, ui) {
    this.client = client;
    this.ui = ui;
    /** @type {Map<string | number, {stop(): void}>} */
    this.active = new Map();
  }

  /** @param {any} capabilities */
  fillClientCapabilities(capabilities) {
    capabilities.window = capabilities.window ?? {};
    capabilities.window.workDoneProgress = true;
  }

  initialize() {
    this.client.onRequest(WorkDoneProgressCreateRequest.type, (/** @type {{token: string | number}} */ params) => {
      this.active.get(params.token)?.stop();
      this.active.set(params.token, followProgress(this.client, this.ui, params.token, () => this.active.delete(params.token)));
      return null;
    });
  }

  getState() {
    return /** @type {const} */ ({ kind: 'static' });
  }

  clear() {
    for (const part of [...this.active.values()]) {
      part.stop();
    }
  }
}

module.exports = { NotificationProgressFeature, followProgress };
