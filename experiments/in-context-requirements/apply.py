"""Requirements rewritten for in-context rows by authors who saw neither answers nor readings (session 15): each
``<split>-K.jsonl`` here (``holdout-K``, ``test-K``) holds ``{id, must_contain, must_not, checks}`` for the rows
its author was given.

    .venv/bin/python experiments/in-context-requirements/apply.py check <this folder>/holdout-3.jsonl
    .venv/bin/python experiments/in-context-requirements/apply.py merge [holdout|test]
    .venv/bin/python experiments/in-context-requirements/apply.py try <this folder>/holdout-p2-3.jsonl ANSWERS.jsonl

``check``: the rows with one author's requirements (the split from the file's name), validated with every split
(position, parse, requirements on the reference, near-duplicates) and each reference judged. ``merge``: every
file of the split applied to ``data/in_context/<split>.jsonl`` (the previous requirements stay in git history; the
answers' cache keys do not depend on requirements), then validated. ``try`` (session 20): an author's own test
answers, ``{id, code, expect: "correct" | "wrong"}`` per line, judged with that file's requirements; prints each
verdict whose outcome differs from ``expect`` with the judge's reasons, then the counts.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from benchmarks.judge.in_context import judge_in_context
from flutr.in_context import IN_CONTEXT_DIR, InContextRow
from model_training.in_context_validate import validate_in_context

HERE = Path(__file__).resolve().parent
SPLITS = ("train", "test", "holdout")
FIELDS = ("must_contain", "must_not", "checks")


def rewritten(paths: list[Path]) -> dict[str, dict]:
    found: dict[str, dict] = {}
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            entry = json.loads(line)
            unknown = set(entry) - {"id", *FIELDS}
            if unknown or not isinstance(entry.get("must_contain"), list):
                raise SystemExit(f"{path}:{number}: expected {{id, must_contain: [...], must_not, checks}}")
            found[entry["id"]] = entry
    return found


def applied(split: str, new: dict[str, dict]) -> list[dict]:
    path = IN_CONTEXT_DIR / f"{split}.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    missing = set(new) - {r["id"] for r in rows}
    if missing:
        raise SystemExit(f"unknown row ids: {sorted(missing)}")
    out = []
    for row in rows:
        if row["id"] in new:
            row = {k: v for k, v in row.items() if k not in FIELDS}
            for name in FIELDS:
                if new[row["id"]].get(name):
                    row[name] = new[row["id"]][name]
        out.append(row)
    return out


def problems(split: str, rows: list[dict], ids: set[str]) -> list[str]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{split}.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        others = [IN_CONTEXT_DIR / f"{other}.jsonl" for other in SPLITS if other != split]
        _, found = validate_in_context([*others, path])
    shown = [str(p) for p in found]
    for data in rows:
        if data["id"] in ids:
            row = InContextRow.from_dict(data)
            try:
                verdict = judge_in_context(row, row.answer)
            except ValueError as error:  # e.g. not exactly one request comment (the validation says it too)
                shown.append(f"{row.id}: cannot be judged: {error}")
                continue
            if not verdict.correct:
                shown.append(f"{row.id}: the reference is judged incorrect: {'; '.join(verdict.reasons)}")
    return shown


def tried(requirements: Path, answers: Path) -> tuple[list[str], int]:
    """The author's test answers whose verdict differs from what they expect (``try``), and how many were judged."""
    split = requirements.name.split("-")[0]
    new = rewritten([requirements])
    rows = {r["id"]: InContextRow.from_dict(r) for r in applied(split, new) if r["id"] in new}
    shown, judged = [], 0
    for number, line in enumerate(answers.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        entry = json.loads(line)
        if entry.get("id") not in rows or entry.get("expect") not in ("correct", "wrong"):
            raise SystemExit(f"{answers}:{number}: expected {{id (one of {requirements.name}), code, expect}}")
        verdict = judge_in_context(rows[entry["id"]], entry["code"])
        judged += 1
        if verdict.correct != (entry["expect"] == "correct"):
            said = "accepted" if verdict.correct else "rejected: " + "; ".join(verdict.reasons)
            shown.append(f"{answers.name}:{number} {entry['id']} expected {entry['expect']}, {said}")
    return shown, judged


def main(argv: list[str]) -> int:
    if argv[:1] == ["try"] and len(argv) == 3:
        shown, judged = tried(Path(argv[1]), Path(argv[2]))
        print("\n".join(shown))
        print(f"{judged} answers judged, {len(shown)} not as expected")
        return 1 if shown else 0
    if argv[:1] == ["check"] and len(argv) == 2:
        split = Path(argv[1]).name.split("-")[0]
        new = rewritten([Path(argv[1])])
        found = problems(split, applied(split, new), set(new))
        print("\n".join(found))
        print(f"{len(new)} rows, {len(found)} problems")
        return 1 if found else 0
    if argv[:1] == ["merge"] and len(argv) <= 2:
        split = argv[1] if len(argv) == 2 else "holdout"
        new = rewritten(sorted(HERE.glob(f"{split}-*.jsonl")))
        rows = applied(split, new)
        found = problems(split, rows, set(new))
        if found:
            print("\n".join(found))
            return 1
        path = IN_CONTEXT_DIR / f"{split}.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"{len(new)} rows rewritten in {path}")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
