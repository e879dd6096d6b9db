"""Per-step training records (JSONL + CSV), a progress bar with loss/lr/grad-norm/ETA, and loss curves.

The records are what the paper's Figures 2-5 plot: training loss and gradient norm per optimizer step, and the
validation loss (``eval_loss``) on the step that ends an epoch. After a ``--resume`` the log is cut back to the
checkpoint's step before new records are appended, so a killed and resumed run leaves the same log as an
uninterrupted one. ``fit_verdict`` reads the curves and says whether the run over- or under-fits.
"""

from __future__ import annotations

import csv
import json
import logging
import math
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from transformers import TrainerCallback

logger = logging.getLogger(__name__)

LOG_JSONL = "train_log.jsonl"
LOG_CSV = "train_log.csv"
LOSS_PNG = "loss.png"
GRAD_NORM_PNG = "grad_norm.png"
LR_PNG = "learning_rate.png"


@dataclass(frozen=True)
class StepRecord:
    step: int
    epoch: float
    loss: float
    grad_norm: float
    learning_rate: float
    elapsed_s: float
    eval_loss: float = math.nan  # validation loss measured after this step (epoch ends, end of training)


def read_records(path: Path) -> list[StepRecord]:
    if not path.exists():
        return []
    records = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            data = json.loads(line)
            records.append(StepRecord(**{f.name: data[f.name] for f in fields(StepRecord) if f.name in data}))
    return records


class StepLogCallback(TrainerCallback):
    """Append one record per logged optimizer step to ``train_log.jsonl`` and ``train_log.csv``."""

    def __init__(self, log_dir: Path) -> None:
        self.jsonl_path = log_dir / LOG_JSONL
        self.csv_path = log_dir / LOG_CSV
        self._started = time.monotonic()
        self._elapsed_before = 0.0

    def on_train_begin(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
        if not state.is_world_process_zero:
            return
        kept = [record for record in read_records(self.jsonl_path) if record.step <= state.global_step]
        self._elapsed_before = kept[-1].elapsed_s if kept else 0.0
        self._started = time.monotonic()
        self._rewrite(kept)

    def _rewrite(self, records: Sequence[StepRecord]) -> None:
        self.jsonl_path.parent.mkdir(parents=True, exist_ok=True)
        with self.jsonl_path.open("w", encoding="utf-8") as handle:
            for record in records:
                handle.write(json.dumps(asdict(record)) + "\n")
        with self.csv_path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([f.name for f in fields(StepRecord)])
            for record in records:
                writer.writerow(list(asdict(record).values()))

    def on_log(self, args: Any, state: Any, control: Any, logs: dict[str, Any] | None = None, **kwargs: Any) -> None:
        if not state.is_world_process_zero or not logs:
            return
        if "eval_loss" in logs:  # the Trainer evaluates after logging the step's train loss: fill in that record
            records = read_records(self.jsonl_path)
            if records and records[-1].step == int(state.global_step):
                records[-1] = replace(records[-1], eval_loss=float(logs["eval_loss"]))
                self._rewrite(records)
            return
        if "loss" not in logs:
            return
        record = StepRecord(
            step=int(state.global_step),
            epoch=float(state.epoch or 0.0),
            loss=float(logs["loss"]),
            grad_norm=float(logs.get("grad_norm", math.nan)),
            learning_rate=float(logs.get("learning_rate", math.nan)),
            elapsed_s=round(self._elapsed_before + time.monotonic() - self._started, 3),
        )
        with self.jsonl_path.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(asdict(record)) + "\n")
        with self.csv_path.open("a", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerow(list(asdict(record).values()))


class ProgressBarCallback(TrainerCallback):
    """A tqdm bar over optimizer steps; the postfix shows the latest loss, lr, grad-norm (ETA from tqdm)."""

    def __init__(self) -> None:
        self._bar: Any = None

    def on_train_begin(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
        if state.is_world_process_zero:
            from tqdm.auto import tqdm

            self._bar = tqdm(
                total=state.max_steps, initial=state.global_step, desc="sft", unit="step", dynamic_ncols=True
            )

    def on_step_end(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
        if self._bar is not None:
            self._bar.update(state.global_step - self._bar.n)

    def on_log(self, args: Any, state: Any, control: Any, logs: dict[str, Any] | None = None, **kwargs: Any) -> None:
        if self._bar is None or not logs or "loss" not in logs:
            return
        self._bar.set_postfix(
            loss=f"{logs['loss']:.4f}",
            lr=f"{logs.get('learning_rate', math.nan):.2e}",
            gnorm=f"{logs.get('grad_norm', math.nan):.3f}",
            refresh=False,
        )

    def on_train_end(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


def _smooth(values: Sequence[float], weight: float = 0.9) -> list[float]:
    """TensorBoard-style exponential moving average, debiased at the start."""
    out, average = [], 0.0
    for index, value in enumerate(values, start=1):
        average = weight * average + (1 - weight) * value
        out.append(average / (1 - weight**index))
    return out


def plot_training_curves(records: Sequence[StepRecord], out_dir: Path, title: str = "") -> list[Path]:
    """Loss, gradient norm and learning rate per step as PNGs (raw and smoothed), like the paper's figures."""
    if not records:
        return []
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    steps = [record.step for record in records]
    written = []
    for attribute, filename, label in (
        ("loss", LOSS_PNG, "Training loss"),
        ("grad_norm", GRAD_NORM_PNG, "Gradient norm"),
        ("learning_rate", LR_PNG, "Learning rate"),
    ):
        values = [getattr(record, attribute) for record in records]
        figure, axes = plt.subplots(figsize=(8, 4.5), dpi=110)
        axes.plot(steps, values, color="tab:blue", alpha=0.35 if attribute != "learning_rate" else 1.0, label=label)
        if attribute != "learning_rate" and len(values) > 5:
            axes.plot(steps, _smooth(values), color="tab:blue", label=f"{label} (smoothed)")
        evaluated = [record for record in records if math.isfinite(record.eval_loss)]
        if attribute == "loss" and evaluated:
            axes.plot(
                [record.step for record in evaluated],
                [record.eval_loss for record in evaluated],
                "o-",
                color="tab:orange",
                label="Validation loss",
            )
        axes.set_xlabel("Step")
        axes.set_ylabel(label)
        axes.set_title(f"{title} — {label}" if title else label)
        axes.grid(alpha=0.3)
        axes.legend()
        figure.tight_layout()
        path = out_dir / filename
        figure.savefig(path)
        plt.close(figure)
        written.append(path)
    return written


# --- over- or under-fitting, read from the curves -----------------------------------------------------------

FIT_TOLERANCE = 0.01
LEARNED = 0.10  # a train loss that fell less than this share from the first step: the model barely learned
FIT_RULE = (
    "eval loss measured at each epoch end (and at the end of training); train loss = mean over the steps since "
    "the previous evaluation; tolerance t = 1 %. In this order: unknown with fewer than two evaluations; "
    "underfits when the train loss fell less than 10 % from the first step (the model barely learned); "
    "overfits when the last eval loss is more than t above its minimum while the train loss fell after that "
    "minimum (unknown if it rose too: unstable, not over-fitting); underfits when the last eval loss is still "
    "more than t below the one before; fits otherwise (eval loss flat within t at its minimum)"
)


@dataclass(frozen=True)
class FitVerdict:
    verdict: str  # overfits | underfits | fits | unknown
    reason: str
    eval_losses: tuple[tuple[int, float, float], ...] = ()  # (step, epoch, eval loss)
    train_losses: tuple[float, ...] = ()  # mean train loss of the steps before each evaluation


def fit_verdict(records: Sequence[StepRecord], tolerance: float = FIT_TOLERANCE) -> FitVerdict:
    """Whether a run over- or under-fits, by the stated rule (``FIT_RULE``) applied to its step records."""
    evals: list[tuple[int, float, float]] = []
    train: list[float] = []
    since: list[float] = []
    for record in records:
        if math.isfinite(record.loss):
            since.append(record.loss)
        if math.isfinite(record.eval_loss):
            evals.append((record.step, record.epoch, record.eval_loss))
            train.append(sum(since) / len(since) if since else math.nan)
            since = []

    def judged(verdict: str, reason: str) -> FitVerdict:
        return FitVerdict(verdict, reason, eval_losses=tuple(evals), train_losses=tuple(train))

    if len(evals) < 2:
        return judged("unknown", f"eval loss measured {len(evals)} time(s); the verdict needs two (train 2+ epochs)")
    first = next((record.loss for record in records if math.isfinite(record.loss)), math.nan)
    if train[-1] > (1 - LEARNED) * first:
        return judged(
            "underfits",
            f"the train loss fell only {100 * (first - train[-1]) / first:.1f} % ({first:.4f} -> {train[-1]:.4f}): "
            "the model barely learned; raise the learning rate or train longer",
        )
    values = [value for _, _, value in evals]
    best = min(range(len(values)), key=values.__getitem__)
    last, before = values[-1], values[-2]
    if last > values[best] * (1 + tolerance):
        if train[-1] < train[best]:
            return judged(
                "overfits",
                f"eval loss rose from its minimum {values[best]:.4f} (step {evals[best][0]}) to {last:.4f} while "
                f"the train loss fell from {train[best]:.4f} to {train[-1]:.4f}: stop earlier "
                "(--early-stopping-patience) or train on more rows",
            )
        return judged(
            "unknown",
            f"eval loss rose to {last:.4f} and the train loss rose too ({train[best]:.4f} -> {train[-1]:.4f}): "
            "unstable training, not over-fitting; lower the learning rate",
        )
    if before - last > tolerance * before:
        return judged(
            "underfits",
            f"eval loss still fell {100 * (before - last) / before:.1f} % ({before:.4f} -> {last:.4f}) at the "
            "last evaluation: train longer or with a higher learning rate",
        )
    return judged(
        "fits",
        f"eval loss flat within {100 * tolerance:.0f} % at the end ({before:.4f} -> {last:.4f}, minimum "
        f"{values[best]:.4f}); train/eval gap {last - train[-1]:+.4f}",
    )
