"""The blind worklist of the held-out in-context set (experiments/holdout/README.md): every distinct answer of the
1.5B's ``fim+select`` (the server's default inside code), ``fim+review`` (``checkApi: review``) and the ``copy1``
baseline on data/in_context/holdout.jsonl — for batches 3 and 4, of the two candidates ``fim+select`` chooses between
(``fim``, ``fim+rag``) — plus ``--controls`` answers of the test split read before, read again blind as a check on
the readers.

    python experiments/holdout/worklist.py [--batch 1|2|3|4|5|6|7] [--parts 8] [--controls 10]
    python experiments/holdout/worklist.py --batch 5 --variants instruct --parts 4 --controls 4

Reads benchmarks/results/in-context-holdout/generations.jsonl (batches 3–7: in-context-holdout-b3/ … -b7/).
``--variants``: a later worklist of other variants of a batch already read (``worklist-b<N><variants>-<i>.jsonl``):
only answers whose code no worklist of the batch showed before.
Writes experiments/holdout/worklist-<i>.jsonl (batch 1; ``worklist-b<N>-<i>.jsonl`` for the others: what a reader
sees, shuffled) and its key (``hash`` → label id, ``control`` for a re-read). Batch 1 is rows 9100–9599 (written
first), batch 2 rows 9600–9999, batch 3 rows 10100–10999 (session 15), batch 4 rows 11100–11999 and batch 5 rows
12100–12999 (session 16), batch 6 rows 13100–13999 (session 17), batch 7 rows 14100 and up (session 18).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[0] / "judge-labels"))
sys.path.insert(0, str(HERE.parents[0]))

from in_context_worklist import item  # noqa: E402
from worklists import blind_answers, control_answers, finish_worklist, read_jsonl  # noqa: E402

from flutr.in_context import read_in_context  # noqa: E402

MODEL = "qwen2.5-coder-1.5b"
HOLDOUT = Path("data/in_context/holdout.jsonl")
RUN = Path("benchmarks/results/in-context-holdout/generations.jsonl")
VARIANTS = ("fim+select", "fim+review", "copy1")
# batches 3–7: what fim+select chooses between (select_offline.py), and the baseline, each batch in its own run
CANDIDATES = ("fim", "fim+rag", "copy1")
FULL_RUNS = {b: Path(f"benchmarks/results/in-context-holdout-b{b}/generations.jsonl") for b in range(3, 12)}
SALT = "holdout:"
SEED = 14
PREFIXES = {1: "worklist"} | {b: f"worklist-b{b}" for b in range(2, 12)}


def batch_of(row_id: str) -> int:
    """1 for rows 9100–9599 (the first authors), 2 for 9600–9999, then one batch per thousand: 3 for 10100–10999,
    4 for 11100–11999, 5 for 12100–12999, 6 for 13100–13999, 7 for 14100–14999, 8 for 15100–15999, 9 for 16100–16999,
    10 for 17100–17999, 11 for 18100 and up."""
    number = int(row_id.rsplit("-", 1)[1])
    return 1 if number < 9600 else 2 if number < 10000 else number // 1000 - 7


def answers(batch: int, variants: tuple[str, ...] = ()) -> list[dict]:
    """The run's answers of the batch's variants (``variants``, else the batch's own: the last line per row and
    variant), in row order."""
    rows = {row.id for row in read_in_context(HOLDOUT) if batch_of(row.id) == batch}
    run = FULL_RUNS.get(batch, RUN)
    variants = variants or (CANDIDATES if batch in FULL_RUNS else VARIANTS)
    latest = {}
    for generated in read_jsonl(run):
        if generated["variant"] in variants and generated["id"] in rows:
            latest[(generated["id"], variants.index(generated["variant"]))] = generated
    return [latest[key] for key in sorted(latest)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--batch", type=int, choices=sorted(PREFIXES), default=1)
    parser.add_argument("--parts", type=int, default=8)
    parser.add_argument("--controls", type=int, default=10)
    parser.add_argument("--variants", default="", help="comma-separated: a later worklist of these variants")
    args = parser.parse_args()
    rows = {row.id: row for row in read_in_context(HOLDOUT)}
    seen: set[tuple[str, str]] = set()
    prefix = PREFIXES[args.batch]
    variants = tuple(v for v in args.variants.split(",") if v)
    if variants:  # what the batch's worklists showed already is not shown again
        seen = {(g["id"], g["code"]) for g in answers(args.batch)}
        prefix += "".join(v.replace("+", "") for v in variants)  # worklist-b5instruct: apart from b5's own glob
    found = blind_answers(answers(args.batch, variants), rows, SALT, seen, item)
    seed = SEED + args.batch - 1 + (100 if variants else 0)
    controls = control_answers(MODEL, args.controls, seed, SALT + "control:", item)
    finish_worklist(HERE, prefix, found, controls, seed, args.parts)


if __name__ == "__main__":
    main()
