"""Settings of ``flutr-bench quality``; the field help texts are the CLI help."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from flutr.backends.llama_cpp import LlamaCppConfig
from flutr.pipeline import GenerationSettings, ModelSpec

RESULTS_DIR = Path(__file__).resolve().parents[1] / "results"
SPLIT_CHOICES = {"test": ("test",), "qual": ("qual",), "both": ("test", "qual")}


@dataclass(frozen=True)
class QualityConfig(GenerationSettings):
    """The server's generation settings (``flutr.pipeline.GenerationSettings``, its defaults) plus the run's."""

    model: str = field(
        default="default",
        metadata={"help": "GGUF file, or default | qwen2.5-coder-1.5b | smollm2-135m | gemma-3-270m (packaged models)"},
    )
    lora: Path | None = field(default=None, metadata={"help": "llama.cpp LoRA adapter GGUF (lora variants)"})
    splits: tuple[str, ...] = field(default=("test", "qual"), metadata={"help": "dataset splits to answer"})
    variants: str = field(default="base,rag", metadata={"help": "comma-separated: base,rag,lora,rag+lora"})
    limit: int | None = field(default=None, metadata={"help": "answer only the first N rows of each split"})
    sample: int | None = field(
        default=None, metadata={"help": "answer N rows of each split spread evenly over topics (same rows every run)"}
    )
    out: Path | None = field(
        default=None, metadata={"help": "result folder (default benchmarks/results/<model>-<splits>)"}
    )
    cache: Path | None = field(
        default=None, metadata={"help": "generation cache JSONL (default <out>/generations.jsonl)"}
    )
    seed: int = field(default=LlamaCppConfig.seed, metadata={"help": "llama.cpp sampling seed"})
    n_ctx: int = field(default=ModelSpec.n_ctx, metadata={"help": "model context size"})
    threads: int = field(default=0, metadata={"help": "llama.cpp threads, 0 = physical cores"})
    # Answers are measured without the server's per-answer time budget: a busy benchmark box must not change
    # them (the budget itself is measured by `flutr-bench neighbour`).
    time_budget: float = field(default=0.0, metadata={"min": 0.0, "max": 600.0, "help": "seconds per answer (0 = off)"})
    bertscore: bool = field(default=True, metadata={"help": "compute BERTScore (loads MiniLM; slow on CPU)"})
    charts: bool = field(default=True, metadata={"help": "write PNG charts"})
    progress: bool = field(default=True, metadata={"help": "show tqdm progress bars on stderr"})
    command: str | None = field(default=None, metadata={"help": "command line to record (default: sys.argv)"})

    def output_dir(self, model_name: str) -> Path:
        if self.out is not None:
            return self.out
        return RESULTS_DIR / f"{model_name}-{'+'.join(self.splits)}"
