"""Held-out batch 3 (session 15; experiments/holdout/README.md): 100 in-context rows written after session 15's
judge rules were fixed, answered once by the 1.5B with both candidates the server's ``fim+select`` chooses between
(``fim``, ``fim+rag``) and the ``copy1`` baseline; every distinct answer read blind. Scores:

- the server's default inside code with the rules before this session (commit afe9ec0) and now (8534812), and
  with the retrieved example first (``fimExamples`` on): which candidate each keeps (``select_offline.py``,
  results/select-before.json, select-now.json, select-examples-first.json);
- the judge: before the session's rules (results/verdicts-before.json, ``verdicts.py`` at afe9ec0); **fresh**, with
  the rules committed before these answers were read (verdicts-fresh.json, at 8534812); now (rules read off these
  labels since: fitted); and now without the rows' structural checks (the batch's authors wrote a requirement
  for every asked part).

    python experiments/holdout/score_b3.py > experiments/holdout/results/score-b3.txt
"""

from __future__ import annotations

import json
import statistics
import sys
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[0]))
sys.path.insert(0, str(HERE.parents[1]))

from worklists import agreement_line, read_jsonl, versus  # noqa: E402

from benchmarks.in_context.config import InContextConfig  # noqa: E402
from benchmarks.in_context.run import Record, judge_cached, judged, read_generated  # noqa: E402
from benchmarks.judge.calibration import agreement  # noqa: E402
from benchmarks.metrics.significance import paired  # noqa: E402
from flutr.in_context import read_in_context  # noqa: E402

OUT = Path("benchmarks/results/in-context-holdout-b3")
HOLDOUT = Path("data/in_context/holdout.jsonl")
RESULTS = HERE / "results"
CANDIDATES = ("fim", "fim+rag")
BEFORE, NOW = "fim+select (rules before, afe9ec0)", "fim+select (session 15 rules, 8534812)"
FIRST = "fim+rag+select (the example first, 8534812)"
SELECTIONS = {BEFORE: "before", NOW: "now", FIRST: "examples-first"}


def readings(
    records: dict[tuple[str, str], Record], batch: str = "b3"
) -> tuple[dict[tuple[str, str], bool], list[bool], dict]:
    """(row id, code) → read correct; the controls' agreement with their first reading; (row id, code) → reason."""
    keys = {e["hash"]: e for e in read_jsonl(HERE / f"worklist-{batch}-key.jsonl")}
    codes = {f"{r.model}/{r.variant}/{r.id}": r.code for r in records.values()}
    earlier = _earlier_control_readings()
    read, reasons, controls = {}, {}, []
    for path in sorted(Path("benchmarks/judge").glob(f"labels-in-context-holdout-{batch}-*.jsonl")):
        for label in read_jsonl(path):
            entry = keys[label["hash"]]
            ok = label["label"] == "correct"
            if entry.get("control"):
                controls.append(earlier[entry["label_id"]] == ok)
                continue
            answer = (entry["label_id"].split("/")[2], codes[entry["label_id"]])
            read[answer] = ok
            reasons[answer] = label["reason"]
    return read, controls, reasons


def _earlier_control_readings() -> dict[str, bool]:
    sys.path.insert(0, str(HERE.parents[0] / "placement"))
    from labelled import readings as test_readings
    from worklists import current_in_context, in_context_rows

    earlier = test_readings()
    current = current_in_context("qwen2.5-coder-1.5b", in_context_rows())
    return {
        f"qwen2.5-coder-1.5b/fim+select/{row_id}": earlier[(row_id, generated["code"])]
        for (variant, row_id), generated in current.items()
        if variant == "fim+select" and (row_id, generated["code"]) in earlier
    }


def main() -> None:
    records = {(r.variant, r.id): r for r in judge_cached(InContextConfig(out=OUT, data_file=str(HOLDOUT)))}
    read, controls, _ = readings(records)
    ids = sorted({i for v, i in records if v in CANDIDATES})
    chosen = {
        name: json.loads((RESULTS / f"select-{name}.json").read_text()) for name in ("before", "now", "examples-first")
    }
    before = json.loads((RESULTS / "verdicts-before.json").read_text())
    fresh = json.loads((RESULTS / "verdicts-fresh.json").read_text())

    def record(variant: str, row_id: str) -> Record:
        if variant in SELECTIONS:
            return records[(chosen[SELECTIONS[variant]][row_id]["kept"], row_id)]
        return records[(variant, row_id)]

    def seconds(variant: str, row_id: str) -> float:
        made = chosen[SELECTIONS[variant]][row_id]["made"] if variant in SELECTIONS else [variant]
        return sum(records[(v, row_id)].seconds for v in made)

    variants = (*CANDIDATES, BEFORE, NOW, FIRST, "copy1")
    correct = {v: [read[(i, record(v, i).code)] for i in ids] for v in variants}
    judge_now = {v: [record(v, i).correct for i in ids] for v in variants}
    judge_fresh = {v: [fresh[f"{record(v, i).variant}/{i}"] for i in ids] for v in variants}
    print(f"## Held-out batch 3: {len(ids)} rows inside code (1.5B, one greedy run of each candidate)\n")
    print("| variant | read correct | judge, fresh (8534812) | judge now (fitted) | fits | median s (1 thread) |")
    print("|---|---:|---:|---:|---:|---:|")
    for v in variants:
        answered = [record(v, i) for i in ids]
        shown = f"{statistics.median(seconds(v, i) for i in ids):.1f}" if v != "copy1" else "–"
        n = len(ids)
        print(
            f"| {v} | {sum(correct[v])}/{n} | {sum(judge_fresh[v])}/{n} | {sum(judge_now[v])}/{n} | "
            f"{sum(r.fits for r in answered)} | {shown} |"
        )
    changed = sum(chosen["before"][i]["kept"] != chosen["now"][i]["kept"] for i in ids)
    print(f"\nThe session's rules (8534812) keep another candidate than those before (afe9ec0) on {changed} rows.")
    print(f"{NOW} vs {BEFORE}: read {versus(paired(correct[NOW], correct[BEFORE]))}")
    print(f"{NOW} vs fim alone: read {versus(paired(correct[NOW], correct['fim']))}")
    print(f"fim+rag vs fim: read {versus(paired(correct['fim+rag'], correct['fim']))}")
    print(
        f"{FIRST} vs {NOW}: read {versus(paired(correct[FIRST], correct[NOW]))}; judge "
        f"{versus(paired(judge_now[FIRST], judge_now[NOW]))}"
    )
    print(f"{NOW} vs copy1: read {versus(paired(correct[NOW], correct['copy1']))}\n")
    by_position: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for n, i in enumerate(ids):
        counts = by_position[records[("fim", i)].position]
        counts[0] += 1
        counts[1] += correct[NOW][n]
        counts[2] += correct[FIRST][n]
    print(f"| position | rows | {NOW} read correct | {FIRST} |\n|---|---:|---:|---:|")
    for position, (n, x, y) in sorted(by_position.items()):
        print(f"| {position} | {n} | {x} | {y} |")
    rows = {row.id: row for row in read_in_context(HOLDOUT)}
    generated = {(g.variant, g.id): g for g in read_generated(OUT / "generations.jsonl").values()}
    print()
    for name, variants_read in (("the 1.5B's", CANDIDATES), ("all", (*CANDIDATES, "copy1"))):
        answers = {(i, records[(v, i)].code): (v, i) for v in variants_read for i in ids}
        judges = {
            "before the session's rules": {a: before[f"{v}/{i}"] for a, (v, i) in answers.items()},
            "fresh (the rules of 8534812, committed before the labels)": {
                a: fresh[f"{v}/{i}"] for a, (v, i) in answers.items()
            },
            "now (fitted: rules read off these labels since)": {
                a: records[(v, i)].correct for a, (v, i) in answers.items()
            },
            "now, without the rows' structural checks": {
                a: judged(replace(rows[i], checks=()), generated[(v, i)]).correct for a, (v, i) in answers.items()
            },
        }
        for label, verdicts in judges.items():
            found = agreement([(verdicts[a], read[a]) for a in verdicts])
            print(f"judge {label} on {name} {found.n} distinct answers: {agreement_line(found)}")
    print(f"\ncontrols (test-split answers read before, read again blind): {sum(controls)}/{len(controls)} agree")


if __name__ == "__main__":
    main()
