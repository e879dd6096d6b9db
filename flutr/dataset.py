"""The Turkish Flutter Q&A dataset: row schema and split loading (``data/{train,test,qual}.jsonl``)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

SPLITS = ("train", "test", "qual")
DIFFICULTIES = ("kolay", "orta", "zor")
KINDS = ("code", "concept")
REPO_DATA_DIR = Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True)
class QARow:
    id: str
    question: str
    answer: str
    topic: str
    difficulty: str
    kind: str
    must_contain: tuple[str, ...] = field(default_factory=tuple)  # items; "A | B" = any of A, B
    must_not: tuple[str, ...] = field(default_factory=tuple)
    checks: tuple[str, ...] = field(default_factory=tuple)  # structural checks (flutr/dart_api/requirements.py)
    api_free: bool = False  # the question names no API: it describes behaviour in words
    phrasings: tuple[str, ...] = field(default_factory=tuple)  # the same request in other words (train rows)

    @classmethod
    def from_dict(cls, data: dict) -> QARow:
        return cls(
            id=str(data["id"]),
            question=str(data["question"]),
            answer=str(data["answer"]),
            topic=str(data["topic"]),
            difficulty=str(data["difficulty"]),
            kind=str(data["kind"]),
            must_contain=tuple(data.get("must_contain") or ()),
            must_not=tuple(data.get("must_not") or ()),
            checks=tuple(data.get("checks") or ()),
            api_free=bool(data.get("api_free", False)),
            phrasings=tuple(data.get("phrasings") or ()),
        )

    def to_dict(self) -> dict:
        """The row as written in the JSONL files: the evaluation fields only where they say something."""
        row = asdict(self)
        for key in ("must_contain", "must_not", "checks", "phrasings"):
            row[key] = list(getattr(self, key))
        for key in ("must_not", "checks", "phrasings"):
            if not row[key]:
                del row[key]
        if not self.api_free:
            del row["api_free"]
        return row


PHRASING_MARK = "~"  # a phrasing's row id: "<row id>~<n>" (n = 1, 2, ...)


def asked_forms(row: QARow) -> list[QARow]:
    """The row as asked in each of its wordings: itself, then one row per phrasing (id ``<id>~<n>``, the same
    answer and requirements). Training learns every wording; retrieval matches any of them."""
    return [row] + [
        replace(row, id=f"{row.id}{PHRASING_MARK}{n}", question=text, phrasings=())
        for n, text in enumerate(row.phrasings, 1)
    ]


def task_id(row_id: str) -> str:
    """The row id a phrasing's id belongs to (a row's own id unchanged)."""
    return row_id.split(PHRASING_MARK, 1)[0]


def default_data_dir() -> Path:
    """The dataset folder of a source checkout (``data/`` beside the packages)."""
    return REPO_DATA_DIR


def split_path(split: str, data_dir: Path | None = None) -> Path:
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; expected one of {', '.join(SPLITS)}")
    return (data_dir or default_data_dir()) / f"{split}.jsonl"


def read_rows(path: Path) -> list[QARow]:
    """Read a JSONL file of rows. Assumes a validated file (``flutr-train data validate`` checks it first)."""
    rows = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                rows.append(QARow.from_dict(json.loads(line)))
    return rows


def load_split(split: str, data_dir: Path | None = None) -> list[QARow]:
    path = split_path(split, data_dir)
    if not path.exists():
        raise FileNotFoundError(f"{path}: dataset split not found (expected data/{split}.jsonl in the checkout)")
    return read_rows(path)


def load_hf_splits(data_dir: Path | None = None):  # -> datasets.DatasetDict (train extra)
    """The splits as a ``datasets.DatasetDict`` via ``load_dataset("json", ...)``."""
    import datasets

    files = {split: str(split_path(split, data_dir)) for split in SPLITS}
    return datasets.load_dataset("json", data_files=files)


def write_rows(path: Path, rows: list[QARow]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row.to_dict(), ensure_ascii=False) + "\n")
