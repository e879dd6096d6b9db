// @ts-check
'use strict';
/**
 * The ClientCapabilities VS Code sends, computed by the real vscode-languageclient (the version the extension
 * ships) rather than typed by hand. VS Code itself cannot run here, so `require('vscode')` is answered with an
 * inert stand-in: every property is another stand-in, every call returns one, and `version` is the engine's
 * minimum. Only the client's constructor and `computeClientCapabilities()` run against it, and both only fill in
 * plain objects.
 */

const Module = require('node:module');
const manifest = require('../../package.json');

/** @returns {any} */
function inertVscode() {
  const version = manifest.engines.vscode.replace(/^[^\d]*/, '');
  /** @type {any} */
  const stub = new Proxy(function () {}, {
    get(_target, property) {
      if (property === 'version') return version;
      if (property === Symbol.toPrimitive) return () => 0;
      if (property === 'then') return undefined; // not a thenable
      return stub;
    },
    apply: () => stub,
    construct: () => stub,
  });
  return stub;
}

/**
 * Run `body` with `require('vscode')` answered by the inert stand-in.
 *
 * @template T
 * @param {() => T} body
 * @returns {T}
 */
function withInertVscode(body) {
  const anyModule = /** @type {any} */ (Module);
  const load = anyModule._load;
  const stub = inertVscode();
  anyModule._load = function (/** @type {string} */ request, /** @type {any[]} */ ...rest) {
    return request === 'vscode' ? stub : load.call(this, request, ...rest);
  };
  try {
    return body();
  } finally {
    anyModule._load = load;
  }
}

/** @returns {Record<string, any>} */
function vscodeClientCapabilities() {
  return withInertVscode(() => {
    const { LanguageClient } = require('vscode-languageclient/node');
    const client = new LanguageClient('flutr', 'flutr', { command: 'flutr-lsp' }, { documentSelector: [{ language: 'dart' }] });
    return /** @type {any} */ (client).computeClientCapabilities();
  });
}

module.exports = { inertVscode, vscodeClientCapabilities, withInertVscode };
