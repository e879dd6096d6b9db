"""The CPU-trained FIM adapter, scored (experiments/fim-adapter-cpu/README.md): on held-out batches 8 and 9 (200
rows inside code, written after every rule they test), the 0.5B small tier as shipped, the 0.5B base without an
adapter and the base with the adapter trained on 320 in-context rows on this CPU, each by ``fill-in-the-middle``;
read blind (labels-fim-adapter-cpu-*.jsonl, with the batches' own readings of the 1.5B for code it wrote too),
beside the judge, the fit, the 1.5B's ``fim`` and the ``copy1`` baseline of the same rows, with paired exact
McNemar tests.

    python experiments/fim-adapter-cpu/score.py > experiments/fim-adapter-cpu/score.txt         # at f4489fb: fresh
    python experiments/fim-adapter-cpu/score.py > experiments/fim-adapter-cpu/score-fitted.txt  # the rule after
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[0] / "holdout"))
sys.path.insert(0, str(HERE.parents[0]))
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))

from make_worklist import BATCHES, LARGE, MODELS, RUN  # noqa: E402
from score_b3 import _earlier_control_readings, readings  # noqa: E402  (experiments/holdout/score_b3.py)
from worklists import agreement_line, read_jsonl, versus  # noqa: E402

from benchmarks.in_context.config import InContextConfig  # noqa: E402
from benchmarks.in_context.run import Record, judge_cached  # noqa: E402
from benchmarks.judge.calibration import agreement  # noqa: E402
from benchmarks.metrics.significance import paired  # noqa: E402

HOLDOUT = Path("data/in_context/holdout.jsonl")
LABELS = Path("benchmarks/judge")


def judged(out: Path) -> list[Record]:
    return judge_cached(InContextConfig(out=out, data_file=str(HOLDOUT)))


def main() -> None:
    records = judged(RUN.parent)
    codes = {f"{r.model}/{r.variant}/{r.id}": r.code for r in records}
    read: dict[tuple[str, str], bool] = {}  # the batches' own readings of the 1.5B and copy1, then these
    large, copy1 = {}, {}
    for batch in BATCHES:
        found = judged(Path(f"benchmarks/results/in-context-holdout-b{batch}"))
        read.update(readings({(r.variant, r.id): r for r in found}, f"b{batch}")[0])
        large |= {r.id: r for r in found if r.model == LARGE and r.variant == "fim"}
        copy1 |= {r.id: r for r in found if r.variant == "copy1"}
    keys = {e["hash"]: e for e in read_jsonl(HERE / "worklist-key.jsonl")}
    earlier, controls, new = _earlier_control_readings(), [], 0
    for path in sorted(LABELS.glob("labels-fim-adapter-cpu-*.jsonl")):
        for label in read_jsonl(path):
            entry, ok = keys[label["hash"]], label["label"] == "correct"
            if entry.get("control"):
                controls.append(earlier[entry["label_id"]] == ok)
                continue
            read[(entry["label_id"].split("/")[2], codes[entry["label_id"]])] = ok
            new += 1
    by_model = {m: {r.id: r for r in records if r.model == m and r.variant == "fim"} for m in MODELS}
    ids = sorted(set.intersection(*(set(v) for v in by_model.values())) & set(large) & set(copy1))
    columns = {**{m: by_model[m] for m in MODELS}, f"{LARGE} (the default tier)": large, "copy1": copy1}
    print(
        f"{len(ids)} held-out rows (batches {BATCHES[0]}–{BATCHES[-1]}), {new} answers read blind for this "
        f"experiment, controls {sum(controls)}/{len(controls)} read as before\n"
    )
    print("| answers (fim) | read correct | judge | fits | median s (1 thread) |")
    print("|---|---:|---:|---:|---:|")
    verdicts: dict[str, list[bool]] = {}
    for name, found in columns.items():
        chosen = [found[i] for i in ids]
        verdicts[name] = [read[(r.id, r.code)] for r in chosen]
        seconds = [r.seconds for r in chosen if r.seconds]
        median = f"{statistics.median(seconds):.1f}" if seconds else "–"
        print(
            f"| {name} | {sum(verdicts[name])}/{len(ids)} | {sum(r.correct for r in chosen)}/{len(ids)} | "
            f"{sum(r.fits for r in chosen)}/{len(ids)} | {median} |"
        )
    adapter, base, small = MODELS[2], MODELS[1], MODELS[0]
    print("\nPaired, read (only A right vs only B right, exact McNemar):")
    for a, b in (
        (adapter, base),
        (adapter, small),
        (small, base),
        (adapter, f"{LARGE} (the default tier)"),
        (f"{LARGE} (the default tier)", small),
    ):
        print(f"- {a} vs {b}: {versus(paired(verdicts[a], verdicts[b]))}")
    print("\nPaired, judge:")
    for a, b in ((adapter, base), (adapter, small)):
        print(f"- {a} vs {b}: {versus(paired(*([columns[n][i].correct for i in ids] for n in (a, b))))}")
    print("\nThe judge against these readings (the three 0.5B variants' distinct answers, fresh):")
    seen = {(r.id, r.code): r.correct for name in MODELS for r in (columns[name][i] for i in ids)}
    print(f"- {agreement_line(agreement([(judge, read[answer]) for answer, judge in seen.items()]))}")
    print("\nFits, paired:")
    for a, b in ((adapter, base), (adapter, small)):
        print(f"- {a} vs {b}: {versus(paired(*([columns[n][i].fits for i in ids] for n in (a, b))))}")


if __name__ == "__main__":
    main()
