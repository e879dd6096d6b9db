"""Generations on disk: one JSONL line per (model, adapter, variant, row, prompt settings), appended as soon as
it is produced, so an interrupted run resumes where it stopped and a finished one is re-scored without the model.

A line that does not parse (a run killed mid-write) is skipped with a warning; the row is generated again.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

# Digests (``flutr.prompting.prompt_digest``) of older prompt formats whose generations still stand for today's:
# the digest once covered fewer templates (not the context, repair or closing-fence text, which were the same), and
# then the API check's retry template was added (flutr.answering.AnswerSettings.check_api; a quality run records
# whether it retries Q&A answers, ``check_api: "all"``). A record made before the check stands for an answer
# without that retry always, and with it when the check would not have fired on it (it took one attempt and its
# code has no rejecting finding). Keyed by the current digest, so any other change to the prompt format ends the
# equivalence.
EQUIVALENT_DIGESTS: dict[str, tuple[str, ...]] = {"698499dc0270f5ea": ("2e955da659a2e4a8", "10d6ca22c5dfa18f")}


def cache_key(model: str, lora: str, variant: str, row_id: str, settings: dict[str, Any]) -> str:
    """Stable key: the settings dict is serialised with sorted keys, so field order never matters."""
    raw = json.dumps([model, lora, variant, row_id, settings], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]


@dataclass
class GenerationRecord:
    """One question answered by one model/variant through ``flutr.answering.Answerer``."""

    key: str
    model: str
    lora: str
    variant: str
    split: str
    row_id: str
    settings: dict[str, Any]
    code: str  # Answer.code: what the server would insert (with its parse warning comment, if any)
    scored_code: str  # the code the metrics see (older records: Answer.code without a warning comment)
    imports: list[str] = field(default_factory=list)
    raw_generations: list[str] = field(default_factory=list)  # every attempt's text, first one first
    parses: bool = False
    warning: str | None = None
    attempts: int = 0
    prompt_tokens: int = 0  # of the first attempt
    completion_tokens: int = 0  # all attempts
    time_to_first_token: float = 0.0  # first attempt, seconds
    total_time: float = 0.0  # all attempts, seconds
    decode_tokens_per_second: float = 0.0  # first attempt, after the first token
    finish_reasons: list[str] = field(default_factory=list)
    retrieved_ids: list[str] = field(default_factory=list)
    error: str | None = None  # the runner caught an exception while answering (the row scores as a failure)
    generated_by: str = ""  # the command of the run that generated it (timings depend on its --threads and load)
    generated_at: str = ""
    threads: int = 0  # llama.cpp threads (0 = physical cores)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> GenerationRecord:
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in data.items() if k in known})


class GenerationCache:
    """Append-only JSONL keyed by :func:`cache_key`; the last line for a key wins."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._records: dict[str, GenerationRecord] = {}
        self._lock = threading.Lock()
        self.skipped_lines = 0
        if path.exists():
            self._load()

    def _load(self) -> None:
        with self.path.open(encoding="utf-8", errors="surrogateescape") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    record = GenerationRecord.from_json(json.loads(line))
                except (ValueError, TypeError) as exc:
                    self.skipped_lines += 1
                    logger.warning("%s:%d: unreadable cache line skipped (%s)", self.path, number, exc)
                    continue
                for key in _current_keys(record):
                    self._records[key] = record
        logger.info("%s: %d cached generations", self.path, len(self._records))

    def __len__(self) -> int:
        return len(self._records)

    def get(self, key: str) -> GenerationRecord | None:
        return self._records.get(key)

    def put(self, record: GenerationRecord) -> None:
        line = json.dumps(record.to_json(), ensure_ascii=False)
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            needs_newline = self.path.exists() and self.path.stat().st_size > 0 and not _ends_with_newline(self.path)
            with self.path.open("a", encoding="utf-8", errors="surrogateescape") as handle:
                if needs_newline:  # a previous run died mid-line: never glue a record onto it
                    handle.write("\n")
                handle.write(line + "\n")
                handle.flush()
            self._records[record.key] = record


def _current_keys(record: GenerationRecord) -> list[str]:
    """The keys ``record`` has under today's prompt digest: its own, or re-made from an equivalent older digest
    (with the API check off, and on where the check would not have retried it)."""
    from flutr.prompting import prompt_digest

    current = prompt_digest()
    if record.settings.get("prompt") not in EQUIVALENT_DIGESTS.get(current, ()):
        return [record.key]
    settings = {**record.settings, "prompt": current}
    checks = [False] if _check_would_retry(record) else [False, True]
    return [
        cache_key(record.model, record.lora, record.variant, record.row_id, {**settings, "check_api": check})
        for check in checks
    ]


def _check_would_retry(record: GenerationRecord) -> bool:
    from flutr.dart_api import rejecting_findings

    code = record.scored_code or record.code
    return record.attempts == 1 and record.parses and bool(code.strip()) and bool(rejecting_findings(code))


def _ends_with_newline(path: Path) -> bool:
    with path.open("rb") as handle:
        handle.seek(-1, 2)
        return handle.read(1) == b"\n"
