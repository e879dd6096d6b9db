// @ts-check
'use strict';
/**
 * The "answer the comment under the cursor" exchange, as plain LSP JSON (no `vscode` import): the extension's
 * command and the Node interop test both use it, so the test exercises exactly what the command sends.
 *
 * flutr-lsp lists its action instantly (no edit); the code is generated in `codeAction/resolve`. A client without
 * resolve support gets the action with the command `flutr.answerComment` instead, which applies the edit itself
 * through `workspace/applyEdit`.
 */

/** The title flutr-lsp gives its action (lsp_server/convert.py). */
const ACTION_TITLE = 'flutr: Bu yoruma kod üret';
/** The server command behind the action, for clients that cannot resolve. */
const SERVER_COMMAND = 'flutr.answerComment';
const QUICKFIX = 'quickfix';

/**
 * `textDocument/codeAction` params for the cursor position, asking for flutr's quickfix only.
 *
 * @param {string} uri
 * @param {{line: number, character: number}} position
 */
function answerActionParams(uri, position) {
  const at = { line: position.line, character: position.character };
  return {
    textDocument: { uri },
    range: { start: at, end: at },
    context: { diagnostics: [], only: [QUICKFIX], triggerKind: /** @type {1} */ (1) /* Invoked */ },
  };
}

/**
 * flutr's action among a `textDocument/codeAction` result (which may also hold bare Commands and other servers'
 * actions when the caller merges results); the quickfix when both kinds are offered.
 *
 * @template {{title: string, kind?: string, command?: unknown}} A
 * @param {ReadonlyArray<A> | null | undefined} actions
 * @returns {A | undefined}
 */
function pickAnswerAction(actions) {
  const ours = (actions ?? []).filter((a) => a && a.title === ACTION_TITLE && typeof a.command !== 'string');
  return ours.find((a) => a.kind === QUICKFIX) ?? ours[0];
}

/**
 * What to do with the picked action: apply its edit, resolve it first, or run its command.
 *
 * @param {{title: string, edit?: unknown, command?: {command: string, arguments?: unknown[]}}} action
 * @param {boolean} canResolve whether the server announced `resolveProvider`
 * @returns {'apply' | 'resolve' | 'command' | 'none'}
 */
function nextStep(action, canResolve) {
  if (action.edit) {
    return 'apply';
  }
  if (canResolve) {
    return 'resolve';
  }
  return action.command ? 'command' : 'none';
}

/**
 * Does `initialize`'s result announce `codeAction/resolve`?
 *
 * @param {{capabilities?: {codeActionProvider?: boolean | {resolveProvider?: boolean}}} | undefined} initializeResult
 */
function serverResolvesCodeActions(initializeResult) {
  const provider = initializeResult?.capabilities?.codeActionProvider;
  return typeof provider === 'object' && provider !== null && provider.resolveProvider === true;
}

module.exports = { ACTION_TITLE, SERVER_COMMAND, answerActionParams, pickAnswerAction, nextStep, serverResolvesCodeActions };
