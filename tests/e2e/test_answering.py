"""End-to-end: the real flutr-lsp process, a real client (pytest-lsp) and the small tier's real Qwen model (the 1.5B
is measured in benchmarks/, not here: CI stays fast)."""

from __future__ import annotations

from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import LanguageClient

from flutr.comments import find_request_comments
from lsp_server.demo import client_capabilities
from tests.e2e.helpers import (
    assert_parses,
    doc_uri,
    list_actions,
    open_doc,
    resolve_and_apply,
    server_config,
    start,
)

pytestmark = [pytest.mark.e2e]
SMALL = {"model": "small"}  # the tier a machine without the 1.5B (or with < 2 cores / 8 GiB) gets

DOC = """import 'package:flutter/material.dart';

// Bir ListView içinde liste elemanlarını aşağı çekerek nasıl yenileyebilirim?
"""


@pytest_lsp.fixture(config=server_config())
async def client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(
        types.InitializeParams(capabilities=client_capabilities(), initialization_options=SMALL)
    )
    yield
    await lsp_client.shutdown_session()


async def test_small_tier_answers_turkish_comment_with_parsing_dart(client: LanguageClient, tmp_path: Path):
    uri = doc_uri(tmp_path)
    open_doc(client, uri, DOC)
    actions = await list_actions(client, uri, 2)
    assert [(a.title, a.kind) for a in actions] == [("flutr: Bu yoruma kod üret", types.CodeActionKind.QuickFix)]
    assert all(a.edit is None for a in actions), "listing must not generate"
    refactor = await list_actions(client, uri, 2, only=[types.CodeActionKind.Refactor])
    assert [a.kind for a in refactor] == [types.CodeActionKind.RefactorRewrite]  # still reachable by `only`
    both = await list_actions(
        client, uri, 2, only=[types.CodeActionKind.QuickFix, types.CodeActionKind.RefactorRewrite]
    )
    assert [a.kind for a in both] == [types.CodeActionKind.QuickFix, types.CodeActionKind.RefactorRewrite]

    result = await resolve_and_apply(client, actions[0], DOC)

    before, after = DOC.split("\n"), result.split("\n")
    assert after[:3] == before[:3], "the comment and lines above it are untouched"
    generated = "\n".join(after[3:])
    assert "```" not in generated and generated.strip()
    assert_parses(result)
    # progress: begin ... end, cancellable
    reports = [r for rs in client.progress_reports.values() for r in rs]
    assert isinstance(reports[0], types.WorkDoneProgressBegin) and reports[0].cancellable
    assert isinstance(reports[-1], types.WorkDoneProgressEnd)


DISPOSE = """import 'package:flutter/material.dart';

class Arama extends StatefulWidget {
  const Arama({super.key});

  @override
  State<Arama> createState() => _AramaState();
}

class _AramaState extends State<Arama> {
  final _controller = TextEditingController();

  @override
  void dispose() {
    // Controller'ı serbest bırak
    super.dispose();
  }

  @override
  Widget build(BuildContext context) => TextField(controller: _controller);
}
"""


async def test_comment_inside_dispose_gets_the_statement_that_belongs_there(client: LanguageClient, tmp_path: Path):
    """The default model fills in the middle of ``dispose()``: one statement that uses the file's controller,
    not a new class (the answer the server gave before it knew where the comment stands)."""
    lines = await _answer_in_dispose(client, tmp_path)
    assert lines[15] == "    _controller.dispose();"
    assert lines[16:] == DISPOSE.split("\n")[15:]


async def _answer_in_dispose(client: LanguageClient, tmp_path: Path) -> list[str]:
    """The lines of ``DISPOSE`` after the server's answer to its comment is applied: the file parses and the lines
    down to the comment are untouched."""
    uri = doc_uri(tmp_path, "arama.dart")
    open_doc(client, uri, DISPOSE)
    (action, *_) = await list_actions(client, uri, 14)
    result = await resolve_and_apply(client, action, DISPOSE)
    assert_parses(result)
    lines = result.split("\n")
    assert lines[:15] == DISPOSE.split("\n")[:15]
    return lines


async def test_review_inside_dispose_through_the_server_keeps_a_statement_that_fits(tmp_path: Path):
    """``checkApi: review`` with the real model: both candidates are made (and scored where they differ), and what
    is offered is still a statement for ``dispose()`` on the file's controller, the file parsing."""
    client = await start(server_config(), {**SMALL, "checkApi": "review"})
    try:
        lines = await _answer_in_dispose(client, tmp_path)
        assert lines[-7:] == DISPOSE.split("\n")[-7:]
        inserted = lines[15 : len(lines) - len(DISPOSE.split("\n")) + 15]
        assert inserted and all(line.startswith("    ") for line in inserted)
        assert "_controller" in "\n".join(inserted) and "class " not in "\n".join(inserted)
    finally:
        await client.shutdown_session()


async def test_demo_example_file_is_answered(tmp_path: Path):
    """README command 1 in miniature: the example file through the demo client."""
    from lsp_server.demo import EXAMPLE, run_demo

    result = await run_demo(EXAMPLE, options=SMALL)
    original = EXAMPLE.read_text(encoding="utf-8")
    assert result.startswith(original.rstrip("\n"))
    assert len(result) > len(original) + 40
    assert_parses(result)
    assert find_request_comments(result)[0].text.startswith("Bir ListView")


async def test_completion_on_line_after_comment(tmp_path: Path):
    client = await start(server_config(), {**SMALL, "maxTokens": 200})
    try:
        uri = doc_uri(tmp_path)
        text = "// İki sayı alıp toplamını döndüren bir Dart fonksiyonu yaz\n\n"
        open_doc(client, uri, text)
        result = await client.text_document_completion_async(
            types.CompletionParams(
                text_document=types.TextDocumentIdentifier(uri=uri),
                position=types.Position(line=1, character=0),
            )
        )
        items = result.items if isinstance(result, types.CompletionList) else result
        assert items and items[0].label == "flutr: yorumun kodu"
        edit = items[0].text_edit
        assert isinstance(edit, types.TextEdit) and edit.range.start.line == 1
        assert_parses(edit.new_text)
        inline = await client.text_document_inline_completion_async(
            types.InlineCompletionParams(
                text_document=types.TextDocumentIdentifier(uri=uri),
                position=types.Position(line=1, character=0),
                context=types.InlineCompletionContext(trigger_kind=types.InlineCompletionTriggerKind.Invoked),
            )
        )
        assert inline is not None
        items = inline.items if isinstance(inline, types.InlineCompletionList) else inline
        assert items[0].insert_text == edit.new_text  # same (cached) answer
    finally:
        await client.shutdown_session()
