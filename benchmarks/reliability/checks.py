"""Pure checks on what the server returned: workspace edits (versions, insert-only, placement) and figures
(percentiles, trends). No protocol, no processes."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from flutr.edits import Insertion, apply_insertions

JSON = dict[str, Any]


@dataclass(frozen=True)
class EditSummary:
    """A ``WorkspaceEdit`` as the server sent it (JSON), reduced to what the safety checks need."""

    uris: tuple[str, ...]
    versions: tuple[int | None, ...]  # one per TextDocumentEdit
    insertions: tuple[Insertion, ...]
    replaces_text: bool  # some edit has a non-empty range (flutr only ever inserts)
    unversioned_changes: bool  # a plain ``changes`` map, which a client applies to any version

    @classmethod
    def of(cls, edit: JSON | None) -> EditSummary:
        edit = edit or {}
        uris: list[str] = []
        versions: list[int | None] = []
        insertions: list[Insertion] = []
        replaces = False
        for change in edit.get("documentChanges") or []:
            document = change.get("textDocument") or {}
            uris.append(str(document.get("uri")))
            versions.append(document.get("version"))
            for text_edit in change.get("edits") or []:
                start, end = text_edit["range"]["start"], text_edit["range"]["end"]
                replaces = replaces or start != end
                insertions.append(Insertion(start["line"], start["character"], text_edit["newText"]))
        return cls(tuple(uris), tuple(versions), tuple(insertions), replaces, bool(edit.get("changes")))

    def apply(self, text: str) -> str:
        return apply_insertions(text, list(self.insertions))


def placement_problem(before: str, edit: EditSummary, comment_end_line: int) -> str | None:
    """None when ``edit`` only inserts, its code lands on new lines right below line ``comment_end_line`` of
    ``before`` with every existing line intact, and anything else it adds is import lines; otherwise what is wrong.

    Judged on the applied text, so it holds whichever position encodes "below the comment" (the start of the next
    line, or the end of the comment line followed by a line break)."""
    if not edit.insertions:
        return "the edit inserts nothing"
    if edit.replaces_text:
        return "the edit replaces existing text"
    code = [i for i in edit.insertions if not _only_imports(i.text)]
    if len(code) != 1:
        return f"{len(code)} code insertions"
    old = before.split("\n")
    new = apply_insertions(before, code).split("\n")
    added = len(new) - len(old)
    where = f"code inserted at {code[0].line}:{code[0].character}"
    if added < 1:
        return f"{where} adds no line"
    if new[: comment_end_line + 1] != old[: comment_end_line + 1]:
        return f"{where} changes the lines up to the comment (line {comment_end_line})"
    if new[comment_end_line + 1 + added :] != old[comment_end_line + 1 :]:
        return f"{where} is not right below the comment (line {comment_end_line}) or changes lines after it"
    if not any(line.strip() for line in new[comment_end_line + 1 : comment_end_line + 1 + added]):
        return f"{where} adds only blank lines"
    return None


def _only_imports(text: str) -> bool:
    body = [line.strip() for line in text.split("\n") if line.strip()]
    return bool(body) and all(line.startswith(("import ", "export ")) for line in body)


def percentile(values: Sequence[float], q: float) -> float:
    """Linear-interpolated percentile (numpy's default), ``q`` in 0..100."""
    if not values:
        return math.nan
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def slope(values: Sequence[float]) -> float:
    """Least-squares slope of ``values`` against their index (units per step)."""
    n = len(values)
    if n < 2:
        return 0.0
    mean_x = (n - 1) / 2
    mean_y = sum(values) / n
    covariance = sum((x - mean_x) * (y - mean_y) for x, y in enumerate(values))
    variance = sum((x - mean_x) ** 2 for x in range(n))
    return covariance / variance


def tail_ratio(values: Sequence[float], fraction: float = 0.1) -> float:
    """Median of the last ``fraction`` of ``values`` over the median of the first: >1 means a slowdown."""
    k = max(1, int(len(values) * fraction))
    first, last = percentile(values[:k], 50), percentile(values[-k:], 50)
    return last / first if first > 0 else math.nan
