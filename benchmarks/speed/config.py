"""Settings of ``flutr-bench speed``; the field help texts are the CLI help."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.quality.config import RESULTS_DIR
from flutr.backends.llama_cpp import LlamaCppConfig
from flutr.pipeline import GenerationSettings, ModelSpec

# Serving configurations: fixed few-shot prefix (k=0) or retrieval (k>0), each without and with prompt lookup.
SPEED_CONFIGS = ("fixed", "rag", "fixed+pld", "rag+pld")


@dataclass(frozen=True)
class SpeedConfig(GenerationSettings):
    """The server's generation settings (``flutr.pipeline.GenerationSettings``; ``retrieval_k`` is the rag
    configurations') plus the run's."""

    model: str = field(
        default="default",
        metadata={"help": "GGUF file, or default | qwen2.5-coder-1.5b | smollm2-135m | gemma-3-270m (packaged models)"},
    )
    lora: Path | None = field(default=None, metadata={"help": "llama.cpp LoRA adapter GGUF"})
    split: str = field(default="test", metadata={"help": "questions come from this dataset split"})
    limit: int = field(default=6, metadata={"help": "timed questions per configuration (after the warm-up one)"})
    configs: str = field(
        default=",".join(SPEED_CONFIGS),
        metadata={"help": "comma-separated: fixed (k=0), rag (retrieval k), +pld (prompt-lookup decoding)"},
    )
    prompt_lookup_tokens: int = field(default=10, metadata={"help": "draft tokens of prompt-lookup decoding"})
    threads: int = field(default=0, metadata={"help": "llama.cpp threads, 0 = physical cores"})
    n_ctx: int = field(default=ModelSpec.n_ctx, metadata={"help": "model context size"})
    seed: int = field(default=LlamaCppConfig.seed, metadata={"help": "llama.cpp sampling seed"})
    lsp: bool = field(default=True, metadata={"help": "also measure through a real flutr-lsp session"})
    prefetch_ttft: bool = field(
        default=True,
        metadata={"help": "also time the prompt prefetch and the first token after it (the server's prefetch)"},
    )
    probe_interval: float = field(
        default=0.05, metadata={"help": "seconds between code-action list probes while a generation runs"}
    )
    out: Path | None = field(
        default=None, metadata={"help": "result folder (default benchmarks/results/speed-<model>)"}
    )
    progress: bool = field(default=True, metadata={"help": "show tqdm progress bars on stderr"})
    command: str | None = field(default=None, metadata={"help": "command line to record (default: sys.argv)"})

    def output_dir(self, model_name: str) -> Path:
        return self.out if self.out is not None else RESULTS_DIR / f"speed-{model_name}"
