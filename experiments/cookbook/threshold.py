"""How near must the closest training question be before its curated answer is offered as it is (issue #19,
lever 6)? Every test question's top BM25 hit is pasted and judged with judge v2; the table gives coverage (share
of questions at or above a threshold) and precision (judge-correct share among them) for each candidate score::

    python experiments/cookbook/threshold.py            # writes experiments/cookbook/results/

Scores compared (which separates correct pastes from wrong ones better, by ROC AUC and precision at equal
coverage): ``raw`` BM25 of the top hit; ``relative`` = raw / the question's self-score
(``Retriever.self_score``: 1.0 for a verbatim training question); ``guarded`` = relative, or 0 when the paste
lacks an API the question names (``flutr.cookbook.names_covered``: what the server offers);
``margin`` = (top1 − top2) / top1;
``symmetric`` = raw / max(self-score of the question, self-score of the hit's question) (a short question inside
a long training question scores 1.0 relative, not symmetric).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.judge import JudgeInput, judge  # noqa: E402
from flutr.cookbook import THRESHOLD, closeness, names_covered  # noqa: E402
from flutr.dataset import load_split  # noqa: E402
from flutr.retrieval import default_retriever  # noqa: E402

OUT = Path(__file__).resolve().parent / "results"
MEASURES = ("guarded", "relative", "symmetric", "margin", "raw")
THRESHOLDS = {
    "guarded": (0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95),
    "relative": (0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95),
    "symmetric": (0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95),
    "margin": (0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5),
    "raw": (5, 10, 15, 20, 25, 30, 35, 40),
}


@dataclass(frozen=True)
class Record:
    id: str
    question: str
    hit_id: str
    hit_question: str
    scores: dict[str, float]
    correct: bool
    reasons: tuple[str, ...]


def records(split: str) -> list[Record]:
    retriever = default_retriever()
    loo = split == "train"
    found = []
    for row in load_split(split):
        # train: leave-one-out (the row itself is passed over): a covered task asked in other words
        hits = retriever.search(row.question, 2, skip=(lambda hit, own=row.id: hit.id == own) if loo else None)
        top = hits[0]
        second = hits[1].score if len(hits) > 1 else 0.0
        own = retriever.self_score(row.question)
        theirs = retriever.self_score(top.row.question)
        verdict = judge(
            JudgeInput(row.question, top.row.answer, row.must_contain, row.must_not, row.checks, row.answer)
        )
        relative = closeness(retriever, row.question, top.score)
        scores = {
            "guarded": relative if names_covered(row.question, top.row.answer) else 0.0,
            "raw": top.score,
            "relative": relative,
            "symmetric": top.score / max(own, theirs) if own else 0.0,
            "margin": (top.score - second) / top.score if top.score else 0.0,
        }
        found.append(
            Record(row.id, row.question, top.row.id, top.row.question, scores, verdict.correct, verdict.reasons)
        )
    return found


def auc(recs: list[Record], measure: str) -> float:
    """ROC AUC of ``measure`` for judge-correct pastes (ties count half): 0.5 = no separation."""
    good = [r.scores[measure] for r in recs if r.correct]
    bad = [r.scores[measure] for r in recs if not r.correct]
    wins = sum((g > b) + 0.5 * (g == b) for g in good for b in bad)
    return wins / max(1, len(good) * len(bad))


def at(recs: list[Record], measure: str, threshold: float) -> tuple[int, int]:
    above = [r for r in recs if r.scores[measure] >= threshold]
    return len(above), sum(r.correct for r in above)


def precision_at_coverage(recs: list[Record], measure: str, share: float) -> float:
    ranked = sorted(recs, key=lambda r: -r.scores[measure])
    top = ranked[: max(1, round(share * len(recs)))]
    return sum(r.correct for r in top) / len(top)


def chart(recs: list[Record], path: Path, split: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    xs = [x / 100 for x in range(20, 101)]
    cover = [at(recs, "guarded", x)[0] / len(recs) for x in xs]
    prec = [(lambda n, c: c / n if n else float("nan"))(*at(recs, "guarded", x)) for x in xs]
    left.plot(xs, prec, label="precision (judge-correct among offered)", color="#2ca02c")
    left.plot(xs, cover, label="coverage (share of questions offered)", color="#1f77b4")
    left.set_xlabel("guarded score: top-1 BM25 / the question's self-score, 0 if named APIs differ")
    left.set_ylim(0, 1.02)
    left.grid(alpha=0.3)
    left.legend(fontsize=8, frameon=False)
    left.set_title(f"Cookbook paste vs threshold, {split} ({len(recs)})", fontsize=10)
    left.axvline(THRESHOLD, color="#d62728", linestyle=":", linewidth=1)
    colors = {
        "guarded": "#d62728",
        "relative": "#2ca02c",
        "symmetric": "#9467bd",
        "margin": "#ff7f0e",
        "raw": "#7f7f7f",
    }
    for measure in MEASURES:
        ranked = sorted(recs, key=lambda r: -r.scores[measure])
        cs, ps, hits = [], [], 0
        for index, rec in enumerate(ranked, 1):
            hits += rec.correct
            if index >= 5:
                cs.append(index / len(recs))
                ps.append(hits / index)
        right.plot(cs, ps, label=f"{measure} (AUC {auc(recs, measure):.2f})", color=colors[measure])
    right.set_xlabel("coverage (questions offered, best-scored first)")
    right.set_ylabel("precision (judge v2)")
    right.set_ylim(0, 1.02)
    right.grid(alpha=0.3)
    right.legend(fontsize=8, frameon=False)
    right.set_title("Which score separates correct pastes", fontsize=10)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="test")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    started = time.perf_counter()
    recs = records(args.split)
    args.out.mkdir(parents=True, exist_ok=True)
    with (args.out / f"{args.split}-pastes.jsonl").open("w", encoding="utf-8") as handle:
        for r in sorted(recs, key=lambda r: -r.scores["relative"]):
            row = {
                "id": r.id,
                "question": r.question,
                "hit": r.hit_id,
                "hit_question": r.hit_question,
                **{k: round(v, 4) for k, v in r.scores.items()},
                "verdict": "correct" if r.correct else "incorrect",
                "reasons": list(r.reasons),
            }
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    summary = {
        "split": args.split,
        "questions": len(recs),
        "judge_correct": sum(r.correct for r in recs),
        "auc": {m: round(auc(recs, m), 3) for m in MEASURES},
        "precision_at_coverage": {
            m: {f"{s:.0%}": round(precision_at_coverage(recs, m, s), 3) for s in (0.05, 0.1, 0.2)} for m in MEASURES
        },
        "thresholds": {
            m: [{"threshold": t, "offered": n, "correct": c} for t in THRESHOLDS[m] for n, c in [at(recs, m, t)]]
            for m in MEASURES
        },
        "seconds": round(time.perf_counter() - started, 1),
    }
    (args.out / f"{args.split}-summary.json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    name = "test split" if args.split == "test" else f"{args.split} leave-one-out"
    chart(recs, args.out / f"{args.split}-threshold.png", name)
    print(json.dumps({k: summary[k] for k in ("questions", "judge_correct", "auc", "precision_at_coverage")}))
    for m in MEASURES:
        for entry in summary["thresholds"][m]:
            n, c = entry["offered"], entry["correct"]
            print(m, entry["threshold"], n, f"{n / len(recs):.1%}", c, f"{c / n:.1%}" if n else "-")


if __name__ == "__main__":
    main()
