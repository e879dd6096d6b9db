"""Join the authors' held-out drafts into data/in_context/holdout.jsonl: a confirmation set written after every
selection rule it is used to confirm, never trained on and never read while developing (session 14).

The authors wrote ids ``hold<K>-<topic>-NNN``; here each becomes ``ctx-<topic>-9<K><NN>`` (the id shape the
validator requires; numbers from 9100 up are used by no other split); the third batch's authors (session 15)
wrote ``holdc<K>-<topic>-NNN``, which becomes ``ctx-<topic>-10<K><NN>`` (10101 and up); the fourth's (session
16) ``holdd<K>-<topic>-NNN``, which becomes ``ctx-<topic>-11<K><NN>`` (11101 and up), and the fifth's ``holde<K>-…``
``ctx-<topic>-12<K><NN>`` (12101 and up); the sixth's (session 17) ``holdf<K>-…`` ``ctx-<topic>-13<K><NN>`` and the
seventh's (session 18) ``holdg<K>-…`` ``ctx-<topic>-14<K><NN>``; the eighth's (session 19) ``holdh<K>-…``
``ctx-<topic>-15<K><NN>``; the ninth's (session 20) ``holdi<K>-…`` ``ctx-<topic>-16<K><NN>``; the tenth's
(session 22) ``holdj<K>-…`` ``ctx-<topic>-17<K><NN>`` and the eleventh's ``holdk<K>-…`` ``ctx-<topic>-18<K><NN>``.
Then train, test and holdout are validated together (near-duplicates across splits included).

Run: .venv/bin/python experiments/in-context-authoring/holdout-{1..9}.py, holdout-c{1..5}.py and holdout-d{1..5}.py and
holdout-[efghi]{1..5}.py, then this script, then ``experiments/in-context-requirements/apply.py merge holdout``.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter

from flutr.in_context import IN_CONTEXT_DIR
from model_training.in_context_validate import validate_in_context

DRAFTS = IN_CONTEXT_DIR / "drafts"
HOLDOUT = IN_CONTEXT_DIR / "holdout.jsonl"
ID = re.compile(r"^hold([cdefghijk]?)(\d)-([a-z_]+)-(\d{3})$")
BATCH_PREFIX = {
    "": "9",
    "c": "10",
    "d": "11",
    "e": "12",
    "f": "13",
    "g": "14",
    "h": "15",
    "i": "16",
    "j": "17",
    "k": "18",
}


def renamed(row_id: str) -> str:
    match = ID.match(row_id)
    if match is None:
        raise ValueError(f"unexpected held-out id {row_id!r} (expected hold<K>-<topic>-NNN or hold[cdefghijk]<K>-…)")
    batch, author, topic, number = match.groups()
    if int(number) > 99:
        raise ValueError(f"{row_id!r}: at most 99 rows per author and topic")
    return f"ctx-{topic}-{BATCH_PREFIX[batch]}{author}{int(number):02d}"


def main() -> int:
    drafts = sorted(DRAFTS.glob("holdout-*.jsonl"))
    if not drafts:
        print(f"no drafts in {DRAFTS}: run experiments/in-context-authoring/holdout-*.py first")
        return 1
    rows = []
    for path in drafts:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                rows.append({**row, "id": renamed(row["id"])})
    HOLDOUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    _, problems = validate_in_context([IN_CONTEXT_DIR / "train.jsonl", IN_CONTEXT_DIR / "test.jsonl", HOLDOUT])
    for problem in problems:
        print(problem)
    positions = Counter(r["position"] for r in rows)
    print(f"{len(rows)} held-out rows: " + ", ".join(f"{k} {v}" for k, v in sorted(positions.items())))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
