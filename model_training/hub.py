"""The Hugging Face Hub for training: base models by id (``Qwen/Qwen2.5-Coder-3B-Instruct``) and datasets.

Downloads go through ``huggingface_hub`` into its usual cache, so a model fetched once is found again offline.
When the Hub cannot be reached (``HF_HUB_OFFLINE`` set, or no network) and the cache lacks the files, the error
says so in Turkish and English and names the fix: go online, or download elsewhere and pass the folder.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

logger = logging.getLogger(__name__)

# owner/name as the Hub spells repository ids (letters, digits, '-', '_', '.'; no leading '.' or '-')
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*$")
# What a base model needs; not the .bin/.pt/.gguf copies some repositories also hold.
MODEL_FILES = ("*.json", "*.safetensors", "tokenizer*", "*.model", "*.jinja", "*.txt", "*.tiktoken")
_OFFLINE_VALUES = ("1", "true", "yes", "on")


class HubUnreachable(Exception):
    """The Hub cannot be reached and the local cache does not have what was asked for."""


def looks_like_hub_id(spec: str) -> bool:
    """``owner/name`` (and not a path that exists: the caller checks the disk first)."""
    return bool(_HUB_ID.match(spec.strip())) and not spec.startswith(("./", "../", "~"))


def offline_by_setting() -> bool:
    if os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in _OFFLINE_VALUES:
        return True
    try:
        from huggingface_hub import constants

        return bool(constants.HF_HUB_OFFLINE)
    except ImportError:  # pragma: no cover - huggingface_hub comes with transformers
        return False


def hub_offline_reason(exc: BaseException | None = None) -> str | None:
    """Why the Hub is out of reach (``HF_HUB_OFFLINE`` set, or a network error somewhere in ``exc``'s chain), or
    None when ``exc`` is some other failure (an unknown repository, a gated model, ...)."""
    if offline_by_setting():
        return f"HF_HUB_OFFLINE={os.environ.get('HF_HUB_OFFLINE', '1')}"
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        name = type(exc).__name__
        if name in ("OfflineModeIsEnabled",):
            return "HF_HUB_OFFLINE"
        if name in ("ConnectError", "ConnectTimeout", "ConnectionError", "gaierror", "ReadTimeout", "TimeoutError"):
            return f"no network: {exc}"
        exc = exc.__cause__ or exc.__context__
    return None


def offline_message(what: str, reason: str, local_option: str) -> str:
    """One bilingual message: what is missing, why, and the two ways to fix it."""
    if reason.startswith("HF_HUB_OFFLINE"):
        tr_fix, en_fix = "HF_HUB_OFFLINE ayarını kaldırın (unset HF_HUB_OFFLINE)", "unset HF_HUB_OFFLINE"
    else:
        tr_fix, en_fix = "ağa bağlanın", "connect to the network"
    return (
        f"{what}: Hugging Face Hub'a ulaşılamıyor ({reason}) ve yerel önbellekte yok. Çözüm: {tr_fix} ya da "
        f"ağa bağlı bir makinede indirip yerel kopyasını verin ({local_option}). / "
        f"{what}: the Hugging Face Hub cannot be reached ({reason}) and it is not in the local cache. Fix: "
        f"{en_fix}, or download it where the Hub is reachable and pass the local copy ({local_option})."
    )


def download_model(repo_id: str) -> Path:
    """The local folder of a Hub model (downloaded now, or found in the Hub cache when offline)."""
    from huggingface_hub import snapshot_download

    try:
        folder = snapshot_download(repo_id, allow_patterns=list(MODEL_FILES))
    except Exception as exc:  # huggingface_hub raises many types: offline, not found, gated, ...
        reason = hub_offline_reason(exc)
        if reason is not None:
            fix = f"hf download {repo_id} --local-dir DIR; --base-model DIR"
            raise HubUnreachable(offline_message(f"base model {repo_id}", reason, fix)) from None
        raise HubUnreachable(f"base model {repo_id}: cannot download it ({type(exc).__name__}: {exc})") from None
    logger.info("base model %s: %s", repo_id, folder)
    return Path(folder)
