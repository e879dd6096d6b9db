"""``flutr-train data stats``: counts per topic/difficulty/kind, token-length histograms (PNG) measured with the
model's own tokenizer (read from its GGUF by llama.cpp), written into the dataset card between markers. The
in-context rows (``DATA_DIR/in_context/``) are measured as they are trained: the prompt the server sends for the
comment under ``flutr-train sft``'s default placement, plus the completion."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from flutr.dataset import SPLITS, QARow, load_split
from flutr.prompting import build_messages, format_answer, render_prompt

BEGIN = "<!-- stats:begin (written by `flutr-train data stats`) -->"
END = "<!-- stats:end -->"


def _tokenizer(model: Path | None):  # -> callable(str) -> int
    from llama_cpp import Llama

    from flutr.models import default_model_path

    llm = Llama(model_path=str(model or default_model_path()), vocab_only=True, verbose=False)
    template = llm.metadata.get("tokenizer.chat_template")

    def count(text: str) -> int:
        return len(llm.tokenize(text.encode("utf-8"), add_bos=False, special=True))

    return count, template


def _table(rows: dict[str, list[QARow]], key: str) -> list[str]:
    values = sorted({getattr(r, key) for split in rows.values() for r in split})
    lines = [f"| {key} | " + " | ".join(rows) + " | total |", "|---" * (len(rows) + 2) + "|"]
    for value in values:
        counts = [sum(getattr(r, key) == value for r in split) for split in rows.values()]
        lines.append(f"| {value} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [len(split) for split in rows.values()]
    lines.append("| **all** | " + " | ".join(map(str, totals)) + f" | {sum(totals)} |")
    return lines


def in_context_lengths(data_dir: Path, count: Callable[[str], int], template: str | None) -> dict[str, list[int]]:
    """Tokens of each in-context row's training text (all splits), by how the server asks for it (fim, standalone…)."""
    from flutr.in_context import IN_CONTEXT_SPLITS, read_in_context
    from flutr.in_place import in_context_training_text, mechanism_for
    from flutr.position import position_of
    from model_training.sft_config import SFTRunConfig

    defaults = SFTRunConfig()
    lengths: dict[str, list[int]] = {}
    for split in IN_CONTEXT_SPLITS:
        path = data_dir / "in_context" / f"{split}.jsonl"
        for row in read_in_context(path) if path.is_file() else []:
            block = row.block()
            text = in_context_training_text(
                row.file,
                block,
                row.answer,
                template,
                placement=defaults.placement,
                context_lines=defaults.context_lines,
            )
            mechanism = mechanism_for(defaults.placement, position_of(row.file, block))
            lengths.setdefault(f"in-context, {mechanism}: prompt + completion", []).append(
                count(text.prompt + text.completion)
            )
    return lengths


def write_stats(data_dir: Path, *, model: Path | None = None, card: Path | None = None) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = {split: load_split(split, data_dir) for split in SPLITS}
    count, template = _tokenizer(model)
    everything = [r for split in rows.values() for r in split]
    lengths = {
        "question": [count(r.question) for r in everything],
        "answer": [count(format_answer(r.answer)) for r in everything],
        "prompt + answer": [
            count(render_prompt(build_messages(r.question), template) + format_answer(r.answer)) for r in everything
        ],
    }
    figure, axes = plt.subplots(1, 3, figsize=(13, 3.6))
    for axis, (name, values) in zip(axes, lengths.items(), strict=True):
        axis.hist(values, bins=40, color="#2b6cb0")
        axis.set_title(f"{name} (tokens)")
        axis.axvline(statistics.median(values), color="#c53030", linestyle="--", label="median")
        axis.legend()
    figure.suptitle("Token lengths, Qwen2.5-Coder tokenizer (all splits)")
    figure.tight_layout()
    figure.savefig(data_dir / "token_lengths.png", dpi=110)
    plt.close(figure)

    lines = [
        BEGIN,
        "",
        "### Counts",
        "",
        *_table(rows, "topic"),
        "",
        *_table(rows, "difficulty"),
        "",
        *_table(rows, "kind"),
        "",
        "### Token lengths (Qwen2.5-Coder tokenizer)",
        "",
        "| | min | median | p95 | max |",
        "|---|---|---|---|---|",
    ]
    for name, values in [*lengths.items(), *in_context_lengths(data_dir, count, template).items()]:
        ordered = sorted(values)
        p95 = ordered[int(0.95 * (len(ordered) - 1))]
        lines.append(f"| {name} | {ordered[0]} | {statistics.median(ordered):.0f} | {p95} | {ordered[-1]} |")
    no_diacritics = sum(not any(ch in "çğıöşüÇĞİÖŞÜ" for ch in r.question) for r in everything)
    kinds = Counter(r.kind for r in everything)
    lines += [
        "",
        f"Questions with no Turkish letters (typed without diacritics): {no_diacritics} of "
        f"{len(everything)}; concept rows: {kinds['concept']}.",
        "",
        "![token lengths](token_lengths.png)",
        "",
        END,
    ]
    block = "\n".join(lines)
    if card is not None:
        text = card.read_text(encoding="utf-8") if card.exists() else f"# Dataset\n\n{BEGIN}\n{END}\n"
        if BEGIN in text and END in text:
            text = text[: text.index(BEGIN)] + block + text[text.index(END) + len(END) :]
        else:
            text = text.rstrip("\n") + "\n\n" + block + "\n"
        card.write_text(text, encoding="utf-8")
    return f"{len(everything)} rows; wrote {data_dir / 'token_lengths.png'}" + (f" and {card}" if card else "")
