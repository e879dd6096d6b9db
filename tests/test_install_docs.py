"""The install commands the docs give name extras that pyproject.toml defines, under names pip accepts as written.

pip before 23.3 compares a requested extra with the package's extras as typed, while setuptools writes them
normalised (PEP 685): `.[model-1_5b]` installed nothing ("does not provide the extra"). Every extra is therefore named
in its normal form, and the docs use exactly those names.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib")  # Python >= 3.11, as in test_editors.py's Helix test

REPO = Path(__file__).resolve().parent.parent
DOCS = ("README.md", "editor-configs/README.md", "editor-configs/vscode/README.md", "model_training/README.md")
# `pip install -e '.[a,b]'`, `pip install "flutr[a]"`: the bracket after `.` or `flutr` on the command's line
PIP_EXTRAS = re.compile(r"pip install\b[^\n`]*?(?:\.|\bflutr)\[([^\]]+)\]")


def defined_extras() -> set[str]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return set(project["optional-dependencies"])


def documented_extras(text: str) -> list[str]:
    return [extra.strip() for group in PIP_EXTRAS.findall(text) for extra in group.split(",")]


def normalised(extra: str) -> str:
    """PEP 685's normal form of an extra's name."""
    return re.sub(r"[-_.]+", "-", extra).lower()


def test_the_docs_pattern_finds_pip_install_extras() -> None:
    text = "Kur: `pip install -e '.[train,cuda]'`, `pip install \"flutr[bench]\"`; not `pip install -e .` nor `.[x]`."
    assert documented_extras(text) == ["train", "cuda", "bench"]


def test_every_extra_is_named_in_normal_form() -> None:
    extras = defined_extras()
    assert extras, "pyproject.toml defines no extras"
    assert {extra for extra in extras if normalised(extra) != extra} == set()


@pytest.mark.parametrize("doc", DOCS)
def test_documented_pip_install_extras_exist(doc: str) -> None:
    named = documented_extras((REPO / doc).read_text(encoding="utf-8"))
    assert sorted(set(named) - defined_extras()) == [], f"{doc} names extras pyproject.toml does not define"
