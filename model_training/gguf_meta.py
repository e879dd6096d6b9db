"""Fast GGUF header reading: the key/value metadata without the tensor data.

``gguf.GGUFReader`` builds a Python object per array element, which takes ~9 s for a Qwen file (300k tokenizer
strings). Deciding the architecture, layer count or head counts needs only the scalars, so this reader walks
the header with ``struct`` and skips array contents unless asked for them.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

GGUF_MAGIC = b"GGUF"

# GGUF value types (gguf spec): id -> struct format for scalars.
_SCALARS = {
    0: "<B",
    1: "<b",
    2: "<H",
    3: "<h",
    4: "<I",
    5: "<i",
    6: "<f",
    7: "<?",
    10: "<Q",
    11: "<q",
    12: "<d",
}
_STRING, _ARRAY = 8, 9


class GGUFMetadataError(ValueError):
    pass


class _Skipped:
    """Placeholder for an array whose contents were not read."""

    def __init__(self, count: int) -> None:
        self.count = count

    def __repr__(self) -> str:
        return f"<array of {self.count}>"


def _read(handle: BinaryIO, fmt: str) -> Any:
    size = struct.calcsize(fmt)
    data = handle.read(size)
    if len(data) != size:
        raise GGUFMetadataError("unexpected end of file in the GGUF header (truncated file?)")
    return struct.unpack(fmt, data)[0]


def _read_string(handle: BinaryIO) -> str:
    length = _read(handle, "<Q")
    data = handle.read(length)
    if len(data) != length:
        raise GGUFMetadataError("unexpected end of file in a GGUF string")
    return data.decode("utf-8", errors="replace")


def _read_value(handle: BinaryIO, vtype: int, read_arrays: bool) -> Any:
    if vtype in _SCALARS:
        return _read(handle, _SCALARS[vtype])
    if vtype == _STRING:
        return _read_string(handle)
    if vtype == _ARRAY:
        item_type = _read(handle, "<I")
        count = _read(handle, "<Q")
        if read_arrays:
            return [_read_value(handle, item_type, True) for _ in range(count)]
        if item_type in _SCALARS:
            handle.seek(struct.calcsize(_SCALARS[item_type]) * count, 1)
        else:
            for _ in range(count):
                _read_value(handle, item_type, False)
        return _Skipped(count)
    raise GGUFMetadataError(f"unknown GGUF value type {vtype}")


@dataclass(frozen=True)
class MetaField:
    """One header entry with its GGUF value type (and item type for arrays), enough to write it back."""

    value: Any
    vtype: int
    item_type: int | None = None


@dataclass(frozen=True)
class TensorInfo:
    """A tensor's name, GGML type id and shape in GGUF order (``ne0`` = the contiguous row length first)."""

    name: str
    ggml_type: int
    shape: tuple[int, ...]


def _read_header(path: Path, read_arrays: bool, read_tensors: bool) -> tuple[dict[str, MetaField], list[TensorInfo]]:
    try:
        return _parse_header(path, read_arrays, read_tensors)
    except GGUFMetadataError as exc:
        message = str(exc)
        raise GGUFMetadataError(message if message.startswith(str(path)) else f"{path}: {message}") from None


def _parse_header(path: Path, read_arrays: bool, read_tensors: bool) -> tuple[dict[str, MetaField], list[TensorInfo]]:
    with path.open("rb") as handle:
        if handle.read(4) != GGUF_MAGIC:
            raise GGUFMetadataError("not a GGUF file")
        version = _read(handle, "<I")
        if version < 2:
            raise GGUFMetadataError(f"GGUF version {version} is too old")
        tensor_count = _read(handle, "<Q")
        kv_count = _read(handle, "<Q")
        fields: dict[str, MetaField] = {}
        for _ in range(kv_count):
            key = _read_string(handle)
            vtype = _read(handle, "<I")
            item_type = None
            if vtype == _ARRAY:
                item_type = _read(handle, "<I")
                handle.seek(-4, 1)
            fields[key] = MetaField(_read_value(handle, vtype, read_arrays), vtype, item_type)
        tensors: list[TensorInfo] = []
        if read_tensors:
            for _ in range(tensor_count):
                name = _read_string(handle)
                n_dims = _read(handle, "<I")
                shape = tuple(_read(handle, "<Q") for _ in range(n_dims))
                ggml_type = _read(handle, "<I")
                _read(handle, "<Q")  # data offset
                tensors.append(TensorInfo(name, ggml_type, shape))
    return fields, tensors


def read_gguf_fields(path: Path, *, read_arrays: bool = False) -> dict[str, MetaField]:
    """All key/value pairs of a GGUF header, typed (arrays as placeholders unless ``read_arrays``)."""
    return _read_header(path, read_arrays, False)[0]


def read_gguf_tensor_infos(path: Path) -> dict[str, TensorInfo]:
    """Name -> type and shape of every tensor, without reading tensor data."""
    return {info.name: info for info in _read_header(path, False, True)[1]}


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
