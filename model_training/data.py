"""Training rows -> token ids with a loss mask, using the exact prompt the server sends.

Two kinds of rows: Q&A rows (``data/train.jsonl``) and in-context rows (``data/in_context/train.jsonl``: a Dart
file with one Turkish request comment and the code that belongs under it). A Q&A row becomes
``format_training_example(question, answer, chat_template, eos_token=...)``: the prompt is byte-identical to
what ``flutr-lsp`` renders (system prompt, fixed example, the ``retrieval_k`` most similar other train rows
exactly as the server retrieves them, question, then the opening ``\u0060\u0060\u0060dart`` fence),
the completion is the answer, the closing fence and the end-of-turn token. An in-context row becomes
``flutr.in_place.in_context_training_text``: the prompt the server sends for that comment under the ``placement``
setting (fill-in-the-middle inside code: the completion is the middle and ``<|endoftext|>``; the chat prompt at
top level, with the examples the server retrieves for the comment's text: the fenced answer and end of turn).
Prompt and completion are tokenized separately, like llama.cpp sees them at serving time (it tokenizes the
prompt; the model then emits completion tokens), and only completion tokens carry a label. A row that does not
fit ``max_length`` is skipped, not truncated: a cut answer would teach the model never to close the fence.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flutr.backends.base import approx_tokens
from flutr.comments import CommentBlock, find_request_comments
from flutr.dataset import QARow, asked_forms, split_path
from flutr.in_context import InContextRow, in_context_path
from flutr.in_place import Mechanism, in_context_training_text, mechanism_for
from flutr.infill import FIM_MIDDLE, FIM_PREFIX, FIM_SUFFIX
from flutr.position import position_of
from flutr.prompting import Example, TrainingText, format_training_example, prompt_examples
from flutr.retrieval import Retriever, TokenCounter
from model_training.sft_config import DEFAULT_IN_CONTEXT_FILE, in_context_off, train_off

logger = logging.getLogger(__name__)

IGNORE_INDEX = -100


class DatasetError(Exception):
    """A training file that cannot be used; the message names the file (and line) and the problem."""


HUB_PREFIX = "hub:"


def resolve_train_file(train_file: str) -> Path:
    return Path(train_file).expanduser() if train_file.strip() else split_path("train")


def parse_field_map(pairs: Sequence[str]) -> dict[str, str]:
    """``("question=instruction", "answer=output")`` -> ``{"question": "instruction", "answer": "output"}``."""
    mapping = {"id": "id", "question": "question", "answer": "answer"}
    for pair in pairs:
        ours, _, theirs = pair.partition("=")
        mapping[ours.strip()] = theirs.strip()
    return mapping


def row_from_record(data: dict[str, Any], where: str, mapping: dict[str, str], default_id: str) -> QARow:
    """One record (a JSONL line or a Hub dataset row) -> a checked row; ``mapping`` says which keys to read."""
    data = dict(data)
    values = {ours: data.get(theirs) for ours, theirs in mapping.items()}
    if values["id"] in (None, "") and mapping["id"] not in data:
        values["id"] = default_id
    missing = [ours for ours in ("id", "question", "answer") if not str(values[ours] or "").strip()]
    if missing:
        named = ", ".join(m if mapping[m] == m else f"{m} (key {mapping[m]!r})" for m in missing)
        raise DatasetError(f"{where}: missing or empty {named}")
    data.update({ours: str(value) for ours, value in values.items()})
    data.setdefault("topic", "")
    data.setdefault("difficulty", "")
    data.setdefault("kind", "code")
    try:
        return QARow.from_dict(data)
    except (TypeError, ValueError) as exc:
        raise DatasetError(f"{where}: not a usable row ({exc})") from None


def load_rows(train_file: str, max_rows: int = 0, field_map: Sequence[str] = ()) -> list[QARow]:
    """The training rows of ``--train-file``: a JSONL file, or ``hub:OWNER/NAME[:SPLIT]`` on the Hugging Face Hub;
    none for ``none`` (the in-context rows only)."""
    if train_off(train_file):
        return []
    if train_file.startswith(HUB_PREFIX):
        return load_hub_rows(train_file[len(HUB_PREFIX) :], max_rows, field_map)
    return load_training_rows(resolve_train_file(train_file), max_rows, field_map)


def load_hub_rows(spec: str, max_rows: int = 0, field_map: Sequence[str] = ()) -> list[QARow]:
    """A Hub dataset's split as rows (``datasets.load_dataset``); offline, the local cache or a clear error."""
    from model_training.hub import hub_offline_reason, offline_message

    name, _, split = spec.partition(":")
    split = split or "train"
    if not name.strip():
        raise DatasetError("--train-file hub:OWNER/NAME needs a dataset id after hub:")
    try:
        import datasets

        loaded = datasets.load_dataset(name, split=split)
    except Exception as exc:  # offline, unknown dataset, unknown split: datasets raises many types
        reason = hub_offline_reason(exc)
        if reason is not None:
            raise DatasetError(offline_message(f"dataset {name}", reason, "--train-file PATH.jsonl")) from None
        raise DatasetError(f"hub:{spec}: cannot load the dataset ({type(exc).__name__}: {exc})") from None
    mapping = parse_field_map(field_map)
    rows = []
    for index, record in enumerate(loaded):
        rows.append(row_from_record(dict(record), f"hub:{name}:{split} row {index}", mapping, f"{name}-{index}"))
        if max_rows and len(rows) >= max_rows:
            break
    if not rows:
        raise DatasetError(f"hub:{spec}: no rows in split {split!r}")
    return rows


def load_training_rows(path: Path, max_rows: int = 0, field_map: Sequence[str] = ()) -> list[QARow]:
    """Read and check a JSONL file of rows; errors name the file and line. ``field_map`` as ``--field-map``."""
    mapping = parse_field_map(field_map)
    if not path.exists():
        raise DatasetError(
            f"{path}: training data not found; pass --train-file PATH.jsonl (rows with question and answer)"
        )
    if path.is_dir():
        raise DatasetError(f"{path}: is a directory; pass a .jsonl file with --train-file")
    rows: list[QARow] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise DatasetError(f"{path}: not UTF-8 text ({exc})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DatasetError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
        if not isinstance(data, dict):
            raise DatasetError(f"{path}:{number}: each line must be a JSON object")
        rows.append(row_from_record(data, f"{path}:{number}", mapping, f"{path.stem}-{number}"))
        if max_rows and len(rows) >= max_rows:
            break
    if not rows:
        raise DatasetError(f"{path}: no training rows in the file")
    return rows


@dataclass(frozen=True)
class InContextExample:
    """An in-context row with its request comment found once. ``id``/``question``/``answer`` read like a Q&A
    row's, so the task clustering of the validation split and the retriever treat both kinds alike."""

    row: InContextRow
    block: CommentBlock

    @property
    def id(self) -> str:
        return self.row.id

    @property
    def question(self) -> str:
        return self.block.text

    @property
    def answer(self) -> str:
        return self.row.answer


TrainingRow = QARow | InContextExample


def resolve_in_context_file(value: str) -> Path | None:
    """The in-context JSONL of ``--in-context-file`` (None: off). The default names the checkout's own file, found
    wherever the command runs (as ``--train-file`` empty finds ``data/train.jsonl``)."""
    if in_context_off(value):
        return None
    if value == DEFAULT_IN_CONTEXT_FILE:
        return in_context_path("train")
    return Path(value).expanduser()


def load_in_context_rows(value: str, max_rows: int = 0) -> list[InContextExample]:
    """The in-context rows of ``--in-context-file`` (none when off); errors name the file and line."""
    path = resolve_in_context_file(value)
    if path is None:
        return []
    if not path.is_file():
        raise DatasetError(
            f"{path}: in-context rows not found; pass --in-context-file PATH.jsonl, or --in-context-file none "
            "to train on the Q&A rows only"
        )
    rows: list[InContextExample] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            row = InContextRow.from_dict(json.loads(line))
        except json.JSONDecodeError as exc:
            raise DatasetError(f"{where}: not valid JSON ({exc.msg})") from None
        except (KeyError, TypeError, AttributeError) as exc:
            needs = "id, topic, position, file, answer"
            raise DatasetError(f"{where}: not an in-context row (needs {needs}; {exc})") from None
        blocks = find_request_comments(row.file)
        if len(blocks) != 1:
            raise DatasetError(f"{where}: the file must hold one Turkish request comment, found {len(blocks)}")
        rows.append(InContextExample(row, blocks[0]))
        if max_rows and len(rows) >= max_rows:
            break
    if not rows:
        raise DatasetError(f"{path}: no in-context rows in the file")
    return rows


def supports_infill(tokenizer: Any) -> bool:
    """The tokenizer has Qwen2.5-Coder's fill-in-the-middle tokens (as ``flutr.in_place.supports_infill`` asks of
    the served model: each one token)."""
    tokens = (FIM_PREFIX, FIM_SUFFIX, FIM_MIDDLE)
    return all(len(tokenizer(token, add_special_tokens=False)["input_ids"]) == 1 for token in tokens)


def served_mechanism(example: InContextExample, placement: str, infill: bool) -> Mechanism:
    """How the server asks for this comment: ``placement`` at the comment's position, and on a model without the
    FIM tokens ``fim`` becomes ``instruct`` (``flutr.in_place.usable_mechanism``)."""
    mechanism = mechanism_for(placement, position_of(example.row.file, example.block))
    return "instruct" if mechanism == "fim" and not infill else mechanism


@dataclass(frozen=True)
class TokenizedExample:
    row_id: str
    input_ids: list[int]
    labels: list[int]
    kind: str = "qa"  # qa, or the in-context row's mechanism: fim, standalone, instruct

    @property
    def n_completion_tokens(self) -> int:
        return sum(1 for label in self.labels if label != IGNORE_INDEX)


@dataclass
class PreparedData:
    examples: list[TokenizedExample]
    skipped_too_long: list[str] = field(default_factory=list)

    @property
    def n_tokens(self) -> int:
        return sum(len(example.input_ids) for example in self.examples)

    def token_stats(self) -> dict[str, dict[str, float]]:
        """Per kind of row (``qa``, ``fim``, ``standalone``, ``instruct``) and ``all``: rows, and the mean, median,
        95th percentile and maximum of the sequence length and of the completion (loss) tokens."""
        groups: dict[str, list[TokenizedExample]] = {}
        for example in self.examples:
            groups.setdefault(example.kind, []).append(example)
        groups["all"] = list(self.examples)
        return {kind: _length_summary(examples) for kind, examples in groups.items() if examples}

    def to_dataset(self) -> Any:
        """A ``datasets.Dataset`` with ``input_ids`` and ``labels`` (TRL skips its own tokenization then)."""
        import datasets

        return datasets.Dataset.from_dict(
            {
                "input_ids": [example.input_ids for example in self.examples],
                "labels": [example.labels for example in self.examples],
            }
        )


def _length_summary(examples: Sequence[TokenizedExample]) -> dict[str, float]:
    import statistics

    lengths = sorted(len(example.input_ids) for example in examples)
    completions = sorted(example.n_completion_tokens for example in examples)
    return {
        "rows": len(examples),
        "tokens_mean": round(statistics.fmean(lengths), 1),
        "tokens_median": statistics.median(lengths),
        "tokens_p95": lengths[int(0.95 * (len(lengths) - 1))],
        "tokens_max": lengths[-1],
        "completion_mean": round(statistics.fmean(completions), 1),
        "completion_max": completions[-1],
    }


def retrieved_examples(
    rows: Sequence[QARow],
    k: int,
    budget: int = 0,
    count: TokenCounter = approx_tokens,
    pool: Sequence[QARow] | None = None,
) -> dict[str, tuple[Example, ...]]:
    """Row id -> the examples the server's retriever (``flutr.retrieval``, BM25 over the train split) would put in
    its prompt for that row's question, in the server's order, leaving out the row itself and any row with the same
    answer (at serving time the question is never in the train split, so its own answer is never shown). ``budget``
    and ``count`` as the server's ``retrievalTokens`` and its model's tokenizer. ``pool``: retrieve from these
    rows instead (validation rows retrieve from the training rows, as an unseen question does when served)."""
    if k <= 0:
        return {row.id: () for row in rows}
    retriever = Retriever(rows if pool is None else pool)
    found: dict[str, tuple[Example, ...]] = {}
    for row in rows:
        found[row.id] = tuple(
            retriever.examples(row.question, k, skip=_itself_or_same_answer(row), budget=budget, count=count)
        )
    return found


def _itself_or_same_answer(row: TrainingRow) -> Callable[[QARow], bool]:
    own = row.answer.strip()
    return lambda other: other.id == row.id or other.answer.strip() == own


def tokenize_row(
    row: QARow, tokenizer: Any, chat_template: str | None, retrieved: Sequence[Example] = ()
) -> TokenizedExample:
    eos = tokenizer.eos_token or ""
    examples = prompt_examples(retrieved)
    text = format_training_example(row.question, row.answer, chat_template, examples=examples, eos_token=eos)
    return tokenize_text(row.id, text, tokenizer)


def in_context_text(
    example: InContextExample,
    tokenizer: Any,
    chat_template: str | None,
    mechanism: Mechanism,
    *,
    context_lines: int,
    retrieved: Sequence[Example] = (),
) -> TrainingText:
    """The serving prompt and the completion for an in-context row asked for with ``mechanism``."""
    return in_context_training_text(
        example.row.file,
        example.block,
        example.row.answer,
        chat_template,
        placement=mechanism,
        context_lines=context_lines,
        examples=prompt_examples(retrieved),
        eos_token=tokenizer.eos_token or "",
    )


def tokenize_text(row_id: str, text: TrainingText, tokenizer: Any, kind: str = "qa") -> TokenizedExample:
    # The prompt gets the model's own special tokens (a BOS where the model wants one, as llama.cpp adds it);
    # the completion is plain continuation text whose end marker (<|im_end|>, <|endoftext|>) parses as the
    # special token.
    prompt_ids = list(tokenizer(text.prompt, add_special_tokens=True)["input_ids"])
    completion_ids = list(tokenizer(text.completion, add_special_tokens=False)["input_ids"])
    return TokenizedExample(
        row_id=row_id,
        input_ids=prompt_ids + completion_ids,
        labels=[IGNORE_INDEX] * len(prompt_ids) + completion_ids,
        kind=kind,
    )


def prepare_examples(
    rows: Sequence[TrainingRow],
    tokenizer: Any,
    chat_template: str | None,
    max_length: int,
    retrieval_k: int = 0,
    retrieval_tokens: int = 0,
    pool: Sequence[QARow] | None = None,
    *,
    placement: str = "auto",
    context_lines: int = 0,
    phrasings: bool = True,
) -> PreparedData:
    """Tokenize every row with the serving prompt; ``retrieval_k`` and ``retrieval_tokens`` as the server's
    ``retrievalK`` and ``retrievalTokens`` settings (the budget counted with ``tokenizer``), ``placement`` and
    ``context_lines`` as its ``placement`` and ``contextLines``. Examples are retrieved from the Q&A rows among
    ``rows`` (``pool``: from these instead), as the server retrieves from the Q&A train split; an in-context row
    asked for with the chat prompt gets the examples the server retrieves for its comment's text. With ``phrasings``
    a Q&A row is learnt in each of its wordings (``flutr.dataset.asked_forms``); examples are still retrieved from
    the rows themselves, never another wording of the same row (the same answer)."""
    prepared = PreparedData(examples=[])
    if pool is None:
        pool = [row for row in rows if isinstance(row, QARow)]
    if phrasings:
        rows = [form for row in rows for form in (asked_forms(row) if isinstance(row, QARow) else [row])]

    def count(text: str) -> int:
        return len(tokenizer(text, add_special_tokens=False)["input_ids"])

    qa_rows = [row for row in rows if isinstance(row, QARow)]
    neighbours = retrieved_examples(qa_rows, retrieval_k, retrieval_tokens, count, pool)
    in_context = [row for row in rows if isinstance(row, InContextExample)]
    infill = supports_infill(tokenizer) if in_context else True
    retriever = Retriever(pool) if in_context and retrieval_k > 0 and pool else None
    for row in rows:
        if isinstance(row, QARow):
            example = tokenize_row(row, tokenizer, chat_template, neighbours[row.id])
        else:
            mechanism = served_mechanism(row, placement, infill)
            shown: Sequence[Example] = ()
            if mechanism != "fim" and retrieval_k > 0:
                if retriever is None:
                    raise DatasetError(
                        f"{row.id}: asked with the chat prompt, whose examples the server retrieves from the Q&A "
                        "rows, and there are none (--train-file none); pass Q&A rows, --retrieval-k 0, or in-context "
                        "rows inside code only"
                    )
                shown = retriever.examples(
                    row.question, retrieval_k, skip=_itself_or_same_answer(row), budget=retrieval_tokens, count=count
                )
            text = in_context_text(
                row, tokenizer, chat_template, mechanism, context_lines=context_lines, retrieved=shown
            )
            example = tokenize_text(row.id, text, tokenizer, mechanism)
        if len(example.input_ids) > max_length:
            prepared.skipped_too_long.append(row.id)
            continue
        prepared.examples.append(example)
    if prepared.skipped_too_long:
        logger.warning(
            "skipped %d rows longer than max_length=%d tokens: %s",
            len(prepared.skipped_too_long),
            max_length,
            ", ".join(prepared.skipped_too_long[:10]),
        )
    if not prepared.examples:
        raise DatasetError(f"every row is longer than max_length={max_length} tokens; raise --max-length")
    return prepared
