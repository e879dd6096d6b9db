// @ts-check
'use strict';
/** settings → initializationOptions / didChangeConfiguration / server command: the pure mapping. */

const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const manifest = require('../package.json');
const settings = require('../src/settings');

const ENV = { home: '/home/ayse', workspaceFolder: '/home/ayse/uygulama' };
const PROPERTIES = /** @type {Record<string, any>} */ (manifest.contributes.configuration.properties);

/** @param {Record<string, unknown>} values */
const reader = (values) => (/** @type {string} */ key) => values[key];

describe('toInitializationOptions', () => {
  it('sends nothing when the user set nothing (the server keeps its defaults and CLI flags)', () => {
    assert.deepEqual(settings.toInitializationOptions(reader({}), ENV), {});
  });

  it('maps every server setting to its camelCase key, unchanged', () => {
    const values = {
      backend: 'openai',
      baseUrl: 'http://localhost:9000/v1',
      apiModel: 'qwen',
      requestTimeout: 30,
      maxTokens: 200,
      temperature: 0.3,
      contextLines: 12,
      retrievalK: 2,
      hintDiagnostics: true,
      completion: false,
      nCtx: 8192,
      threads: 4,
      promptLookupTokens: 10,
      maxPending: 3,
    };
    assert.deepEqual(settings.toInitializationOptions(reader(values), ENV), values);
  });

  it('covers every flutr.<key> setting of package.json and nothing else', () => {
    const all = Object.fromEntries(settings.SERVER_SETTINGS.map((key) => [key, PROPERTIES[`flutr.${key}`].default]));
    const options = settings.toInitializationOptions(reader(all), ENV);
    assert.deepEqual(Object.keys(options).sort(), [...settings.SERVER_SETTINGS].sort());
    for (const name of Object.keys(PROPERTIES)) {
      const key = name.slice('flutr.'.length);
      assert.equal(key in options, !key.includes('.'), name);
    }
    assert.ok(settings.SERVER_SETTINGS.includes('modelPath'));
    assert.ok(settings.SERVER_SETTINGS.includes('hintDiagnostics'));
  });

  it('never sends extension-only settings', () => {
    const options = settings.toInitializationOptions(
      reader({ 'server.path': '/x/flutr-lsp', 'server.args': ['--log-file', 'a'], 'ui.progress': 'statusBar', 'trace.server': 'verbose' }),
      ENV,
    );
    assert.deepEqual(options, {});
  });

  it('skips null and undefined, keeps falsy real values', () => {
    const options = settings.toInitializationOptions(
      reader({ modelPath: null, loraPath: undefined, temperature: 0, completion: false, apiModel: '' }),
      ENV,
    );
    assert.deepEqual(options, { temperature: 0, completion: false, apiModel: '' });
  });

  for (const [given, expected] of [
    ['', ''],
    ['   ', ''],
    ['none', 'none'],
    ['~/modeller/qwen.gguf', '/home/ayse/modeller/qwen.gguf'],
    ['~', '/home/ayse'],
    ['${userHome}/m.gguf', '/home/ayse/m.gguf'],
    ['${workspaceFolder}/models/m.gguf', '/home/ayse/uygulama/models/m.gguf'],
    ['models/m.gguf', '/home/ayse/uygulama/models/m.gguf'],
    ['./adapter.gguf', '/home/ayse/uygulama/adapter.gguf'],
    ['/opt/m.gguf', '/opt/m.gguf'],
    ['  /opt/boşluklu yol/m.gguf  ', '/opt/boşluklu yol/m.gguf'],
  ]) {
    it(`expands the model path ${JSON.stringify(given)}`, () => {
      assert.deepEqual(settings.toInitializationOptions(reader({ modelPath: given, loraPath: given }), ENV), {
        modelPath: expected,
        loraPath: expected,
      });
    });
  }

  it('leaves relative paths alone without a workspace folder (the server resolves them)', () => {
    assert.deepEqual(settings.toInitializationOptions(reader({ modelPath: 'm.gguf' }), { home: '/h' }), { modelPath: 'm.gguf' });
  });

  it('passes wrong types through: the server reports them and keeps its default', () => {
    assert.deepEqual(settings.toInitializationOptions(reader({ maxTokens: 'çok' }), ENV), { maxTokens: 'çok' });
  });
});

describe('explicitValue (VS Code inspect → the user value)', () => {
  it('is undefined when only the default applies', () => {
    assert.equal(settings.explicitValue({ globalValue: undefined }), undefined);
    assert.equal(settings.explicitValue(undefined), undefined);
  });

  it('prefers folder over workspace over user settings', () => {
    assert.equal(settings.explicitValue({ globalValue: 1, workspaceValue: 2, workspaceFolderValue: 3 }), 3);
    assert.equal(settings.explicitValue({ globalValue: 1, workspaceValue: 2 }), 2);
    assert.equal(settings.explicitValue({ globalValue: 1 }), 1);
  });

  it('takes restricted settings from user settings only in an untrusted workspace', () => {
    const inspected = { globalValue: 'http://127.0.0.1:8080/v1', workspaceValue: 'http://kötü.example/v1' };
    assert.equal(settings.explicitValue(inspected, { trusted: false, restricted: true }), 'http://127.0.0.1:8080/v1');
    assert.equal(settings.explicitValue(inspected, { trusted: true, restricted: true }), 'http://kötü.example/v1');
    assert.equal(settings.explicitValue(inspected, { trusted: false, restricted: false }), 'http://kötü.example/v1');
  });

  it('restricts the settings that point at files or send code elsewhere', () => {
    const restricted = manifest.capabilities.untrustedWorkspaces.restrictedConfigurations;
    for (const name of ['flutr.modelPath', 'flutr.loraPath', 'flutr.backend', 'flutr.baseUrl']) {
      assert.ok(restricted.includes(name), name);
    }
    for (const name of ['flutr.server.path', 'flutr.server.args', 'flutr.server.env']) {
      assert.equal(PROPERTIES[name].scope, 'machine', `${name} must not be settable by a workspace`);
    }
  });
});

describe('configurationChange', () => {
  it('sends what is set now', () => {
    assert.deepEqual(settings.configurationChange({}, { maxTokens: 100 }), { maxTokens: 100 });
  });

  it('sends the default for a setting the user removed', () => {
    assert.deepEqual(settings.configurationChange({ maxTokens: 100, hintDiagnostics: true }, { maxTokens: 100 }), {
      maxTokens: 100,
      hintDiagnostics: false,
    });
    assert.deepEqual(settings.configurationChange({ modelPath: '/m.gguf', temperature: 0.5 }, {}), {
      modelPath: '',
      temperature: 0,
    });
  });

  it('defaults mirror package.json', () => {
    const defaults = settings.defaults();
    assert.equal(defaults.maxTokens, 384);
    assert.equal(defaults.completion, true);
    assert.equal(defaults.backend, 'llamacpp');
    assert.deepEqual(Object.keys(defaults), settings.SERVER_SETTINGS);
  });
});

describe('serverCommand', () => {
  it('defaults to flutr-lsp on PATH with no extra arguments', () => {
    assert.deepEqual(settings.serverCommand(reader({}), ENV), { command: 'flutr-lsp', args: [], env: {} });
    assert.deepEqual(settings.serverCommand(reader({ 'server.path': '  ' }), ENV).command, 'flutr-lsp');
  });

  it('expands ~ in the command and variables in the arguments', () => {
    const server = settings.serverCommand(
      reader({
        'server.path': '~/flutr/.venv/bin/flutr-lsp',
        'server.args': ['--model', '${workspaceFolder}/m.gguf', '--log-file', '${userHome}/flutr.log', 3],
        'server.env': { FLUTR_API_KEY: 'anahtar', BAD: 1 },
      }),
      ENV,
    );
    assert.deepEqual(server, {
      command: path.join('/home/ayse', 'flutr/.venv/bin/flutr-lsp'),
      args: ['--model', '/home/ayse/uygulama/m.gguf', '--log-file', '/home/ayse/flutr.log'],
      env: { FLUTR_API_KEY: 'anahtar' },
    });
  });

  it('does not resolve a bare command against the workspace (it is looked up on PATH)', () => {
    assert.equal(settings.serverCommand(reader({ 'server.path': 'flutr-lsp' }), ENV).command, 'flutr-lsp');
  });
});

describe('restartNeeded', () => {
  /** @param {string[]} changed */
  const affects = (changed) => (/** @type {string} */ section) => changed.some((c) => c === section || c.startsWith(`${section}.`));

  it('restarts for the server command and the progress UI', () => {
    for (const changed of ['flutr.server.path', 'flutr.server.args', 'flutr.server.env', 'flutr.ui.progress']) {
      assert.equal(settings.restartNeeded(affects([changed])), true, changed);
    }
  });

  it('does not restart for server settings (they go by didChangeConfiguration)', () => {
    assert.equal(settings.restartNeeded(affects(['flutr.modelPath', 'flutr.maxTokens', 'flutr.trace.server'])), false);
  });
});
