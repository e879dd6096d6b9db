"""In-context rows: a realistic Dart file with one Turkish request comment at a position, and the code that
belongs right below it (``data/in_context/{train,test}.jsonl``).

The Q&A rows of :mod:`flutr.dataset` ask standalone questions; these ask where a developer writes: inside
``dispose()``, in an ``onPressed`` callback, in a ``children:`` list. ``answer`` is inserted under the comment
exactly as the server inserts (:func:`flutr.edits.insertion_for`, re-indented to the comment), so the file with
the answer is what the developer would get.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from flutr.comments import CommentBlock, find_request_comments
from flutr.dataset import REPO_DATA_DIR
from flutr.edits import with_code  # re-exported: the in-context tools insert the way the server does

__all__ = [
    "IN_CONTEXT_DIR",
    "InContextRow",
    "in_context_path",
    "load_in_context",
    "read_in_context",
    "standalone",
    "with_code",
]

IN_CONTEXT_DIR = REPO_DATA_DIR / "in_context"
IN_CONTEXT_SPLITS = ("train", "test", "holdout")  # holdout: a confirmation set, never trained on


@dataclass(frozen=True)
class InContextRow:
    id: str
    topic: str
    position: str  # one of flutr.position.POSITION_KINDS; the validator checks it against the classifier
    file: str  # the whole Dart file, the Turkish request comment included
    answer: str  # the code that goes on the lines right below the comment (indentation is re-done on insert)
    must_contain: tuple[str, ...] = field(default_factory=tuple)  # items; "A | B" = any of A, B
    must_not: tuple[str, ...] = field(default_factory=tuple)
    checks: tuple[str, ...] = field(default_factory=tuple)

    @classmethod
    def from_dict(cls, data: dict) -> InContextRow:
        return cls(
            id=str(data["id"]),
            topic=str(data["topic"]),
            position=str(data["position"]),
            file=str(data["file"]),
            answer=str(data["answer"]),
            must_contain=tuple(data.get("must_contain") or ()),
            must_not=tuple(data.get("must_not") or ()),
            checks=tuple(data.get("checks") or ()),
        )

    def to_dict(self) -> dict:
        row: dict = {
            "id": self.id,
            "topic": self.topic,
            "position": self.position,
            "file": self.file,
            "answer": self.answer,
            "must_contain": list(self.must_contain),
        }
        if self.must_not:
            row["must_not"] = list(self.must_not)
        if self.checks:
            row["checks"] = list(self.checks)
        return row

    def block(self) -> CommentBlock:
        """The row's request comment (the validator guarantees there is exactly one)."""
        blocks = find_request_comments(self.file)
        if len(blocks) != 1:
            raise ValueError(f"{self.id}: expected one Turkish request comment in the file, found {len(blocks)}")
        return blocks[0]

    @property
    def question(self) -> str:
        return self.block().text


def in_context_path(split: str, data_dir: Path | None = None) -> Path:
    if split not in IN_CONTEXT_SPLITS:
        raise ValueError(f"unknown in-context split {split!r}; expected one of {', '.join(IN_CONTEXT_SPLITS)}")
    return (data_dir or IN_CONTEXT_DIR) / f"{split}.jsonl"


def read_in_context(path: Path) -> list[InContextRow]:
    with path.open(encoding="utf-8") as handle:
        return [InContextRow.from_dict(json.loads(line)) for line in handle if line.strip()]


def load_in_context(split: str, data_dir: Path | None = None) -> list[InContextRow]:
    path = in_context_path(split, data_dir)
    if not path.exists():
        raise FileNotFoundError(f"{path}: in-context split not found (expected data/in_context/{split}.jsonl)")
    return read_in_context(path)


# How a snippet for each position is wrapped so that it parses on its own (structural checks, standalone scoring).
_WRAPPERS: dict[str, tuple[str, str]] = {
    "class_body": ("class _Wrapper {\n", "\n}"),
    "statements": ("void _wrapper() {\n", "\n}"),
    "callback": ("void _wrapper() {\n", "\n}"),
    "element": ("final _wrapper = [\n", "\n];"),
    "argument": ("final _wrapper = _call(\n", "\n);"),
}


def standalone(code: str, position: str) -> str:
    """``code`` wrapped so that a snippet written for ``position`` parses alone (top level: unchanged)."""
    before, after = _WRAPPERS.get(position, ("", ""))
    return before + code.strip("\n") + after
