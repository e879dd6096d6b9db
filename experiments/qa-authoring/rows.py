"""What the Q&A generators (train-d…g.py) share: a row with its phrasings, the wording checks the validator
applies later (so a generator stops early), and writing the draft file.

The generators run as scripts (``.venv/bin/python experiments/qa-authoring/train-g.py``), so this folder is on
``sys.path`` and ``from rows import …`` finds this module.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from flutr.dataset import REPO_DATA_DIR, QARow
from model_training.dataset_validate import Limits, LocatedRow, phrasing_problems, validate_paths

TURKISH_LETTERS = frozenset("çğıöşüÇĞİÖŞÜ")
DRAFTS = Path(__file__).resolve().parents[2] / "data" / "drafts-qa"


def qa_row(
    row_id: str,
    topic: str,
    difficulty: str,
    kind: str,
    question: str,
    phrasings: Sequence[str],
    must_contain: list[str],
    answer: str,
    api_free: bool = False,
) -> dict:
    """One draft row, in the key order of data/train.jsonl; ``api_free`` only when true."""
    row = {
        "id": row_id,
        "question": question,
        "phrasings": list(phrasings),
        "answer": answer.strip("\n"),
        "topic": topic,
        "difficulty": difficulty,
        "kind": kind,
        "must_contain": must_contain,
    }
    if api_free:
        row["api_free"] = True
    return row


def wording_problems(row: dict) -> list[str]:
    """The question and its two phrasings: the validator's phrasing rules (Turkish, no ``//``, no repeats), and
    the authors' stricter ones: exactly two, 20–200 characters, one typed without Turkish letters."""
    texts = [row["question"], *row["phrasings"]]
    located = LocatedRow(Path("train.jsonl"), 0, QARow.from_dict(row))
    problems = list(phrasing_problems(located, Limits()))
    if len(row["phrasings"]) != 2:
        problems.append("need exactly two phrasings")
    problems += [f"length {len(t)}: {t}" for t in texts if not 20 <= len(t) <= 200]
    if all(set(t) & TURKISH_LETTERS for t in texts):
        problems.append("no wording without Turkish letters")
    return [f"{row['id']}: {p}" for p in problems]


def write_rows(rows: Sequence[dict], name: str) -> Path:
    """``rows`` to data/drafts-qa/NAME (ids must be unique); prints the count."""
    ids = [row["id"] for row in rows]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert not duplicates, f"duplicate ids: {duplicates}"
    out = DRAFTS / name
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(rows), "rows ->", out)
    return out


def validated() -> int:
    """Validate the whole data folder after a merge; prints every problem. 1 when there is one, else 0."""
    items, problems = validate_paths([REPO_DATA_DIR])
    for problem in problems:
        print(problem)
    print(f"{len(items)} rows validated, {len(problems)} problems")
    return 1 if problems else 0
