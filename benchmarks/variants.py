"""The prompt/adapter variants a benchmark compares, and how a ``--model`` argument names a GGUF file.

A variant is base (the server's default prompt: system prompt + one fixed example), ``rag`` (plus the k most
similar training questions, as ``flutr-lsp --retrieval-k``), ``lora`` (the base prompt on the model with the
project's LoRA adapter) or ``rag+lora``. Two baselines use no model at all and show what copying could score:
``copy1`` answers with the top-1 retrieved training answer, ``copy2`` with the top two, one after the other.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

from flutr.models import GEMMA3_270M, QWEN_05B, QWEN_15B, SMOLLM2_135M, ModelError, assemble

logger = logging.getLogger(__name__)

VARIANTS = ("base", "rag", "lora", "rag+lora", "copy1", "copy2")
COPY_BASELINES = {"copy1": 1, "copy2": 2}


@dataclass(frozen=True)
class Variant:
    name: str
    retrieval: bool
    lora: bool

    def retrieval_k(self, k: int) -> int:
        return k if self.retrieval else 0

    @property
    def copies(self) -> int:
        """How many retrieved training answers a copy baseline pastes (0: a model answers)."""
        return COPY_BASELINES.get(self.name, 0)


def parse_variants(text: str) -> tuple[Variant, ...]:
    """``"base,rag"`` → variants, in the given order, duplicates dropped. Raises ``ValueError`` on a typo."""
    names: list[str] = []
    for raw in text.split(","):
        name = raw.strip().lower()
        if not name:
            continue
        if name not in VARIANTS:
            raise ValueError(f"unknown variant {name!r}; expected some of {', '.join(VARIANTS)}")
        if name not in names:
            names.append(name)
    if not names:
        raise ValueError("no variant given")
    return tuple(Variant(name, retrieval="rag" in name, lora="lora" in name) for name in names)


# Names accepted by --model besides a path: the embedded default and the other packaged models.
MODEL_ALIASES = {
    "default": QWEN_05B.name,
    "fast": "the fast build: default model + flutr's adapter merged, IQ4_NL (the server's default)",
    "qwen2.5-coder-0.5b": QWEN_05B.name,
    "qwen2.5-coder-1.5b": QWEN_15B.name,
    "smollm2-135m": SMOLLM2_135M.name,
    "gemma-3-270m": GEMMA3_270M.name,
}


def resolve_model(spec: str) -> Path:
    """A GGUF path for ``spec``: ``default``, one of :data:`MODEL_ALIASES`, or a file path."""
    key = spec.strip().lower()
    if key in ("default", "qwen2.5-coder-0.5b", QWEN_05B.name):
        return assemble(QWEN_05B)
    if key == "fast":
        from flutr.fast_model import fast_model_path
        from flutr.models import default_adapter_path

        return fast_model_path(assemble(QWEN_05B), default_adapter_path())
    if key in ("qwen2.5-coder-1.5b", QWEN_15B.name):
        return assemble(QWEN_15B)
    if key in ("smollm2-135m", SMOLLM2_135M.name):
        return SMOLLM2_135M.path()
    if key in ("gemma-3-270m", GEMMA3_270M.name):
        return assemble(GEMMA3_270M)
    path = Path(spec).expanduser()
    if not path.is_file():
        raise ModelError(f"{spec}: no such model file and not one of {', '.join(MODEL_ALIASES)}")
    return path


@dataclass(frozen=True)
class FileIdentity:
    """What a result records about a model or adapter file: enough to tell two files apart, cheap to compute
    (size plus sha256 of the first and last MiB, not a full hash of a 500 MB file)."""

    name: str
    path: str
    size: int
    fingerprint: str

    @classmethod
    def of(cls, path: Path) -> FileIdentity:
        size = path.stat().st_size
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            digest.update(handle.read(1 << 20))
            if size > 2 << 20:
                handle.seek(size - (1 << 20))
                digest.update(handle.read(1 << 20))
        return cls(name=path.name, path=str(path), size=size, fingerprint=digest.hexdigest()[:16])

    @property
    def key(self) -> str:
        return f"{self.name}:{self.size}:{self.fingerprint}"
