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
