"""Names a snippet uses and declares: undefined references, named arguments that the snippet's own constructors
and functions do not take, ``await`` outside ``async``, and names declared twice in one scope.

A snippet may lean on names "defined elsewhere" (an app's ``HomePage``), so the checks are cautious: a
reference counts as undefined only when no declaration anywhere in the snippet, no member of a known supertype
of the enclosing class, and nothing of the API vocabulary has that name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

import tree_sitter

from flutr.dart_api.syntax import Chain, enclosing, text_of, walk

# Bindings whose identifiers are declared names (those before "=" where a value follows).
_DECLARING = frozenset(
    {
        "class_definition",
        "enum_declaration",
        "mixin_declaration",
        "extension_declaration",
        "function_signature",
        "getter_signature",
        "setter_signature",
        "constructor_signature",
        "factory_constructor_signature",
        "constant_constructor_signature",
        "redirecting_factory_constructor_signature",
        "formal_parameter",
        "constructor_param",
        "super_formal_parameter",
        "initialized_identifier",
        "initialized_variable_definition",
        "static_final_declaration",
        "catch_parameters",
        "for_loop_parts",
        "enum_constant",
        "variable_pattern",
        "constant_pattern",
        "type_parameter",
        "method_signature",
        "operator_signature",
        "label",
        "extension_type_declaration",
        "representation_declaration",
        "pattern_variable_declaration",
    }
)
# Where an identifier is a member name, a named-argument label or a directive's word: not a reference.
_NOT_REFERENCE = frozenset(
    {
        "unconditional_assignable_selector",
        "conditional_assignable_selector",
        "cascade_selector",
        "label",
        "import_specification",
        "library_name",
        "part_directive",
        "combinator",
        "annotation",
        "dotted_identifier_list",
        "qualified",
        "type_identifier",
        "configurable_uri",
        "uri",
    }
)
BUILTIN_NAMES = frozenset(
    {
        "override",
        "deprecated",
        "pragma",
        "print",
        "identical",
        "identityHashCode",
        "main",
        "dynamic",
        "void",
        "true",
        "false",
        "null",
        "this",
        "super",
        "it",
        "_",
        "required",
        "immutable",
        "protected",
        "mustCallSuper",
        "visibleForTesting",
        "factory",
        "sealed",
        "late",
        "covariant",
        "external",
        "show",
        "hide",
        "on",
        "of",
        "as",
        "get",
        "set",
        "async",
        "sync",
        "yield",
        "await",
        "native",
        "patch",
        "augment",
        "base",
        "interface",
        "when",
    }
)


@dataclass
class Scope:
    """What the snippet declares, by name, and the named parameters of its own callables.

    Parameters, local variables, ``catch`` and ``for`` variables are seen only inside their function, block,
    clause or loop (``local``: name → byte ranges, for names declared nowhere else); every other declaration
    is seen everywhere (members, top-level names, patterns: leniency where the scope is harder to read)."""

    declared: set[str] = field(default_factory=set)
    declaring_nodes: set[int] = field(default_factory=set)  # ids of identifier nodes that declare
    named_parameters: dict[str, set[str] | None] = field(default_factory=dict)  # "f", "C", "C.named" → names
    positional_parameters: dict[str, int | None] = field(default_factory=dict)  # the same → how many it takes
    duplicates: list[tuple[str, int]] = field(default_factory=list)  # name, line
    local: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # name → where it is seen
    everywhere: set[str] = field(default_factory=set)

    def sees(self, name: str, node: tree_sitter.Node) -> bool:
        """Whether a declaration of ``name`` is in scope at ``node``."""
        if name in self.everywhere:
            return True
        return any(start <= node.start_byte < end for start, end in self.local.get(name, ()))


def _declared_identifiers(node: tree_sitter.Node) -> list[tree_sitter.Node]:
    """The identifiers ``node`` (a declaring construct) binds: those before its ``=``, ``in`` or body."""
    found = []
    for child in node.children:
        if child.type in ("=", "in", "=>", "function_body", "class_body", "enum_body"):
            break
        if child.type in ("identifier", "type_identifier"):
            found.append(child)
        elif child.type == "record_pattern" or child.type.endswith("_pattern"):
            found.extend(n for n in walk(child) if n.type == "identifier")
        elif child.type == "identifier_list":
            found.extend(n for n in child.children if n.type == "identifier")
    return found


def _local_range(node: tree_sitter.Node) -> tuple[int, int] | None:
    """Where the names ``node`` (a declaring construct) binds are seen, when that is a function, a block, a
    ``catch`` clause or a loop; None for names seen everywhere."""
    parent = node.parent
    if parent is None:
        return None
    if node.type == "catch_parameters":
        clause = parent
        following = clause.next_sibling
        while following is not None and following.type != "block":
            following = following.next_sibling
        return (clause.start_byte, following.end_byte) if following is not None else None
    if node.type == "for_loop_parts":
        return (parent.start_byte, parent.end_byte) if parent.type == "for_statement" else None
    if node.type == "formal_parameter":
        parameters = parent if parent.type == "formal_parameter_list" else parent.parent
        if parameters is None or parameters.type != "formal_parameter_list" or parameters.parent is None:
            return None
        owner = parameters.parent
        if owner.type == "function_expression":
            if owner.parent is not None and owner.parent.type in ("argument", "named_argument", "record_field"):
                owner = owner.parent  # tree-sitter-dart may hang a cascade's arguments after the closure
            return (owner.start_byte, owner.end_byte)
        if owner.parent is not None and owner.parent.type == "lambda_expression":
            return (owner.parent.start_byte, owner.parent.end_byte)
        if owner.type not in (
            "function_signature",
            "setter_signature",
            "constructor_signature",
            "factory_constructor_signature",
            "constant_constructor_signature",
        ):
            return None
        # `C(this.a)` with initializers and no body is a `declaration`; with a body, a `method_signature`
        wrapped = owner.parent is not None and owner.parent.type in ("method_signature", "declaration")
        holder = owner.parent if wrapped and owner.parent is not None else owner
        body = holder.next_sibling
        if holder.parent is None or holder.parent.type not in ("program", "class_body", "extension_body", "mixin_body"):
            return None
        if body is not None and body.type == "function_body":
            return (holder.start_byte, body.end_byte)
        return (holder.start_byte, holder.end_byte)
    if node.type in ("initialized_variable_definition", "initialized_identifier"):
        declaration = parent if node.type == "initialized_variable_definition" else parent.parent
        if declaration is None or declaration.type != "local_variable_declaration":
            return None
        container = enclosing(declaration, "block", "for_statement", "switch_statement_case", "function_body")
        return (container.start_byte, container.end_byte) if container is not None else None
    return None


def scope_of(root: tree_sitter.Node) -> Scope:
    scope = Scope()
    for node in walk(root):
        if node.type in _DECLARING:
            if node.type == "label" and node.parent is not None and node.parent.type == "named_argument":
                continue  # `onError: …` names a parameter of the callee, it declares nothing
            where = _local_range(node)
            for identifier in _declared_identifiers(node):
                declared = text_of(identifier)
                scope.declared.add(declared)
                scope.declaring_nodes.add(identifier.id)
                if where is None:
                    scope.everywhere.add(declared)
                else:
                    scope.local.setdefault(declared, []).append(where)
        if node.type in ("constructor_signature", "factory_constructor_signature", "constant_constructor_signature"):
            names = [text_of(c) for c in node.children if c.type == "identifier"]
            if names:
                _declare_callable(scope, ".".join(names[:2]), node)
        elif node.type == "function_signature":
            name = next((c for c in node.children if c.type == "identifier"), None)
            if name is not None and node.parent is not None and node.parent.type in ("program", "source_file"):
                _declare_callable(scope, text_of(name), node)
    for node in walk(root):
        if node.type == "class_definition":
            name = next((c for c in node.children if c.type == "identifier"), None)
            if name is not None and text_of(name) not in scope.named_parameters:
                scope.named_parameters[text_of(name)] = set()  # the implicit constructor takes nothing
                scope.positional_parameters[text_of(name)] = 0
    _find_duplicates(root, scope)
    return scope


def _declare_callable(scope: Scope, label: str, signature: tree_sitter.Node) -> None:
    """A constructor or top-level function: its named parameters and how many positional ones it takes (a label
    declared twice keeps no count: which one a call means is not read here)."""
    scope.named_parameters[label] = _named_parameters(signature)
    count = _positional_count(signature)
    scope.positional_parameters[label] = None if label in scope.positional_parameters else count


def _positional_count(signature: tree_sitter.Node) -> int | None:
    """Required plus ``[optional]`` positional parameters; None when the parameters cannot be read."""
    params = next((c for c in signature.children if c.type == "formal_parameter_list"), None)
    if params is None:
        return None
    count = sum(1 for c in params.children if c.type == "formal_parameter")
    for optional in (c for c in params.children if c.type == "optional_formal_parameters"):
        if optional.children and optional.children[0].type == "[":
            count += sum(1 for c in optional.children if c.type == "formal_parameter")
    return count


def _named_parameters(signature: tree_sitter.Node) -> set[str] | None:
    """Named parameters of a signature; None when its parameters cannot be read."""
    params = next((c for c in signature.children if c.type == "formal_parameter_list"), None)
    if params is None:
        return None
    named: set[str] = set()
    for optional in (c for c in params.children if c.type == "optional_formal_parameters"):
        if not optional.children or optional.children[0].type != "{":
            continue
        for parameter in (c for c in optional.children if c.type == "formal_parameter"):
            identifiers = [n for n in walk(parameter) if n.type == "identifier"]
            if identifiers:
                named.add(text_of(identifiers[-1]))
    return named


def _find_duplicates(root: tree_sitter.Node, scope: Scope) -> None:
    """Top-level declarations and class members declared twice (a compile error)."""
    containers = [root] + [n for n in walk(root) if n.type in ("class_body", "extension_body", "mixin_body")]
    for container in containers:
        names: Counter[str] = Counter()
        lines: dict[str, int] = {}
        for child in container.children:
            for name, line in _member_names(child):
                names[name] += 1
                lines.setdefault(name, line)
        for name, count in names.items():
            if count > 1:
                scope.duplicates.append((name, lines[name]))


def _member_names(node: tree_sitter.Node) -> Iterator[tuple[str, int]]:
    kind = node.type
    if kind in ("class_definition", "enum_declaration", "mixin_declaration", "type_alias"):
        name = next((c for c in node.children if c.type in ("identifier", "type_identifier")), None)
        if name is not None:
            yield text_of(name), name.start_point[0]
    elif kind in ("function_signature", "method_signature", "declaration"):
        signature = node
        if kind in ("method_signature", "declaration"):
            signature = next((c for c in node.children if c.type.endswith("signature")), node)
        if signature.type in ("function_signature", "getter_signature"):
            name = next((c for c in signature.children if c.type == "identifier"), None)
            if name is not None:
                yield text_of(name), name.start_point[0]
        elif signature.type in (
            "constructor_signature",
            "factory_constructor_signature",
            "constant_constructor_signature",
        ):
            names = [text_of(c) for c in signature.children if c.type == "identifier"]
            yield ".".join(names[:2]) + "()", signature.start_point[0]
        for child in node.children:
            if child.type in ("initialized_identifier_list", "static_final_declaration_list"):
                for target in child.children:
                    name = next((c for c in target.children if c.type == "identifier"), None)
                    if name is not None:
                        yield text_of(name), name.start_point[0]
    elif kind == "top_level_variable_declaration" or kind in ("static_final_declaration_list",):
        for target in walk(node):
            if target.type in ("initialized_identifier", "static_final_declaration"):
                name = next((c for c in target.children if c.type == "identifier"), None)
                if name is not None:
                    yield text_of(name), name.start_point[0]


def references(root: tree_sitter.Node, scope: Scope) -> Iterator[tree_sitter.Node]:
    """Identifier nodes that refer to something (not declarations, member names, labels or directives)."""
    for node in walk(root):
        if node.type != "identifier" or node.id in scope.declaring_nodes:
            continue
        parent = node.parent
        if parent is None or parent.type in _NOT_REFERENCE or (parent.type in _DECLARING and not _bound_value(node)):
            continue
        if (
            enclosing(node, *("import_or_export", "library_name", "part_directive", "part_of_directive", "annotation"))
            is not None
        ):
            continue
        previous = node.prev_sibling
        if previous is not None and previous.type in (".", "?."):
            continue  # `const EdgeInsets.all(8)`: a constructor or member name
        following = node.next_sibling
        if parent.type == "object_pattern" and following is not None and following.type == ":":
            continue  # `AsyncSnapshot(hasError: true)`: a getter of the matched object
        if _in_type(node):
            continue  # record fields and function-type parameter names name no value
        yield node


def _bound_value(node: tree_sitter.Node) -> bool:
    """Whether ``node`` stands after the ``=`` or ``in`` of the declaring construct it is a child of: the value a
    variable is bound to (``final x = items;``, ``for (final r in items)``) refers to something."""
    parent = node.parent
    if parent is None or parent.type not in (
        "initialized_variable_definition",
        "initialized_identifier",
        "for_loop_parts",
        "static_final_declaration",
    ):
        return False
    for child in parent.children:
        if child.id == node.id:
            return False
        if child.type in ("=", "in"):
            return True
    return False


def _in_type(node: tree_sitter.Node) -> bool:
    current = node.parent
    while current is not None:
        kind = current.type
        if (
            kind.endswith("_type")
            or "parameter_type" in kind
            or kind in ("record_type_field", "typed_identifier", "record_type_named_field")
        ):
            return True
        if kind in ("function_body", "block", "class_body", "program"):
            return False
        current = current.parent
    return False


def awaits_outside_async(root: tree_sitter.Node) -> Iterator[int]:
    """Lines of ``await`` in a function body that is not ``async`` (a compile error)."""
    for node in walk(root):
        if node.type != "await_expression":
            continue
        body = node.parent
        while body is not None and body.type not in ("function_body", "function_expression_body"):
            body = body.parent
        if body is None:
            yield node.start_point[0]  # an await in a top-level initializer
        elif not any(c.type in ("async", "async*") or text_of(c) in ("async", "async*") for c in body.children):
            yield node.start_point[0]


def call_of_own(chain: Chain, scope: Scope) -> tuple[str, set[str] | None] | None:
    """(label, named parameters) when ``chain`` starts by calling one of the snippet's own top-level functions or
    constructors (``f(…)``, ``C(…)``, ``C.named(…)``); None otherwise."""
    segments = chain.segments
    if len(segments) >= 2 and segments[0].kind == "name" and segments[1].kind == "call":
        name = segments[0].name
        if name in scope.named_parameters:
            return name, scope.named_parameters[name]
    if len(segments) >= 3 and segments[1].kind == "name" and segments[2].kind == "call":
        name = f"{segments[0].name}.{segments[1].name}"
        if name in scope.named_parameters:
            return name, scope.named_parameters[name]
    return None


def declaration_counts(root: tree_sitter.Node, scope: Scope | None = None) -> Counter[str]:
    """How many times each name is declared anywhere in the snippet (parameters, locals, patterns, fields…);
    ``this.x``/``super.x`` parameters declare nothing new. ``scope``: ``scope_of(root)`` when already made."""
    scope = scope or scope_of(root)
    return Counter(
        text_of(n)
        for n in walk(root)
        if n.id in scope.declaring_nodes
        and not (n.parent is not None and n.parent.type in ("constructor_param", "super_formal_parameter"))
    )
