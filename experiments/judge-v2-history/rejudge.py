"""Re-judge the answers committed by the 2026-11 runs with judge v2 (run from the repository root with .venv):
``python experiments/judge-v2-history/rejudge.py``.

Those runs answered the old 100-question test split; 81 of its rows are still test rows. For each committed
generations file and variant, this judges the answers to those 81 rows (and the 10 qual rows) against today's
requirements of each row, with the copy baselines on the same rows, and writes ``results.json`` and a Markdown
table (``README.md``) beside this script. Nothing is generated.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from benchmarks.judge.verdict import judge
from benchmarks.metrics.correctness import judge_answer
from benchmarks.metrics.scoring import requirements_of
from benchmarks.metrics.significance import paired
from flutr.dataset import load_split
from flutr.retrieval import default_retriever

HERE = Path(__file__).resolve().parent
RUNS = {
    "Qwen 0.5B Q4_K_M, base": ("qwen2.5-coder-0.5b-instruct-q4_k_m-test+qual", "base", None),
    "Qwen 0.5B Q4_K_M, rag (k=2)": ("qwen2.5-coder-0.5b-instruct-q4_k_m-test+qual", "rag", None),
    "Qwen 0.5B + LoRA, no retrieval": ("qwen2.5-coder-0.5b-instruct-q4_k_m+h200-qlora-test+qual", "lora", None),
    "Qwen 0.5B + LoRA, rag (k=2)": ("qwen2.5-coder-0.5b-instruct-q4_k_m+h200-qlora-test+qual", "rag+lora", None),
    "fast model, rag k=1 (server default)": ("fast-model-v2/quality", "rag", None),
    "Gemma-3-270M, base": ("gemma-3-270m-q4_k_m-test+qual", "base", None),
    "Gemma-3-270M, rag (k=2)": ("gemma-3-270m-q4_k_m-test+qual", "rag", None),
}


def load_answers(folder: str, variant: str) -> dict[str, str]:
    answers: dict[str, str] = {}
    path = Path("benchmarks/results") / folder / "generations.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["variant"] == variant:
            answers[record["row_id"]] = record.get("scored_code") or ""
    return answers


def main() -> None:
    rows = {row.id: row for split in ("test", "qual") for row in load_split(split)}
    table: dict[str, dict] = {}
    verdicts: dict[str, dict[str, bool]] = {}
    for name, (folder, variant, _) in RUNS.items():
        answers = load_answers(folder, variant)
        ids = sorted(i for i in answers if i in rows)
        verdicts[name] = {i: judge(replace(requirements_of(rows[i]), answer=answers[i])).correct for i in ids}
        keywords = sum(judge_answer(answers[i], rows[i].must_contain).correct for i in ids)
        table[name] = {"n": len(ids), "correct": sum(verdicts[name].values()), "keywords": keywords}
    ids = sorted(set.intersection(*(set(v) for v in verdicts.values())))
    for k in (1, 2):
        name = f"copy{k}: paste the top-{k} retrieved training answers"
        copied = {
            i: "\n\n".join(hit.row.answer for hit in default_retriever().search(rows[i].question, k)) for i in ids
        }
        verdicts[name] = {i: judge(replace(requirements_of(rows[i]), answer=copied[i])).correct for i in ids}
        keywords = sum(judge_answer(copied[i], rows[i].must_contain).correct for i in ids)
        table[name] = {"n": len(ids), "correct": sum(verdicts[name].values()), "keywords": keywords}
    default = "fast model, rag k=1 (server default)"
    for name in table:
        if name != default:
            common = [i for i in ids if i in verdicts[name] and i in verdicts[default]]
            table[name]["vs_default"] = paired(
                [verdicts[name][i] for i in common], [verdicts[default][i] for i in common]
            ).describe()
    (HERE / "results.json").write_text(json.dumps(table, indent=2) + "\n", encoding="utf-8")
    lines = [
        "| Answers (committed in 2026-11) | n | Correct (judge v2) | Keywords (old rule) "
        "| only this / only default (p) |",
        "|---|---:|---:|---:|---|",
    ]
    for name, row in table.items():
        lines.append(f"| {name} | {row['n']} | {row['correct']} | {row['keywords']} | {row.get('vs_default', '–')} |")
    (HERE / "table.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
