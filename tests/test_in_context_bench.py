"""The in-context benchmark end to end on a real tiny model: generate, cache, judge where it lands, report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.in_context.config import InContextConfig
from benchmarks.in_context.report import write_report
from benchmarks.in_context.run import judge_cached, read_generated, rows_for, run_in_context
from flutr.in_context import IN_CONTEXT_DIR, read_in_context


def test_runs_caches_and_reports(smol_model: Path, tmp_path: Path) -> None:
    rows = read_in_context(IN_CONTEXT_DIR / "test.jsonl")
    picked = [next(r for r in rows if r.position == kind) for kind in ("statements", "top_level")]
    data = tmp_path / "rows.jsonl"
    data.write_text("".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in picked))
    config = InContextConfig(
        model_path=str(smol_model),
        lora_path="none",
        mechanisms=("fim", "fim+select", "standalone"),
        data_file=str(data),
        out=tmp_path / "out",
        max_tokens=24,
        threads=1,
        label="smol",
    )
    records = run_in_context(config)
    assert {(r.variant, r.id) for r in records} == {
        (v, r.id) for v in ("fim", "fim+select", "standalone", "copy1") for r in picked
    }
    cached = read_generated(tmp_path / "out" / "generations.jsonl")
    assert len(cached) == 8
    # a second run generates nothing: every answer comes from the cache, judged again
    assert run_in_context(config) == records
    assert len(read_generated(tmp_path / "out" / "generations.jsonl")) == 8
    for record in records:
        assert record.inserted == "" or record.fits or record.inserted.lstrip().startswith("//")
    summary = write_report(judge_cached(config), tmp_path / "out", "test")
    assert {v["variant"] for v in summary["variants"]} == {"fim", "fim+select", "standalone", "copy1"}
    assert (tmp_path / "out" / "correct-by-position.png").exists()
    readme = (tmp_path / "out" / "README.md").read_text()
    assert "| smol | fim |" in readme
    assert "| median s | top_level | statements |" in readme  # only the positions the rows are at


def test_positions_pick_rows_and_unknown_ones_are_named() -> None:
    rows = rows_for(InContextConfig(positions=("top_level", "argument")))
    assert rows and {r.position for r in rows} == {"top_level", "argument"}
    assert len(rows_for(InContextConfig(positions=("top_level",), sample=3))) == 3
    with pytest.raises(ValueError, match="unknown position toplevel"):
        rows_for(InContextConfig(positions=("toplevel",)))
