"""Prompt prefill in the llama.cpp backend, with the real SmolLM2 GGUF: the same answer, no repeated prompt work,
and a cancel that lands between prompt chunks (not only between generated tokens)."""

from __future__ import annotations

from pathlib import Path

import pytest

from flutr.answering import Answerer
from flutr.backends.base import CancelToken
from flutr.backends.llama_cpp import LlamaCppBackend, LlamaCppConfig
from flutr.retrieval import default_retriever

QUESTION = "Bir ListView içinde liste elemanlarını aşağı çekerek nasıl yenileyebilirim?"
OTHER = "Bir butona basınca sayaç nasıl artırılır?"


class CancelAtCheck(CancelToken):
    """Reports 'cancelled' from the n-th time it is asked: a cancel at a known point, without timing."""

    def __init__(self, n: int) -> None:
        super().__init__()
        self.asked = 0
        self.n = n

    @property
    def cancelled(self) -> bool:
        self.asked += 1
        return self.asked >= self.n


@pytest.fixture(scope="module")
def backend(smol_model: Path):
    backend = LlamaCppBackend(LlamaCppConfig(smol_model, n_ctx=2048, n_threads=1, prefill_chunk=32))
    yield backend
    backend.close()


def prompt(backend: LlamaCppBackend, question: str) -> str:
    answerer = Answerer(backend, examples=default_retriever().examples_source(2))
    return answerer.prompt_for(answerer.messages_for(question))


def test_prefill_then_generate_gives_the_same_answer_without_prompt_work(backend: LlamaCppBackend) -> None:
    text = prompt(backend, QUESTION)
    tokens = backend._prompt_tokens(text)
    fresh = backend.generate(text, max_tokens=24)
    backend.generate(prompt(backend, OTHER), max_tokens=4)  # the KV now holds another question
    assert backend.prefill(text)
    assert backend._llm.n_tokens == len(tokens) - 1  # everything but the last token is cached
    assert list(backend._llm.input_ids[: len(tokens) - 1]) == tokens[:-1]
    again = backend.generate(text, max_tokens=24)
    assert again.text == fresh.text and again.completion_tokens == fresh.completion_tokens


def test_cancel_stops_prompt_processing_between_chunks(backend: LlamaCppBackend) -> None:
    backend.generate(prompt(backend, OTHER), max_tokens=2)
    text = prompt(backend, QUESTION)
    tokens = backend._prompt_tokens(text)
    cached = backend._llm.n_tokens
    shared = next(i for i, (a, b) in enumerate(zip(backend._llm.input_ids[:cached], tokens, strict=False)) if a != b)
    assert len(tokens) - shared > 3 * 32, "the test needs several prompt chunks to evaluate"
    # asked at the start of generate, then before each chunk: the 3rd answer 'cancelled' stops after 1 chunk
    result = backend.generate(text, max_tokens=24, cancel=CancelAtCheck(3))
    assert (result.finish_reason, result.completion_tokens, result.text) == ("cancelled", 0, "")
    assert backend._llm.n_tokens == shared + 32  # one chunk evaluated, the rest never started
    assert backend.active_generations == 0
    # what was evaluated stays: the next request continues from there
    assert backend.prefill(text) and backend._llm.n_tokens == len(tokens) - 1


def test_a_cancelled_prefill_reports_it(backend: LlamaCppBackend) -> None:
    backend.generate(prompt(backend, OTHER), max_tokens=2)
    token = CancelToken()
    token.cancel()
    assert backend.prefill(prompt(backend, QUESTION), token) is False


def test_continuation_logprob_prefers_the_likely_text_and_is_the_same_from_a_warm_cache(
    backend: LlamaCppBackend,
) -> None:
    """The reviewer's measure (``checkApi: review``): a summed log-probability that ranks an obvious continuation
    above a strange one, is the same whatever the KV cache held before, and honours a cancel."""
    import math

    counting = "Count with me: one, two, three, four, five, six,"
    likely = backend.continuation_logprob(counting, " seven, eight")
    unlikely = backend.continuation_logprob(counting, " purple elephant")
    assert likely is not None and unlikely is not None
    assert unlikely < likely < 0
    backend.generate(prompt(backend, OTHER), max_tokens=2)  # another prompt in the cache
    again = backend.continuation_logprob(counting, " seven, eight")
    assert again is not None and math.isclose(again, likely, rel_tol=1e-3)
    assert backend.continuation_logprob(counting, " seven, eight") == pytest.approx(likely, rel=1e-3)  # all cached
    token = CancelToken()
    token.cancel()
    assert backend.continuation_logprob(QUESTION, " seven", token) is None
