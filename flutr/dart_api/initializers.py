"""``instance-in-initializer``: a field initializer that reads the object being built — another field, a method,
``this``, or, in a ``State``, ``widget`` / ``context`` (``final _name = TextEditingController(text:
widget.initial);``, ``Animation<double> _fade = CurvedAnimation(parent: _controller, …);``). Dart runs field
initializers before the object exists: it does not compile; the field must be ``late`` or be set in
``initState`` / the constructor.

Conservative: ``late`` and ``static`` fields are skipped, names a closure in the initializer declares shadow the
members, and a member name that is also declared outside the class is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import tree_sitter

from flutr.dart_api.syntax import superclass_name, text_of, walk

STATE_MEMBERS = frozenset({"widget", "context", "mounted", "setState"})
_SKIPPED_PARENTS = frozenset({"label", "unconditional_assignable_selector", "conditional_assignable_selector"})


@dataclass(frozen=True)
class InitializerMistake:
    name: str  # the member read
    field: str  # the field whose initializer reads it
    line: int  # 0-based


def instance_in_initializers(root: tree_sitter.Node) -> Iterator[InitializerMistake]:
    outside = _declared_outside_classes(root)
    for node in walk(root):
        if node.type != "class_definition":
            continue
        body = next((c for c in node.children if c.type == "class_body"), None)
        if body is None:
            continue
        members = (_instance_members(body) | (STATE_MEMBERS if superclass_name(node) == "State" else set())) - outside
        for declaration in body.children:
            if declaration.type != "declaration" or any(c.type in ("late", "static") for c in declaration.children):
                continue
            for group in (c for c in declaration.children if c.type == "initialized_identifier_list"):
                for item in (c for c in group.children if c.type == "initialized_identifier"):
                    if not any(c.type == "=" for c in item.children):
                        continue
                    field = text_of(item.children[0])
                    equals = next(i for i, c in enumerate(item.children) if c.type == "=")
                    yield from _reads(item.children[equals + 1 :], members, field)


def _reads(value: list[tree_sitter.Node], members: set[str], field: str) -> Iterator[InitializerMistake]:
    """The first member the initializer (the nodes after ``=``) reads."""
    nodes = [n for part in value for n in walk(part)]
    shadowed = {text_of(i) for p in nodes if p.type == "formal_parameter" for i in p.children if i.type == "identifier"}
    for node in nodes:
        if node.type == "this":
            yield InitializerMistake("this", field, node.start_point[0])
            return
        if node.type != "identifier" or node.parent is None or node.parent.type in _SKIPPED_PARENTS:
            continue
        previous = node.prev_sibling
        if previous is not None and previous.type in (".", "?.", "..", "?.."):
            continue
        name = text_of(node)
        if name in members and name not in shadowed:
            yield InitializerMistake(name, field, node.start_point[0])
            return


def _instance_members(body: tree_sitter.Node) -> set[str]:
    names: set[str] = set()
    for member in body.children:
        if any(c.type == "static" for c in member.children):
            continue
        if member.type == "declaration":
            names |= {
                text_of(item.children[0])
                for group in member.children
                if group.type == "initialized_identifier_list"
                for item in group.children
                if item.type == "initialized_identifier" and item.children
            }
            names |= {
                text_of(i)
                for sig in member.children
                if sig.type in ("function_signature", "getter_signature")
                for i in sig.children
                if i.type == "identifier"
            }
        elif member.type == "method_signature":
            names |= {
                text_of(i)
                for sig in member.children
                if sig.type in ("function_signature", "getter_signature", "setter_signature")
                for i in sig.children[:3]
                if i.type == "identifier"
            }
    return names


def _declared_outside_classes(root: tree_sitter.Node) -> set[str]:
    names: set[str] = set()
    for node in root.children:
        if node.type in ("function_signature", "getter_signature"):
            names |= {text_of(c) for c in node.children if c.type == "identifier"}
        elif node.type in ("top_level_variable_declaration", "static_final_declaration_list"):
            names |= {
                text_of(c)
                for c in walk(node)
                if c.type == "identifier"
                and c.parent is not None
                and c.parent.type in ("initialized_identifier", "static_final_declaration")
            }
    return names
