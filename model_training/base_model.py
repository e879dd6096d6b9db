"""Base models for training: a Hugging Face model directory, or a GGUF file dequantized once and cached.

transformers can read GGUF (``from_pretrained(..., gguf_file=...)``) for qwen2, llama, gemma3 and others: it
dequantizes every tensor to float in numpy, which takes minutes for a 0.5B model on two cores. The result is
saved as safetensors (with the tokenizer converted from the GGUF vocabulary) under
``<flutr cache>/gguf-dequantized/<stem>-<key>/`` and reused by every later run. The key hashes the file's size
and its first and last 8 MiB, so a replaced file gets a new folder while a moved one is still found.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flutr.models import ModelError, cache_dir, check_gguf, default_model_path
from model_training.gguf_meta import GGUFMetadataError, read_gguf_metadata
from model_training.hub import HubUnreachable, download_model, looks_like_hub_id

logger = logging.getLogger(__name__)

DEQUANTIZED_SUBDIR = "gguf-dequantized"
TOKENIZER_SUBDIR = "gguf-tokenizers"
BASE_INFO_FILE = "flutr_base.json"
_KEY_SPAN = 8 << 20


class BaseModelError(Exception):
    """A base model that cannot be found or loaded; the message names the path and what to do."""


@dataclass(frozen=True)
class BaseModelSource:
    """Where the base weights come from: ``gguf`` (a GGUF file to dequantize) or ``hf`` (a model folder,
    ``hub_id`` set when it was fetched from the Hugging Face Hub)."""

    kind: str
    path: Path
    hub_id: str = ""

    @property
    def gguf_path(self) -> Path | None:
        return self.path if self.kind == "gguf" else None


def resolve_base_model(spec: str) -> BaseModelSource:
    """Turn ``--base-model`` into a checked source; empty means the embedded Qwen2.5-Coder-0.5B GGUF."""
    if not spec.strip():
        try:
            return BaseModelSource("gguf", default_model_path())
        except ModelError as exc:
            raise BaseModelError(f"the default base model is not available: {exc}") from None
    path = Path(spec).expanduser()
    if not path.exists() and looks_like_hub_id(spec):
        try:
            folder = download_model(spec.strip())
        except HubUnreachable as exc:
            raise BaseModelError(str(exc)) from None
        if not (folder / "config.json").is_file():
            raise BaseModelError(f"{spec}: the Hub repository has no config.json; it is not a transformers model")
        return BaseModelSource("hf", folder, hub_id=spec.strip())
    if not path.exists():
        raise BaseModelError(
            f"{path}: base model not found; pass a .gguf file, a Hugging Face model folder or a Hub id (owner/name)"
        )
    if path.is_dir():
        if not (path / "config.json").is_file():
            raise BaseModelError(
                f"{path}: not a Hugging Face model folder (no config.json); pass a .gguf file or a folder "
                "written by save_pretrained"
            )
        return BaseModelSource("hf", path.resolve())
    try:
        check_gguf(path)
        metadata = read_gguf_metadata(path)
    except (ModelError, GGUFMetadataError) as exc:
        raise BaseModelError(f"cannot use base model: {exc}") from None
    if metadata.get("general.type") == "adapter":
        raise BaseModelError(f"{path}: is a LoRA adapter GGUF, not a base model")
    return BaseModelSource("gguf", path.resolve())


def gguf_cache_key(path: Path) -> str:
    """Cheap content key: size plus the first and last 8 MiB (the header and the last tensors)."""
    size = path.stat().st_size
    digest = hashlib.sha256(str(size).encode())
    with path.open("rb") as handle:
        digest.update(handle.read(_KEY_SPAN))
        if size > 2 * _KEY_SPAN:
            handle.seek(size - _KEY_SPAN)
        digest.update(handle.read(_KEY_SPAN))
    return digest.hexdigest()[:16]


@contextlib.contextmanager
def _cache_lock(root: Path) -> Iterator[None]:
    """One process at a time builds a cache entry (``accelerate launch`` starts several on one machine)."""
    root.mkdir(parents=True, exist_ok=True)
    with (root / ".lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _build_atomically(target: Path, build: Any) -> Path:
    """Run ``build(tmp_dir)`` and move the folder into place, so a killed build never looks complete."""
    tmp = Path(tempfile.mkdtemp(prefix=target.name + ".", suffix=".part", dir=target.parent))
    tmp.chmod(0o755)
    try:
        build(tmp)
        if target.exists():
            shutil.rmtree(target)
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return target


def _load_error(path: Path, what: str, exc: BaseException) -> BaseModelError:
    return BaseModelError(
        f"{path}: transformers cannot load the {what} from this GGUF ({type(exc).__name__}: {exc}); "
        "supported are GGUF files of architectures transformers can dequantize (qwen2, llama, gemma3, ...)"
    )


def gguf_tokenizer_dir(gguf_path: Path, cache_root: Path | None = None) -> Path:
    """A tokenizer folder converted from the GGUF's vocabulary (~15 s for Qwen), cached."""
    root = (cache_root or cache_dir()) / TOKENIZER_SUBDIR
    target = root / f"{gguf_path.stem}-{gguf_cache_key(gguf_path)}"
    with _cache_lock(root):
        if (target / BASE_INFO_FILE).is_file():
            return target
        logger.info("converting the tokenizer of %s (once; cached in %s)", gguf_path, target)

        def build(tmp: Path) -> None:
            from transformers import AutoTokenizer

            try:
                tokenizer = AutoTokenizer.from_pretrained(gguf_path.parent, gguf_file=gguf_path.name)
            except Exception as exc:  # transformers raises many types for unsupported/corrupt GGUFs
                raise _load_error(gguf_path, "tokenizer", exc) from None
            tokenizer.save_pretrained(tmp)
            _write_info(tmp, gguf_path)

        return _build_atomically(target, build)


def dequantized_dir(gguf_path: Path, cache_root: Path | None = None) -> Path:
    """A Hugging Face folder (fp32 safetensors + tokenizer) with the GGUF's weights, built once and cached."""
    root = (cache_root or cache_dir()) / DEQUANTIZED_SUBDIR
    target = root / f"{gguf_path.stem}-{gguf_cache_key(gguf_path)}"
    if (target / BASE_INFO_FILE).is_file():
        return target
    tokenizer_dir = gguf_tokenizer_dir(gguf_path, cache_root)
    with _cache_lock(root):
        if (target / BASE_INFO_FILE).is_file():
            return target
        logger.info("dequantizing %s with transformers (once; takes minutes; cached in %s)", gguf_path, target)
        started = time.monotonic()

        def build(tmp: Path) -> None:
            import torch
            from transformers import AutoModelForCausalLM, AutoTokenizer, GgufConfig

            try:
                model = AutoModelForCausalLM.from_pretrained(
                    gguf_path.parent,
                    gguf_file=gguf_path.name,
                    dtype=torch.float32,
                    quantization_config=GgufConfig(dequantize=True),
                )
            except Exception as exc:
                raise _load_error(gguf_path, "weights", exc) from None
            _forget_gguf_quantizer(model)
            model.save_pretrained(tmp)
            AutoTokenizer.from_pretrained(tokenizer_dir).save_pretrained(tmp)
            _write_info(tmp, gguf_path)

        _build_atomically(target, build)
        logger.info("dequantized %s in %.0f s", gguf_path.name, time.monotonic() - started)
        return target


def _forget_gguf_quantizer(model: Any) -> None:
    """A GGUF load with ``dequantize=True`` gives plain float weights, but transformers still tags the model
    as GGUF-quantized and refuses to save it. Check that every linear layer is dense, then drop the tag."""
    import torch

    for name, module in model.named_modules():
        if type(module).__name__.startswith("Gguf") or (
            isinstance(module, torch.nn.Linear) and not module.weight.is_floating_point()
        ):
            raise BaseModelError(f"transformers left {name} quantized ({type(module).__name__}); cannot cache it")
    quantizer = getattr(model, "hf_quantizer", None)
    if quantizer is not None:
        quantizer.remove_quantization_config(model)


def _write_info(folder: Path, gguf_path: Path) -> None:
    info = {"source_gguf": str(gguf_path), "key": gguf_cache_key(gguf_path), "created": time.time()}
    (folder / BASE_INFO_FILE).write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")


def hf_model_dir(source: BaseModelSource) -> Path:
    """The folder ``from_pretrained`` loads: the source itself, or the dequantized cache of a GGUF."""
    return source.path if source.kind == "hf" else dequantized_dir(source.path)


def load_tokenizer(model_dir: Path) -> Any:
    from transformers import AutoTokenizer

    try:
        return AutoTokenizer.from_pretrained(model_dir)
    except Exception as exc:
        raise BaseModelError(f"{model_dir}: cannot load the tokenizer ({type(exc).__name__}: {exc})") from None


def load_model(model_dir: Path, *, precision: str, quantization: str, gradient_checkpointing: bool) -> Any:
    """Load the base for LoRA: full precision, or 4-bit NF4 via bitsandbytes for QLoRA (CUDA only)."""
    import torch
    from transformers import AutoModelForCausalLM

    dtype = {"fp32": torch.float32, "bf16": torch.bfloat16, "fp16": torch.float16}[precision]
    kwargs: dict[str, Any] = {"dtype": dtype}
    if quantization == "nf4":
        from model_training.hardware import require_bitsandbytes

        require_bitsandbytes()
        from transformers import BitsAndBytesConfig

        kwargs["quantization_config"] = BitsAndBytesConfig(
            load_in_4bit=True,
            bnb_4bit_quant_type="nf4",
            bnb_4bit_use_double_quant=True,
            bnb_4bit_compute_dtype=dtype,  # fp32 too: the way to rule bf16 numerics out
        )
        kwargs["device_map"] = {"": int(os.environ.get("LOCAL_RANK", "0"))}
    try:
        model = AutoModelForCausalLM.from_pretrained(model_dir, **kwargs)
    except Exception as exc:
        raise BaseModelError(f"{model_dir}: cannot load the model ({type(exc).__name__}: {exc})") from None
    if quantization == "nf4":
        from peft import prepare_model_for_kbit_training

        model = prepare_model_for_kbit_training(model, use_gradient_checkpointing=gradient_checkpointing)
    model.config.use_cache = False  # the KV cache is useless in training and conflicts with checkpointing
    return model
