"""Null-safety errors that tree-sitter cannot see and a reviewer reads at once:

- ``nullable-field-member``: a member used through a non-final nullable field (``Timer? _timer;`` …
  ``_timer.cancel()``): a mutable field never promotes, even after a null check, so it needs ``?.`` or ``!``;
- ``nullable-condition``: the ``bool?`` that an awaited ``showDialog<bool>`` / ``push<bool>`` returns used as a
  condition (``if (confirmed)``) or stored in a ``bool``: the route may close without a value;
- ``nullable-spread``: ``...items`` where ``items`` is declared nullable and nothing in the file tests it for
  null (``...?items`` is the spread that takes null);
- ``nullable-index``: a member or an arithmetic update through a map lookup (``_byRoom[room].add(line)``,
  ``_totals[room] += price``) of a map the file declares with a typed value (``Map<String, List<Line>>``,
  ``<String, double>{}``): a lookup is nullable, so it needs ``!``, ``?.``, ``??`` or ``update``/``putIfAbsent``
  (``Map<…, dynamic>`` lookups are dynamic and left alone).

Conservative by design: a name declared more than once in the file, a file that declares an extension (which may
add members to a nullable type) and the members every object has are left alone.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import tree_sitter

from flutr.dart_api.mistakes import Mistake
from flutr.dart_api.syntax import text_of, walk

OBJECT_MEMBERS = frozenset({"toString", "hashCode", "runtimeType", "noSuchMethod"})
# Calls whose awaited value is the route's result: null when the route is closed without one.
ROUTE_RESULTS = (
    "showDialog",
    "showModalBottomSheet",
    "showCupertinoDialog",
    "showCupertinoModalPopup",
    "showGeneralDialog",
    "push",
    "pushNamed",
)
_AWAITED_BOOL = re.compile(
    r"^(final|var|bool\??)\s+([A-Za-z_$][\w$]*)\s*=\s*await\s+[\w$.()\s]*?\b(?:"
    + "|".join(ROUTE_RESULTS)
    + r")\s*<\s*bool\s*>\s*\(",
)


def null_safety_mistakes(blanked: str, root: tree_sitter.Node, counts: Counter[str]) -> list[Mistake]:
    """``blanked``: the code through ``code_only`` (comments and string text blanked), ``root`` its tree,
    ``counts`` how often each name is declared (``names.declaration_counts``)."""
    if re.search(r"\bextension\b", blanked):
        return []
    return [
        *_field_members(root, counts),
        *_awaited_conditions(blanked, root, counts),
        *_then_conditions(blanked),
        *_spreads(blanked, root, counts),
        *_map_lookups(blanked, counts),
    ]


_MAP_NAME = r"[A-Za-z_$][\w$]*"
# a type argument: a name, maybe prefixed, with one level of type arguments, maybe nullable
_TYPE_ARGUMENT = r"[A-Za-z_$][\w$.]*(?:<[^<>;{}()=]*(?:<[^<>;{}()=]*>[^<>;{}()=]*)?>)?\??"
_MAP_DECLARED = re.compile(
    rf"\bMap\s*<\s*{_TYPE_ARGUMENT}\s*,\s*(?P<value>{_TYPE_ARGUMENT})\s*>\s+(?P<name>{_MAP_NAME})\s*[;=,)]"
    rf"|\b(?P<inferred>{_MAP_NAME})\s*=\s*(?:const\s+)?<\s*{_TYPE_ARGUMENT}\s*,\s*(?P<literal_value>{_TYPE_ARGUMENT})\s*>\s*\{{"
)
_LOOSE_VALUES = frozenset({"dynamic", "Object?", "Never"})


def _map_lookups(blanked: str, counts: Counter[str]) -> Iterator[Mistake]:
    maps = {}
    for declared in _MAP_DECLARED.finditer(blanked):
        name = declared.group("name") or declared.group("inferred")
        value = (declared.group("value") or declared.group("literal_value") or "").replace(" ", "")
        if value not in _LOOSE_VALUES and counts[name] == 1:
            maps[name] = value
    if not maps:
        return
    names = "|".join(re.escape(name) for name in sorted(maps))
    lookup = re.compile(
        rf"(?<![\w$.?])(?P<name>{names})\s*\[[^\[\];{{}}]*\]\s*"
        r"(?:\.(?!\.)\s*(?P<member>[A-Za-z_$][\w$]*)|(?P<update>\+=|-=|\*=|/=|\+\+|--))"
    )
    for found in lookup.finditer(blanked):
        if found.group("member") in OBJECT_MEMBERS:
            continue
        name, used = found.group("name"), found.group("member") or found.group("update")
        shown = f".{used}" if found.group("member") else f" {used}"
        yield Mistake(
            "nullable-index",
            f"'{name}[…]' may be null (a map lookup), so '{name}[…]{shown}' does not compile: use '!' after a check, "
            "'?.', or update/putIfAbsent",
            blanked.count("\n", 0, found.start()),
        )


def member_read(node: tree_sitter.Node) -> tree_sitter.Node | None:
    """The member read with a plain ``.`` right after ``node`` (``name`` of ``x.name``); None for ``?.``, a call
    or an index, or nothing after it."""
    selector = node.next_sibling
    if selector is None or selector.type != "selector" or not selector.children:
        return None
    access = selector.children[0]
    if access.type != "unconditional_assignable_selector":
        return None
    return next((c for c in access.children if c.type == "identifier"), None)


def _nullable_declarations(root: tree_sitter.Node) -> Iterator[tuple[str, tree_sitter.Node, bool]]:
    """(name, declaring node, whether it is a mutable field) of every variable declared with a nullable type."""
    for node in walk(root):
        if node.type == "formal_parameter":
            if any(c.type == "nullable_type" for c in node.children):
                name = next((c for c in reversed(node.children) if c.type == "identifier"), None)
                if name is not None:
                    yield text_of(name), node, False
            continue
        if node.type not in ("declaration", "local_variable_declaration", "initialized_variable_definition"):
            continue
        holder = node
        if node.type == "local_variable_declaration":
            holder = next((c for c in node.children if c.type == "initialized_variable_definition"), node)
        if not any(c.type == "nullable_type" for c in holder.children):
            continue
        kinds = {c.type for c in holder.children}
        mutable_field = node.type == "declaration" and not kinds & {"final_builtin", "const_builtin", "late"}
        if node.type == "declaration":
            names = [
                i
                for group in holder.children
                if group.type == "initialized_identifier_list"
                for item in group.children
                if item.type == "initialized_identifier"
                for i in item.children[:1]
                if i.type == "identifier"
            ]
        else:
            names = [c for c in holder.children if c.type == "identifier"][:1]
        for name in names:
            yield text_of(name), holder, mutable_field


def _field_members(root: tree_sitter.Node, counts: Counter[str]) -> Iterator[Mistake]:
    for body in (n for n in walk(root) if n.type == "class_body"):
        fields = {
            name
            for name, node, mutable in _nullable_declarations(body)
            if mutable and node.parent is not None and node.parent.id == body.id and counts[name] == 1
        }
        if not fields:
            continue
        for node in walk(body):
            if node.type != "identifier" or text_of(node) not in fields:
                continue
            member = member_read(node)
            previous = node.prev_sibling
            if (
                member is None
                or text_of(member) in OBJECT_MEMBERS
                or (previous is not None and previous.type in (".", "?."))
            ):
                continue
            name = text_of(node)
            yield Mistake(
                "nullable-field-member",
                f"'{name}' is a nullable field that never promotes: '{name}.{text_of(member)}' does not compile "
                f"(use {name}?.{text_of(member)} or a local copy)",
                node.start_point[0],
            )


def _awaited_conditions(blanked: str, root: tree_sitter.Node, counts: Counter[str]) -> Iterator[Mistake]:
    for node in walk(root):
        if node.type != "local_variable_declaration":
            continue
        text = text_of(node)
        match = _AWAITED_BOOL.match(text)
        if match is None or "??" in text:
            continue
        declared, name = match.group(1), match.group(2)
        if counts[name] != 1:
            continue
        if declared == "bool":
            yield Mistake(
                "nullable-condition",
                f"the awaited route returns bool? (null when closed without a value): '{name}' cannot be a bool",
                node.start_point[0],
            )
            continue
        scope = node.parent
        if scope is None or tested_for_null(blanked, name):
            continue  # a local promotes after `if (x == null) return;`
        after = text_of(scope)[node.end_byte - scope.start_byte :]
        found = re.search(_used_as_bool(name), after)
        if found is not None:
            line = scope.start_point[0] + text_of(scope)[: node.end_byte - scope.start_byte + found.start()].count("\n")
            yield Mistake(
                "nullable-condition",
                f"'{name}' is the bool? an awaited route returns (null when it is closed without a value): test "
                f"'{name} == true' instead of using it as a condition",
                line,
            )


def _then_conditions(blanked: str) -> Iterator[Mistake]:
    """``push<bool>(…).then((added) { if (added) … })``: the callback's value is the same ``bool?``."""
    for call in re.finditer(r"\b(?:" + "|".join(ROUTE_RESULTS) + r")\s*<\s*bool\s*>\s*\(", blanked):
        end = closing(blanked, call.end() - 1)
        if end is None:
            continue
        then = re.match(r"\s*\.then\s*\(\s*\(\s*([A-Za-z_$][\w$]*)\s*\)", blanked[end + 1 :])
        if then is None:
            continue
        start = end + 1 + then.end()
        body = blanked[start : closing(blanked, end + 1 + then.group(0).index("(")) or len(blanked)]
        name = then.group(1)
        found = re.search(_used_as_bool(name), body)
        if found is not None and not tested_for_null(body, name):
            yield Mistake(
                "nullable-condition",
                f"'{name}' is the bool? the route returns (null when it is closed without a value): test "
                f"'{name} == true' instead of using it as a condition",
                blanked[: start + found.start()].count("\n"),
            )


def closing(text: str, opening: int) -> int | None:
    """The index of the bracket that closes the one at ``opening`` (strings are blanked already)."""
    pairs = {"(": ")", "[": "]", "{": "}"}
    stack: list[str] = []
    for index in range(opening, len(text)):
        char = text[index]
        if char in pairs:
            stack.append(pairs[char])
        elif stack and char == stack[-1]:
            stack.pop()
            if not stack:
                return index
    return None


def _used_as_bool(name: str) -> str:
    n = re.escape(name)
    return (
        rf"\bif\s*\(\s*!?\s*{n}\s*\)|(?<![\w$.]){n}\s*(?:&&|\|\|)|(?:&&|\|\|)\s*!?\s*{n}(?![\w$.(])"
        rf"|(?<![\w$.]){n}\s*\?(?![?.])|!\s*{n}(?![\w$.])"
    )


def _spreads(blanked: str, root: tree_sitter.Node, counts: Counter[str]) -> Iterator[Mistake]:
    nullable = {name: mutable for name, _, mutable in _nullable_declarations(root) if counts[name] == 1}
    if not nullable:
        return
    for node in walk(root):
        if node.type != "spread_element" or not node.children or text_of(node.children[0]) != "...":
            continue
        value = node.children[1] if len(node.children) == 2 else None
        if value is None or value.type != "identifier" or text_of(value) not in nullable:
            continue
        name = text_of(value)
        if not nullable[name] and tested_for_null(blanked, name):
            continue
        yield Mistake(
            "nullable-spread",
            f"'{name}' is nullable: '...{name}' does not compile (use '...?{name}')",
            node.start_point[0],
        )


def tested_for_null(blanked: str, name: str) -> bool:
    """Whether ``blanked`` compares ``name`` with null or tests its type (a local promotes after it)."""
    n = re.escape(name)
    return re.search(rf"(?<![\w$.]){n}\s*(?:[!=]=\s*null|is\b)|null\s*[!=]=\s*{n}(?![\w$])", blanked) is not None
