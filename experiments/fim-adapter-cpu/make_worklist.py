"""The blind worklist of the CPU-trained FIM adapter experiment (experiments/fim-adapter-cpu/README.md): every
distinct answer of the three 0.5B variants on held-out batches 8 and 9 (the small tier as shipped, the base
without an adapter, the base with the adapter trained on in-context rows), except code the 1.5B wrote for the same
row (read already in those batches), plus ``--controls`` answers of the test split read before, read again blind.

    python experiments/fim-adapter-cpu/make_worklist.py --parts 16 --controls 10

Writes experiments/fim-adapter-cpu/worklist-<i>.jsonl (what a reader sees, shuffled) and worklist-key.jsonl.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[0] / "judge-labels"))
sys.path.insert(0, str(HERE.parents[0] / "holdout"))
sys.path.insert(0, str(HERE.parents[0]))

from in_context_worklist import item  # noqa: E402
from worklist import batch_of  # noqa: E402  (experiments/holdout/worklist.py)
from worklists import blind_answers, control_answers, finish_worklist, read_jsonl  # noqa: E402

from flutr.in_context import read_in_context  # noqa: E402

HOLDOUT = Path("data/in_context/holdout.jsonl")
RUN = Path("benchmarks/results/in-context-fim-adapter-cpu/generations.jsonl")
MODELS = ("qwen0.5b-small-tier", "qwen0.5b-base", "qwen0.5b-base+fim320")  # the three --label values
BATCHES = (8, 9)
LARGE = "qwen2.5-coder-1.5b"
SALT = "fim-adapter-cpu:"
SEED = 21


def answers() -> list[dict]:
    """The run's ``fim`` answers of the three models on the batches' rows, in row order (the last line per row
    and model)."""
    rows = {row.id for row in read_in_context(HOLDOUT) if batch_of(row.id) in BATCHES}
    latest = {}
    for generated in read_jsonl(RUN):
        if generated["model"] in MODELS and generated["variant"] == "fim" and generated["id"] in rows:
            latest[(generated["id"], MODELS.index(generated["model"]))] = generated
    return [latest[key] for key in sorted(latest)]


def read_before() -> set[tuple[str, str]]:
    """(row id, code) of the 1.5B's answers in the batches' own runs: read already."""
    return {
        (g["id"], g["code"])
        for batch in BATCHES
        for g in read_jsonl(Path(f"benchmarks/results/in-context-holdout-b{batch}/generations.jsonl"))
        if g["model"] == LARGE
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--parts", type=int, default=16)
    parser.add_argument("--controls", type=int, default=10)
    args = parser.parse_args()
    rows = {row.id: row for row in read_in_context(HOLDOUT)}
    found = blind_answers(answers(), rows, SALT, read_before(), item)
    controls = control_answers(LARGE, args.controls, SEED, SALT + "control:", item)
    finish_worklist(HERE, "worklist", found, controls, SEED, args.parts)


if __name__ == "__main__":
    main()
