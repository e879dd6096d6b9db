"""``main(config)``: LoRA/QLoRA supervised fine-tuning with TRL's SFTTrainer, resumable, logged and plotted.

Order of work: check the config, the output folder, the training rows and the base model path (all cheap, so
a typo fails in a second, not after minutes of loading); then load the tokenizer, tokenize with the serving
prompt, load the base (dequantized GGUF cache or HF folder; NF4 on CUDA), wrap the text layers' projections
with LoRA and train. The run folder ends up with::

    run_config.json        the resolved SFTRunConfig
    checkpoint-N/          resumable checkpoints (adapter, optimizer, scheduler, RNG states)
    adapter/               the final PEFT adapter + flutr_adapter.json (base model, prompt template hash)
    train_log.jsonl/.csv   loss, grad-norm, lr per optimizer step; eval loss at each epoch end
    loss.png grad_norm.png learning_rate.png
    README.md              the run in a few lines: rows, steps, losses per epoch, over- or under-fitting

The rows are the Q&A rows and, unless ``in_context_file`` is off, the in-context rows, each kind with the prompt the
server sends for it (``data.prepare_examples``). With ``validation_fraction`` > 0 both kinds together are first
split by task cluster (``dataset_split.validation_split``): validation rows are tokenized with the same serving
prompt, their retrieved examples drawn from the training Q&A rows only (as the server retrieves from the train
split for an unseen question).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import flutr
from flutr.dataset import QARow
from model_training.base_model import (
    BaseModelSource,
    hf_model_dir,
    load_model,
    load_tokenizer,
    resolve_base_model,
)
from model_training.data import (
    HUB_PREFIX,
    TrainingRow,
    load_in_context_rows,
    load_rows,
    prepare_examples,
    resolve_in_context_file,
    resolve_train_file,
)
from model_training.gguf_meta import read_gguf_metadata
from model_training.hardware import DevicePlan, apply_plan, plan_device
from model_training.sft_config import ConfigError, SFTRunConfig

logger = logging.getLogger(__name__)

ADAPTER_SUBDIR = "adapter"
ADAPTER_INFO_FILE = "flutr_adapter.json"
RUN_CONFIG_FILE = "run_config.json"
RUN_README = "README.md"
BEST_ADAPTER_SUBDIR = "best-adapter"  # the best evaluation's LoRA weights while early stopping is on
# Settings that may change between a run and its --resume without changing what it computes.
_RESUME_FREE = {
    "resume",
    "overwrite_output_dir",
    "plot",
    "threads",
    "output_dir",
    "save_total_limit",
    "save_steps",
    "max_train_minutes",
    "report_to",
}
_CHECKPOINT_FILES = ("trainer_state.json", "adapter_model.safetensors", "optimizer.pt", "scheduler.pt")


@dataclass(frozen=True)
class SFTResult:
    output_dir: Path
    adapter_dir: Path
    global_step: int
    final_loss: float | None
    train_rows: int
    skipped_rows: int
    seconds: float
    plots: list[Path] = field(default_factory=list)
    is_main_process: bool = True  # False in the other processes of an ``accelerate launch`` run
    validation_rows: int = 0
    eval_loss: float | None = None  # the last evaluation's
    fit: str = "unknown"  # training_log.fit_verdict: overfits, underfits, fits, unknown
    fit_reason: str = ""


def target_module_pattern(names: Sequence[str]) -> str:
    """A PEFT regex for ``names`` inside the text decoder layers only (``model.layers.N`` or
    ``language_model.layers.N``), so a vision tower's ``encoder.layers.N.self_attn.q_proj`` is left alone."""
    alternatives = "|".join(re.escape(name) for name in names)
    return rf"(?:.*\.)?(?:model|language_model)\.layers\.\d+\.(?:self_attn|mlp)\.(?:{alternatives})"


def complete_checkpoints(output_dir: Path) -> list[Path]:
    """Checkpoints whose files were all written, oldest first (a kill during a save leaves a partial one)."""
    found = []
    for path in output_dir.glob("checkpoint-*"):
        if path.is_dir() and path.name.split("-")[-1].isdigit():
            if all((path / name).is_file() for name in _CHECKPOINT_FILES) and list(path.glob("rng_state*.pth")):
                found.append(path)
    return sorted(found, key=lambda p: int(p.name.split("-")[-1]))


def _run_artifacts(output_dir: Path) -> list[Path]:
    names = (ADAPTER_SUBDIR, RUN_CONFIG_FILE, "train_log.jsonl", "train_log.csv", RUN_README, BEST_ADAPTER_SUBDIR)
    return sorted(output_dir.glob("checkpoint-*")) + [output_dir / n for n in names if (output_dir / n).exists()]


def _is_main_process() -> bool:
    """Rank 0 of an ``accelerate launch``/``torchrun`` job (or a plain single process)."""
    return os.environ.get("RANK", "0") == "0"


def prepare_output_dir(config: SFTRunConfig) -> Path | None:
    """Check the run folder against --resume/--overwrite-output-dir; return the checkpoint to resume from.

    Only rank 0 judges and cleans an existing run: the other ranks would race it on the same files."""
    output_dir = Path(config.output_dir)
    if output_dir.exists() and not output_dir.is_dir():
        raise ConfigError(f"output_dir {output_dir} is a file, not a folder")
    artifacts = _run_artifacts(output_dir) if output_dir.is_dir() and _is_main_process() else []
    if config.resume:
        checkpoints = complete_checkpoints(output_dir) if output_dir.is_dir() else []
        if not checkpoints:
            raise ConfigError(f"--resume: no complete checkpoint in {output_dir}; start the run without --resume")
        _check_resume_config(output_dir, config)
        return checkpoints[-1]
    if artifacts:
        if not config.overwrite_output_dir:
            raise ConfigError(
                f"output_dir {output_dir} already holds a run ({artifacts[0].name}); pass --resume to "
                "continue it, --overwrite-output-dir to start over, or another --output-dir"
            )
        for path in artifacts:
            shutil.rmtree(path) if path.is_dir() else path.unlink()
    return None


def _check_resume_config(output_dir: Path, config: SFTRunConfig) -> None:
    saved_path = output_dir / RUN_CONFIG_FILE
    if not saved_path.is_file():
        return
    saved = json.loads(saved_path.read_text(encoding="utf-8"))
    changed = [
        f"{key}: {saved.get(key)!r} -> {value!r}"
        for key, value in config.to_dict().items()
        if key not in _RESUME_FREE and key in saved and saved[key] != value
    ]
    if changed:
        logger.warning("resuming with changed settings (the result will differ from one run): %s", "; ".join(changed))


def serving_chat_template(source: BaseModelSource, tokenizer: Any) -> str | None:
    """The chat template the server renders with: the GGUF's own metadata when the base is a GGUF."""
    if source.gguf_path is not None:
        template = read_gguf_metadata(source.gguf_path).get("tokenizer.chat_template")
        if isinstance(template, str) and template:
            return template
    return getattr(tokenizer, "chat_template", None) or None


def check_report_to(report_to: str) -> None:
    """TensorBoard logging needs the tensorboard package; say how to get it before any model is loaded."""
    if report_to == "tensorboard":
        import importlib.util

        if importlib.util.find_spec("tensorboard") is None and importlib.util.find_spec("tensorboardX") is None:
            raise ConfigError(
                "report_to=tensorboard: TensorBoard kurulu değil / TensorBoard is not installed; "
                "pip install tensorboard, or --report-to none (train_log.csv and the PNG curves are always written)"
            )


def _trainer_args(config: SFTRunConfig, plan: DevicePlan, *, evaluate: bool = False) -> Any:
    from trl import SFTConfig

    return SFTConfig(
        output_dir=config.output_dir,
        num_train_epochs=config.num_train_epochs,
        max_steps=config.max_steps,
        per_device_train_batch_size=config.per_device_train_batch_size,
        gradient_accumulation_steps=config.gradient_accumulation_steps,
        learning_rate=config.learning_rate,
        warmup_steps=config.warmup_steps,
        lr_scheduler_type=config.lr_scheduler_type,
        optim=config.optim,
        weight_decay=config.weight_decay,
        max_grad_norm=config.max_grad_norm,
        gradient_checkpointing=config.gradient_checkpointing,
        gradient_checkpointing_kwargs={"use_reentrant": False} if config.gradient_checkpointing else None,
        seed=config.seed,
        bf16=plan.bf16,  # TRL defaults bf16=True: always set explicitly (fp32 on CPU)
        fp16=plan.fp16,
        use_cpu=plan.device == "cpu",
        logging_steps=1,
        # The Trainer's default filter logs a NaN/inf step loss as the running mean: the divergence guard would
        # never see it. Log it as it is.
        logging_nan_inf_filter=False,
        save_strategy="steps",
        save_steps=config.save_steps,
        save_total_limit=config.save_total_limit or None,
        report_to=config.report_to,
        eval_strategy="epoch" if evaluate else "no",
        per_device_eval_batch_size=config.per_device_train_batch_size,
        disable_tqdm=True,  # our ProgressBarCallback replaces the default bar and log printer
        max_length=config.max_length,
        packing=config.packing,
        packing_strategy="bfd",  # rows kept whole (a cut answer would never close its fence)
        dataloader_num_workers=0,
        ddp_find_unused_parameters=False,
    )


def make_trainable_float32(model: Any) -> dict[str, int]:
    """Keep every trainable (LoRA) weight in float32, whatever the requested compute precision.

    TRL's SFTTrainer casts the trainable weights of a 4-bit model to bf16 (seen on every step of the 2026-11 H200
    runs: each logged grad-norm was exactly a bf16 value). Then weights, gradients and AdamW's state are bf16 with
    no float32 master copy, and a run asked to be "fp32" is not. Called after the trainer is built and before
    ``train()`` creates the optimizer, so the optimizer holds these float32 tensors; bf16 compute (autocast)
    still applies in the forward pass when asked. Returns the trainable dtypes (name → parameter count) as
    recorded in ``flutr_adapter.json``."""
    import torch

    counts: dict[str, int] = {}
    for parameter in model.parameters():
        if parameter.requires_grad:
            if parameter.dtype != torch.float32:
                parameter.data = parameter.data.float()
            counts[str(parameter.dtype)] = counts.get(str(parameter.dtype), 0) + 1
    return counts


def weight_dtypes_of_trainable(model: Any) -> dict[str, int]:
    """Dtypes of the trainable weights now (dtype → tensor count): checked again after training."""
    counts: dict[str, int] = {}
    for parameter in model.parameters():
        if parameter.requires_grad:
            counts[str(parameter.dtype)] = counts.get(str(parameter.dtype), 0) + 1
    return counts


def main(config: SFTRunConfig, *, callbacks: Sequence[Any] = ()) -> SFTResult:
    """Train a LoRA adapter as ``config`` says; ``callbacks`` are extra ``TrainerCallback`` objects."""
    started = time.monotonic()
    config.validate()
    check_report_to(config.report_to)
    plan = plan_device(precision=config.precision, quantization=config.quantization, threads=config.threads)
    resume_from = prepare_output_dir(config)
    qa_rows = load_rows(config.train_file, config.max_rows, config.field_map)
    in_context_rows = load_in_context_rows(config.in_context_file, config.max_rows)
    all_rows: list[TrainingRow] = [*qa_rows, *in_context_rows]
    source = resolve_base_model(config.base_model)
    logger.info(
        "plan: %s; %d Q&A + %d in-context rows; base %s (%s)",
        plan.describe(),
        len(qa_rows),
        len(in_context_rows),
        source.path,
        source.kind,
    )
    from model_training.dataset_split import validation_split

    apply_plan(plan)  # threads first: the MiniLM clustering of the split runs on them too
    split = validation_split(all_rows, config.validation_fraction, config.seed)
    rows = split.train
    if split.validation:
        logger.info(
            "validation: %d rows held out, %d train rows (%d task clusters; %s)",
            len(split.validation),
            len(rows),
            split.n_clusters,
            split.clustering,
        )
    elif config.validation_fraction > 0:
        logger.warning("validation_fraction=%s leaves no validation row of %d", config.validation_fraction, len(rows))

    import transformers
    from peft import LoraConfig
    from transformers.trainer_callback import PrinterCallback, ProgressCallback
    from trl import SFTTrainer

    from model_training.early_stopping import EarlyStopping
    from model_training.guard import NonFiniteGuard, check_finite_weights
    from model_training.time_limit import TimeLimit
    from model_training.training_log import (
        LOG_JSONL,
        ProgressBarCallback,
        StepLogCallback,
        fit_verdict,
        plot_training_curves,
        read_records,
    )

    model_dir = hf_model_dir(source)
    tokenizer = load_tokenizer(model_dir)
    chat_template = serving_chat_template(source, tokenizer)
    prepared = prepare_examples(
        rows,
        tokenizer,
        chat_template,
        config.max_length,
        config.retrieval_k,
        config.retrieval_tokens,
        placement=config.placement,
        context_lines=config.context_lines,
        phrasings=config.phrasings,
    )
    logger.info(
        "%d examples, %d tokens (%d skipped as too long)",
        len(prepared.examples),
        prepared.n_tokens,
        len(prepared.skipped_too_long),
    )
    for kind, stats in prepared.token_stats().items():
        logger.info("tokens, %s: %s", kind, ", ".join(f"{key} {value}" for key, value in stats.items()))
    evaluation = (
        prepare_examples(
            split.validation,
            tokenizer,
            chat_template,
            config.max_length,
            config.retrieval_k,
            config.retrieval_tokens,
            pool=[row for row in rows if isinstance(row, QARow)],
            placement=config.placement,
            context_lines=config.context_lines,
            phrasings=False,
        )
        if split.validation
        else None
    )

    output_dir = Path(config.output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    if resume_from is None and _is_main_process():
        (output_dir / RUN_CONFIG_FILE).write_text(json.dumps(config.to_dict(), indent=2) + "\n", encoding="utf-8")

    transformers.set_seed(config.seed)  # before the model exists: LoRA's A matrices are drawn at wrap time
    model = load_model(
        model_dir,
        precision=plan.precision,
        quantization=plan.quantization,
        gradient_checkpointing=config.gradient_checkpointing,
    )
    lora = LoraConfig(
        r=config.lora_r,
        lora_alpha=config.lora_alpha,
        lora_dropout=config.lora_dropout,
        target_modules=target_module_pattern(config.lora_target_modules),
        bias="none",
        task_type="CAUSAL_LM",
    )
    trainer = SFTTrainer(
        model=model,
        args=_trainer_args(config, plan, evaluate=evaluation is not None),
        train_dataset=prepared.to_dataset(),
        eval_dataset=evaluation.to_dataset() if evaluation is not None else None,
        processing_class=tokenizer,
        peft_config=lora,
    )
    for default in (ProgressCallback, PrinterCallback):
        trainer.remove_callback(default)
    trainer.add_callback(StepLogCallback(output_dir))
    trainer.add_callback(ProgressBarCallback())
    time_limit = TimeLimit(config.max_train_minutes)
    trainer.add_callback(time_limit)
    early_stopping = EarlyStopping(config.early_stopping_patience, output_dir / BEST_ADAPTER_SUBDIR)
    if evaluation is not None:
        trainer.add_callback(early_stopping)
    for callback in callbacks:
        trainer.add_callback(callback)
    guard = NonFiniteGuard()
    trainer.add_callback(guard)  # last: it sees the gradients the optimizer would get
    peft_model: Any = trainer.model
    trainable_dtypes = make_trainable_float32(peft_model)
    logger.info("trainable weights %s; compute %s", trainable_dtypes, plan.precision)
    wrapped = len([name for name, _ in peft_model.named_modules() if name.endswith(".lora_A")])
    if wrapped == 0:
        raise ConfigError(f"lora_target_modules={','.join(config.lora_target_modules)} matched no layer of {model_dir}")

    if resume_from is not None:
        logger.info("resuming from %s", resume_from)
    trainer.train(resume_from_checkpoint=str(resume_from) if resume_from else None)
    if evaluation is not None and not _evaluated_at(trainer.state.log_history, trainer.state.global_step):
        trainer.evaluate()  # a run shorter than an epoch, or stopped by the time limit, gets its eval loss here
    kept_best = (
        config.early_stopping_patience > 0
        and early_stopping.best_step is not None
        and early_stopping.best_step != trainer.state.global_step
        and (early_stopping.best_dir / "adapter_model.safetensors").is_file()
    )
    if kept_best:
        _load_lora_weights(peft_model, early_stopping.best_dir)
        logger.info("the adapter is the best evaluation's (step %s)", early_stopping.best_step)

    adapter_dir = output_dir / ADAPTER_SUBDIR
    plots: list[Path] = []
    records = read_records(output_dir / LOG_JSONL)
    verdict = fit_verdict(records)
    if trainer.is_world_process_zero():
        check_finite_weights(peft_model)
        peft_model.save_pretrained(adapter_dir)
        info = {
            "base_model": source.hub_id or str(source.path),
            "base_kind": source.kind,
            "hf_model_dir": str(model_dir),
            "chat_template_sha256": hashlib.sha256((chat_template or "").encode()).hexdigest(),
            "global_step": trainer.state.global_step,
            "skipped_nonfinite_steps": guard.skipped_steps,
            # what the run really trained in: LoRA weights (and so gradients and optimizer state) and compute
            "precision": {
                "compute": plan.precision,
                "trainable_dtypes": trainable_dtypes,
                "trainable_dtypes_after_training": weight_dtypes_of_trainable(peft_model),
                "base_quantization": plan.quantization,
            },
            "stopped_by_time_limit_at_step": time_limit.stopped_at_step,
            "train_file": config.train_file
            if config.train_file.startswith(HUB_PREFIX)
            else str(resolve_train_file(config.train_file)),
            "in_context_file": str(path) if (path := resolve_in_context_file(config.in_context_file)) else None,
            "placement": config.placement,
            "context_lines": config.context_lines,
            "train_rows": len(prepared.examples),
            "rows_by_kind": _rows_by_kind(prepared, evaluation),
            "token_stats": prepared.token_stats(),
            "validation": {
                "rows": len(evaluation.examples) if evaluation else 0,
                "row_ids": [example.row_id for example in evaluation.examples] if evaluation else [],
                "clustering": split.clustering,
                "task_clusters": split.n_clusters,
                "eval_losses": [list(entry) for entry in verdict.eval_losses],
                "fit": verdict.verdict,
                "fit_reason": verdict.reason,
                "early_stopped_at_step": early_stopping.stopped_at_step,
                "adapter_from_step": early_stopping.best_step if kept_best else trainer.state.global_step,
            },
            "retrieval_k": config.retrieval_k,
            "retrieval_tokens": config.retrieval_tokens,
            "flutr_version": flutr.__version__,
            "config": config.to_dict(),
        }
        (adapter_dir / ADAPTER_INFO_FILE).write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
        if config.plot:
            plots = plot_training_curves(records, output_dir, title=source.hub_id or Path(source.path).name)
        (output_dir / RUN_README).write_text(
            run_readme(info, verdict, trainer.state.global_step, records), encoding="utf-8"
        )
    return SFTResult(
        output_dir=output_dir,
        adapter_dir=adapter_dir,
        global_step=trainer.state.global_step,
        final_loss=records[-1].loss if records else None,
        train_rows=len(prepared.examples),
        skipped_rows=len(prepared.skipped_too_long),
        seconds=time.monotonic() - started,
        plots=plots,
        is_main_process=trainer.is_world_process_zero(),
        validation_rows=len(evaluation.examples) if evaluation else 0,
        eval_loss=verdict.eval_losses[-1][2] if verdict.eval_losses else None,
        fit=verdict.verdict,
        fit_reason=verdict.reason,
    )


def _rows_by_kind(prepared: Any, evaluation: Any) -> dict[str, dict[str, int]]:
    """Train and validation rows per kind (qa, fim, standalone, instruct)."""
    counts: dict[str, dict[str, int]] = {}
    for part, data in (("train", prepared), ("validation", evaluation)):
        for example in data.examples if data is not None else ():
            counts.setdefault(example.kind, {"train": 0, "validation": 0})[part] += 1
    return counts


def _evaluated_at(log_history: Sequence[dict[str, Any]], step: int) -> bool:
    return any("eval_loss" in entry and entry.get("step") == step for entry in log_history)


def _load_lora_weights(peft_model: Any, folder: Path) -> None:
    from peft import set_peft_model_state_dict
    from safetensors.torch import load_file

    set_peft_model_state_dict(peft_model, load_file(str(folder / "adapter_model.safetensors")))


def run_readme(info: dict[str, Any], verdict: Any, global_step: int, records: Sequence[Any]) -> str:
    """The run folder's README: what was trained on what, the losses per evaluation, and the fit verdict."""
    from model_training.training_log import FIT_RULE

    validation = info["validation"]
    lines = [
        f"# Training run: {Path(info['config']['output_dir']).name}",
        "",
        f"- base: `{info['base_model']}` ({info['base_kind']}); data: `{info['train_file']}`",
        f"- {info['train_rows']} train rows, {validation['rows']} validation rows "
        f"({validation['task_clusters']} task clusters; clustering: {validation['clustering']})",
        "- rows by kind (train / validation): "
        + ", ".join(f"{kind} {n['train']} / {n['validation']}" for kind, n in info["rows_by_kind"].items())
        + (f"; in-context placement {info['placement']}" if info["in_context_file"] else "; no in-context rows"),
        f"- {global_step} optimizer steps; last train loss "
        + (f"{records[-1].loss:.4f}" if records else "n/a")
        + f"; adapter from step {validation['adapter_from_step']}"
        + (f" (early stop at step {stopped})" if (stopped := validation["early_stopped_at_step"]) else ""),
        "",
        f"**Fit: {verdict.verdict}** — {verdict.reason}",
        "",
    ]
    if verdict.eval_losses:
        lines += ["| step | epoch | train loss (mean since last eval) | eval loss |", "| --- | --- | --- | --- |"]
        for (step, epoch, eval_loss), train_loss in zip(verdict.eval_losses, verdict.train_losses, strict=True):
            lines.append(f"| {step} | {epoch:.2f} | {train_loss:.4f} | {eval_loss:.4f} |")
        lines.append("")
    lines += [f"Rule: {FIT_RULE}.", ""]
    return "\n".join(lines)
