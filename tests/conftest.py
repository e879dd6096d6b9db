"""Shared fixtures: real model files (the embedded default Qwen and the small SmolLM2), assembled once."""

from __future__ import annotations

from pathlib import Path

import pytest

from flutr.models import SMOLLM2_135M, default_model_path

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def smol_model() -> Path:
    return SMOLLM2_135M.path()


@pytest.fixture(scope="session")
def qwen_model() -> Path:
    return default_model_path()
