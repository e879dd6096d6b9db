"""``TimeLimit``: end training after a wall-clock budget and keep what was learned.

A lent GPU or a laptop evening is a fixed number of minutes; a run that is killed at the end of it keeps only
its last checkpoint. With ``--max-train-minutes`` the Trainer stops after the optimizer step that crosses the
limit, and ``sft.main`` saves the adapter as usual (its ``flutr_adapter.json`` names the step it stopped at).
"""

from __future__ import annotations

import logging
import time
from typing import Any

from transformers import TrainerCallback

logger = logging.getLogger(__name__)


class TimeLimit(TrainerCallback):
    """Ask the Trainer to stop once ``minutes`` have passed since training began (0: never)."""

    def __init__(self, minutes: float) -> None:
        self.seconds = minutes * 60.0
        self.started: float | None = None
        self.stopped_at_step: int | None = None

    def on_train_begin(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
        self.started = time.monotonic()

    def on_step_end(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
        if self.seconds <= 0 or self.started is None or state.global_step >= state.max_steps:
            return
        if time.monotonic() - self.started >= self.seconds:
            self.stopped_at_step = state.global_step
            control.should_training_stop = True
            logger.warning(
                "time limit of %.1f min reached at step %d of %d; saving the adapter as it is",
                self.seconds / 60.0,
                state.global_step,
                state.max_steps,
            )
