"""What every result records about where and how it was produced: machine, versions, seeds, command line."""

from __future__ import annotations

import logging
import os
import platform
import shlex
import sys
import time
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from flutr.hardware import physical_cores

logger = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parent.parent
PACKAGES = (
    "flutr",
    "llama-cpp-python",
    "pygls",
    "lsprotocol",
    "tree-sitter",
    "tree-sitter-dart",
    "sacrebleu",
    "rouge-score",
    "nltk",
    "bert-score",
    "torch",
    "transformers",
)


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def memory_total_gib() -> float | None:
    try:
        with open("/proc/meminfo", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("MemTotal:"):
                    return round(int(line.split()[1]) / (1 << 20), 1)
    except OSError:
        pass
    return None


def versions() -> dict[str, str]:
    found = {"python": platform.python_version()}
    for name in PACKAGES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found


def source_revision() -> str:
    """The checked-out commit, read from ``.git`` files (no git process), or ``"unknown"``."""
    git = REPO / ".git"
    try:
        head = (git / "HEAD").read_text().strip()
        if head.startswith("ref: "):
            ref = head[5:]
            ref_file = git / ref
            if ref_file.exists():
                return ref_file.read_text().strip()
            packed = git / "packed-refs"
            if packed.exists():
                for line in packed.read_text().splitlines():
                    if line.endswith(" " + ref):
                        return line.split()[0]
            return "unknown"
        return head
    except OSError:
        return "unknown"


def command_line() -> str:
    """How this run was started, as a shell command (``flutr-bench ...`` when run through the console script)."""
    argv = list(sys.argv)
    program = Path(argv[0]).name if argv else "flutr-bench"
    if program in ("__main__.py", "-m", "-c") or program.startswith("pytest"):
        program = "python -m benchmarks" if program == "__main__.py" else program
    return " ".join([program, *(shlex.quote(arg) for arg in argv[1:])])


@dataclass(frozen=True)
class RunEnvironment:
    cpu: str
    logical_cores: int
    physical_cores: int
    memory_gib: float | None
    load_average: tuple[float, float, float]
    platform: str
    versions: dict[str, str]
    revision: str
    command: str
    started: str
    seeds: dict[str, int] = field(default_factory=dict)

    @classmethod
    def capture(cls, seeds: dict[str, int] | None = None, command: str | None = None) -> RunEnvironment:
        try:
            load = os.getloadavg()
        except OSError:
            load = (0.0, 0.0, 0.0)
        return cls(
            cpu=cpu_model(),
            logical_cores=os.cpu_count() or 1,
            physical_cores=physical_cores(),
            memory_gib=memory_total_gib(),
            load_average=(round(load[0], 2), round(load[1], 2), round(load[2], 2)),
            platform=platform.platform(),
            versions=versions(),
            revision=source_revision(),
            command=command or command_line(),
            started=time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            seeds=dict(seeds or {}),
        )

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def markdown(self) -> str:
        """The block every Markdown result ends with."""
        shown = ", ".join(f"{k} {v}" for k, v in self.versions.items())
        seeds = ", ".join(f"{k}={v}" for k, v in self.seeds.items()) or "-"
        return "\n".join(
            [
                f"- Machine: {self.cpu}, {self.physical_cores} physical / {self.logical_cores} logical cores, "
                f"{self.memory_gib} GiB RAM; load average at start {self.load_average[0]:.2f} "
                "(the CPU is shared: compare ratios within one run)",
                f"- Platform: {self.platform}",
                f"- Versions: {shown}",
                f"- Seeds: {seeds}",
                f"- Source revision: {self.revision}",
                f"- Started: {self.started}",
            ]
        )
