"""GGUF headers for training and export: ``flutr.gguf_header`` (one reader for the server and training), with the
file's path in every error and the architecture lookups export needs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flutr.gguf_header import GGUFHeaderError, MetaField, TensorInfo
from flutr.gguf_header import read_gguf_fields as _read_fields
from flutr.gguf_header import read_gguf_tensor_infos as _read_tensor_infos

GGUFMetadataError = GGUFHeaderError

__all__ = [
    "GGUFMetadataError",
    "MetaField",
    "TensorInfo",
    "arch_int",
    "architecture",
    "read_gguf_fields",
    "read_gguf_metadata",
    "read_gguf_tensor_infos",
]


def _with_path(path: Path, exc: GGUFHeaderError) -> GGUFHeaderError:
    message = str(exc)
    return GGUFHeaderError(message if message.startswith(str(path)) else f"{path}: {message}")


def read_gguf_fields(path: Path, *, read_arrays: bool = False) -> dict[str, MetaField]:
    """All key/value pairs of a GGUF header, typed (arrays as placeholders unless ``read_arrays``)."""
    try:
        return _read_fields(path, read_arrays=read_arrays)
    except GGUFHeaderError as exc:
        raise _with_path(path, exc) from None


def read_gguf_tensor_infos(path: Path) -> dict[str, TensorInfo]:
    """Name -> type and shape of every tensor, without reading tensor data."""
    try:
        return _read_tensor_infos(path)
    except GGUFHeaderError as exc:
        raise _with_path(path, exc) from None


def read_gguf_metadata(path: Path, *, read_arrays: bool = False) -> dict[str, Any]:
    """All key/value pairs of a GGUF header as plain values (arrays as placeholders unless asked for)."""
    return {key: entry.value for key, entry in read_gguf_fields(path, read_arrays=read_arrays).items()}


def architecture(metadata: dict[str, Any]) -> str:
    arch = metadata.get("general.architecture")
    if not isinstance(arch, str):
        raise GGUFMetadataError("GGUF has no general.architecture")
    return arch


def arch_int(metadata: dict[str, Any], suffix: str) -> int:
    """``{arch}.{suffix}`` as an int, e.g. ``arch_int(meta, 'block_count')``."""
    key = f"{architecture(metadata)}.{suffix}"
    value = metadata.get(key)
    if not isinstance(value, int):
        raise GGUFMetadataError(f"GGUF has no integer {key}")
    return value
