"""Check one author's held-out draft before it is merged: every row validated together with train, test and the
held-out set (position, whole-file parse with the reference, requirements, no near-duplicates across splits), and
every reference judged correct by the in-context judge (what ``tests/test_in_context.py`` requires of a split) —
the checks of ``experiments/in-context-requirements/apply.py``, with the draft's rows added to the held-out set.

Run: .venv/bin/python experiments/in-context-authoring/check_draft.py data/in_context/drafts/holdout-c1.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "in-context-requirements"))

from apply import problems  # noqa: E402
from merge_holdout import renamed  # noqa: E402

from flutr.in_context import IN_CONTEXT_DIR  # noqa: E402

JUDGED = "the reference is judged incorrect"


def main(draft: Path) -> int:
    rows = [json.loads(line) for line in draft.read_text(encoding="utf-8").splitlines() if line.strip()]
    renamed_rows = [{**row, "id": renamed(row["id"])} for row in rows]
    held_out = (IN_CONTEXT_DIR / "holdout.jsonl").read_text(encoding="utf-8").splitlines()
    existing = [json.loads(line) for line in held_out if line.strip()]
    found = problems("holdout", [*existing, *renamed_rows], {r["id"] for r in renamed_rows})
    names = {r["id"]: o["id"] for r, o in zip(renamed_rows, rows, strict=True)}
    for line in found:
        for new, old in names.items():
            line = line.replace(new, f"{old} ({new})")
        print(line)
    failed = sum(JUDGED in line for line in found)
    print(f"{len(rows)} rows, {len(found) - failed} validation problems, {failed} references the judge rejects")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
