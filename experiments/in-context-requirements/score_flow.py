"""What the control-flow checks (``order A < B``, ``when COND > ITEM``; session 22) add to the judge inside code:
every held-out batch's blind readings (the 1.5B's distinct ``fim`` / ``fim+rag`` answers) judged with the committed
requirements and with the same requirements less their ``order`` / ``when`` checks. Batch 10's were written by its
reviewers before any of its answers existed (fresh); batches 4–9's by three reviewers who saw no answer and no reading,
on readings that existed before (the flow pass, ``holdout-p3-K.jsonl``).

    .venv/bin/python experiments/in-context-requirements/score_flow.py > <this folder>/score-flow.txt
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "experiments"))
sys.path.insert(0, str(ROOT / "experiments" / "holdout"))

from score_b3 import readings  # noqa: E402
from worklist import batch_of  # noqa: E402
from worklists import agreement_line  # noqa: E402

from benchmarks.in_context.config import InContextConfig  # noqa: E402
from benchmarks.in_context.run import judge_cached, judged, read_generated  # noqa: E402
from benchmarks.judge.calibration import agreement  # noqa: E402
from flutr.in_context import InContextRow, read_in_context  # noqa: E402

HOLDOUT = ROOT / "data/in_context/holdout.jsonl"
BATCHES = (4, 5, 6, 7, 8, 9, 10)
FLOW = ("order ", "when ")


def without_flow(row: InContextRow) -> InContextRow:
    return dataclasses.replace(row, checks=tuple(c for c in row.checks if not c.startswith(FLOW)))


def main() -> None:
    rows = {row.id: row for row in read_in_context(HOLDOUT)}
    print("| batch | rows with order/when | answers | without order/when: agreement, precision, recall | with them |")
    print("|---|---:|---:|---|---|")
    totals: dict[str, list[tuple[bool, bool]]] = {"without": [], "with": []}
    for batch in BATCHES:
        out = ROOT / f"benchmarks/results/in-context-holdout-b{batch}"
        records = {(r.variant, r.id): r for r in judge_cached(InContextConfig(out=out, data_file=str(HOLDOUT)))}
        read, _, _ = readings(records, f"b{batch}")
        generated = read_generated(out / "generations.jsonl").values()
        answers = {(g.id, g.code): g for g in generated if g.variant in ("fim", "fim+rag") and (g.id, g.code) in read}
        flows = sum(1 for i, r in rows.items() if batch_of(i) == batch and any(c.startswith(FLOW) for c in r.checks))
        found = {}
        for name, pick in (("without", without_flow), ("with", lambda row: row)):
            pairs = [(judged(pick(rows[i]), g).correct, read[(i, c)]) for (i, c), g in answers.items()]
            totals[name] += pairs
            found[name] = agreement_line(agreement(pairs))
        shown = f"**{batch}, fresh**" if batch == 10 else str(batch)
        print(f"| {shown} | {flows} | {len(answers)} | {found['without']} | {found['with']} |")
    line = {name: agreement_line(agreement(pairs)) for name, pairs in totals.items()}
    print(f"| 4–10 | | {len(totals['with'])} | {line['without']} | {line['with']} |")


if __name__ == "__main__":
    main()
