"""``flutr-train sft`` and ``flutr-train export``: options in, config dataclass out, pure functions work.

The ``sft`` options are generated from ``SFTRunConfig``'s fields (name, type, help, default), so the config
dataclass stays the single source of truth. Every option defaults to "not given", which lets a ``--config``
file sit between the dataclass defaults and the flags. Known failures (bad values, missing data, unloadable
models, failed exports) become one-line click errors without a traceback.
"""

from __future__ import annotations

import dataclasses
import logging
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from flutr.logs import setup_logging
from flutr.options import click_option
from model_training.sft_config import ConfigError, SFTRunConfig, field_help, field_types

logger = logging.getLogger(__name__)


def _setup_logging(verbose: bool) -> None:
    setup_logging("DEBUG" if verbose else "INFO")
    warnings.filterwarnings("ignore", message=r".*is deprecated and will be removed in v6", category=FutureWarning)
    try:
        import datasets
        import transformers

        transformers.logging.set_verbosity_warning()
        transformers.logging.disable_progress_bar()  # per-tensor "Loading weights" bars
        datasets.disable_progress_bars()
    except ImportError:  # pragma: no cover - training extras missing; the command reports it
        pass


def _known_errors() -> tuple[type[BaseException], ...]:
    from model_training.base_model import BaseModelError
    from model_training.data import DatasetError
    from model_training.export import ExportError
    from model_training.guard import TrainingDivergedError

    return (ConfigError, DatasetError, BaseModelError, ExportError, TrainingDivergedError)


def _config_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Decorate ``command`` with one option per ``SFTRunConfig`` field (``flutr.options.click_option``: flag,
    choices and help from the field). Every option defaults to "not given" (None), so a ``--config`` file sits
    between the dataclass defaults and the flags; the help shows the dataclass default."""
    defaults = {f.name: f.default for f in dataclasses.fields(SFTRunConfig)}
    helps = field_help()
    for name, kind in reversed(list(field_types().items())):
        default = defaults[name]
        shown = ",".join(default) if isinstance(default, tuple) else default
        settings: dict[str, Any] = {
            "default": None,
            "show_default": False,
            "help": f"{helps[name]} [default: {shown if shown != '' else 'empty'}]",
        }
        if kind in (int, float):  # the field's checks say the range, in the config's own words
            settings["type"] = kind
        elif kind is not bool and kind is not str:  # tuple[str, ...]
            settings.update(type=str, metavar="A,B,...")
        command = click_option(SFTRunConfig, name, **settings)(command)
    return command


@click.command("sft")
@click.option(
    "--config",
    "config_file",
    type=click.Path(path_type=Path),
    default=None,
    help="YAML or JSON file of settings (same names as the options); flags override it.",
)
@click.option("--print-config", is_flag=True, help="Print the resolved settings as JSON and exit.")
@click.option("-v", "--verbose", is_flag=True, help="Debug logging.")
@_config_options
def sft_command(config_file: Path | None, print_config: bool, verbose: bool, **overrides: Any) -> None:
    """LoRA/QLoRA ince ayarı / fine-tune a LoRA adapter on the Turkish Flutter rows.

    Defaults follow the paper: rank 16 on q/k/v/o and the MLP projections, 3 epochs, batch 4 x accumulation 2,
    AdamW at 2e-4 with 3 warm-up steps and cosine decay, max length 2048, gradient checkpointing. On CUDA the
    base is loaded in 4-bit NF4 (QLoRA); on a CPU in fp32 with one thread per physical core.
    """
    from model_training.sft_config import build_config

    try:
        config = build_config(config_file, overrides)
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from None
    if print_config:
        import json

        click.echo(json.dumps(config.to_dict(), indent=2))
        return
    _setup_logging(verbose)
    try:
        from model_training import sft
    except ImportError as exc:
        raise click.ClickException(f"training needs the train extras: pip install 'flutr[train]' ({exc})") from None
    try:
        result = sft.main(config)
    except _known_errors() as exc:
        raise click.ClickException(str(exc)) from None
    if not result.is_main_process:
        return
    loss = f"{result.final_loss:.4f}" if result.final_loss is not None else "n/a"
    click.echo(
        f"trained {result.global_step} steps on {result.train_rows} rows in {result.seconds:.0f} s "
        f"(last loss {loss}); adapter: {result.adapter_dir}"
    )
    if result.validation_rows:
        click.echo(f"validation: {result.validation_rows} rows; fit: {result.fit} ({result.fit_reason})")
    for plot in result.plots:
        click.echo(f"curve: {plot}")
    click.echo(f"next: flutr-train export {result.output_dir}")


@click.command("export")
@click.argument("adapter", type=click.Path(path_type=Path))
@click.option(
    "--base-gguf",
    default="",
    help="Base model GGUF to attach to / merge into. [default: the GGUF the run was trained from; for a run "
    "trained from a Hugging Face folder or Hub id (qwen2, llama, gemma3), that model converted to "
    "OUT_DIR/base-f16.gguf]",
)
@click.option(
    "--out-dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Where the GGUF files go. [default: ADAPTER/export]",
)
@click.option("--adapter/--no-adapter", "write_adapter", default=True, help="Write the LoRA adapter GGUF.")
@click.option("--merge/--no-merge", "write_merged", default=True, help="Write the merged, quantized model GGUF.")
@click.option(
    "--quant",
    type=click.Choice(["Q4_K_M", "Q5_K_M", "Q6_K", "Q8_0", "F16"], case_sensitive=False),
    default="Q4_K_M",
    show_default=True,
    help="Type of the merged model (F16 skips quantization).",
)
@click.option(
    "--adapter-dtype",
    type=click.Choice(["f16", "f32"]),
    default="f16",
    show_default=True,
    help="Tensor type of the adapter GGUF.",
)
@click.option("--keep-f16", is_flag=True, help="Keep the intermediate F16 merged model.")
@click.option("--threads", type=int, default=0, help="Threads for quantizing and the check (0: all).")
@click.option("-v", "--verbose", is_flag=True, help="Debug logging.")
def export_command(
    adapter: Path,
    base_gguf: str,
    out_dir: Path | None,
    write_adapter: bool,
    write_merged: bool,
    quant: str,
    adapter_dtype: str,
    keep_f16: bool,
    threads: int,
    verbose: bool,
) -> None:
    """GGUF'a aktar / export a trained adapter as llama.cpp GGUF files.

    ADAPTER is the run folder of 'flutr-train sft' (or its adapter/ or a checkpoint-N folder). Writes
    adapter-f16.gguf (for flutr-lsp --lora) and model-Q4_K_M.gguf (for flutr-lsp --model); each file is loaded
    with llama-cpp-python and generates a few tokens before the export reports success.
    """
    if not write_adapter and not write_merged:
        raise click.UsageError("nothing to do: --no-adapter and --no-merge together")
    _setup_logging(verbose)
    from model_training.export import export

    target_dir = out_dir or (adapter / "export")
    try:
        result = export(
            adapter,
            target_dir,
            base_gguf=base_gguf,
            adapter=write_adapter,
            merged=write_merged,
            quant=quant,
            adapter_dtype=adapter_dtype,
            keep_f16=keep_f16,
            threads=threads,
        )
    except _known_errors() as exc:
        raise click.ClickException(str(exc)) from None
    for check in result.checks:
        what = f"{check.lora_path} on {check.path}" if check.lora_path else str(check.path)
        click.echo(f"ok: {what} generated {check.completion_tokens} tokens: {check.text!r}")


def register_training_commands(group: click.Group) -> None:
    """Add the training commands to the ``flutr-train`` group."""
    group.add_command(sft_command)
    group.add_command(export_command)
