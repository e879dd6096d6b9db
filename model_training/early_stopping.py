"""Early stopping on the validation loss, keeping the best adapter.

The Trainer's own ``EarlyStoppingCallback`` needs ``load_best_model_at_end``, which ties checkpoints to the
evaluation schedule (every epoch) and would drop ``--save-steps`` checkpoints that ``--resume`` relies on. This
callback only reads the epoch-end evaluations: when the eval loss has not improved for ``patience`` evaluations in a
row it stops training, and the LoRA weights of the best evaluation (written to ``best_dir`` whenever the loss
improves) become the saved adapter.
"""

from __future__ import annotations

import logging
import math
from pathlib import Path
from typing import Any

from transformers import TrainerCallback

logger = logging.getLogger(__name__)


class EarlyStopping(TrainerCallback):
    def __init__(self, patience: int, best_dir: Path, min_delta: float = 0.0) -> None:
        self.patience = patience
        self.best_dir = best_dir
        self.min_delta = min_delta
        self.best_loss = math.inf
        self.best_step: int | None = None
        self.evaluations_without_gain = 0
        self.stopped_at_step: int | None = None

    def _judge(self, loss: float, step: int) -> bool:
        """Record one evaluation; True when it is a new best."""
        if loss < self.best_loss - self.min_delta:
            self.best_loss, self.best_step, self.evaluations_without_gain = loss, step, 0
            return True
        self.evaluations_without_gain += 1
        return False

    def on_train_begin(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
        # After --resume the evaluations so far come back with the checkpoint's trainer state.
        for entry in state.log_history:
            if "eval_loss" in entry:
                self._judge(float(entry["eval_loss"]), int(entry.get("step", 0)))

    def on_evaluate(
        self, args: Any, state: Any, control: Any, metrics: dict[str, float] | None = None, **kwargs: Any
    ) -> None:
        loss = float((metrics or {}).get("eval_loss", math.nan))
        if not math.isfinite(loss):
            return
        if self._judge(loss, int(state.global_step)):
            model = kwargs.get("model")
            if state.is_world_process_zero and model is not None:
                model.save_pretrained(self.best_dir)
            return
        if self.patience and self.evaluations_without_gain >= self.patience and not control.should_training_stop:
            self.stopped_at_step = int(state.global_step)
            control.should_training_stop = True
            logger.info(
                "early stop at step %d: eval loss %.4f, no better than %.4f (step %s) for %d evaluation(s)",
                state.global_step,
                loss,
                self.best_loss,
                self.best_step,
                self.evaluations_without_gain,
            )
