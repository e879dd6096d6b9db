"""``widget.x`` in a ``State<W>`` where the file declares ``W`` and ``W`` has no ``x``: a compile error ("The getter
'x' isn't defined for the type 'W'") that an answer written inside a State class makes when it guesses a field of
its widget (``widget.userId`` where the widget holds ``user``).

Conservative by design: only a widget class declared in the same file that extends ``StatefulWidget`` directly,
with no mixins, ``implements`` or extensions in the file; any identifier written anywhere in its declaration
counts as a member (a name the class merely uses is accepted too); a State class that declares a name ``widget``
of its own is skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import tree_sitter

from flutr.dart_api.syntax import text_of, walk

# What every widget has (Widget, DiagnosticableTree and Object members) besides what the class declares.
WIDGET_MEMBERS = frozenset(
    {
        "key",
        "createState",
        "createElement",
        "canUpdate",
        "toString",
        "toStringShort",
        "toStringShallow",
        "toStringDeep",
        "toDiagnosticsNode",
        "debugFillProperties",
        "debugDescribeChildren",
        "hashCode",
        "runtimeType",
        "noSuchMethod",
    }
)
_WIDGET_ACCESS = re.compile(rb"(?<![\w$.])widget\s*\??\.\s*([A-Za-z_$][\w$]*)")
_OWN_WIDGET = re.compile(
    rb"(?<![\w$.])widget\s*[,)=;:]|(?<![\w$.])(?:final|var|const|late)\s+widget\b|\w\s+widget\s*[,)=;]"
)


@dataclass(frozen=True)
class MissingWidgetMember:
    widget: str  # the widget class
    member: str
    line: int  # 0-based


def missing_widget_members(blanked: str, root: tree_sitter.Node) -> list[MissingWidgetMember]:
    """Every ``widget.member`` in a State class of a widget the file declares that the widget does not have
    (``blanked``: the code through ``code_only``, ``root`` its tree)."""
    if re.search(r"\bextension\b", blanked):
        return []
    widgets: dict[str, set[str]] = {}
    states: list[tuple[str, tree_sitter.Node]] = []
    for node in root.children:
        if node.type != "class_definition":
            continue
        name, superclass, body = (node.child_by_field_name(f) for f in ("name", "superclass", "body"))
        if name is None or superclass is None or body is None:
            continue
        parts = [child for child in superclass.children if child.type != "extends"]
        base = text_of(parts[0]) if parts else ""
        if len(parts) == 1 and base == "StatefulWidget" and not _has_interfaces(node):
            widgets[text_of(name)] = {text_of(n) for n in walk(node) if n.type == "identifier"}
        elif base == "State" and len(parts) == 2 and parts[1].type == "type_arguments":
            states.append((text_of(parts[1]).strip("<> "), body))
    if not widgets:
        return []
    encoded = blanked.encode("utf-8")  # byte offsets, as the tree's
    found = []
    for widget, body in states:
        members = widgets.get(widget)
        if members is None:
            continue
        text = encoded[body.start_byte : body.end_byte]
        if _OWN_WIDGET.search(text):
            continue
        for match in _WIDGET_ACCESS.finditer(text):
            member = match.group(1).decode("utf-8")
            if member not in members and member not in WIDGET_MEMBERS:
                line = body.start_point[0] + text[: match.start()].count(b"\n")
                found.append(MissingWidgetMember(widget, member, line))
    return found


def _has_interfaces(node: tree_sitter.Node) -> bool:
    return any(child.type in ("mixins", "interfaces") for child in node.children)
