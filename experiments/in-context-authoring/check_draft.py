"""Check one author's held-out draft before it is merged: every row validated together with train, test and the
held-out set (position, whole-file parse with the reference, requirements, no near-duplicates across splits), and
every reference judged correct by the in-context judge (what ``tests/test_in_context.py`` requires of a split).

Run: .venv/bin/python experiments/in-context-authoring/check_draft.py data/in_context/drafts/holdout-c1.jsonl
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from merge_holdout import renamed

from benchmarks.judge.in_context import judge_in_context
from flutr.in_context import IN_CONTEXT_DIR, InContextRow
from model_training.in_context_validate import validate_in_context


def main(draft: Path) -> int:
    rows = [json.loads(line) for line in draft.read_text(encoding="utf-8").splitlines() if line.strip()]
    renamed_rows = [{**row, "id": renamed(row["id"])} for row in rows]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / draft.name
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in renamed_rows), encoding="utf-8")
        splits = [IN_CONTEXT_DIR / f"{s}.jsonl" for s in ("train", "test", "holdout")]
        _, problems = validate_in_context([*splits, path])
    names = {r["id"]: o["id"] for r, o in zip(renamed_rows, rows, strict=True)}
    shown = [str(p) for p in problems]
    for line in shown:
        for new, old in names.items():
            line = line.replace(new, f"{old} ({new})")
        print(line)
    failed = 0
    for data in renamed_rows:
        row = InContextRow.from_dict(data)
        verdict = judge_in_context(row, row.answer)
        if not verdict.correct:
            failed += 1
            print(f"{names[row.id]}: the reference is judged incorrect: {'; '.join(verdict.reasons)}")
    print(f"{len(rows)} rows, {len(problems)} validation problems, {failed} references the judge rejects")
    return 1 if problems or failed else 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.exit(main(Path(sys.argv[1])))
