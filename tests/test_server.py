"""The server's parts without a client: edit assembly, reload policy, messages, documents, progress, conversion.
The protocol itself is tested end to end in tests/e2e/test_protocol.py."""

from __future__ import annotations

import concurrent.futures
import dataclasses
from pathlib import Path
from typing import Any

import pytest
from lsprotocol import types

from flutr.answering import Answer, AnswerSettings
from flutr.backends.base import BackendError, CancelToken
from flutr.comments import CommentBlock, request_comment_at
from flutr.dart import find_syntax_errors
from flutr.edits import AnswerEdit, apply_insertions, comment_out, edit_for
from flutr.models import ModelError
from flutr.pipeline import BackendUnavailableError, GenerationSettings, ModelSpec
from lsp_server import convert, messages
from lsp_server.build_reporter import BuildReporter
from lsp_server.config import ANSWER_FIELDS, RELOAD_FIELDS, ServerConfig, needs_reload
from lsp_server.documents import ActionData, comment_again, small_regular_file
from lsp_server.progress import GenerationProgress
from lsp_server.server import FlutrServer, offered_kinds

STATE = "class _S {\n  void dispose() {\n    // Controller'ı serbest bırak\n    super.dispose();\n  }\n}\n"


def answer(code: str, imports: tuple[str, ...] = ()) -> Answer:
    return Answer(code, imports, True, None, 1)


def block_at(source: str, line: int) -> CommentBlock:
    block = request_comment_at(source, line)
    assert block is not None
    return block


# -- edit assembly (flutr.edits.edit_for) -------------------------------------------------------------------------
def test_an_answer_that_fits_goes_below_the_comment_with_its_missing_imports_first() -> None:
    source = "import 'package:flutter/material.dart';\n\n" + STATE
    block = block_at(source, 4)
    edit = edit_for(source, block, answer("_controller.dispose();", ("import 'dart:async';",)))
    assert edit.fits and edit.problem is None and edit.code == "_controller.dispose();"
    assert [i.line for i in edit.insertions] == [1, 4]  # imports first, after the last import
    result = apply_insertions(source, list(edit.insertions))
    assert result.startswith("import 'package:flutter/material.dart';\nimport 'dart:async';\n")
    assert "    // Controller'ı serbest bırak\n    _controller.dispose();\n    super.dispose();" in result
    assert not find_syntax_errors(result)


def test_imports_already_present_are_not_inserted_again() -> None:
    source = "import 'dart:async';\n" + STATE
    edit = edit_for(source, block_at(source, 3), answer("_controller.dispose();", ("import 'dart:async';",)))
    assert len(edit.insertions) == 1


def test_an_answer_that_would_break_the_file_goes_in_as_a_comment_with_the_reason() -> None:
    pasted = "class ChatField extends StatefulWidget {\n  const ChatField({super.key});\n}"
    edit = edit_for(STATE, block_at(STATE, 2), answer(pasted))
    assert not edit.fits and edit.problem and edit.code == comment_out(pasted)
    assert not find_syntax_errors(apply_insertions(STATE, list(edit.insertions)))


# -- reload policy: derived from where a setting is declared ------------------------------------------------------
def names(cls: type) -> set[str]:
    return {f.name for f in dataclasses.fields(cls)}


def test_model_settings_and_the_answerers_build_settings_reload_the_rest_do_not() -> None:
    assert names(ModelSpec) <= RELOAD_FIELDS
    assert {"retrieval_k", "retrieval_tokens"} <= RELOAD_FIELDS  # the retriever is built into the answerer
    assert {"max_tokens", "temperature"} <= ANSWER_FIELDS <= names(AnswerSettings)
    assert not ANSWER_FIELDS & RELOAD_FIELDS
    assert RELOAD_FIELDS | ANSWER_FIELDS == names(ModelSpec) | names(GenerationSettings)
    server_only = names(ServerConfig) - names(ModelSpec) - names(GenerationSettings)
    assert {"placement", "prefetch", "max_pending", "completion"} <= server_only
    base = ServerConfig()
    for name in server_only | ANSWER_FIELDS:
        changed = dataclasses.replace(base, **{name: not_default(getattr(base, name))})
        assert not needs_reload(base, changed), name
    for name in RELOAD_FIELDS:
        changed = dataclasses.replace(base, **{name: not_default(getattr(base, name))})
        assert needs_reload(base, changed), name


def not_default(value: Any) -> Any:
    if isinstance(value, bool):
        return not value
    if isinstance(value, int | float):
        return value + 1
    return f"{value}x"


class FakeHost:
    def __init__(self) -> None:
        self.loaded: list[ServerConfig] = []
        self.updated: list[ServerConfig] = []
        self.loading = False

    def load(self, config: ServerConfig, progress: Any = None) -> concurrent.futures.Future[Any]:
        self.loaded.append(config)
        return concurrent.futures.Future()

    def update_settings(self, config: ServerConfig) -> None:
        self.updated.append(config)


def test_a_settings_change_reloads_the_model_only_when_it_needs_to() -> None:
    host = FakeHost()
    server = FlutrServer(ServerConfig(model_path="a.gguf"), host)  # type: ignore[arg-type]
    server.apply_config({"maxTokens": 200, "prefetch": False})
    assert not host.loaded and host.updated[-1].max_tokens == 200 and not host.updated[-1].prefetch
    server.apply_config({"retrievalK": 3})
    assert len(host.loaded) == 1 and host.loaded[0].retrieval_k == 3
    server.apply_config({"modelPath": "b.gguf"})
    assert len(host.loaded) == 2 and host.loaded[1].model_path == "b.gguf"
    server.apply_config({"modelPath": "c.gguf"}, reload=False)
    assert len(host.loaded) == 2 and server.config.model_path == "c.gguf"


# -- messages -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("exc", "kind", "text"),
    [
        (BackendUnavailableError("down", None), types.MessageType.Warning, "server unreachable — down"),  # type: ignore[arg-type]
        (ModelError("bad file"), types.MessageType.Error, "could not be loaded — bad file"),
        (BackendError("oom"), types.MessageType.Error, "could not be loaded — oom"),
        (RuntimeError("boom"), types.MessageType.Error, "could not be loaded — RuntimeError: boom"),
    ],
)
def test_load_failures_are_told_by_kind(exc: BaseException, kind: types.MessageType, text: str) -> None:
    message, shown_kind = messages.load_failure(exc)
    assert shown_kind == kind and message.endswith(text) and message.startswith("flutr: ")


def test_user_messages_are_bilingual() -> None:
    for message in (
        messages.COMMENT_NOT_FOUND,
        messages.COMMENT_CHANGED,
        messages.NOT_FITTING_MESSAGE,
        messages.BUILD_FAILED,
        messages.BUILD_STARTED,
        messages.queue_full("8"),
        messages.model_unavailable("x"),
        messages.no_code("empty"),
        messages.unknown_setting("foo"),
    ):
        assert " / " in message or "(" in message, message


# -- documents ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (({"uri": "file:///a.dart", "line": 2, "text": "t"},), ActionData("file:///a.dart", 2, "t")),
        (([{"uri": "file:///a.dart", "line": "2", "text": "t"}],), ActionData("file:///a.dart", 2, "t")),
        (({"uri": "file:///a.dart"},), None),
        ((), None),
        (([],), None),
    ],
)
def test_command_arguments(args: tuple[Any, ...], expected: ActionData | None) -> None:
    assert ActionData.from_command(args) == expected


def test_a_listed_comment_is_found_again_where_it_moved() -> None:
    block = block_at(STATE, 2)
    data = ActionData("file:///a.dart", block.start_line, block.text)
    moved = "// a new first line\n" + STATE
    again = comment_again(moved, data)
    assert again is not None and again.start_line == 3
    assert comment_again(STATE.replace("serbest bırak", "kapat"), data) is None


def test_only_small_regular_files_are_read_from_disk(tmp_path: Path) -> None:
    file = tmp_path / "a.dart"
    file.write_text("void main() {}\n")
    assert small_regular_file(str(file))
    assert not small_regular_file(str(tmp_path))
    assert not small_regular_file(str(tmp_path / "missing.dart"))
    assert not small_regular_file("/dev/zero")


def test_offered_kinds() -> None:
    assert offered_kinds(None) == [types.CodeActionKind.QuickFix]
    assert offered_kinds(["refactor"]) == [types.CodeActionKind.RefactorRewrite]
    assert offered_kinds(["quickfix", "refactor.rewrite"]) == [
        types.CodeActionKind.QuickFix,
        types.CodeActionKind.RefactorRewrite,
    ]


# -- progress -----------------------------------------------------------------------------------------------------
class FakeTracked:
    def __init__(self) -> None:
        self.cancel = False

    def cancelled(self) -> bool:
        return self.cancel


class FakeWorkDone:
    def __init__(self) -> None:
        self.tokens: dict[str, FakeTracked] = {"t": FakeTracked()}
        self.sent: list[tuple[str, Any]] = []

    def report(self, token: str, value: Any) -> None:
        self.sent.append((token, value))

    def end(self, token: str, value: Any) -> None:
        self.sent.append((token, value))


class FakeServer:
    def __init__(self) -> None:
        self.work_done_progress = FakeWorkDone()
        self.calls: list[tuple[Any, ...]] = []

    def call_soon(self, callback: Any, *args: Any) -> None:
        callback(*args)

    def show(self, message: str, kind: types.MessageType = types.MessageType.Error) -> None:
        self.calls.append(("show", message, kind))


def test_generation_progress_reports_the_first_and_every_16th_token_and_hears_cancel() -> None:
    server = FakeServer()
    cancel = CancelToken()
    progress = GenerationProgress(server, "t", cancel)  # type: ignore[arg-type]
    for _ in range(32):
        progress.on_token("x")
    assert [value.message for _, value in server.work_done_progress.sent] == ["1 token", "16 token", "32 token"]
    assert not cancel.cancelled
    server.work_done_progress.tokens["t"].cancel = True
    progress.on_token("x")
    assert cancel.cancelled
    progress.end()
    assert server.work_done_progress.sent[-1][1].message == messages.PROGRESS_DONE


def test_without_a_progress_token_tokens_are_only_counted() -> None:
    server = FakeServer()
    progress = GenerationProgress(server, None, CancelToken())  # type: ignore[arg-type]
    progress.on_token("x")
    progress.end()
    assert not server.work_done_progress.sent and not server.calls


def test_a_failed_fast_model_build_is_a_warning() -> None:
    server = FakeServer()
    BuildReporter(server)("failed", 0, 0)  # type: ignore[arg-type]
    assert server.calls == [("show", messages.BUILD_FAILED, types.MessageType.Warning)]


# -- conversion ---------------------------------------------------------------------------------------------------
def test_completions_replace_the_blank_line_after_the_comment_with_the_reindented_code() -> None:
    block = block_at(STATE, 2)
    edit = AnswerEdit("if (x) {\n  y();\n}", ())
    items = convert.completion_list(edit, block, 3, "   ").items
    assert len(items) == 1 and items[0].label == messages.COMPLETION_LABEL
    text_edit = items[0].text_edit
    assert isinstance(text_edit, types.TextEdit) and text_edit.new_text == "    if (x) {\n      y();\n    }"
    assert text_edit.range.start.line == 3 and text_edit.range.end.character == 3
    inline = convert.inline_completion_list(edit, block, 3, "   ").items
    assert inline[0].insert_text == text_edit.new_text and inline[0].range == text_edit.range
