"""``field-without-setstate``: a ``State`` field that ``build`` shows, changed later without ``setState``
(``onPressed: () { _count++; }``, ``_questions = …`` after an ``await``): the value changes, the screen does not.

Later means: in a callback (a closure passed as a named argument — ``onPressed:``, ``onChanged:`` — or to
``then``, ``listen``, ``addListener``, ``Timer``, ``Future.delayed``), or after an ``await`` in a method.
Conservative by design: a callback or method that calls ``setState`` anywhere, or calls a method of the class
that does, passes; so do lifecycle methods, the callbacks of a ``StatefulBuilder``, plain assignments before the
first ``await``, and a field that ``build`` reads only as a form field's starting value (``DropdownButtonFormField(
value: _type, onChanged: (v) => _type = v)``: the form field shows the change itself).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import tree_sitter

from flutr.dart_api.syntax import superclass_name, text_of, walk

LIFECYCLE = frozenset({"initState", "dispose", "didChangeDependencies", "didUpdateWidget", "build", "deactivate"})
LATER_CALLS = frozenset({"then", "listen", "addListener", "Timer", "periodic", "delayed", "whenComplete"})
_ASSIGNMENTS = frozenset({"assignment_expression", "postfix_expression", "unary_expression"})


@dataclass(frozen=True)
class UnshownChange:
    field: str
    line: int  # 0-based


def unshown_changes(root: tree_sitter.Node) -> Iterator[UnshownChange]:
    for node in walk(root):
        if node.type != "class_definition" or not superclass_name(node) == "State":
            continue
        body = next((c for c in node.children if c.type == "class_body"), None)
        if body is None:
            continue
        methods = _methods(body)
        build = methods.get("build")
        if build is None:
            continue
        fields = _private_fields(body)
        shown = {
            text_of(n)
            for n in walk(build)
            if n.type in ("identifier", "identifier_dollar_escaped")  # `'$_count'` reads it too
            and text_of(n) in fields
            and not _in_closure(n, build, later_only=True)
            and not _form_field_start(n)
        }
        if not shown:
            continue
        updating = _updating_methods(methods)
        for name, method in methods.items():
            if name not in LIFECYCLE and name not in updating:
                yield from _after_await(method, shown)
        for closure in walk(body):
            if closure.type != "function_expression" or not _runs_later(closure):
                continue
            if _calls_set_state(closure, updating) or _in_stateful_builder(closure):
                continue
            yield from _assigned(closure, shown)


def _methods(body: tree_sitter.Node) -> dict[str, tree_sitter.Node]:
    """Method name → its ``function_body``."""
    found: dict[str, tree_sitter.Node] = {}
    children = body.children
    for signature, function in zip(children, children[1:], strict=False):
        if function.type != "function_body" or signature.type != "method_signature":
            continue
        inner = next((c for c in signature.children if c.type in ("function_signature", "getter_signature")), None)
        name = next((c for c in inner.children if c.type == "identifier"), None) if inner is not None else None
        if name is not None:
            found[text_of(name)] = function
    return found


def _private_fields(body: tree_sitter.Node) -> set[str]:
    return {
        text_of(item.children[0])
        for declaration in body.children
        if declaration.type == "declaration"
        and not any(c.type in ("static", "const_builtin") for c in declaration.children)
        for group in declaration.children
        if group.type == "initialized_identifier_list"
        for item in group.children
        if item.type == "initialized_identifier" and item.children and text_of(item.children[0]).startswith("_")
    }


def _calls_set_state(node: tree_sitter.Node, updating: set[str]) -> bool:
    for n in walk(node):
        if n.type == "identifier" and (text_of(n) == "setState" or text_of(n) in updating):
            following = n.next_sibling
            if following is not None and following.type == "selector" and following.children:
                if following.children[0].type == "argument_part":
                    return True
    return False


def _runs_later(closure: tree_sitter.Node) -> bool:
    """A closure passed as a named argument (``onPressed: () {…}``) or to a call that runs it later."""
    parent = closure.parent
    if parent is None:
        return False
    if parent.type == "named_argument":
        return True
    if parent.type != "argument":
        return False
    arguments = parent.parent
    part = arguments.parent if arguments is not None else None
    selector = part.parent if part is not None else None
    if selector is None or selector.type != "selector":
        return False
    previous = selector.prev_sibling
    if previous is None:
        return False
    name = (
        previous
        if previous.type == "identifier"
        else next((c for c in reversed(list(walk(previous))) if c.type == "identifier"), None)
    )
    return name is not None and text_of(name) in LATER_CALLS


def _in_stateful_builder(closure: tree_sitter.Node) -> bool:
    current = closure.parent
    while current is not None and current.type != "class_body":
        if current.type == "selector":
            previous = current.prev_sibling
            if previous is not None and text_of(previous) == "StatefulBuilder":
                return True
        current = current.parent
    return False


def _updating_methods(methods: dict[str, tree_sitter.Node]) -> set[str]:
    """The methods that call ``setState``, directly or through other methods of the class."""
    updating: set[str] = set()
    while True:
        found = {name for name, method in methods.items() if _calls_set_state(method, updating)}
        if found == updating:
            return updating
        updating = found


def _after_await(method: tree_sitter.Node, shown: set[str]) -> Iterator[UnshownChange]:
    first_await = next((n.start_byte for n in walk(method) if n.type == "await_expression"), None)
    return iter(()) if first_await is None else _assigned(method, shown, after=first_await)


def _assigned(node: tree_sitter.Node, shown: set[str], *, after: int = 0) -> Iterator[UnshownChange]:
    """Assignments to a shown field under ``node`` from byte ``after`` on, outside nested closures (their own
    check covers them)."""
    for n in walk(node):
        if n.type not in _ASSIGNMENTS or n.start_byte < after:
            continue
        if n.type == "unary_expression" and (not n.children or n.children[0].type != "increment_operator"):
            continue
        target = n.children[0] if n.type != "unary_expression" else n.children[-1]
        if target.type == "assignable_expression" and len(target.children) == 1:
            target = target.children[0]
        if target.type != "identifier" or text_of(target) not in shown:
            continue
        if n.type == "assignment_expression" and (len(n.children) < 2 or "=" not in n.children[1].type):
            continue
        if _in_closure(n, node):
            continue
        yield UnshownChange(text_of(target), n.start_point[0])


def _in_closure(node: tree_sitter.Node, outer: tree_sitter.Node, *, later_only: bool = False) -> bool:
    """Whether ``node`` stands in a closure under ``outer`` (``later_only``: in a callback, see ``_runs_later``)."""
    current = node.parent
    while current is not None and current.id != outer.id:
        if current.type == "function_expression" and (not later_only or _runs_later(current)):
            return True
        current = current.parent
    return False


def _form_field_start(node: tree_sitter.Node) -> bool:
    """``value: _type`` / ``initialValue: _type`` of a ``…FormField(…)``: the field keeps its own state."""
    argument = node.parent
    if argument is None or argument.type != "named_argument" or node.next_sibling is not None:
        return False
    label = next((c for c in argument.children if c.type == "label"), None)
    if label is None or text_of(label).rstrip(": ") not in ("value", "initialValue"):
        return False
    call = argument.parent.parent if argument.parent is not None else None  # arguments → argument_part
    holder = call.parent if call is not None else None
    callee = holder.prev_sibling if holder is not None and holder.type == "selector" else None
    if callee is not None and callee.type == "selector":
        callee = callee.prev_sibling  # `DropdownButtonFormField<String>(` reads its type arguments as a selector
    name = text_of(callee).split("<")[0] if callee is not None else ""
    return name.endswith("FormField")
