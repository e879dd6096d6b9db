"""Settings of ``flutr-bench reliability``; the field help texts are the CLI help."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.quality.config import RESULTS_DIR

SCENARIOS = ("fuzz", "cancel", "broken", "safety", "privacy", "soak")


@dataclass(frozen=True)
class ReliabilityConfig:
    messages: int = field(default=10_000, metadata={"help": "fuzz messages sent to the server (Hypothesis)"})
    cancels: int = field(default=100, metadata={"help": "resolve requests cancelled in the cancel storm"})
    soak: int = field(default=1000, metadata={"help": "sequential code actions (list + resolve) in the soak run"})
    scenarios: str = field(default=",".join(SCENARIOS), metadata={"help": "comma-separated: " + ", ".join(SCENARIOS)})
    model: Path | None = field(default=None, metadata={"help": "GGUF model (default: the small SmolLM2-135M)"})
    threads: int = field(default=1, metadata={"help": "llama.cpp threads of the server under test"})
    seed: int = field(default=20251125, metadata={"help": "seed of Hypothesis and of the random cancel moments"})
    soak_max_tokens: int = field(default=16, metadata={"help": "maxTokens of the server in the soak run"})
    rss_bound_mib: float = field(
        default=64.0, metadata={"help": "allowed RSS growth (MiB) after the cancel storm and over the soak run"}
    )
    slowdown_bound: float = field(
        default=1.5, metadata={"help": "allowed ratio of the last to the first 10% median latency in the soak run"}
    )
    out: Path | None = field(default=None, metadata={"help": "result folder (default benchmarks/results/reliability)"})
    work_dir: Path | None = field(default=None, metadata={"help": "scratch folder for logs and broken models"})
    progress: bool = field(default=True, metadata={"help": "log progress of each scenario"})
    command: str | None = field(default=None, metadata={"help": "command line to record (default: sys.argv)"})

    def selected(self) -> tuple[str, ...]:
        chosen = tuple(s.strip() for s in self.scenarios.split(",") if s.strip())
        unknown = set(chosen) - set(SCENARIOS)
        if unknown:
            raise ValueError(f"unknown scenarios {sorted(unknown)}; choose from {', '.join(SCENARIOS)}")
        return chosen

    def output_dir(self) -> Path:
        return self.out if self.out is not None else RESULTS_DIR / "reliability"
