"""Starting the real server for a scenario, and the Dart text the scenarios send it."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from benchmarks.reliability.client import JSON, RawLspClient
from flutr.models import SMOLLM2_135M

logger = logging.getLogger(__name__)

NOUNS = ("kullanıcı", "ürün", "sipariş", "fatura", "mesaj", "fotoğraf", "adres", "sepet", "yorum", "bildirim", "kitap")
ATTRIBUTES = ("listesini", "sayısını", "toplamını", "ayrıntılarını", "geçmişini")
ACTIONS = (
    "gösteren bir widget yaz",
    "hesaplayan bir fonksiyon yaz",
    "filtreleyen bir metot yaz",
    "sıralayan bir fonksiyon yaz",
    "kaydeden bir sınıf oluştur",
)
LONG_REQUEST = "1'den 300'e kadar her sayı için ayrı bir case içeren uzun bir switch ifadesi yaz"


def default_model() -> Path:
    return SMOLLM2_135M.path()


def request_text(n: int, topic: str = "") -> str:
    """A distinct Turkish request for every ``n`` (distinct texts never hit the server's answer cache)."""
    noun = NOUNS[n % len(NOUNS)]
    attribute = ATTRIBUTES[(n // len(NOUNS)) % len(ATTRIBUTES)]
    action = ACTIONS[(n // 7) % len(ACTIONS)]
    return f"{n}. {topic + ' ' if topic else ''}{noun} {attribute} {action}"


def server_args(model: Path, *extra: str) -> list[str]:
    return ["--model", str(model), "--log-level", "INFO", *extra]


async def start_server(
    model: Path | None,
    stderr_path: Path,
    options: JSON | None = None,
    *,
    extra_args: tuple[str, ...] = (),
    wait_loaded: bool = True,
    capabilities: JSON | None = None,
) -> RawLspClient:
    """A running, initialized server (and, with ``wait_loaded``, a loaded model)."""
    client = await RawLspClient.start(server_args(model or default_model(), *extra_args), stderr_path)
    await client.initialize(options, capabilities=capabilities)
    if wait_loaded:
        await client.wait_until_loaded()
    return client


def edit_of(response: JSON) -> Any:
    """The ``edit`` of a resolve response (None when the server returned the action without one)."""
    result = response.get("result")
    return result.get("edit") if isinstance(result, dict) else None
