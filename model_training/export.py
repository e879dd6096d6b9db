"""A trained PEFT adapter -> GGUF files llama.cpp serves, checked by loading and generating with them.

Two outputs, both written here with the ``gguf`` package's writer:

* **LoRA adapter GGUF** (``flutr-lsp --lora``): ``general.type=adapter``, ``adapter.type=lora``,
  ``adapter.lora.alpha`` and, per wrapped projection, ``<gguf tensor>.lora_a`` (rank x in) and ``.lora_b``
  (out x rank). llama.cpp scales the product by ``alpha / rank``; PEFT by ``lora_alpha / r`` (or
  ``/ sqrt(r)`` with rsLoRA), so the written alpha is PEFT's scaling times the rank.
* **Merged model GGUF** (``flutr-lsp --model``): the base GGUF is read, every tensor dequantized to float,
  ``scaling * B @ A`` added to the wrapped weights, the result written as F16 (1-D tensors F32) with the
  base's metadata, then quantized (Q4_K_M by default) with llama.cpp's own quantizer. The merge always
  happens in float, never into 4-bit weights.

Weight layout: PEFT's deltas are in Hugging Face layout (out x in), which is numpy's view of a GGUF tensor.
For the ``llama`` architecture llama.cpp stores Q and K rows interleaved per head for its rotary embedding,
so the rows of ``lora_b`` for q/k projections are permuted the same way.
"""

from __future__ import annotations

import json
import logging
import math
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from flutr.gguf_merge import LoraWeights, MergeError, merge_lora, quantize
from model_training.gguf_meta import (
    GGUFMetadataError,
    TensorInfo,
    architecture,
    read_gguf_metadata,
    read_gguf_tensor_infos,
)

logger = logging.getLogger(__name__)

ADAPTER_WEIGHTS = "adapter_model.safetensors"
ADAPTER_CONFIG = "adapter_config.json"
ADAPTER_INFO = "flutr_adapter.json"  # written by sft.main beside the adapter
PERMUTED_QK_ARCHS = frozenset({"llama"})
SUPPORTED_ARCHS = frozenset({"qwen2", "qwen3", "llama", "gemma2", "gemma3"})
QUANT_TYPES = ("Q4_K_M", "Q5_K_M", "Q6_K", "Q8_0", "F16")
CHECK_QUESTION = "Ekrana 'Merhaba' yazan bir Text widget'ı oluştur"


class ExportError(Exception):
    """An export that cannot be done or did not produce a working file; the message says which and why."""


# --- reading the adapter ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoraModule:
    hf_name: str  # e.g. model.layers.0.self_attn.q_proj
    gguf_name: str  # e.g. blk.0.attn_q.weight
    a: np.ndarray  # (rank, in) float32
    b: np.ndarray  # (out, rank) float32, rows already in GGUF order


@dataclass(frozen=True)
class LoadedAdapter:
    folder: Path
    rank: int
    scaling: float
    modules: list[LoraModule]
    info: dict[str, Any] = field(default_factory=dict)

    @property
    def gguf_alpha(self) -> float:
        """The alpha llama.cpp needs so that its ``alpha / rank`` equals PEFT's scaling."""
        return self.scaling * self.rank


def find_adapter_dir(path: Path) -> Path:
    """Accept a run folder (uses ``adapter/``), an adapter folder, or a ``checkpoint-N`` folder."""
    for candidate in (path, path / "adapter"):
        if (candidate / ADAPTER_CONFIG).is_file() and (candidate / ADAPTER_WEIGHTS).is_file():
            return candidate
    if not path.exists():
        raise ExportError(f"{path}: not found; pass a training run folder or its adapter/ folder")
    raise ExportError(
        f"{path}: no PEFT adapter here ({ADAPTER_CONFIG} + {ADAPTER_WEIGHTS}); pass the run folder of "
        "'flutr-train sft', its adapter/ folder or a checkpoint-N folder"
    )


def _hf_module_name(key: str) -> tuple[str, str]:
    """``base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight`` -> (module name, 'A')."""
    match = re.fullmatch(r"(?:base_model\.model\.)?(.+)\.lora_([AB])(?:\.default)?\.weight", key)
    if match is None:
        raise ExportError(f"unexpected tensor {key!r} in the adapter (only LoRA A/B weights can be exported)")
    name = match.group(1).replace("model.language_model.", "model.").replace("language_model.model.", "model.")
    return name, match.group(2)


def permute_for_rope(rows: np.ndarray, n_head: int) -> np.ndarray:
    """Reorder the output rows of a q/k projection from HF's half-split rotary layout to llama.cpp's pairs.

    Within each head of size d, HF keeps the two rotary halves as rows [0, d/2) and [d/2, d); llama.cpp
    wants them interleaved (0, d/2, 1, d/2+1, ...)."""
    out = rows.shape[0]
    head_dim = out // n_head
    return rows.reshape(n_head, 2, head_dim // 2, *rows.shape[1:]).swapaxes(1, 2).reshape(rows.shape)


def tensor_name_map(arch: str, n_blocks: int) -> Any:
    import gguf

    by_name = {name: enum for enum, name in gguf.MODEL_ARCH_NAMES.items()}
    if arch not in by_name:
        raise ExportError(f"architecture {arch!r} is unknown to the gguf package")
    return gguf.get_tensor_name_map(by_name[arch], n_blocks)


def gguf_tensor_name(name_map: Any, hf_name: str) -> str:
    """HF parameter name (``model.layers.0.mlp.down_proj.weight``) -> GGUF (``blk.0.ffn_down.weight``)."""
    gguf_name = name_map.get_name(hf_name, try_suffixes=(".weight", ".bias"))
    if gguf_name is None:
        raise ExportError(f"no GGUF tensor name for {hf_name!r}")
    return str(gguf_name)


def load_adapter(path: Path, base_metadata: dict[str, Any]) -> LoadedAdapter:
    """Read a PEFT LoRA adapter and map its modules onto the base GGUF's tensor names and layout."""
    from safetensors.numpy import load_file

    folder = find_adapter_dir(path)
    config = json.loads((folder / ADAPTER_CONFIG).read_text(encoding="utf-8"))
    if config.get("peft_type", "LORA") != "LORA":
        raise ExportError(f"{folder}: adapter type {config.get('peft_type')!r} is not LoRA")
    if config.get("rank_pattern") or config.get("alpha_pattern"):
        raise ExportError(f"{folder}: per-module rank/alpha patterns cannot be written as one llama.cpp alpha")
    if config.get("use_dora"):
        raise ExportError(f"{folder}: DoRA adapters are not supported by llama.cpp")
    rank = int(config["r"])
    alpha = float(config["lora_alpha"])
    scaling = alpha / math.sqrt(rank) if config.get("use_rslora") else alpha / rank

    arch = architecture(base_metadata)
    if arch not in SUPPORTED_ARCHS:
        raise ExportError(f"base architecture {arch!r} is not supported (supported: {sorted(SUPPORTED_ARCHS)})")
    n_blocks = int(base_metadata.get(f"{arch}.block_count", 0))
    name_map = tensor_name_map(arch, n_blocks)
    n_head = int(base_metadata.get(f"{arch}.attention.head_count", 0) or 0)
    n_head_kv = int(base_metadata.get(f"{arch}.attention.head_count_kv", 0) or n_head)

    tensors = load_file(str(folder / ADAPTER_WEIGHTS))
    pairs: dict[str, dict[str, np.ndarray]] = {}
    for key, value in tensors.items():
        name, which = _hf_module_name(key)
        pairs.setdefault(name, {})[which] = value.astype(np.float32)
    modules = []
    for name in sorted(pairs, key=_natural_key):
        pair = pairs[name]
        if set(pair) != {"A", "B"}:
            raise ExportError(f"{folder}: {name} has lora_{''.join(pair)} but not both A and B")
        a, b = pair["A"], pair["B"]
        if arch in PERMUTED_QK_ARCHS and name.endswith(("q_proj", "k_proj")):
            b = permute_for_rope(b, n_head if name.endswith("q_proj") else n_head_kv)
        modules.append(LoraModule(name, gguf_tensor_name(name_map, name + ".weight"), a, b))
    if not modules:
        raise ExportError(f"{folder}: the adapter holds no LoRA weights")
    info_path = folder / ADAPTER_INFO
    info = json.loads(info_path.read_text(encoding="utf-8")) if info_path.is_file() else {}
    return LoadedAdapter(folder=folder, rank=rank, scaling=scaling, modules=modules, info=info)


def _natural_key(name: str) -> list[Any]:
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name)]


def check_adapter_fits(adapter: LoadedAdapter, base_tensors: dict[str, TensorInfo]) -> None:
    """Every LoRA pair must sit on a base tensor of matching shape (GGUF shape is (in, out))."""
    for module in adapter.modules:
        info = base_tensors.get(module.gguf_name)
        if info is None:
            raise ExportError(f"the base model has no tensor {module.gguf_name} for {module.hf_name}")
        expected = (module.a.shape[1], module.b.shape[0])
        if tuple(info.shape[:2]) != expected:
            raise ExportError(
                f"{module.hf_name}: adapter is {expected[1]}x{expected[0]} but the base tensor "
                f"{module.gguf_name} is {info.shape[1]}x{info.shape[0]}; it was trained on another model"
            )


# --- writing ------------------------------------------------------------------------------------------------


def write_lora_adapter_gguf(
    adapter: LoadedAdapter, arch: str, out_path: Path, *, dtype: str = "f16", name: str = ""
) -> Path:
    """Write the llama.cpp LoRA adapter GGUF (F16 by default: ~17 MB for rank 16 on Qwen 0.5B)."""
    import gguf

    np_dtype = {"f16": np.float16, "f32": np.float32}[dtype]
    out_path.parent.mkdir(parents=True, exist_ok=True)
    writer = gguf.GGUFWriter(str(out_path), arch)
    writer.add_type("adapter")
    writer.add_string("adapter.type", "lora")
    writer.add_float32("adapter.lora.alpha", float(adapter.gguf_alpha))
    writer.add_name(name or f"flutr LoRA adapter ({adapter.folder.name})")
    for module in adapter.modules:
        writer.add_tensor(module.gguf_name + ".lora_a", module.a.astype(np_dtype))
        writer.add_tensor(module.gguf_name + ".lora_b", module.b.astype(np_dtype))
    finish_gguf(writer)
    return out_path


def finish_gguf(writer: Any) -> None:
    """Write a filled ``GGUFWriter`` to its file: header, key/values, tensors."""
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()


def merge_into_f16_gguf(base_gguf: Path, adapter: LoadedAdapter, out_path: Path) -> Path:
    """Dequantize the base GGUF, add the LoRA deltas in float, write an F16 GGUF with the base's metadata."""
    started = time.monotonic()
    weights = LoraWeights({m.gguf_name: (m.a, m.b) for m in adapter.modules}, adapter.scaling)
    try:
        merged = merge_lora(base_gguf, weights, out_path)
    except MergeError as exc:
        raise ExportError(str(exc)) from None
    logger.info("merged %d LoRA deltas into %s in %.0f s", merged, out_path, time.monotonic() - started)
    return out_path


def quantize_gguf(source: Path, target: Path, quant: str = "Q4_K_M", threads: int = 0) -> Path:
    """Quantize an F16/F32 GGUF with llama.cpp (``llama_model_quantize``)."""
    started = time.monotonic()
    try:
        quantize(source, target, quant, threads=threads)
    except MergeError as exc:
        raise ExportError(str(exc)) from None
    logger.info(
        "quantized to %s: %s (%.0f MB, %.0f s)",
        quant,
        target,
        target.stat().st_size / 1e6,
        time.monotonic() - started,
    )
    return target


# --- checking -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GenerationCheck:
    path: Path
    lora_path: Path | None
    completion_tokens: int
    text: str


def check_generates(
    model_path: Path, *, lora_path: Path | None = None, max_tokens: int = 8, threads: int = 0
) -> GenerationCheck:
    """Load with llama-cpp-python (adapter via ``lora_path``) and generate from the serving prompt."""
    import llama_cpp

    from flutr.prompting import build_messages, render_prompt

    template = read_gguf_metadata(model_path).get("tokenizer.chat_template")
    prompt = render_prompt(build_messages(CHECK_QUESTION), template if isinstance(template, str) else None)
    what = f"{model_path}" + (f" with adapter {lora_path}" if lora_path else "")
    try:
        llm = llama_cpp.Llama(
            model_path=str(model_path),
            lora_path=str(lora_path) if lora_path else None,
            n_ctx=1024,
            n_threads=threads or None,
            seed=0,
            verbose=False,
        )
    except Exception as exc:  # llama-cpp-python raises ValueError/RuntimeError for files it rejects
        raise ExportError(f"llama.cpp cannot load {what}: {exc}") from None
    try:
        output = llm.create_completion(prompt, max_tokens=max_tokens, temperature=0.0)
    except Exception as exc:
        raise ExportError(f"llama.cpp loaded {what} but generation failed: {exc}") from None
    finally:
        llm.close()
    result: Any = output
    tokens = int(result["usage"]["completion_tokens"])
    if tokens < 1:
        raise ExportError(f"{what}: loaded but generated no token")
    return GenerationCheck(model_path, lora_path, tokens, str(result["choices"][0]["text"]))


# --- the export command -------------------------------------------------------------------------------------


@dataclass
class ExportResult:
    adapter_gguf: Path | None = None
    merged_gguf: Path | None = None
    checks: list[GenerationCheck] = field(default_factory=list)


CONVERTED_BASE = "base-f16.gguf"


def resolve_base_gguf(adapter_path: Path, base_gguf: str, out_dir: Path | None = None) -> Path:
    """The GGUF to attach to or merge into: ``--base-gguf``, the one the run was trained from, or (for a run
    trained from a Hugging Face folder or Hub id) that folder converted to ``out_dir/base-f16.gguf``."""
    if base_gguf:
        path = Path(base_gguf).expanduser()
    else:
        info_path = find_adapter_dir(adapter_path) / ADAPTER_INFO
        info = json.loads(info_path.read_text(encoding="utf-8")) if info_path.is_file() else {}
        if info.get("base_kind") == "hf" and info.get("hf_model_dir") and out_dir is not None:
            path = out_dir / CONVERTED_BASE
            if not path.is_file():
                from model_training.hf_to_gguf import convert_hf_to_gguf

                logger.info("the run's base is a Hugging Face folder: converting it to %s", path)
                convert_hf_to_gguf(Path(info["hf_model_dir"]), path, dtype="f16")
        elif info.get("base_kind") != "gguf":
            raise ExportError(
                f"{adapter_path}: the adapter records no base model; pass --base-gguf with the GGUF of the "
                "same base model"
            )
        else:
            path = Path(info["base_model"])
    from flutr.models import ModelError, check_gguf

    try:
        check_gguf(path)
    except ModelError as exc:
        raise ExportError(f"base GGUF: {exc}") from None
    return path


def export(
    adapter_path: Path,
    out_dir: Path,
    *,
    base_gguf: str = "",
    adapter: bool = True,
    merged: bool = True,
    quant: str = "Q4_K_M",
    adapter_dtype: str = "f16",
    keep_f16: bool = False,
    threads: int = 0,
) -> ExportResult:
    """Write the adapter GGUF and/or the merged, quantized model GGUF; both are load-and-generate checked."""
    if quant.upper() not in QUANT_TYPES:
        raise ExportError(f"--quant {quant!r}: choose one of {', '.join(QUANT_TYPES)}")
    base = resolve_base_gguf(adapter_path, base_gguf, out_dir)  # checks the adapter before out_dir exists
    try:
        metadata = read_gguf_metadata(base)
        base_tensors = read_gguf_tensor_infos(base)
    except GGUFMetadataError as exc:
        raise ExportError(f"base GGUF: {exc}") from None
    lora = load_adapter(adapter_path, metadata)
    check_adapter_fits(lora, base_tensors)
    arch = architecture(metadata)
    result = ExportResult()
    out_dir.mkdir(parents=True, exist_ok=True)
    if adapter:
        target = out_dir / f"adapter-{adapter_dtype}.gguf"
        write_lora_adapter_gguf(lora, arch, target, dtype=adapter_dtype)
        result.checks.append(check_generates(base, lora_path=target, threads=threads))
        result.adapter_gguf = target
        logger.info("adapter GGUF %s (%.1f MB) loads and generates", target, target.stat().st_size / 1e6)
    if merged:
        f16_path = out_dir / "model-f16.gguf"
        merge_into_f16_gguf(base, lora, f16_path)
        if quant.upper() == "F16":
            target = f16_path
        else:
            target = out_dir / f"model-{quant.upper()}.gguf"
            quantize_gguf(f16_path, target, quant.upper(), threads)
            if not keep_f16:
                f16_path.unlink()
        result.checks.append(check_generates(target, threads=threads))
        result.merged_gguf = target
        logger.info("merged GGUF %s (%.0f MB) loads and generates", target, target.stat().st_size / 1e6)
    return result
