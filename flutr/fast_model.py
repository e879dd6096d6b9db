"""The embedded model made fast for a CPU: its LoRA adapter merged into the weights, requantized to IQ4_NL.

Why (``experiments/fast-model``, results in ``experiments/fast-model/results/``): the embedded
"Q4_K_M" file is mostly Q5_0 — Qwen2.5-0.5B's 896-wide rows cannot use k-quants — and llama.cpp's CPU backend
multiplies Q5_0 without repacking, while IQ4_NL (same 32-wide blocks) is repacked for the CPU's SIMD units. A LoRA
adapter applied at run time costs another ~12 % of decoding (``experiments/lora-cost/results``). Merging it and
requantizing removes both costs; the quality benchmark measures what the requantization loses. The output
projection (896 × 151,936: a third of the weights read for every generated token) is IQ4_NL too, where llama.cpp
would keep it Q8_0: decoding 1.17–1.29× faster for no measured loss (``experiments/fast-model/results-v2``).

Built once per (base model, adapter, quantization, llama.cpp version) into the model cache, from the verified
base GGUF: the adapted tensors are dequantized, the delta added, and llama.cpp's quantizer writes the result
(:mod:`flutr.gguf_merge`). A stamp beside the file records its inputs and the file's own size and mtime, so a
stale or truncated build is rebuilt, never loaded.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from flutr.models import DEFAULT_MODEL, ModelError, cache_dir, sha256_file

logger = logging.getLogger(__name__)

FAST_QUANT = "IQ4_NL"
FAST_OUTPUT: str | None = "IQ4_NL"  # the output projection too (llama.cpp's own choice for IQ4_NL is Q8_0)
BUILD_VERSION = 2  # bump when the recipe changes: older builds are rebuilt


def parse_quant(spec: str) -> tuple[str, str | None]:
    """``QUANT`` or ``QUANT/OUTPUT`` (e.g. ``IQ4_NL/Q8_0``) → (quantization, output projection type or None for
    llama.cpp's choice)."""
    quant, slash, output = spec.strip().upper().partition("/")
    if not quant or (slash and not output):
        raise ValueError(f"{spec!r}: expected QUANT or QUANT/OUTPUT, e.g. IQ4_NL or IQ4_NL/Q8_0")
    return quant, output or None


def _inputs(base: Path, base_sha256: str, adapter: Path | None, quant: str, output: str | None) -> dict[str, object]:
    import llama_cpp

    return {
        "recipe": BUILD_VERSION,
        "quant": quant.upper(),
        "output": output.upper() if output else None,
        "llama_cpp": llama_cpp.__version__,
        "base": base.name,
        "base_sha256": base_sha256,
        "adapter": adapter.name if adapter else None,
        "adapter_sha256": sha256_file(adapter) if adapter else None,
    }


def _locate(
    base: Path, base_sha256: str, adapter: Path | None, quant: str, output: str | None, directory: Path | None
) -> tuple[Path, dict[str, object]]:
    """Where the build of these inputs lives, and the inputs its stamp must record."""
    inputs = _inputs(base, base_sha256, adapter, quant, output)
    stem = base.stem.removesuffix("-q4_k_m")
    adapter_sha = str(inputs["adapter_sha256"] or "")
    tag = f"+lora-{adapter_sha[:10]}" if adapter_sha else ""
    out = "" if output and output.upper() == quant.upper() else f"-out-{(output or 'auto').lower()}"
    return (directory or cache_dir()) / f"{stem}{tag}-{quant.lower()}{out}.gguf", inputs


def _stamp(target: Path) -> Path:
    return target.with_suffix(".json")


def _is_current(target: Path, inputs: dict[str, object]) -> bool:
    try:
        recorded = json.loads(_stamp(target).read_text(encoding="utf-8"))
        info = target.stat()
    except (OSError, ValueError):
        return False
    return (
        isinstance(recorded, dict)
        and recorded.get("inputs") == inputs
        and recorded.get("size") == info.st_size
        and recorded.get("mtime_ns") == info.st_mtime_ns
    )


def fast_model_path(
    base: Path,
    adapter: Path | None,
    *,
    base_sha256: str = DEFAULT_MODEL.sha256,
    directory: Path | None = None,
    threads: int = 0,
    quant: str = FAST_QUANT,
    output: str | None = FAST_OUTPUT,
    progress: Callable[[str, int, int], None] | None = None,
) -> Path:
    """The fast build of ``base`` (+ ``adapter`` merged in), building it first when missing or stale.

    ``quant`` is llama.cpp's quantization of the whole model, ``output`` the type of its output projection (None:
    llama.cpp's choice). A file named ``…-iq4_nl.gguf`` is IQ4_NL throughout; another output type is in the name.

    ``base_sha256`` names the base's content (the embedded model's is verified when it is assembled).
    ``progress(stage, done, total)`` reports the merge (tensors) and quantization (one step). Raises
    :class:`ModelError` when the build fails; nothing half-written is left behind.
    """
    from flutr.gguf_merge import LoraWeights, MergeError, merge_lora, quantize, read_lora_gguf

    target, inputs = _locate(base, base_sha256, adapter, quant, output, directory)
    if _is_current(target, inputs):
        return target
    started = time.monotonic()
    logger.info("building the fast model %s (once; about a minute)", target.name)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="flutr-fast-", dir=target.parent) as scratch:
        merged = Path(scratch) / "merged-f16.gguf"
        built = Path(scratch) / target.name
        try:
            lora = read_lora_gguf(adapter) if adapter else LoraWeights({}, 1.0)
            merge_lora(
                base,
                lora,
                merged,
                keep_unadapted=True,
                progress=(lambda done, total: progress("merge", done, total)) if progress else None,
            )
            if progress:
                progress("quantize", 0, 1)
            quantize(merged, built, quant, threads=threads, allow_requantize=True, output_type=output)
            if progress:
                progress("quantize", 1, 1)
        except (MergeError, OSError, ValueError) as exc:
            raise ModelError(
                f"could not build the fast model from {base}{f' and {adapter}' if adapter else ''}: {exc}. "
                "Turn it off with fastModel: false (flutr-lsp --no-fast-model) and report the error"
            ) from exc
        merged.unlink()
        os.replace(built, target)
    info = target.stat()
    record = {"inputs": inputs, "size": info.st_size, "mtime_ns": info.st_mtime_ns}
    _stamp(target).write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    logger.info("fast model ready: %s (%.0f MB, %.0f s)", target, info.st_size / 1e6, time.monotonic() - started)
    return target


def fast_model_status(base: Path, adapter: Path | None, directory: Path | None = None) -> tuple[Path, bool]:
    """Where the fast build of ``base`` + ``adapter`` lives and whether it is built and current."""
    target, inputs = _locate(base, DEFAULT_MODEL.sha256, adapter, FAST_QUANT, FAST_OUTPUT, directory)
    return target, _is_current(target, inputs)
