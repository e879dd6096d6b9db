"""The answer pipeline's logic (repair once, warning comment, cache, cancel) with a scripted backend.

The end-to-end tests run the same pipeline with real models; this pins down the branches a real model cannot be
made to take on demand.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import pytest

from flutr.answering import Answerer, AnswerSettings
from flutr.backends.base import CancelToken, Generation, TokenCallback
from flutr.prompting import ANSWER_PREFIX, STOP_SEQUENCES, Example


class ScriptedBackend:
    name = "scripted"
    chat_template = None
    active_generations = 0

    def __init__(self, outputs: list[str]) -> None:
        self.outputs = outputs
        self.prompts: list[str] = []

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
        assert tuple(stop) == STOP_SEQUENCES and prompt.endswith(ANSWER_PREFIX)
        self.prompts.append(prompt)
        if cancel is not None and cancel.cancelled:
            return Generation("", 0, 0, 0.0, 0.0, "cancelled")
        text = self.outputs.pop(0)
        return Generation(text, len(prompt), 10, 0.01, 0.1, "stop")

    def warm_up(self, prompt: str) -> None:
        pass

    def close(self) -> None:
        pass


def test_parse_error_triggers_one_repair_with_the_error_in_the_prompt() -> None:
    backend = ScriptedBackend(["class A {\n  int x = \n}", "class A {\n  int x = 1;\n}"])
    answer = Answerer(backend).answer("Bir sınıf yaz")
    assert answer.parses and answer.attempts == 2 and answer.code == "class A {\n  int x = 1;\n}"
    assert "ayrıştırılamadı" in backend.prompts[1] and "int x = " in backend.prompts[1]


def test_still_broken_code_keeps_its_code_clean_and_says_why() -> None:
    backend = ScriptedBackend(["class A {", "class B {"])
    answer = Answerer(backend).answer("Bir sınıf yaz")
    assert not answer.parses and answer.attempts == 2
    assert answer.code == "class B {" and answer.warning and "line 1" in answer.warning


INVENTED = "Widget yazi() => Text('Merhaba', colour: Colors.red);"  # Text has no `colour:`
FIXED = "Widget yazi() => Text('Merhaba', style: const TextStyle(color: Colors.red));"


def test_code_calling_what_does_not_exist_is_retried_once_told_what() -> None:
    backend = ScriptedBackend([INVENTED, FIXED])
    answer = Answerer(backend, AnswerSettings(check_api="all")).answer("Kırmızı bir metin yaz")
    assert answer.parses and answer.attempts == 2 and answer.code == FIXED
    assert "derlenmez" in backend.prompts[1] and "colour" in backend.prompts[1]


def test_a_retry_that_is_no_better_keeps_the_first_answer() -> None:
    for retry in (INVENTED.replace("colour", "colr"), "Widget yazi() => Text("):
        backend = ScriptedBackend([INVENTED, retry])
        answer = Answerer(backend, AnswerSettings(check_api="all")).answer("Kırmızı bir metin yaz")
        assert answer.code == INVENTED and answer.parses and answer.warning is None
        assert answer.attempts == 2 and len(answer.generations) == 2


def test_no_api_retry_by_default_or_when_the_question_has_file_context() -> None:
    backend = ScriptedBackend([INVENTED])
    assert Answerer(backend).answer("Kırmızı bir metin yaz").attempts == 1  # default "inside": FIM only
    backend = ScriptedBackend([INVENTED])
    answerer = Answerer(backend, AnswerSettings(check_api="all"))
    assert answerer.answer("Kırmızı bir metin yaz", "class Sayfa {}").attempts == 1


def test_parse_errors_quote_generated_code_only_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    """The parse error quotes the generated code, which quotes the user's identifiers: not for the INFO log."""
    backend = ScriptedBackend(["class KasaHesabi7731 {", "class KasaHesabi7731 {"])
    with caplog.at_level(logging.DEBUG, logger="flutr.answering"):
        Answerer(backend).answer("Bir sınıf yaz")
    info = [r.getMessage() for r in caplog.records if r.levelno >= logging.INFO]
    debug = [r.getMessage() for r in caplog.records if r.levelno < logging.INFO]
    assert info and not any("KasaHesabi7731" in line for line in info), info
    assert any("KasaHesabi7731" in line for line in debug), debug


def test_cache_is_keyed_by_normalised_question() -> None:
    backend = ScriptedBackend(["void f() {}"])
    answerer = Answerer(backend)
    first = answerer.answer("Listeyi nasıl yenilerim?")
    second = answerer.answer("listeyi NASIL yenilerim")
    assert not first.cached and second.cached and second.code == first.code
    assert len(backend.prompts) == 1


def test_cancelled_answer_is_not_cached() -> None:
    backend = ScriptedBackend(["void f() {}"])
    token = CancelToken()
    token.cancel()
    answerer = Answerer(backend)
    assert answerer.answer("Fonksiyon yaz", cancel=token).cancelled
    assert answerer.cached("Fonksiyon yaz") is None


def test_retrieved_examples_sit_after_the_fixed_prefix() -> None:
    backend = ScriptedBackend(["void f() {}"])
    answerer = Answerer(backend, examples=lambda q: [Example("Örnek soru", "void g() {}")])
    answerer.answer("Fonksiyon yaz")
    prompt = backend.prompts[0]
    assert prompt.startswith(answerer.stable_prefix())
    assert prompt.index("Örnek soru") < prompt.index("Fonksiyon yaz")
