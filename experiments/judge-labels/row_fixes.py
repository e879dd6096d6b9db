"""Requirement fixes of data/test.jsonl rows that the holdout2 disagreements showed to be mis-specified
(2026-12-07). Idempotent: ``.venv/bin/python experiments/judge-labels/row_fixes.py`` rewrites only these rows'
``must_contain``/``must_not``/``checks``; validate with ``.venv/bin/flutr-train data validate data/``.
"""

from __future__ import annotations

import json
from pathlib import Path

TEST = Path("data/test.jsonl")
ONE_SECOND = [
    f"{timer}({const}Duration({unit})"
    for timer in ("Timer.periodic", "Stream.periodic")
    for const in ("const ", "")
    for unit in ("seconds: 1", "milliseconds: 1000")
]
FIXES: dict[str, dict[str, list[str]]] = {
    # CupertinoTabScaffold + CupertinoTabView gives every tab its own Navigator (and back pops inside it)
    "navigation-051": {
        "must_contain": [
            "Navigator | StatefulShellRoute | CupertinoTabView",
            "GlobalKey | StatefulShellRoute | CupertinoTabView",
            "PopScope | NavigatorPopHandler | BackButtonListener | StatefulShellRoute | CupertinoTabView",
            "NavigationBar | BottomNavigationBar | CupertinoTabBar | CupertinoTabScaffold",
        ],
        "checks": [
            "call Navigator | StatefulShellRoute.indexedStack | StatefulShellRoute | CupertinoTabView",
            "call PopScope | NavigatorPopHandler | BackButtonListener | StatefulShellRoute.indexedStack | "
            "StatefulShellRoute | CupertinoTabView",
            "call NavigationBar | BottomNavigationBar | CupertinoTabBar | CupertinoTabScaffold",
        ],
    },
    # "not redrawn every second": a one-second periodic timer is what the question rules out
    "async-318": {"must_not": [" | ".join(ONE_SECOND)]},
    # the API_URL value must reach Dio's baseUrl (not a String.fromEnvironment elsewhere)
    "http_json-317": {"checks": ["call String.fromEnvironment", "call BaseOptions(baseUrl: String.fromEnvironment)"]},
    # the ChangeNotifier itself must write to the database (not an in-memory notifier beside a repository)
    "storage-055": {
        "checks": [
            "call .insert | .rawInsert",
            "call .update | .rawUpdate",
            "call .delete | .rawDelete",
            "extends ChangeNotifier > .insert | .rawInsert | .update | .rawUpdate | .delete | .rawDelete",
        ]
    },
    # the 09:00-18:00 bound and the warning are what the question asks for
    "dialogs-309": {
        "must_contain": [
            "showTimePicker",
            "hour",
            "18 | 17 | 1080",
            "SnackBar | AlertDialog | showDialog | showAdaptiveDialog | showCupertinoDialog | Fluttertoast | "
            "MaterialBanner",
        ]
    },
    # `counter: null` is InputDecoration's default: it hides nothing
    "forms-013": {"must_not": ["counter: null"]},
}


def main() -> None:
    lines = TEST.read_text(encoding="utf-8").splitlines()
    out, done = [], set()
    for line in lines:
        row = json.loads(line)
        if row["id"] in FIXES:
            row.update(FIXES[row["id"]])
            done.add(row["id"])
        out.append(json.dumps(row, ensure_ascii=False))
    assert done == set(FIXES), f"rows not found: {set(FIXES) - done}"
    TEST.write_text("\n".join(out) + "\n", encoding="utf-8")
    print("fixed", ", ".join(sorted(done)))


if __name__ == "__main__":
    main()
