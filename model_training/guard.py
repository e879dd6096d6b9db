"""Non-finite gradients and losses: skip the step, and stop a run that keeps diverging before it saves NaNs.

The Trainer applies whatever gradients it gets: one NaN gradient (a bf16 overflow, a bad kernel) turns every LoRA
weight into NaN, and the run then trains on for hours at ``loss=0`` and saves a useless adapter. This happened in
our first 4-bit QLoRA run on an H200 (step 5 of 585). ``NonFiniteGuard`` looks at the gradients after clipping
and before the optimizer: a non-finite one drops that step's gradients (the optimizer skips the update), and
``max_consecutive`` such steps in a row stop the run with ``TrainingDivergedError``; checkpoints written before
stay good. ``check_finite_weights`` is the last check before an adapter is saved.
"""

from __future__ import annotations

import logging
import math
from typing import Any

from transformers import TrainerCallback

logger = logging.getLogger(__name__)

ADVICE = (
    "lower --learning-rate, raise --warmup-steps, or train with --precision fp32 (or --quantization none) to see "
    "whether bf16/4-bit numerics cause it"
)


class TrainingDivergedError(RuntimeError):
    """Gradients or weights stopped being finite numbers; the message names the step and what to try."""


class NonFiniteGuard(TrainerCallback):
    """Skip optimizer steps whose gradients hold NaN/inf; abort after ``max_consecutive`` in a row."""

    def __init__(self, max_consecutive: int = 3) -> None:
        self.max_consecutive = max_consecutive
        self.consecutive = 0
        self.skipped_steps: list[int] = []

    def on_pre_optimizer_step(self, args: Any, state: Any, control: Any, model: Any = None, **kwargs: Any) -> None:
        import torch

        if model is None:
            return
        named = [(n, p) for n, p in model.named_parameters() if p.requires_grad and p.grad is not None]
        finite = (
            torch.stack([torch.isfinite(p.grad).all() for _, p in named]) if named else torch.ones(0, dtype=torch.bool)
        )
        if bool(finite.all()):  # one device sync per step, not one per tensor
            self.consecutive = 0
            return
        bad = [n for (n, _), ok in zip(named, finite.tolist(), strict=True) if not ok]
        step = state.global_step + 1  # the step being taken now
        self.skipped_steps.append(step)
        self.consecutive += 1
        for _, p in named:
            p.grad = None  # the optimizer leaves parameters without a gradient untouched
        logger.warning(
            "step %d: non-finite gradient in %d of %d tensors (first: %s); update skipped (%d in a row)",
            step,
            len(bad),
            len(named),
            ", ".join(bad[:3]),
            self.consecutive,
        )
        if self.consecutive >= self.max_consecutive:
            raise TrainingDivergedError(
                f"training diverged: {self.consecutive} steps in a row (up to step {step}) had NaN/inf gradients; "
                f"no adapter was saved, earlier checkpoints in {args.output_dir} are intact. Try: {ADVICE}"
            )

    def on_log(self, args: Any, state: Any, control: Any, logs: dict[str, Any] | None = None, **kwargs: Any) -> None:
        loss = (logs or {}).get("loss")
        if isinstance(loss, float) and not math.isfinite(loss):
            if self.skipped_steps and self.skipped_steps[-1] == state.global_step:
                logger.warning("step %d: the loss is %s; its update was skipped", state.global_step, loss)
                return
            raise TrainingDivergedError(
                f"training diverged: the loss at step {state.global_step} is {loss}; no adapter was saved. "
                f"Try: {ADVICE}"
            )


def check_finite_weights(model: Any) -> None:
    """Raise ``TrainingDivergedError`` naming the first trainable tensor with NaN/inf values."""
    import torch

    for name, p in model.named_parameters():
        if p.requires_grad and not bool(torch.isfinite(p).all()):
            raise TrainingDivergedError(f"{name} holds NaN/inf values: the adapter was not saved. Try: {ADVICE}")
