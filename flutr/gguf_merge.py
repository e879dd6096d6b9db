"""A LoRA adapter merged into a GGUF model's weights, then quantized by llama.cpp.

Used by serving (:mod:`flutr.fast_model`: the embedded model with flutr's adapter, built once on the user's
machine) and by training (``flutr-train export``). The merge always happens in float: every adapted tensor is
dequantized, ``scaling * B @ A`` is added and the sum is written as F16; tensors the adapter does not touch are
either dequantized the same way or, with ``keep_unadapted``, copied as their original quantized bytes (the
quantizer then requantizes them; that keeps the temporary file and the memory small).

Layout: a GGUF tensor of ggml shape (in, out) is an (out, in) numpy array; an adapter's ``lora_a`` is
(rank, in) and ``lora_b`` (out, rank) in that view, so the delta is ``b @ a``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

logger = logging.getLogger(__name__)

LORA_ALPHA_KEY = "adapter.lora.alpha"


class MergeError(Exception):
    """A merge or quantization that cannot be done; the message names the file and what is wrong."""


@dataclass(frozen=True)
class LoraWeights:
    """A LoRA adapter as llama.cpp applies it: per base tensor name, ``a`` (rank × in) and ``b`` (out × rank),
    and one ``scaling`` (llama.cpp: ``alpha / rank``, or 1 when alpha is 0)."""

    pairs: Mapping[str, tuple[np.ndarray, np.ndarray]]
    scaling: float

    def delta(self, name: str) -> np.ndarray:
        a, b = self.pairs[name]
        return (self.scaling * (b.astype(np.float64) @ a.astype(np.float64))).astype(np.float32)


def read_lora_gguf(path: Path) -> LoraWeights:
    """Read a llama.cpp LoRA adapter GGUF (``<tensor>.lora_a`` / ``.lora_b`` pairs, ``adapter.lora.alpha``)."""
    import gguf

    try:
        reader = gguf.GGUFReader(str(path))
    except (OSError, ValueError) as exc:
        raise MergeError(f"{path}: not a readable GGUF adapter ({exc})") from exc
    halves: dict[str, dict[str, np.ndarray]] = {}
    for tensor in reader.tensors:
        base, _, which = tensor.name.rpartition(".")
        if which not in ("lora_a", "lora_b"):
            raise MergeError(f"{path}: tensor {tensor.name} is not a LoRA half (.lora_a / .lora_b)")
        values = gguf.quants.dequantize(tensor.data, tensor.tensor_type)
        halves.setdefault(base, {})[which] = np.asarray(values, dtype=np.float32).reshape(numpy_shape(tensor))
    pairs: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    rank = 0
    for name, half in halves.items():
        if set(half) != {"lora_a", "lora_b"}:
            raise MergeError(f"{path}: {name} has only {', '.join(half)}")
        a, b = half["lora_a"], half["lora_b"]
        if a.shape[0] != b.shape[1]:
            raise MergeError(f"{path}: {name}: lora_a rank {a.shape[0]} differs from lora_b rank {b.shape[1]}")
        rank = a.shape[0]
        pairs[name] = (a, b)
    if not pairs:
        raise MergeError(f"{path}: the adapter holds no LoRA tensors")
    field = reader.fields.get(LORA_ALPHA_KEY)
    alpha = float(field.contents()) if field is not None else 0.0
    return LoraWeights(pairs, alpha / rank if alpha else 1.0)


def numpy_shape(tensor: Any) -> tuple[int, ...]:
    """A ``GGUFReader`` tensor's shape as numpy sees it: ggml's dimensions reversed (out × in for a matrix)."""
    return tuple(reversed([int(n) for n in tensor.shape]))


def copy_reader_fields(reader: Any, writer: Any, skip: Callable[[str], bool] = lambda _: False) -> None:
    """Copy every key/value of a ``GGUFReader`` into a ``GGUFWriter`` with its original types."""
    import gguf

    for name, reader_field in reader.fields.items():
        if name.startswith("GGUF.") or name == gguf.Keys.General.ARCHITECTURE or skip(name):
            continue
        types = reader_field.types
        if types[0] == gguf.GGUFValueType.ARRAY:
            if len(types) > 2:
                raise MergeError(f"nested array {name!r} in the base GGUF cannot be copied")
            writer.add_key_value(name, reader_field.contents(), types[0], sub_type=types[1])
        else:
            writer.add_key_value(name, reader_field.contents(), types[0])


def merge_lora(
    base_gguf: Path,
    lora: LoraWeights,
    out_path: Path,
    *,
    keep_unadapted: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write ``base_gguf`` with ``lora`` merged into ``out_path`` (dequantized 2-D tensors F16, 1-D F32).

    Tensors are streamed one at a time (memory: one dequantized tensor). ``progress(done, total)`` counts tensors.
    Returns how many tensors were changed; raises :class:`MergeError` when the adapter does not fit the base.
    """
    import gguf

    reader = gguf.GGUFReader(str(base_gguf))
    arch = str(reader.fields[gguf.Keys.General.ARCHITECTURE].contents())
    by_name = {tensor.name: tensor for tensor in reader.tensors}
    missing = sorted(set(lora.pairs) - set(by_name))
    if missing:
        raise MergeError(f"{base_gguf} lacks tensors the adapter changes: {', '.join(missing[:5])}")
    for name, (a, b) in lora.pairs.items():
        out_dim, in_dim = numpy_shape(by_name[name])[-2:]
        if (b.shape[0], a.shape[1]) != (out_dim, in_dim):
            raise MergeError(
                f"{name}: the adapter is {b.shape[0]}×{a.shape[1]} but the base tensor is {out_dim}×{in_dim}; "
                "it was trained on another model"
            )

    float_types = (gguf.GGMLQuantizationType.F32, gguf.GGMLQuantizationType.F16)

    def kept(tensor: Any) -> bool:
        return keep_unadapted and tensor.name not in lora.pairs

    def planned(tensor: Any) -> tuple[tuple[int, ...], np.dtype, int, Any]:
        """Shape, dtype, byte size and raw quantization type of what ``converted(tensor)`` will write."""
        if kept(tensor):
            raw = None if tensor.tensor_type in float_types else tensor.tensor_type
            return tuple(tensor.data.shape), tensor.data.dtype, int(tensor.data.nbytes), raw
        shape = numpy_shape(tensor)
        dtype = np.dtype(np.float16 if len(shape) >= 2 else np.float32)
        return shape, dtype, int(np.prod(shape)) * dtype.itemsize, None

    def converted(tensor: Any) -> np.ndarray:
        if kept(tensor):
            return np.asarray(tensor.data)
        values = np.asarray(gguf.quants.dequantize(tensor.data, tensor.tensor_type), dtype=np.float32)
        values = values.reshape(numpy_shape(tensor))
        if tensor.name in lora.pairs:
            values = values + lora.delta(tensor.name)
        if values.ndim < 2:
            return values  # norms and biases stay F32
        if not np.isfinite(values).all() or np.abs(values).max() >= 65504:
            raise MergeError(f"{tensor.name}: values beyond the F16 range after merging; the adapter is broken")
        return values.astype(np.float16)

    out_path.parent.mkdir(parents=True, exist_ok=True)
    writer = gguf.GGUFWriter(str(out_path), arch)
    copy_reader_fields(reader, writer, skip=lambda key: key == gguf.Keys.General.FILE_TYPE)
    writer.add_file_type(gguf.LlamaFileType.MOSTLY_F16)
    for tensor in reader.tensors:
        writer.add_tensor_info(tensor.name, *planned(tensor))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_ti_data_to_file()
    total = len(reader.tensors)
    for done, tensor in enumerate(reader.tensors, 1):
        writer.write_tensor_data(converted(tensor))
        if progress:
            progress(done, total)
    writer.close()
    return len(lora.pairs)


def quantize(
    source: Path,
    target: Path,
    quant: str,
    *,
    threads: int = 0,
    allow_requantize: bool = False,
    output_type: str | None = None,
) -> Path:
    """Quantize a GGUF with llama.cpp's own quantizer (``llama_model_quantize``); ``quant`` e.g. ``Q4_K_M``.
    ``allow_requantize`` lets it requantize tensors that are already quantized (it dequantizes them first).
    ``output_type`` (a tensor type, e.g. ``IQ4_NL``) is the type of the output projection (the token embedding
    when the model ties them); None leaves llama.cpp's choice for ``quant`` (often Q8_0 or Q6_K)."""
    import llama_cpp

    ftype = getattr(llama_cpp, f"LLAMA_FTYPE_MOSTLY_{quant.upper()}", None)
    if ftype is None:
        raise MergeError(f"llama.cpp has no quantization type {quant!r}")
    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = ftype
    if output_type is not None:
        tensor_type = getattr(llama_cpp, f"GGML_TYPE_{output_type.upper()}", None)
        if tensor_type is None:
            raise MergeError(f"llama.cpp has no tensor type {output_type!r} for the output projection")
        params.output_tensor_type = tensor_type
    params.nthread = threads
    params.allow_requantize = allow_requantize
    with native_stderr_to_log("llama_model_quantize"):
        status = llama_cpp.llama_model_quantize(str(source).encode(), str(target).encode(), params)
    if status != 0 or not target.is_file():
        raise MergeError(f"llama.cpp could not quantize {source} to {quant} (status {status})")
    return target


@contextlib.contextmanager
def native_stderr_to_log(what: str) -> Iterator[None]:
    """llama.cpp prints a line per tensor to fd 2 while quantizing: send it to the debug log instead."""
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile(mode="w+b") as capture:
        os.dup2(capture.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            capture.seek(0)
            text = capture.read().decode("utf-8", errors="replace")
            fallbacks = text.count("falling back")
            logger.debug("%s output:\n%s", what, text)
            if fallbacks:
                logger.info(
                    "%s: %d tensors used llama.cpp's fallback type (rows not divisible by 256)", what, fallbacks
                )
