"""Reference similarity as a stricter judge (session 20): of the answers the judge accepts on held-out batches 3–9,
does closeness to the row's reference answer tell the right from the wrong? For each distinct answer of the 1.5B
(``fim``, ``fim+rag``): the judge's verdict with today's rules and requirements, the blind reading, and the
similarity of its code tokens (comments left out) to the reference — ``difflib`` sequence ratio and chrF
(sacrebleu). Thresholds are shown on batches 3–5 (to choose) and 6–9 (to check); then the same gate on the 204
questions the 1.5B answered standalone (sample102's added rows, read blind). No model, no new label.

    .venv/bin/python experiments/judge-similarity/score.py > experiments/judge-similarity/results.txt
"""

from __future__ import annotations

import difflib
import glob
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "experiments"))
sys.path.insert(0, str(ROOT / "experiments" / "holdout"))

from sacrebleu.metrics import CHRF  # noqa: E402
from score_b3 import readings  # noqa: E402

from benchmarks.in_context.config import InContextConfig  # noqa: E402
from benchmarks.in_context.run import judge_cached  # noqa: E402
from flutr.in_context import read_in_context  # noqa: E402

HOLDOUT = ROOT / "data/in_context/holdout.jsonl"
TOKEN = re.compile(r"[A-Za-z_]\w*|\d+(?:\.\d+)?|'[^']*'|\"[^\"]*\"|==|!=|<=|>=|=>|&&|\|\||\S")
DEVELOP, CHECK = (3, 4, 5), (6, 7, 8, 9)


def _code(text: str) -> str:
    return re.sub(r"//[^\n]*", "", text)


def answers() -> list[dict]:
    rows = {row.id: row for row in read_in_context(HOLDOUT)}
    chrf = CHRF()
    found = []
    for batch in (*DEVELOP, *CHECK):
        out = ROOT / f"benchmarks/results/in-context-holdout-b{batch}"
        records = {(r.variant, r.id): r for r in judge_cached(InContextConfig(out=out, data_file=str(HOLDOUT)))}
        read, _, _ = readings(records, f"b{batch}")
        seen = set()
        for (variant, row_id), record in records.items():
            key = (row_id, record.code)
            if variant not in ("fim", "fim+rag") or key in seen or key not in read:
                continue
            seen.add(key)
            reference = rows[row_id].answer
            ratio = difflib.SequenceMatcher(
                None, TOKEN.findall(_code(record.code)), TOKEN.findall(_code(reference)), autojunk=False
            ).ratio()
            found.append(
                {
                    "batch": batch,
                    "judge": bool(record.correct),
                    "read": read[key],
                    "seq": ratio,
                    "chrf": chrf.sentence_score(_code(record.code), [reference]).score / 100,
                }
            )
    return found


def auc(right: list[float], wrong: list[float]) -> float:
    pairs = [(1.0 if r > w else 0.5 if r == w else 0.0) for r in right for w in wrong]
    return sum(pairs) / len(pairs) if pairs else float("nan")


def gate(found: list[dict], measure: str, bar: float, batches: tuple[int, ...]) -> str:
    chosen = [a for a in found if a["batch"] in batches]
    accepted = [a for a in chosen if a["judge"] and a[measure] >= bar]
    right = sum(a["read"] for a in accepted)
    missed = sum(a["read"] for a in chosen) - right
    agree = len(chosen) - (len(accepted) - right) - missed
    return f"precision {right}/{len(accepted)}, recall {right}/{right + missed}, agreement {agree}/{len(chosen)}"


def questions() -> list[tuple[bool, bool, float]]:
    """(judge, read, sequence ratio) of the 1.5B's answers to the 204 questions sample102 adds (labels-s102, -s204,
    -s255)."""
    res = json.loads(
        (ROOT / "benchmarks/results/judge-v2/qwen2.5-coder-1.5b-corpus2636-sample255/results.json").read_text()
    )
    judge = {row["id"]: bool(row["correct"]) for row in res["splits"]["test"]["rag"]["rows"]}
    entries: dict[str, dict] = {}
    keys: dict[str, dict] = {}
    for path in glob.glob(str(ROOT / "experiments/sample102/worklist*.jsonl")):
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            (keys if "key" in Path(path).name else entries)[entry["hash"]] = entry
    found = []
    for name in ("s102", "s204", "s255"):
        for path in glob.glob(str(ROOT / f"benchmarks/judge/labels-{name}-*.jsonl")):
            for line in Path(path).read_text(encoding="utf-8").splitlines():
                label = json.loads(line)
                entry, key = entries.get(label["hash"]), keys.get(label["hash"])
                if entry is None or key is None or key["source"] != "qwen1.5b:rag:corpus2636":
                    continue
                ratio = difflib.SequenceMatcher(
                    None,
                    TOKEN.findall(_code(entry["answer"])),
                    TOKEN.findall(_code(entry["reference"])),
                    autojunk=False,
                ).ratio()
                found.append((judge[key["row_id"]], label["label"] == "correct", ratio))
    return found


def main() -> None:
    found = answers()
    accepted = [a for a in found if a["judge"]]
    print(f"{len(found)} distinct answers of batches 3–9, {len(accepted)} accepted by the judge\n")
    for measure in ("seq", "chrf"):
        value = auc([a[measure] for a in accepted if a["read"]], [a[measure] for a in accepted if not a["read"]])
        print(f"{measure}: AUC among the judge's accepts, right vs wrong: {value:.2f}")
    print("\n| gate | batches 3–5 (choose) | batches 6–9 (check) |\n|---|---|---|")
    for measure in ("seq", "chrf"):
        for bar in (0.0, 0.6, 0.7, 0.8, 0.85, 0.9):
            print(
                f"| judge and {measure} ≥ {bar} | {gate(found, measure, bar, DEVELOP)} "
                f"| {gate(found, measure, bar, CHECK)} |"
            )
    asked = questions()
    print(f"\n## The same gate on {len(asked)} questions answered standalone\n")
    for bar in (0.0, 0.5, 0.8):
        accepted = [q for q in asked if q[0] and q[2] >= bar]
        right = sum(q[1] for q in accepted)
        missed = sum(q[1] for q in asked) - right
        agree = len(asked) - (len(accepted) - right) - missed
        print(
            f"judge and seq ≥ {bar}: precision {right}/{len(accepted)}, recall {right}/{right + missed}, "
            f"agreement {agree}/{len(asked)}"
        )


if __name__ == "__main__":
    main()
