"""Reliability suite in miniature (``flutr-bench reliability`` runs the full one): fuzzing, a cancel storm, broken
models, document safety, offline/private and a short soak, each against the real server with SmolLM2-135M.

Known bugs outside the server package are strict xfails: they turn into failures once fixed, so the mark goes too.
"""

from __future__ import annotations

import asyncio
import json
import statistics
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.reliability.broken_models import CASES, run_case
from benchmarks.reliability.cancel_storm import cancel_storm
from benchmarks.reliability.checks import EditSummary, percentile, placement_problem, slope, tail_ratio
from benchmarks.reliability.doc_safety import document_safety
from benchmarks.reliability.fuzz import run_fuzz
from benchmarks.reliability.privacy import PrivacyResult, offline_and_private
from benchmarks.reliability.session import start_server
from benchmarks.reliability.soak import soak
from benchmarks.reliability.strategies import FuzzMessage, FuzzTargets, fuzz_messages, huge_line, mutate

TARGETS = FuzzTargets(
    open_uris=("file:///tmp/a.dart", "file:///tmp/b.dart"),
    other_uris=("file:///tmp/missing.dart", ""),
    comments=(("file:///tmp/a.dart", 0, "Kullanıcı listesini gösteren bir widget yaz"),),
    big_uri="file:///tmp/big.dart",
)


# -- pure parts -------------------------------------------------------------------------------------------------
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.floats(-1e6, 1e6), min_size=1, max_size=50), st.sampled_from([0, 10, 50, 90, 99, 100]))
def test_percentile_matches_statistics(values: list[float], q: int):
    if 0 < q < 100 and len(values) > 1:
        expected = statistics.quantiles(values, n=100, method="inclusive")[q - 1]
        assert percentile(values, q) == pytest.approx(expected, rel=1e-9, abs=1e-6)
    assert min(values) <= percentile(values, q) <= max(values)


def test_trend_figures():
    assert slope([1, 2, 3, 4]) == pytest.approx(1.0)
    assert slope([5, 5, 5]) == 0.0
    assert tail_ratio([1.0] * 10 + [2.0] * 10, fraction=0.1) == pytest.approx(2.0)


def test_placement_check_accepts_insert_below_and_rejects_stale_edits():
    text = "import 'x';\n\n// Kullanıcı listesini gösteren bir widget yaz\nclass B {}\n"

    def edit(line: int, character: int = 0, end: int | None = None, text: str = "x();\n") -> EditSummary:
        rng = {"start": {"line": line, "character": character}, "end": {"line": end or line, "character": character}}
        change = {"textDocument": {"uri": "file:///a", "version": 3}, "edits": [{"range": rng, "newText": text}]}
        return EditSummary.of({"documentChanges": [change]})

    assert edit(3).versions == (3,)
    assert placement_problem(text, edit(3), 2) is None  # at the start of the next line
    assert placement_problem(text, edit(2, 46, text="\nx();"), 2) is None  # at the end of the comment line
    assert "up to the comment" in (placement_problem(text, edit(2), 2) or "")  # above it: a stale position
    assert "up to the comment" in (placement_problem(text, edit(2, 10), 2) or "")  # inside the comment
    assert "not right below" in (placement_problem(text, edit(4), 2) or "")
    assert "replaces" in (placement_problem(text, edit(3, end=4), 2) or "")
    assert placement_problem(text, EditSummary.of(None), 2) == "the edit inserts nothing"


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(fuzz_messages(TARGETS))
def test_fuzz_messages_are_bytes_and_requests_are_well_formed(message: FuzzMessage):
    body = message.body(7 if message.request else None)
    assert isinstance(body, bytes)
    if message.expects_answer:
        decoded = json.loads(body)
        assert decoded["jsonrpc"] == "2.0" and decoded["id"] == 7 and isinstance(decoded["method"], str)
    assert len(repr(message)) < 400


def test_mutate_changes_a_type_or_drops_a_key():
    params = {"textDocument": {"uri": "file:///a"}, "position": {"line": 1, "character": 2}}
    for index in range(12):
        assert mutate(params, index, 5) != params
    assert params == {"textDocument": {"uri": "file:///a"}, "position": {"line": 1, "character": 2}}


# -- against the real server ------------------------------------------------------------------------------------
@pytest.mark.e2e
def test_fuzzing_finds_no_crash_hang_or_unanswered_request(tmp_path: Path):
    result = run_fuzz(tmp_path, 1500, seed_value=7)
    assert result.messages_sent >= 1500
    details = result.problems + result.minimal_failing_batches + result.unanswered_examples
    assert (result.crashes, result.hangs, result.unanswered) == (0, 0, 0), details
    assert result.before_initialize > 0 and result.categories["malformed-json"].sent > 0
    assert result.final_code_action["ok"], result.final_code_action


@pytest.mark.e2e
async def test_cancel_storm_leaves_no_generation_running(tmp_path: Path):
    result = await cancel_storm(tmp_path, 20, max_tokens=96, seed_value=7)
    assert result.requests == 20 and result.unanswered == 0
    assert result.cancelled >= 10 and result.cancels_during_generation >= 5, result.to_json()
    assert (result.active_generations_after, result.pending_after) == (0, 0)
    assert result.rss_growth_mib <= result.rss_bound_mib
    assert result.next_request["ok"]


def _case(name: str):
    return next(case for case in CASES if case.name == name)


@pytest.mark.e2e
@pytest.mark.parametrize("name", ["missing-model", "corrupt-metadata", "lora-missing"])
async def test_broken_model_is_named_and_server_keeps_serving(tmp_path: Path, name: str):
    result = await run_case(_case(name), tmp_path)
    assert result.passed, result.to_json()


@pytest.mark.e2e
@pytest.mark.parametrize("name", ["lora-for-other-base-size", "lora-for-other-architecture"])
async def test_lora_for_another_base_is_reported_not_a_crash(tmp_path: Path, name: str):
    """llama-cpp-python 0.3.36 accepts a LoRA whose tensors do not fit the base model (llama.cpp only logs 'has
    incorrect shape') and the warm-up decode segfaults: flutr checks the adapter against the base first."""
    result = await run_case(_case(name), tmp_path)
    assert result.passed, result.to_json()
    assert any("trained for another base model" in m for m in result.messages), result.messages


@pytest.mark.e2e
@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("unknown-architecture", "architecture 'bogus' is not supported by this llama.cpp"),
        ("wrong-architecture", "general.architecture says 'qwen2', but the file holds no qwen2.* hyperparameters"),
    ],
)
async def test_unknown_or_wrong_architecture_is_named(tmp_path: Path, name: str, says: str):
    """These once got the generic message that blames truncation or a LoRA adapter."""
    result = await run_case(_case(name), tmp_path)
    assert result.passed, result.to_json()
    assert any(says in m for m in result.messages), result.messages


@pytest.mark.e2e
async def test_document_changed_during_generation_gets_no_stale_edit(tmp_path: Path):
    result = await document_safety(
        tmp_path, max_tokens=96, cases=("unchanged", "lines-inserted-above", "comment-deleted"), command_path=False
    )
    assert result.unrequested_apply_edits == 0
    verdicts = {case.name: (case.verdict, case.changed_during_generation) for case in result.cases}
    assert verdicts == {
        "unchanged": ("correct-edit", False),
        "lines-inserted-above": ("correct-edit", True),
        "comment-deleted": ("no-edit", True),
    }, result.to_json()


@pytest.mark.e2e
async def test_code_action_on_a_long_comment_line_answers_quickly(tmp_path: Path):
    """A 30k-character comment line once blocked the event loop for seconds (100k: ~70 s): a regex in
    flutr/turkish.py backtracked quadratically over a long run of non-space characters."""
    client = await start_server(None, tmp_path / "long-line.log", {"maxTokens": 16, "threads": 1})
    try:
        uri = (tmp_path / "long.dart").as_uri()
        await client.open(uri, huge_line(30_000) + "\n")
        await client.code_actions(uri, 0, timeout=3)
    finally:
        client.kill()
        await client.shutdown(timeout=5)


@pytest.mark.e2e
async def test_params_holding_a_jsonrpc_key_still_get_an_answer(tmp_path: Path):
    """pygls structured every nested object with a "jsonrpc" key as a message of its own and dropped the request
    (found by the fuzzer: a command argument ``{"…": "…", "jsonrpc": []}``); the client waited forever."""
    client = await start_server(None, tmp_path / "nested-jsonrpc.log", {"maxTokens": 16, "threads": 1})
    try:
        for argument in ({"x": 1, "jsonrpc": []}, {"jsonrpc": "2.0", "id": 1}, {"jsonrpc": "2.0", "method": "exit"}):
            answer = await client.request(
                "workspace/executeCommand", {"command": "flutr.answerComment", "arguments": [argument]}, timeout=10
            )
            assert answer is False
        assert (await client.status())["pending"] == 0 and client.alive
    finally:
        client.kill()
        await client.shutdown(timeout=5)


@pytest.fixture(scope="module")
def privacy(tmp_path_factory: pytest.TempPathFactory) -> PrivacyResult:
    return asyncio.run(offline_and_private(tmp_path_factory.mktemp("privacy"), max_tokens=48))


@pytest.mark.e2e
def test_local_backend_opens_no_network_connection(privacy: PrivacyResult):
    assert privacy.socket_samples > 20
    assert privacy.offline, (privacy.internet_sockets, privacy.child_processes)


@pytest.mark.e2e
def test_info_log_holds_no_user_code(privacy: PrivacyResult):
    """flutr/answering.py once logged 'attempt N did not parse: ... near <generated code>' at INFO."""
    assert privacy.private, privacy.user_text_in_log + privacy.generated_code_in_log


@pytest.mark.e2e
async def test_short_soak_has_no_errors_or_memory_growth(tmp_path: Path):
    result = await soak(tmp_path, 15, max_tokens=16, progress=False)
    assert result.iterations == 15 and result.errors == 0 and result.server_alive
    assert result.rss_growth_mib <= result.rss_bound_mib, result.rss_samples_mib
    assert result.latency_ms["p99"] < 30_000


@pytest.mark.e2e
async def test_a_client_that_never_answers_progress_create_still_gets_its_answer(tmp_path: Path):
    client = await start_server(None, tmp_path / "silent.log", {"maxTokens": 16, "threads": 1})
    client.ignore_server_requests.add("window/workDoneProgress/create")
    try:
        uri = (tmp_path / "a.dart").as_uri()
        await client.open(uri, "// Sayacı artıran bir buton yaz\n")
        (action, *_) = await client.code_actions(uri, 0)
        resolved = await client.request("codeAction/resolve", action, timeout=120)  # an error response raises
        assert resolved.get("edit"), resolved
        assert any(r["method"] == "window/workDoneProgress/create" for r in client.record.server_requests)
    finally:
        await client.shutdown(timeout=5)
