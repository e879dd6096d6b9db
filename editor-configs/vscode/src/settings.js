// @ts-check
'use strict';
/**
 * VS Code settings → what flutr-lsp receives. Pure: no `vscode` import, so it runs (and is tested) in plain Node.
 *
 * Contract with the server (lsp_server/config.py): settings are camelCase keys of `ServerConfig`, sent as
 * `initializationOptions` and in `workspace/didChangeConfiguration`; the server applies what it receives on top
 * of its current settings and reports bad values itself. So we send only what the user *set*: the server keeps
 * its own defaults and the flags given in `flutr.server.args` (e.g. `--model`) stay in force until a setting
 * overrides them.
 *
 * Naming rule, used to tell the two kinds apart: `flutr.<key>` (one level) is a server setting; deeper keys
 * (`flutr.server.path`, `flutr.ui.progress`, `flutr.trace.server`) belong to the extension and are never sent.
 */

const path = require('node:path');
const manifest = require('../package.json');

const SECTION = 'flutr';
const PROPERTIES = /** @type {Record<string, {default?: unknown}>} */ (manifest.contributes.configuration.properties);

/** Server setting keys (camelCase, without `flutr.`), in manifest order. */
const SERVER_SETTINGS = Object.keys(PROPERTIES)
  .map((name) => name.slice(SECTION.length + 1))
  .filter((key) => !key.includes('.'));

/** Settings that hold file paths: `~`, `${userHome}`, `${workspaceFolder}` are expanded, relative paths resolved. */
const PATH_SETTINGS = new Set(['modelPath', 'loraPath']);

/** Extension settings that only take effect when the server process is started again. */
const RESTART_SETTINGS = ['server.path', 'server.args', 'server.env', 'ui.progress'];

/** The defaults declared in package.json (they mirror ServerConfig; tests/test_editors.py checks that). */
function defaults() {
  /** @type {Record<string, unknown>} */
  const result = {};
  for (const key of SERVER_SETTINGS) {
    result[key] = PROPERTIES[`${SECTION}.${key}`].default;
  }
  return result;
}

/**
 * @typedef {object} Environment
 * @property {string} [home] the user's home directory
 * @property {string} [workspaceFolder] the first workspace folder (absolute path)
 */

/**
 * @param {string} value
 * @param {Environment} env
 */
function expandPath(value, env) {
  let result = substitute(value.trim(), env);
  if (result === '' || result.toLowerCase() === 'none') {
    return result; // '' = the server's default; 'none' = no adapter (loraPath), never a file in the workspace
  }
  if (env.home && (result === '~' || result.startsWith('~/') || result.startsWith('~\\'))) {
    result = env.home + result.slice(1);
  }
  if (env.workspaceFolder && !path.isAbsolute(result) && !result.startsWith('~')) {
    result = path.resolve(env.workspaceFolder, result);
  }
  return result;
}

/**
 * `${userHome}` and `${workspaceFolder}` in a command-line argument (left as they are when unknown).
 *
 * @param {string} value
 * @param {Environment} env
 */
function substitute(value, env) {
  let result = value;
  if (env.home) {
    result = result.replace(/\$\{userHome\}/g, env.home);
  }
  if (env.workspaceFolder) {
    result = result.replace(/\$\{workspaceFolder\}/g, env.workspaceFolder);
  }
  return result;
}

/**
 * The user's own value of a setting from VS Code's `WorkspaceConfiguration.inspect`, or undefined when only the
 * default applies. In an untrusted workspace a restricted setting is taken from user settings only.
 *
 * @param {{globalValue?: unknown, workspaceValue?: unknown, workspaceFolderValue?: unknown} | undefined} inspected
 * @param {{trusted?: boolean, restricted?: boolean}} [trust]
 */
function explicitValue(inspected, trust = {}) {
  if (!inspected) {
    return undefined;
  }
  if (trust.trusted === false && trust.restricted) {
    return inspected.globalValue;
  }
  for (const value of [inspected.workspaceFolderValue, inspected.workspaceValue, inspected.globalValue]) {
    if (value !== undefined) {
      return value;
    }
  }
  return undefined;
}

/**
 * The `initializationOptions` for flutr-lsp: the server settings the user set, camelCase, paths expanded.
 *
 * @param {(key: string) => unknown} read the user's value of `flutr.<key>`, undefined when not set
 * @param {Environment} [env]
 * @returns {Record<string, unknown>}
 */
function toInitializationOptions(read, env = {}) {
  /** @type {Record<string, unknown>} */
  const options = {};
  for (const key of SERVER_SETTINGS) {
    let value = read(key);
    if (value === undefined || value === null) {
      continue;
    }
    if (PATH_SETTINGS.has(key) && typeof value === 'string') {
      value = expandPath(value, env);
    }
    options[key] = value;
  }
  return options;
}

/**
 * The `settings` of `workspace/didChangeConfiguration` after a change: everything the user sets now, plus the
 * default of each setting the user no longer sets (the server keeps old values for keys it does not receive).
 *
 * @param {Record<string, unknown>} before what was last sent (initializationOptions or the previous change)
 * @param {Record<string, unknown>} after toInitializationOptions() now
 * @returns {Record<string, unknown>}
 */
function configurationChange(before, after) {
  const fallback = defaults();
  /** @type {Record<string, unknown>} */
  const settings = { ...after };
  for (const key of Object.keys(before)) {
    if (!(key in after) && key in fallback) {
      settings[key] = fallback[key];
    }
  }
  return settings;
}

/**
 * How to start the server: `flutr.server.path` with `flutr.server.args` and `flutr.server.env` (vscode-languageclient
 * appends `--stdio`, which flutr-lsp accepts).
 *
 * @param {(key: string) => unknown} read the value of `flutr.<key>` (defaults included)
 * @param {Environment} [env]
 * @returns {{command: string, args: string[], env: Record<string, string>}}
 */
function serverCommand(read, env = {}) {
  const configured = read('server.path');
  const command =
    typeof configured === 'string' && configured.trim() !== '' ? expandPath(configured, { home: env.home }) : 'flutr-lsp';
  const rawArgs = read('server.args');
  const args = Array.isArray(rawArgs) ? rawArgs.filter((a) => typeof a === 'string').map((a) => substitute(a, env)) : [];
  const rawEnv = read('server.env');
  /** @type {Record<string, string>} */
  const extraEnv = {};
  if (rawEnv && typeof rawEnv === 'object' && !Array.isArray(rawEnv)) {
    for (const [name, value] of Object.entries(rawEnv)) {
      if (typeof value === 'string') {
        extraEnv[name] = value;
      }
    }
  }
  return { command, args, env: extraEnv };
}

/**
 * Does a configuration change need a server restart (vs. a didChangeConfiguration)?
 *
 * @param {(section: string) => boolean} affects VS Code's `ConfigurationChangeEvent.affectsConfiguration`
 */
function restartNeeded(affects) {
  return RESTART_SETTINGS.some((key) => affects(`${SECTION}.${key}`));
}

module.exports = {
  SECTION,
  SERVER_SETTINGS,
  RESTART_SETTINGS,
  defaults,
  expandPath,
  explicitValue,
  toInitializationOptions,
  configurationChange,
  serverCommand,
  restartNeeded,
};
