"""Soak: N sequential code actions (list + resolve, each for a new comment, so none is served from the answer
cache) against one server; RSS sampled along the way. No memory growth beyond a bound, no slowdown trend."""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.reliability.checks import percentile, slope, tail_ratio
from benchmarks.reliability.session import edit_of, request_text, start_server

logger = logging.getLogger(__name__)


@dataclass
class SoakResult:
    iterations: int = 0
    with_edit: int = 0
    without_edit: int = 0
    errors: int = 0
    max_tokens: int = 0
    latency_ms: dict[str, float] = field(default_factory=dict)  # median, p90, p99, max, mean
    first_tenth_median_ms: float = 0.0
    last_tenth_median_ms: float = 0.0
    slowdown_ratio: float = 0.0  # last tenth's median / first tenth's
    slope_ms_per_100: float = 0.0  # least-squares trend of the latency
    rss_start_mib: float = 0.0  # after the warm-up tenth (buffers allocated, answer cache filling)
    rss_end_mib: float = 0.0
    rss_max_mib: float = 0.0
    rss_growth_mib: float = 0.0
    rss_samples_mib: list[tuple[int, float]] = field(default_factory=list)
    latency_samples_ms: list[tuple[int, float]] = field(default_factory=list)  # (iteration, ms), same points
    internet_sockets: list[str] = field(default_factory=list)
    rss_bound_mib: float = 64.0
    slowdown_bound: float = 1.5
    server_alive: bool = True
    duration_s: float = 0.0

    @property
    def passed(self) -> bool:
        return (
            self.server_alive
            and self.errors == 0
            and self.iterations > 0
            and self.rss_growth_mib <= self.rss_bound_mib
            and self.slowdown_ratio <= self.slowdown_bound
            and not self.internet_sockets
        )

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "passed": self.passed}


def _document(n: int) -> str:
    return f"import 'dart:math';\n\n// {request_text(n, 'soak')}\n\nclass Tail {{}}\n"


async def soak(
    work: Path,
    iterations: int,
    *,
    model: Path | None = None,
    threads: int = 1,
    max_tokens: int = 16,
    rss_bound_mib: float = 64.0,
    slowdown_bound: float = 1.5,
    progress: bool = True,
) -> SoakResult:
    result = SoakResult(max_tokens=max_tokens, rss_bound_mib=rss_bound_mib, slowdown_bound=slowdown_bound)
    work.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    options = {"maxTokens": max_tokens, "contextLines": 0, "threads": threads}
    client = await start_server(model, work / "soak-server.log", options)
    uri = (work / "soak.dart").as_uri()
    await client.open(uri, _document(0))
    latencies: list[float] = []
    every = max(1, iterations // 100)
    warm_up = max(1, min(50, iterations // 10))
    sockets: set[str] = set()
    try:
        for n in range(iterations):
            await client.change(uri, n + 2, [{"text": _document(n)}])
            begun = time.perf_counter()
            try:
                actions = await client.code_actions(uri, 2)
                response = await asyncio.wait_for(await client.send_request("codeAction/resolve", actions[0]), 300)
            except Exception as exc:  # noqa: BLE001 - counted; the soak goes on
                result.errors += 1
                logger.warning("soak %d: %s: %s", n, type(exc).__name__, exc)
                if not client.alive:
                    break
                continue
            latencies.append((time.perf_counter() - begun) * 1000)
            if "error" in response:
                result.errors += 1
            elif edit_of(response) is not None:
                result.with_edit += 1
            else:
                result.without_edit += 1
            if n % every == 0 or n == iterations - 1:
                rss = client.rss() / 2**20
                result.rss_samples_mib.append((n, round(rss, 1)))
                result.latency_samples_ms.append((n, round(latencies[-1], 1)))
                sockets.update(client.internet_sockets())
                if n >= warm_up and not result.rss_start_mib:
                    result.rss_start_mib = round(rss, 1)
            if progress and (n + 1) % max(1, iterations // 10) == 0:
                logger.info("soak: %d/%d, median %.0f ms", n + 1, iterations, percentile(latencies, 50))
        result.rss_end_mib = round(client.rss() / 2**20, 1)
    finally:
        result.server_alive = client.alive
        await client.shutdown()
    result.iterations = len(latencies) + result.errors
    result.internet_sockets = sorted(sockets)
    _figures(result, latencies)
    result.duration_s = round(time.monotonic() - started, 1)
    return result


def _figures(result: SoakResult, latencies: list[float]) -> None:
    if not latencies:
        return
    result.latency_ms = {
        "median": round(percentile(latencies, 50), 1),
        "p90": round(percentile(latencies, 90), 1),
        "p99": round(percentile(latencies, 99), 1),
        "max": round(max(latencies), 1),
        "mean": round(sum(latencies) / len(latencies), 1),
    }
    tenth = max(1, len(latencies) // 10)
    result.first_tenth_median_ms = round(percentile(latencies[:tenth], 50), 1)
    result.last_tenth_median_ms = round(percentile(latencies[-tenth:], 50), 1)
    result.slowdown_ratio = round(tail_ratio(latencies), 3)
    result.slope_ms_per_100 = round(slope(latencies) * 100, 2)
    if not result.rss_start_mib and result.rss_samples_mib:
        result.rss_start_mib = result.rss_samples_mib[0][1]
    samples = [mib for _, mib in result.rss_samples_mib] + [result.rss_end_mib]
    result.rss_max_mib = max(samples)
    result.rss_growth_mib = round(result.rss_end_mib - result.rss_start_mib, 1)
