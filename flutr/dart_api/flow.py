"""Where code runs only under a condition: the two sides of every ``if`` statement, collection ``if`` element and
``?:`` expression, and the body of every switch case, as byte ranges — what the requirement check ``when COND >
ITEM`` reads (:mod:`flutr.dart_api.requirements`).

tree-sitter-dart writes an ``if`` as a flat run of children (``if ( condition ) then… else else…``) and a
conditional expression as ``condition… ? then… : else…``, so sides are taken between those tokens. A guard
(``if (!ok) { …; return; }`` with no ``else``) has a second side too: the statements after it in its block.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import tree_sitter

from flutr.dart_api.syntax import walk

Span = tuple[int, int]  # byte offsets, end exclusive

_EXITS = frozenset({"return_statement", "break_statement", "continue_statement"})


@dataclass(frozen=True)
class Branch:
    """One conditional: its condition's span, whether the whole condition is a negation (``!ok``: its ``then``
    side runs when ``ok`` is false), and the spans of the side run when the condition holds and of the other."""

    condition: Span
    negated: bool
    then: tuple[Span, ...]
    otherwise: tuple[Span, ...]


def branches(root: tree_sitter.Node) -> list[Branch]:
    """Every conditional under ``root``, in source order."""
    found = []
    for node in walk(root):
        if node.type in ("if_statement", "if_element"):
            branch = _if_branch(node)
        elif node.type == "conditional_expression":
            branch = _conditional_branch(node)
        elif node.type in ("switch_statement_case", "switch_expression_case"):
            branch = _case_branch(node)
        else:
            continue
        if branch is not None:
            found.append(branch)
    return sorted(found, key=lambda branch: branch.condition)


def _spans(nodes: Sequence[tree_sitter.Node]) -> tuple[Span, ...]:
    return ((nodes[0].start_byte, nodes[-1].end_byte),) if nodes else ()


def _negated(nodes: Sequence[tree_sitter.Node]) -> bool:
    if len(nodes) != 1 or nodes[0].type != "unary_expression" or not nodes[0].children:
        return False
    return nodes[0].children[0].type == "prefix_operator" and nodes[0].children[0].text == b"!"


def _split(children: Sequence[tree_sitter.Node], token: str) -> tuple[list[tree_sitter.Node], list[tree_sitter.Node]]:
    for index, child in enumerate(children):
        if child.type == token:
            return list(children[:index]), list(children[index + 1 :])
    return list(children), []


def _if_branch(node: tree_sitter.Node) -> Branch | None:
    children = list(node.children)
    if "(" not in [c.type for c in children] or ")" not in [c.type for c in children]:
        return None
    _, rest = _split(children, "(")
    condition, rest = _split(rest, ")")
    then, otherwise = _split(rest, "else")
    if not condition:
        return None
    otherwise_spans = _spans(otherwise)
    if not otherwise and node.type == "if_statement" and _exits(then):
        otherwise_spans = _after(node)
    return Branch(
        (condition[0].start_byte, condition[-1].end_byte),
        _negated(condition),
        _spans([c for c in then if c.type != "comment"]),
        otherwise_spans,
    )


def _conditional_branch(node: tree_sitter.Node) -> Branch | None:
    condition, rest = _split(list(node.children), "?")
    then, otherwise = _split(rest, ":")
    if not condition or not then:
        return None
    return Branch(
        (condition[0].start_byte, condition[-1].end_byte), _negated(condition), _spans(then), _spans(otherwise)
    )


def _case_branch(node: tree_sitter.Node) -> Branch | None:
    """A ``case PATTERN:`` of a switch statement (an empty one falls through to the next case's statements) or a
    ``PATTERN => value`` of a switch expression: the pattern is the condition; no other side."""
    token = ":" if node.type == "switch_statement_case" else "=>"
    pattern, body = _split([c for c in node.children if c.type not in ("case_builtin", "comment")], token)
    if not pattern:
        return None
    following = node.next_sibling
    while not body and node.type == "switch_statement_case" and following is not None:
        if following.type not in ("switch_statement_case", "switch_statement_default"):
            break
        _, body = _split([c for c in following.children if c.type != "comment"], ":")
        following = following.next_sibling
    return Branch((pattern[0].start_byte, pattern[-1].end_byte), False, _spans(body), ())


def _exits(then: Sequence[tree_sitter.Node]) -> bool:
    """Whether the ``then`` side of an ``if`` always leaves (its last statement returns, throws, breaks)."""
    statements = [c for c in then if c.type != "comment"]
    if not statements:
        return False
    last = statements[-1]
    if last.type == "block":
        inner = [c for c in last.children if c.type not in ("{", "}", "comment")]
        if not inner:
            return False
        last = inner[-1]
    if last.type in _EXITS:
        return True
    return last.type == "expression_statement" and any(c.type == "throw_expression" for c in last.children)


def _after(node: tree_sitter.Node) -> tuple[Span, ...]:
    """The statements after ``node`` in its block (a guard's other side)."""
    later = list(_later_siblings(node))
    return _spans([c for c in later if c.type not in ("}", "comment")])


def _later_siblings(node: tree_sitter.Node) -> Iterator[tree_sitter.Node]:
    sibling = node.next_sibling
    while sibling is not None:
        yield sibling
        sibling = sibling.next_sibling


def inside(position: int, spans: Sequence[Span]) -> bool:
    return any(start <= position < end for start, end in spans)
