"""``flutr-train sft`` and ``flutr-train export`` (being written)."""

from __future__ import annotations

import click


def register_training_commands(group: click.Group) -> None:
    """Add the training commands to the ``flutr-train`` group."""
