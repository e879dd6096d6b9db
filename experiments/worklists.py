"""The shared ends of the blind labelling worklists: the test rows, an answer as a reader sees it (no model, no
variant, no verdict), the hash that stands for it, and the JSONL files. Scripts import it after putting
``experiments/`` on ``sys.path`` (as for ``script_io``)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from benchmarks.in_context.run import record_key
from benchmarks.judge.calibration import Agreement
from benchmarks.metrics.significance import Paired
from flutr.in_context import InContextRow, read_in_context

IN_CONTEXT_GENERATIONS = Path("benchmarks/results/in-context/generations.jsonl")
IN_CONTEXT_SHOWN = (
    "hash",
    "id",
    "position",
    "question",
    "fits",
    "inserted",
    "inserted_lines",
    "file_shown",
    "reference",
)


def blind_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def write_jsonl(path: Path, items: Iterable[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_rows() -> dict[str, dict[str, Any]]:
    """data/test.jsonl by row id."""
    rows = {}
    for line in Path("data/test.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            rows[row["id"]] = row
    return rows


def qa_item(digest: str, row: dict[str, Any], answer: str) -> dict[str, Any]:
    """A standalone answer as the reader sees it: the question, the reference for orientation, the answer."""
    return {
        "hash": digest,
        "row_id": row["id"],
        "question": row["question"],
        "reference": row["answer"],
        "must_contain": row.get("must_contain", []),
        "kind": row.get("kind", "code"),
        "answer": answer,
    }


def qa_worklist(records: Iterable[dict[str, Any]], source: str, salt: str) -> tuple[list[dict], list[dict]]:
    """Benchmark records (``row_id``, ``scored_code``) as blind standalone items, and their key lines (``hash`` →
    ``source``, ``row_id``); the hash is of ``salt:row_id``."""
    test = test_rows()
    items, key = [], []
    for record in records:
        digest = blind_hash(f"{salt}:{record['row_id']}")
        items.append(qa_item(digest, test[record["row_id"]], record["scored_code"]))
        key.append({"hash": digest, "source": source, "row_id": record["row_id"]})
    return items, key


def write_worklist(out: Path, prefix: str, items: list[dict], key: list[dict], parts: int) -> None:
    """``prefix``-1 … ``prefix``-``parts``.jsonl (items dealt in turn) and ``prefix``-key.jsonl under ``out``."""
    for part in range(parts):
        write_jsonl(out / f"{prefix}-{part + 1}.jsonl", items[part::parts])
    write_jsonl(out / f"{prefix}-key.jsonl", key)


def in_context_rows() -> dict[str, InContextRow]:
    return {row.id: row for row in read_in_context(Path("data/in_context/test.jsonl"))}


def current_in_context(model: str, rows: dict[str, InContextRow]) -> dict[tuple[str, str], dict[str, Any]]:
    """The model's in-context answers whose cache key is the benchmark's for the row as it is now, by
    (variant, row id); the last line wins."""
    current = {}
    for line in IN_CONTEXT_GENERATIONS.read_text(encoding="utf-8").splitlines():
        generated = json.loads(line)
        row = rows.get(generated["id"])
        if generated["model"] == model and row is not None:
            if generated["key"] == record_key(model, generated["variant"], row):
                current[(generated["variant"], row.id)] = generated
    return current


def blind_in_context(entry: dict[str, Any], salt: str = "") -> tuple[dict[str, Any], dict[str, str]]:
    """An item of ``experiments/judge-labels/in_context_worklist.item`` as the reader sees it, and its key line
    (the hash is of ``salt`` + the label id: a worklist that shows an answer again salts it)."""
    digest = blind_hash(salt + entry["label_id"])
    shown = {**entry, "hash": digest}
    return {name: shown[name] for name in IN_CONTEXT_SHOWN}, {"hash": digest, "label_id": entry["label_id"]}


def versus(result: Paired) -> str:
    """A paired comparison as the write-ups quote it: ``only A vs only B, p = …``."""
    return f"{result.only_a} vs {result.only_b}, p = {result.p:.3f}"


def agreement_line(found: Agreement) -> str:
    """A judge against readings as the write-ups quote it: ``agreement a/n, precision p/q, recall r/s``."""
    accepted = found.both_correct + found.judge_only
    return (
        f"agreement {found.both_correct + found.both_wrong}/{found.n}, precision {found.both_correct}/{accepted}, "
        f"recall {found.both_correct}/{found.both_correct + found.label_only}"
    )
