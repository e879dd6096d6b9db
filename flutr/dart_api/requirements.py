"""A dataset row's requirements: ``must_contain`` any-of groups, ``must_not`` and structural ``checks``.

- ``must_contain``: each item is one identifier/fragment or several alternatives separated by `` | ``
  (``"Navigator.pop | context.pop"``); every item must occur in the answer's **code** (comments and the text of
  strings are blanked first), matched as in :mod:`flutr.must_contain`.
- ``must_not``: items that must not occur in the code.
- ``checks``: structural requirements read off the syntax tree, in this small language::

      call NAME                      NAME is called or instantiated (NAME: Class, Class.named, function, .method;
                                     alternatives with |)
      call NAME(arg1, arg2)          that call passes the named arguments arg1 and arg2
      call NAME(arg: INNER | INNER2) named argument arg's value contains a call of INNER or INNER2
      call NAME > INNER | INNER2     a call of INNER (or INNER2) occurs anywhere in NAME's arguments
      extends NAME | NAME2           a class of the snippet extends NAME (or NAME2)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import tree_sitter

from flutr.dart import parse_dart
from flutr.dart_api.syntax import Arguments, chains, walk
from flutr.must_contain import contains_any


def missing_groups(code_text: str, must_contain: Iterable[str]) -> list[str]:
    """The must_contain items none of whose alternatives occurs in ``code_text`` (already code-only)."""
    return [item for item in must_contain if not contains_any(code_text, item)]


def present_forbidden(code_text: str, must_not: Iterable[str]) -> list[str]:
    return [item for item in must_not if contains_any(code_text, item)]


class CheckSyntaxError(ValueError):
    """A ``checks`` string that does not follow the language (the message says where and how)."""


@dataclass(frozen=True)
class ArgumentRule:
    name: str
    inner: tuple[str, ...] = ()  # the value must contain a call of one of these


@dataclass(frozen=True)
class Check:
    text: str
    kind: str  # "call" | "extends"
    names: tuple[str, ...]
    arguments: tuple[ArgumentRule, ...] = ()
    nested: tuple[str, ...] = ()  # `call A > B`


_NAME = r"\.?[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)?"
_NAMES = rf"{_NAME}(?:\s*\|\s*{_NAME})*"
_CALL = re.compile(rf"^call\s+(?P<names>{_NAMES})\s*(?:\((?P<args>[^()]*)\))?\s*(?:>\s*(?P<nested>{_NAMES}))?$")
_EXTENDS = re.compile(rf"^extends\s+(?P<names>{_NAMES})$")
_ARG = re.compile(rf"^(?P<name>[A-Za-z_$][\w$]*)\s*(?::\s*(?P<inner>{_NAMES}))?$")


def _split_names(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split("|") if part.strip())


@functools.lru_cache(maxsize=2048)
def parse_check(text: str) -> Check:
    stripped = " ".join(text.split())
    if match := _CALL.match(stripped):
        rules = []
        for raw in (match["args"] or "").split(","):
            if not raw.strip():
                continue
            arg = _ARG.match(raw.strip())
            if not arg:
                raise CheckSyntaxError(f"check {text!r}: argument {raw.strip()!r} is not NAME or NAME: INNER | INNER2")
            rules.append(ArgumentRule(arg["name"], _split_names(arg["inner"] or "")))
        return Check(stripped, "call", _split_names(match["names"]), tuple(rules), _split_names(match["nested"] or ""))
    if match := _EXTENDS.match(stripped):
        return Check(stripped, "extends", _split_names(match["names"]))
    raise CheckSyntaxError(
        f"check {text!r} is not 'call NAME[(args)][ > INNER]' or 'extends NAME' (see flutr/dart_api/requirements.py)"
    )


def callee_matches(names: Sequence[str], pattern: str) -> bool:
    """Whether a call whose dotted callee is ``names`` (``("Navigator", "push")``) is ``pattern``."""
    if not names:
        return False
    if pattern.startswith("."):
        return names[-1] == pattern[1:]
    wanted = tuple(pattern.split("."))
    return tuple(names[-len(wanted) :]) == wanted if len(wanted) > 1 else tuple(names) == wanted


def _calls_in(node: tree_sitter.Node) -> list[tuple[tuple[str, ...], Arguments]]:
    return [call for chain in chains(node) for call in chain.calls()]


def _contains_call(node: tree_sitter.Node, patterns: Sequence[str]) -> bool:
    return any(callee_matches(names, p) for names, _ in _calls_in(node) for p in patterns)


def check_holds(check: Check, root: tree_sitter.Node) -> bool:
    if check.kind == "extends":
        for node in walk(root):
            if node.type == "superclass":
                parents = {(c.text or b"").decode() for c in node.children if c.type == "type_identifier"}
                if parents & set(check.names):
                    return True
        return False
    for names, arguments in _calls_in(root):
        if not any(callee_matches(names, pattern) for pattern in check.names):
            continue
        if not all(_argument_holds(rule, arguments) for rule in check.arguments):
            continue
        if check.nested and not _contains_call(arguments.node, check.nested):
            continue
        return True
    return False


def _argument_holds(rule: ArgumentRule, arguments: Arguments) -> bool:
    value = arguments.named.get(rule.name)
    if value is None:
        return False
    if not rule.inner:
        return True
    argument = value.parent if value.parent is not None and value.parent.type == "named_argument" else value
    return _contains_call(argument, rule.inner) or _mentions(argument, rule.inner)


def _mentions(node: tree_sitter.Node, patterns: Sequence[str]) -> bool:
    """A bare or dotted name in ``node`` (``child: list``, ``scrollDirection: Axis.horizontal``)."""
    names = {(n.text or b"").decode() for n in walk(node) if n.type == "identifier"}
    if names & set(patterns):
        return True
    for chain in chains(node):
        leading = []
        for segment in chain.segments:
            if segment.kind != "name":
                break
            leading.append(segment.name)
        if any(callee_matches(leading, pattern) for pattern in patterns):
            return True
    return False


def failed_checks(code: str, checks: Iterable[str]) -> list[str]:
    """The ``checks`` that do not hold for ``code`` (raises :class:`CheckSyntaxError` for a malformed one)."""
    parsed = [parse_check(text) for text in checks]
    if not parsed:
        return []
    root = parse_dart(code).root_node
    return [check.text for check in parsed if not check_holds(check, root)]
