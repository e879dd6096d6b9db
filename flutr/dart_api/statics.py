"""``static-unqualified``: a static member of one class used by its bare name inside another class — ``reasons``
inside ``_SkipDoseDialogState`` where ``SkipDoseDialog`` declares ``static const reasons``. Dart looks a bare name
up in the enclosing class and the library, not in other classes: "Undefined name 'reasons'" (write
``SkipDoseDialog.reasons``). A State class reaching for its widget's constants is where answers make it.

Conservative: only a name the snippet declares once (as that static member), used in a class that neither is nor
extends, implements or mixes in the declaring class, outside any extension.
"""

from __future__ import annotations

from collections.abc import Iterator

import tree_sitter

from flutr.dart_api.mistakes import Mistake
from flutr.dart_api.names import Scope, declaration_counts, references
from flutr.dart_api.syntax import enclosing, text_of, walk

_STATIC_LISTS = ("static_final_declaration_list", "initialized_identifier_list")
_SIGNATURES = ("function_signature", "getter_signature", "setter_signature")


def static_members(class_node: tree_sitter.Node) -> Iterator[str]:
    """The names of the static fields, methods, getters and setters ``class_node`` declares."""
    body = next((c for c in class_node.children if c.type == "class_body"), None)
    for member in body.children if body is not None else ():
        if not any(c.type == "static" for c in member.children):
            continue
        for child in member.children:
            if child.type in _STATIC_LISTS:
                for target in child.children:
                    name = next((c for c in target.children if c.type == "identifier"), None)
                    if name is not None:
                        yield text_of(name)
            elif child.type in _SIGNATURES:
                name = next((c for c in child.children if c.type == "identifier"), None)
                if name is not None:
                    yield text_of(name)


def _class_name(class_node: tree_sitter.Node) -> str:
    name = next((c for c in class_node.children if c.type == "identifier"), None)
    return text_of(name) if name is not None else ""


def _related(class_node: tree_sitter.Node, owner: str) -> bool:
    """Whether ``class_node`` is ``owner`` or names it among its supertypes (extends, with, implements)."""
    if _class_name(class_node) == owner:
        return True
    header = [c for c in class_node.children if c.type in ("superclass", "interfaces", "mixins")]
    header += [c for part in header for c in part.children if c.type == "mixins"]  # `extends A with B`
    # the supertypes themselves, not their type arguments: `State<SkipDoseDialog>` is not SkipDoseDialog
    return any(text_of(n) == owner for part in header for n in part.children if n.type == "type_identifier")


def unqualified_statics(root: tree_sitter.Node, scope: Scope) -> Iterator[Mistake]:
    counts = declaration_counts(root, scope)
    owners: dict[str, str] = {}
    for node in walk(root):
        if node.type == "class_definition":
            for name in static_members(node):
                owners[name] = _class_name(node)
    owners = {name: owner for name, owner in owners.items() if counts[name] == 1}
    if not owners:
        return
    for reference in references(root, scope):
        name = text_of(reference)
        owner = owners.get(name)
        if owner is None or enclosing(reference, "extension_declaration") is not None:
            continue
        user = enclosing(reference, "class_definition")
        if user is None or _related(user, owner):
            continue
        yield Mistake(
            "static-unqualified",
            f"'{name}' is a static member of {owner}: {_class_name(user)} does not see it by its bare name "
            f"(write '{owner}.{name}')",
            reference.start_point[0],
        )
