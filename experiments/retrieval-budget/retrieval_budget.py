"""What the retrieval settings trade: correct answers and metrics (one ``flutr-bench quality`` run per setting)
against prompt length and the time to a 120-token answer (every setting timed in one process, taking turns per
question, so a busy machine slows them alike)::

    python experiments/retrieval-budget/retrieval_budget.py --limit 12 --tokens 120 \\
        --setting 2:0=benchmarks/results/qwen2.5-coder-0.5b-fast-iq4_nl-test+qual \\
        --setting 2:300=benchmarks/results/retrieval-budget/budget-300 ...

A setting is ``K:TOKENS`` (the server's ``retrievalK`` and ``retrievalTokens``; ``0:0`` is the fixed prompt) and
the folder of its quality run. The first setting is the reference: the others' correct answers are compared with
it question by question (exact McNemar test). Writes README.md, summary.json and a trade-off chart to ``--out``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks import charts
from benchmarks.metrics.significance import mcnemar_p
from benchmarks.speed.compare import Setup, compare
from benchmarks.variants import resolve_model
from flutr.hardware import physical_cores
from flutr.retrieval import WINDOW

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # experiments/: the shared script_io
from script_io import parse_args, write_result  # noqa: E402

OUT = Path(__file__).resolve().parent / "results"


@dataclass(frozen=True)
class Setting:
    k: int
    tokens: int
    quality_dir: Path

    @property
    def label(self) -> str:
        if self.k == 0:
            return "fixed prompt"
        return f"k={self.k}, " + (f"≤{self.tokens} tokens" if self.tokens else "no limit")

    @property
    def name(self) -> str:  # for result keys
        return f"k{self.k}-t{self.tokens}"


def parse_setting(text: str) -> Setting:
    """``K:TOKENS=DIR`` → a setting; raises ``argparse.ArgumentTypeError`` naming what is wrong."""
    spec, sep, folder = text.partition("=")
    k_text, colon, tokens_text = spec.partition(":")
    if not sep or not colon or not k_text.strip().isdigit() or not tokens_text.strip().isdigit():
        raise argparse.ArgumentTypeError(f"{text!r}: expected K:TOKENS=FOLDER, e.g. 2:300=benchmarks/results/x")
    path = Path(folder)
    if not (path / "results.json").is_file():
        raise argparse.ArgumentTypeError(f"{path}/results.json not found: run flutr-bench quality --out {path} first")
    return Setting(int(k_text), int(tokens_text), path)


def quality_of(setting: Setting) -> dict[str, Any]:
    """Per split: the table row, timing and per-question correctness of the setting's single variant."""
    data = json.loads((setting.quality_dir / "results.json").read_text(encoding="utf-8"))
    config = data["config"]
    rag = "rag" in config["variants"]
    used = (config["retrieval_k"], config.get("retrieval_tokens", 0)) if rag else (0, 0)
    if used != (setting.k, setting.tokens if setting.k else 0):
        raise SystemExit(f"{setting.quality_dir}: its run used {used[0]}:{used[1]}, not {setting.k}:{setting.tokens}")
    splits = {}
    for split, variants in data["splits"].items():
        ((_, run),) = variants.items()  # one variant per run
        rows = run["rows"]
        splits[split] = {
            "table": run["table"],
            "timing": run["timing"],
            "examples_mean": round(statistics.mean(len(r.get("retrieved", [])) for r in rows), 2),
            "correct": {r["id"]: bool(r["correct"]) for r in rows},
        }
    return splits


def comparison(reference: dict[str, bool], other: dict[str, bool]) -> dict[str, Any]:
    common = sorted(set(reference) & set(other))
    only_ref = sum(reference[i] and not other[i] for i in common)
    only_other = sum(other[i] and not reference[i] for i in common)
    return {"only_reference": only_ref, "only_this": only_other, "mcnemar_p": round(mcnemar_p(only_ref, only_other), 3)}


def measure(args: argparse.Namespace) -> dict[str, Any]:
    settings: list[Setting] = args.setting
    model = resolve_model(args.model)
    quality = {s.name: quality_of(s) for s in settings}
    speed = None
    threads = args.threads or physical_cores()
    if args.limit:
        setups = [Setup(s.name, model, retrieval_k=s.k, retrieval_tokens=s.tokens) for s in settings]
        speed = compare(setups, limit=args.limit, tokens=args.tokens, threads=threads)
    reference = settings[0].name
    summary: dict[str, Any] = {"reference": reference, "settings": {}}
    for s in settings:
        entry: dict[str, Any] = {"k": s.k, "tokens": s.tokens, "label": s.label, "quality_dir": str(s.quality_dir)}
        for split, q in quality[s.name].items():
            entry[split] = {
                **q["table"],
                "examples_mean": q["examples_mean"],
                "prompt_tokens_median": q["timing"]["prompt_tokens_median"],
                "vs_reference": comparison(quality[reference][split]["correct"], q["correct"]),
            }
        if speed is not None:
            entry["speed"] = {
                what: speed["medians"][f"{s.name}_{what}"]
                for what in ("prompt_tokens", "prompt_seconds", "tokens_per_second", "answer_seconds")
            }
        summary["settings"][s.name] = entry
    return {
        "benchmark": "retrieval-budget",
        "command": "python experiments/retrieval-budget/retrieval_budget.py " + " ".join(args.argv),
        "model": model.name,
        "summary": summary,
        "speed": speed,
    }


def _number(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"  # BERTScore is None in a --no-bertscore run


def render(result: dict[str, Any], out: Path) -> Path:
    settings = result["summary"]["settings"]
    reference = settings[result["summary"]["reference"]]["label"]
    speed = result["speed"]
    lines = [
        "# Retrieval settings: quality against prompt length and speed",
        "",
        "Command:",
        "",
        "```sh",
        result["command"],
        "```",
        "",
        f"Model `{result['model']}` (the server's default: the fast model, flutr's adapter merged). Quality: one "
        "`flutr-bench quality` run per setting (its folder holds the command and every answer). "
        f"McNemar: correct answers compared question by question with **{reference}**. With a token budget, an "
        f"example that does not fit is passed over for the next best of the {WINDOW}×k best matches (examples = "
        "the mean number shown); prompt tokens include the system prompt and the fixed example (~260 tokens, "
        "cached after the warm-up).",
        "",
    ]
    if speed is not None:
        lines += [
            f"## Speed ({speed['questions']} test questions, {speed['tokens_per_answer']} tokens per answer, "
            f"{speed['threads']} threads, one process, settings taking turns)",
            "",
            "| Setting | prompt tokens | prompt s | decode tok/s | 120-token answer s | answer vs first |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        first = next(iter(settings.values()))["speed"]["answer_seconds"]
        for entry in settings.values():
            sp = entry["speed"]
            lines.append(
                f"| {entry['label']} | {sp['prompt_tokens']:.0f} | {sp['prompt_seconds']:.2f} | "
                f"{sp['tokens_per_second']:.1f} | {sp['answer_seconds']:.2f} | {sp['answer_seconds'] / first:.2f} |"
            )
        lines += ["", "Medians; the LSP path adds ~1 % to these (`benchmarks/results/speed-fast-iq4_nl`).", ""]
    for split in ("test", "qual"):
        if not all(split in e for e in settings.values()):
            continue
        lines += [
            f"## Quality, {split} split",
            "",
            "| Setting | examples | prompt tokens | Correct | only ref / only this (p) | Parse | BLEU | ROUGE-L | "
            "METEOR | BERTScore | CodeBLEU | s/q |",
            "|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for entry in settings.values():
            t = entry[split]
            vs = t["vs_reference"]
            lines.append(
                f"| {entry['label']} | {t['examples_mean']:.2f} | {t['prompt_tokens_median']:.0f} | "
                f"{t['correct_count']}/{t['n']} | {vs['only_reference']} / {vs['only_this']} ({vs['mcnemar_p']:.2f}) | "
                f"{t['parse']:.0%} | "
                + " | ".join(_number(t[m]) for m in ("bleu", "rouge_l", "meteor", "bertscore", "codebleu"))
                + f" | {t['seconds']:.1f} |"
            )
        lines.append("")
    if speed is not None and all("test" in e for e in settings.values()):
        chart = charts.tradeoff(
            out / "tradeoff-test.png",
            "Correct answers (test) vs time to a 120-token answer",
            [e["label"] for e in settings.values()],
            [e["speed"]["answer_seconds"] for e in settings.values()],
            [100 * e["test"]["correct"] for e in settings.values()],
            xlabel="seconds to a 120-token answer (median)",
            ylabel="correct answers, %",
        )
        lines += [f"![trade-off]({chart.name})", ""]
    path = out / "README.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--setting", type=parse_setting, action="append", help="K:TOKENS=FOLDER")
    parser.add_argument("--model", default="fast", help="the model of the quality runs (default: fast)")
    parser.add_argument("--limit", type=int, default=12, help="timed questions (0: skip the speed part)")
    parser.add_argument("--tokens", type=int, default=120, help="tokens per timed answer")
    parser.add_argument("--threads", type=int, default=0, help="0: physical cores")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--render-only", action="store_true", help="re-render README.md from --out/summary.json")
    args = parse_args(parser, argv)
    if args.render_only:
        result = json.loads((args.out / "summary.json").read_text(encoding="utf-8"))
    elif not args.setting:
        parser.error("give at least one --setting K:TOKENS=FOLDER (or --render-only)")
    else:
        result = measure(args)
        write_result(args.out / "summary.json", result)
    print(f"wrote {render(result, args.out)}")


if __name__ == "__main__":
    main()
