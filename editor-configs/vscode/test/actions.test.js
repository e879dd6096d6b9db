// @ts-check
'use strict';
/** The "answer the comment under the cursor" helpers, on the shapes flutr-lsp (and other servers) return. */

const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const actions = require('../src/actions');

const data = { uri: 'file:///a.dart', line: 2, text: 'Sayacı artıran buton' };
const quickfix = { title: actions.ACTION_TITLE, kind: 'quickfix', data };
const rewrite = { title: actions.ACTION_TITLE, kind: 'refactor.rewrite', data };

describe('answerActionParams', () => {
  it('asks for flutr quickfixes at the cursor, invoked by the user', () => {
    assert.deepEqual(actions.answerActionParams('file:///a.dart', { line: 4, character: 7 }), {
      textDocument: { uri: 'file:///a.dart' },
      range: { start: { line: 4, character: 7 }, end: { line: 4, character: 7 } },
      context: { diagnostics: [], only: ['quickfix'], triggerKind: 1 },
    });
  });

  it('copies only line and character (VS Code positions carry methods)', () => {
    const position = { line: 1, character: 2, translate() {} };
    assert.deepEqual(actions.answerActionParams('u', position).range.start, { line: 1, character: 2 });
  });
});

describe('pickAnswerAction', () => {
  it('prefers the quickfix', () => {
    assert.equal(actions.pickAnswerAction([rewrite, quickfix]), quickfix);
  });

  it('takes the other kind when only it is offered', () => {
    assert.equal(actions.pickAnswerAction([rewrite]), rewrite);
  });

  it("ignores other servers' actions and bare Commands", () => {
    const dart = { title: 'Add missing import', kind: 'quickfix' };
    const bare = { title: actions.ACTION_TITLE, command: 'flutr.answerComment', arguments: [data] };
    assert.equal(actions.pickAnswerAction([dart, bare]), undefined);
    assert.equal(actions.pickAnswerAction([dart, bare, rewrite]), rewrite);
  });

  it('copes with empty and null results', () => {
    assert.equal(actions.pickAnswerAction([]), undefined);
    assert.equal(actions.pickAnswerAction(null), undefined);
    assert.equal(actions.pickAnswerAction(undefined), undefined);
  });
});

describe('nextStep', () => {
  it('applies an edit that is already there', () => {
    assert.equal(actions.nextStep({ ...quickfix, edit: { documentChanges: [] } }, true), 'apply');
  });

  it('resolves when the server can', () => {
    assert.equal(actions.nextStep(quickfix, true), 'resolve');
  });

  it('runs the command for clients without resolve', () => {
    const withCommand = { ...quickfix, command: { command: actions.SERVER_COMMAND, arguments: [data] } };
    assert.equal(actions.nextStep(withCommand, false), 'command');
    assert.equal(actions.nextStep(quickfix, false), 'none');
  });
});

describe('serverResolvesCodeActions', () => {
  it('reads resolveProvider from the initialize result', () => {
    assert.equal(actions.serverResolvesCodeActions({ capabilities: { codeActionProvider: { resolveProvider: true } } }), true);
    assert.equal(actions.serverResolvesCodeActions({ capabilities: { codeActionProvider: true } }), false);
    assert.equal(actions.serverResolvesCodeActions({ capabilities: {} }), false);
    assert.equal(actions.serverResolvesCodeActions(undefined), false);
  });
});
