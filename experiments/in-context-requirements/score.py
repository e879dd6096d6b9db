"""Requirements rewritten blind (apply.py) against the readings of held-out batches 1–3: the in-context judge on
the 1.5B's distinct answers with the rows' requirements before (git revision ``--before``) and after the rewrite,
each compared with the blind labels (experiments/holdout/). The authors of the rewrite saw neither answers nor
readings, so the readings measure the rewrite as they measured batch 3's authored checks.

    .venv/bin/python experiments/in-context-requirements/score.py --before 492cd56 > <this folder>/score.txt
"""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "experiments" / "placement"))
sys.path.insert(0, str(ROOT / "experiments"))
sys.path.insert(0, str(ROOT / "experiments" / "holdout"))

holdout_score: Any = importlib.import_module("score")  # experiments/holdout/score.py
third_batch: Any = importlib.import_module("score_b3")  # experiments/holdout/score_b3.py
from worklists import agreement_line  # noqa: E402

from benchmarks.in_context.config import InContextConfig  # noqa: E402
from benchmarks.in_context.run import Generated, judge_cached, judged, read_generated  # noqa: E402
from benchmarks.judge.calibration import agreement  # noqa: E402
from flutr.in_context import InContextRow, read_in_context  # noqa: E402

RUN = ROOT / "benchmarks/results/in-context-holdout/generations.jsonl"
RUN_B3 = ROOT / "benchmarks/results/in-context-holdout-b3/generations.jsonl"


def rows_at(revision: str) -> dict[str, InContextRow]:
    text = subprocess.run(
        ["git", "show", f"{revision}:data/in_context/holdout.jsonl"], capture_output=True, text=True, check=True
    ).stdout
    return {row.id: row for row in (InContextRow.from_dict(json.loads(line)) for line in text.splitlines() if line)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--before", required=True, help="the git revision with the requirements before the rewrite")
    args = parser.parse_args()
    records = holdout_score.judged()
    read, _ = holdout_score.labels(records)
    before = rows_at(args.before)
    after = {row.id: row for row in read_in_context(ROOT / "data/in_context/holdout.jsonl")}
    generated: dict[tuple[str, str], Generated] = {
        (g.variant, g.id): g for g in read_generated(RUN).values() if g.variant in ("fim+select", "fim+review")
    }
    changed = sorted(i for i in before if i in after and before[i] != after[i])
    print(f"{len(changed)} of {len(before)} held-out rows have rewritten requirements\n")
    for batch in (1, 2, None):
        answers = {}
        for (_, row_id), g in generated.items():
            if batch is None or holdout_score.batch_of(row_id) == batch:
                answers[(row_id, g.code)] = g
        for label, rows in (("before the rewrite", before), ("after the rewrite", after)):
            found = agreement([(judged(rows[i], g).correct, read[(i, code)]) for (i, code), g in answers.items()])
            name = f"batch {batch}" if batch else "both batches"
            print(f"{name}, requirements {label}: {found.n} distinct answers of the 1.5B, {agreement_line(found)}")
    records_b3 = {
        (r.variant, r.id): r
        for r in judge_cached(InContextConfig(out=third_batch.OUT, data_file=str(third_batch.HOLDOUT)))
    }
    read_b3, _, _ = third_batch.readings(records_b3)
    answers_b3 = {(g.id, g.code): g for g in read_generated(RUN_B3).values() if g.variant in ("fim", "fim+rag")}
    for label, rows in (("before the rewrite", before), ("after the rewrite", after)):
        found = agreement([(judged(rows[i], g).correct, read_b3[(i, code)]) for (i, code), g in answers_b3.items()])
        print(f"batch 3, requirements {label}: {found.n} distinct answers of the 1.5B, {agreement_line(found)}")
    print()


if __name__ == "__main__":
    main()
