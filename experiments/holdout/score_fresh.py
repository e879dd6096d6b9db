"""A fresh held-out batch (session 16; experiments/holdout/README.md) — batch 4: 100 in-context rows written after
the stated-values rule (experiments/stated-values) and every judge rule then were committed; batch 5: 100 more,
written after batch 4's rules; batch 6 (session 17), batch 7 (session 18), batch 8 (session 19), batch 9
(session 20; its requirements revised blind by second reviewers before its answers existed) and batch 10 (session 22;
revised the same way, with the control-flow checks ``order`` / ``when``): 100 more each, merged after that session's
rules were committed —
answered once by the 1.5B with both candidates ``fim+select`` chooses between
(``fim``, ``fim+rag``) and the ``copy1`` baseline; every distinct answer read blind by ten readers. Scores:

- the server's default inside code before the session (a second candidate only for a rejected first) and now (also
  for a first that leaves out a number or quoted text the comment states), both replayed with the rules checked out
  (``experiments/stated-values/score.py`` replays the same);
- the judge, fresh: no rule or requirement was written after these answers existed.

    python experiments/holdout/score_fresh.py --batch 4 > experiments/holdout/results/score-b4.txt   # at f9dfd39
    python experiments/holdout/score_fresh.py --batch 5 > experiments/holdout/results/score-b5.txt
    python experiments/holdout/score_fresh.py --batch 6 > experiments/holdout/results/score-b6.txt
    python experiments/holdout/score_fresh.py --batch 7 > experiments/holdout/results/score-b7.txt
    python experiments/holdout/score_fresh.py --batch 8 > experiments/holdout/results/score-b8.txt
    python experiments/holdout/score_fresh.py --batch 9 > experiments/holdout/results/score-b9.txt
    python experiments/holdout/score_fresh.py --batch 10 > experiments/holdout/results/score-b10.txt  # at bd9b215

``score-b4.txt`` was made with the rules of f9dfd39 (fresh for batch 4); ``score-b4-fitted.txt`` with the rules
read off batch 4 since (1d76d5b).
"""

from __future__ import annotations

import statistics
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[0]))
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parents[0] / "stated-values"))

from score import candidate, kept_before, kept_now  # noqa: E402
from score_b3 import readings  # noqa: E402
from worklist import batch_of  # noqa: E402
from worklists import agreement_line, versus  # noqa: E402

from benchmarks.in_context.config import InContextConfig  # noqa: E402
from benchmarks.in_context.run import judge_cached  # noqa: E402
from benchmarks.judge.calibration import agreement  # noqa: E402
from benchmarks.metrics.significance import paired  # noqa: E402
from flutr.in_context import read_in_context  # noqa: E402

HOLDOUT = Path("data/in_context/holdout.jsonl")
BEFORE, NOW = "fim+select (before the session)", "fim+select (now: stated values)"


def main(batch: int) -> None:
    out = Path(f"benchmarks/results/in-context-holdout-b{batch}")
    records = {(r.variant, r.id): r for r in judge_cached(InContextConfig(out=out, data_file=str(HOLDOUT)))}
    read, controls, _ = readings(records, f"b{batch}")
    rows = {row.id: row for row in read_in_context(HOLDOUT)}
    ids = sorted({i for v, i in records if v == "fim"})
    kept: dict[str, dict[str, tuple[str, int]]] = {BEFORE: {}, NOW: {}}
    for i in ids:
        first, second = candidate(records[("fim", i)].code, rows[i]), candidate(records[("fim+rag", i)].code, rows[i])
        for name, rule in ((BEFORE, kept_before), (NOW, kept_now)):
            answer, made = rule(first, second, rows[i])
            kept[name][i] = ("fim" if answer is first else "fim+rag", made)

    def record(variant: str, row_id: str):  # type: ignore[no-untyped-def]
        return records[(kept[variant][row_id][0], row_id)] if variant in kept else records[(variant, row_id)]

    def seconds(variant: str, row_id: str) -> float:
        if variant not in kept:
            return records[(variant, row_id)].seconds
        return sum(records[(v, row_id)].seconds for v in ("fim", "fim+rag")[: kept[variant][row_id][1]])

    variants = ("fim", "fim+rag", BEFORE, NOW, "copy1")
    correct = {v: [read[(i, record(v, i).code)] for i in ids] for v in variants}
    judge = {v: [record(v, i).correct for i in ids] for v in variants}
    n = len(ids)
    print(f"## Held-out batch {batch}: {n} rows inside code (1.5B, one greedy run of each candidate)\n")
    print("| variant | read correct | judge (fresh) | fits | median s (1 thread) | mean s |")
    print("|---|---:|---:|---:|---:|---:|")
    for v in variants:
        answered = [record(v, i) for i in ids]
        times = [seconds(v, i) for i in ids]
        shown = (f"{statistics.median(times):.1f} | {statistics.mean(times):.1f}") if v != "copy1" else "– | –"
        print(f"| {v} | {sum(correct[v])}/{n} | {sum(judge[v])}/{n} | {sum(r.fits for r in answered)} | {shown} |")
    made = {name: sum(m == 2 for _, m in kept[name].values()) for name in kept}
    print(f"\na second candidate made: {made[BEFORE]} rows before, {made[NOW]} now")
    print(f"{NOW} vs {BEFORE}: read {versus(paired(correct[NOW], correct[BEFORE]))}")
    print(f"{NOW} vs fim alone: read {versus(paired(correct[NOW], correct['fim']))}")
    print(f"fim+rag vs fim: read {versus(paired(correct['fim+rag'], correct['fim']))}")
    print(f"{NOW} vs copy1: read {versus(paired(correct[NOW], correct['copy1']))}\n")
    by_position: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for k, i in enumerate(ids):
        by_position[records[("fim", i)].position][0] += 1
        by_position[records[("fim", i)].position][1] += correct[NOW][k]
    print(f"| position | rows | {NOW} read correct |\n|---|---:|---:|")
    for position, (rows_here, right) in sorted(by_position.items()):
        print(f"| {position} | {rows_here} | {right} |")
    print()
    for name, variants_read in (("the 1.5B's", ("fim", "fim+rag")), ("all", ("fim", "fim+rag", "copy1"))):
        answers = {(i, records[(v, i)].code): (v, i) for v in variants_read for i in ids}
        found = agreement([(records[(v, i)].correct, read[a]) for a, (v, i) in answers.items()])
        print(f"judge (fresh) on {name} {found.n} distinct answers: {agreement_line(found)}")
    print(f"\ncontrols (test-split answers read before, read again blind): {sum(controls)}/{len(controls)} agree")
    print(f"distinct answers read right: {sum(read.values())} of {len(read)}")
    words: dict[int, list[int]] = defaultdict(list)
    for row in rows.values():
        words[batch_of(row.id)].append(len(row.question.split()))
    print(
        "words per request comment, by batch: "
        + ", ".join(f"{b}: {statistics.mean(w):.1f}" for b, w in sorted(words.items()))
    )


if __name__ == "__main__":
    main(int(sys.argv[sys.argv.index("--batch") + 1]) if "--batch" in sys.argv else 4)
