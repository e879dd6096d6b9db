"""Functions that cannot return their declared type: a block body with no ``return`` in a function whose written
return type is non-nullable (``int countOf(String w) { /* later */ }``, a ``build`` that forgets its
``return``). Dart rejects them at compile time ("the body might complete normally, causing 'null' to be returned").
The same functions returning ``null`` (``null_returns``) are rejected too.

Conservative by design: a body with any ``return``, ``throw`` or ``rethrow``, or an endless loop, passes; so do
nullable, ``void``, ``dynamic``, ``FutureOr``, ``Null``, ``Never`` and type-parameter return types, function types,
generators, and ``async`` bodies unless their ``Future``/``FutureOr`` carries a non-nullable value type.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import tree_sitter

from flutr.dart_api.syntax import text_of

# Written return types that allow a body to complete normally.
_OPEN_TYPES = frozenset({"dynamic", "FutureOr", "Null", "Never", "Object?"})
# Nodes that end a body without a value reaching its end.
_EXITS = frozenset({"return_statement", "throw_expression", "rethrow_expression", "rethrow_builtin"})
# Statement keywords: a "signature" holding one is a statement the parser recovered from.
_KEYWORDS = frozenset({"if ", "if(", "else", "switch", "return ", "try ", "catch", "for ", "while ", "await "})
# Nested functions: their returns are their own.
_NESTED = frozenset({"function_expression", "lambda_expression", "local_function_declaration"})


@dataclass(frozen=True)
class ReturnMistake:
    """A function whose returns do not give its written type: its name, that type as shown, the line."""

    name: str
    type: str
    line: int  # 0-based


def missing_returns(root: tree_sitter.Node) -> list[ReturnMistake]:
    """The top-level functions and methods under ``root`` that need a ``return`` and have none."""
    found = []
    for signature, body, _ in _non_null_functions(root):
        if body.children[0].type == "=>":
            continue
        block = next((c for c in body.children if c.type == "block"), None)
        if block is None or _can_end_otherwise(block):
            continue
        name = next((c for c in signature.children if c.type == "identifier"), None)
        if name is not None:
            written_text = (signature.text or b"")[: name.start_byte - signature.start_byte].decode("utf-8", "replace")
            shown = written_text.replace(" get ", " ").removesuffix(" get").strip()
            found.append(ReturnMistake(text_of(name), shown, signature.start_point[0]))
    return sorted(found, key=lambda m: m.line)


def null_returns(root: tree_sitter.Node) -> list[ReturnMistake]:
    """``return null;`` (or ``=> null``) in a function or getter whose written return type is non-nullable (``String
    validate(String? v) { … return null; }``, ``WaitlistEntry next() { if (q.isEmpty) return null; … }``; in an
    ``async`` body, a ``Future<T>`` with a non-nullable ``T``): Dart rejects it ("the value 'null' can't be returned
    from the function because it has a return type of 'String'"). The same exemptions as ``missing_returns``."""
    found: list[ReturnMistake] = []
    for signature, body, value_type in _non_null_functions(root):
        name = next((c for c in signature.children if c.type == "identifier"), None)
        if name is None:
            continue
        shown = value_type if body.children[0].type != "async" else f"Future<{value_type}>"
        found.extend(
            ReturnMistake(text_of(name), shown, value[0].start_point[0])
            for value in returned_values(body)
            if len(value) == 1 and value[0].type == "null_literal"
        )
    return sorted(found, key=lambda m: m.line)


def _non_null_functions(root: tree_sitter.Node) -> Iterator[tuple[tree_sitter.Node, tree_sitter.Node, str]]:
    """(signature, body, value type) of the functions under ``root`` whose value cannot be null: a written
    non-nullable return type (in an ``async`` body, a ``Future<T>`` with a non-nullable ``T``), not a generator, not
    an open type (``dynamic``, ``FutureOr``, …) or a type parameter."""
    for signature, body in functions(root):
        written = return_type(signature)
        if written is None or not body.children or body.children[0].type in ("sync*", "async*"):
            continue
        value_type = _future_value(signature, written) if body.children[0].type == "async" else written
        if value_type is None or value_type in _OPEN_TYPES or _is_type_parameter(value_type, signature):
            continue
        yield signature, body, value_type


def returned_values(body: tree_sitter.Node) -> Iterator[list[tree_sitter.Node]]:
    """The expressions a function body returns (its ``=> expression``, or each ``return expression;`` outside
    nested functions), each as its list of nodes."""
    children = body.children
    if children and children[0].type == "=>":
        yield [c for c in children[1:] if c.type != ";"]
        return
    for node in _own_nodes(body):
        if node.type == "return_statement":
            value = [c for c in node.children if c.type not in ("return", ";")]
            if value:
                yield value


def functions(root: tree_sitter.Node) -> Iterator[tuple[tree_sitter.Node, tree_sitter.Node]]:
    """(signature, body) of top-level functions and of class, mixin, enum and extension methods and getters;
    not where the parser recovered from an error (a statement outside a function reads as a "signature":
    ``if (a) {…} else {…}``) nor a keyword taken for a name."""
    for parent in _bodies(root):
        children = parent.children
        for signature, body in zip(children, children[1:], strict=False):
            if body.type != "function_body" or signature.has_error or body.has_error or _keyword_named(signature):
                continue
            if signature.type == "method_signature":
                inner = next(
                    (c for c in signature.children if c.type in ("function_signature", "getter_signature")), None
                )
                if inner is not None:
                    yield inner, body
            elif signature.type in ("function_signature", "getter_signature"):
                yield signature, body


def _keyword_named(signature: tree_sitter.Node) -> bool:
    text = text_of(signature)
    return any(f" {word}" in f" {text}" for word in _KEYWORDS)


def _bodies(root: tree_sitter.Node) -> Iterator[tree_sitter.Node]:
    yield root
    for node in root.children:
        for child in node.children:
            if child.type in ("class_body", "extension_body", "enum_body"):
                yield child


def return_type(signature: tree_sitter.Node) -> str | None:
    """The written return type's name (``Future`` for ``Future<int>``), or None when there is none, it is
    ``void``, nullable or a function type."""
    parts = []
    for child in signature.children:
        if child.type in ("identifier", "get"):
            break
        parts.append(child)
    kinds = [p.type for p in parts if p.type not in ("static", "external")]
    if not kinds or kinds[0] != "type_identifier" or "nullable_type" in kinds:
        return None
    return text_of(next(p for p in parts if p.type == "type_identifier"))


def _future_value(signature: tree_sitter.Node, written: str) -> str | None:
    """For an ``async`` body: the value type of its ``Future<T>``/``FutureOr<T>`` when T is a non-nullable
    named type, else None (``Future<void>``, ``Future<int?>``, a bare ``Future``: no return needed)."""
    if written not in ("Future", "FutureOr"):
        return None
    arguments = next((c for c in signature.children if c.type == "type_arguments"), None)
    if arguments is None:
        return None
    inner = [c for c in arguments.children if c.type not in ("<", ">", ",")]
    if not inner or inner[0].type != "type_identifier" or any(c.type == "nullable_type" for c in inner):
        return None
    return text_of(inner[0])


def _is_type_parameter(name: str, signature: tree_sitter.Node) -> bool:
    """A generic's parameter (``T first<T>()``, or a class's ``T``): it may be nullable."""
    return len(name) == 1 or any(c.type == "type_parameters" and name in text_of(c) for c in signature.children)


def _can_end_otherwise(block: tree_sitter.Node) -> bool:
    """Whether the body has a return/throw of its own, or an endless loop."""
    text = " ".join(text_of(block).split())
    if "while (true)" in text or "for (;;)" in text:
        return True
    return any(node.type in _EXITS for node in _own_nodes(block))


def _own_nodes(body: tree_sitter.Node) -> Iterator[tree_sitter.Node]:
    """The nodes under ``body`` outside nested functions (whose returns and throws are their own)."""
    stack = list(body.children)
    while stack:
        node = stack.pop()
        yield node
        if node.type not in _NESTED:
            stack.extend(node.children)


# Literal values: never a Future.
_LITERALS = frozenset(
    {
        "list_literal",
        "set_or_map_literal",
        "string_literal",
        "decimal_integer_literal",
        "decimal_floating_point_literal",
        "hex_integer_literal",
        "true",
        "false",
    }
)


@dataclass(frozen=True)
class LiteralFutureReturn:
    name: str
    line: int  # 0-based


def literal_future_returns(root: tree_sitter.Node) -> list[LiteralFutureReturn]:
    """Functions declared ``Future<…>`` whose body is not ``async`` and returns a literal (``Future<List<String>>
    load() { return ['a']; }``): Dart rejects it ("a value of type 'List<String>' can't be returned from the function
    because it has a return type of 'Future<List<String>>'")."""
    found = []
    for signature, body in functions(root):
        if return_type(signature) != "Future" or not body.children or body.children[0].type in ("async", "async*"):
            continue
        name = next((c for c in signature.children if c.type == "identifier"), None)
        for value in returned_values(body):
            if len(value) == 1 and value[0].type in _LITERALS:
                found.append(LiteralFutureReturn(text_of(name) if name else "", value[0].start_point[0]))
    return found
