"""The shared ends of the blind labelling worklists: the test rows, an answer as a reader sees it (no model, no
variant, no verdict), the hash that stands for it, and the JSONL files. Scripts import it after putting
``experiments/`` on ``sys.path`` (as for ``script_io``)."""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Callable, Iterable
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


def blind_answers(
    answers: Iterable[dict[str, Any]],
    rows: dict[str, InContextRow],
    salt: str,
    seen: set[tuple[str, str]],
    make_item: Callable[[dict[str, Any], InContextRow], dict[str, Any]],
) -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    """Each generated answer whose (row id, code) is not in ``seen`` yet, once, as a reader sees it, and its key line;
    ``seen`` grows (the same code from two variants is read once, and the scores map it back by code)."""
    items, key = [], []
    for generated in answers:
        answer = (generated["id"], generated["code"])
        if answer in seen:
            continue
        seen.add(answer)
        shown, line = blind_in_context(make_item(generated, rows[generated["id"]]), salt)
        items.append(shown)
        key.append(line)
    return items, key


def control_answers(
    model: str,
    count: int,
    seed: int,
    salt: str,
    make_item: Callable[[dict[str, Any], InContextRow], dict[str, Any]],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """``count`` of ``model``'s ``fim+select`` answers on the in-context test rows (read before), drawn with
    ``seed``, to be read again blind as a check on the readers; key lines marked ``control``."""
    rows = in_context_rows()
    defaults = sorted(
        (g for (v, _), g in current_in_context(model, rows).items() if v == "fim+select"), key=lambda g: g["id"]
    )
    items, key = [], []
    for generated in random.Random(seed).sample(defaults, count):
        shown, line = blind_in_context(make_item(generated, rows[generated["id"]]), salt)
        items.append(shown)
        key.append({**line, "control": True})
    return items, key


def finish_worklist(
    out: Path,
    prefix: str,
    answers: tuple[list[dict[str, Any]], list[dict[str, Any]]],
    controls: tuple[list[dict[str, Any]], list[dict[str, Any]]],
    seed: int,
    parts: int,
) -> None:
    """The new answers and the controls (``blind_answers``, ``control_answers``) shuffled together with ``seed``
    and dealt into ``parts`` worklists (``write_worklist``); prints the counts."""
    items, key = answers[0] + controls[0], answers[1] + controls[1]
    random.Random(seed).shuffle(items)
    write_worklist(out, prefix, items, key, parts)
    print(f"{len(items)} answers ({len(answers[0])} new, {len(controls[0])} controls) in {parts} parts")


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
