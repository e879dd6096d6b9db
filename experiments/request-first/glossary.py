"""A Turkish → English glossary of everyday Flutter requests, and where a question uses its entries.

An entry: ``{"tr": ["asagi cek yenile", ...], "en": "pull down to refresh", "api": "RefreshIndicator"}``. A pattern
is folded (lower case, Turkish letters as ASCII), its space-separated stems each match a word that starts with
them, in order, each within ``GAP`` words of the one before. ``api`` is optional (real Flutter/Dart names only).

    python experiments/request-first/glossary.py --check FILE.json    # format, and how broad each entry is
    python experiments/request-first/glossary.py --merge               # glossary-{1,2,3}.json → glossary.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from flutr.turkish import normalize_question  # noqa: E402

GAP = 3  # words allowed between two stems of one pattern ("asagi dogru cekince" for "asagi cek")
MIN_STEM = 3
TOO_BROAD = 0.05  # an entry matching more train questions than this share says little
HERE = Path(__file__).resolve().parent
# Read off the merged glossary's broadest entries: "pencere" (a window) glossed as a dialog (showDialog).
MISLEADING = (["pencere"],)


def pattern_matches(pattern: str, words: list[str]) -> bool:
    stems = pattern.split()
    for start, word in enumerate(words):
        if not word.startswith(stems[0]):
            continue
        at, ok = start, True
        for stem in stems[1:]:
            following = [i for i in range(at + 1, min(len(words), at + 2 + GAP)) if words[i].startswith(stem)]
            if not following:
                ok = False
                break
            at = following[0]
        if ok:
            return True
    return False


def matching(entries: list[dict[str, Any]], question: str) -> list[dict[str, Any]]:
    """The entries any of whose patterns ``question`` contains, in glossary order."""
    words = normalize_question(question).split()
    return [e for e in entries if any(pattern_matches(p, words) for p in e["tr"])]


def hint(entries: list[dict[str, Any]], question: str) -> str:
    """The glossary line for ``question`` ("" when nothing matches)."""
    found, meanings = [], set()
    for entry in matching(entries, question):
        if (entry["en"], entry.get("api")) not in meanings:  # two wordings of one meaning: shown once
            meanings.add((entry["en"], entry.get("api")))
            found.append(entry)
    if not found:
        return ""
    parts = [f"{e['tr_shown']} = {e['en']}" + (f" ({e['api']})" if e.get("api") else "") for e in found]
    return "Terimler / terms: " + "; ".join(parts)


def load(path: Path) -> list[dict[str, Any]]:
    entries = json.loads(path.read_text(encoding="utf-8"))
    for entry in entries:
        entry.setdefault("tr_shown", entry["tr"][0])
    return entries


def check(path: Path) -> int:
    entries = json.loads(path.read_text(encoding="utf-8"))
    train = [json.loads(line)["question"] for line in (ROOT / "data/train.jsonl").read_text().splitlines()]
    folded = [normalize_question(q).split() for q in train]
    problems = 0
    for n, entry in enumerate(entries):
        where = f"{path.name} entry {n} ({entry.get('en', '?')})"
        if set(entry) - {"tr", "tr_shown", "en", "api"} or not entry.get("tr") or not entry.get("en"):
            print(f"{where}: keys must be tr (list), en, optional tr_shown and api")
            problems += 1
            continue
        for pattern in entry["tr"]:
            if pattern != normalize_question(pattern) or any(len(s) < MIN_STEM for s in pattern.split()):
                print(f"{where}: pattern {pattern!r} must be folded lower-case ASCII stems of {MIN_STEM}+ letters")
                problems += 1
        hits = sum(any(pattern_matches(p, w) for p in entry["tr"]) for w in folded)
        if hits / len(train) > TOO_BROAD:
            print(f"{where}: matches {hits} of {len(train)} train questions - too broad, lengthen the stems")
            problems += 1
    print(f"{len(entries)} entries, {problems} problems")
    return 1 if problems else 0


def merge() -> None:
    """The helpers' parts in order; an entry whose shown phrase came before, or whose every pattern did, is a
    duplicate and dropped (its new patterns are kept otherwise); ``MISLEADING`` entries are dropped."""
    merged: list[dict[str, Any]] = []
    shown: set[str] = set()
    patterns: set[str] = set()
    for part in (1, 2, 3):
        for entry in json.loads((HERE / f"glossary-{part}.json").read_text(encoding="utf-8")):
            phrase = normalize_question(entry.get("tr_shown", entry["tr"][0]))
            fresh = [p for p in entry["tr"] if p not in patterns]
            if phrase in shown or not fresh or entry["tr"] in [list(m) for m in MISLEADING]:
                continue
            shown.add(phrase)
            patterns.update(fresh)
            merged.append({**entry, "tr": fresh})
    lines = ",\n".join(json.dumps(entry, ensure_ascii=False) for entry in merged)
    (HERE / "glossary.json").write_text(f"[\n{lines}\n]\n", encoding="utf-8")
    print(f"{len(merged)} entries")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", type=Path)
    parser.add_argument("--merge", action="store_true")
    args = parser.parse_args()
    if args.merge:
        merge()
    sys.exit(check(args.check) if args.check else 0)
