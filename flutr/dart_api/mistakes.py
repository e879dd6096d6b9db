"""Three mistakes a reviewer of Flutter code catches at once, none of which tree-sitter reports:

- ``duplicate-named-argument``: one call given the same named argument twice (``TextField(decoration: …,
  decoration: …)``; a compile error) — typically an argument written again under a comment that stands among them;
- ``late-never-assigned``: a private ``late`` field without an initializer that nothing in the file ever assigns
  (``late Future<List<Order>> _orders;``): reading it throws ``LateInitializationError``;
- ``mocktail-closure``: in a file that imports mocktail (and not mockito), ``when``, ``verify``, ``verifyNever`` or
  ``untilCalled`` given the call's result instead of a closure (``verifyNever(repo.send(any()))``): mocktail takes
  ``() => repo.send(any())``; the result does not type-check, and ``any()`` outside a closure throws.

Conservative by design: private ``late`` fields only (nothing outside the library can assign them), in a file
with no ``part`` directive; any ``_name =``, ``_name ??=`` or ``this._name`` in the file counts as assigned.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import tree_sitter

from flutr.dart_api.syntax import imported_packages, text_of, walk


@dataclass(frozen=True)
class Mistake:
    check: str
    message: str
    line: int  # 0-based


def reviewer_mistakes(blanked: str, root: tree_sitter.Node) -> list[Mistake]:
    """``blanked``: the code through ``code_only`` (comments and string text blanked), ``root`` its tree."""
    return [*duplicate_named_arguments(root), *late_never_assigned(blanked, root), *mocktail_closures(blanked, root)]


def duplicate_named_arguments(root: tree_sitter.Node) -> Iterator[Mistake]:
    """Every occurrence of a named argument given more than once in one call (each line: the one inserted may be
    the first)."""
    for node in walk(root):
        if node.type != "arguments":
            continue
        labelled: dict[str, list[int]] = {}
        for argument in node.children:
            if argument.type != "named_argument":
                continue
            label = next((c for c in argument.children if c.type == "label"), None)
            name = next((text_of(c) for c in label.children if c.type == "identifier"), "") if label else ""
            labelled.setdefault(name, []).append(argument.start_point[0])
        for name, lines in labelled.items():
            if name and len(lines) > 1:
                for line in lines:
                    others = ", ".join(str(other + 1) for other in lines if other != line) or str(line + 1)
                    yield Mistake(
                        "duplicate-named-argument",
                        f"the named argument '{name}' is given twice in one call (also on line {others})",
                        line,
                    )


def late_never_assigned(blanked: str, root: tree_sitter.Node) -> Iterator[Mistake]:
    if re.search(r"^\s*part\s+;", blanked, re.MULTILINE):  # ``part 'x.dart';`` with its string blanked
        return
    for node in walk(root):
        if node.type != "declaration" or not any(c.type == "late" for c in node.children):
            continue
        if node.parent is None or node.parent.type != "class_body":
            continue
        for identifiers in (c for c in node.children if c.type == "initialized_identifier_list"):
            for item in identifiers.children:
                if item.type != "initialized_identifier" or any(c.type == "=" for c in item.children):
                    continue
                name = next((text_of(c) for c in item.children if c.type == "identifier"), "")
                if not name.startswith("_"):
                    continue
                assigned = rf"(?<![\w$]){re.escape(name)}\s*(?:=(?!=)|\?\?=)|this\.{re.escape(name)}\b"
                if not re.search(assigned, blanked):
                    yield Mistake(
                        "late-never-assigned",
                        f"the late field '{name}' is never assigned: reading it throws LateInitializationError",
                        item.start_point[0],
                    )


# a top-level call (not ``.when(`` of an AsyncValue) whose first argument does not open a closure's ``(``
MOCKTAIL_CALL = re.compile(r"(?<![\w.$])(when|verify|verifyNever|untilCalled)\(\s*(?![()\s])")


def mocktail_closures(blanked: str, root: tree_sitter.Node) -> Iterator[Mistake]:
    packages = imported_packages(text_of(root))
    if "mocktail" not in packages or "mockito" in packages:
        return
    for call in MOCKTAIL_CALL.finditer(blanked):
        name = call.group(1)
        yield Mistake(
            "mocktail-closure",
            f"mocktail's {name} takes a closure — {name}(() => mock.method(...)) — not the call's result",
            blanked.count("\n", 0, call.start()),
        )
