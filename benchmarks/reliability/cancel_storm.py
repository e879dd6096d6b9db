"""Cancel storm: resolve requests cancelled (``$/cancelRequest``) at random moments, queued or mid-generation.

Afterwards no generation may still run or wait (``flutr.status``), the RSS must be back near its baseline and the
next request must be answered with an edit.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import random
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.reliability.checks import percentile
from benchmarks.reliability.client import JSON, RawLspClient
from benchmarks.reliability.session import LONG_REQUEST, edit_of, start_server

logger = logging.getLogger(__name__)

REQUEST_CANCELLED = -32800


@dataclass
class CancelStormResult:
    requests: int = 0
    cancelled: int = 0  # answered with RequestCancelled
    completed_before_cancel: int = 0
    other_answers: dict[str, int] = field(default_factory=dict)
    unanswered: int = 0
    cancels_during_generation: int = 0  # its generation was running (prompt or tokens) when it was cancelled
    cancels_before_generation: int = 0  # queued behind another generation, or not started yet
    cancel_to_answer_ms: dict[str, float] = field(default_factory=dict)  # median, p99, max
    generation_stop_ms: dict[str, float] = field(default_factory=dict)  # cancel -> activeGenerations == 0 (alone)
    generation_s: float = 0.0  # one uncancelled generation, sets the range of the random moments
    max_pending_seen: int = 0
    active_generations_after: int = -1
    pending_after: int = -1
    idle_after_s: float = 0.0
    rss_baseline_mib: float = 0.0
    rss_peak_mib: float = 0.0
    rss_after_mib: float = 0.0
    rss_growth_mib: float = 0.0
    rss_bound_mib: float = 0.0
    next_request: dict[str, Any] = field(default_factory=dict)
    server_alive: bool = True

    @property
    def passed(self) -> bool:
        return (
            self.server_alive
            and self.unanswered == 0
            and self.active_generations_after == 0
            and self.pending_after == 0
            and self.rss_growth_mib <= self.rss_bound_mib
            and bool(self.next_request.get("ok"))
        )

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "passed": self.passed}


async def _resolve_fully(client: RawLspClient, uri: str, line: int, timeout: float = 300) -> tuple[bool, float]:
    started = time.monotonic()
    actions = await client.code_actions(uri, line)
    if not actions:
        return False, 0.0
    response = await asyncio.wait_for(await client.send_request("codeAction/resolve", actions[0]), timeout)
    return edit_of(response) is not None, time.monotonic() - started


async def cancel_storm(
    work: Path,
    cancels: int,
    *,
    model: Path | None = None,
    threads: int = 1,
    max_tokens: int = 256,
    seed_value: int = 0,
    rss_bound_mib: float = 64.0,
) -> CancelStormResult:
    result = CancelStormResult(rss_bound_mib=rss_bound_mib)
    rng = random.Random(seed_value)
    client = await start_server(
        model, work / "cancel-storm-server.log", {"maxTokens": max_tokens, "contextLines": 0, "threads": threads}
    )
    try:
        await _storm(client, work, cancels, rng, result)
    finally:
        result.server_alive = client.alive
        await client.shutdown()
    return result


async def _storm(client: RawLspClient, work: Path, cancels: int, rng: random.Random, result: CancelStormResult) -> None:
    uri = (work / "cancel-storm.dart").as_uri()
    count = cancels + 4
    text = "".join(f"// {storm_request(n)}\nclass C{n} {{}}\n" for n in range(count))
    await client.open(uri, text)
    # warm up: two complete generations (KV cache and buffers allocated), then the baseline
    for n in (0, 1):
        _, result.generation_s = await _resolve_fully(client, uri, 2 * n)
    await asyncio.sleep(0.5)
    result.rss_baseline_mib = _mib(client.rss())
    peak = client.rss()
    latencies: list[float] = []
    stops: list[float] = []
    outcomes: Counter[str] = Counter()
    n = 2
    while n < cancels + 2:
        wave = min(1 if rng.random() < 0.7 else rng.randint(2, 4), cancels + 2 - n)
        tasks = [
            asyncio.ensure_future(
                _one(client, uri, n + k, rng.uniform(0, 1.2 * result.generation_s), result, alone=wave == 1)
            )
            for k in range(wave)
        ]
        answers = await asyncio.gather(*tasks)
        for outcome, latency in answers:
            outcomes[outcome] += 1
            if latency is not None:
                latencies.append(latency * 1000)
        if wave == 1 and answers[0][0] == "cancelled" and answers[0][1] is not None:
            stopped = await _until_stopped(client)
            stops.append(math.inf if stopped is None else (answers[0][1] + stopped) * 1000)
        peak = max(peak, client.rss())
        n += wave
    result.requests = sum(outcomes.values())
    result.cancelled = outcomes.pop("cancelled", 0)
    result.completed_before_cancel = outcomes.pop("completed", 0)
    result.unanswered = outcomes.pop("unanswered", 0)
    result.other_answers = dict(outcomes)
    if latencies:
        result.cancel_to_answer_ms = {
            "median": round(percentile(latencies, 50), 1),
            "p99": round(percentile(latencies, 99), 1),
            "max": round(max(latencies), 1),
        }
    if stops:
        result.generation_stop_ms = {
            "median": round(percentile(stops, 50), 1),
            "p99": round(percentile(stops, 99), 1),
            "max": round(max(stops), 1),
        }
    started = time.monotonic()
    status = await client.wait_idle(timeout=30)
    result.idle_after_s = round(time.monotonic() - started, 2)
    result.active_generations_after, result.pending_after = status["activeGenerations"], status["pending"]
    await asyncio.sleep(1.0)
    result.rss_peak_mib = _mib(max(peak, client.rss()))
    result.rss_after_mib = _mib(client.rss())
    result.rss_growth_mib = round(result.rss_after_mib - result.rss_baseline_mib, 1)
    ok, seconds = await _resolve_fully(client, uri, 2 * (cancels + 2))
    result.next_request = {"ok": ok, "seconds": round(seconds, 2)}


def storm_request(n: int) -> str:
    """A distinct request whose answer is long (the generation runs until ``maxTokens``)."""
    return f"{n}. örnek: {LONG_REQUEST}"


def _streaming(client: RawLspClient, text: str) -> bool:
    """Whether the progress of the generation for comment ``text`` has reported streamed tokens."""
    progress = client.record.messages("$/progress")
    tokens = {
        p.get("token")
        for p in progress
        if (p.get("value") or {}).get("kind") == "begin" and (p["value"].get("message") or "") == text[:80]
    }
    return any(p.get("token") in tokens and (p.get("value") or {}).get("kind") == "report" for p in progress)


async def _one(
    client: RawLspClient, uri: str, n: int, delay: float, result: CancelStormResult, *, alone: bool
) -> tuple[str, float | None]:
    """One resolve, cancelled after ``delay`` seconds; returns (outcome, seconds from cancel to answer)."""
    actions = await client.code_actions(uri, 2 * n)
    if not actions:
        return "not-listed", None
    msg_id = f"storm-{n}"
    future: asyncio.Future[JSON] = await client.send_request("codeAction/resolve", actions[0], msg_id=msg_id)
    with contextlib.suppress(asyncio.TimeoutError):
        await asyncio.wait_for(asyncio.shield(future), delay)
    if future.done():
        return _outcome(future.result()), None
    status = await client.status()
    result.max_pending_seen = max(result.max_pending_seen, status["pending"])
    # alone, a running generation is this request's; in a wave, only its own streamed tokens prove it
    if status["activeGenerations"] and (alone or _streaming(client, storm_request(n))):
        result.cancels_during_generation += 1
    else:
        result.cancels_before_generation += 1
    cancelled_at = time.monotonic()
    await client.cancel(msg_id)
    try:
        response = await asyncio.wait_for(future, 120)
    except asyncio.TimeoutError:
        return "unanswered", None
    return _outcome(response), time.monotonic() - cancelled_at


async def _until_stopped(client: RawLspClient, timeout: float = 30) -> float | None:
    """Seconds until no generation runs (polled every 10 ms), None if one still runs after ``timeout``."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if (await client.status())["activeGenerations"] == 0:
            return time.monotonic() - started
        await asyncio.sleep(0.01)
    return None


def _outcome(response: JSON) -> str:
    error = response.get("error")
    if error is None:
        return "completed"
    return "cancelled" if error.get("code") == REQUEST_CANCELLED else f"error {error.get('code')}"


def _mib(n: int) -> float:
    return round(n / 2**20, 1)
