"""What flutr doubts in the code it offers (flutr.doubts): the same checks that choose between two candidates inside
code, each with its line and reason, told to the user through the server's messages and completion items."""

from __future__ import annotations

import pytest
from lsprotocol import types

from flutr.answering import Answer
from flutr.comments import request_comment_at
from flutr.doubts import Doubt, check_doubts, doubts, first_code_line, kind_in_turkish
from flutr.edits import AnswerEdit, apply_insertions, edit_for
from flutr.in_place import rejected_in_file
from lsp_server import convert, messages

FILE = """import 'package:flutter/material.dart';

class _S extends State<W> {
  final _controller = TextEditingController();

  @override
  void dispose() {
    // {comment}
    super.dispose();
  }
}
"""
COMMENT_LINE = 7


def _at(comment: str = "Controller'ı serbest bırak"):  # type: ignore[no-untyped-def]
    source = FILE.replace("{comment}", comment)
    block = request_comment_at(source, COMMENT_LINE)
    assert block is not None
    return source, block


def test_code_that_passes_every_check_has_no_doubt() -> None:
    source, block = _at()
    assert doubts(source, block, "_controller.dispose();") == ()
    assert doubts(source, block, "") == ()


@pytest.mark.parametrize(
    ("code", "line"),
    [("_controller.disposeAll();", 0), ("_controller.clear();\n_controller.release();\n_controller.dispose();", 1)],
)
def test_a_member_the_class_does_not_have_is_doubted_on_its_line(code: str, line: int) -> None:
    source, block = _at()
    (doubt,) = doubts(source, block, code)
    assert (doubt.kind, doubt.line) == ("unknown-member", line)
    assert "TextEditingController has no member" in doubt.detail
    # in the file, the inserted code starts on the line after the comment (0-based COMMENT_LINE + 1)
    assert doubt.describe(COMMENT_LINE + 1).startswith(f"satır {COMMENT_LINE + 2 + line}: böyle bir API yok / ")
    assert doubt.describe().startswith(f"satır {line + 1}: ")


def test_a_value_the_comment_states_and_the_code_leaves_out_is_doubted() -> None:
    source, block = _at("300 ms bekleyip controller'ı serbest bırak")
    assert doubts(source, block, "_controller.dispose();") == (Doubt("stated-value", "300"),)
    assert doubts(source, block, "// 300 ms\n_controller.dispose();") == (Doubt("stated-value", "300"),)
    said = "Future<void>.delayed(const Duration(milliseconds: 300), _controller.dispose);"
    assert doubts(source, block, said) == ()
    awaited = "await Future<void>.delayed(const Duration(milliseconds: 300));"  # dispose() is not async
    assert [d.kind for d in doubts(source, block, awaited)] == ["await-outside-async"]
    said_not = "yorumdaki '300' kodda yok / the comment's '300' is not in the code"
    assert Doubt("stated-value", "300").describe() == said_not


def test_a_middle_that_writes_the_comment_again_and_again_is_doubted() -> None:
    source, block = _at()
    echo = "// Controller'ı serbest bırak\n// Controller'ı serbest bırak\n_controller.dispose();"
    assert [d.kind for d in doubts(source, block, echo)] == ["echo"]
    assert doubts(source, block, "// Controller'ı serbest bırak\n_controller.dispose();") == ()


@pytest.mark.parametrize(
    "code",
    ["_controller.dispose();", "_controller.disposeAll();", "// Controller'ı serbest bırak\n" * 2 + "x();", "y();"],
)
def test_the_warning_and_the_choice_between_candidates_are_one_rule(code: str) -> None:
    """A middle that fits the file is rejected by the selection exactly when it has a check doubt."""
    source, block = _at()
    answer = Answer(code, (), True, None, 1)
    assert rejected_in_file(answer, source, block) == bool(check_doubts(source, block, code))


def test_the_first_code_line_counts_the_imports_inserted_above() -> None:
    source, block = _at()
    plain = edit_for(source, block, Answer("_controller.dispose();", (), True, None, 1))
    assert first_code_line(plain, block) == COMMENT_LINE + 1
    imports = ("import 'dart:async';", "import 'dart:math';")
    with_imports = edit_for(source, block, Answer("_controller.disposeAll();", imports, True, None, 1))
    line = first_code_line(with_imports, block)
    assert line == COMMENT_LINE + 3
    edited = apply_insertions(source, list(with_imports.insertions)).split("\n")
    assert edited[line].strip() == "_controller.disposeAll();"


def test_kinds_are_named_in_turkish_with_a_fallback() -> None:
    assert kind_in_turkish("unknown-named-argument") == "böyle bir API yok"
    assert kind_in_turkish("nullable-argument") == "null olabilecek değer"
    assert kind_in_turkish("callback-arity") == "geri çağırma imzası uymuyor"
    assert kind_in_turkish("context-above-app") == "şüpheli kod"


def test_the_message_and_the_completion_item_carry_every_doubt() -> None:
    source, block = _at("300 ms bekleyip controller'ı serbest bırak")
    code = "_controller.disposeAll();"
    found = doubts(source, block, code)
    assert [d.kind for d in found] == ["unknown-member", "stated-value"]
    text = messages.doubtful(found, COMMENT_LINE + 1)
    assert text.startswith("flutr: eklenen kodu kontrol edin / check the inserted code — ")
    assert f"satır {COMMENT_LINE + 2}: böyle bir API yok" in text and "yorumdaki '300' kodda yok" in text
    item = convert.completion_list(AnswerEdit(code, ()), block, COMMENT_LINE + 1, "", text).items[0]
    assert item.documentation == text
    assert convert.completion_list(AnswerEdit(code, ()), block, COMMENT_LINE + 1, "").items[0].documentation is None
    # ghost text: the command the client runs after accepting it carries the same message
    shown = types.Command(title=messages.DOUBTS_TITLE, command="flutr.showDoubts", arguments=[text])
    inline = convert.inline_completion_list(AnswerEdit(code, ()), block, COMMENT_LINE + 1, "", after_insert=shown)
    assert inline.items[0].command == shown
    assert convert.inline_completion_list(AnswerEdit(code, ()), block, COMMENT_LINE + 1, "").items[0].command is None


def test_a_name_the_comment_gives_in_a_file_importing_the_apps_code_is_no_doubt_as_for_the_judge() -> None:
    source, block = _at("syncService'i kapatıp bağlantıyı serbest bırak")
    assert [d.kind for d in check_doubts(source, block, "syncService.close();")] == ["undefined-name"]
    with_app = "import 'package:market/services/sync.dart';\n" + source
    block_in_app = request_comment_at(with_app, COMMENT_LINE + 1)
    assert block_in_app is not None
    assert check_doubts(with_app, block_in_app, "syncService.close();") == ()
    assert [d.kind for d in check_doubts(with_app, block_in_app, "otherService.close();")] == ["undefined-name"]
