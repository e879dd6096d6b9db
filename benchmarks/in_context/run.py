"""Answer every in-context row with each mechanism (cached in ``generations.jsonl``, resumable), then place each
answer as the server does and judge what would be inserted (recomputed from the cache on every run, so a row whose
requirements change is re-judged without generating again)."""

from __future__ import annotations

import hashlib
import json
import logging
import random
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from benchmarks.in_context.config import InContextConfig
from benchmarks.judge.in_context import judge_in_context
from flutr.answering import Answerer
from flutr.edits import place
from flutr.in_context import InContextRow, load_in_context, read_in_context
from flutr.in_place import MECHANISMS, Mechanism, answer_in_place, seconds
from flutr.infill import CUT_RULES_VERSION
from flutr.pipeline import GenerationSettings, answerer_for, build_answerer
from flutr.position import POSITION_KINDS
from flutr.prompting import prompt_digest

logger = logging.getLogger(__name__)

SAMPLE_SEED = 2026


@dataclass(frozen=True)
class Generated:
    """One answer as generated (the cache line)."""

    key: str
    model: str
    variant: str  # a mechanism, or "copy1"
    id: str
    code: str
    seconds: float
    completion_tokens: int
    attempts: int


@dataclass(frozen=True)
class Record:
    """One judged answer: what the model wrote, what the server would insert, and the verdict on that."""

    model: str
    variant: str
    id: str
    position: str
    code: str  # the answer's code as generated
    fits: bool  # the raw answer leaves the file parsing (else the server inserts it as a comment)
    inserted: str  # what the server inserts: the code, or the code as a comment block
    correct: bool
    reasons: tuple[str, ...]
    seconds: float
    completion_tokens: int


def rows_for(config: InContextConfig) -> list[InContextRow]:
    """The rows to answer (those at ``positions`` when given): all, or ``sample`` per position drawn with a fixed
    seed (every topic has a chance; the first ids would favour the topics early in the alphabet)."""
    rows = read_in_context(Path(config.data_file)) if config.data_file else load_in_context(config.split)
    if config.positions:
        unknown = set(config.positions) - set(POSITION_KINDS)
        if unknown:
            raise ValueError(f"unknown position {', '.join(sorted(unknown))}; one of {', '.join(POSITION_KINDS)}")
        rows = [row for row in rows if row.position in config.positions]
    if config.sample <= 0:
        return rows
    chosen: list[InContextRow] = []
    for kind in sorted({row.position for row in rows}):
        group = sorted((row for row in rows if row.position == kind), key=lambda row: row.id)
        chosen += random.Random(SAMPLE_SEED).sample(group, min(config.sample, len(group)))
    return sorted(chosen, key=lambda row: row.id)


def record_key(model: str, variant: str, row: InContextRow) -> str:
    """What the answer depends on: fill-in-the-middle on the infill format and its cut rules, the copy baseline on
    the corpus alone, the other mechanisms on the chat prompt (its digest covers the templates and the API check)."""
    if variant.startswith("fim"):
        depends: list[object] = ["infill", CUT_RULES_VERSION]
    elif variant == "copy1":
        depends = ["copy"]
    else:
        depends = [prompt_digest(), 0]
    raw = json.dumps([model, variant, row.id, row.file, *depends], ensure_ascii=False)
    return hashlib.sha256(raw.encode()).hexdigest()[:20]


def judged(row: InContextRow, generated: Generated) -> Record:
    block = row.block()
    code = generated.code
    placement = place(row.file, block, code) if code.strip() else None
    inserted = placement.code if placement is not None else ""
    verdict = judge_in_context(row, inserted)
    fits = placement is not None and placement.fits
    return Record(
        generated.model,
        generated.variant,
        row.id,
        row.position,
        code,
        fits,
        inserted,
        verdict.correct,
        verdict.reasons,
        generated.seconds,
        generated.completion_tokens,
    )


def copy_code(row: InContextRow) -> str:
    from flutr.retrieval import default_retriever

    hits = default_retriever().search(row.question, 1)
    return hits[0].row.answer if hits else ""


def read_generated(path: Path) -> dict[str, Generated]:
    if not path.exists():
        return {}
    found = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            generated = Generated(**json.loads(line))
            found[generated.key] = generated
    return found


def model_label(config: InContextConfig) -> str:
    if config.label:
        return config.label
    if config.model_path:
        return Path(config.model_path).stem
    return f"flutr-{config.model}"


def run_in_context(config: InContextConfig) -> list[Record]:
    """Generate what is missing from ``out/generations.jsonl`` (appended as it goes), then judge every answer of
    this configuration, in row order."""
    rows = rows_for(config)
    out = Path(config.out)
    out.mkdir(parents=True, exist_ok=True)
    cache_path = out / "generations.jsonl"
    done = read_generated(cache_path)
    label = model_label(config)
    records: list[Record] = []
    answerers: dict[str, Answerer] = {}  # by variant (its settings, see _settings_of), one backend
    variants = list(config.mechanisms) + (["copy1"] if config.baselines else [])
    with cache_path.open("a", encoding="utf-8") as cache:
        for number, row in enumerate(rows, 1):
            for variant in variants:
                model = "copy" if variant == "copy1" else label
                key = record_key(model, variant, row)
                generated = done.get(key)
                if generated is None:
                    if variant == "copy1":
                        generated = Generated(key, model, variant, row.id, copy_code(row), 0.0, 0, 0)
                    else:
                        answerer = _answerer(config, variant, answerers)
                        started = time.perf_counter()
                        answer = answer_in_place(answerer, row.file, row.block(), _mechanism(variant))
                        spent = seconds(answer) or time.perf_counter() - started
                        generated = Generated(
                            key,
                            model,
                            variant,
                            row.id,
                            answer.code,
                            round(spent, 3),
                            answer.completion_tokens,
                            answer.attempts,
                        )
                    cache.write(json.dumps(asdict(generated), ensure_ascii=False) + "\n")
                    cache.flush()
                    done[key] = generated
                records.append(judged(row, generated))
            logger.info("%d/%d %s", number, len(rows), row.id)
    if answerers:
        next(iter(answerers.values())).backend.close()
    return records


def _answerer(config: InContextConfig, variant: str, answerers: dict[str, Answerer]) -> Answerer:
    """The answerer with ``variant``'s settings; every variant shares the first one's backend (one model load)."""
    if variant not in answerers:
        settings = GenerationSettings.of(config, **_settings_of(variant))
        first = next(iter(answerers.values()), None)
        answerers[variant] = (
            build_answerer(config, settings) if first is None else answerer_for(first.backend, settings)
        )
    return answerers[variant]


def judge_cached(config: InContextConfig) -> list[Record]:
    """Every cached answer in ``out`` (any model, any variant) whose row is still the same, judged: the table of
    several runs (e.g. two models) in one report."""
    rows = {row.id: row for row in rows_for(config)}
    records = []
    for generated in read_generated(Path(config.out) / "generations.jsonl").values():
        row = rows.get(generated.id)
        if row is not None and record_key(generated.model, generated.variant, row) == generated.key:
            records.append(judged(row, generated))
    return sorted(records, key=lambda r: (r.model, r.variant, r.id))


FIM_RAG = "fim+rag"  # fill-in-the-middle with the retrieved examples as other files (flutr.infill.project_files)
# What the server does by default inside code: fill-in-the-middle, and a second candidate with the example when the
# first breaks the file or calls what does not exist (flutr.in_place._fim). ``fim`` and ``fim+rag`` are the bare
# mechanisms, with the check off.
FIM_SELECT = "fim+select"
FIM_RAG_SELECT = "fim+rag+select"  # the same with ``fimExamples`` on: the example first, without it second
FIM_REVIEW = "fim+review"  # ``checkApi: review``: both candidates always, the one the comment fits better
# every fill-in-the-middle variant → its (fim_examples, check_api) settings
FIM_VARIANTS = {
    "fim": (False, "off"),
    FIM_RAG: (True, "off"),
    FIM_SELECT: (False, "inside"),
    FIM_RAG_SELECT: (True, "inside"),
    FIM_REVIEW: (False, "review"),
}
VARIANTS = (*MECHANISMS, *(name for name in FIM_VARIANTS if name not in MECHANISMS))


def _settings_of(variant: str) -> dict[str, object]:
    if variant in FIM_VARIANTS:
        examples, check = FIM_VARIANTS[variant]
        return {"fim_examples": examples, "check_api": check}
    return {}  # standalone, instruct: the configured settings (they carry file context: the API check never applies)


def _mechanism(name: str) -> Mechanism:
    if name in FIM_VARIANTS:
        return "fim"
    if name not in MECHANISMS:
        raise ValueError(f"unknown mechanism {name!r}; one of {', '.join(VARIANTS)}")
    return name  # type: ignore[return-value]
