"""The per-answer time budget (issue #20 item 2): past it the model stops; complete code that fits is offered,
else the answer says, in Turkish and English, that the model is slow and why; the repair retry only with time left.
A streaming fake backend checks the cancel token between tokens, as the real ones do."""

from __future__ import annotations

import time
from collections.abc import Sequence

import pytest

from flutr.answering import Answerer, AnswerSettings, TimeBudget
from flutr.backends.base import CancelToken, Generation, TokenCallback
from flutr.comments import find_request_comments
from flutr.in_place import answer_in_place
from flutr.infill import FIM_MIDDLE, FIM_PREFIX, FIM_SUFFIX

FILE = """class _S extends State<S> {
  @override
  void dispose() {
    // Controller'ı serbest bırak
    super.dispose();
  }
}
"""


class StreamingBackend:
    """Streams each scripted output piece by piece, ``delay`` seconds a piece, stopping when ``cancel`` fires."""

    name = "streaming"
    chat_template = None
    active_generations = 0

    def __init__(self, outputs: list[list[str]], delay: float = 0.0, reported_seconds: float | None = None) -> None:
        self.outputs = outputs
        self.delay = delay
        self.reported_seconds = reported_seconds
        self.calls = 0

    def generate(
        self,
        prompt: str,
        *,
        max_tokens: int,
        stop: Sequence[str] = (),
        temperature: float = 0.0,
        on_token: TokenCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> Generation:
        self.calls += 1
        started = time.perf_counter()
        pieces: list[str] = []
        finish = "stop"
        for piece in self.outputs.pop(0):
            if cancel is not None and cancel.cancelled:
                finish = "cancelled"
                break
            time.sleep(self.delay)
            pieces.append(piece)
            if on_token is not None:
                on_token(piece)
        seconds = self.reported_seconds or time.perf_counter() - started
        return Generation("".join(pieces), 10, len(pieces), 0.001, seconds, finish)

    def count_tokens(self, text: str) -> int:
        return 1 if text in (FIM_PREFIX, FIM_SUFFIX, FIM_MIDDLE) else max(1, len(text) // 4)

    def prefill(self, prompt: str, cancel: CancelToken | None = None) -> bool:
        return True

    def warm_up(self, prompt: str) -> None:
        pass

    def close(self) -> None:
        pass


SLOW = 0.05  # seconds a piece: a budget of 0.3 s stops a long answer after a few pieces
LONG_CLASS = ["class A {\n", "  int x = 1;\n", *[f"  int y{i} = 2;\n" for i in range(40)], "}\n"]


def test_an_unfinished_answer_at_the_budget_is_not_offered_and_says_the_model_is_slow() -> None:
    backend = StreamingBackend([LONG_CLASS], delay=SLOW)
    started = time.perf_counter()
    answer = Answerer(backend, AnswerSettings(time_budget=0.3)).answer("Bir sınıf yaz")
    assert time.perf_counter() - started < 1.0
    assert answer.timed_out and not answer.code and not answer.parses and not answer.cancelled
    assert answer.warning and "model yavaş" in answer.warning and "the model is slow" in answer.warning
    assert "token/sn" in answer.warning and "tokens/s" in answer.warning and "0.3 s" in answer.warning
    assert backend.calls == 1  # no repair retry after the budget


def test_complete_code_at_the_budget_is_offered() -> None:
    # a function, then the model rambles on with a second one: the first is complete when the budget ends
    pieces = ["void f() {}\n", *[f"// {i}\n" for i in range(40)]]
    answer = Answerer(StreamingBackend([pieces], delay=SLOW), AnswerSettings(time_budget=0.3)).answer("Bir fonksiyon")
    assert answer.timed_out and answer.parses and answer.code.startswith("void f() {}")
    assert answer.warning and "the complete code so far is offered" in answer.warning


def test_no_budget_never_stops_an_answer() -> None:
    answer = Answerer(StreamingBackend([LONG_CLASS], delay=0.0)).answer("Bir sınıf yaz")
    assert not answer.timed_out and answer.parses and answer.warning is None


def test_the_callers_cancel_is_a_cancel_not_a_slow_model() -> None:
    cancel = CancelToken()
    backend = StreamingBackend([LONG_CLASS], delay=SLOW)

    def on_token(_piece: str) -> None:
        cancel.cancel()

    answer = Answerer(backend, AnswerSettings(time_budget=5.0)).answer(
        "Bir sınıf yaz", on_token=on_token, cancel=cancel
    )
    assert answer.cancelled and not answer.timed_out


@pytest.mark.parametrize(("attempt_seconds", "attempts"), [(0.01, 2), (5.0, 1)])
def test_the_repair_retry_only_when_the_budget_has_time_for_it(attempt_seconds: float, attempts: int) -> None:
    backend = StreamingBackend([["class A {\n"], ["class A {}\n"]], reported_seconds=attempt_seconds)
    answer = Answerer(backend, AnswerSettings(time_budget=3.0)).answer("Bir sınıf yaz")
    assert answer.attempts == attempts and not answer.timed_out
    assert answer.parses == (attempts == 2)


def test_time_budget_token_expires_and_follows_the_outer_cancel() -> None:
    outer = CancelToken()
    budget = TimeBudget(0.05, outer)
    assert not budget.cancelled and budget.left() > 0
    time.sleep(0.06)
    assert budget.expired and budget.cancelled and not budget.caller_cancelled
    unlimited = TimeBudget(0.0, outer)
    assert not unlimited.cancelled and unlimited.left() == float("inf")
    outer.cancel()
    assert unlimited.cancelled and unlimited.caller_cancelled and not unlimited.expired


def _inside():
    return find_request_comments(FILE)[0]


def test_fim_at_the_budget_offers_a_middle_that_fits_the_file() -> None:
    # a complete statement, then the model stalls: the middle so far fits the file
    pieces = ["_controller.dispose();\n", *["    "] * 40]
    backend = StreamingBackend([pieces], delay=SLOW)
    answerer = Answerer(backend, AnswerSettings(time_budget=0.3))
    answer = answer_in_place(answerer, FILE, _inside(), "fim")
    assert answer.timed_out and answer.parses and "_controller.dispose();" in answer.code


def test_fim_at_the_budget_with_a_middle_that_breaks_the_file_says_the_model_is_slow() -> None:
    pieces = ["if (mounted) {\n", *["      _controller.dispose();\n"] * 40]
    answerer = Answerer(StreamingBackend([pieces], delay=SLOW), AnswerSettings(time_budget=0.3))
    answer = answer_in_place(answerer, FILE, _inside(), "fim")
    assert answer.timed_out and not answer.code and answer.warning and "model yavaş" in answer.warning


def test_instruct_at_the_budget_stops_without_a_repair() -> None:
    pieces = ["_controller.dispose();\n", "if (x) {\n", *["  y();\n"] * 40]
    backend = StreamingBackend([pieces, ["unused"]], delay=SLOW)
    answer = answer_in_place(Answerer(backend, AnswerSettings(time_budget=0.3)), FILE, _inside(), "instruct")
    assert answer.timed_out and not answer.code and backend.calls == 1
