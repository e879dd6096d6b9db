"""The one GGUF header reader (server and training): metadata and tensor shapes and types, no tensor data.

The server checks model files before llama.cpp sees them (llama.cpp crashes on some it cannot use). Not
``gguf.GGUFReader``: it builds a Python object per array item (~9 s for a Qwen file's tokenizer) and trusts the
lengths in the file. Here arrays are skipped unless asked for, and lengths and counts come from the file, so every
read is bounded by the file's size: a corrupt header fails with ``GGUFHeaderError`` instead of allocating or
looping. Training reads typed fields and tensor types (``read_gguf_fields``, ``read_gguf_tensor_infos``) through
``model_training/gguf_meta.py``.
"""

from __future__ import annotations

import mmap
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

GGUF_MAGIC = b"GGUF"
MAX_DIMS = 8  # ggml has 4; more means a corrupt header

_SCALARS = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?", 10: "<Q", 11: "<q", 12: "<d"}
_STRING, _ARRAY = 8, 9
_U64 = struct.Struct("<Q")


class GGUFHeaderError(ValueError):
    """The header cannot be read: truncated, corrupt, or not a GGUF file."""


@dataclass(frozen=True)
class GGUFHeader:
    version: int
    metadata: dict[str, Any]  # arrays appear as ``SkippedArray``
    tensors: dict[str, tuple[int, ...]] = field(default_factory=dict)  # name -> shape in ggml order (ne0 first)

    @property
    def architecture(self) -> str | None:
        value = self.metadata.get("general.architecture")
        return value if isinstance(value, str) else None

    @property
    def file_type(self) -> str | None:
        """``general.type``: ``model`` or ``adapter`` (older files have none)."""
        value = self.metadata.get("general.type")
        return value if isinstance(value, str) else None


@dataclass(frozen=True)
class SkippedArray:
    item_type: int
    count: int


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


class _Reader:
    """Reads from a memory map, never past its end."""

    def __init__(self, data: mmap.mmap, read_arrays: bool = False) -> None:
        self.data = data
        self.size = len(data)
        self.pos = 0
        self.read_arrays = read_arrays
        self.item_type: int | None = None  # the item type of the last array read

    def take(self, n: int) -> bytes:
        if self.pos + n > self.size:
            raise GGUFHeaderError(f"the header runs past the end of the file at byte {self.pos} (truncated file?)")
        self.pos += n
        return self.data[self.pos - n : self.pos]

    def skip(self, n: int) -> None:
        if self.pos + n > self.size:
            raise GGUFHeaderError(f"the header runs past the end of the file at byte {self.pos} (truncated file?)")
        self.pos += n

    def scalar(self, fmt: str) -> Any:
        size = struct.calcsize(fmt)
        if self.pos + size > self.size:
            raise GGUFHeaderError(f"the header runs past the end of the file at byte {self.pos} (truncated file?)")
        self.pos += size
        return struct.unpack_from(fmt, self.data, self.pos - size)[0]

    def string(self) -> str:
        return self.take(self.scalar("<Q")).decode("utf-8", errors="replace")

    def value(self, vtype: int) -> Any:
        if vtype in _SCALARS:
            return self.scalar(_SCALARS[vtype])
        if vtype == _STRING:
            return self.string()
        if vtype == _ARRAY:
            item_type, count = self.scalar("<I"), self.scalar("<Q")
            if self.read_arrays:  # each item takes at least a byte: bounded by the file size
                if count > self.size - self.pos:
                    raise GGUFHeaderError("an array runs past the end of the file (truncated or corrupt)")
                items = [self.value(item_type) for _ in range(count)]
                self.item_type = item_type  # of the array just read (after any nested ones)
                return items
            self.skip_values(item_type, count)
            self.item_type = item_type
            return SkippedArray(item_type, count)
        raise GGUFHeaderError(f"unknown value type {vtype} in the metadata (corrupt header?)")

    def skip_values(self, vtype: int, count: int) -> None:
        if vtype in _SCALARS:
            self.skip(struct.calcsize(_SCALARS[vtype]) * count)
        elif vtype == _STRING:
            data, pos, size, length = self.data, self.pos, self.size, _U64.unpack_from
            for _ in range(count):  # each string takes at least 8 bytes: bounded by the file size
                if pos + 8 > size:
                    raise GGUFHeaderError("a string array runs past the end of the file (truncated or corrupt)")
                pos += 8 + length(data, pos)[0]
            if pos > size:
                raise GGUFHeaderError("a string array runs past the end of the file (truncated or corrupt)")
            self.pos = pos
        elif vtype == _ARRAY:
            raise GGUFHeaderError("an array of arrays in the metadata (not valid GGUF; corrupt header?)")
        else:
            raise GGUFHeaderError(f"unknown value type {vtype} in the metadata (corrupt header?)")


def read_gguf_header(path: Path, *, tensors: bool = False) -> GGUFHeader:
    """The metadata (arrays skipped) and, with ``tensors``, every tensor's shape.

    Raises ``GGUFHeaderError`` for a file that is not a readable GGUF, ``OSError`` when it cannot be read at all.
    """
    version, fields, infos = _read_header(path, tensors=tensors, read_arrays=False)
    metadata = {key: entry.value for key, entry in fields.items()}
    return GGUFHeader(version, metadata, {info.name: info.shape for info in infos})


def read_gguf_fields(path: Path, *, read_arrays: bool = False) -> dict[str, MetaField]:
    """All key/value pairs of the header, typed (arrays as ``SkippedArray`` unless ``read_arrays``)."""
    return _read_header(path, tensors=False, read_arrays=read_arrays)[1]


def read_gguf_tensor_infos(path: Path) -> dict[str, TensorInfo]:
    """Name -> GGML type and shape of every tensor, without reading tensor data."""
    return {info.name: info for info in _read_header(path, tensors=True, read_arrays=False)[2]}


def _read_header(path: Path, *, tensors: bool, read_arrays: bool) -> tuple[int, dict[str, MetaField], list[TensorInfo]]:
    if path.stat().st_size < 24:
        raise GGUFHeaderError(f"{path.stat().st_size} bytes: too small for a GGUF header (truncated file?)")
    with path.open("rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
        reader = _Reader(data, read_arrays)
        if reader.take(4) != GGUF_MAGIC:
            raise GGUFHeaderError("not a GGUF file")
        version = reader.scalar("<I")
        if version not in (2, 3):
            raise GGUFHeaderError(f"unsupported GGUF version {version} (corrupt header?)")
        tensor_count, kv_count = reader.scalar("<Q"), reader.scalar("<Q")
        fields: dict[str, MetaField] = {}
        for _ in range(kv_count):  # each entry takes at least 12 bytes: bounded by the file size
            key = reader.string()
            vtype = reader.scalar("<I")
            value = reader.value(vtype)
            fields[key] = MetaField(value, vtype, reader.item_type if vtype == _ARRAY else None)
        infos: list[TensorInfo] = []
        if tensors:
            for _ in range(tensor_count):
                name = reader.string()
                n_dims = reader.scalar("<I")
                if n_dims > MAX_DIMS:
                    raise GGUFHeaderError(f"tensor {name!r} claims {n_dims} dimensions (corrupt header?)")
                shape = tuple(reader.scalar("<Q") for _ in range(n_dims))
                ggml_type = reader.scalar("<I")
                reader.skip(8)  # data offset
                infos.append(TensorInfo(name, ggml_type, shape))
    return version, fields, infos
