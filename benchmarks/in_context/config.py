"""Settings of an in-context benchmark run."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from flutr.in_place import MECHANISMS
from flutr.pipeline import GenerationSettings, ModelSpec


@dataclass(frozen=True)
class InContextConfig(ModelSpec, GenerationSettings):
    # Answers are measured without the server's per-answer time budget: a busy benchmark box must not change
    # them (the budget itself is measured by `flutr-bench neighbour`).
    time_budget: float = field(default=0.0, metadata={"min": 0.0, "max": 600.0, "help": "seconds per answer (0 = off)"})
    split: str = field(default="test", metadata={"help": "in-context split (data/in_context/SPLIT.jsonl)"})
    data_file: str = field(default="", metadata={"help": "a JSONL file of in-context rows instead of the split"})
    mechanisms: tuple[str, ...] = field(
        default=MECHANISMS,
        metadata={"help": "standalone, instruct, fim, fim+rag, fim+select, fim+rag+select, fim+review"},
    )
    baselines: bool = field(default=True, metadata={"help": "also score copy1 (the top retrieved answer pasted)"})
    sample: int = field(default=0, metadata={"min": 0, "help": "rows per position (0 = all), drawn with a fixed seed"})
    positions: tuple[str, ...] = field(default=(), metadata={"help": "only rows at these positions (none = all)"})
    label: str = field(default="", metadata={"help": "the model's name in the report (default: from the spec)"})
    out: Path = field(default=Path("benchmarks/results/in-context"), metadata={"help": "results folder"})
