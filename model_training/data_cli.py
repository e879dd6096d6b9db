"""``flutr-train data``: validate and describe the dataset."""

from __future__ import annotations

import click


@click.group()
def data() -> None:
    """Veri kümesi araçları / dataset tools."""
