"""The example first (``fimExamples`` + ``checkApi: inside``) against today's default (``fim`` first, ``fim+rag``
second), replayed on every full held-out batch from the two candidates already generated and read blind: no new
generation, no new label. Both selections use the rules checked out (``experiments/stated-values/score.py``'s
``kept_now``); the time of a row is the sum of the candidates made (one llama.cpp thread).

    python experiments/holdout/examples_first.py > experiments/holdout/results/examples-first.txt

Also the two candidates alone, and the oracle (a row counts when either candidate was read right): the headroom
that a better selector between the same two answers could reach.
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[0] / "stated-values"))
sys.path.insert(0, str(HERE.parents[0]))
sys.path.insert(0, str(HERE.parents[1]))

from score import FULL_RUNS, candidate, kept_now  # noqa: E402
from score_b3 import readings  # noqa: E402
from worklists import versus  # noqa: E402

from benchmarks.in_context.config import InContextConfig  # noqa: E402
from benchmarks.in_context.run import judge_cached  # noqa: E402
from benchmarks.metrics.significance import paired  # noqa: E402
from flutr.in_context import read_in_context  # noqa: E402

HOLDOUT = Path("data/in_context/holdout.jsonl")
NAMES = ("fim alone", "fim+rag alone", "default: fim first", "the example first", "oracle of the two")


def main() -> None:
    rows = {row.id: row for row in read_in_context(HOLDOUT)}
    total: dict[str, list[bool]] = {name: [] for name in NAMES}
    seconds: dict[str, list[float]] = {name: [] for name in NAMES[2:4]}
    print("| batch | rows | " + " | ".join(NAMES) + " | example first vs default (only each right) |")
    print("|---|---:|" + "---:|" * len(NAMES) + "---|")
    for title, run in FULL_RUNS.items():
        if not (run / "generations.jsonl").exists():
            continue
        batch = title.split(" (")[0].removeprefix("batch ")
        records = {(r.variant, r.id): r for r in judge_cached(InContextConfig(out=run, data_file=str(HOLDOUT)))}
        read, _, _ = readings(records, f"b{batch}")
        found: dict[str, list[bool]] = {name: [] for name in NAMES}
        for row_id in sorted({i for v, i in records if v == "fim"}):
            row = rows[row_id]
            plain, example = records[("fim", row_id)], records[("fim+rag", row_id)]
            first, second = candidate(plain.code, row), candidate(example.code, row)
            default, made_default = kept_now(first, second, row)
            examples_first, made_examples = kept_now(second, first, row)
            right = {"fim": read[(row_id, plain.code)], "fim+rag": read[(row_id, example.code)]}
            found["fim alone"].append(right["fim"])
            found["fim+rag alone"].append(right["fim+rag"])
            found["default: fim first"].append(read[(row_id, default.code)])
            found["the example first"].append(read[(row_id, examples_first.code)])
            found["oracle of the two"].append(right["fim"] or right["fim+rag"])
            seconds["default: fim first"].append(plain.seconds + (example.seconds if made_default == 2 else 0.0))
            seconds["the example first"].append(example.seconds + (plain.seconds if made_examples == 2 else 0.0))
        for name in NAMES:
            total[name] += found[name]
        test = versus(paired(found["the example first"], found["default: fim first"]))
        counts = " | ".join(str(sum(found[name])) for name in NAMES)
        print(f"| {batch} | {len(found['fim alone'])} | {counts} | {test} |")
    counts = " | ".join(f"**{sum(total[name])}**" for name in NAMES)
    test = versus(paired(total["the example first"], total["default: fim first"]))
    print(f"| all | {len(total['fim alone'])} | {counts} | {test} |")
    print(f"\nfim+rag alone vs fim alone: {versus(paired(total['fim+rag alone'], total['fim alone']))}")
    for name, times in seconds.items():
        print(f"{name}: median {statistics.median(times):.1f} s, mean {statistics.mean(times):.1f} s per comment")


if __name__ == "__main__":
    main()
