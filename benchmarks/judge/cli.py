"""What ``flutr-bench judge`` and ``flutr-bench judge-calibrate`` do (the click wiring is in benchmarks/cli.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from benchmarks.judge.calibration import disagreements, judge_labels, load_labels, report
from benchmarks.judge.verdict import JudgeInput, judge


def judge_file(source: Path, out: Path | None) -> None:
    lines = source.read_text(encoding="utf-8").splitlines()
    handle = out.open("w", encoding="utf-8") if out else sys.stdout
    correct = total = 0
    try:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                raise click.ClickException(
                    f"{source}:{number}: malformed JSON ({exc.msg}); one object per line"
                ) from exc
            if not isinstance(data, dict) or "answer" not in data:
                raise click.ClickException(f"{source}:{number}: each line needs an object with at least 'answer'")
            try:
                verdict = judge(JudgeInput.from_dict(data))
            except ValueError as exc:
                raise click.ClickException(f"{source}:{number}: {exc}") from exc
            total += 1
            correct += verdict.correct
            handle.write(json.dumps({"id": data.get("id", number), **verdict.to_dict()}, ensure_ascii=False) + "\n")
    finally:
        if out:
            handle.close()
    click.echo(f"{correct}/{total} correct (judge v2)", err=True)


def calibrate(out: Path, command: str) -> None:
    judged = judge_labels(load_labels())
    summary = report(judged)
    out.mkdir(parents=True, exist_ok=True)
    (out / "agreement.json").write_text(json.dumps({"command": command, **summary}, indent=2) + "\n")
    with (out / "disagreements.jsonl").open("w", encoding="utf-8") as handle:
        for item in disagreements(judged):
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    for name, parts in summary.items():
        v2, old = parts["judge_v2"], parts["keywords"]
        click.echo(
            f"{name:8s} n={v2['n']:3d}  judge v2: agreement {v2['agreement']:.1%} precision {v2['precision']:.1%} "
            f"recall {v2['recall']:.1%}   keywords: agreement {old['agreement']:.1%} precision {old['precision']:.1%}"
        )
