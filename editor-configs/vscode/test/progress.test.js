// @ts-check
'use strict';
/** The notification progress feature, driven with a fake client and a fake `window.withProgress`. */

const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { NotificationProgressFeature } = require('../src/progress');

function fakeClient() {
  /** @type {Map<string, (params: any) => any>} */
  const requests = new Map();
  /** @type {Map<string | number, (value: any) => void>} */
  const progress = new Map();
  /** @type {{method: string, params: any}[]} */
  const sent = [];
  return {
    requests,
    progress,
    sent,
    /** @param {any} type @param {(params: any) => any} handler */
    onRequest(type, handler) {
      requests.set(type.method, handler);
      return { dispose: () => requests.delete(type.method) };
    },
    /** @param {any} _type @param {string | number} token @param {(value: any) => void} handler */
    onProgress(_type, token, handler) {
      progress.set(token, handler);
      return { dispose: () => progress.delete(token) };
    },
    /** @param {any} type @param {any} params */
    sendNotification(type, params) {
      sent.push({ method: type.method, params });
    },
  };
}

function fakeUi() {
  /** @type {{title: string, cancellable: boolean, messages: (string | undefined)[], cancel?: () => void, done: boolean}[]} */
  const shown = [];
  return {
    shown,
    /**
     * @param {{title: string, cancellable: boolean}} options
     * @param {(progress: any, cancel: any) => Promise<void>} task
     */
    withProgress(options, task) {
      /** @type {(typeof shown)[number]} */
      const entry = { ...options, messages: [], done: false };
      shown.push(entry);
      const promise = task(
        { report: (/** @type {{message?: string}} */ value) => entry.messages.push(value.message) },
        { onCancellationRequested: (/** @type {() => void} */ listener) => (entry.cancel = listener) },
      );
      void promise.then(() => (entry.done = true));
      return promise;
    },
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('NotificationProgressFeature', () => {
  it('declares workDoneProgress and takes over window/workDoneProgress/create', () => {
    const client = fakeClient();
    const feature = new NotificationProgressFeature(client, fakeUi());
    /** @type {any} */
    const capabilities = {};
    feature.fillClientCapabilities(capabilities);
    assert.equal(capabilities.window.workDoneProgress, true);
    feature.initialize();
    assert.ok(client.requests.has('window/workDoneProgress/create'));
    assert.deepEqual(feature.getState(), { kind: 'static' });
  });

  it('shows begin and report messages and closes on end', async () => {
    const client = fakeClient();
    const ui = fakeUi();
    const feature = new NotificationProgressFeature(client, ui);
    feature.initialize();
    assert.equal(client.requests.get('window/workDoneProgress/create')?.({ token: 'flutr-1' }), null);
    const send = client.progress.get('flutr-1');
    assert.ok(send);
    send({ kind: 'begin', title: 'flutr: kod üretiliyor', message: 'Sayacı artıran buton', cancellable: true });
    send({ kind: 'report', message: '16 token' });
    send({ kind: 'report', message: '32 token' });
    send({ kind: 'end', message: 'bitti' });
    await tick();
    assert.equal(ui.shown.length, 1);
    assert.equal(ui.shown[0].title, 'flutr: kod üretiliyor');
    assert.equal(ui.shown[0].cancellable, true);
    assert.deepEqual(ui.shown[0].messages, ['Sayacı artıran buton', '16 token', '32 token']);
    assert.equal(ui.shown[0].done, true);
    assert.equal(client.progress.size, 0, 'the progress handler is disposed at end');
    assert.equal(feature.active.size, 0);
  });

  it('sends window/workDoneProgress/cancel when the user presses Cancel', () => {
    const client = fakeClient();
    const ui = fakeUi();
    const feature = new NotificationProgressFeature(client, ui);
    feature.initialize();
    client.requests.get('window/workDoneProgress/create')?.({ token: 7 });
    client.progress.get(7)?.({ kind: 'begin', title: 'flutr', cancellable: true });
    ui.shown[0].cancel?.();
    assert.deepEqual(client.sent, [{ method: 'window/workDoneProgress/cancel', params: { token: 7 } }]);
  });

  it('closes what is open when the client stops', async () => {
    const client = fakeClient();
    const ui = fakeUi();
    const feature = new NotificationProgressFeature(client, ui);
    feature.initialize();
    client.requests.get('window/workDoneProgress/create')?.({ token: 'a' });
    client.progress.get('a')?.({ kind: 'begin', title: 'flutr' });
    feature.clear();
    await tick();
    assert.equal(ui.shown[0].done, true);
    assert.equal(client.progress.size, 0);
  });

  it('shows nothing for a token that ends before it begins', () => {
    const client = fakeClient();
    const ui = fakeUi();
    const feature = new NotificationProgressFeature(client, ui);
    feature.initialize();
    client.requests.get('window/workDoneProgress/create')?.({ token: 'b' });
    client.progress.get('b')?.({ kind: 'end' });
    assert.equal(ui.shown.length, 0);
  });
});
