"""Logging for flutr's commands (``flutr-lsp``, ``flutr-bench``, ``flutr-train``): one format, to stderr or a file."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

# Libraries that log every request or file they touch: WARNING and up only.
NOISY_LOGGERS = ("httpx", "urllib3", "matplotlib", "PIL", "pygls")


def setup_logging(level: str = "INFO", log_file: Path | None = None) -> None:
    """Logs go to stderr or ``log_file`` — never to stdout, which carries the protocol (or a command's result)."""
    handler: logging.Handler = logging.FileHandler(log_file) if log_file else logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name in NOISY_LOGGERS:
        logging.getLogger(name).setLevel(max(logging.WARNING, root.level))
