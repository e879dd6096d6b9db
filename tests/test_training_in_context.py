"""model_training with in-context rows (issue #17 item 3): each row is trained on the prompt the server sends for
its comment (``flutr.in_place``), the loss covers exactly the code the file gains, and a tiny run trains on Q&A
and in-context rows together. The tiny model and its fixtures come from ``test_training``."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from flutr.backends.base import CancelToken, Generation, TokenCallback
from flutr.dataset import load_split
from flutr.in_context import in_context_path, with_code
from flutr.in_place import in_context_training_text, request_for, respond
from flutr.infill import FIM_END, FIM_PREFIX
from flutr.pipeline import answerer_for
from lsp_server.config import ServerConfig
from model_training import sft
from model_training.cli import main as cli_main
from model_training.data import (
    IGNORE_INDEX,
    DatasetError,
    InContextExample,
    TrainingRow,
    load_in_context_rows,
    load_rows,
    load_training_rows,
    prepare_examples,
    resolve_in_context_file,
)
from model_training.dataset_split import validation_split
from model_training.gguf_meta import read_gguf_metadata
from model_training.sft_config import ConfigError, SFTRunConfig
from tests import test_training
from tests.test_training import REPO_ROOT, ROWS, SnapshotCallback, tiny_config

qwen_gguf = test_training.qwen_gguf
qwen_tokenizer_dir = test_training.qwen_tokenizer_dir
tiny = test_training.tiny

IN_CONTEXT = in_context_path("train")


class RecordingBackend:
    """Stands in for llama.cpp: records each prompt the server's code sends and answers with nothing."""

    name = "recording"

    def __init__(self, tokenizer: Any, chat_template: str) -> None:
        self.tokenizer = tokenizer
        self._template = chat_template
        self.prompts: list[str] = []

    @property
    def chat_template(self) -> str | None:
        return self._template

    def generate(
        self,
        prompt: str,
        *,
        max_tokens: int,
        stop: Sequence[str] = (),
        temperature: float = 0.0,
        on_token: TokenCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> Generation:
        self.prompts.append(prompt)
        return Generation("", 0, 0, 0.0, 0.0, "stop")

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer(text, add_special_tokens=False)["input_ids"])

    def prefill(self, prompt: str, cancel: CancelToken | None = None) -> bool:
        return True

    def warm_up(self, prompt: str) -> None:
        pass

    @property
    def active_generations(self) -> int:
        return 0

    def close(self) -> None:
        pass


def _one_row_per_position() -> list[InContextExample]:
    rows = load_in_context_rows(str(IN_CONTEXT))
    picked: dict[str, InContextExample] = {}
    for row in rows:
        picked.setdefault(row.row.position, row)
    assert len(picked) == 6  # top_level, class_body, statements, callback, element, argument
    return list(picked.values())


@pytest.fixture(scope="module")
def qwen(qwen_gguf: Path, qwen_tokenizer_dir: Path) -> dict[str, Any]:
    from transformers import AutoTokenizer

    template = read_gguf_metadata(qwen_gguf)["tokenizer.chat_template"]
    return {"tokenizer": AutoTokenizer.from_pretrained(qwen_tokenizer_dir), "template": template}


def _split(tokenizer: Any, example: Any) -> tuple[str, str]:
    n_prompt = sum(1 for label in example.labels if label == IGNORE_INDEX)
    assert example.labels[n_prompt:] == example.input_ids[n_prompt:]  # one prompt, then only labelled tokens
    return tokenizer.decode(example.input_ids[:n_prompt]), tokenizer.decode(example.input_ids[n_prompt:])


@pytest.mark.parametrize(("placement", "context_lines"), [("auto", None), ("instruct", 6), ("standalone", 6)])
def test_in_context_training_prompt_is_what_the_server_sends(
    qwen: dict[str, Any], placement: str, context_lines: int | None
) -> None:
    """For a comment at each position, the training prompt's tokens decode to the very prompt the server's
    ``request_for`` + ``respond`` hand to the backend (retrieved examples included), with the server's defaults."""
    tokenizer, template = qwen["tokenizer"], qwen["template"]
    served = ServerConfig()
    config = SFTRunConfig(placement=placement)
    lines = served.context_lines if context_lines is None else context_lines
    assert (config.retrieval_k, config.retrieval_tokens) == (served.retrieval_k, served.retrieval_tokens)
    assert SFTRunConfig().placement == served.placement and SFTRunConfig().context_lines == served.context_lines
    backend = RecordingBackend(tokenizer, template)
    answerer = answerer_for(backend, served)  # the server's answerer: BM25 over the Q&A train split
    pool = load_split("train")
    kinds = set()
    for row in _one_row_per_position():
        backend.prompts.clear()
        request = request_for(row.row.file, row.block, placement=placement, context_lines=lines)
        respond(answerer, request)
        prepared = prepare_examples(
            [row],
            tokenizer,
            template,
            4096,
            config.retrieval_k,
            config.retrieval_tokens,
            pool=pool,
            placement=placement,
            context_lines=lines,
        )
        (example,) = prepared.examples
        prompt, completion = _split(tokenizer, example)
        assert prompt == backend.prompts[0], (row.id, example.kind)
        assert example.kind == request.mechanism
        text = in_context_training_text(
            row.row.file,
            row.block,
            row.answer,
            template,
            placement=placement,
            context_lines=lines,
            eos_token=tokenizer.eos_token,
        )
        assert completion == text.completion
        kinds.add(example.kind)
    assert kinds == ({"fim", "standalone"} if placement == "auto" else {placement})


def test_fim_loss_covers_exactly_the_code_the_file_gains(qwen: dict[str, Any]) -> None:
    """FIM rows: the labelled tokens are the middle and <|endoftext|>, nothing of the file; prefix + middle +
    suffix is the file with the answer inserted the way the server inserts it."""
    tokenizer, template = qwen["tokenizer"], qwen["template"]
    rows = [row for row in _one_row_per_position() if row.row.position != "top_level"]
    prepared = prepare_examples(rows, tokenizer, template, 4096, placement="fim")
    for row, example in zip(rows, prepared.examples, strict=True):
        prompt, completion = _split(tokenizer, example)
        assert example.kind == "fim" and completion.endswith(FIM_END) and prompt.startswith(FIM_PREFIX)
        middle = completion[: -len(FIM_END)]
        labelled = tokenizer(middle + FIM_END, add_special_tokens=False)["input_ids"]
        assert example.n_completion_tokens == len(labelled), row.id
        before, after = prompt[len(FIM_PREFIX) :].split("<|fim_suffix|>")
        after = after.removesuffix("<|fim_middle|>")
        # The file with the answer = the prompt's prefix, the middle, then the prompt's suffix (cut to its start
        # in a long file): the labelled text is exactly what the server inserts under the comment.
        whole = with_code(row.row.file, row.block, row.answer)[0]
        assert whole.startswith(before + middle) and whole[len(before + middle) :].startswith(after), row.id
        assert before.endswith("\n" + row.block.indent) and middle.strip() and not middle.startswith(row.block.indent)


def test_in_context_file_option(tmp_path: Path) -> None:
    assert resolve_in_context_file(SFTRunConfig().in_context_file) == IN_CONTEXT  # found wherever the CLI runs
    assert resolve_in_context_file("none") is None and resolve_in_context_file("") is None
    assert load_in_context_rows("None") == []
    bad = tmp_path / "ctx.jsonl"
    bad.write_text(
        '{"id": "ctx-x-001", "topic": "t", "position": "statements", "file": "void f() {}\\n", "answer": "x"}\n'
    )
    with pytest.raises(DatasetError, match="ctx.jsonl:1: the file must hold one Turkish request comment, found 0"):
        load_in_context_rows(str(bad))
    with pytest.raises(DatasetError, match="in-context rows not found; .* --in-context-file none"):
        load_in_context_rows(str(tmp_path / "missing.jsonl"))
    shown = CliRunner().invoke(cli_main, ["sft", "--in-context-file", "none", "--placement", "fim", "--print-config"])
    assert shown.exit_code == 0, shown.output
    assert (json.loads(shown.output)["in_context_file"], json.loads(shown.output)["placement"]) == ("none", "fim")
    wrong = CliRunner().invoke(cli_main, ["sft", "--placement", "inline"])
    assert wrong.exit_code == 2 and "inline" in wrong.output


def _short_rows(count_per_kind: int) -> list[dict[str, Any]]:
    """In-context rows with the shortest files, top-level and inside code (the tiny run's max_length)."""
    rows = [json.loads(line) for line in IN_CONTEXT.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows.sort(key=lambda row: len(row["file"]))
    top = [row for row in rows if row["position"] == "top_level"][:count_per_kind]
    inside = [row for row in rows if row["position"] != "top_level"][:count_per_kind]
    return top + inside


def test_a_run_on_qa_and_in_context_rows_trains_lora(tmp_path: Path, tiny: dict[str, Any]) -> None:
    """6 Q&A + 6 in-context rows, a third held out by task cluster across both kinds; LoRA weights change, base
    weights do not; the run's record counts rows and tokens per kind."""
    ctx_file = tmp_path / "ctx.jsonl"
    ctx_file.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in _short_rows(3)))
    snapshot = SnapshotCallback()
    config = tiny_config(
        tiny,
        tmp_path / "run",
        in_context_file=str(ctx_file),
        validation_fraction=0.34,
        max_steps=2,
        warmup_steps=0,  # step 1 moves B off zero, step 2 then gives A a gradient
        save_steps=100,
        learning_rate=3e-2,
        plot=False,
    )
    both: list[TrainingRow] = [*load_training_rows(ROWS), *load_in_context_rows(str(ctx_file))]
    split = validation_split(both, 0.34, config.seed)
    assert {type(row).__name__ for row in split.train} == {"QARow", "InContextExample"}
    result = sft.main(config, callbacks=[snapshot])
    info = json.loads((result.adapter_dir / "flutr_adapter.json").read_text())
    kinds = info["rows_by_kind"]
    assert sum(n["train"] for n in kinds.values()) == info["train_rows"] == len(split.train)
    assert sum(n["validation"] for n in kinds.values()) == result.validation_rows == len(split.validation) == 4
    assert kinds["qa"]["train"] and kinds["fim"]["train"] + kinds["fim"]["validation"] == 3
    assert set(info["token_stats"]) >= {"qa", "fim", "all"} and info["placement"] == "auto"
    assert info["in_context_file"] == str(ctx_file)
    assert "rows by kind (train / validation): qa " in (result.output_dir / "README.md").read_text()
    lora = [name for name in snapshot.before if ".lora_" in name]
    assert len(lora) == 28
    for name, before in snapshot.before.items():
        changed = not before.equal(snapshot.after[name])
        assert changed == (".lora_" in name), name


def test_a_run_on_in_context_rows_only(tmp_path: Path, tiny: dict[str, Any]) -> None:
    """``--train-file none``: no Q&A rows, the in-context rows inside code alone (their FIM prompt retrieves
    nothing); a top-level row, whose chat prompt carries examples retrieved from Q&A rows, is refused by name, and
    turning both kinds off is a config error."""
    assert load_rows("none") == load_rows(" None ") == []
    with pytest.raises(ConfigError, match="train_file='none': none together with --in-context-file none"):
        SFTRunConfig(train_file="none", in_context_file="none").validate()
    inside = [row for row in _short_rows(3) if row["position"] != "top_level"]
    ctx_file = tmp_path / "ctx.jsonl"
    ctx_file.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in inside))
    result = sft.main(
        tiny_config(
            tiny,
            tmp_path / "run",
            train_file="none",
            in_context_file=str(ctx_file),
            max_steps=2,
            save_steps=100,
            plot=False,
        )
    )
    info = json.loads((result.adapter_dir / "flutr_adapter.json").read_text())
    assert set(info["rows_by_kind"]) == {"fim"} and info["train_rows"] == 3
    top = [row for row in _short_rows(1) if row["position"] == "top_level"]
    ctx_file.write_text(json.dumps(top[0], ensure_ascii=False) + "\n")
    with pytest.raises(DatasetError, match=f"{top[0]['id']}: asked with the chat prompt, .* --retrieval-k 0"):
        sft.main(tiny_config(tiny, tmp_path / "top", train_file="none", in_context_file=str(ctx_file)))


@pytest.mark.slow
def test_the_gpu_run_script_runs_on_a_cpu_with_a_tiny_model(tmp_path: Path, tiny: dict[str, Any]) -> None:
    """experiments/h200-qlora-runs/qwen1.5b-h200-qlora-in-context/run.sh end to end on CPU: trains on Q&A +
    in-context rows with validation, exports the adapter GGUF (loaded and run in llama.cpp), writes the summary."""
    import os
    import subprocess
    import sys

    script = REPO_ROOT / "experiments" / "h200-qlora-runs" / "qwen1.5b-h200-qlora-in-context" / "run.sh"
    ctx_file = tmp_path / "ctx.jsonl"
    ctx_file.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in _short_rows(2)))
    run = tmp_path / "run"
    env = {**os.environ, "PY": sys.executable, "BASE": str(tiny["gguf"]), "RUN": str(run), "MAX_ADAPTER_MB": "1"}
    flags = ["--train-file", str(ROWS), "--in-context-file", str(ctx_file), "--max-steps", "2", "--max-length", "1024"]
    flags += ["--per-device-train-batch-size", "2", "--validation-fraction", "0.3", "--no-plot"]
    done = subprocess.run(["bash", str(script), *flags], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    summary = json.loads((run / "summary.json").read_text())
    assert summary["global_step"] == 2 and summary["validation"]["rows"] == 3
    assert set(summary["rows_by_kind"]) >= {"qa", "fim"}
    assert 0 < summary["adapter_gguf_bytes"] == (run / "export" / "adapter-f16.gguf").stat().st_size < 1_000_000
