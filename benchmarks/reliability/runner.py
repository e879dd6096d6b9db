"""``main(config)``: run the selected reliability scenarios against the real server and write
``reliability.json`` and ``README.md`` to the result folder."""

from __future__ import annotations

import asyncio
import json
import logging
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.environment import RunEnvironment
from benchmarks.reliability.broken_models import broken_models
from benchmarks.reliability.cancel_storm import cancel_storm
from benchmarks.reliability.config import ReliabilityConfig
from benchmarks.reliability.doc_safety import document_safety
from benchmarks.reliability.fuzz import run_fuzz
from benchmarks.reliability.privacy import offline_and_private
from benchmarks.reliability.report import SOAK_CHART, markdown, soak_chart
from benchmarks.reliability.soak import soak

logger = logging.getLogger(__name__)


@dataclass
class ReliabilityReport:
    environment: dict[str, Any]
    scenarios: dict[str, Any] = field(default_factory=dict)  # name -> result JSON (with "passed")
    durations_s: dict[str, float] = field(default_factory=dict)

    @property
    def failed(self) -> list[str]:
        failed = []
        for name, result in self.scenarios.items():
            items = result if isinstance(result, list) else [result]
            failed += [f"{name}:{item.get('case', '')}".rstrip(":") for item in items if not item.get("passed")]
        return failed

    @property
    def passed(self) -> bool:
        return not self.failed

    def to_json(self) -> dict[str, Any]:
        return {
            "passed": self.passed,
            "failed": self.failed,
            "headline": headline(self.scenarios),
            "durations_s": self.durations_s,
            "environment": self.environment,
            **self.scenarios,
        }


def headline(scenarios: dict[str, Any]) -> dict[str, Any]:
    """The figures the issue asks for, in one place."""
    figures: dict[str, Any] = {}
    if fuzz := scenarios.get("fuzz"):
        figures["fuzz"] = {
            k: fuzz[k]
            for k in ("messages_sent", "crashes", "hangs", "unanswered", "requests_expecting_answer", "answered")
        }
        figures["fuzz"]["final_code_action_ok"] = bool(fuzz["final_code_action"].get("ok"))
        figures["fuzz"]["rss_mib_before_after"] = [fuzz["rss_start_mib"], fuzz["rss_end_mib"]]
    if storm := scenarios.get("cancel_storm"):
        figures["cancel_storm"] = {
            k: storm[k]
            for k in (
                "requests",
                "cancelled",
                "cancels_during_generation",
                "active_generations_after",
                "pending_after",
                "rss_baseline_mib",
                "rss_after_mib",
                "rss_growth_mib",
            )
        }
        figures["cancel_storm"]["next_request_ok"] = bool(storm["next_request"].get("ok"))
    if broken := scenarios.get("broken_models"):
        figures["broken_models"] = {item["case"]: item["passed"] for item in broken}
    if safety := scenarios.get("document_safety"):
        figures["document_safety"] = {case["name"]: case["verdict"] for case in safety["cases"]}
    if privacy := scenarios.get("offline_private"):
        figures["offline_private"] = {
            "internet_sockets": len(privacy["internet_sockets"]),
            "user_text_log_lines": len(privacy["user_text_in_log"]),
            "generated_code_log_lines": len(privacy["generated_code_in_log"]),
        }
    if soaked := scenarios.get("soak"):
        figures["soak"] = {
            "iterations": soaked["iterations"],
            "errors": soaked["errors"],
            "median_ms": soaked["latency_ms"].get("median"),
            "p99_ms": soaked["latency_ms"].get("p99"),
            "slowdown_ratio": soaked["slowdown_ratio"],
            "rss_mib_start_end": [soaked["rss_start_mib"], soaked["rss_end_mib"]],
            "rss_growth_mib": soaked["rss_growth_mib"],
        }
    return figures


def run_scenarios(config: ReliabilityConfig, work: Path) -> ReliabilityReport:
    chosen = config.selected()
    env = RunEnvironment.capture(
        seeds={"hypothesis": config.seed, "cancel_moments": config.seed}, command=config.command
    )
    report = ReliabilityReport(environment=env.to_json())
    model, threads = config.model, config.threads

    def timed(name: str, run: Any) -> Any:
        logger.info("reliability: %s ...", name)
        started = time.monotonic()
        result = run()
        report.durations_s[name] = round(time.monotonic() - started, 1)
        return result

    if "fuzz" in chosen and config.messages > 0:
        result = timed(
            "fuzz",
            lambda: run_fuzz(work / "fuzz", config.messages, model=model, threads=threads, seed_value=config.seed),
        )
        report.scenarios["fuzz"] = result.to_json()
    if "cancel" in chosen:
        storm = timed(
            "cancel_storm",
            lambda: asyncio.run(
                cancel_storm(
                    work / "cancel",
                    config.cancels,
                    model=model,
                    threads=threads,
                    seed_value=config.seed,
                    rss_bound_mib=config.rss_bound_mib,
                )
            ),
        )
        report.scenarios["cancel_storm"] = storm.to_json()
    if "broken" in chosen:
        broken = timed("broken_models", lambda: asyncio.run(broken_models(work / "broken", base=model)))
        report.scenarios["broken_models"] = [item.to_json() for item in broken]
    if "safety" in chosen:
        safety = timed(
            "document_safety", lambda: asyncio.run(document_safety(work / "safety", model=model, threads=threads))
        )
        report.scenarios["document_safety"] = safety.to_json()
    if "privacy" in chosen:
        privacy = timed(
            "offline_private", lambda: asyncio.run(offline_and_private(work / "privacy", model=model, threads=threads))
        )
        report.scenarios["offline_private"] = privacy.to_json()
    if "soak" in chosen and config.soak > 0:
        soaked = timed(
            "soak",
            lambda: asyncio.run(
                soak(
                    work / "soak",
                    config.soak,
                    model=model,
                    threads=threads,
                    max_tokens=config.soak_max_tokens,
                    rss_bound_mib=config.rss_bound_mib,
                    slowdown_bound=config.slowdown_bound,
                    progress=config.progress,
                )
            ),
        )
        report.scenarios["soak"] = soaked.to_json()
    return report


def main(config: ReliabilityConfig) -> ReliabilityReport:
    config.selected()  # unknown scenario names fail before anything runs
    out = config.output_dir()
    out.mkdir(parents=True, exist_ok=True)
    if config.work_dir is not None:
        config.work_dir.mkdir(parents=True, exist_ok=True)
        report = run_scenarios(config, config.work_dir)
    else:
        with tempfile.TemporaryDirectory(prefix="flutr-reliability-") as scratch:
            report = run_scenarios(config, Path(scratch))
    data = report.to_json()
    (out / "reliability.json").write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if soaked := data.get("soak"):
        soak_chart(soaked, out / SOAK_CHART)
    notes = out / "notes.md"  # hand-written findings, kept across runs
    (out / "README.md").write_text(
        markdown(data, notes.read_text(encoding="utf-8") if notes.exists() else ""), encoding="utf-8"
    )
    logger.info("reliability: %s; wrote %s", "passed" if report.passed else f"FAILED {report.failed}", out)
    return report
