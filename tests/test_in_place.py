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


def test_a_middle_leaving_out_a_value_the_comment_states_gets_a_second_candidate() -> None:
    from flutr.in_place import answer_in_place

    source = SELECT_FILE.replace("// Controller'ı serbest bırak", "// metni 'Merhaba' yap ve serbest bırak")
    block = find_request_comments(source)[0]
    middles = [["    _controller.dispose();\n"], ["    _controller.text = 'Merhaba';\n    _controller.dispose();\n"]]
    answerer, backend = _select_answerer(middles)
    answer = answer_in_place(answerer, source, block, "fim")
    assert backend.calls == 2 and answer.attempts == 2 and "'Merhaba'" in answer.code
    answerer, backend = _select_answerer([["    _controller.dispose();\n"], ["    _controller.clear();\n"]])
    answer = answer_in_place(answerer, source, block, "fim")  # the second no better: the first is kept
    assert backend.calls == 2 and answer.code.strip() == "_controller.dispose();"


def _review_answerer(outputs: list[list[str]], fits: dict[str, float]):  # type: ignore[no-untyped-def]
    """An answerer with ``checkApi: review`` over scripted middles and scripted comment-fit scores (by a piece of
    code the scored file holds)."""
    from flutr.answering import Answerer, AnswerSettings
    from flutr.prompting import Example
    from tests.test_time_budget import StreamingBackend

    class ReviewingBackend(StreamingBackend):
        reviewed: list[tuple[str, str]] = []

        def continuation_logprob(self, prompt: str, continuation: str, cancel: object = None) -> float | None:
            self.reviewed.append((prompt, continuation))
            return next(score for code, score in fits.items() if code in prompt)

    backend = ReviewingBackend(outputs)
    backend.reviewed = []
    shown = [Example("Controller nasıl kapatılır?", "void kapat(TextEditingController c) => c.dispose();")]
    return Answerer(backend, AnswerSettings(check_api="review"), examples=lambda question: shown), backend


def test_review_makes_both_candidates_and_keeps_the_one_the_comment_fits_better() -> None:
    from flutr.in_place import answer_in_place

    block = find_request_comments(SELECT_FILE)[0]
    middles = [["    _controller.clear();\n"], ["    _controller.dispose();\n"]]
    answerer, backend = _review_answerer(middles, {"_controller.dispose()": -5.0, "_controller.clear()": -9.0})
    answer = answer_in_place(answerer, SELECT_FILE, block, "fim")
    assert backend.calls == 2 and answer.attempts == 2 and answer.code.strip() == "_controller.dispose();"
    assert [continuation for _, continuation in backend.reviewed] == ["// Controller'ı serbest bırak"] * 2
    prompt, _ = backend.reviewed[0]
    assert prompt.startswith(FIM_PREFIX) and prompt.endswith(FIM_MIDDLE) and "_controller.clear();" in prompt
    middles = [["    _controller.clear();\n"], ["    _controller.dispose();\n"]]
    answerer, backend = _review_answerer(middles, {"_controller.dispose()": -9.0, "_controller.clear()": -5.0})
    assert answer_in_place(answerer, SELECT_FILE, block, "fim").code.strip() == "_controller.clear();"


def test_review_scores_nothing_when_a_candidate_fails_the_checks_or_both_agree() -> None:
    from flutr.in_place import answer_in_place

    block = find_request_comments(SELECT_FILE)[0]
    middles = [["    _controller.dispose();\n"], ["    Navigator.popAll(context);\n"]]
    answerer, backend = _review_answerer(middles, {"": 0.0})
    answer = answer_in_place(answerer, SELECT_FILE, block, "fim")
    assert answer.code.strip() == "_controller.dispose();" and answer.attempts == 2 and not backend.reviewed
    middles = [["    _controller.dispose();\n"], ["    _controller.dispose();\n"]]
    answerer, backend = _review_answerer(middles, {"": 0.0})
    assert answer_in_place(answerer, SELECT_FILE, block, "fim").attempts == 2 and not backend.reviewed


def test_review_on_a_backend_that_cannot_score_is_the_inside_check() -> None:
    from flutr.in_place import answer_in_place

    answerer, backend = _select_answerer([["    _controller.dispose();\n"], ["unused"]], check_api="review")
    assert answer_in_place(answerer, SELECT_FILE, find_request_comments(SELECT_FILE)[0], "fim").attempts == 1
    assert backend.calls == 1


def test_review_prompt_asks_for_the_comment_with_the_code_under_it() -> None:
    from flutr.infill import review_prompt

    block = find_request_comments(SELECT_FILE)[0]
    changed, _ = with_code(SELECT_FILE, block, "_controller.dispose();")
    prompt, middle = review_prompt(changed, block)
    assert middle == "// Controller'ı serbest bırak"
    before, after = prompt.split(FIM_SUFFIX)
    assert before == FIM_PREFIX + SELECT_FILE.split("    // Controller")[0] + "    "
    assert after.startswith("\n    _controller.dispose();\n    super.dispose();") and after.endswith(FIM_MIDDLE)
