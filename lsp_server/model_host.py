"""Owns the model for the server: loads it off the event loop, warms it up, and runs one generation at a time.

Requests wait in a bounded FIFO (one model, one generation at a time on a CPU). A newer request for the same
comment supersedes the older one (the older one is cancelled), and a full queue answers at once with
``QueueFullError`` instead of piling up.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import threading
from collections.abc import Callable, Hashable
from dataclasses import dataclass

from flutr.answering import Answer, Answerer
from flutr.backends.base import CancelToken, TokenCallback
from flutr.in_place import Request, cached_response, prefill_request, respond
from flutr.pipeline import BackendUnavailableError, BuildProgress, build_answerer, tier_for
from lsp_server.config import ServerConfig

__all__ = ["BackendUnavailableError", "ModelHost", "QueueFullError", "tier_for"]  # server.py's names

logger = logging.getLogger(__name__)


class QueueFullError(Exception):
    pass


def _build(config: ServerConfig, progress: BuildProgress | None) -> Answerer:
    return build_answerer(config, progress=progress)


class ModelHost:
    def __init__(self, build: Callable[[ServerConfig, BuildProgress | None], Answerer] = _build) -> None:
        self._build = build
        # One thread loads, warms up and generates: llama.cpp decoded 1.3–1.4x slower on a thread other than the one
        # that loaded and warmed the model (OpenMP build, 2 cores; benchmarks/results/speed-fast-iq4_nl), so a
        # reload also queues behind the generations already running.
        self._worker = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="flutr-model")
        self._future: concurrent.futures.Future[Answerer] | None = None
        self._lock = threading.Lock()
        self._pending = 0
        self._tokens: dict[Hashable, CancelToken] = {}
        self._prefetch: _Prefetch | None = None  # the latest prefetch, until a request takes it over or cancels it
        self.max_pending = 8
        self.prefetch_answers = True

    def load(self, config: ServerConfig, progress: BuildProgress | None = None) -> concurrent.futures.Future[Answerer]:
        """Start (re)loading on the model thread (after the generations queued there); the previous model is closed
        once the new one is ready. ``progress`` (called on the model thread) hears of a model file built first, if
        any: the fast model, once, 1–2 minutes."""
        self.max_pending = config.max_pending
        self.prefetch_answers = config.prefetch_answer
        previous = self._future
        future = self._worker.submit(self._build, config, progress)
        self._future = future
        if previous is not None:
            future.add_done_callback(lambda _f: self._close_after_queued(previous))
        return future

    def _close_after_queued(self, previous: concurrent.futures.Future[Answerer]) -> None:
        """Close the old model on the generation thread, behind the requests already queued for it: closing it
        while they still hold it made llama.cpp crash the server (SIGSEGV, use after free)."""
        try:
            self._worker.submit(_close_quietly, previous)
        except RuntimeError:  # the worker is shut down: nothing can use the old model any more
            _close_quietly(previous)

    def update_settings(self, config: ServerConfig) -> None:
        """Generation settings apply to the loaded model without reloading it."""
        self.max_pending = config.max_pending
        self.prefetch_answers = config.prefetch_answer
        future = self._future
        if future is not None and future.done() and future.exception() is None:
            future.result().settings = config.answer_settings()

    @property
    def loading(self) -> bool:
        return self._future is not None and not self._future.done()

    @property
    def prefetching(self) -> bool:
        """A prefetch (prompt or answer) is queued or running and no request has joined it."""
        current = self._prefetch
        return current is not None and current.job is not None and not current.job.done()

    @property
    def pending(self) -> int:
        return self._pending

    @property
    def active_generations(self) -> int:
        future = self._future
        if future is None or not future.done():
            return 0
        exc = future.exception()
        if isinstance(exc, BackendUnavailableError):
            return exc.answerer.backend.active_generations
        return 0 if exc is not None else future.result().backend.active_generations

    async def answerer(self) -> Answerer:
        if self._future is None:
            raise RuntimeError("model was never loaded")
        try:
            return await asyncio.wrap_future(self._future)
        except BackendUnavailableError as exc:
            return exc.answerer  # the remote server was down at start; try again now

    def prefetch(self, request: Request) -> bool:
        """Work on this request on the idle generation thread while the user decides (the code action was listed,
        not yet chosen). With ``prefetch_answers`` the whole answer is written into the answer cache, so choosing
        the action later is instant, and choosing it sooner joins the running generation; otherwise only the
        prompt is evaluated (on a CPU most of the wait). Never delays a real request: it is skipped while one is
        queued or running, and a request for another comment cancels it (it stops within one prompt chunk or
        token; what it evaluated stays in the KV cache). Returns whether a prefetch was started."""
        future = self._future
        if future is None or not future.done() or future.exception() is not None:
            return False
        answerer = future.result()
        with self._lock:
            previous = self._prefetch
            if self._pending or (previous is not None and previous.comment == request):
                return False
            if cached_response(answerer, request) is not None:
                return False
            if previous is not None:
                previous.token.cancel()
            current = self._prefetch = _Prefetch(request, CancelToken(), _TokenRelay(), self.prefetch_answers)

        def run() -> Answer | None:
            if current.token.cancelled:
                return None
            try:
                if current.whole:
                    return respond(answerer, request, on_token=current.relay, cancel=current.token)
                prefill_request(answerer, request, cancel=current.token)
            except Exception:  # noqa: BLE001 - a failed prefetch only costs the time it would have saved
                logger.debug("prefetch failed", exc_info=True)
            return None

        try:
            job = self._worker.submit(run)
        except RuntimeError:  # shutting down
            return False
        with self._lock:
            current.job = job
        return True

    def _cancel_prefetch(self) -> None:
        if self._prefetch is not None:
            self._prefetch.token.cancel()
        self._prefetch = None

    async def _join_prefetch(
        self, key: Hashable, request: Request, on_token: TokenCallback | None, cancel: CancelToken | None
    ) -> Answer | None:
        """The answer the running prefetch is writing for this very question, awaited as a real request (None when
        there is none to join). From here on it is a request like any other: it counts as pending, a newer request
        for the same comment supersedes it, a request for another comment queues behind it."""
        with self._lock:
            current = self._prefetch
            if (
                current is None
                or current.job is None
                or not current.whole
                or current.token.cancelled
                or current.comment != request
            ):
                return None
            self._prefetch = None
            current.relay.target = on_token
            token = current.token
            self._register(key, token)
        waiting = asyncio.wrap_future(current.job)
        try:
            while not waiting.done():
                await asyncio.wait({waiting}, timeout=0.05)
                if cancel is not None and cancel.cancelled:
                    token.cancel()
            answer = waiting.result()
        except asyncio.CancelledError:
            token.cancel()
            raise
        finally:
            self._release(key, token)
        if answer is None and cancel is not None and cancel.cancelled:
            return _cancelled()
        return answer

    def _register(self, key: Hashable, token: CancelToken) -> None:
        """Count a request as pending under ``key``; the newest request for the same comment wins. Holds the lock."""
        older = self._tokens.get(key)
        if older is not None:
            older.cancel()
        self._tokens[key] = token
        self._pending += 1

    def _release(self, key: Hashable, token: CancelToken) -> None:
        with self._lock:
            self._pending -= 1
            if self._tokens.get(key) is token:
                del self._tokens[key]

    async def answer(
        self,
        key: Hashable,
        request: Request,
        *,
        on_token: TokenCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> Answer:
        """Answer on the generation thread. Raises ``QueueFullError``; cancelling the awaiting task stops it."""
        answerer = await self.answerer()
        hit = cached_response(answerer, request)
        if hit is not None:
            return hit
        joined = await self._join_prefetch(key, request, on_token, cancel)
        if joined is not None:
            return joined
        token = cancel or CancelToken()
        with self._lock:
            if self._pending >= self.max_pending:
                raise QueueFullError(f"{self._pending} istek zaten bekliyor (queue full)")
            self._cancel_prefetch()  # a real request goes first; the KV keeps what the prefetch evaluated
            self._register(key, token)
        loop = asyncio.get_running_loop()

        def run() -> Answer:
            if token.cancelled:
                return _cancelled()
            return respond(answerer, request, on_token=on_token, cancel=token)

        try:
            return await loop.run_in_executor(self._worker, run)
        except asyncio.CancelledError:
            token.cancel()
            raise
        finally:
            self._release(key, token)

    def shutdown(self) -> None:
        with self._lock:
            self._cancel_prefetch()
        for token in list(self._tokens.values()):
            token.cancel()
        self._worker.shutdown(wait=False, cancel_futures=True)


def _cancelled() -> Answer:
    return Answer("", (), False, "cancelled", 0, cancelled=True)


class _TokenRelay:
    """The prefetch's token callback: forwards to the request that joined it (its progress), nothing before."""

    def __init__(self) -> None:
        self.target: TokenCallback | None = None

    def __call__(self, piece: str) -> None:
        target = self.target
        if target is not None:
            target(piece)


@dataclass
class _Prefetch:
    """One prefetch: the comment it works on, how to cancel it, where its tokens go, whether it writes the whole
    answer (else only the prompt), and its job on the generation thread (set right after submitting)."""

    comment: Request
    token: CancelToken
    relay: _TokenRelay
    whole: bool
    job: concurrent.futures.Future[Answer | None] | None = None


def _close_quietly(future: concurrent.futures.Future[Answerer]) -> None:
    if future.done() and future.exception() is None:
        try:
            future.result().backend.close()
        except Exception:  # noqa: BLE001 - closing an old model must not break the new one
            logger.exception("closing the previous model failed")
