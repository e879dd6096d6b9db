"""The Markdown of a reliability run (pure: from the result JSON)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks.environment import RunEnvironment


def _row(*cells: Any) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


def _yes(value: Any) -> str:
    return "yes" if value else "**no**"


def markdown(data: dict[str, Any], notes: str = "") -> str:
    """``notes`` (Markdown, e.g. the causes of the failures) goes right under the result line."""
    env = data["environment"]
    lines = [
        "# flutr-lsp reliability",
        "",
        f"Command: `{env['command']}`",
        "",
        f"Result: **{'passed' if data['passed'] else 'FAILED: ' + ', '.join(data['failed'])}**. "
        "Every scenario starts the real server (`python -m lsp_server --model <SmolLM2-135M>`) and talks to it over "
        "stdio with a raw client (`benchmarks/reliability/client.py`). Durations: "
        + ", ".join(f"{k} {v:.0f} s" for k, v in data["durations_s"].items())
        + ".",
    ]
    if notes.strip():
        lines += ["", notes.strip()]
    if fuzz := data.get("fuzz"):
        lines += _fuzz(fuzz)
    if storm := data.get("cancel_storm"):
        lines += _storm(storm)
    if broken := data.get("broken_models"):
        lines += _broken(broken)
    if safety := data.get("document_safety"):
        lines += _safety(safety)
    if privacy := data.get("offline_private"):
        lines += _privacy(privacy)
    if soaked := data.get("soak"):
        lines += _soak(soaked)
    load = env.get("load_average") or (0.0, 0.0, 0.0)
    environment = RunEnvironment(**{**env, "load_average": tuple(load)})
    lines += ["", "## Environment", "", environment.markdown(), ""]
    return "\n".join(lines)


def _fuzz(fuzz: dict[str, Any]) -> list[str]:
    final = fuzz["final_code_action"]
    lines = [
        "",
        "## Protocol fuzzing (Hypothesis)",
        "",
        _row(
            "messages sent", "before initialize", "well-formed requests", "answered", "unanswered", "crashes", "hangs"
        ),
        _row(*["---"] * 7),
        _row(
            fuzz["messages_sent"],
            fuzz["before_initialize"],
            fuzz["requests_expecting_answer"],
            fuzz["answered"],
            fuzz["unanswered"],
            fuzz["crashes"],
            fuzz["hangs"],
        ),
        "",
        f"Afterwards a normal code action: {_yes(final.get('ok'))} ({final.get('detail')}). "
        f"Server RSS {fuzz['rss_start_mib']} MiB after loading, {fuzz['rss_end_mib']} MiB at the end; "
        f"{fuzz['server_restarts']} restarts; {fuzz['show_messages']} `window/showMessage` notifications; "
        f"{fuzz['apply_edit_requests']} `workspace/applyEdit` requests; answers by code: "
        + ", ".join(f"{k} {v}" for k, v in fuzz["error_codes"].items())
        + ".",
        "",
        _row("category", "sent", "requests", "answered", "error answers"),
        _row("---", "---:", "---:", "---:", "---:"),
    ]
    for name, c in sorted(fuzz["categories"].items(), key=lambda item: -item[1]["sent"]):
        lines.append(_row(name, c["sent"], c["requests"], c["answered"], c["error_responses"]))
    if fuzz["internal_errors"]:
        lines += ["", "Internal errors (-32603) by category and message:", ""]
        lines += [f"- {k}: {v}" for k, v in fuzz["internal_errors"].items()]
    if fuzz["minimal_failing_batches"]:
        lines += ["", "Smallest failing batches:", ""]
        lines += ["```", *fuzz["minimal_failing_batches"], "```"]
    return lines


def _storm(storm: dict[str, Any]) -> list[str]:
    stop = storm.get("generation_stop_ms") or {}
    answer = storm.get("cancel_to_answer_ms") or {}
    return [
        "",
        "## Cancel storm",
        "",
        f"{storm['requests']} resolve requests, each cancelled with `$/cancelRequest` after a random delay in "
        f"0..1.2 × one generation ({storm['generation_s']:.1f} s): {storm['cancelled']} answered RequestCancelled, "
        f"{storm['completed_before_cancel']} completed before their cancel, {storm['unanswered']} unanswered; "
        f"{storm['cancels_during_generation']} cancels hit a running generation, "
        f"{storm['cancels_before_generation']} a queued one (at most {storm['max_pending_seen']} waiting).",
        "",
        _row("after the storm", "value"),
        _row("---", "---"),
        _row("activeGenerations / pending", f"{storm['active_generations_after']} / {storm['pending_after']}"),
        _row("idle after", f"{storm['idle_after_s']} s"),
        _row(
            "cancel → answer (median / p99 / max)",
            f"{answer.get('median')} / {answer.get('p99')} / {answer.get('max')} ms",
        ),
        _row(
            "cancel → generation stopped (median / p99 / max)",
            f"{stop.get('median')} / {stop.get('p99')} / {stop.get('max')} ms",
        ),
        _row(
            "RSS baseline → peak → after",
            f"{storm['rss_baseline_mib']} → {storm['rss_peak_mib']} → {storm['rss_after_mib']} MiB",
        ),
        _row("RSS growth (bound)", f"{storm['rss_growth_mib']} MiB ({storm['rss_bound_mib']})"),
        _row(
            "next request answered with an edit",
            f"{_yes(storm['next_request'].get('ok'))} ({storm['next_request'].get('seconds')} s)",
        ),
    ]


def _broken(broken: list[dict[str, Any]]) -> list[str]:
    lines = [
        "",
        "## Broken models and adapters",
        "",
        _row("case", "message names the file", "… the problem", "… the fix", "keeps serving", "exit code", "passed"),
        _row(*["---"] * 7),
    ]
    for item in broken:
        named = [_yes(item[k]) if item["must_fail"] else "n/a" for k in ("reported", "names_problem", "names_fix")]
        lines.append(
            _row(
                item["case"],
                *named,
                _yes(item["keeps_serving"]),
                item["exit_code"],
                _yes(item["passed"]),
            )
        )
    lines += [
        "",
        "`n/a`: damage nothing in a GGUF can detect (no checksum); only *keeps serving* is checked. First message of "
        "each case:",
        "",
    ]
    for item in broken:
        first = item["messages"][0] if item["messages"] else "(none)"
        notes = f" — notes: {'; '.join(item['notes'])}" if item["notes"] else ""
        lines.append(f"- {item['case']}: `{first[:400]}`{notes}")
    return lines


def _safety(safety: dict[str, Any]) -> list[str]:
    lines = [
        "",
        "## Document safety",
        "",
        f"`workspace/applyEdit` sent without a command asking for it: {safety['unrequested_apply_edits']}. "
        "Each case changes the document while the generation runs (except `unchanged`).",
        "",
        _row("case", "changed during generation", "expected", "verdict", "edit versions", "client version"),
        _row(*["---"] * 6),
    ]
    for case in safety["cases"]:
        verdict = case["verdict"] if case["passed"] else f"**{case['verdict']}** {case['detail']}"
        lines.append(
            _row(
                case["name"],
                case["changed_during_generation"],
                case["expected"],
                verdict,
                case["edit_versions"],
                case["client_version"],
            )
        )
    return lines


def _privacy(privacy: dict[str, Any]) -> list[str]:
    lines = [
        "",
        "## Offline and private",
        "",
        f"Internet sockets of the server process over {privacy['socket_samples']} samples (every 50 ms, start to "
        f"exit): {len(privacy['internet_sockets'])} {privacy['internet_sockets'] or ''}; child processes: "
        f"{len(privacy['child_processes'])}. INFO log: {privacy['log_lines']} lines; lines with planted user text: "
        f"{len(privacy['user_text_in_log'])}; with generated code: {len(privacy['generated_code_in_log'])} "
        f"(flows: {', '.join(privacy['flows'])}).",
    ]
    leaks = privacy["user_text_in_log"] + privacy["generated_code_in_log"]
    if leaks:
        lines += ["", "```", *leaks[:10], "```"]
    return lines


def _soak(soaked: dict[str, Any]) -> list[str]:
    latency = soaked["latency_ms"]
    return [
        "",
        "## Soak",
        "",
        f"{soaked['iterations']} sequential code actions (list + resolve, a new comment each time, maxTokens "
        f"{soaked['max_tokens']}): {soaked['with_edit']} with an edit, {soaked['without_edit']} without, "
        f"{soaked['errors']} errors.",
        "",
        _row("latency median", "p90", "p99", "max", "first 10% median", "last 10% median", "ratio (bound)", "trend"),
        _row(*["---:"] * 8),
        _row(
            f"{latency.get('median')} ms",
            f"{latency.get('p90')} ms",
            f"{latency.get('p99')} ms",
            f"{latency.get('max')} ms",
            f"{soaked['first_tenth_median_ms']} ms",
            f"{soaked['last_tenth_median_ms']} ms",
            f"{soaked['slowdown_ratio']} ({soaked['slowdown_bound']})",
            f"{soaked['slope_ms_per_100']} ms / 100 requests",
        ),
        "",
        f"RSS after the warm-up {soaked['rss_start_mib']} MiB, at the end {soaked['rss_end_mib']} MiB, max "
        f"{soaked['rss_max_mib']} MiB: growth {soaked['rss_growth_mib']} MiB (bound {soaked['rss_bound_mib']}). "
        f"Internet sockets seen: {len(soaked['internet_sockets'])}.",
        "",
        f"![latency and RSS over the soak run]({SOAK_CHART})",
    ]


SOAK_CHART = "soak.png"


def soak_chart(soaked: dict[str, Any], path: Path) -> Path:
    """Latency and server RSS against the iteration: a leak or a slowdown shows as a slope."""
    from benchmarks.charts import _pyplot

    plt = _pyplot()
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(7.5, 5.0), sharex=True)
    if latency := soaked["latency_samples_ms"]:
        x, y = zip(*latency, strict=True)
        top.plot(x, y, "o", markersize=2.5, color="#1f77b4")
    top.set_ylabel("latency (ms)")
    top.set_title(f"Soak: {soaked['iterations']} code actions (list + resolve), maxTokens {soaked['max_tokens']}")
    top.grid(alpha=0.3)
    if rss := soaked["rss_samples_mib"]:
        x, y = zip(*rss, strict=True)
        bottom.plot(x, y, "-", color="#d62728")
    bottom.set_ylabel("server RSS (MiB)")
    bottom.set_xlabel("iteration")
    bottom.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return path
