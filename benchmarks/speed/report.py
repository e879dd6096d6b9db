"""The speed report: medians with min/max per configuration and path, the LSP/raw overhead ratio, listing
latency while generating, memory, warm-up and cache hits, and the ratios between configurations.

``main(config)`` is what ``flutr-bench speed`` calls.
"""

from __future__ import annotations

import json
import logging
import math
import statistics
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from benchmarks import charts
from benchmarks.environment import RunEnvironment
from benchmarks.quality.run import save_json
from benchmarks.speed.config import SpeedConfig
from benchmarks.speed.run import ConfigResult, SpeedResult, run_speed

logger = logging.getLogger(__name__)


def percentile(values: Sequence[float], q: float) -> float | None:
    """Nearest-rank percentile (``q`` in 0–100); with few samples p99 is the maximum."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def spread(values: Sequence[float]) -> dict[str, float | int | None]:
    if not values:
        return {"median": None, "min": None, "max": None, "n": 0}
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "n": len(values)}


def summarize(result: ConfigResult) -> dict[str, Any]:
    questions = result.questions
    in_process = [q.in_process for q in questions]
    with_lsp = [q for q in questions if q.lsp is not None and q.lsp.applied]
    same = [q for q in with_lsp if q.lsp is not None and q.lsp.same_answer]
    probes = [lat for q in questions if q.lsp is not None for lat in q.lsp.probe_latencies]
    summary: dict[str, Any] = {
        "config": result.config.name,
        "retrieval_k": result.config.retrieval_k,
        "prompt_lookup_tokens": result.config.prompt_lookup_tokens,
        "questions": len(questions),
        "in_process_wall_s": spread([t.wall for t in in_process]),
        "raw_backend_s": spread([t.raw for t in in_process]),
        "time_to_first_token_s": spread([t.time_to_first_token for t in in_process]),
        "prefetch_s": spread([t.prefetch_seconds for t in in_process if t.time_to_first_token_prefetched > 0]),
        "time_to_first_token_prefetched_s": spread(
            [t.time_to_first_token_prefetched for t in in_process if t.time_to_first_token_prefetched > 0]
        ),
        "prompt_tokens": spread([float(t.prompt_tokens) for t in in_process]),
        "completion_tokens": spread([float(t.completion_tokens) for t in in_process]),
        "decode_tokens_per_second": spread([t.decode_tokens_per_second for t in in_process]),
        "end_to_end_tokens_per_second": spread([t.completion_tokens / t.wall for t in in_process if t.wall > 0]),
        "repaired": sum(1 for t in in_process if t.attempts > 1),
        "lsp_wall_s": spread([q.lsp.wall for q in with_lsp if q.lsp]),
        "lsp_list_s": spread([q.lsp.list_seconds for q in with_lsp if q.lsp]),
        "lsp_tokens_per_second": spread(
            [q.in_process.completion_tokens / q.lsp.wall for q in same if q.lsp and q.lsp.wall > 0]
        ),
        "lsp_same_answer": f"{len(same)}/{len(with_lsp)}",
        "lsp_errors": [q.lsp.error for q in questions if q.lsp is not None and q.lsp.error],
        # per question, then the median: both sides answered the same question with the same tokens; the overhead
        # from the questions without list probes (their requests take CPU from the generation on a 2-core box)
        "overhead_lsp_over_raw": spread(
            [q.lsp.wall / q.in_process.raw for q in same if q.lsp and not q.lsp.probed and q.in_process.raw]
        ),
        "overhead_lsp_over_raw_probed": spread(
            [q.lsp.wall / q.in_process.raw for q in same if q.lsp and q.lsp.probed and q.in_process.raw]
        ),
        "overhead_lsp_over_in_process": spread(
            [q.lsp.wall / q.in_process.wall for q in same if q.lsp and q.in_process.wall]
        ),
        "list_while_generating_ms": {
            "p50": _ms(percentile(probes, 50)),
            "p99": _ms(percentile(probes, 99)),
            "max": _ms(max(probes) if probes else None),
            "n": len(probes),
        },
        "list_idle_ms_median": _ms(
            statistics.median(result.idle_list_latencies) if result.idle_list_latencies else None
        ),
        "warmup": {
            "in_process_load_and_prefix_s": result.in_process_load_seconds,
            "server_start_to_ready_s": result.server_ready_seconds,
            "first_question_in_process_s": result.warmup.in_process.wall if result.warmup else None,
            "first_question_lsp_s": result.warmup.lsp.wall if result.warmup and result.warmup.lsp else None,
        },
        "cache_hit_in_process_s": result.cache_hit_in_process,
        "cache_hit_lsp_s": result.cache_hit_lsp,
        "server_rss_mib": result.server_rss_mib,
        "server_peak_rss_mib": result.server_peak_rss_mib,
    }
    return summary


def _ms(seconds: float | None) -> float | None:
    return None if seconds is None else 1000 * seconds


def _ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a is not None and b else None


def cross_ratios(summaries: dict[str, dict[str, Any]]) -> dict[str, float | None]:
    """Configuration against configuration, medians over the same questions in the same run."""

    def med(name: str, key: str) -> float | None:
        value = summaries.get(name, {}).get(key, {})
        return value.get("median") if isinstance(value, dict) else None

    ratios: dict[str, float | None] = {}
    for path_key, label in (("in_process_wall_s", "in-process"), ("lsp_wall_s", "LSP")):
        ratios[f"rag / fixed, wall ({label})"] = _ratio(med("rag", path_key), med("fixed", path_key))
        ratios[f"fixed+pld / fixed, wall ({label})"] = _ratio(med("fixed+pld", path_key), med("fixed", path_key))
        ratios[f"rag+pld / rag, wall ({label})"] = _ratio(med("rag+pld", path_key), med("rag", path_key))
    ratios["rag / fixed, time to first token"] = _ratio(
        med("rag", "time_to_first_token_s"), med("fixed", "time_to_first_token_s")
    )
    ratios["rag / fixed, prompt tokens"] = _ratio(med("rag", "prompt_tokens"), med("fixed", "prompt_tokens"))
    ratios["fixed+pld / fixed, decode tok/s"] = _ratio(
        med("fixed+pld", "decode_tokens_per_second"), med("fixed", "decode_tokens_per_second")
    )
    for name, summary in summaries.items():
        hit, miss = summary.get("cache_hit_lsp_s"), med(name, "lsp_wall_s")
        ratios[f"cache hit / miss, LSP ({name})"] = _ratio(hit, miss)
    return {k: v for k, v in ratios.items() if v is not None}


def _fmt(value: Any, digits: int = 2) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _range(stats: dict[str, Any], digits: int = 2) -> str:
    if not stats or stats.get("median") is None:
        return "–"
    return f"{stats['median']:.{digits}f} ({stats['min']:.{digits}f}–{stats['max']:.{digits}f})"


def markdown_tables(summaries: dict[str, dict[str, Any]], ratios: dict[str, float | None]) -> str:
    lines = [
        "Medians over the timed questions, (min–max) in brackets; seconds unless stated.",
        "",
        "| Config | raw llama.cpp | in-process pipeline | LSP code action → edit | LSP / raw | LSP / raw, probed "
        "| TTFT | prefetch | TTFT after prefetch | decode tok/s | tok/s via LSP | prompt tokens | completion tokens |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, s in summaries.items():
        lines.append(
            f"| {name} | {_range(s['raw_backend_s'])} | {_range(s['in_process_wall_s'])} | {_range(s['lsp_wall_s'])} "
            f"| {_range(s['overhead_lsp_over_raw'], 3)} | {_range(s.get('overhead_lsp_over_raw_probed', {}), 3)} "
            f"| {_range(s['time_to_first_token_s'])} | {_range(s.get('prefetch_s', {}))} "
            f"| {_range(s.get('time_to_first_token_prefetched_s', {}), 3)} "
            f"| {_range(s['decode_tokens_per_second'], 1)} | {_range(s['lsp_tokens_per_second'], 1)} "
            f"| {_range(s['prompt_tokens'], 0)} | {_range(s['completion_tokens'], 0)} |"
        )
    lines += [
        "",
        "| Config | list actions while generating p50 / p99 / max (ms, n) | list idle (ms) | server RSS / peak (MiB) "
        "| load + warm-up in-process | server start → ready | warm-up question in-process / LSP | cache hit "
        "in-process / LSP | repaired | same answer |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, s in summaries.items():
        probe = s["list_while_generating_ms"]
        warm = s["warmup"]
        lines.append(
            f"| {name} | {_fmt(probe['p50'], 1)} / {_fmt(probe['p99'], 1)} / {_fmt(probe['max'], 1)} ({probe['n']}) "
            f"| {_fmt(s['list_idle_ms_median'], 1)} | {_fmt(s['server_rss_mib'], 0)} / "
            f"{_fmt(s['server_peak_rss_mib'], 0)} | {_fmt(warm['in_process_load_and_prefix_s'])} "
            f"| {_fmt(warm['server_start_to_ready_s'])} | {_fmt(warm['first_question_in_process_s'])} / "
            f"{_fmt(warm['first_question_lsp_s'])} | {_fmt(s['cache_hit_in_process_s'], 4)} / "
            f"{_fmt(s['cache_hit_lsp_s'], 3)} | {s['repaired']} | {s['lsp_same_answer']} |"
        )
    lines += ["", "| Ratio (same run) | value |", "|---|---:|"]
    lines += [f"| {k} | {v:.3f} |" for k, v in ratios.items() if v is not None]
    return "\n".join(lines)


def write_charts(out_dir: Path, model_name: str, summaries: dict[str, dict[str, Any]]) -> list[Path]:
    labels, medians, lows, highs, colors = [], [], [], [], []
    tok_labels, tok_medians, tok_lows, tok_highs, tok_colors = [], [], [], [], []
    for name, s in summaries.items():
        for key, label in (("raw_backend_s", "raw"), ("lsp_wall_s", "LSP")):
            stats = s[key]
            if stats.get("median") is not None:
                labels.append(f"{name} {label}")
                colors.append(charts.COLORS[0 if label == "raw" else 1])
                medians.append(stats["median"])
                lows.append(stats["min"])
                highs.append(stats["max"])
        for key, label in (("end_to_end_tokens_per_second", "in-process"), ("lsp_tokens_per_second", "via LSP")):
            stats = s[key]
            if stats.get("median") is not None:
                tok_labels.append(f"{name} {label}")
                tok_colors.append(charts.COLORS[0 if label == "in-process" else 1])
                tok_medians.append(stats["median"])
                tok_lows.append(stats["min"])
                tok_highs.append(stats["max"])
    model = model_name.removesuffix(".gguf")
    paths = []
    if labels:
        paths.append(
            charts.range_bars(
                out_dir / "fig7-seconds.png",
                f"{model}: seconds per question",
                labels,
                medians,
                lows,
                highs,
                ylabel="seconds (median, min–max)",
                colors=colors,
            )
        )
    if tok_labels:
        paths.append(
            charts.range_bars(
                out_dir / "fig7-tokens.png",
                f"{model}: completion tokens per wall-clock second",
                tok_labels,
                tok_medians,
                tok_lows,
                tok_highs,
                ylabel="tokens/s",
                colors=tok_colors,
            )
        )
    return paths


def markdown(data: dict[str, Any], chart_names: Sequence[str]) -> str:
    """The README of a speed result, from its ``results.json`` data (so it can be re-rendered without measuring)."""
    config = data["config"]
    summaries, ratios = data["summaries"], data["ratios"]
    environment = RunEnvironment(**{**data["environment"], "load_average": tuple(data["environment"]["load_average"])})
    lora = data.get("lora")
    lines = [
        f"# Speed: {data['model']['name']}" + (f" + LoRA {lora['name']}" if lora else ""),
        "",
        "Command:",
        "",
        "```sh",
        data["command"],
        "```",
        "",
        f"{config['limit']} timed questions from the {config['split']} split per configuration (plus one warm-up "
        "question, reported separately). Each question is answered in-process (`Answerer.answer`, the server's "
        "pipeline; *raw* = the time inside llama-cpp-python's generate calls) and through a real LSP session "
        "(`DemoClient` → `python -m lsp_server` → code action → resolve → edit applied), alternating which goes "
        "first, so both paths see the same machine load. `fixed` = the default prompt (system + one fixed example, "
        f"k=0, a stable KV-cached prefix); `rag` = plus {config['retrieval_k']} retrieved examples; `+pld` = "
        f"prompt-lookup decoding with {config['prompt_lookup_tokens']} draft tokens. llama.cpp threads: "
        f"{config['threads'] or 'physical cores'}. TTFT and decode tok/s are the first attempt's; LSP tok/s = the "
        "in-process completion tokens over the LSP wall time, counted only where the LSP edit contained the same "
        "answer. On half of the questions (in pairs: 1, 4, 5, 8, …) a probe asks for code actions every "
        f"{1000 * config['probe_interval']:.0f} ms while the resolve request generates; *LSP / raw* is taken "
        "from the other half, *probed* from these (the probes' requests take CPU from the generation).",
        "",
        markdown_tables(summaries, ratios),
        "",
    ]
    errors = {name: s["lsp_errors"] for name, s in summaries.items() if s.get("lsp_errors")}
    if errors:
        lines += ["## LSP errors", ""]
        for name, messages in errors.items():
            lines.append(f"- `{name}`: {len(messages)} requests failed, e.g. `{messages[0]}`")
        lines.append("")
    lines += [*[f"![{Path(name).stem}]({name})" for name in chart_names], "", "## Environment", ""]
    lines += [environment.markdown(), ""]
    return "\n".join(lines)


def write(result: SpeedResult) -> tuple[dict[str, dict[str, Any]], dict[str, float | None]]:
    summaries = {r.config.name: summarize(r) for r in result.results}
    ratios = cross_ratios(summaries)
    result.out_dir.mkdir(parents=True, exist_ok=True)
    chart_paths = write_charts(result.out_dir, result.model.name, summaries)
    data = {
        "benchmark": "speed",
        "command": result.environment.command,
        "summaries": summaries,
        "ratios": ratios,
        **result.to_json(),
    }
    save_json(result.out_dir / "results.json", data)
    readme = markdown(data, [p.name for p in chart_paths])
    (result.out_dir / "README.md").write_text(readme, encoding="utf-8")
    return summaries, ratios


def render(out_dir: Path) -> Path:
    """Rewrite ``out_dir``'s README and charts from its ``results.json`` (after a report change; measures
    nothing)."""
    data = json.loads((out_dir / "results.json").read_text(encoding="utf-8"))
    chart_paths = write_charts(out_dir, data["model"]["name"], data["summaries"])
    path = out_dir / "README.md"
    path.write_text(markdown(data, [p.name for p in chart_paths]), encoding="utf-8")
    return path


def main(config: SpeedConfig) -> SpeedResult:
    result = run_speed(config)
    summaries, ratios = write(result)
    click.echo(markdown_tables(summaries, ratios))
    click.echo(f"\nwrote {result.out_dir / 'README.md'} and {result.out_dir / 'results.json'}")
    return result
