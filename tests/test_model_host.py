"""ModelHost queueing: one generation at a time, the newest request for a comment supersedes the older one, a
full queue answers at once. A slow scripted backend makes the timing deterministic."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence

import pytest

from flutr.answering import Answerer
from flutr.backends.base import CancelToken, Generation, TokenCallback
from flutr.in_place import Request
from lsp_server.config import ServerConfig
from lsp_server.model_host import ModelHost, QueueFullError


class SlowBackend:
    """Produces one token every 20 ms until ``tokens`` or a cancel."""

    name = "slow"
    chat_template = None

    def __init__(self, tokens: int = 50) -> None:
        self.tokens = tokens
        self.active_generations = 0
        self.generations = 0
        self.cancelled = 0
        self.prefills: list[str] = []
        self.prefill_chunks = 10

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
        self.generations += 1
        self.active_generations += 1
        try:
            for _ in range(self.tokens):
                if cancel is not None and cancel.cancelled:
                    self.cancelled += 1
                    return Generation("", 1, 0, 0.0, 0.0, "cancelled")
                time.sleep(0.02)
                if on_token is not None:
                    on_token("x")
            return Generation("void f() {}\n```", 1, self.tokens, 0.02, 0.02 * self.tokens, "stop")
        finally:
            self.active_generations -= 1

    def prefill(self, prompt: str, cancel: CancelToken | None = None) -> bool:
        """Prompt work in 20 ms chunks, like llama.cpp's prefill; records what happened to each call."""
        self.prefills.append("started")
        for _ in range(self.prefill_chunks):
            if cancel is not None and cancel.cancelled:
                self.prefills[-1] = "cancelled"
                return False
            time.sleep(0.02)
        self.prefills[-1] = "done"
        return True

    def warm_up(self, prompt: str) -> None:
        pass

    def close(self) -> None:
        pass


def loaded(backend: SlowBackend, config: ServerConfig | None = None) -> ModelHost:
    host = ModelHost(lambda config, progress: Answerer(backend))
    host.load(config or ServerConfig()).result()
    return host


@pytest.fixture
def host() -> ModelHost:
    backend = SlowBackend()
    host = ModelHost(lambda config, progress: Answerer(backend))
    host.load(ServerConfig(max_pending=2)).result()
    return host


async def test_newer_request_for_same_comment_supersedes(host: ModelHost) -> None:
    first = asyncio.ensure_future(host.answer(("a.dart", 3), Request("Fonksiyon yaz")))
    await asyncio.sleep(0.1)
    second = await host.answer(("a.dart", 3), Request("Fonksiyon yaz lütfen"))
    assert (await first).cancelled and second.code == "void f() {}"


async def test_full_queue_answers_at_once(host: ModelHost) -> None:
    running = [asyncio.ensure_future(host.answer((f"{i}.dart", 0), Request(f"Soru {i} yaz"))) for i in range(2)]
    await asyncio.sleep(0.05)
    started = time.perf_counter()
    with pytest.raises(QueueFullError):
        await host.answer(("other.dart", 0), Request("Başka bir soru yaz"))
    assert time.perf_counter() - started < 0.5
    assert all(not r.cancelled for r in await asyncio.gather(*running))


async def test_cancelled_task_stops_the_backend(host: ModelHost) -> None:
    task = asyncio.ensure_future(host.answer(("a.dart", 1), Request("Uzun bir şey yaz")))
    await asyncio.sleep(0.1)
    assert host.active_generations == 1
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    for _ in range(20):
        if host.active_generations == 0:
            break
        await asyncio.sleep(0.02)
    assert host.active_generations == 0 and host.pending == 0


async def wait_for(condition, seconds: float = 5.0) -> None:  # type: ignore[no-untyped-def]
    for _ in range(int(seconds / 0.01)):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("condition not reached")


PROMPT_ONLY = ServerConfig(prefetch_answer=False)


async def test_prefetch_runs_once_per_question_while_idle() -> None:
    backend = SlowBackend()
    host = loaded(backend, PROMPT_ONLY)
    assert host.prefetch(Request("Sayaç yaz"))
    assert not host.prefetch(Request("Sayaç yaz"))  # the same comment listed again: nothing new to do
    await wait_for(lambda: backend.prefills == ["done"])
    assert host.prefetch(Request("Liste yaz")) and host.active_generations == 0
    await wait_for(lambda: backend.prefills == ["done", "done"])


async def test_a_real_request_cancels_the_prefetch_and_a_busy_host_skips_it() -> None:
    backend = SlowBackend()
    backend.prefill_chunks = 500  # 10 s of prompt work
    host = loaded(backend, PROMPT_ONLY)
    assert host.prefetch(Request("Sayaç yaz"))
    await wait_for(lambda: backend.prefills == ["started"])
    started = time.perf_counter()
    answer = await host.answer(("a.dart", 0), Request("Sayaç yaz"))
    assert answer.code == "void f() {}" and backend.prefills == ["cancelled"]
    assert time.perf_counter() - started < 5  # the prefetch gave way at its next chunk, not after 10 s
    running = asyncio.ensure_future(host.answer(("b.dart", 0), Request("Liste yaz")))
    await wait_for(lambda: host.active_generations == 1)
    assert not host.prefetch(Request("Başka bir şey yaz"))  # never queued behind or in front of a real request
    await running
    assert backend.prefills == ["cancelled"]


# --- answer prefetch (the default): the answer is written while the user decides ------------------------------


async def test_a_prefetched_answer_makes_the_choice_instant() -> None:
    backend = SlowBackend(tokens=10)
    host = loaded(backend)
    assert host.prefetch(Request("Sayaç yaz"))
    await wait_for(lambda: backend.generations == 1 and backend.active_generations == 0)
    assert not host.prefetch(Request("Sayaç yaz"))  # answered already: listed again, nothing to do
    answer = await host.answer(("a.dart", 0), Request("Sayaç yaz"))
    assert answer.code == "void f() {}" and answer.cached and backend.generations == 1


async def test_choosing_during_the_prefetch_joins_it_with_progress() -> None:
    backend = SlowBackend(tokens=50)  # 1 s
    host = loaded(backend)
    assert host.prefetch(Request("Sayaç yaz"))
    await wait_for(lambda: backend.active_generations == 1)
    await asyncio.sleep(0.3)
    tokens: list[str] = []
    answer = await host.answer(("a.dart", 0), Request("Sayaç yaz"), on_token=tokens.append)
    assert answer.code == "void f() {}" and not answer.cached and not answer.cancelled
    assert backend.generations == 1 and backend.cancelled == 0  # one generation: the prefetch's, not a second
    assert 0 < len(tokens) < 50  # the request's progress saw the tokens written after it joined
    assert host.pending == 0


async def test_a_joined_prefetch_is_cancelled_with_its_request() -> None:
    backend = SlowBackend(tokens=500)  # 10 s
    host = loaded(backend)
    assert host.prefetch(Request("Sayaç yaz"))
    await wait_for(lambda: backend.active_generations == 1)
    cancel = CancelToken()
    task = asyncio.ensure_future(host.answer(("a.dart", 0), Request("Sayaç yaz"), cancel=cancel))
    await asyncio.sleep(0.1)
    assert host.pending == 1  # joined: now a real request
    cancel.cancel()
    answer = await asyncio.wait_for(task, 2)
    assert answer.cancelled and backend.cancelled == 1 and host.pending == 0


async def test_a_request_for_another_comment_cancels_the_answer_prefetch() -> None:
    backend = SlowBackend(tokens=500)  # 10 s
    host = loaded(backend)
    assert host.prefetch(Request("Sayaç yaz"))
    await wait_for(lambda: backend.active_generations == 1)
    backend.tokens = 5
    started = time.perf_counter()
    answer = await host.answer(("b.dart", 0), Request("Liste yaz"))
    assert answer.code == "void f() {}" and backend.cancelled == 1
    assert time.perf_counter() - started < 2  # the prefetch gave way at its next token


def test_the_server_counts_its_retrieval_budget_with_the_model_tokenizer(smol_model) -> None:
    """retrievalTokens reaches the prompt: the served examples fit the budget in the model's own tokens."""
    from flutr.pipeline import build_answerer

    question = "ListView içinde elemanları aşağı çekerek nasıl yenilerim?"
    config = ServerConfig(
        model_path=str(smol_model), lora_path="none", threads=2, n_ctx=2048, retrieval_k=2, retrieval_tokens=0
    )
    unlimited = build_answerer(config)
    budgeted = build_answerer(config.replace(retrieval_tokens=300))
    try:
        backend = budgeted.backend

        def shown(answerer: Answerer) -> list[tuple[str, str]]:
            messages = answerer.messages_for(question)[3:-1]  # after the system prompt and the fixed example
            return [(q["content"], a["content"]) for q, a in zip(messages[::2], messages[1::2], strict=True)]

        full, within = shown(unlimited), shown(budgeted)
        assert len(full) == 2
        assert within and within != full
        assert sum(backend.count_tokens(q) + backend.count_tokens(a) for q, a in within) <= 300 + 10 * len(
            within
        )  # + fences
    finally:
        unlimited.backend.close()
        budgeted.backend.close()
