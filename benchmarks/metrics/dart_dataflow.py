"""CodeBLEU's semantic component for Dart: a data-flow graph extracted from the tree-sitter-dart tree.

The graph follows GraphCodeBERT's definition, re-implemented for Dart's grammar. Nodes are variable
occurrences (identifier tokens, keyed by byte offset). Edges say where a value comes from:

- ``computedFrom``: a *write* — a declaration (``var s = a + b``), an assignment (``s = …``, ``s += …`` also
  reads the old ``s``), ``x++``, a for-in variable (``for (final v in list)``), a pattern declaration
  (``final (a, b) = pair``) — points at the occurrences read on the right-hand side.
- ``comesFrom``: a *read* of ``x`` points at the writes of ``x`` that can reach it (parameters, declarations,
  assignments, including both arms of an ``if``/``else`` and the previous iteration of a loop).

What counts as a variable: local variables, parameters (``this.x``/``super.x`` constructor parameters define
``x``), class fields (a field's declaration is visible to the class's methods; ``this.x = …`` writes ``x``),
top-level variables, catch parameters and pattern variables. Member names after ``.``/``?.``/``..``, named
argument labels, types, annotations and declaration names (classes, functions) are not variables. A write to a
member or an index (``user.name = v``, ``list[i] = v``) counts as a write to the base variable, computed from
the right-hand side, the index and the base's previous value. Scopes follow Dart blocks; function and method
bodies start from the enclosing scope and do not leak writes; a closure (``() => _deger++``) may run, so its
writes to captured variables are merged into the possible values after it, and the captured variables it reads
flow into whatever the closure is assigned to. ``switch`` and ``try`` are walked in source order without
branch merging — a documented approximation.

As in GraphCodeBERT/CodeBLEU, only occurrences that take part in an edge are kept, and
:func:`normalize_dataflow` renames variables ``var_0, var_1, …`` in order of first appearance, so consistently
renamed code keeps its data flow while reordered statements change it. The match is multiset-based: each
reference item matches at most one candidate item.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import tree_sitter

from flutr.dart import parse_dart

logger = logging.getLogger(__name__)

COMES_FROM = "comesFrom"
COMPUTED_FROM = "computedFrom"

Env = dict[str, frozenset[int]]
NormalizedItem = tuple[str, str, tuple[str, ...]]

# Subtrees that never contain variable occurrences: comments, types, annotations, labels, directives.
_SKIPPED = frozenset(
    (
        "comment documentation_comment type_identifier type_arguments type_parameters annotation label "
        "import_or_export library_name part_directive part_of_directive function_type void_type "
        "inferred_type nullable_type"
    ).split()
)
_MEMBER_SELECTORS = frozenset(
    {"unconditional_assignable_selector", "conditional_assignable_selector", "cascade_selector"}
)
_READ_TYPES = frozenset({"identifier", "identifier_dollar_escaped"})
_CLASS_BODIES = frozenset({"class_body", "extension_body", "enum_body"})


@dataclass(frozen=True)
class DataFlowItem:
    """One variable occurrence with its incoming edges (empty ``parents`` = a source, e.g. a parameter)."""

    name: str
    index: int  # byte offset of the occurrence in the source
    relation: str  # COMES_FROM or COMPUTED_FROM
    parents: tuple[str, ...]  # variable names of the parent occurrences, in source order
    parent_indices: tuple[int, ...]


@dataclass(frozen=True)
class DataFlowMatch:
    matched: int
    total: int  # number of reference data-flow items

    @property
    def score(self) -> float | None:
        """None when the reference has no data flow: the score is undefined, not 0 or 1."""
        return self.matched / self.total if self.total else None

    def __add__(self, other: DataFlowMatch) -> DataFlowMatch:
        return DataFlowMatch(self.matched + other.matched, self.total + other.total)


class _Extractor:
    """Walks one tree in source order, carrying ``env``: variable name → the writes that can reach here."""

    def __init__(self, source: bytes) -> None:
        self._source = source
        self._names: dict[int, str] = {}
        self._relations: dict[int, str] = {}
        self._parents: dict[int, set[int]] = {}
        self._reads: list[tuple[int, str]] = []
        self._scopes: list[dict[str, frozenset[int] | None]] = []

    # -- recording -------------------------------------------------------------------------------------------
    def _text(self, node: tree_sitter.Node) -> str:
        return self._source[node.start_byte : node.end_byte].decode("utf-8", errors="replace")

    def _record(self, node: tree_sitter.Node, relation: str, parents: Iterable[int]) -> int:
        index = node.start_byte
        self._names[index] = self._text(node)
        # A token reached twice (second loop pass) keeps its first relation and accumulates parents.
        self._relations.setdefault(index, relation)
        self._parents.setdefault(index, set()).update(parents)
        return index

    def _read(self, node: tree_sitter.Node, env: Env) -> list[int]:
        name = self._text(node)
        index = self._record(node, COMES_FROM, env.get(name, ()))
        self._reads.append((index, name))
        return [index]

    def _define(self, node: tree_sitter.Node, parents: Iterable[int], env: Env, *, declare: bool = True) -> int:
        name = self._text(node)
        if declare and self._scopes and name not in self._scopes[-1]:
            self._scopes[-1][name] = env.get(name)
        index = self._record(node, COMPUTED_FROM, parents)
        env[name] = frozenset({index})
        return index

    # -- dispatch --------------------------------------------------------------------------------------------
    def walk(self, node: tree_sitter.Node, env: Env) -> list[int]:
        """Process ``node``; return the occurrences whose values it produces (parents for an enclosing
        write)."""
        kind = node.type
        if kind in _READ_TYPES:
            return self._read(node, env)
        if kind in _SKIPPED or node.child_count == 0:
            return []
        handler = _HANDLERS.get(kind)
        if handler is not None:
            return handler(self, node, env)
        if kind in _MEMBER_SELECTORS:
            return self._sequence(node, env, skip_identifiers=True)
        return self._sequence(node, env)

    def _sequence(self, node: tree_sitter.Node, env: Env, *, skip_identifiers: bool = False) -> list[int]:
        """Children in order. A ``*_signature`` child opens a function whose body (or constructor
        initializers) follows as a sibling: they run in a copy of ``env`` holding the parameters, so nothing
        leaks out."""
        produced: list[int] = []
        function_env: Env | None = None
        for position, child in enumerate(node.children):
            field = node.field_name_for_child(position)
            if child.type.endswith("_signature"):
                function_env = dict(env)
                self._define_parameters(child, function_env)
                continue
            if function_env is not None and child.type in ("function_body", "initializers"):
                self.walk(child, function_env)
                if child.type == "function_body":
                    function_env = None
                continue
            if child.type == "identifier" and (skip_identifiers or field == "name"):
                continue  # a member name after `.`, or the name of a class/function being declared
            produced += self.walk(child, env)
        return produced

    # -- declarations ----------------------------------------------------------------------------------------
    def _define_parameters(self, node: tree_sitter.Node, env: Env) -> None:
        """Define every formal parameter found under a signature or parameter list (default values
        ignored)."""
        stack = [node]
        while stack:
            current = stack.pop()
            if current.type == "formal_parameter":
                name = current.child_by_field_name("name")
                if name is None:  # `this.x` / `super.x`: the identifier inside the wrapper
                    wrapper = next(
                        (
                            c
                            for c in current.named_children
                            if c.type in ("constructor_param", "super_formal_parameter")
                        ),
                        None,
                    )
                    identifiers = [c for c in (wrapper or current).named_children if c.type == "identifier"]
                    name = identifiers[-1] if identifiers else None
                if name is not None:
                    self._define(name, (), env, declare=False)
                continue
            if current.type in ("function_body", "function_type", "parameter_type_list"):
                continue
            stack.extend(reversed(current.named_children))

    def _variable_definition(self, node: tree_sitter.Node, env: Env) -> list[int]:
        """``var s = a + b, t = s;`` — each declarator's value is read before its name is bound."""
        values: list[int] = []
        name: tree_sitter.Node | None = None
        for position, child in enumerate(node.children):
            field = node.field_name_for_child(position)
            if field == "value":
                values += self.walk(child, env)
            elif field == "name":
                name = child
        produced = [self._define(name, values, env)] if name is not None else []
        for child in node.named_children:
            if child.type == "initialized_identifier":
                produced += self._initialized_identifier(child, env)
        return produced

    def _initialized_identifier(self, node: tree_sitter.Node, env: Env) -> list[int]:
        """``name [= value]`` in field, top-level and multi-variable declarations."""
        name = next((c for c in node.named_children if c.type == "identifier"), None)
        if name is None:
            return self._sequence(node, env)
        values: list[int] = []
        after_equals = False
        for child in node.children:
            if child.type == "=":
                after_equals = True
            elif after_equals:
                values += self.walk(child, env)
        return [self._define(name, values, env)]

    def _pattern_declaration(self, node: tree_sitter.Node, env: Env) -> list[int]:
        """``final (a, b) = pair;`` / ``(a, b) = (b, a);``: every identifier of the pattern is written."""
        equals = next((i for i, c in enumerate(node.children) if c.type == "="), None)
        if equals is None:
            return self._sequence(node, env)
        values: list[int] = []
        for child in node.children[equals + 1 :]:
            values += self.walk(child, env)
        declare = node.type == "pattern_variable_declaration"
        produced = []
        for child in node.children[:equals]:
            for identifier in _identifiers_in_pattern(child):
                produced.append(self._define(identifier, values, env, declare=declare))
        return produced

    def _variable_pattern(self, node: tree_sitter.Node, env: Env) -> list[int]:
        """``case int z`` binds ``z``."""
        identifiers = [c for c in node.named_children if c.type == "identifier"]
        return [self._define(identifiers[-1], (), env)] if identifiers else []

    def _catch_parameters(self, node: tree_sitter.Node, env: Env) -> list[int]:
        for child in node.named_children:
            if child.type == "identifier":
                self._define(child, (), env)
        return []

    # -- writes ----------------------------------------------------------------------------------------------
    def _write(self, target: tree_sitter.Node, values: list[int], env: Env, *, compound: bool) -> list[int]:
        """Write to an assignable expression: a variable, ``this.x`` or the base of ``a.b`` / ``a[i]``."""
        children = target.named_children if target.type == "assignable_expression" else [target]
        if not children:
            return values
        head = children[0]
        if head.type == "this" and len(children) == 2 and children[1].type in _MEMBER_SELECTORS:
            member = next((c for c in children[1].named_children if c.type == "identifier"), None)
            if member is not None:
                parents = set(values) | (env.get(self._text(member), frozenset()) if compound else frozenset())
                return [self._define(member, parents, env, declare=False)]
        if head.type != "identifier":
            return values + self._sequence(target, env)
        parents = set(values)
        for selector in children[1:]:
            parents.update(self.walk(selector, env))  # index expressions are read; member names skipped
        if compound or len(children) > 1:
            parents.update(env.get(self._text(head), frozenset()))
        return [self._define(head, parents, env, declare=False)]

    def _assignment(self, node: tree_sitter.Node, env: Env) -> list[int]:
        left = node.child_by_field_name("left")
        operator = node.child_by_field_name("operator")
        values: list[int] = []
        for position, child in enumerate(node.children):
            if node.field_name_for_child(position) == "right":
                values += self.walk(child, env)
        if left is None:
            return values
        return self._write(left, values, env, compound=operator is not None and operator.type != "=")

    def _increment(self, node: tree_sitter.Node, env: Env) -> list[int]:
        """``x++`` / ``--x``: a write computed from the old value. Other unary/postfix forms are plain
        reads."""
        has_increment = any(
            c.type == "increment_operator"
            or (
                c.type == "postfix_operator"
                and c.named_child_count
                and c.named_children[0].type == "increment_operator"
            )
            for c in node.children
        )
        target = next((c for c in node.named_children if c.type == "assignable_expression"), None)
        if not has_increment or target is None:
            return self._sequence(node, env)
        return self._write(target, [], env, compound=True)

    # -- control flow ----------------------------------------------------------------------------------------
    def _block(self, node: tree_sitter.Node, env: Env) -> list[int]:
        self._scopes.append({})
        try:
            return self._sequence(node, env)
        finally:
            for name, previous in self._scopes.pop().items():
                if previous is None:
                    env.pop(name, None)
                else:
                    env[name] = previous

    def _if(self, node: tree_sitter.Node, env: Env) -> list[int]:
        produced: list[int] = []
        branches: list[Env] = []
        has_alternative = False
        for position, child in enumerate(node.children):
            field = node.field_name_for_child(position)
            if field in ("consequence", "alternative"):
                has_alternative |= field == "alternative"
                branch = dict(env)
                self.walk(child, branch)
                branches.append(branch)
            else:
                produced += self.walk(child, env)
        if not has_alternative:
            branches.append(dict(env))
        _replace(env, _merge(branches))
        return produced

    def _loop(self, node: tree_sitter.Node, env: Env) -> list[int]:
        """Loops: the body runs twice so values from the previous iteration reach the next one, then the state
        before the loop is merged in (the body may not run at all)."""
        parts = next((c for c in node.children if c.type == "for_loop_parts"), None)
        body = node.child_by_field_name("body")
        before_body: list[tree_sitter.Node] = []
        after_body: list[tree_sitter.Node] = []
        self._scopes.append({})  # loop variables are scoped to the loop
        if parts is not None and any(c.type == "in" for c in parts.children):
            self._for_in_header(parts, env)
        elif parts is not None:
            init = parts.child_by_field_name("init")
            if init is not None:
                self.walk(init, env)
            before_body = [c for c in (parts.child_by_field_name("condition"),) if c is not None]
            after_body = [c for c in (parts.child_by_field_name("update"),) if c is not None]
        else:
            condition = node.child_by_field_name("condition")
            if condition is not None:
                (after_body if node.type == "do_statement" else before_body).append(condition)
        if node.type == "do_statement" and body is not None:
            self.walk(body, env)  # a do-while body always runs once
            for part in after_body:
                self.walk(part, env)
        entry = dict(env)
        for _ in range(2):
            for part in before_body:
                self.walk(part, env)
            if body is not None:
                self.walk(body, env)
            for part in after_body:
                self.walk(part, env)
        _replace(env, _merge([entry, env]))
        for name, previous in self._scopes.pop().items():
            if previous is None:
                env.pop(name, None)
            else:
                env[name] = previous
        return []

    def _for_in_header(self, parts: tree_sitter.Node, env: Env) -> None:
        """``for (final v in items)`` / ``for (var (k, v) in pairs)``: the loop variables come from the
        iterable."""
        children = parts.children
        in_position = next(i for i, c in enumerate(children) if c.type == "in")
        values: list[int] = []
        for child in children[in_position + 1 :]:
            values += self.walk(child, env)
        for child in children[:in_position]:
            for identifier in _identifiers_in_pattern(child):
                self._define(identifier, values, env)

    def _closure(self, node: tree_sitter.Node, env: Env) -> list[int]:
        """``(e) => e > min``: parameters are local; returns the reads of outer (captured or free)
        variables."""
        inner = dict(env)
        parameters = node.child_by_field_name("parameters")
        parameter_names: set[str] = set()
        if parameters is not None:
            before = set(inner.items())
            self._define_parameters(parameters, inner)
            parameter_names = {name for name, value in inner.items() if (name, value) not in before}
        first_read = len(self._reads)
        body = node.child_by_field_name("body")
        if body is not None:
            self.walk(body, inner)
        outer_writes = frozenset().union(*env.values())
        captured = [
            index
            for index, name in self._reads[first_read:]
            if name not in parameter_names and self._parents[index] <= outer_writes
        ]
        for name, values in inner.items():
            if name in env and name not in parameter_names and values != env[name]:
                env[name] = env[name] | values
        return captured

    def _class_body(self, node: tree_sitter.Node, env: Env) -> list[int]:
        """Fields are visible to the class's members only; each member body starts from the class scope."""
        self._sequence(node, dict(env))
        return []

    # -- result ----------------------------------------------------------------------------------------------
    def items(self) -> list[DataFlowItem]:
        is_parent = {parent for parents in self._parents.values() for parent in parents}
        result = []
        for index in sorted(self._names):
            parents = sorted(self._parents.get(index, ()))
            if not parents and index not in is_parent:
                continue
            result.append(
                DataFlowItem(
                    name=self._names[index],
                    index=index,
                    relation=self._relations[index],
                    parents=tuple(self._names[p] for p in parents),
                    parent_indices=tuple(parents),
                )
            )
        return result


def _identifiers_in_pattern(node: tree_sitter.Node) -> list[tree_sitter.Node]:
    """Identifier nodes of a declaration pattern (``v``, ``(k, v)``, ``[a, ...rest]``), types excluded."""
    if node.type == "identifier":
        return [node]
    found = []
    stack = [node]
    while stack:
        current = stack.pop()
        if current.type == "identifier":
            found.append(current)
        elif current.type not in _SKIPPED and current.type not in ("final_builtin", "const_builtin"):
            stack.extend(reversed(current.named_children))
    return found


def _merge(envs: Sequence[Env]) -> Env:
    merged: dict[str, frozenset[int]] = {}
    for env in envs:
        for name, values in env.items():
            merged[name] = merged.get(name, frozenset()) | values
    return merged


def _replace(env: Env, new: Env) -> None:
    env.clear()
    env.update(new)


_HANDLERS = {
    "initialized_variable_definition": _Extractor._variable_definition,
    "initialized_identifier": _Extractor._initialized_identifier,
    "static_final_declaration": _Extractor._initialized_identifier,
    "pattern_variable_declaration": _Extractor._pattern_declaration,
    "pattern_assignment": _Extractor._pattern_declaration,
    "variable_pattern": _Extractor._variable_pattern,
    "catch_parameters": _Extractor._catch_parameters,
    "assignment_expression": _Extractor._assignment,
    "assignment_expression_without_cascade": _Extractor._assignment,
    "postfix_expression": _Extractor._increment,
    "unary_expression": _Extractor._increment,
    "block": _Extractor._block,
    "if_statement": _Extractor._if,
    "for_statement": _Extractor._loop,
    "while_statement": _Extractor._loop,
    "do_statement": _Extractor._loop,
    "function_expression": _Extractor._closure,
    **{kind: _Extractor._class_body for kind in _CLASS_BODIES},
}


def extract_dataflow(source: str) -> list[DataFlowItem]:
    """The data-flow items of ``source`` (comments ignored), sorted by position."""
    extractor = _Extractor(source.encode("utf-8"))
    try:
        extractor.walk(parse_dart(source).root_node, {})
    except RecursionError:
        # Only pathological nesting (hundreds of levels) gets here; keep what was found rather than crash.
        logger.warning("data-flow extraction stopped at Python's recursion limit; the graph is partial")
    return extractor.items()


def normalize_dataflow(items: Sequence[DataFlowItem]) -> list[NormalizedItem]:
    """Rename variables ``var_0, var_1, …`` in order of first appearance (parents before the written name)."""
    renamed: dict[str, str] = {}

    def rename(name: str) -> str:
        if name not in renamed:
            renamed[name] = f"var_{len(renamed)}"
        return renamed[name]

    normalized = []
    for item in items:
        parents = tuple(sorted({rename(parent) for parent in item.parents}))
        normalized.append((rename(item.name), item.relation, parents))
    return normalized


def dataflow_match(candidate: str, reference: str) -> DataFlowMatch:
    """How many normalised reference data-flow items the candidate also has (multiset intersection)."""
    reference_items = Counter(normalize_dataflow(extract_dataflow(reference)))
    candidate_items = Counter(normalize_dataflow(extract_dataflow(candidate)))
    matched = sum(min(count, candidate_items[item]) for item, count in reference_items.items())
    return DataFlowMatch(matched=matched, total=sum(reference_items.values()))
