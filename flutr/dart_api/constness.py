"""Values that are not constants inside a ``const`` expression: ``const Text(title)`` where ``title`` is a field,
a parameter or a ``final`` local, ``const Padding(child: Text(widget.label))``, ``const MaterialApp(home:
Platform.isIOS ? … : …)``. Dart rejects them at compile time ("not a constant expression").

Conservative: only lowerCamel names the snippet itself declares without ``const`` (fields, parameters, locals;
``widget`` and ``context`` always) and ``Platform.`` getters count; a name declared ``const`` anywhere in the
snippet, or not declared in it at all, is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import tree_sitter

from flutr.dart_api.syntax import text_of, walk

_ALWAYS_VARIABLE = frozenset({"widget", "context"})
_MEMBER_PARENTS = frozenset(
    {"unconditional_assignable_selector", "conditional_assignable_selector", "label", "type_identifier"}
)
_DECLARING = frozenset(
    {"initialized_identifier", "static_final_declaration", "initialized_variable_definition", "formal_parameter"}
)


@dataclass(frozen=True)
class NonConstant:
    name: str
    line: int  # 0-based


def non_constants(root: tree_sitter.Node) -> list[NonConstant]:
    """The non-constant values inside the outermost ``const`` constructor calls under ``root``."""
    constant, variable = _declared(root)
    variable = (variable | _ALWAYS_VARIABLE) - constant
    found = []
    for expression in _outermost_consts(root):
        for node in walk(expression):
            if node.type != "identifier" or node.parent is None or node.parent.type in _MEMBER_PARENTS:
                continue
            if _is_constructor_name(node):  # ``const ColorScheme.dark(…)``: the constructor, not a ``dark`` field
                continue
            name = text_of(node)
            if name in variable or (name == "Platform" and _is_member_head(node)):
                found.append(NonConstant(name if name != "Platform" else _chain_text(node), node.start_point[0]))
    return found


def _declared(root: tree_sitter.Node) -> tuple[set[str], set[str]]:
    """Names the snippet declares ``const`` (or ``static const``), and names it declares otherwise."""
    constant: set[str] = set()
    variable: set[str] = set()
    for node in walk(root):
        if node.type not in _DECLARING:
            continue
        name = next((c for c in node.children if c.type == "identifier"), None)
        if name is None:
            continue
        holder = node if node.type == "initialized_variable_definition" else node.parent
        while holder is not None and holder.type not in (
            "declaration",
            "initialized_variable_definition",
            "formal_parameter",
            "program",
            "class_body",
        ):
            holder = holder.parent
        is_const = holder is not None and any(c.type == "const_builtin" for c in holder.children)
        (constant if is_const else variable).add(text_of(name))
    return constant, variable


def _outermost_consts(root: tree_sitter.Node) -> Iterator[tree_sitter.Node]:
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type == "const_object_expression":
            yield node
            continue
        stack.extend(node.children)


def _is_constructor_name(node: tree_sitter.Node) -> bool:
    previous = node.prev_sibling
    return (
        node.parent is not None
        and node.parent.type == "const_object_expression"
        and previous is not None
        and (previous.type == ".")
    )


def _is_member_head(node: tree_sitter.Node) -> bool:
    following = node.next_sibling
    return following is not None and following.type == "selector"


def _chain_text(node: tree_sitter.Node) -> str:
    following = node.next_sibling
    return text_of(node) + (text_of(following) if following is not None else "")
