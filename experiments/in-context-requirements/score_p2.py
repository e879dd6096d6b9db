"""A second blind pass over the requirements of held-out batches 4–8 (session 20; ``holdout-p2-K.jsonl``): sixteen
reviewers, each given about 31 rows with their file, reference and current requirements, tightened or loosened
them per asked part and tested them on answers of their own (``tries/p2-K.jsonl``); they saw no model answer and
no reading; batch 9's five reviewers revised its rows before its answers were generated. The in-context judge on
the 1.5B's distinct answers (``fim``, ``fim+rag``) and on copy1, with the requirements before (git revision
``--before``) and after, each compared with the blind readings of those batches.

    .venv/bin/python experiments/in-context-requirements/score_p2.py --before <rev> > <this folder>/score-p2.txt
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "experiments"))
sys.path.insert(0, str(ROOT / "experiments" / "holdout"))
sys.path.insert(0, str(ROOT / "experiments" / "in-context-requirements"))

from score import rows_at  # noqa: E402  (experiments/in-context-requirements/score.py)
from score_b3 import readings  # noqa: E402
from worklist import batch_of  # noqa: E402
from worklists import agreement_line  # noqa: E402

from benchmarks.in_context.config import InContextConfig  # noqa: E402
from benchmarks.in_context.run import judge_cached, judged, read_generated  # noqa: E402
from benchmarks.judge.calibration import agreement  # noqa: E402
from flutr.in_context import read_in_context  # noqa: E402

HOLDOUT = ROOT / "data/in_context/holdout.jsonl"
BATCHES = (4, 5, 6, 7, 8)
FRESH = 9  # revised before its answers existed: both columns fresh


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--before", required=True, help="the git revision with the requirements before the pass")
    args = parser.parse_args()
    before = rows_at(args.before)
    after = {row.id: row for row in read_in_context(HOLDOUT)}
    ids = [i for i in after if batch_of(i) in BATCHES]
    changed = sum(before[i] != after[i] for i in ids)
    print(f"{changed} of {len(ids)} rows of batches 4–8 have revised requirements\n")
    print("| answers | n | agreement before → after | precision before → after | recall before → after |")
    print("|---|---:|---:|---:|---:|")
    totals: dict[str, list[tuple[bool, bool, bool]]] = {"1.5B": [], "copy1": []}
    fresh = ROOT / f"benchmarks/judge/labels-in-context-holdout-b{FRESH}-1.jsonl"
    for batch in (*BATCHES, FRESH) if fresh.exists() else BATCHES:
        out = ROOT / f"benchmarks/results/in-context-holdout-b{batch}"
        records = {(r.variant, r.id): r for r in judge_cached(InContextConfig(out=out, data_file=str(HOLDOUT)))}
        read, _, _ = readings(records, f"b{batch}")
        generated = read_generated(out / "generations.jsonl").values()
        for name, variants in (("1.5B", ("fim", "fim+rag")), ("copy1", ("copy1",))):
            answers = {(g.id, g.code): g for g in generated if g.variant in variants and (g.id, g.code) in read}
            found = [
                (judged(before[i], g).correct, judged(after[i], g).correct, read[(i, c)])
                for (i, c), g in answers.items()
            ]
            if batch == FRESH:
                if name == "1.5B":
                    print(
                        _line(f"**batch {batch}, the 1.5B, fresh** (the authors' → the reviewers' requirements)", found)
                    )
                continue
            totals[name] += found
            if name == "1.5B":
                print(_line(f"batch {batch}, the 1.5B", found))
    for name, found in totals.items():
        print(_line(f"**batches 4–8, {name}**", found))


def _line(name: str, found: list[tuple[bool, bool, bool]]) -> str:
    old = agreement([(b, r) for b, _, r in found])
    new = agreement([(a, r) for _, a, r in found])
    cells = [agreement_line(x).split(", ") for x in (old, new)]
    parts = [f"{o.split(' ', 1)[1]} → {n.split(' ', 1)[1]}" for o, n in zip(cells[0], cells[1], strict=True)]
    return f"| {name} | {new.n} | " + " | ".join(parts) + " |"


if __name__ == "__main__":
    main()
