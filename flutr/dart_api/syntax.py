"""Calls, member chains and declarations of a Dart snippet, read off tree-sitter-dart's tree.

tree-sitter-dart writes a postfix expression as a flat run of siblings: a head (``Navigator``) followed by
``selector`` nodes (``.of``, ``(context)``, ``.push``, ``(route)``). :func:`chains` turns every such run, every
``const``/``new`` object expression and every cascade section into a :class:`Chain` of :class:`Segment`s, so
that checks can ask "which calls are there, with which named arguments, on what".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import tree_sitter

from flutr.dart import parse_dart

_COMMENTS = frozenset({"comment", "documentation_comment"})
_HEADS = frozenset({"identifier", "this", "super", "type_identifier"})
UPPER_CAMEL = re.compile(r"^[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*$")
_IMPORT = re.compile(r"^\s*import\s+['\"]([^'\"]+)['\"]", re.MULTILINE)


def import_uris(source: str) -> list[str]:
    """The URIs of ``source``'s import directives, in order (``dart:async``, ``package:x/x.dart``, ``api.dart``)."""
    return _IMPORT.findall(source)


def imported_packages(source: str) -> frozenset[str]:
    """The packages ``source`` imports from (``package:mocktail/mocktail.dart`` → ``mocktail``)."""
    return frozenset(uri[len("package:") :].split("/")[0] for uri in import_uris(source) if uri.startswith("package:"))


def code_only(source: str, root: tree_sitter.Node | None = None) -> str:
    """``source`` with comments and the literal text of strings blanked (newlines kept). Interpolated
    expressions (``'${user.name}'``) stay: they are code. ``root``: ``source``'s tree when the caller has it.
    Blanking keeps every byte offset, so positions of ``root`` still hold in the result."""
    encoded = bytearray(source.encode("utf-8"))

    def blank(start: int, end: int) -> None:
        for position in range(start, end):
            if encoded[position] not in (0x0A, 0x0D):
                encoded[position] = 0x20

    stack = [root if root is not None else parse_dart(source).root_node]
    while stack:
        node = stack.pop()
        if node.type in _COMMENTS:
            blank(node.start_byte, node.end_byte)
            continue
        if node.type == "string_literal":
            cursor = node.start_byte
            for child in node.children:
                if child.type in ("template_substitution", "identifier_dollar_escaped"):
                    blank(cursor, child.start_byte)
                    cursor = child.end_byte
                    stack.append(child)
            blank(cursor, node.end_byte)
            continue
        stack.extend(node.children)
    return encoded.decode("utf-8", errors="replace")


@dataclass(frozen=True)
class Arguments:
    """One argument list: its named labels and their value nodes."""

    node: tree_sitter.Node
    named: dict[str, tree_sitter.Node]
    positional: int


@dataclass(frozen=True)
class Segment:
    """``name`` (a ``.member`` or the head), ``call`` (an argument list) or ``other`` (index, ``!``, types)."""

    kind: str
    name: str = ""
    arguments: Arguments | None = None


@dataclass(frozen=True)
class Chain:
    """``Navigator.of(context).push(route)`` → name Navigator, name of, call, name push, call."""

    segments: tuple[Segment, ...]
    node: tree_sitter.Node  # the first node of the run (for positions and enclosing scopes)
    cascade: bool = False  # a ``..member`` section: its receiver is the cascade's target

    def calls(self) -> Iterator[tuple[tuple[str, ...], Arguments]]:
        """Each call with the dotted names right before it: ``Navigator.of(…)`` → (("Navigator", "of"), args);
        ``….push(…)`` → (("push",), args) when a call precedes the name."""
        names: list[str] = []
        for segment in self.segments:
            if segment.kind == "name":
                names.append(segment.name)
            elif segment.kind == "call" and segment.arguments is not None:
                yield tuple(names), segment.arguments
                names = []
            else:
                names = []

    @property
    def head(self) -> str:
        return self.segments[0].name if self.segments and self.segments[0].kind == "name" else ""

    @property
    def line(self) -> int:
        return self.node.start_point[0]


def _arguments(node: tree_sitter.Node) -> Arguments:
    named: dict[str, tree_sitter.Node] = {}
    positional = 0
    in_type_arguments = False  # inside ``Map<String, String>.from(…)`` read as ``Map < String``, ``String > …``
    for child in node.children:
        if child.type == "named_argument":
            label = next((c for c in child.children if c.type == "label"), None)
            name = next((c for c in label.children if c.type == "identifier"), None) if label else None
            value = child.children[-1]
            if name is not None:
                named[text_of(name)] = value
        elif child.type == "argument":
            compared = _type_comparison(child)
            if in_type_arguments:
                in_type_arguments = compared != ">"
                continue
            in_type_arguments = compared == "<"
            positional += 1
    return Arguments(node, named, positional)


def _type_comparison(argument: tree_sitter.Node) -> str | None:
    """``<`` for an argument ``Type < Type`` and ``>`` for one ``Type > …``: the pieces of a generic type's
    arguments split at their commas (tree-sitter-dart reads ``f(Map<String, String>.from(x))`` as two
    comparisons); None for anything else (a real ``a < b`` compares lower-case values)."""
    inner = [c for c in argument.children if c.type != "comment"]
    if len(inner) != 1 or inner[0].type != "relational_expression":
        return None
    parts = inner[0].children
    operator = next((_operator(c) for c in parts if _operator(c) in ("<", ">")), None)
    if not parts or not _names_a_type(parts[0]) or (operator == "<" and not _names_a_type(parts[-1])):
        return None
    return operator


def _names_a_type(node: tree_sitter.Node) -> bool:
    return node.type in ("identifier", "type_identifier") and text_of(node)[:1].isupper()


def text_of(node: tree_sitter.Node) -> str:
    return (node.text or b"").decode("utf-8", errors="replace")


def walk(root: tree_sitter.Node) -> Iterator[tree_sitter.Node]:
    """Every node under ``root`` (``root`` included), depth first."""
    stack = [root]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(node.children)


def _segments_of(child: tree_sitter.Node) -> list[Segment]:
    """The segments of one part of a selector or cascade section."""
    if child.type in ("unconditional_assignable_selector", "conditional_assignable_selector", "cascade_selector"):
        name = next((c for c in child.children if c.type == "identifier"), None)
        return [Segment("name", text_of(name)) if name else Segment("other")]
    if child.type == "argument_part":
        args = next((c for c in child.children if c.type == "arguments"), None)
        return [Segment("call", arguments=_arguments(args)) if args else Segment("other")]
    if child.type == "arguments":
        return [Segment("call", arguments=_arguments(child))]
    if child.type == "identifier":
        return [Segment("name", text_of(child))]
    if child.type in ("!", "type_arguments", "..", "?.."):
        return []
    if child.type == "selector":
        return _selector_segments(child)
    return [Segment("other")]


def _selector_segments(selector: tree_sitter.Node) -> list[Segment]:
    return [segment for child in selector.children for segment in _segments_of(child)]


def _arrow_body_continued(function: tree_sitter.Node, selectors: list[tree_sitter.Node]) -> Chain | None:
    """tree-sitter-dart ends an arrow function in an argument early when its body goes on with a generic call or a
    cascade call (``onTap: () => context.push<bool>('/x').then(…)``, ``create: (_) => Draft()..restore()``): the
    selectors after the function belong to the body's last expression. Its chain, continued by them."""
    body = next((c for c in function.children if c.type == "function_expression_body"), None)
    parts = [c for c in body.children if c.type not in ("=>", "comment")] if body is not None else []
    if not parts:
        return None
    outside = [segment for selector in selectors for segment in _selector_segments(selector)]
    last = parts[-1]
    if last.type == "cascade_section":
        inside = [s for c in last.children if c.type != "=" for s in _segments_of(c)]
        return Chain(tuple(inside + outside), last, cascade=True)
    start = len(parts) - 1
    while start > 0 and parts[start].type == "selector":
        start -= 1
    head = parts[start]
    if head.type not in _HEADS or any(p.type != "selector" for p in parts[start + 1 :]):
        return None
    inside = [Segment("name", text_of(head))] + [s for p in parts[start + 1 :] for s in _selector_segments(p)]
    return Chain(tuple(inside + outside), head)


def _object_expression(node: tree_sitter.Node) -> Chain:
    """``const Foo.bar(…)`` / ``new Foo(…)``."""
    segments: list[Segment] = []
    for child in node.children:
        if child.type in ("type_identifier", "identifier"):
            segments.append(Segment("name", text_of(child)))
        elif child.type == "arguments":
            segments.append(Segment("call", arguments=_arguments(child)))
    return Chain(tuple(segments), node)


def _operator(node: tree_sitter.Node) -> str:
    return text_of(node).strip() if node.type == "relational_operator" else ""


def run_segments(nodes: list[tree_sitter.Node]) -> list[Segment] | None:
    """The segments of an expression given as sibling nodes (``SharedPreferences``, ``.getInstance``, ``()``),
    None when it is not one member chain."""
    return _run(nodes)


def _run(nodes: list[tree_sitter.Node]) -> list[Segment] | None:
    """Segments of a head + selectors run given as sibling nodes, looking through ``await``/unary wrappers."""
    if len(nodes) == 1 and nodes[0].type in ("unary_expression", "await_expression"):
        return _run([c for c in nodes[0].children if c.type not in ("await", "-", "!")])
    heads = [i for i, c in enumerate(nodes) if c.type in _HEADS]
    if not heads:
        return None
    start = heads[-1]
    segments = [Segment("name", text_of(nodes[start]))]
    for child in nodes[start + 1 :]:
        if child.type != "selector":
            return None
        segments.extend(_selector_segments(child))
    return segments


def generic_call(node: tree_sitter.Node) -> Chain | None:
    """``x.openBox<Note>('n')`` in an initializer: tree-sitter-dart reads it as ``(x.openBox < Note) > ('n')``.
    Recognise that shape and return the call it really is."""
    parts = node.children
    if len(parts) != 3 or _operator(parts[1]) != ">" or parts[0].type != "relational_expression":
        return None
    if parts[2].type not in ("parenthesized_expression", "record_literal"):
        return None  # `MaterialPageRoute<bool>(builder: …)`: the arguments read as a record
    inner = parts[0].children
    less = next((i for i, c in enumerate(inner) if _operator(c) == "<"), None)
    if less is None or less + 2 != len(inner) or inner[-1].type not in ("identifier", "type_identifier"):
        return None
    if inner[0].type == "function_expression":  # `onTap: () => _channel.invokeMethod<void>('open')`
        arrow = _arrow_body_continued(inner[0], list(inner[1:less]))
        segments = list(arrow.segments) if arrow is not None else None
    else:
        segments = _run(inner[:less])
    if not segments or segments[-1].kind != "name":
        return None
    return Chain((*segments, Segment("call", arguments=_record_arguments(parts[2]))), inner[0])


def _record_arguments(node: tree_sitter.Node) -> Arguments:
    """The arguments of a generic call that tree-sitter read as a parenthesized expression or a record literal:
    ``label value…`` groups are named (the value: the group's last node, as for a real argument list)."""
    named: dict[str, tree_sitter.Node] = {}
    positional = 0
    group: list[tree_sitter.Node] = []
    for child in [*node.children[1:-1], None]:
        if child is not None and child.type != ",":
            group.append(child)
            continue
        if group and group[0].type == "label" and len(group) > 1:
            name = next((c for c in group[0].children if c.type == "identifier"), None)
            if name is not None:
                named[text_of(name)] = group[-1]
        elif group:
            positional += 1
        group = []
    return Arguments(node, named, positional)


def chains(root: tree_sitter.Node) -> list[Chain]:
    """Every member chain, object expression and cascade section under ``root``, in document order."""
    found: list[Chain] = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type in _COMMENTS:
            continue
        if node.type in ("const_object_expression", "new_expression", "constructor_invocation"):
            found.append(_object_expression(node))
        elif node.type == "relational_expression" and (generic := generic_call(node)) is not None:
            found.append(generic)
        elif node.type == "cascade_section":
            segments = [s for child in node.children if child.type != "=" for s in _segments_of(child)]
            if "=" in (c.type for c in node.children):  # `..text = 'a'`: only the assigned member counts
                segments = segments[:1]
            if segments:
                found.append(Chain(tuple(segments), node, cascade=True))
        children = node.children
        index = 0
        while index < len(children):
            child = children[index]
            if (
                child.type == "function_expression"
                and index + 1 < len(children)
                and children[index + 1].type == "selector"
            ):
                end = index + 1
                while end < len(children) and children[end].type == "selector":
                    end += 1
                if (continued := _arrow_body_continued(child, children[index + 1 : end])) is not None:
                    found.append(continued)
                index = end
                continue
            if (
                (child.type in _HEADS or child.type == "parenthesized_expression")
                and index + 1 < len(children)
                and children[index + 1].type == "selector"
            ):
                head = Segment("name", text_of(child)) if child.type in _HEADS else Segment("other")
                segments = [head]
                end = index + 1
                while end < len(children) and children[end].type == "selector":
                    segments.extend(_selector_segments(children[end]))
                    end += 1
                found.append(Chain(tuple(segments), child))
                index = end
                continue
            index += 1
        stack.extend(reversed(children))
    found.sort(key=lambda chain: chain.node.start_byte)
    return found


@dataclass
class Declarations:
    """What the snippet itself declares: types (classes, enums, mixins, typedefs, extensions, type parameters),
    top-level and member functions, and variables/parameters with their declared or constructed type."""

    types: set[str] = field(default_factory=set)
    functions: set[str] = field(default_factory=set)
    variables: dict[str, str | None] = field(default_factory=dict)  # name → class name, None when unknown
    superclasses: dict[str, str] = field(default_factory=dict)  # class → the class it extends
    extended: set[str] = field(default_factory=set)  # types the snippet's own extensions add members to

    conflicting: set[str] = field(default_factory=set)
    # name → per declaration, the value of ``x = value`` without a declared type (sibling nodes after ``=``),
    # else None
    values: dict[str, list[list[tree_sitter.Node] | None]] = field(default_factory=dict)

    def declare_variable(self, name: str, type_name: str | None, value: list[tree_sitter.Node] | None = None) -> None:
        """One name for the whole snippet (no scopes): a second declaration with another or an unknown type makes
        it unknown. ``context`` is the exception: an untyped ``(context, index) => …`` is a BuildContext too.
        ``value``: the initializer of a declaration without a declared type (``x = SharedPreferences.getInstance()``),
        which a caller with the API vocabulary may type (:func:`flutr.dart_api.sanity.infer_types`)."""
        self.values.setdefault(name, []).append(value)
        if name in self.conflicting:
            return
        if name not in self.variables:
            self.variables[name] = type_name
            return
        known = self.variables[name]
        if type_name is None and name == "context":
            return
        if known is None and name == "context":
            self.variables[name] = type_name
            return
        if known != type_name or type_name is None:
            self.variables[name] = None
            self.conflicting.add(name)


def _type_name(node: tree_sitter.Node | None) -> str | None:
    return text_of(node) if node is not None and node.type == "type_identifier" else None


def superclass_name(class_node: tree_sitter.Node) -> str | None:
    """``State`` for ``class _S extends State<W> with …``; None for a class that extends nothing written."""
    superclass = next((c for c in class_node.children if c.type == "superclass"), None)
    if superclass is None:
        return None
    return _type_name(next((c for c in superclass.children if c.type == "type_identifier"), None))


def declarations(root: tree_sitter.Node) -> Declarations:
    found = Declarations()
    stack = [root]
    while stack:
        node = stack.pop()
        kind = node.type
        if kind in ("class_definition", "enum_declaration", "mixin_declaration", "extension_declaration"):
            name = next((c for c in node.children if c.type in ("identifier", "type_identifier")), None)
            if name is not None:
                found.types.add(text_of(name))
                parent = superclass_name(node)
                if parent:
                    found.superclasses[text_of(name)] = parent
        if kind == "extension_declaration":
            after_on = False
            for child in node.children:
                if child.type == "on":
                    after_on = True
                elif after_on and child.type == "type_identifier":
                    found.extended.add(text_of(child))
                    break
        if kind == "type_alias":
            name = next((c for c in node.children if c.type == "type_identifier"), None)
            if name is not None:
                found.types.add(text_of(name))
        elif kind == "type_parameter":
            name = next((c for c in node.children if c.type == "type_identifier"), None)
            if name is not None:
                found.types.add(text_of(name))
        elif kind in ("function_signature", "getter_signature", "setter_signature"):
            name = next((c for c in node.children if c.type == "identifier"), None)
            if name is not None:
                found.functions.add(text_of(name))
        elif kind in ("formal_parameter", "variable_pattern"):  # ``case LaborLine labor:`` declares ``labor``
            type_node = next((c for c in node.children if c.type == "type_identifier"), None)
            name = next((c for c in reversed(node.children) if c.type == "identifier"), None)
            if name is not None:
                found.declare_variable(text_of(name), _type_name(type_node))
        elif kind in ("declaration", "local_variable_declaration", "top_level_variable_declaration"):
            _variables_of(node.children, found)
        elif kind == "for_loop_parts" and "in" in (c.type for c in node.children):  # `for (final p in parts)`
            before = node.children[: [c.type for c in node.children].index("in")]
            name = next((c for c in reversed(before) if c.type == "identifier"), None)
            if name is not None:
                found.declare_variable(
                    text_of(name), next((text_of(c) for c in before if c.type == "type_identifier"), None)
                )
        elif kind == "static_final_declaration_list" and node.parent is not None and node.parent.type == "program":
            _variables_of([node], found)  # an untyped top-level `final x = …;` has no declaration node
        stack.extend(node.children)
    return found


def _variables_of(children: list[tree_sitter.Node], found: Declarations) -> None:
    declared_type: str | None = None
    for child in children:
        if child.type == "type_identifier":
            declared_type = text_of(child)
        targets = []
        if child.type in ("initialized_identifier_list", "static_final_declaration_list"):
            targets = [c for c in child.children if c.type in ("initialized_identifier", "static_final_declaration")]
        elif child.type == "initialized_variable_definition":
            targets = [child]
            inner_type = next((c for c in child.children if c.type == "type_identifier"), None)
            if inner_type is not None:
                declared_type = text_of(inner_type)
        for target in targets:
            parts = target.children
            name = next((c for c in parts if c.type == "identifier"), None)
            if name is None:
                continue
            type_name = declared_type
            if type_name is None:
                type_name = _constructed_type(parts)
            equals = next((i for i, c in enumerate(parts) if c.type == "="), None)
            value = list(parts[equals + 1 :]) if equals is not None and declared_type is None else None
            found.declare_variable(text_of(name), type_name, value or None)


def _constructed_type(parts: list[tree_sitter.Node]) -> str | None:
    """``x = TextEditingController()`` / ``x = const Foo()``: the class constructed, else None."""
    try:
        equals = next(i for i, c in enumerate(parts) if c.type == "=")
    except StopIteration:
        return None
    value = parts[equals + 1 :]
    if not value:
        return None
    first = value[0]
    if first.type in ("const_object_expression", "new_expression"):
        return _type_name(next((c for c in first.children if c.type == "type_identifier"), None))
    if first.type == "identifier" and UPPER_CAMEL.match(text_of(first)) and len(value) >= 2:
        segments = [s for sel in value[1:] if sel.type == "selector" for s in _selector_segments(sel)]
        if segments and segments[0].kind == "call" and all(s.kind != "name" for s in segments[1:2]):
            return text_of(first) if len(segments) == 1 else None
    return None


def enclosing(node: tree_sitter.Node, *types: str) -> tree_sitter.Node | None:
    current = node.parent
    while current is not None:
        if current.type in types:
            return current
        current = current.parent
    return None


def type_references(root: tree_sitter.Node) -> Iterator[tuple[str, tree_sitter.Node]]:
    """Every UpperCamel name used as a type or as the head of an expression (``Foo``, ``Foo.bar``)."""
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type in _COMMENTS or node.type == "string_literal" and not node.children:
            continue
        if node.type in ("type_identifier", "identifier") and node.parent is not None:
            name = text_of(node)
            if UPPER_CAMEL.match(name) and _is_reference(node):
                yield name, node
        stack.extend(node.children)


def _is_reference(node: tree_sitter.Node) -> bool:
    parent = node.parent
    assert parent is not None
    if parent.type in (
        "class_definition",
        "enum_declaration",
        "mixin_declaration",
        "extension_declaration",
        "type_parameter",
        "enum_constant",
        "label",
        "type_alias",
    ):
        return False
    if parent.type in ("unconditional_assignable_selector", "conditional_assignable_selector", "cascade_selector"):
        return False  # a member name (.Foo is rare, never a type)
    if parent.type in ("const_object_expression", "new_expression"):
        previous = node.prev_sibling
        return previous is None or previous.type != "."  # `const Foo.bar()`: bar is a constructor name
    if (
        node.type == "identifier"
        and _before_assignment(node)
        and parent.type
        in (
            "function_signature",
            "formal_parameter",
            "initialized_identifier",
            "static_final_declaration",
            "initialized_variable_definition",
            "constructor_signature",
            "factory_constructor_signature",
            "redirecting_factory_constructor_signature",
            "constant_constructor_signature",
        )
    ):
        return False
    return True


def _before_assignment(node: tree_sitter.Node) -> bool:
    """In tree-sitter-dart's flat declarations the declared name and the value are siblings: the name is the
    part before ``=``."""
    sibling = node.prev_sibling
    while sibling is not None:
        if sibling.type == "=":
            return False
        sibling = sibling.prev_sibling
    return True


@functools.lru_cache(maxsize=256)
def split_camel(name: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[A-Z][a-z0-9]*|[a-z0-9]+", name))
