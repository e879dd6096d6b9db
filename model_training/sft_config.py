"""The one configuration of ``flutr-train sft``: a dataclass whose defaults are the paper's recipe.

Each field's ``help`` becomes the CLI help (``train_cli`` builds the options from these fields), so the
dataclass is the only place a setting, its default and its meaning are written. Values come, in rising order
of precedence, from the defaults here, a YAML/JSON config file (``--config``), and command-line flags.
"""

from __future__ import annotations

import dataclasses
import difflib
import json
import math
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flutr.in_place import PLACEMENTS
from flutr.options import coerce, config_field
from flutr.options import field_help as _field_help
from flutr.retrieval import DEFAULT_BUDGET, DEFAULT_K
from lsp_server.config import ServerConfig

# The text layers' attention and MLP projections (Qwen2, Llama, Gemma 3 names). Matched only inside the
# decoder layers, so a multimodal model's vision tower (which also has q_proj/k_proj/...) is never wrapped.
DEFAULT_TARGET_MODULES: tuple[str, ...] = (
    "q_proj",
    "k_proj",
    "v_proj",
    "o_proj",
    "gate_proj",
    "up_proj",
    "down_proj",
)
QUANTIZATION_CHOICES = ("auto", "nf4", "none")
PRECISION_CHOICES = ("auto", "fp32", "bf16", "fp16")
SCHEDULER_CHOICES = (
    "cosine",
    "linear",
    "constant",
    "constant_with_warmup",
    "cosine_with_restarts",
    "polynomial",
)
OPTIMIZER_CHOICES = ("adamw_torch", "adamw_torch_fused", "adamw_8bit", "paged_adamw_8bit", "sgd", "adafactor")
REPORT_TO_CHOICES = ("none", "tensorboard")
DEFAULT_IN_CONTEXT_FILE = "data/in_context/train.jsonl"  # the checkout's file, wherever the command runs
IN_CONTEXT_OFF = ("", "none")
TRAIN_OFF = "none"  # --train-file none: the in-context rows only


def in_context_off(value: str) -> bool:
    """``--in-context-file`` turned off: the Q&A rows only."""
    return value.strip().lower() in IN_CONTEXT_OFF


def train_off(value: str) -> bool:
    """``--train-file none``: no Q&A rows, the in-context rows only."""
    return value.strip().lower() == TRAIN_OFF


# The server's defaults, read where they are written: a model is trained on the prompt it is served with.
_SERVED = ServerConfig()


class ConfigError(ValueError):
    """A configuration value or file that cannot be used; the message names the setting and the problem."""


def _help(text: str, choices: tuple[str, ...] = ()) -> dict[str, Any]:
    """A field's metadata for ``flutr.options``: its help (the CLI help) and, for a string, its choices."""
    return {"help": text, "choices": choices} if choices else {"help": text}


@dataclass
class SFTRunConfig:
    """LoRA/QLoRA supervised fine-tuning of a causal LM on the Turkish Flutter Q&A rows."""

    # --- model and data -------------------------------------------------------------------------------------
    base_model: str = field(
        default="",
        metadata=_help(
            "Base model: a .gguf file (dequantized once with transformers, cached as safetensors in the "
            "flutr cache), a Hugging Face model directory, or a Hub id such as Qwen/Qwen2.5-Coder-3B-Instruct "
            "(downloaded when the Hub is reachable; the local Hub cache offline). Empty: the embedded "
            "Qwen2.5-Coder-0.5B-Instruct Q4_K_M."
        ),
    )
    train_file: str = field(
        default="",
        metadata=_help(
            "Training rows: a JSONL file (flutr.dataset schema, or any keys with --field-map) or hub:OWNER/NAME "
            "for a Hugging Face dataset's train split (hub:OWNER/NAME:SPLIT for another). Empty: data/train.jsonl; "
            "none: no Q&A rows, the in-context rows only."
        ),
    )
    field_map: tuple[str, ...] = field(
        default=(),
        metadata=_help(
            "Which keys of the rows hold the question, answer and id, as ours=theirs pairs, e.g. "
            "question=instruction,answer=output (a row without an id gets FILE-LINE)."
        ),
    )
    in_context_file: str = field(
        default=DEFAULT_IN_CONTEXT_FILE,
        metadata=_help(
            "In-context rows trained together with the Q&A rows: a JSONL of Dart files, each with one Turkish "
            "request comment and the code that belongs under it (flutr.in_context schema); each row gets the prompt "
            "the server sends for that comment (--placement). '' or none: the Q&A rows only (the data of the "
            "adapters trained before in-context rows existed)."
        ),
    )
    placement: str = field(
        default=_SERVED.placement,
        metadata=_help(
            "How the in-context rows are asked for, as the server's placement setting: fim (fill-in-the-middle), "
            "instruct (chat prompt with a position note), standalone (the comment as a question), or auto (fim "
            "inside code, standalone at top level; fim becomes instruct on a model without FIM tokens). Train with "
            "the placement you serve with.",
            PLACEMENTS,
        ),
    )
    context_lines: int = field(
        default=_SERVED.context_lines,
        metadata=_help(
            "Lines above the comment in the chat prompt of an in-context row, as the server's contextLines setting. "
            "Train with the value you serve with."
        ),
    )
    phrasings: bool = field(
        default=True,
        metadata=_help(
            "Learn each Q&A row in every wording it has (its question and its 'phrasings'); the validation rows "
            "are scored on their questions only."
        ),
    )
    validation_fraction: float = field(
        default=0.1,
        metadata=_help(
            "Share of the rows held out for validation, whole task clusters at a time (near-duplicate "
            "questions or code never straddle train and validation); eval loss is logged every epoch "
            "(0: no validation)."
        ),
    )
    early_stopping_patience: int = field(
        default=0,
        metadata=_help(
            "Stop when the epoch-end eval loss has not improved for N evaluations and keep the best "
            "epoch's adapter (0: off, the paper's fixed epochs)."
        ),
    )
    output_dir: str = field(
        default="runs/sft",
        metadata=_help("Run folder: checkpoints, the final adapter (adapter/), step log and loss curves."),
    )
    max_rows: int = field(default=0, metadata=_help("Train on the first N rows only (0: all); for smoke runs."))
    max_length: int = field(
        default=2048, metadata=_help("Longest prompt+answer in tokens; longer rows are skipped, never cut.")
    )
    retrieval_k: int = field(
        default=DEFAULT_K,
        metadata=_help(
            "Similar train rows in each prompt, retrieved as the server does (its retrievalK setting, default 1); "
            "0: the fixed example only. Train with the k you serve with."
        ),
    )
    retrieval_tokens: int = field(
        default=DEFAULT_BUDGET,
        metadata=_help(
            "Token budget of the retrieved examples, as the server's retrievalTokens (0: no limit); counted with "
            "the model's tokenizer. Train with the budget you serve with."
        ),
    )
    # --- LoRA -----------------------------------------------------------------------------------------------
    lora_r: int = field(default=16, metadata=_help("LoRA rank."))
    lora_alpha: int = field(default=16, metadata=_help("LoRA alpha (the update is scaled by alpha / rank)."))
    lora_dropout: float = field(default=0.0, metadata=_help("Dropout on the LoRA input, 0 <= p < 1."))
    lora_target_modules: tuple[str, ...] = field(
        default=DEFAULT_TARGET_MODULES,
        metadata=_help("Projections of every text decoder layer that get a LoRA adapter (comma-separated)."),
    )
    # --- optimisation ---------------------------------------------------------------------------------------
    num_train_epochs: float = field(default=3.0, metadata=_help("Passes over the training rows."))
    max_steps: int = field(
        default=-1, metadata=_help("Stop after this many optimizer steps (-1: run num_train_epochs).")
    )
    per_device_train_batch_size: int = field(default=4, metadata=_help("Sequences per device per micro-batch."))
    gradient_accumulation_steps: int = field(
        default=2,
        metadata=_help("Micro-batches per optimizer step (effective batch = batch x this x devices)."),
    )
    learning_rate: float = field(default=2e-4, metadata=_help("Peak AdamW learning rate."))
    warmup_steps: int = field(default=3, metadata=_help("Linear warm-up steps before the schedule decays."))
    lr_scheduler_type: str = field(
        default="cosine",
        metadata=_help(f"Learning-rate decay after warm-up: {', '.join(SCHEDULER_CHOICES)}.", SCHEDULER_CHOICES),
    )
    optim: str = field(
        default="adamw_torch", metadata=_help(f"Optimizer: {', '.join(OPTIMIZER_CHOICES)}.", OPTIMIZER_CHOICES)
    )
    weight_decay: float = field(default=0.0, metadata=_help("AdamW weight decay."))
    max_grad_norm: float = field(default=1.0, metadata=_help("Gradient clipping norm (0: no clipping)."))
    gradient_checkpointing: bool = field(
        default=True, metadata=_help("Recompute activations in the backward pass: less memory, ~30% slower.")
    )
    seed: int = field(default=42, metadata=_help("Seed for LoRA init, shuffling, dropout and the validation split."))
    packing: bool = field(
        default=False,
        metadata=_help(
            "Pack several rows into each max_length sequence (TRL's best-fit packing, rows kept whole, position "
            "ids restart per row): fewer, fuller steps."
        ),
    )
    max_train_minutes: float = field(
        default=0.0,
        metadata=_help(
            "Stop training after this many minutes and save the adapter as it is (0: no limit); for a fixed "
            "budget on a lent GPU or a CPU. The adapter's flutr_adapter.json records where it stopped."
        ),
    )
    # --- hardware -------------------------------------------------------------------------------------------
    quantization: str = field(
        default="auto",
        metadata=_help(
            "Base weights: nf4 (QLoRA, CUDA + bitsandbytes only), none, or auto (nf4 on CUDA).", QUANTIZATION_CHOICES
        ),
    )
    precision: str = field(
        default="auto",
        metadata=_help(
            "Compute precision: fp32, bf16, fp16, or auto (fp32 on CPU; bf16 or fp16 on CUDA).", PRECISION_CHOICES
        ),
    )
    threads: int = field(default=0, metadata=_help("CPU threads for torch (0: physical cores per process)."))
    # --- checkpoints ----------------------------------------------------------------------------------------
    save_steps: int = field(default=50, metadata=_help("Write a resumable checkpoint every N optimizer steps."))
    save_total_limit: int = field(default=3, metadata=_help("Keep only the newest N checkpoints (0: keep all)."))
    resume: bool = field(
        default=False,
        metadata=_help("Continue from the newest checkpoint in output_dir (after a crash or kill)."),
    )
    overwrite_output_dir: bool = field(
        default=False,
        metadata=_help("Delete an earlier run's checkpoints, adapter and logs in output_dir first."),
    )
    plot: bool = field(default=True, metadata=_help("Draw loss and grad-norm curves (PNG) at the end."))
    report_to: str = field(
        default="none",
        metadata=_help(
            f"Also log to: {', '.join(REPORT_TO_CHOICES)} (TensorBoard logs go to output_dir/runs).", REPORT_TO_CHOICES
        ),
    )

    # --------------------------------------------------------------------------------------------------------
    def problems(self) -> list[str]:
        """Every invalid value, as 'name: why' strings (empty when the config is usable)."""
        found: list[str] = []

        def check(ok: bool, name: str, why: str) -> None:
            if not ok:
                found.append(f"{name}={getattr(self, name)!r}: {why}")

        check(self.lora_r >= 1, "lora_r", "must be a positive integer")
        check(self.lora_alpha >= 1, "lora_alpha", "must be a positive integer")
        check(0.0 <= self.lora_dropout < 1.0, "lora_dropout", "must be in [0, 1)")
        check(
            len(self.lora_target_modules) > 0 and all(m.isidentifier() for m in self.lora_target_modules),
            "lora_target_modules",
            "must name one or more module names such as q_proj,v_proj",
        )
        check(
            math.isfinite(self.num_train_epochs) and self.num_train_epochs > 0,
            "num_train_epochs",
            "must be > 0",
        )
        check(self.max_steps == -1 or self.max_steps >= 1, "max_steps", "must be -1 (use epochs) or >= 1")
        check(self.per_device_train_batch_size >= 1, "per_device_train_batch_size", "must be >= 1")
        check(self.gradient_accumulation_steps >= 1, "gradient_accumulation_steps", "must be >= 1")
        check(
            math.isfinite(self.learning_rate) and 0 < self.learning_rate < 1,
            "learning_rate",
            "must be in (0, 1)",
        )
        check(self.warmup_steps >= 0, "warmup_steps", "must be >= 0")
        check(
            math.isfinite(self.max_train_minutes) and self.max_train_minutes >= 0,
            "max_train_minutes",
            "must be >= 0 (0: no limit)",
        )
        check(self.lr_scheduler_type in SCHEDULER_CHOICES, "lr_scheduler_type", f"choose {SCHEDULER_CHOICES}")
        check(self.optim in OPTIMIZER_CHOICES, "optim", f"choose {OPTIMIZER_CHOICES}")
        check(self.weight_decay >= 0, "weight_decay", "must be >= 0")
        check(self.max_grad_norm >= 0, "max_grad_norm", "must be >= 0")
        check(self.max_length >= 32, "max_length", "must be >= 32 tokens")
        check(self.max_rows >= 0, "max_rows", "must be >= 0 (0: all rows)")
        check(
            not (train_off(self.train_file) and in_context_off(self.in_context_file)),
            "train_file",
            "none together with --in-context-file none leaves nothing to train on",
        )
        check(
            all(_is_mapping_pair(item) for item in self.field_map),
            "field_map",
            "must be ours=theirs pairs with ours in question, answer, id (e.g. question=instruction,answer=output)",
        )
        check(0.0 <= self.validation_fraction < 0.5, "validation_fraction", "must be in [0, 0.5)")
        check(self.early_stopping_patience >= 0, "early_stopping_patience", "must be >= 0 (0: off)")
        check(
            self.early_stopping_patience == 0 or self.validation_fraction > 0,
            "early_stopping_patience",
            "needs validation rows (validation_fraction > 0)",
        )
        check(self.report_to in REPORT_TO_CHOICES, "report_to", f"choose {REPORT_TO_CHOICES}")
        check(0 <= self.retrieval_k <= 8, "retrieval_k", "must be in 0..8 (the server's retrievalK range)")
        check(
            0 <= self.retrieval_tokens <= 4096,
            "retrieval_tokens",
            "must be in 0..4096 (the server's retrievalTokens range; 0: no limit)",
        )
        check(self.placement in PLACEMENTS, "placement", f"choose {PLACEMENTS}")
        check(0 <= self.context_lines <= 200, "context_lines", "must be in 0..200 (the server's contextLines range)")
        check(self.quantization in QUANTIZATION_CHOICES, "quantization", f"choose {QUANTIZATION_CHOICES}")
        check(self.precision in PRECISION_CHOICES, "precision", f"choose {PRECISION_CHOICES}")
        check(self.threads >= 0, "threads", "must be >= 0 (0: physical cores)")
        check(self.save_steps >= 1, "save_steps", "must be >= 1")
        check(self.save_total_limit >= 0, "save_total_limit", "must be >= 0 (0: keep all)")
        check(bool(self.output_dir.strip()), "output_dir", "must not be empty")
        check(
            not (self.resume and self.overwrite_output_dir),
            "resume",
            "cannot be combined with overwrite_output_dir",
        )
        return found

    def validate(self) -> SFTRunConfig:
        found = self.problems()
        if found:
            raise ConfigError("invalid training config: " + "; ".join(found))
        return self

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["lora_target_modules"] = list(self.lora_target_modules)
        data["field_map"] = list(self.field_map)
        return data


def _is_mapping_pair(item: str) -> bool:
    ours, sep, theirs = item.partition("=")
    return bool(sep) and ours.strip() in ("question", "answer", "id") and bool(theirs.strip())


# --- building a config from files and flags -----------------------------------------------------------------


def field_types() -> dict[str, Any]:
    """Field name -> resolved type (``str``, ``int``, ``float``, ``bool`` or ``tuple[str, ...]``)."""
    hints = typing.get_type_hints(SFTRunConfig)
    return {f.name: hints[f.name] for f in dataclasses.fields(SFTRunConfig)}


def field_help() -> dict[str, str]:
    return {f.name: _field_help(SFTRunConfig, f.name) for f in dataclasses.fields(SFTRunConfig)}


_EXPECTED = {bool: "true or false", int: "an integer", float: "a number", str: "a string"}


def coerce_value(name: str, value: Any, source: str) -> Any:
    """Check and convert one value for field ``name``; ``source`` names where it came from, for the error.

    Text from a YAML file or a flag (``"8"``, ``"yes"``) is read as the field's type first; then
    ``flutr.options.coerce`` checks it as it checks the server's settings (type, choices)."""
    kind = field_types()[name]
    where = f"{source}: {name}"
    if kind not in _EXPECTED:  # tuple[str, ...]
        if isinstance(value, str):
            return tuple(part.strip() for part in value.split(",") if part.strip())
        if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
            return tuple(v.strip() for v in value)
        raise ConfigError(f"{where} must be a list of names or a comma-separated string, got {value!r}")
    typed = _from_text(kind, value)
    if typed is None:
        raise ConfigError(f"{where} must be {_EXPECTED[kind]}, got {value!r}")
    try:
        return coerce(config_field(SFTRunConfig, name), typed)
    except ValueError as exc:
        raise ConfigError(f"{where}={value!r}: {exc}") from None


def _from_text(kind: type, value: Any) -> Any:
    """``value`` as ``kind`` where it is that kind or text that reads as it; None where it cannot be."""
    if isinstance(value, bool):
        return value if kind is bool else None
    if kind is bool:
        if isinstance(value, str) and value.lower() in ("true", "false", "yes", "no", "1", "0"):
            return value.lower() in ("true", "yes", "1")
        return None
    if kind is str:
        return str(value) if isinstance(value, (str, int, float)) else None
    if not isinstance(value, (int, float, str)):
        return None
    try:
        number = float(value) if kind is float or isinstance(value, float) else int(value)
    except ValueError:
        return None
    if kind is int:
        if isinstance(number, float) and not number.is_integer():
            return None
        return int(number)
    return number


def read_config_file(path: Path) -> dict[str, Any]:
    """Read a YAML (``.yaml``/``.yml``) or JSON config: a mapping of setting names (``-`` or ``_``) to
    values."""
    if not path.is_file():
        raise ConfigError(f"{path}: config file not found")
    text = path.read_text(encoding="utf-8")
    try:
        if path.suffix.lower() == ".json":
            data = json.loads(text) if text.strip() else {}
        elif path.suffix.lower() in (".yaml", ".yml"):
            import yaml

            data = yaml.safe_load(text) or {}
        else:
            raise ConfigError(f"{path}: config file must end in .yaml, .yml or .json")
    except (json.JSONDecodeError, ValueError) as exc:
        if isinstance(exc, ConfigError):
            raise
        raise ConfigError(f"{path}: not valid JSON ({exc})") from None
    except Exception as exc:  # yaml.YAMLError, without importing yaml at module level
        raise ConfigError(f"{path}: not valid YAML ({exc})") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: config file must hold a mapping of setting names to values")
    return normalize_keys(data, str(path))


def normalize_keys(data: dict[str, Any], source: str) -> dict[str, Any]:
    """Map ``lora-r``/``lora_r`` keys to field names and coerce values; unknown keys are errors with hints."""
    names = list(field_types())
    out: dict[str, Any] = {}
    for raw_key, value in data.items():
        key = str(raw_key).replace("-", "_")
        if key not in names:
            close = difflib.get_close_matches(key, names, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise ConfigError(f"{source}: unknown setting {raw_key!r}{hint}")
        out[key] = coerce_value(key, value, source)
    return out


def build_config(config_file: Path | None = None, overrides: dict[str, Any] | None = None) -> SFTRunConfig:
    """Defaults <- config file <- overrides (flags; ``None`` values mean 'not given'), then validated."""
    values: dict[str, Any] = {}
    if config_file is not None:
        values.update(read_config_file(config_file))
    given = {k: v for k, v in (overrides or {}).items() if v is not None}
    values.update(normalize_keys(given, "command line"))
    return SFTRunConfig(**values).validate()
