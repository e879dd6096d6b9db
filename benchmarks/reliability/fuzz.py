"""Protocol fuzzing: Hypothesis-drawn batches of messages against the real server process over stdio.

Messages go to one long-lived server (first some before ``initialize``, then the rest after it). After every batch
the runner checks that the process is alive (else: a crash), that ``flutr.status`` answers (else: a hang) and that
every well-formed request of the batch was answered. A failing batch is shrunk by Hypothesis, each attempt on a
fresh server, within a time budget, and the minimal batch is reported. At the end a normal code action must still
produce a correct edit.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import os
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, Verbosity, given, seed, settings
from hypothesis import strategies as st
from hypothesis.errors import Flaky

from benchmarks.reliability.checks import EditSummary, placement_problem
from benchmarks.reliability.client import JSON, RawLspClient, ServerDied, id_key
from benchmarks.reliability.session import default_model, edit_of, server_args
from benchmarks.reliability.strategies import (
    TURKISH_COMMENTS,
    FuzzMessage,
    FuzzTargets,
    big_document,
    fuzz_messages,
)
from flutr.comments import find_request_comments

logger = logging.getLogger(__name__)

FUZZ_OPTIONS: JSON = {"maxTokens": 16, "contextLines": 0}  # short generations, mostly cache hits
FINAL_SETTINGS: JSON = {
    "maxTokens": 64,
    "contextLines": 0,
    "completion": True,
    "hintDiagnostics": False,
    "maxPending": 8,
}


@dataclass
class CategoryFigures:
    sent: int = 0
    requests: int = 0  # well-formed requests, which must be answered
    answered: int = 0
    error_responses: int = 0


@dataclass
class FuzzResult:
    messages_sent: int = 0
    before_initialize: int = 0
    categories: dict[str, CategoryFigures] = field(default_factory=dict)
    requests_expecting_answer: int = 0
    answered: int = 0
    unanswered: int = 0
    late_answers: int = 0  # answered, but only after the batch's wait
    unanswered_examples: list[str] = field(default_factory=list)
    crashes: int = 0
    hangs: int = 0
    problems: list[str] = field(default_factory=list)  # each crash/hang/unanswered batch, in order
    minimal_failing_batches: list[str] = field(default_factory=list)
    error_codes: dict[str, int] = field(default_factory=dict)
    internal_errors: dict[str, int] = field(default_factory=dict)  # -32603 answers: exceptions in handlers
    show_messages: int = 0
    apply_edit_requests: int = 0
    server_restarts: int = 0
    rss_start_mib: float = 0.0
    rss_end_mib: float = 0.0
    final_code_action: dict[str, Any] = field(default_factory=dict)
    duration_s: float = 0.0

    @property
    def passed(self) -> bool:
        return self.crashes == 0 and self.hangs == 0 and self.unanswered == 0 and bool(self.final_code_action.get("ok"))

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["passed"] = self.passed
        return data


@dataclass
class _Pending:
    key: str
    description: str
    category: str
    future: asyncio.Future[JSON]


class FuzzRunner:
    def __init__(
        self,
        work: Path,
        *,
        model: Path | None = None,
        threads: int = 1,
        batch_size: int = 20,
        batch_timeout: float = 60.0,
        probe_timeout: float = 20.0,
        shrink_budget_s: float = 150.0,
        seed_value: int = 0,
        max_failures: int = 25,
    ) -> None:
        self.work = work
        self.max_failures = max_failures  # stop after this many failing batches: the server is clearly broken
        self.model = model or default_model()
        self.options = {**FUZZ_OPTIONS, "threads": threads}
        self.batch_size = batch_size
        self.batch_timeout = batch_timeout
        self.probe_timeout = probe_timeout
        self.shrink_budget_s = shrink_budget_s
        self.seed = seed_value
        self.result = FuzzResult()
        self.loop = asyncio.new_event_loop()
        self.client: RawLspClient | None = None
        self.clients: list[RawLspClient] = []  # every server started, for the final tallies
        self.expected: dict[str, tuple[str, str]] = {}  # id key -> (category, description) of counted requests
        self.targets = self._prepare_targets()
        self._log_index = 0
        self._target = 0  # messages to send in the current phase
        self._initialized: set[int] = set()  # pids of initialized servers
        self._late_candidates: set[str] = set()  # counted requests still unanswered when their batch ended

    # -- setup --------------------------------------------------------------------------------------------------
    def _prepare_targets(self) -> FuzzTargets:
        docs = self.work / "docs"
        docs.mkdir(parents=True, exist_ok=True)
        on_disk = docs / "on-disk.dart"
        on_disk.write_text("// Kullanıcı listesini gösteren bir widget yaz\n", encoding="utf-8")
        fifo = docs / "pipe.dart"
        if not fifo.exists():
            os.mkfifo(fifo)
        open_uris = tuple((docs / f"fuzz-{n}.dart").as_uri() for n in range(4))
        big_uri = (docs / "big.dart").as_uri()
        self.documents = {uri: self._initial_text(n) for n, uri in enumerate(open_uris)}
        comments = tuple(
            (uri, block.start_line, block.text)
            for uri, text in self.documents.items()
            for block in find_request_comments(text)
        )
        other = (
            on_disk.as_uri(),
            (docs / "missing.dart").as_uri(),
            docs.as_uri(),
            fifo.as_uri(),
            "file:///dev/null",
            "untitled:Untitled-1",
            "http://example.invalid/x.dart",
            "file://remote-host/share/x.dart",
            "file:///%ZZ%00.dart",
            "file:///" + "a" * 4000 + ".dart",
            "",
        )
        return FuzzTargets(open_uris + (big_uri,), other, comments, big_uri)

    @staticmethod
    def _initial_text(n: int) -> str:
        lines = ["import 'package:flutter/material.dart';", ""]
        for i, comment in enumerate(TURKISH_COMMENTS):
            lines += [comment, "", f"class C{n}x{i} {{}}", ""]
        text = "\n".join(lines)
        return text.replace("\n", "\r\n") if n == 1 else text

    async def _start(self, initialize: bool) -> RawLspClient:
        self._log_index += 1
        client = await RawLspClient.start(server_args(self.model), self.work / f"fuzz-server-{self._log_index}.log")
        self.clients.append(client)
        if initialize:
            await self._initialize(client)
        return client

    async def _initialize(self, client: RawLspClient) -> None:
        self._initialized.add(client.pid)
        await client.initialize(self.options)
        await client.wait_until_loaded()
        for uri, text in self.documents.items():
            await client.open(uri, text)
        await client.open(self.targets.big_uri, big_document(0))

    def _restart(self) -> None:
        if self.client is not None:
            self.client.kill()
            self.loop.run_until_complete(self.client.shutdown(timeout=5))
        self.client = self.loop.run_until_complete(self._start(initialize=True))
        self.result.server_restarts += 1

    # -- one batch ----------------------------------------------------------------------------------------------
    async def _exchange(self, batch: list[FuzzMessage], count: bool) -> str | None:
        client = self.client
        assert client is not None
        pending: list[_Pending] = []
        for message in batch:
            msg_id: int | str | None = None
            if message.request:
                number = client.next_id()
                msg_id = f"s{number}" if message.string_id else number
            future = client.expect(msg_id) if message.expects_answer and msg_id is not None else None
            try:
                await client.send_bytes(message.body(msg_id))
            except ServerDied:
                break
            if count:
                figures = self.result.categories.setdefault(message.category, CategoryFigures())
                figures.sent += 1
                self.result.messages_sent += 1
            if future is not None:
                key = id_key(msg_id)
                pending.append(_Pending(key, f"{message.method} id={msg_id}", message.category, future))
                if count:
                    self.result.categories[message.category].requests += 1
                    self.expected[key] = (message.category, repr(message))
        futures = [p.future for p in pending]
        if futures:
            _, still = await asyncio.wait(futures, timeout=self.batch_timeout)
            if still and client.alive:  # generations may be queued: wait as long again while the server works
                with contextlib.suppress(Exception):
                    status = await client.status(timeout=self.probe_timeout)
                    if status["activeGenerations"] or status["pending"]:
                        _, still = await asyncio.wait(still, timeout=self.batch_timeout)
        if not client.alive:
            return f"crash: server exited with {await _exit_code(client)}; {_tail(client)}"
        try:
            await client.status(timeout=self.probe_timeout)
        except asyncio.TimeoutError:
            return f"hang: flutr.status unanswered for {self.probe_timeout:.0f} s after the batch"
        except ServerDied as exc:
            return f"crash: {exc}; exit code {await _exit_code(client)}; {_tail(client)}"
        except Exception as exc:  # noqa: BLE001 - an error answer is still an answer
            logger.debug("status probe answered with an error: %s", exc)
        missing = [p.description for p in pending if not p.future.done()]
        if count:
            self._late_candidates.update(p.key for p in pending if not p.future.done())
        if missing:
            return f"unanswered: {len(missing)} request(s), e.g. {missing[:3]}"
        return None

    # -- Hypothesis -------------------------------------------------------------------------------------------
    def _run_batches(self, messages: int, seed_value: int, *, shrink: bool) -> None:
        """Send about ``messages`` messages in Hypothesis-drawn batches; on a failure shrink it (``shrink``)."""
        state: dict[str, Any] = {"failed": False, "shrink_started": 0.0, "last": None}
        strategy = st.lists(fuzz_messages(self.targets), min_size=1, max_size=self.batch_size)
        phases = [Phase.generate, Phase.shrink] if shrink else [Phase.generate]
        examples = math.ceil(2 * messages / self.batch_size) + 20  # early batches are small; extra ones return at once

        @settings(
            max_examples=examples,
            database=None,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            phases=phases,
            verbosity=Verbosity.quiet,
            report_multiple_bugs=False,
            print_blob=False,
        )
        @seed(seed_value)
        @given(strategy)
        def batch_survives(batch: list[FuzzMessage]) -> None:
            if state["failed"]:  # a shrink attempt: on a fresh server, not counted, within the budget
                if time.monotonic() - state["shrink_started"] > self.shrink_budget_s:
                    return
                self._restart()
                problem = self.loop.run_until_complete(self._exchange(batch, count=False))
            else:
                if self.result.messages_sent >= self._target:
                    return
                problem = self.loop.run_until_complete(self._exchange(batch, count=True))
                if problem:
                    self._count_problem(problem)
                    state["failed"], state["shrink_started"] = True, time.monotonic()
            if problem:
                state["last"] = (batch, problem)
                raise AssertionError(problem)

        try:
            batch_survives()
        except (AssertionError, Flaky) as exc:
            batch, problem = state["last"] or ([], str(exc))
            shown = "\n".join(repr(m) for m in batch)
            self.result.minimal_failing_batches.append(f"{problem}\n{shown}")
            logger.warning("fuzz failure (%s); smallest batch found:\n%s", problem, shown)
            self._restart()

    def _count_problem(self, problem: str) -> None:
        self.result.problems.append(problem)
        if problem.startswith("crash"):
            self.result.crashes += 1
        elif problem.startswith("hang"):
            self.result.hangs += 1
        logger.warning("fuzz: %s", problem)

    # -- the whole run ----------------------------------------------------------------------------------------
    def run(self, messages: int) -> FuzzResult:
        started = time.monotonic()
        try:
            return self._run(messages)
        finally:
            for client in self.clients:
                client.kill()
                with contextlib.suppress(Exception):
                    self.loop.run_until_complete(client.shutdown(timeout=5))
            self.loop.close()
            self.result.duration_s = round(time.monotonic() - started, 1)

    def _run(self, messages: int) -> FuzzResult:
        before = max(50, messages // 50)
        # 1. before `initialize`
        self.client = self.loop.run_until_complete(self._start(initialize=False))
        self._target = before
        self._run_batches(before, self.seed, shrink=False)
        self.result.before_initialize = self.result.messages_sent
        if not self.client.alive:
            self._restart()
        elif self.client.pid not in self._initialized:
            self.loop.run_until_complete(self._initialize(self.client))
        self.result.rss_start_mib = _mib(self.client.rss())
        # 2. after it, until the target is reached (a new seed after each failure)
        self._target = messages
        rounds = 0
        while self.result.messages_sent < messages and rounds < 50 and len(self.result.problems) < self.max_failures:
            self._run_batches(messages - self.result.messages_sent, self.seed + 1 + rounds, shrink=rounds < 2)
            rounds += 1
            logger.info("fuzz: %d/%d messages sent", self.result.messages_sent, messages)
        self.result.final_code_action = self.loop.run_until_complete(self._final_check())
        self.result.rss_end_mib = _mib(self.client.rss()) if self.client.alive else 0.0
        self._tally()
        return self.result

    def _tally(self) -> None:
        """Unanswered = counted requests never answered by the end (all servers); late ones count as answered."""
        answered: dict[str, JSON] = {}
        for client in self.clients:
            answered.update(client.answered)
            self.result.show_messages += len(client.record.shown())
            self.result.apply_edit_requests += len(client.record.apply_edit_requests())
        codes: Counter[str] = Counter()
        internal: Counter[str] = Counter()
        for key, (category, description) in self.expected.items():
            response = answered.get(key)
            figures = self.result.categories[category]
            if response is None:
                self.result.unanswered += 1
                if len(self.result.unanswered_examples) < 10:
                    self.result.unanswered_examples.append(description)
                continue
            self.result.answered += 1
            figures.answered += 1
            if "error" in response:
                figures.error_responses += 1
                error = response.get("error") or {}
                codes[str(error.get("code"))] += 1
                if error.get("code") == -32603:
                    internal[f"{category}: {str(error.get('message'))[:160]}"] += 1
            else:
                codes["result"] += 1
        self.result.requests_expecting_answer = len(self.expected)
        self.result.error_codes = dict(codes.most_common())
        self.result.internal_errors = dict(internal.most_common())
        self.result.late_answers = sum(1 for key in self._late_candidates if key in answered)

    async def _final_check(self) -> dict[str, Any]:
        """A normal code action on a fresh document still returns a correct, versioned edit."""
        client = self.client
        if client is None or not client.alive:
            return {"ok": False, "detail": "server not running"}
        await client.notify("workspace/didChangeConfiguration", {"settings": {"flutr": FINAL_SETTINGS}})
        await client.wait_idle(timeout=120)
        uri = (self.work / "docs" / "final.dart").as_uri()
        text = "class A {}\n\n// Kullanıcı listesini gösteren bir widget yaz\nclass B {}\n"
        await client.open(uri, text)
        started = time.monotonic()
        try:
            actions = await client.code_actions(uri, 2)
            if len(actions) != 1:  # one action per comment when the client does not filter by kind
                return {"ok": False, "detail": f"{len(actions)} code actions listed, expected 1"}
            response = await asyncio.wait_for(await client.send_request("codeAction/resolve", actions[0]), 180)
        except Exception as exc:  # noqa: BLE001 - reported as the check's failure
            return {"ok": False, "detail": f"{type(exc).__name__}: {exc}"}
        summary = EditSummary.of(edit_of(response))
        problem = placement_problem(text, summary, 2)
        if summary.versions != (1,):
            problem = problem or f"edit versions {summary.versions}, expected (1,)"
        return {
            "ok": problem is None,
            "detail": problem or "versioned edit inserted right below the comment",
            "seconds": round(time.monotonic() - started, 2),
        }


async def _exit_code(client: RawLspClient) -> int | None:
    with contextlib.suppress(asyncio.TimeoutError):
        return await asyncio.wait_for(client.process.wait(), 5)
    return None


def _tail(client: RawLspClient, lines: int = 6) -> str:
    with contextlib.suppress(OSError):
        return " | ".join(client.stderr_text().strip().splitlines()[-lines:])
    return ""


def _mib(n: int) -> float:
    return round(n / 2**20, 1)


def run_fuzz(
    work: Path, messages: int, *, model: Path | None = None, threads: int = 1, seed_value: int = 0
) -> FuzzResult:
    return FuzzRunner(work, model=model, threads=threads, seed_value=seed_value).run(messages)
