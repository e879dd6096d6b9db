"""The headline of benchmarks/results/judge-v2: the server default, the copy baselines and Qwen2.5-Coder-1.5B,
judged by judge v2, with paired exact McNemar tests on the questions both answered.

Run from the repository root after the two quality runs named in the README it writes:
``python experiments/judge-v2-tiers/compare.py`` → ``benchmarks/results/judge-v2/README.md`` + ``summary.json``.
"""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.metrics.significance import paired
from flutr.dataset import load_split

OUT = Path("benchmarks/results/judge-v2")
RUNS = {
    "fast-model": "flutr-bench quality --model fast --split both --variants rag,copy1,copy2 "
    "--out benchmarks/results/judge-v2/fast-model --threads 2 --no-bertscore --no-charts",
    "qwen2.5-coder-1.5b-sample51": "flutr-bench quality --model qwen2.5-coder-1.5b --split both --sample 51 "
    "--variants rag,copy1,copy2 --out benchmarks/results/judge-v2/qwen2.5-coder-1.5b-sample51 --threads 1 "
    "--no-bertscore --no-charts",
}
NAMES = {
    ("fast-model", "rag"): "server default: 0.5B + adapter (fast model), 1 retrieved example",
    ("fast-model", "copy1"): "copy1: paste the top-1 retrieved training answer (no model)",
    ("fast-model", "copy2"): "copy2: paste the top-2 retrieved training answers (no model)",
    ("qwen2.5-coder-1.5b-sample51", "rag"): "Qwen2.5-Coder-1.5B untuned, 1 retrieved example",
}


def load(folder: str) -> dict[str, dict[str, dict]]:
    data = json.loads((OUT / folder / "results.json").read_text(encoding="utf-8"))
    return {split: {variant: cell for variant, cell in variants.items()} for split, variants in data["splits"].items()}


def verdicts(cell: dict) -> dict[str, bool]:
    return {row["id"]: bool(row["correct"]) for row in cell["rows"]}


def main() -> None:
    api_free = {row.id for row in load_split("test") if row.api_free}
    runs = {folder: load(folder) for folder in RUNS}
    summary: dict = {"commands": RUNS, "rows": []}
    lines = [
        "# Judge v2 on the 402-question test split (2026-12-06)",
        "",
        "2-core CPU shared with other work, llama.cpp greedy, `maxTokens` 384, one repair retry: the server's",
        "pipeline. **Correct** = judge v2 ([benchmarks/judge](../../judge/README.md); on held-out labels it agrees",
        "89.4 % with careful reading and 60 % of what it calls correct is accepted: an upper bound; re-scored from",
        "the same answers with the judge and rows of 2026-12-07, `experiments/judge-v2-tiers/rescore.py`). Paired",
        "exact McNemar tests compare answers to the same questions. The 1.5B answered a sample: the first 3",
        "questions of each topic in id order (51, mostly rows of the first split, 11 API-free) and the 10 qual",
        "questions; compare it with the other rows only through the paired tests below. Timings are rough: the",
        "fast model ran with 1 thread for its first 137 answers and 2 after, the 1.5B with 1 thread beside it.",
        "",
        "| Answers | test n | Correct | API-free | Keywords (old rule) | qual | s/answer (median) |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for (folder, variant), name in NAMES.items():
        test = runs[folder]["test"][variant]
        qual = runs[folder].get("qual", {}).get(variant)
        t = test["table"]
        free = [ok for rid, ok in verdicts(test).items() if rid in api_free]
        seconds = test["timing"]["seconds_per_question_median"]
        lines.append(
            f"| {name} | {t['n']} | {t['correct_count']} ({100 * t['correct']:.0f} %) | {sum(free)}/{len(free)} | "
            f"{t['keywords_count']} | {qual['table']['correct_count'] if qual else '–'}/"
            f"{qual['table']['n'] if qual else '–'} | {seconds:.1f} |"
        )
        summary["rows"].append(
            {
                "name": name,
                "folder": folder,
                "variant": variant,
                **t,
                "api_free_correct": sum(free),
                "api_free_n": len(free),
                "seconds_median": seconds,
            }
        )
    lines += [
        "",
        "Paired on the questions both answered (only A correct / only B correct, exact McNemar p):",
        "",
        "| A | B | n | A / B (p) |",
        "|---|---|---:|---|",
    ]
    pairs = [
        (("fast-model", "rag"), ("fast-model", "copy1")),
        (("fast-model", "rag"), ("fast-model", "copy2")),
        (("qwen2.5-coder-1.5b-sample51", "rag"), ("fast-model", "rag")),
        (("qwen2.5-coder-1.5b-sample51", "rag"), ("fast-model", "copy2")),
    ]
    for a, b in pairs:
        va, vb = verdicts(runs[a[0]]["test"][a[1]]), verdicts(runs[b[0]]["test"][b[1]])
        common = sorted(set(va) & set(vb))
        result = paired([va[i] for i in common], [vb[i] for i in common])
        lines.append(f"| {NAMES[a]} | {NAMES[b]} | {len(common)} | {result.describe()} |")
        summary.setdefault("paired", []).append(
            {
                "a": NAMES[a],
                "b": NAMES[b],
                "n": len(common),
                "only_a": result.only_a,
                "only_b": result.only_b,
                "p": result.p,
            }
        )
    lines += ["", "Commands (each folder's README has its table, per-row reasons in results.json):", ""]
    lines += [f"- `{command}`" for command in RUNS.values()]
    lines += ["- `python experiments/judge-v2-tiers/compare.py` (this page)", ""]
    (OUT / "README.md").write_text("\n".join(lines), encoding="utf-8")
    (OUT / "summary.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
