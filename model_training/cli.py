"""``flutr-train``: dataset tools (``data``), fine-tuning (``sft``) and export (``export``)."""

from __future__ import annotations

import click

from model_training.data_cli import data
from model_training.train_cli import register_training_commands


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """flutr eğitim araçları / flutr training tools."""


main.add_command(data)
register_training_commands(main)

if __name__ == "__main__":
    main()
