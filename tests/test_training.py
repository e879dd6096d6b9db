"""model_training: config, data, LoRA training, resume after kill -9, GGUF export — on a tiny model, on CPU.

The tiny model has the Qwen2 architecture (random weights, hidden 64, 2 layers) and the real Qwen2.5-Coder
tokenizer, converted once from the embedded Qwen GGUF (cached in the flutr cache). Its base GGUF is written
here from the HF weights with ``gguf.GGUFWriter`` and the Qwen GGUF's tokenizer metadata, so the whole path
runs as in a real run: GGUF base -> dequantized safetensors cache -> LoRA training -> adapter GGUF and merged
GGUF that llama-cpp-python loads and generates with.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, cast

import numpy as np
import pytest
import torch
from click.testing import CliRunner
from transformers import TrainerCallback

from flutr.prompting import FIXED_EXAMPLES, format_training_example, render_prompt
from model_training import sft
from model_training.base_model import dequantized_dir, gguf_tokenizer_dir
from model_training.cli import main as cli_main
from model_training.data import IGNORE_INDEX, load_training_rows, prepare_examples, retrieved_examples, tokenize_row
from model_training.export import (
    LoadedAdapter,
    finish_gguf,
    gguf_tensor_name,
    load_adapter,
    merge_into_f16_gguf,
    permute_for_rope,
    tensor_name_map,
    write_lora_adapter_gguf,
)
from model_training.gguf_meta import read_gguf_fields, read_gguf_metadata, read_gguf_tensor_infos
from model_training.hardware import plan_device
from model_training.sft_config import ConfigError, SFTRunConfig, build_config
from model_training.training_log import read_records

REPO_ROOT = Path(__file__).resolve().parent.parent
ROWS = REPO_ROOT / "tests" / "fixtures" / "training" / "rows.jsonl"
TINY = {
    "hidden_size": 64,
    "intermediate_size": 128,
    "num_hidden_layers": 2,
    "num_attention_heads": 4,
    "num_key_value_heads": 2,
}


# --- fixtures: the tiny model -------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def qwen_gguf(qwen_model: Path) -> Path:
    """The embedded Qwen2.5-Coder-0.5B GGUF (conftest): its tokenizer and metadata serve the tiny models."""
    return qwen_model


@pytest.fixture(scope="session")
def qwen_tokenizer_dir(qwen_gguf: Path) -> Path:
    return gguf_tokenizer_dir(qwen_gguf)


def tiny_model(arch: str, vocab_size: int, seed: int = 0) -> Any:
    from transformers import LlamaConfig, LlamaForCausalLM, Qwen2Config, Qwen2ForCausalLM

    torch.manual_seed(seed)
    common = dict(
        vocab_size=vocab_size,
        max_position_embeddings=2048,
        tie_word_embeddings=True,
        rms_norm_eps=1e-6,
        **TINY,
    )
    if arch == "qwen2":
        return Qwen2ForCausalLM(Qwen2Config(**common)).eval()
    return LlamaForCausalLM(LlamaConfig(**common)).eval()


def write_tiny_gguf(model: Any, arch: str, out: Path, tokenizer_gguf: Path) -> Path:
    """HF weights -> an F32 GGUF with the tokenizer metadata of ``tokenizer_gguf`` (with export's helpers)."""
    import gguf

    config = model.config
    fields = read_gguf_fields(tokenizer_gguf, read_arrays=True)
    writer = gguf.GGUFWriter(str(out), arch)
    writer.add_name(f"flutr tiny {arch}")
    writer.add_file_type(gguf.LlamaFileType.ALL_F32)
    writer.add_block_count(config.num_hidden_layers)
    writer.add_context_length(config.max_position_embeddings)
    writer.add_embedding_length(config.hidden_size)
    writer.add_feed_forward_length(config.intermediate_size)
    writer.add_head_count(config.num_attention_heads)
    writer.add_head_count_kv(config.num_key_value_heads)
    writer.add_rope_freq_base(float(config.rope_parameters["rope_theta"]))
    writer.add_layer_norm_rms_eps(config.rms_norm_eps)
    for key, entry in fields.items():
        if key.startswith("tokenizer."):
            sub_type = gguf.GGUFValueType(entry.item_type) if entry.item_type is not None else None
            writer.add_key_value(key, entry.value, gguf.GGUFValueType(entry.vtype), sub_type=sub_type)
    names = tensor_name_map(arch, config.num_hidden_layers)
    for name, tensor in model.state_dict().items():
        if name == "lm_head.weight" and config.tie_word_embeddings:
            continue
        values = tensor.detach().float().numpy()
        if arch == "llama" and name.endswith(("q_proj.weight", "k_proj.weight")):
            heads = config.num_attention_heads if "q_proj" in name else config.num_key_value_heads
            values = permute_for_rope(values, heads)
        writer.add_tensor(gguf_tensor_name(names, name), np.ascontiguousarray(values))
    finish_gguf(writer)
    return out


@pytest.fixture(scope="session")
def tiny(tmp_path_factory: pytest.TempPathFactory, qwen_gguf: Path, qwen_tokenizer_dir: Path) -> dict[str, Any]:
    """The tiny Qwen2 model: in memory, as an HF folder and as a base GGUF. Seeded, so the GGUF's bytes and
    thus its dequantized cache entry in the flutr cache (~50 MB) are the same in every session."""
    from transformers import AutoTokenizer

    folder = tmp_path_factory.mktemp("tiny")
    tokenizer = AutoTokenizer.from_pretrained(qwen_tokenizer_dir)
    vocab = int(read_gguf_metadata(qwen_gguf)["tokenizer.ggml.tokens"].count)
    model = tiny_model("qwen2", vocab)
    hf_dir = folder / "hf"
    model.save_pretrained(hf_dir)
    tokenizer.save_pretrained(hf_dir)
    gguf_path = write_tiny_gguf(model, "qwen2", folder / "tiny-qwen2-f32.gguf", qwen_gguf)
    return {"model": model, "tokenizer": tokenizer, "hf_dir": hf_dir, "gguf": gguf_path, "vocab": vocab}


def tiny_config(tiny: dict[str, Any], output_dir: Path, **overrides: Any) -> SFTRunConfig:
    values: dict[str, Any] = dict(
        base_model=str(tiny["gguf"]),
        train_file=str(ROWS),
        output_dir=str(output_dir),
        max_length=1024,
        per_device_train_batch_size=2,
        gradient_accumulation_steps=1,
        max_steps=6,
        save_steps=3,
        learning_rate=5e-3,
        warmup_steps=1,
        seed=7,
        plot=True,
        validation_fraction=0.0,  # the tests of validation set it
        in_context_file="none",  # the Q&A fixture rows only; tests/test_training_in_context.py mixes both kinds
    )
    values.update(overrides)
    return SFTRunConfig(**values).validate()


# --- config -------------------------------------------------------------------------------------------------


def test_defaults_are_the_paper_recipe() -> None:
    config = SFTRunConfig()
    assert (config.lora_r, config.num_train_epochs, config.per_device_train_batch_size) == (16, 3.0, 4)
    assert (config.gradient_accumulation_steps, config.learning_rate, config.warmup_steps) == (2, 2e-4, 3)
    assert (config.lr_scheduler_type, config.optim, config.max_length) == ("cosine", "adamw_torch", 2048)
    assert config.gradient_checkpointing and 16 <= config.lora_alpha <= 32 and 0 <= config.lora_dropout <= 0.05
    assert set(config.lora_target_modules) == {
        "q_proj",
        "k_proj",
        "v_proj",
        "o_proj",
        "gate_proj",
        "up_proj",
        "down_proj",
    }
    assert config.problems() == []


def test_config_file_then_flags(tmp_path: Path) -> None:
    yaml_file = tmp_path / "run.yaml"
    yaml_file.write_text("lora-r: 8\nlearning_rate: 1e-4\nlora_target_modules: [q_proj, v_proj]\nmax_steps: 5\n")
    config = build_config(yaml_file, {"max_steps": 9, "seed": None})
    assert (config.lora_r, config.learning_rate, config.max_steps, config.seed) == (8, 1e-4, 9, 42)
    assert config.lora_target_modules == ("q_proj", "v_proj")
    json_file = tmp_path / "run.json"
    json_file.write_text(json.dumps({"gradient_checkpointing": False, "lora_target_modules": "q_proj,k_proj"}))
    config = build_config(json_file, {})
    assert not config.gradient_checkpointing and config.lora_target_modules == ("q_proj", "k_proj")


@pytest.mark.parametrize(
    ("args", "file_text", "message"),
    [
        (["--lora-r", "0"], None, "lora_r=0: must be a positive integer"),
        (["--lora-dropout", "1.5"], None, "lora_dropout=1.5: must be in [0, 1)"),
        (["--learning-rate", "-1"], None, "learning_rate=-1.0: must be in (0, 1)"),
        (["--max-length", "8"], None, "max_length=8: must be >= 32"),
        (["--max-train-minutes", "-5"], None, "max_train_minutes=-5.0: must be >= 0"),
        (["--resume", "--overwrite-output-dir"], None, "cannot be combined"),
        ([], "lora_rank: 8\n", "unknown setting 'lora_rank'; did you mean 'lora_r'?"),
        ([], "lora_r: sixteen\n", "lora_r must be an integer, got 'sixteen'"),
        ([], "- a\n- b\n", "must hold a mapping"),
        ([], "lora_r: [1\n", "not valid YAML"),
    ],
)
def test_bad_config_is_a_clear_error(tmp_path: Path, args: list[str], file_text: str | None, message: str) -> None:
    if file_text is not None:
        config_file = tmp_path / "bad.yaml"
        config_file.write_text(file_text)
        args = ["--config", str(config_file), *args]
    result = CliRunner().invoke(cli_main, ["sft", *args])
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert "Traceback" not in result.output


def test_config_file_missing_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli_main, ["sft", "--config", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 2 and "config file not found" in result.output


@pytest.mark.parametrize(
    ("make_base", "message"),
    [
        (lambda d: d / "missing.gguf", "base model not found"),
        (
            lambda d: (d / "junk.gguf").write_bytes(b"PK\x03\x04" + b"0" * 4096) and d / "junk.gguf",
            "not a GGUF file",
        ),
        (lambda d: (d / "short.gguf").write_bytes(b"GGUF" + b"\x03\0\0\0") and d / "short.gguf", "truncated"),
        (lambda d: d, "not a Hugging Face model folder"),
    ],
)
def test_unloadable_base_model_is_a_clear_error(tmp_path: Path, make_base: Any, message: str) -> None:
    base = make_base(tmp_path)
    result = CliRunner().invoke(
        cli_main,
        ["sft", "--base-model", str(base), "--train-file", str(ROWS), "--output-dir", str(tmp_path / "o")],
    )
    assert result.exit_code == 1, result.output
    assert message in result.output and "Traceback" not in result.output


def _sft_with_base(base: Path, tmp_path: Path) -> Any:
    return CliRunner().invoke(
        cli_main,
        ["sft", "--base-model", str(base), "--train-file", str(ROWS), "--output-dir", str(tmp_path / "o")],
    )


def test_gguf_cut_in_its_header_is_a_clear_error(tmp_path: Path, tiny: dict[str, Any]) -> None:
    broken = tmp_path / "cut.gguf"
    broken.write_bytes(tiny["gguf"].read_bytes()[: 1 << 20])  # a download that stopped inside the vocabulary
    result = _sft_with_base(broken, tmp_path)
    assert result.exit_code == 1, result.output
    assert "cut.gguf" in result.output and "truncated" in result.output and "download the file again" in result.output
    assert "Traceback" not in result.output


def test_gguf_transformers_cannot_load_is_a_clear_error(tmp_path: Path) -> None:
    import gguf

    writer = gguf.GGUFWriter(str(tmp_path / "no-vocab.gguf"), "qwen2")  # weights but no tokenizer
    writer.add_block_count(1)
    writer.add_tensor("token_embd.weight", np.zeros((16, 512), dtype=np.float32))
    finish_gguf(writer)
    result = _sft_with_base(tmp_path / "no-vocab.gguf", tmp_path)
    assert result.exit_code == 1, result.output
    assert "no-vocab.gguf: transformers cannot load the tokenizer" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "training data not found"),
        ("", "no training rows"),
        ('{"id": "x", "question": "q"}\n', "rows.jsonl:1: missing or empty answer"),
        ('{"id": "x", "question": "q", "answer": "a"}\nnot json\n', "rows.jsonl:2: not valid JSON"),
    ],
)
def test_bad_dataset_is_a_clear_error(tmp_path: Path, content: str | None, message: str) -> None:
    rows = tmp_path / "rows.jsonl"
    if content is not None:
        rows.write_text(content)
    result = CliRunner().invoke(cli_main, ["sft", "--train-file", str(rows), "--output-dir", str(tmp_path / "o")])
    assert result.exit_code == 1, result.output
    assert message in result.output and "Traceback" not in result.output


def test_device_plan() -> None:
    cpu = plan_device(cuda_available=False, cuda_bf16=False)
    assert (cpu.device, cpu.precision, cpu.quantization, cpu.bf16) == ("cpu", "fp32", "none", False)
    assert cpu.threads >= 1
    gpu = plan_device(cuda_available=True, cuda_bf16=True)
    assert (gpu.device, gpu.precision, gpu.quantization) == ("cuda", "bf16", "nf4")
    assert plan_device(cuda_available=True, cuda_bf16=False).precision == "fp16"
    with pytest.raises(ConfigError, match="nf4"):
        plan_device(quantization="nf4", cuda_available=False, cuda_bf16=False)
    with pytest.raises(ConfigError, match="fp16"):
        plan_device(precision="fp16", cuda_available=False, cuda_bf16=False)


def test_qlora_without_bitsandbytes_is_a_clear_error() -> None:
    from model_training.hardware import require_bitsandbytes

    try:
        import bitsandbytes  # noqa: F401
    except ImportError:
        with pytest.raises(ConfigError, match=r"pip install 'flutr\[cuda\]'"):
            require_bitsandbytes()
    else:
        require_bitsandbytes()


def test_print_config_shows_the_resolved_settings(tmp_path: Path) -> None:
    config_file = tmp_path / "run.json"
    config_file.write_text('{"lora_r": 8}')
    result = CliRunner().invoke(cli_main, ["sft", "--config", str(config_file), "--lora-alpha", "32", "--print-config"])
    assert result.exit_code == 0, result.output
    shown = json.loads(result.output)
    assert (shown["lora_r"], shown["lora_alpha"], shown["learning_rate"]) == (8, 32, 2e-4)


# --- data ---------------------------------------------------------------------------------------------------


def test_training_tokens_are_the_serving_prompt_plus_answer(tiny: dict[str, Any]) -> None:
    import llama_cpp

    tokenizer = tiny["tokenizer"]
    template = read_gguf_metadata(tiny["gguf"])["tokenizer.chat_template"]
    row = load_training_rows(ROWS)[0]
    example = tokenize_row(row, tokenizer, template)
    text = format_training_example(row.question, row.answer, template, eos_token=tokenizer.eos_token)
    n_prompt = sum(1 for label in example.labels if label == IGNORE_INDEX)
    assert tokenizer.decode(example.input_ids[:n_prompt]) == text.prompt  # byte-identical serving prompt
    assert tokenizer.decode(example.input_ids[n_prompt:]) == text.completion
    assert example.labels[n_prompt:] == example.input_ids[n_prompt:]  # loss only on the answer
    assert example.input_ids[-1] == tokenizer.eos_token_id and text.completion.endswith("\n```<|im_end|>")
    vocab = llama_cpp.Llama(str(tiny["gguf"]), vocab_only=True, verbose=False)
    try:  # llama.cpp, as the server uses it, makes the very same prompt tokens
        assert vocab.tokenize(text.prompt.encode(), add_bos=True, special=True) == example.input_ids[:n_prompt]
    finally:
        vocab.close()


def test_training_prompt_holds_the_examples_the_server_retrieves(tiny: dict[str, Any]) -> None:
    from flutr.answering import Answerer
    from flutr.backends.base import Backend
    from flutr.retrieval import Retriever

    tokenizer = tiny["tokenizer"]
    template = read_gguf_metadata(tiny["gguf"])["tokenizer.chat_template"]
    rows = load_training_rows(REPO_ROOT / "data" / "train.jsonl", max_rows=80)
    neighbours = retrieved_examples(rows, 2)
    full = Retriever(rows)
    for row in rows[:12]:
        shown = neighbours[row.id]
        assert len(shown) <= 2 and all(example.answer != row.answer for example in shown)
        # What the server's retriever finds for this question, the row itself left out, closest next to the question.
        hits = [hit for hit in full.search(row.question, 6) if hit.row.id != row.id][:2]
        assert [(e.question, e.answer) for e in shown] == [(h.asked, h.row.answer) for h in reversed(hits)]
        served = Answerer(cast(Backend, None), examples=lambda _q, shown=shown: list(shown)).messages_for(row.question)
        text = format_training_example(
            row.question, row.answer, template, examples=FIXED_EXAMPLES + shown, eos_token=tokenizer.eos_token
        )
        assert text.prompt == render_prompt(served, template, eos_token=tokenizer.eos_token), row.id
        tokens = tokenize_row(row, tokenizer, template, shown)
        n_prompt = sum(1 for label in tokens.labels if label == IGNORE_INDEX)
        assert tokenizer.decode(tokens.input_ids[:n_prompt]) == text.prompt
    assert sum(len(shown) == 2 for shown in neighbours.values()) >= 70  # nearly every question has two neighbours
    assert all(not shown for shown in retrieved_examples(rows, 0).values())


def test_each_wording_of_a_row_is_a_training_example(tiny: dict[str, Any]) -> None:
    from dataclasses import replace

    tokenizer = tiny["tokenizer"]
    template = read_gguf_metadata(tiny["gguf"])["tokenizer.chat_template"]
    rows = [replace(row, phrasings=()) for row in load_training_rows(REPO_ROOT / "data" / "train.jsonl", max_rows=6)]
    rows = [replace(rows[0], phrasings=("asagi cekince yenile", "Kaydırınca yenilensin")), *rows[1:]]
    prepared = prepare_examples(rows, tokenizer, template, 4096, retrieval_k=1)
    ids = [example.row_id for example in prepared.examples]
    assert ids == [rows[0].id, f"{rows[0].id}~1", f"{rows[0].id}~2", *(r.id for r in rows[1:])]
    answers = {
        tokenizer.decode([t for t, lab in zip(e.input_ids, e.labels, strict=True) if lab != IGNORE_INDEX])
        for e in prepared.examples[:3]
    }
    assert len(answers) == 1  # one answer, learnt after each wording
    prompts = [tokenizer.decode(e.input_ids) for e in prepared.examples[:3]]
    assert "asagi cekince yenile" in prompts[1] and "Kaydırınca yenilensin" in prompts[2]
    only = prepare_examples(rows, tokenizer, template, 4096, retrieval_k=1, phrasings=False)
    assert [e.row_id for e in only.examples] == [r.id for r in rows]


def test_a_token_budget_picks_the_examples_the_server_picks(tiny: dict[str, Any]) -> None:
    """Training counts the budget with the Hugging Face tokenizer, the server with llama.cpp's: same examples."""
    import llama_cpp

    from flutr.retrieval import Retriever, example_tokens

    tokenizer = tiny["tokenizer"]
    template = read_gguf_metadata(tiny["gguf"])["tokenizer.chat_template"]
    rows = load_training_rows(REPO_ROOT / "data" / "train.jsonl", max_rows=80)
    budget = 220
    prepared = prepare_examples(
        rows[:16], tokenizer, template, 4096, retrieval_k=2, retrieval_tokens=budget, phrasings=False
    )
    unlimited = retrieved_examples(rows[:16], 2)
    vocab = llama_cpp.Llama(str(tiny["gguf"]), vocab_only=True, verbose=False)
    try:

        def count(text: str) -> int:
            return len(vocab.tokenize(text.encode(), add_bos=False, special=True))

        served = Retriever(rows[:16])
        changed = 0
        for row, tokens in zip(rows[:16], prepared.examples, strict=True):
            shown = served.examples(
                row.question,
                2,
                skip=lambda other, row=row: other.id == row.id or other.answer.strip() == row.answer.strip(),
                budget=budget,
                count=count,
            )
            assert sum(example_tokens(e, count) for e in shown) <= budget, row.id
            text = format_training_example(
                row.question,
                row.answer,
                template,
                examples=FIXED_EXAMPLES + tuple(shown),
                eos_token=tokenizer.eos_token,
            )
            n_prompt = sum(1 for label in tokens.labels if label == IGNORE_INDEX)
            assert tokenizer.decode(tokens.input_ids[:n_prompt]) == text.prompt, row.id
            changed += tuple(shown) != unlimited[row.id]
        assert changed >= 4, "the budget changed what some prompts show"
    finally:
        vocab.close()


@pytest.mark.slow
def test_gguf_base_is_dequantized_once_and_matches(tiny: dict[str, Any]) -> None:
    from transformers import AutoModelForCausalLM

    folder = dequantized_dir(tiny["gguf"])
    stamp = (folder / "model.safetensors").stat().st_mtime_ns
    loaded = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32)
    expected = tiny["model"].state_dict()
    for name, tensor in loaded.state_dict().items():
        assert torch.equal(tensor, expected[name]), name
    started = time.monotonic()
    assert dequantized_dir(tiny["gguf"]) == folder and time.monotonic() - started < 1.0
    assert (folder / "model.safetensors").stat().st_mtime_ns == stamp


# --- training -----------------------------------------------------------------------------------------------


class SnapshotCallback(TrainerCallback):
    """Copies of every parameter at the start and the end of training."""

    def __init__(self) -> None:
        self.before: dict[str, torch.Tensor] = {}
        self.after: dict[str, torch.Tensor] = {}

    def on_train_begin(self, args: Any, state: Any, control: Any, model: Any = None, **kwargs: Any) -> None:
        self.before = {name: p.detach().clone() for name, p in model.named_parameters()}

    def on_train_end(self, args: Any, state: Any, control: Any, model: Any = None, **kwargs: Any) -> None:
        self.after = {name: p.detach().clone() for name, p in model.named_parameters()}


@pytest.fixture(scope="session")
def trained(tmp_path_factory: pytest.TempPathFactory, tiny: dict[str, Any]) -> dict[str, Any]:
    """Five steps on the same row (one repeated batch), from the tiny base GGUF."""
    out = tmp_path_factory.mktemp("run") / "tiny-run"
    snapshot = SnapshotCallback()
    config = tiny_config(
        tiny, out, max_rows=1, per_device_train_batch_size=1, max_steps=5, save_steps=2, learning_rate=3e-2
    )
    result = sft.main(config, callbacks=[snapshot])
    return {"result": result, "snapshot": snapshot, "config": config}


class PoisonGradients(TrainerCallback):
    """Puts a NaN into one LoRA gradient before the optimizer step, at the steps listed (what bf16 overflow does)."""

    def __init__(self, steps: set[int] | None) -> None:
        self.steps = steps  # None: every step

    def on_pre_optimizer_step(self, args: Any, state: Any, control: Any, model: Any = None, **kwargs: Any) -> None:
        if self.steps is None or state.global_step + 1 in self.steps:
            grad = next(p for n, p in model.named_parameters() if ".lora_B" in n and p.grad is not None).grad
            grad.view(-1)[0] = float("nan")


def test_a_nan_loss_reaches_the_guard(tmp_path: Path) -> None:
    """The Trainer's nan/inf filter would log a NaN loss as a finite number; the run logs it as it is, and the
    guard stops on it unless that step's update was already skipped for NaN gradients."""
    from types import SimpleNamespace

    from model_training.guard import NonFiniteGuard, TrainingDivergedError
    from model_training.hardware import DevicePlan

    args = sft._trainer_args(SFTRunConfig(output_dir=str(tmp_path)), DevicePlan("cpu", "fp32", "none", 1))
    assert args.logging_nan_inf_filter is False
    guard = NonFiniteGuard()
    with pytest.raises(TrainingDivergedError, match="the loss at step 5 is nan"):
        guard.on_log(args, SimpleNamespace(global_step=5), None, logs={"loss": float("nan")})
    guard.skipped_steps.append(6)
    guard.on_log(args, SimpleNamespace(global_step=6), None, logs={"loss": float("nan")})  # explained: no stop


def test_a_nan_gradient_skips_its_step_and_the_adapter_stays_finite(tmp_path: Path, tiny: dict[str, Any]) -> None:
    config = tiny_config(tiny, tmp_path / "run", max_steps=4, save_steps=10)
    result = sft.main(config, callbacks=[PoisonGradients({2})])
    info = json.loads((result.adapter_dir / "flutr_adapter.json").read_text())
    assert result.global_step == 4 and info["skipped_nonfinite_steps"] == [2]
    from safetensors.torch import load_file

    weights = load_file(str(result.adapter_dir / "adapter_model.safetensors"))
    assert weights and all(bool(torch.isfinite(t).all()) for t in weights.values())


def test_a_diverging_run_stops_without_saving_an_adapter(tmp_path: Path, tiny: dict[str, Any]) -> None:
    from model_training.guard import TrainingDivergedError

    config = tiny_config(tiny, tmp_path / "run", max_steps=6, save_steps=1)
    with pytest.raises(TrainingDivergedError, match=r"3 steps in a row \(up to step 3\).*--learning-rate"):
        sft.main(config, callbacks=[PoisonGradients(None)])
    assert not (tmp_path / "run" / "adapter").exists()


def test_time_limit_stops_the_run_and_keeps_the_adapter(tmp_path: Path, tiny: dict[str, Any]) -> None:
    # A limit of ~0 minutes is crossed by the first optimizer step: training stops there, the adapter is saved
    # and says where it stopped.
    config = tiny_config(tiny, tmp_path / "run", max_steps=6, save_steps=10, max_train_minutes=1e-6)
    result = sft.main(config)
    info = json.loads((result.adapter_dir / "flutr_adapter.json").read_text())
    assert result.global_step == 1 and info["stopped_by_time_limit_at_step"] == 1
    assert (result.adapter_dir / "adapter_model.safetensors").is_file()


def test_trainable_weights_cast_to_bf16_are_made_float32_again(tiny: dict[str, Any]) -> None:
    """What TRL does to a 4-bit model's LoRA weights (bf16), undone before the optimizer exists."""
    from peft import LoraConfig, get_peft_model

    model = get_peft_model(
        tiny_model("qwen2", tiny["model"].config.vocab_size),
        LoraConfig(r=4, lora_alpha=8, target_modules=["q_proj", "v_proj"], task_type="CAUSAL_LM"),
    )
    for parameter in model.parameters():
        if parameter.requires_grad:
            parameter.data = parameter.data.to(torch.bfloat16)
    assert sft.make_trainable_float32(model) == {"torch.float32": 8}
    assert all(p.dtype == torch.float32 for p in model.parameters() if p.requires_grad)


def test_lora_trains_and_base_stays_frozen(trained: dict[str, Any]) -> None:
    snapshot: SnapshotCallback = trained["snapshot"]
    lora = [name for name in snapshot.before if ".lora_" in name]
    base = [name for name in snapshot.before if ".lora_" not in name]
    # 7 projections x 2 layers x (A, B)
    assert len(lora) == 28 and base
    for name in lora:
        assert not torch.equal(snapshot.before[name], snapshot.after[name]), f"{name} did not change"
    for name in base:
        assert torch.equal(snapshot.before[name], snapshot.after[name]), f"base weight {name} changed"


def test_loss_falls_on_a_repeated_batch(trained: dict[str, Any]) -> None:
    records = read_records(trained["result"].output_dir / "train_log.jsonl")
    losses = [record.loss for record in records]
    assert [record.step for record in records] == [1, 2, 3, 4, 5]
    assert losses[-1] < losses[0] - 0.3, losses  # ln(vocab) = 11.93 at the start: a random model
    assert all(np.isfinite(record.grad_norm) and record.grad_norm > 0 for record in records)


def test_run_folder_has_adapter_log_and_curves(trained: dict[str, Any]) -> None:
    result = trained["result"]
    assert result.global_step == 5 and result.train_rows == 1
    assert (result.adapter_dir / "adapter_model.safetensors").is_file()
    info = json.loads((result.adapter_dir / "flutr_adapter.json").read_text())
    assert info["base_kind"] == "gguf" and info["global_step"] == 5
    assert info["precision"]["compute"] == "fp32"
    assert info["precision"]["trainable_dtypes"] == {"torch.float32": 28}  # what the run trained in
    assert info["precision"]["trainable_dtypes_after_training"] == {"torch.float32": 28}
    header = (result.output_dir / "train_log.csv").read_text().splitlines()[0]
    assert header == "step,epoch,loss,grad_norm,learning_rate,elapsed_s,eval_loss"
    for name in ("loss.png", "grad_norm.png", "learning_rate.png"):
        assert (result.output_dir / name).read_bytes()[:4] == b"\x89PNG"
    assert sorted(p.name for p in result.output_dir.glob("checkpoint-*")) == [
        "checkpoint-2",
        "checkpoint-4",
        "checkpoint-5",
    ]


def test_existing_run_needs_resume_or_overwrite(trained: dict[str, Any]) -> None:
    with pytest.raises(ConfigError, match="already holds a run"):
        sft.prepare_output_dir(trained["config"])


# --- export -------------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_export_cli_writes_adapter_and_merged_gguf_that_generate(trained: dict[str, Any], tmp_path: Path) -> None:
    run = trained["result"].output_dir
    result = CliRunner().invoke(cli_main, ["export", str(run), "--out-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.output.count("ok: ") == 2  # each file was loaded by llama.cpp and generated
    adapter = read_gguf_metadata(tmp_path / "adapter-f16.gguf")
    assert adapter["general.type"] == "adapter" and adapter["adapter.type"] == "lora"
    assert adapter["general.architecture"] == "qwen2"
    assert adapter["adapter.lora.alpha"] == pytest.approx(16.0)  # scaling 1 * rank 16
    names = set(read_gguf_tensor_infos(tmp_path / "adapter-f16.gguf"))
    assert {"blk.0.attn_q.weight.lora_a", "blk.1.ffn_down.weight.lora_b"} <= names and len(names) == 28
    merged = read_gguf_metadata(tmp_path / "model-Q4_K_M.gguf")
    assert merged["general.file_type"] == 15 and merged["tokenizer.chat_template"]
    assert not (tmp_path / "model-f16.gguf").exists()


def test_export_errors_are_clear(trained: dict[str, Any], tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli_main, ["export", str(tmp_path / "nothing")])
    assert result.exit_code == 1 and "not found" in result.output and "Traceback" not in result.output
    result = runner.invoke(
        cli_main, ["export", str(trained["result"].output_dir), "--base-gguf", str(tmp_path / "x.gguf")]
    )
    assert result.exit_code == 1 and "model file not found" in result.output


def _rms(values: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(values))))


def _logits(llm: Any, ids: list[int]) -> np.ndarray:
    llm.reset()
    llm.eval(ids)
    return np.array(llm.scores[: len(ids)], dtype=np.float64)


@pytest.mark.slow
@pytest.mark.parametrize("arch", ["qwen2", "llama"])
def test_exported_weights_compute_what_peft_computes(
    arch: str, tiny: dict[str, Any], qwen_gguf: Path, tmp_path: Path
) -> None:
    """A random, large LoRA on the tiny model: llama.cpp with the adapter GGUF, and the merged F16 GGUF, give
    the logits PEFT gives (checks layout, scaling and, for llama, the rotary row permutation)."""
    import llama_cpp
    from peft import LoraConfig, get_peft_model

    model = tiny_model(arch, tiny["vocab"], seed=1)
    base_gguf = write_tiny_gguf(model, arch, tmp_path / f"base-{arch}.gguf", qwen_gguf)
    torch.manual_seed(2)
    peft_model = get_peft_model(
        model,
        LoraConfig(
            r=4,
            lora_alpha=8,
            target_modules=sft.target_module_pattern(
                ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")
            ),
        ),
    )
    with torch.no_grad():
        for name, parameter in peft_model.named_parameters():
            if ".lora_" in name:
                parameter.normal_(0.0, 0.3)
    peft_model.save_pretrained(tmp_path / "adapter")
    ids = tiny["tokenizer"]("Merhaba dünya, bir Flutter widget'ı yaz")["input_ids"]
    with torch.no_grad():
        expected = peft_model(torch.tensor([ids])).logits[0].double().numpy()
        with peft_model.disable_adapter():
            base_logits = peft_model(torch.tensor([ids])).logits[0].double().numpy()
    assert _rms(expected - base_logits) > 0.2 * _rms(expected)  # the adapter changes the output a lot

    adapter: LoadedAdapter = load_adapter(tmp_path / "adapter", read_gguf_metadata(base_gguf))
    adapter_gguf = write_lora_adapter_gguf(adapter, arch, tmp_path / "adapter.gguf", dtype="f32")
    merged_gguf = merge_into_f16_gguf(base_gguf, adapter, tmp_path / "merged-f16.gguf")
    for path, lora in ((base_gguf, adapter_gguf), (merged_gguf, None)):
        llm = llama_cpp.Llama(
            str(path), lora_path=str(lora) if lora else None, logits_all=True, n_ctx=64, verbose=False
        )
        try:
            got = _logits(llm, ids)
        finally:
            llm.close()
        error, effect = _rms(got - expected), _rms(expected - base_logits)
        assert error < 0.05 * effect, (path.name, error, effect)


# --- resume after kill -9 -----------------------------------------------------------------------------------

KILL_AFTER_CHECKPOINT = """
import os, signal, sys
from pathlib import Path
from transformers import TrainerCallback
from model_training import sft
from model_training.sft_config import build_config

class KillAfterCheckpoint(TrainerCallback):
    def on_save(self, args, state, control, **kwargs):
        if state.global_step >= int(sys.argv[2]):
            os.kill(os.getpid(), signal.SIGKILL)

sft.main(build_config(Path(sys.argv[1])), callbacks=[KillAfterCheckpoint()])
"""


@pytest.mark.slow
def test_resume_after_kill_gives_the_uninterrupted_adapter(tiny: dict[str, Any], tmp_path: Path) -> None:
    from safetensors.torch import load_file

    # 4 rows, batch 1 x accumulation 2: 2 steps per epoch. Killed after the checkpoint of step 3, the run
    # resumes in the middle of epoch 2 (skipping a micro-batch); LoRA dropout makes the result RNG-dependent.
    settings = dict(
        max_rows=4,
        per_device_train_batch_size=1,
        gradient_accumulation_steps=2,
        max_steps=4,
        save_steps=1,
        lora_dropout=0.05,
        plot=False,
    )
    full = sft.main(tiny_config(tiny, tmp_path / "full", **settings))

    interrupted = tmp_path / "interrupted"
    config_file = tmp_path / "interrupted.json"
    config_file.write_text(json.dumps(tiny_config(tiny, interrupted, **settings).to_dict()))
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    killed = subprocess.run(
        [sys.executable, "-c", KILL_AFTER_CHECKPOINT, str(config_file), "3"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-3000:]
    assert (interrupted / "checkpoint-3").is_dir() and not (interrupted / "adapter").exists()

    result = CliRunner().invoke(cli_main, ["sft", "--config", str(config_file), "--resume"])
    assert result.exit_code == 0, result.output
    assert "trained 4 steps" in result.output

    expected = load_file(str(full.adapter_dir / "adapter_model.safetensors"))
    got = load_file(str(interrupted / "adapter" / "adapter_model.safetensors"))
    assert expected.keys() == got.keys()
    for name in expected:
        assert torch.equal(expected[name], got[name]), f"{name} differs after resume"
    full_losses = [r.loss for r in read_records(full.output_dir / "train_log.jsonl")]
    resumed_losses = [r.loss for r in read_records(interrupted / "train_log.jsonl")]
    assert resumed_losses == full_losses and len(full_losses) == 4


def test_resume_without_checkpoint_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli_main, ["sft", "--resume", "--train-file", str(ROWS), "--output-dir", str(tmp_path / "empty")]
    )
    assert result.exit_code == 1 and "no complete checkpoint" in result.output
