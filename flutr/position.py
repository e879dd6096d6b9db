"""Where a request comment stands in its file, and which names are in scope there.

A comment written inside code asks for code that belongs there: statements in a method body, one member in a
class body, an element in a ``children:`` list, a named argument in an argument list. :func:`position_of`
classifies the comment's place with tree-sitter-dart and collects what the answer may use: the enclosing class
(and the widget of a ``State``), its fields and methods, the parameters of the enclosing functions and closures,
the locals declared above the comment, and the imports.

Kinds (:data:`POSITION_KINDS`):

- ``top_level``  — between declarations of the file: any declaration fits (today's standalone answer);
- ``class_body`` — among the members of a class: fields, methods, getters;
- ``statements`` — in the body of a method or function: statements;
- ``callback``   — in the body of a closure passed as an argument (``onPressed: () { … }``): statements;
- ``element``    — inside a collection literal (``children: [ … ]``): elements followed by a comma;
- ``argument``   — inside an argument list (``Container( … )``): named arguments followed by a comma;
- ``unknown``    — the file does not parse around the comment (the user is typing).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

import tree_sitter

from flutr.comments import CommentBlock
from flutr.dart import parse_dart
from flutr.dart_api.syntax import generic_call

PositionKind = Literal["top_level", "class_body", "statements", "callback", "element", "argument", "unknown"]
POSITION_KINDS: tuple[PositionKind, ...] = ("top_level", "class_body", "statements", "callback", "element", "argument")
# Positions whose answer goes inside existing code: a top-level declaration there breaks the file.
INSIDE_CODE: frozenset[str] = frozenset({"class_body", "statements", "callback", "element", "argument"})

_COLLECTIONS = ("list_literal", "set_or_map_literal")
_FUNCTION_BODIES = ("function_body", "function_expression_body")
_STATE_SUPER = re.compile(r"^(State|ConsumerState|HookState)$")


@dataclass(frozen=True)
class Name:
    """A name the answer may use, with its declared type when known (``_controller: TextEditingController``)."""

    name: str
    type: str | None = None

    def describe(self) -> str:
        return f"{self.name} ({self.type})" if self.type else self.name


@dataclass(frozen=True)
class Position:
    kind: PositionKind
    enclosing_class: str | None = None  # the class whose body holds the comment
    widget: str | None = None  # for a State<W> subclass: W
    function: str | None = None  # the method or function whose body holds the comment (``dispose``)
    argument: str | None = None  # the named argument the closure/list is passed as (``onPressed``, ``children``)
    call: str | None = None  # the call whose argument list holds the comment (``Column``)
    fields: tuple[Name, ...] = field(default_factory=tuple)
    methods: tuple[str, ...] = field(default_factory=tuple)
    parameters: tuple[Name, ...] = field(default_factory=tuple)
    locals: tuple[Name, ...] = field(default_factory=tuple)
    imports: tuple[str, ...] = field(default_factory=tuple)

    @property
    def inside_code(self) -> bool:
        return self.kind in INSIDE_CODE

    def names_in_scope(self) -> tuple[Name, ...]:
        """Locals first (nearest), then parameters, then the class's fields; each name once."""
        seen: set[str] = set()
        names: list[Name] = []
        for name in (*self.locals, *self.parameters, *self.fields):
            if name.name not in seen:
                seen.add(name.name)
                names.append(name)
        return tuple(names)


def _text(node: tree_sitter.Node) -> str:
    return (node.text or b"").decode("utf-8", "replace")


def _comment_node(root: tree_sitter.Node, line: int) -> tree_sitter.Node | None:
    """The comment node that starts on ``line`` (the first line of the request block)."""
    node = root.descendant_for_point_range((line, 0), (line, 10_000))
    stack = [node] if node is not None else []
    while stack:
        current = stack.pop()
        if current.type == "comment" and current.start_point[0] == line:
            return current
        if current.start_point[0] <= line <= current.end_point[0]:
            stack.extend(current.children)
    return None


def _ancestors(node: tree_sitter.Node) -> list[tree_sitter.Node]:
    found = []
    current = node.parent
    while current is not None:
        found.append(current)
        current = current.parent
    return found


def _kind(chain: list[tree_sitter.Node]) -> PositionKind:
    for node in chain:
        kind = node.type
        if kind == "ERROR":
            return "unknown"
        if kind in _COLLECTIONS:
            return "element"
        if kind == "arguments" or _generic_call_arguments(node) is not None:
            return "argument"
        if kind == "block":
            continue
        if kind == "function_expression_body":
            return "callback"
        if kind == "function_body":
            return "statements"
        if kind in ("class_body", "enum_body", "extension_body"):
            return "class_body"
        if kind == "program":
            return "top_level"
    return "unknown"


def _first(node: tree_sitter.Node, *types: str) -> tree_sitter.Node | None:
    return next((child for child in node.children if child.type in types), None)


def _class_names(class_node: tree_sitter.Node) -> tuple[str | None, str | None]:
    """The class's name, and for ``extends State<W>`` the widget ``W``."""
    name = _first(class_node, "identifier", "type_identifier")
    widget = None
    superclass = _first(class_node, "superclass")
    if superclass is not None:
        parent = _first(superclass, "type_identifier")
        arguments = _first(superclass, "type_arguments")
        if parent is not None and _STATE_SUPER.match(_text(parent)) and arguments is not None:
            argument = _first(arguments, "type_identifier")
            widget = _text(argument) if argument is not None else None
    return (_text(name) if name is not None else None), widget


def _declared_type(node: tree_sitter.Node) -> str | None:
    type_node = _first(node, "type_identifier")
    return _text(type_node) if type_node is not None else None


def _constructed(target: tree_sitter.Node) -> str | None:
    """``_controller = TextEditingController()``: the class constructed (upper-camel call), else None."""
    parts = target.children
    for index, part in enumerate(parts):
        if part.type == "=" and index + 1 < len(parts):
            value = parts[index + 1]
            if value.type in ("const_object_expression", "new_expression"):
                type_node = _first(value, "type_identifier")
                return _text(type_node) if type_node is not None else None
            if value.type == "identifier" and _text(value)[:1].isupper():
                return _text(value)
    return None


def _variables(declaration: tree_sitter.Node) -> list[Name]:
    """Names declared by a field/local declaration, with their declared or constructed type."""
    declared = _declared_type(declaration)
    names: list[Name] = []
    for child in declaration.children:
        if child.type == "initialized_variable_definition":
            inner = _declared_type(child) or declared
            identifiers = [c for c in child.children if c.type == "identifier"]
            if identifiers:
                names.append(Name(_text(identifiers[0]), inner or _constructed(child)))
            continue
        if child.type in ("initialized_identifier_list", "static_final_declaration_list"):
            for target in child.children:
                if target.type not in ("initialized_identifier", "static_final_declaration"):
                    continue
                identifier = _first(target, "identifier")
                if identifier is not None:
                    names.append(Name(_text(identifier), declared or _constructed(target)))
    return names


def _members(class_body: tree_sitter.Node) -> tuple[list[Name], list[str]]:
    fields: list[Name] = []
    methods: list[str] = []
    for child in class_body.children:
        if child.type == "declaration":
            signature = _first(child, "function_signature", "getter_signature", "setter_signature")
            if signature is not None:
                name = _first(signature, "identifier")
                if name is not None:
                    methods.append(_text(name))
            else:
                fields.extend(_variables(child))
        elif child.type == "method_signature":
            signature = _first(child, "function_signature", "getter_signature", "setter_signature")
            name = _first(signature, "identifier") if signature is not None else None
            if name is not None:
                methods.append(_text(name))
    return fields, methods


def _parameters(parameter_list: tree_sitter.Node | None) -> list[Name]:
    names: list[Name] = []
    if parameter_list is None:
        return names
    stack = list(parameter_list.children)
    while stack:
        node = stack.pop(0)
        if node.type == "formal_parameter":
            identifiers = [c for c in node.children if c.type == "identifier"]
            if identifiers:
                names.append(Name(_text(identifiers[-1]), _declared_type(node)))
            continue
        stack[:0] = list(node.children)
    return names


def _function_of(body: tree_sitter.Node) -> tuple[str | None, list[Name]]:
    """For a ``function_body``: the name and parameters of the function or method it belongs to."""
    signature = body.prev_named_sibling
    while signature is not None and signature.type in ("comment", "annotation"):
        signature = signature.prev_named_sibling
    if signature is None:
        return None, []
    inner = signature
    if signature.type == "method_signature":
        found = _first(signature, "function_signature", "getter_signature", "setter_signature")
        inner = found if found is not None else signature
    name = _first(inner, "identifier")
    return (_text(name) if name is not None else None), _parameters(_first(inner, "formal_parameter_list"))


def _argument_name(node: tree_sitter.Node) -> str | None:
    """The label of the named argument ``node`` is the value of (``onPressed``, ``children``), if any."""
    parent = node.parent
    if parent is not None and parent.type == "named_argument":
        label = _first(parent, "label")
        identifier = _first(label, "identifier") if label is not None else None
        return _text(identifier) if identifier is not None else None
    return None


def _generic_call_arguments(node: tree_sitter.Node) -> str | None:
    """The callee when ``node`` is the argument list of a generic call that tree-sitter-dart reads as a
    comparison: ``FutureBuilder<int>(future: …)`` parses as ``(FutureBuilder < int) > (future: …)``."""
    parent = node.parent
    if parent is None or parent.type != "relational_expression" or parent.children[-1].id != node.id:
        return None
    call = generic_call(parent)
    names = [segment.name for segment in call.segments if segment.kind == "name"] if call is not None else []
    return names[-1] if names else _split_generic_callee(parent)


def _split_generic_callee(expression: tree_sitter.Node) -> str | None:
    """``Selector<Model, int>(…)``: with two or more type arguments tree-sitter-dart splits the call at the commas,
    into ``Selector < Model`` and ``int > (…)`` (two list elements or two arguments). The callee, read off the
    element before (over any middle type arguments)."""
    parts = expression.children
    if len(parts) != 3 or _text(parts[1]) != ">" or parts[0].type not in ("identifier", "type_identifier"):
        return None
    item = expression.parent if expression.parent is not None and expression.parent.type == "argument" else expression
    sibling = item.prev_named_sibling
    while sibling is not None:
        inner = sibling.children[-1] if sibling.type in ("named_argument", "argument") and sibling.children else sibling
        if inner.type in ("identifier", "type_identifier"):  # a middle type argument
            sibling = sibling.prev_named_sibling
            continue
        first = inner.children
        if inner.type == "relational_expression" and len(first) == 3 and _text(first[1]) == "<":
            return _text(first[0]) if first[0].type == "identifier" else None
        return None
    return None


def _callee(arguments: tree_sitter.Node) -> str | None:
    """``Column`` for the ``arguments`` node of ``Column(...)`` / ``const Column(...)``."""
    argument_part = arguments.parent
    holder = argument_part.parent if argument_part is not None else None
    if holder is None:
        return None
    if holder.type in ("const_object_expression", "new_expression"):
        type_node = _first(holder, "type_identifier")
        return _text(type_node) if type_node is not None else None
    if holder.type == "selector":
        previous = holder.prev_sibling
        while previous is not None and previous.type == "selector":
            inner = _first(previous, "unconditional_assignable_selector", "conditional_assignable_selector")
            if inner is not None:
                name = _first(inner, "identifier")
                return _text(name) if name is not None else None
            previous = previous.prev_sibling
        if previous is not None and previous.type in ("identifier", "type_identifier"):
            return _text(previous)
    return None


def _locals_above(chain: list[tree_sitter.Node], line: int) -> list[Name]:
    """Locals declared before ``line`` in every block that encloses it (nearest block first)."""
    names: list[Name] = []
    for node in chain:
        if node.type != "block":
            continue
        for child in node.children:
            if child.start_point[0] >= line:
                break
            if child.type == "local_variable_declaration":
                names.extend(_variables(child))
    return names


def _imports(root: tree_sitter.Node) -> list[str]:
    found = []
    for child in root.children:
        if child.type in ("import_or_export", "library_import", "import_specification"):
            found.append(_text(child).strip())
    return found


def position_of(source: str, block: CommentBlock) -> Position:
    """Classify where ``block`` stands in ``source`` and collect the names in scope there."""
    root = parse_dart(source).root_node
    comment = _comment_node(root, block.start_line)
    if comment is None:
        return Position("unknown", imports=tuple(_imports(root)))
    chain = _ancestors(comment)
    kind = _kind(chain)
    enclosing_class = widget = function = argument = call = None
    fields: list[Name] = []
    methods: list[str] = []
    parameters: list[Name] = []
    for node in chain:
        if node.type == "class_definition" and enclosing_class is None:
            enclosing_class, widget = _class_names(node)
            body = _first(node, "class_body")
            if body is not None:
                fields, methods = _members(body)
        elif node.type == "function_body":
            name, outer = _function_of(node)
            function = function or name
            parameters.extend(outer)
        elif node.type == "function_expression":
            parameters.extend(_parameters(_first(node, "formal_parameter_list")))
            argument = argument or _argument_name(node)
        elif node.type in _COLLECTIONS:
            argument = argument or _argument_name(node)
        elif node.type == "arguments" and call is None:
            call = _callee(node)
        elif call is None and (generic := _generic_call_arguments(node)) is not None:
            call = generic
    return Position(
        kind,
        enclosing_class=enclosing_class,
        widget=widget,
        function=function,
        argument=argument,
        call=call,
        fields=tuple(fields),
        methods=tuple(methods),
        parameters=tuple(parameters),
        locals=tuple(_locals_above(chain, block.start_line)),
        imports=tuple(_imports(root)),
    )


MAX_NOTE_NAMES = 12


def position_note(position: Position) -> str:
    """The instruction that tells the model where its code goes (Turkish, as the rest of the user turn).

    Empty at top level and where the position is unknown: the prompt is then the standalone question's.
    """
    kind = position.kind
    if kind == "statements":
        where = f"`{position.function}` metodunun gövdesinde" if position.function else "bir fonksiyon gövdesinde"
        what = "Yalnızca buraya yazılacak Dart deyimlerini yaz; sınıf, metot, import veya main yazma."
    elif kind == "callback":
        target = f"`{position.argument}`" if position.argument else "bir"
        owner = f" (`{position.call}` çağrısında)" if position.call else ""
        where = f"{target} geri çağrısının gövdesinde{owner}"
        what = "Yalnızca bu gövdeye yazılacak Dart deyimlerini yaz; sınıf, metot, import veya main yazma."
    elif kind == "element":
        target = f"`{position.argument}` listesinde" if position.argument else "bir liste/koleksiyon içinde"
        owner = f" (`{position.call}` çağrısında)" if position.call else ""
        where = target + owner
        what = "Yalnızca listeye eklenecek öğeyi yaz ve sonuna virgül koy; sınıf veya fonksiyon yazma."
    elif kind == "argument":
        where = f"`{position.call}(...)` çağrısının argümanları arasında" if position.call else "bir argüman listesinde"
        what = "Yalnızca eklenecek adlı argüman(lar)ı `ad: değer,` biçiminde yaz; sınıf veya fonksiyon yazma."
    elif kind == "class_body":
        where = (
            f"`{position.enclosing_class}` sınıfının gövdesinde" if position.enclosing_class else "bir sınıf gövdesinde"
        )
        what = "Yalnızca bu sınıfa eklenecek üyeyi (alan, getter veya metot) yaz; sınıfın kendisini yeniden yazma."
    else:
        return ""
    lines = [f"Yorum {where}. {what}"]
    names = position.names_in_scope()[:MAX_NOTE_NAMES]
    if names:
        lines.append("Kapsamdaki adlar: " + ", ".join(name.describe() for name in names) + ".")
    if position.widget:
        lines.append(f"Bu sınıf `{position.widget}` widget'ının State sınıfı (`widget.` ile ona erişilir).")
    return "\n".join(lines)
