"""Sharper requirements for the test rows: every specific a question asks for (values, labels, sub-features) as
``must_contain`` / ``must_not`` / ``checks`` (grammar: flutr/dart_api/requirements.py), so that an answer to a
neighbouring task no longer passes the judge. Written from the questions (and the reference answers for the APIs),
never from model answers or labels, in ``experiments/test-requirements/*.jsonl``: one line per row,
``{"id", "must_contain", "must_not", "checks", "why"}`` (each list replaces the row's; ``why`` says what of the
question each new item stands for).

    .venv/bin/python experiments/test-requirements/apply.py --check FILE.jsonl   # check a file, write nothing
    .venv/bin/python experiments/test-requirements/apply.py                      # apply every file to data/test.jsonl

A row's reference answer must satisfy its new requirements (the validator's rule for test rows).
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

from flutr.dataset import REPO_DATA_DIR, QARow, load_split
from model_training.dataset_validate import LocatedRow, requirement_problems

HERE = Path(__file__).resolve().parent


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def changed(row: QARow, patch: dict) -> QARow:
    return replace(
        row,
        must_contain=tuple(patch.get("must_contain", row.must_contain)),
        must_not=tuple(patch.get("must_not", row.must_not)),
        checks=tuple(patch.get("checks", row.checks)),
    )


def problems(rows: dict[str, QARow], patches: list[dict], where: Path) -> list[str]:
    found = []
    for number, patch in enumerate(patches, 1):
        row = rows.get(str(patch.get("id")))
        if row is None:
            found.append(f"{where}:{number}: {patch.get('id')!r} is not a test row")
            continue
        if not patch.get("why"):
            found.append(f"{where}:{number}: {row.id}: say in 'why' what of the question the items stand for")
        for key in ("must_contain", "must_not", "checks"):
            value = patch.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                found.append(f"{where}:{number}: {row.id}: {key} must be a list of non-empty strings")
        if not patch.get("must_contain"):
            found.append(f"{where}:{number}: {row.id}: must_contain may not be empty")
        new = changed(row, patch)
        found += [
            f"{where}:{number}: {row.id}: {p}"
            for p in requirement_problems(LocatedRow(Path("test.jsonl"), number, new))
        ]
    return found


def main(argv: list[str]) -> int:
    rows = {row.id: row for row in load_split("test")}
    files = [Path(argv[1])] if len(argv) > 1 and argv[0] == "--check" else sorted(HERE.glob("*.jsonl"))
    patches = {path: read(path) for path in files}
    found = [p for path, items in patches.items() for p in problems(rows, items, path)]
    for line in found:
        print(line)
    count = sum(map(len, patches.values()))
    if argv[:1] == ["--check"] or found:
        print(f"{count} rows checked, {len(found)} problems")
        return 1 if found else 0
    merged = {patch["id"]: patch for items in patches.values() for patch in items}
    out = [changed(row, merged[row.id]) if row.id in merged else row for row in load_split("test")]
    path = REPO_DATA_DIR / "test.jsonl"
    path.write_text("".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
    print(f"{len(merged)} test rows given sharper requirements -> {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
