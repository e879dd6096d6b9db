"""The benchmark runners end to end on SmolLM2-135M (``--limit``, few tokens, 1 thread: quick even on a busy CPU),
their failure handling with a scripted backend, and the generation cache (resume, invalidation, torn lines)."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from benchmarks.cli import main
from benchmarks.generation_cache import GenerationCache, GenerationRecord, cache_key
from benchmarks.quality import run as quality_module
from benchmarks.speed.report import percentile
from benchmarks.variants import parse_variants
from flutr.backends.base import CancelToken, Generation, TokenCallback

# 1 thread: on a CPU shared with other jobs, llama.cpp with 2 threads on 2 cores runs several times slower.
FAST = ["--model", "smollm2-135m", "--threads", "1", "--max-tokens", "16", "--no-progress"]


def run_cli(args: list[str]) -> Any:
    result = CliRunner().invoke(main, ["--log-level", "WARNING", *args], catch_exceptions=False)
    return result


def read_json(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


# -- quality ------------------------------------------------------------------------------------------------------
@pytest.mark.slow
def test_quality_end_to_end_then_resume_generates_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "smol"
    args = ["quality", *FAST, "--split", "qual", "--variants", "base,rag", "--limit", "2", "--retrieval-k", "1"]
    args += ["--no-bertscore"]
    first = run_cli([*args, "--out", str(out)])
    assert first.exit_code == 0, first.output
    assert "| base |" in first.output and "| rag |" in first.output and "generated 4 new answers" in first.output

    data = read_json(out / "results.json")
    assert set(data["splits"]) == {"qual"}
    for split in ("qual",):
        for variant in ("base", "rag"):
            cell = data["splits"][split][variant]
            assert cell["table"]["n"] == 2 and len(cell["rows"]) == 2
            for key in ("bleu", "rouge_l", "meteor", "codebleu", "codebleu_strict", "correct", "parse", "exact"):
                assert 0.0 <= cell["table"][key] <= 1.0
            assert cell["table"]["bertscore"] is None  # --no-bertscore
            assert set(cell["metrics"]["codebleu"]) >= {"ngram_match", "dataflow_match", "dataflow_substituted"}
            assert cell["timing"]["questions_timed"] == 2 and cell["timing"]["tokens_per_second"] > 0
            for row in cell["rows"]:
                assert row["correct"] or row["reason"]  # an incorrect answer always says why
    rag_rows = data["splits"]["qual"]["rag"]["rows"]
    assert all(len(row["retrieved"]) == 1 for row in rag_rows)
    env = data["environment"]
    assert env["cpu"] and env["logical_cores"] >= 1 and env["versions"]["llama-cpp-python"]
    assert env["seeds"] == {"llama.cpp": 1234}
    assert "quality" in data["command"] and "--limit 2" in data["command"]
    readme = (out / "README.md").read_text(encoding="utf-8")
    assert data["command"] in readme and "CodeBLEU strict" in readme
    for name in ("fig6a-qual", "fig6b-qual", "fig8-qual"):
        assert (out / f"{name}.png").stat().st_size > 1000
    cache_lines = (out / "generations.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(cache_lines) == 4

    class NoModel:
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            raise AssertionError("a fully cached run must not load the model")

    monkeypatch.setattr(quality_module, "build_backend", NoModel)
    second = run_cli([*args, "--out", str(out)])
    assert second.exit_code == 0, second.output
    assert "generated 0 new answers" in second.output
    assert read_json(out / "results.json")["generated_this_invocation"] == 0
    assert len((out / "generations.jsonl").read_text(encoding="utf-8").splitlines()) == 4
    summary = run_cli(["summary", "--results", str(tmp_path)])
    assert summary.exit_code == 0, summary.output
    headline = (tmp_path / "README.md").read_text(encoding="utf-8")
    assert "| rag |" in headline and data["command"] in headline and (tmp_path / "headline.png").exists()
    again = read_json(out / "results.json")["splits"]["qual"]
    assert {v: again[v]["table"] for v in again} == {v: data["splits"]["qual"][v]["table"] for v in again}


def test_mcnemar_matches_scipys_exact_binomial_test() -> None:
    from scipy.stats import binomtest

    from benchmarks.metrics.significance import mcnemar_p

    for only_a, only_b in [(12, 7), (0, 5), (3, 3), (1, 0), (20, 4), (9, 14)]:
        expected = binomtest(only_a, only_a + only_b, 0.5).pvalue
        assert mcnemar_p(only_a, only_b) == pytest.approx(expected, rel=1e-9)
    assert mcnemar_p(0, 0) == 1.0


def load_experiment(path: str) -> Any:
    """An experiment script (``experiments/`` is not a package) loaded as a module."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(Path(path).stem, Path(__file__).parents[1] / "experiments" / path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_retrieval_budget_runs_then_summarises_with_speed(tmp_path: Path) -> None:
    """A budgeted quality run shows fewer retrieved tokens; the summary compares it with the unlimited run and
    times both settings in one process."""
    experiment = load_experiment("retrieval-budget/retrieval_budget.py")
    budget_main, parse_setting = experiment.main, experiment.parse_setting

    common = ["quality", *FAST, "--split", "qual", "--variants", "rag", "--limit", "3", "--no-bertscore"]
    common += ["--retrieval-k", "2"]
    for tokens in ("0", "150"):
        result = run_cli([*common, "--retrieval-tokens", tokens, "--no-charts", "--out", str(tmp_path / tokens)])
        assert result.exit_code == 0, result.output
    rows = {t: read_json(tmp_path / t / "results.json")["splits"]["qual"]["rag"]["rows"] for t in ("0", "150")}
    assert all(len(row["retrieved"]) == 2 for row in rows["0"])
    assert [row["retrieved"] for row in rows["150"]] != [row["retrieved"] for row in rows["0"]]
    assert sum(row["prompt_tokens"] for row in rows["150"]) < sum(row["prompt_tokens"] for row in rows["0"])
    assert "within 150 tokens" in (tmp_path / "150" / "README.md").read_text(encoding="utf-8")

    out = tmp_path / "summary"
    budget_main(
        ["--model", "smollm2-135m", "--setting", f"2:0={tmp_path / '0'}", "--setting", f"2:150={tmp_path / '150'}"]
        + ["--limit", "1", "--tokens", "8", "--threads", "1", "--out", str(out)]
    )
    data = read_json(out / "summary.json")
    settings = data["summary"]["settings"]
    assert settings["k2-t150"]["speed"]["prompt_tokens"] < settings["k2-t0"]["speed"]["prompt_tokens"]
    correct = [
        {row["id"]: row["correct"] for row in rows[t]} for t in ("0", "150")
    ]  # the comparison is recomputed from the runs' own rows
    only_first = sum(correct[0][i] and not correct[1][i] for i in correct[0])
    assert settings["k2-t150"]["qual"]["vs_reference"]["only_reference"] == only_first
    readme = (out / "README.md").read_text(encoding="utf-8")
    assert "k=2, ≤150 tokens" in readme and data["command"] in readme
    assert not (out / "tradeoff-test.png").exists(), "the trade-off chart is of the test split, not run here"
    with pytest.raises(Exception, match="K:TOKENS=FOLDER"):
        parse_setting("2=x")
    with pytest.raises(Exception, match="run flutr-bench quality"):
        parse_setting(f"2:0={tmp_path / 'missing'}")
    with pytest.raises(SystemExit, match="used 2:150, not 2:300"):
        budget_main(["--setting", f"2:300={tmp_path / '150'}", "--limit", "0", "--out", str(out)])


class ScriptedBackend:
    """A backend whose outputs are scripted per call: text, or an exception to raise."""

    name = "scripted"
    script: list[str | Exception] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.calls = 0

    @property
    def chat_template(self) -> str | None:
        return None

    @property
    def active_generations(self) -> int:
        return 0

    def generate(
        self,
        prompt: str,
        *,
        max_tokens: int,
        stop: Sequence[str] = (),
        temperature: float = 0.0,
        on_token: TokenCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> Generation:
        step = self.script[self.calls % len(self.script)]
        self.calls += 1
        if isinstance(step, Exception):
            raise step
        return Generation(step, 100, len(step.split()), 0.01, 0.02, "stop")

    def warm_up(self, prompt: str) -> None:
        pass

    def close(self) -> None:
        pass


def test_quality_runner_records_failure_reasons_and_never_crashes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # qual rows 1-4, one base answer each (a repair attempt consumes the next script step)
    ScriptedBackend.script = [
        "",  # attempt 1 empty → repair → attempt 2 empty: "model produced no code"
        "",
        "Bunu yapmak için bir StatefulWidget oluşturun ve setState çağırın.",  # prose only → no_code
        RuntimeError("llama.cpp exploded"),  # runner error
        "class Broken {",  # does not parse, twice → kept with the warning comment
        "class Broken {",
    ]
    monkeypatch.setattr(quality_module, "build_backend", ScriptedBackend)
    out = tmp_path / "scripted"
    result = run_cli(
        [
            "quality",
            "--model",
            "smollm2-135m",
            "--split",
            "qual",
            "--variants",
            "base",
            "--limit",
            "4",
            "--no-bertscore",
            "--no-charts",
            "--no-progress",
            "--out",
            str(out),
        ]
    )
    assert result.exit_code == 0, result.output
    rows = read_json(out / "results.json")["splits"]["qual"]["base"]["rows"]
    assert [row["correct"] for row in rows] == [False] * 4
    assert rows[0]["failure"].startswith("empty_generation")
    assert rows[1]["failure"].startswith("no_code")
    assert rows[2]["runner_error"] == "RuntimeError: llama.cpp exploded"
    assert rows[2]["failure"].startswith("empty_generation")
    assert rows[3]["failure"] is None and not rows[3]["parses"] and "does not parse" in rows[3]["reason"]
    cached = [json.loads(line) for line in (out / "generations.jsonl").read_text(encoding="utf-8").splitlines()]
    assert cached[3]["code"] == cached[3]["scored_code"] == "class Broken {"
    table = read_json(out / "results.json")["splits"]["qual"]["base"]["metrics"]
    assert table["failures"] == {"empty_generation": 2, "no_code": 1}


def test_quality_cli_rejects_bad_variants(tmp_path: Path) -> None:
    bad = run_cli(["quality", "--variants", "base,fancy", "--out", str(tmp_path)])
    assert bad.exit_code == 2 and "fancy" in bad.output
    no_lora = run_cli(["quality", "--variants", "lora", "--out", str(tmp_path)])
    assert no_lora.exit_code == 2 and "--lora" in no_lora.output


# -- generation cache ---------------------------------------------------------------------------------------------
def record(key: str, code: str = "void main() {}") -> GenerationRecord:
    return GenerationRecord(key, "m", "", "base", "test", "row-1", {}, code=code, scored_code=code)


def test_cache_resumes_skips_torn_lines_and_never_glues_records(tmp_path: Path) -> None:
    path = tmp_path / "generations.jsonl"
    cache = GenerationCache(path)
    cache.put(record("a"))
    with path.open("a", encoding="utf-8") as handle:
        handle.write('{"key": "b", "model": ')  # a run killed mid-write
    reloaded = GenerationCache(path)
    assert len(reloaded) == 1 and reloaded.skipped_lines == 1 and reloaded.get("a") is not None
    reloaded.put(record("c"))
    final = GenerationCache(path)
    assert final.get("c") is not None and final.get("a") is not None and final.skipped_lines == 1


def test_cache_key_depends_on_every_part_and_not_on_dict_order() -> None:
    base = cache_key("model", "", "base", "row-1", {"max_tokens": 384, "temperature": 0.0})
    assert base == cache_key("model", "", "base", "row-1", {"temperature": 0.0, "max_tokens": 384})
    others = [
        cache_key("model2", "", "base", "row-1", {"max_tokens": 384, "temperature": 0.0}),
        cache_key("model", "lora", "base", "row-1", {"max_tokens": 384, "temperature": 0.0}),
        cache_key("model", "", "rag", "row-1", {"max_tokens": 384, "temperature": 0.0}),
        cache_key("model", "", "base", "row-2", {"max_tokens": 384, "temperature": 0.0}),
        cache_key("model", "", "base", "row-1", {"max_tokens": 128, "temperature": 0.0}),
    ]
    assert len({base, *others}) == 6


def test_cache_hits_records_made_under_an_equivalent_older_prompt_digest(tmp_path: Path) -> None:
    """The digest once covered fewer templates, then the API check's retry was added: answers recorded before it
    still answer today's prompts with the check off, and with it on where the check would not have retried them."""
    from benchmarks.generation_cache import EQUIVALENT_DIGESTS
    from flutr.prompting import prompt_digest

    current = prompt_digest()
    assert current in EQUIVALENT_DIGESTS, "a prompt change: drop EQUIVALENT_DIGESTS, the old answers are stale"
    old_settings = {"prompt": EQUIVALENT_DIGESTS[current][0], "max_tokens": 384}
    path = tmp_path / "generations.jsonl"
    clean = "Widget w = const Text('a');"
    invented = "Widget w = Text('a', colour: Colors.red);"  # Text takes no `colour:`: the check would retry it
    for row, code in (("row-1", clean), ("row-2", invented)):
        fields = {"model": "m", "lora": "", "variant": "rag", "split": "test", "row_id": row}
        key = cache_key("m", "", "rag", row, old_settings)
        record = GenerationRecord(key=key, **fields, settings=old_settings, code=code, scored_code=code)
        record.attempts, record.parses = 1, True
        GenerationCache(path).put(record)
    cache = GenerationCache(path)

    def today(row: str, check: bool) -> str:
        return cache_key("m", "", "rag", row, {**old_settings, "prompt": current, "check_api": check})

    assert cache.get(today("row-1", False)) is not None and cache.get(today("row-1", True)) is not None
    assert cache.get(today("row-2", False)) is not None
    assert cache.get(today("row-2", True)) is None, "the check would have retried it: a new answer is due"


def test_parse_variants() -> None:
    assert [v.name for v in parse_variants("rag+lora, base,rag,base")] == ["rag+lora", "base", "rag"]
    rag_lora = parse_variants("rag+lora")[0]
    assert rag_lora.retrieval and rag_lora.lora and rag_lora.retrieval_k(2) == 2
    assert parse_variants("base")[0].retrieval_k(2) == 0
    with pytest.raises(ValueError, match="unknown variant"):
        parse_variants("base,typo")


def test_percentile_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 50) == 50.0 and percentile(values, 99) == 99.0
    assert percentile([3.0, 1.0], 99) == 3.0 and percentile([], 50) is None


# -- speed --------------------------------------------------------------------------------------------------------
@pytest.mark.e2e
@pytest.mark.slow
def test_speed_end_to_end_through_a_real_lsp_session(tmp_path: Path) -> None:
    out = tmp_path / "speed"
    result = run_cli(["speed", *FAST, "--limit", "2", "--configs", "fixed", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "LSP / raw" in result.output
    data = read_json(out / "results.json")
    summary = data["summaries"]["fixed"]
    assert summary["questions"] == 2
    assert summary["raw_backend_s"]["median"] > 0 and summary["lsp_wall_s"]["median"] > 0
    assert summary["time_to_first_token_s"]["median"] > 0
    # the prompt prefetched as the server does while the menu is open: its first token comes sooner than cold
    assert summary["prefetch_s"]["n"] == 2 and summary["prefetch_s"]["median"] > 0
    prefetched = summary["time_to_first_token_prefetched_s"]["median"]
    assert 0 < prefetched < summary["time_to_first_token_s"]["median"]
    assert summary["lsp_same_answer"] == "2/2" and summary["overhead_lsp_over_raw"]["n"] == 1
    assert summary["overhead_lsp_over_raw_probed"]["n"] == 1, "one question probed, the other timed undisturbed"
    assert summary["list_while_generating_ms"]["n"] >= 1 and summary["list_while_generating_ms"]["p99"] is not None
    assert summary["server_rss_mib"] > 50
    assert summary["warmup"]["server_start_to_ready_s"] > 0 and summary["warmup"]["first_question_lsp_s"] > 0
    assert summary["cache_hit_lsp_s"] is not None and summary["cache_hit_in_process_s"] is not None
    assert data["environment"]["cpu"] and "speed" in data["command"]
    assert (out / "README.md").read_text(encoding="utf-8").count(data["command"]) == 1
    assert (out / "fig7-seconds.png").exists()


def test_compare_setups_parse_and_bad_ones_are_named(tmp_path: Path) -> None:
    from benchmarks.speed.compare import parse_setup

    model = tmp_path / "m.gguf"
    model.write_bytes(b"GGUF")
    setup = parse_setup(f"mine={model},lora={tmp_path / 'a.gguf'},k=2,tokens=300")
    assert (setup.name, setup.model, setup.lora, setup.retrieval_k, setup.retrieval_tokens) == (
        "mine",
        model,
        tmp_path / "a.gguf",
        2,
        300,
    )
    for bad in ("no-model", f"x={model},depth=3", f"x={model},k=two"):
        with pytest.raises(ValueError):
            parse_setup(bad)
    result = run_cli(["compare", "--setup", f"only={model}"])
    assert result.exit_code != 0 and "two or more setups" in result.output
