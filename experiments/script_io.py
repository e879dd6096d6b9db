"""The shared ends of the experiment scripts (``python experiments/<name>/<script>.py``): read the arguments
(keeping them for the result's ``command``) and write the result JSON, printing its summary. Not a package: each
script puts ``experiments/`` on ``sys.path`` before ``from script_io import ...``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def parse_args(parser: argparse.ArgumentParser, argv: list[str] | None) -> argparse.Namespace:
    """``parser.parse_args`` that also keeps the raw arguments as ``args.argv``."""
    raw = sys.argv[1:] if argv is None else argv
    args = parser.parse_args(raw)
    args.argv = raw
    return args


def write_result(path: Path, result: dict[str, Any]) -> None:
    """Write ``result`` as JSON to ``path`` and print it without its per-question ``rows``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in result.items() if k != "rows"}, indent=2))
