"""Requests for a comment where it stands (flutr.in_place): the mechanism by position, and training texts that are
exactly what the server sends."""

from __future__ import annotations

from flutr.comments import find_request_comments
from flutr.in_context import with_code
from flutr.in_place import in_context_training_text, mechanism_for, request_for
from flutr.infill import FIM_END, FIM_MIDDLE, FIM_PREFIX, FIM_SUFFIX, infill_prompt
from flutr.position import position_of
from flutr.prompting import build_messages, format_training_example, render_prompt

FILE = """import 'package:flutter/material.dart';

// Ortada duran bir yazı gösteren widget yaz

class _S extends State<S> {
  final _controller = TextEditingController();

  @override
  void dispose() {
    // Controller'ı serbest bırak
    super.dispose();
  }
}
"""


def _blocks():
    top, inside = find_request_comments(FILE)
    return top, inside


def test_auto_asks_standalone_at_top_level_and_fills_in_the_middle_inside_code() -> None:
    top, inside = _blocks()
    assert request_for(FILE, top).mechanism == "standalone"
    request = request_for(FILE, inside)
    assert (request.mechanism, request.block, request.source) == ("fim", inside, FILE)
    assert request_for(FILE, inside, placement="instruct").mechanism == "instruct"
    assert request_for(FILE, inside, placement="standalone").block is None
    assert mechanism_for("auto", position_of(FILE, top)) == "standalone"


def test_fim_training_text_is_the_served_prompt_and_rebuilds_the_file() -> None:
    _, inside = _blocks()
    text = in_context_training_text(FILE, inside, "_controller.dispose();")
    assert text.prompt == infill_prompt(FILE, inside, position="statements").text
    assert text.completion == "_controller.dispose();" + FIM_END
    before, after = text.prompt[len(FIM_PREFIX) : -len(FIM_MIDDLE)].split(FIM_SUFFIX)
    rebuilt = before + text.completion[: -len(FIM_END)] + after
    assert rebuilt == with_code(FILE, inside, "_controller.dispose();")[0]


def test_standalone_training_text_is_the_chat_prompt_of_the_question() -> None:
    top, _ = _blocks()
    text = in_context_training_text(FILE, top, "class A {}", context_lines=0)
    assert text == format_training_example(top.text, "class A {}")
    assert text.prompt == render_prompt(build_messages(top.text))


def test_instruct_training_text_carries_the_position_note() -> None:
    _, inside = _blocks()
    text = in_context_training_text(FILE, inside, "_controller.dispose();", placement="instruct")
    assert "`dispose` metodunun gövdesinde" in text.prompt
    assert "_controller (TextEditingController)" in text.prompt


# -- verify and select inside code --------------------------------------------------------------------------------
SELECT_FILE = """class _S extends State<S> {
  final _controller = TextEditingController();

  @override
  void dispose() {
    // Controller'ı serbest bırak
    super.dispose();
  }
}
"""


def _select_answerer(outputs: list[list[str]], check_api: str = "inside"):  # type: ignore[no-untyped-def]
    from flutr.answering import Answerer, AnswerSettings
    from flutr.prompting import Example
    from tests.test_time_budget import StreamingBackend

    backend = StreamingBackend(outputs)
    shown = [Example("Controller nasıl kapatılır?", "void kapat(TextEditingController c) => c.dispose();")]
    answerer = Answerer(backend, AnswerSettings(check_api=check_api), examples=lambda question: shown)
    return answerer, backend


def test_a_middle_calling_what_does_not_exist_gets_a_second_candidate_with_the_example() -> None:
    from flutr.in_place import answer_in_place

    answerer, backend = _select_answerer([["    Navigator.popAll(context);\n"], ["    _controller.dispose();\n"]])
    answer = answer_in_place(answerer, SELECT_FILE, find_request_comments(SELECT_FILE)[0], "fim")
    assert backend.calls == 2 and answer.attempts == 2 and len(answer.generations) == 2
    assert answer.code.strip() == "_controller.dispose();" and answer.parses


def test_a_second_candidate_no_better_keeps_the_first_and_a_clean_one_needs_none() -> None:
    from flutr.in_place import answer_in_place

    block = find_request_comments(SELECT_FILE)[0]
    answerer, backend = _select_answerer([["    Navigator.popAll(context);\n"], ["    Navigator.pushAll(context);\n"]])
    answer = answer_in_place(answerer, SELECT_FILE, block, "fim")
    assert backend.calls == 2 and answer.code.strip() == "Navigator.popAll(context);" and answer.attempts == 2
    answerer, backend = _select_answerer([["    _controller.dispose();\n"], ["unused"]])
    assert answer_in_place(answerer, SELECT_FILE, block, "fim").attempts == 1 and backend.calls == 1
    answerer, backend = _select_answerer([["    Navigator.popAll(context);\n"], ["unused"]], check_api="off")
    assert answer_in_place(answerer, SELECT_FILE, block, "fim").attempts == 1 and backend.calls == 1
