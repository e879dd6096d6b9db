"""Reference-free findings about a Dart snippet: what a reviewer would flag without knowing the question.

Each :class:`Finding` names its check, the line and a reason a person can act on. Which checks reject an answer
is the judge's decision (``benchmarks.judge``), calibrated against labelled answers; this module only finds.

Checks:
- ``unknown-named-argument``: a constructor or top-level function of the vocabulary called with a named
  argument it does not take (``Scaffold(length: 2)``);
- ``unknown-constructor`` / ``unknown-static``: ``Class.name`` where the class has no such constructor or static
  member (``Icon.of(context)``);
- ``unknown-member``: a member that the (followed) type does not have
  (``MediaQuery.of(context).maxCrossAxisExtent``); chains are followed from a class, a typed variable, a
  variable whose every initializer is such a chain (``static final _prefs = SharedPreferences.getInstance()``)
  or a function whose result type the vocabulary gives (``http.get``, ``showDialog``). On a ``Future`` its
  ``detail`` is ``future``: a Future used as its value (``await http.get(u).body`` reads ``.body`` on the Future);
- ``unknown-type``: an UpperCamel name that neither the snippet nor the vocabulary defines, with a ``detail``
  of ``framework-like`` when it extends a known API name (``CurvedAnimationDelegate``) or ``placeholder`` when
  it reads as an app's own class (``HomePage``, ``User``);
- ``removed-api``: an API removed from Flutter (``RaisedButton``, ``ThemeData.accentColor``);
- ``setstate-outside-state``: ``setState`` called outside a ``State`` subclass (and not a ``StatefulBuilder``
  parameter);
- ``undeclared-prefix``: ``http.get`` with no ``import … as http`` and no ``// pubspec.yaml: http``;
- ``undefined-name``: a name used but declared nowhere in the snippet, the vocabulary or a known supertype of the
  enclosing class (``detail``: ``private``, ``public``, or ``public-call`` for an undefined function called, often
  a stand-in for "your operation"; ``project`` for a name the caller says the app's other files declare);
- ``unknown-named-argument`` also covers the snippet's own constructors and top-level functions;
- ``await-outside-async`` and ``duplicate-declaration``: compile errors tree-sitter does not report;
- ``callback-arity`` / ``callback-role`` / ``callback-type``: a closure or callback variable of the wrong shape for
  a well-known callback (``signatures.json``); the closure's untyped parameters get the signature's types;
- ``override-signature`` / ``override-unknown``: an ``@override`` with other positional parameters than the
  framework method, or of a widget method no supertype has;
- ``final-assignment``: a final field, local or top-level variable, or a setter-less getter assigned;
- ``empty-set-state``: a named parameterless callback whose only statement is ``setState(() {})``;
- ``abstract-instantiation``: an abstract framework class constructed (``abstract.json``);
- ``context-above-app``: the context of the widget that builds the ``MaterialApp`` given to a Navigator lookup;
- ``not-callable`` / ``index-type`` / ``argument-type``: a value used against its written type;
- ``missing-return``: a function or getter with a non-nullable written return type whose block body has no
  ``return`` (``returns.py``), ``null-return`` one that returns ``null``; ``async-callback``: an ``async``
  function given to a well-known callback that returns a value, not a Future (``validator: (v) async {…}``,
  ``itemBuilder: (c, i) async => …``, or such a function of the snippet by name); ``future-return``: a
  function that is not ``async`` returning a Future where it declares another type; ``future-literal``: a
  function declared ``Future<…>``, not ``async``, returning a literal; ``widget-member``: ``widget.x`` in the
  State of a widget the file declares without ``x`` (``widget_members.py``); ``duplicate-named-argument`` and
  ``late-never-assigned`` (``mistakes.py``); ``const-nonconstant``: a field, parameter, non-const local,
  ``widget``, ``context`` or ``Platform.`` getter inside a ``const`` expression (``constness.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import tree_sitter

from flutr.dart import parse_dart
from flutr.dart_api.constness import non_constants
from flutr.dart_api.initializers import instance_in_initializers
from flutr.dart_api.json_targets import json_target_mistakes
from flutr.dart_api.mistakes import reviewer_mistakes
from flutr.dart_api.names import (
    BUILTIN_NAMES,
    Scope,
    awaits_outside_async,
    call_of_own,
    declaration_counts,
    references,
    scope_of,
)
from flutr.dart_api.nullable import OBJECT_MEMBERS, member_read, null_safety_mistakes, tested_for_null
from flutr.dart_api.nullable_values import nullable_value_mistakes
from flutr.dart_api.returns import (
    functions,
    literal_future_returns,
    missing_returns,
    null_returns,
    return_type,
    returned_values,
)
from flutr.dart_api.statics import unqualified_statics
from flutr.dart_api.syntax import (
    Arguments,
    Chain,
    Declarations,
    Segment,
    chains,
    code_only,
    declarations,
    enclosing,
    run_segments,
    split_camel,
    text_of,
    type_references,
    walk,
)
from flutr.dart_api.unshown_changes import unshown_changes
from flutr.dart_api.value_types import value_mistakes
from flutr.dart_api.vocabulary import Vocabulary, base_type, default_vocabulary
from flutr.dart_api.widget_members import missing_widget_members

# App-side names: an unknown class with one of these endings is the app's own (HomePage, UserModel, AuthService).
PLACEHOLDER_SUFFIXES = (
    "Page",
    "Adapter",  # generated Hive adapters (UserAdapter)
    "Screen",
    "View",
    "App",
    "Model",
    "Service",
    "Repository",
    "Repo",
    "Item",
    "Card",
    "Tile",
    "Bloc",
    "Cubit",
    "State",
    "Event",
    "Provider",
    "Notifier",
    "Controller",
    "Store",
    "Api",
    "Client",
    "Data",
    "Dto",
    "Entity",
    "Widget",
    "Form",
    "Dialog",
    "Sheet",
    "Button",
    "List",
    "Demo",
    "Example",
    "Helper",
    "Utils",
    "Config",
    "Manager",
    "Exception",
    "Error",
    "Route",
    "Routes",
    "Theme",
    "Colors",
    "Strings",
    "Localizations",
    "Delegate",
    "Handler",
    "Database",
    "Dao",
    "Box",
    "Settings",
    "Preferences",
    "Status",
    "Type",
    "Mode",
    "Result",
)
# Prefixed libraries whose members the vocabulary lists completely (http.get, http.MultipartRequest, …).
VOCABULARY_PACKAGES = frozenset({"http", "dart:math"})
LIBRARY_PREFIXES = {
    "http": "http",
    "p": "path",
    "path": "path",
    "math": "dart:math",
    "developer": "dart:developer",
    "ui": "dart:ui",
    "app": "the app's main.dart",
    "img": "image",
}


# The findings that make code wrong whatever was asked — an API that does not exist or is used against its
# signature, a removed API, a misplaced ``setState``. Chosen on the judge's development labels
# (benchmarks/judge/README.md): the judge rejects an answer on them, and the answerer retries once on them.
REJECTING_FINDINGS = frozenset(
    {
        "unknown-named-argument",
        "unknown-constructor",
        "unknown-static",
        "unknown-member",
        "removed-api",
        "setstate-outside-state",
        "await-outside-async",
        "duplicate-declaration",
        "callback-arity",
        "callback-role",
        "override-signature",
        "override-unknown",
        "final-assignment",
        "missing-return",
        "null-return",
        "async-callback",
        "future-return",
        "future-literal",
        "widget-member",
        "duplicate-named-argument",
        "late-never-assigned",
        "mocktail-closure",
        "nullable-field-member",
        "nullable-condition",
        "nullable-spread",
        "nullable-index",
        "nullable-argument",
        "nullable-parameter",
        "nullable-assignment",
        "unawaited-future",
        "instance-in-initializer",
        "void-result",
        "iterable-as-list",
        "int-as-double",
        "entry-record-pattern",
        "field-without-setstate",
        "positional-arity",
        "set-in-list",
        "map-in-map",
        "not-a-bool",
        "json-cast",
        "json-dynamic-list",
        "json-typed-target",
        "ticker-future",
        "string-url",
        "static-unqualified",
        "const-nonconstant",
        "empty-set-state",
        "abstract-instantiation",
        "context-above-app",
        "not-callable",
        "index-type",
        "callback-type",
        "argument-type",
    }
)
REJECTING_DETAILS = frozenset({("undefined-name", "private"), ("undefined-name", "public")})


@dataclass(frozen=True)
class Finding:
    check: str
    message: str
    line: int  # 0-based line in the snippet
    detail: str = ""

    def describe(self) -> str:
        return f"line {self.line + 1}: {self.message}"


def sanity_findings(
    code: str, vocabulary: Vocabulary | None = None, *, project_names: frozenset[str] = frozenset()
) -> list[Finding]:
    """Every finding of the module's checks on ``code``, in line order (an empty list for clean code).

    ``project_names``: names declared in the app's other files (``flutr.dart_api.project_names``); using one is
    still an ``undefined-name`` / ``unknown-type`` finding, with the detail ``project``, which rejects nothing."""
    vocabulary = vocabulary or default_vocabulary()
    root = parse_dart(code).root_node
    blanked = code_only(code, root)
    declared = declarations(root)
    all_chains = chains(root)
    found: list[Finding] = callback_findings(all_chains, declared, vocabulary)
    found.extend(async_callback_findings(all_chains, declared, vocabulary, root))
    infer_types(declared, vocabulary)
    narrowed = narrowed_names(blanked)
    scope = scope_of(root)
    for chain in all_chains:
        if chain.head in scope.local and not scope.sees(chain.head, chain.node):
            continue  # `json.decode` beside a `fromJson(Map json)`: that parameter's type is not this name's
        if not chain.cascade and chain.head not in narrowed:
            found.extend(_chain_findings(chain, declared, vocabulary))
        found.extend(_set_state_findings(chain, declared, vocabulary))
    found.extend(_type_findings(root, declared, vocabulary, project_names))
    found.extend(override_findings(root, vocabulary))
    found.extend(final_assignment_findings(root))
    found.extend(missing_return_findings(root))
    found.extend(future_return_findings(root, declared, vocabulary))
    found.extend(
        Finding(
            "future-literal",
            f"'{r.name}' is declared to return a Future but is not async and returns a plain "
            "value (mark it async, or wrap the value in Future.value)",
            r.line,
        )
        for r in literal_future_returns(root)
    )
    mistakes = (
        *reviewer_mistakes(blanked, root),
        *null_safety_mistakes(blanked, root, declaration_counts(root, scope)),
        *nullable_value_mistakes(blanked),
        *value_mistakes(blanked, root),
        *json_target_mistakes(blanked, root),
        *unqualified_statics(root, scope),
    )
    found.extend(Finding(m.check, m.message, m.line) for m in mistakes)
    found.extend(
        Finding(
            "field-without-setstate",
            f"'{c.field}' is shown by build but changed here without setState: the screen does not update",
            c.line,
        )
        for c in unshown_changes(root)
    )
    found.extend(
        Finding(
            "instance-in-initializer",
            f"the initializer of '{m.field}' reads '{m.name}' before the object exists (make the field late, or set "
            "it in initState or the constructor)",
            m.line,
        )
        for m in instance_in_initializers(root)
    )
    found.extend(
        Finding("widget-member", f"{m.widget} has no member '{m.member}' (widget.{m.member} in its State)", m.line)
        for m in missing_widget_members(blanked, root)
    )
    found.extend(
        Finding("const-nonconstant", f"'{n.name}' is not a constant: it cannot be used inside `const`", n.line)
        for n in non_constants(root)
    )
    found.extend(empty_set_state_findings(all_chains, declared))
    found.extend(context_above_app_findings(root, all_chains))
    found.extend(typed_value_findings(root, all_chains, declared, vocabulary))
    found.extend(member_assignment_findings(root, declared, vocabulary, narrowed))
    found.extend(_prefix_findings(code, all_chains, declared, vocabulary))
    found.extend(_name_findings(root, scope, all_chains, declared, vocabulary, project_names))
    unique = {(f.check, f.message): f for f in found}
    return sorted(unique.values(), key=lambda f: (f.line, f.check, f.message))


# A callback parameter named for a role (``context``, ``index``, ``snapshot``) that the callee's signature puts at
# another position: ``itemBuilder: (index, context)`` reads the int as the context.
ROLE_NAMES = {
    "context": "BuildContext",
    "ctx": "BuildContext",
    "index": "int",
    "snapshot": "AsyncSnapshot",
}


def is_rejecting(
    finding: Finding,
    *,
    checks: frozenset[str] = REJECTING_FINDINGS,
    details: frozenset[tuple[str, str]] = REJECTING_DETAILS,
    framework_like_types: bool = True,
) -> bool:
    """Whether ``finding`` makes code wrong on its own (one of ``checks``, or a (check, detail) of ``details``);
    an unknown type counts when it reads as a variant of a framework name (an invented API) and
    ``framework_like_types`` is on. The judge passes its own sets (``benchmarks.judge.verdict.JudgeConfig``)."""
    if finding.check == "unknown-type":
        return framework_like_types and finding.detail == "framework-like"
    return finding.check in checks or (finding.check, finding.detail) in details


def rejecting_findings(
    code: str,
    vocabulary: Vocabulary | None = None,
    lines: range | None = None,
    *,
    project_names: frozenset[str] = frozenset(),
) -> list[Finding]:
    """The findings on ``code`` that make it wrong whatever was asked; only those on ``lines`` when given (the
    inserted lines of an edited file, whose own names are then known); ``project_names`` as for
    :func:`sanity_findings`."""
    found = sanity_findings(code, vocabulary, project_names=project_names)
    return [f for f in found if is_rejecting(f) and (lines is None or f.line in lines)]


def callee_label(chain: Chain, declared: Declarations, vocabulary: Vocabulary) -> tuple[str, int] | None:
    """(``ListView.builder`` / ``showDialog``, index of its call segment) when ``chain`` starts by calling a
    constructor or top-level function of the vocabulary (not one of the snippet's own)."""
    segments = chain.segments
    names: list[str] = []
    for index, segment in enumerate(segments[:3]):
        if segment.kind == "name":
            names.append(segment.name)
            continue
        if segment.kind != "call" or not names or len(names) > 2:
            return None
        head = names[0]
        if head in declared.types or head in declared.functions or head in declared.variables:
            return None
        if head in vocabulary.classes or (len(names) == 1 and head in vocabulary.functions):
            return ".".join(names), index
        return None
    return None


def _closure_parameters(node: tree_sitter.Node) -> tuple[list[tree_sitter.Node], int] | None:
    """The required positional parameters of a closure and its count of optional positional ones; None when
    ``node`` is no closure."""
    if node.type != "function_expression":
        return None
    params = next((c for c in node.children if c.type == "formal_parameter_list"), None)
    if params is None:
        return None
    required = [c for c in params.children if c.type == "formal_parameter"]
    optional = sum(
        1
        for group in params.children
        if group.type == "optional_formal_parameters" and group.children and group.children[0].type == "["
        for c in group.children
        if c.type == "formal_parameter"
    )
    return required, optional


def callback_arguments(
    all_chains: list[Chain], declared: Declarations, vocabulary: Vocabulary
) -> Iterator[tuple[str, str, tree_sitter.Node, list[str]]]:
    """Every named argument passed to a well-known callback parameter (``ListView.builder(itemBuilder: …)``):
    (callee label, argument name, its value, the callback's parameter types from ``signatures.json``)."""
    for chain in all_chains:
        if chain.cascade:
            continue
        callee = callee_label(chain, declared, vocabulary)
        if callee is None:
            continue
        label, index = callee
        arguments = chain.segments[index].arguments
        assert arguments is not None
        for name, value in arguments.named.items():
            signature = vocabulary.callbacks.get(f"{label}.{name}")
            if signature is not None:
                yield label, name, value, signature


def callback_findings(all_chains: list[Chain], declared: Declarations, vocabulary: Vocabulary) -> list[Finding]:
    """Closures passed to well-known callbacks (``itemBuilder: (context, index) => …``): the wrong number of
    parameters (``callback-arity``), a parameter named for a role the signature puts elsewhere
    (``callback-role``); and the untyped parameters get the signature's types (``snapshot`` → AsyncSnapshot,
    ``deviceLocales`` → List) when every declaration of that name agrees, so their members are checked."""
    found: list[Finding] = []
    typed: dict[str, list[str | None]] = {}
    for label, name, value, signature in callback_arguments(all_chains, declared, vocabulary):
        closure = _closure_parameters(value)
        if closure is None:
            continue
        required, optional = closure
        line = value.start_point[0]
        types = [base_type(t) for t in signature]
        shown = ", ".join(signature) or "none"
        if len(required) > len(signature) or len(required) + optional < len(signature):
            found.append(
                Finding(
                    "callback-arity",
                    f"{label}'s {name} takes {len(signature)} parameter(s) ({shown}), not {len(required)}",
                    line,
                )
            )
            continue
        for position, parameter in enumerate(required):
            identifier = next((c for c in reversed(parameter.children) if c.type == "identifier"), None)
            if identifier is None:
                continue
            parameter_name = text_of(identifier)
            written = next((c for c in parameter.children if c.type == "type_identifier"), None)
            nullable = signature[position].endswith("?") and (written is None or "?" in text_of(parameter))
            member = _unchecked_member(value, parameter_name) if nullable else None
            if member is not None:
                found.append(
                    Finding(
                        "nullable-parameter",
                        f"{label}'s {name} passes '{parameter_name}' as {signature[position]}: "
                        f"'{parameter_name}.{text_of(member)}' needs a null check first (or '?.')",
                        member.start_point[0],
                    )
                )
            expected = types[position]
            role = ROLE_NAMES.get(parameter_name)
            if written is None and role and role != expected and role in types:
                found.append(
                    Finding(
                        "callback-role",
                        f"{label}'s {name} passes ({shown}): '{parameter_name}' is its parameter "
                        f"{position + 1}, a {signature[position]}",
                        line,
                    )
                )
            typed.setdefault(parameter_name, []).append(text_of(written) if written is not None else expected)
    for name, types in typed.items():
        kinds = set(types)
        if name == "context" or len(kinds) != 1 or len(types) != len(declared.values.get(name, ())):
            continue
        type_name = kinds.pop()
        if type_name is not None and type_name in vocabulary.classes and declared.variables.get(name) is None:
            declared.variables[name] = type_name
    return found


# Well-known callbacks whose result is a Future or may be one (``FutureOr``): an ``async`` function is right there.
FUTURE_RESULT_CALLBACKS = frozenset(
    {"Autocomplete.optionsBuilder", "SearchAnchor.suggestionsBuilder", "GoRoute.redirect", "GoRouter.redirect"}
)
# Well-known callback parameters whose result is a plain value (a widget, a message, a bool, a route).
_VALUE_CALLBACKS = frozenset(
    {
        "validator",
        "selector",
        "buildWhen",
        "listenWhen",
        "localeResolutionCallback",
        "localeListResolutionCallback",
        "onGenerateRoute",
        "onUnknownRoute",
    }
)


def async_callback_findings(
    all_chains: list[Chain], declared: Declarations, vocabulary: Vocabulary, root: tree_sitter.Node
) -> list[Finding]:
    """An ``async`` function given to a well-known callback that returns a value (a builder's widget, a validator's
    message): its result is a Future, which Dart rejects there (``validator: (v) async {…}``, ``validator:
    _check`` with ``Future<void> _check(String v) async``): ``async-callback``."""
    own: dict[str, tree_sitter.Node | None] = {}
    for signature, function_body in functions(root):
        name_node = next((c for c in signature.children if c.type == "identifier"), None)
        if name_node is not None:
            function = text_of(name_node)
            own[function] = None if function in own else function_body  # a name declared twice: left alone
    found: list[Finding] = []
    for label, name, value, _ in callback_arguments(all_chains, declared, vocabulary):
        if f"{label}.{name}" in FUTURE_RESULT_CALLBACKS or not (name in _VALUE_CALLBACKS or name.endswith("uilder")):
            continue
        if value.type == "function_expression":
            body = next((c for c in value.children if c.type == "function_expression_body"), None)
        elif value.type == "identifier":
            body = own.get(text_of(value))
        else:
            body = None
        if body is not None and body.children and body.children[0].type in ("async", "async*"):
            found.append(
                Finding(
                    "async-callback",
                    f"{label}'s {name} must return its value, not a Future: "
                    + (
                        "the closure given is async"
                        if value.type == "function_expression"
                        else f"'{text_of(value)}' is async"
                    ),
                    value.start_point[0],
                )
            )
    return found


def _unchecked_member(closure: tree_sitter.Node, name: str) -> tree_sitter.Node | None:
    """The first member read through the closure's nullable parameter ``name`` with ``.`` when the closure never
    tests it (``== null``, ``!= null``, ``is``, ``??``, ``!``, a pattern) nor declares another ``name``; else None."""
    body = next((c for c in closure.children if c.type == "function_expression_body"), None)
    if body is None:
        return None
    text = text_of(body)
    escaped = re.escape(name)
    guarded = (  # beyond a null or type test: ``??``, ``!``, a pattern, or another declaration of the name
        rf"(?<![\w$.]){escaped}\s*(?:\?\?|!(?!=)|case\b)|\b(?:final|var|late)\s+{escaped}\b"
        rf"|[A-Za-z_$][\w$<>?]*\s+{escaped}\s*[=;,)]"
    )
    if tested_for_null(text, name) or re.search(guarded, text):
        return None
    for node in walk(body):
        if node.type != "identifier" or text_of(node) != name:
            continue
        member = member_read(node)
        if member is not None and text_of(member) not in OBJECT_MEMBERS:
            return member
    return None


def narrowed_names(blanked: str) -> set[str]:
    """Variables whose type the code narrows (``if (x is Foo)``, ``switch (x)``): their members are the
    narrowed type's, which this check does not follow. ``blanked``: the code through ``code_only``."""
    return set(re.findall(r"\b([A-Za-z_$][\w$]*)\s+is!?\s", blanked)) | set(
        re.findall(r"switch\s*\(\s*([A-Za-z_$][\w$]*)", blanked)
    )


def _argument_findings(label: str, arguments: Arguments, allowed: set[str] | None) -> list[Finding]:
    """One finding per named argument ``label`` does not take, on the argument's own line (a call may start
    above the lines an edit inserted)."""
    if allowed is None:
        return []
    return [
        Finding("unknown-named-argument", f"{label} has no named parameter '{name}'", _argument_line(value))
        for name, value in sorted(arguments.named.items())
        if name not in allowed
    ]


def _argument_line(value: tree_sitter.Node) -> int:
    """The line of the named argument whose value is ``value`` (where its label stands)."""
    parent = value.parent
    return (parent if parent is not None and parent.type == "named_argument" else value).start_point[0]


def _chain_findings(chain: Chain, declared: Declarations, vocabulary: Vocabulary) -> list[Finding]:
    return follow(chain.segments, chain.line, declared, vocabulary)[0]


def follow(
    segments: Sequence[Segment], line: int, declared: Declarations, vocabulary: Vocabulary
) -> tuple[list[Finding], str | None]:
    """The findings of one member chain, and the type it ends with when every segment was followed (None when
    the vocabulary cannot tell)."""
    if not segments or segments[0].kind != "name":
        return [], None
    head = segments[0].name
    if head in declared.functions and len(segments) > 1 and segments[1].kind == "call":
        return [], None
    state: tuple[str, str] | None
    found: list[Finding] = []
    rest = 1
    if head in vocabulary.functions and head not in declared.variables and len(segments) > 1:
        if segments[1].kind != "call" or segments[1].arguments is None or head in declared.functions:
            return [], None
        found = _argument_findings(f"{head}()", segments[1].arguments, _function_params(head, vocabulary))
        result = vocabulary.returns.get(head)
        if result is None or result not in vocabulary.classes:
            return found, None
        state, rest = ("instance", result), 2
    elif (
        head in LIBRARY_PREFIXES
        and head not in declared.variables
        and len(segments) > 2
        and segments[1].kind == "name"
        and segments[2].kind == "call"
    ):
        result = vocabulary.returns.get(f"{LIBRARY_PREFIXES[head]}.{segments[1].name}")
        if result is None or result not in vocabulary.classes:
            return [], None
        state, rest = ("instance", result), 3
    elif head in declared.types:
        return [], None  # the snippet's own class: its statics and constructors are its own
    elif head in declared.variables:
        type_name = declared.variables[head]
        state = ("instance", type_name) if type_name and type_name in vocabulary.classes else None
    elif head in vocabulary.classes:
        state = ("class", head)
    elif head == "context":
        state = ("instance", "BuildContext") if "BuildContext" in vocabulary.classes else None
    else:
        return [], None
    if state is None:
        return [], None
    constructor: str | None = None
    for segment in segments[rest:]:
        mode, type_name = state
        if segment.kind == "other":
            return found, None
        if mode == "class":
            api = vocabulary.classes[type_name]
            if segment.kind == "call":
                assert segment.arguments is not None
                ctor = constructor if constructor is not None else ""
                label = type_name if not ctor else f"{type_name}.{ctor}"
                if not ctor and type_name in vocabulary.abstract:
                    found.append(
                        Finding(
                            "abstract-instantiation",
                            f"{type_name} is abstract: it cannot be constructed (extend it)",
                            line,
                        )
                    )
                    return found, None
                if ctor in api.constructors or constructor is not None:
                    allowed = vocabulary.constructor_parameters(type_name, ctor)
                    found += _argument_findings(label, segment.arguments, allowed)
                elif (
                    api.constructors
                    and api.kind not in ("abstract", "mixin", "enum", "extension")
                    and type_name not in vocabulary.incomplete
                ):
                    found.append(Finding("unknown-constructor", f"{type_name} has no unnamed constructor", line))
                    return found, None
                state = ("instance", type_name)
                constructor = None
                continue
            if constructor is not None:
                return found, None  # a constructor tear-off followed by a member: leave it
            name = segment.name
            if name in api.constructors:
                constructor = name
                continue
            lookup = vocabulary.static(type_name, name)
            if lookup.found:
                if lookup.type_name is None or lookup.type_name not in vocabulary.classes:
                    return found, None
                state = ("value", lookup.type_name)
                continue
            if not lookup.open and not _is_enum_method(api.kind, name):
                found.append(
                    Finding("unknown-static", f"{type_name} has no static member or constructor '{name}'", line)
                )
            return found, None
        # an instance ("instance") or a member's result ("value", a call of it keeps its type)
        if segment.kind == "call":
            if mode == "instance":
                return found, None  # calling an instance (a callback): nothing to follow
            state = ("instance", type_name)
            continue
        lookup = vocabulary.member(type_name, segment.name)
        if lookup.found:
            if lookup.type_name is None or lookup.type_name not in vocabulary.classes:
                return found, None
            state = ("value", lookup.type_name)
            continue
        if not lookup.open and type_name not in declared.extended:
            removed = vocabulary.removed.get(f"{type_name}.{segment.name}") or vocabulary.removed.get(segment.name)
            if removed:
                found.append(
                    Finding("removed-api", f"{type_name}.{segment.name} was removed from Flutter (use {removed})", line)
                )
            elif type_name == "Future":
                found.append(
                    Finding(
                        "unknown-member",
                        f"Future has no member '{segment.name}': a Future is used as its value (await it, in "
                        "parentheses: `(await f()).x`)",
                        line,
                        detail="future",
                    )
                )
            else:
                found.append(Finding("unknown-member", f"{type_name} has no member '{segment.name}'", line))
        return found, None
    mode, type_name = state
    return found, (type_name if mode != "class" else None)


def infer_types(declared: Declarations, vocabulary: Vocabulary) -> None:
    """Type the untyped variables whose every declaration is initialized by a chain the vocabulary follows
    (``static final _prefs = SharedPreferences.getInstance();`` → Future; ``final p = _prefs;`` → Future).
    An awaited value is typed only where :data:`AWAITED` knows it (the vocabulary drops a Future's type argument)."""
    for _ in range(3):  # aliases of aliases
        changed = False
        for name, values in declared.values.items():
            if declared.variables.get(name) is not None or name == "context" or not values:
                continue
            if name not in declared.variables:
                continue
            types = {_value_type(value, declared, vocabulary) if value else None for value in values}
            if len(types) == 1 and (inferred := types.pop()) is not None:
                declared.variables[name] = inferred
                changed = True
        if not changed:
            return


def _value_type(value: list[tree_sitter.Node], declared: Declarations, vocabulary: Vocabulary) -> str | None:
    if (awaited := awaited_type(value, declared)) is not None:
        return awaited
    if any(node.type in ("await_expression", "unary_expression") for node in value):
        return None
    segments = run_segments(value)
    if not segments:
        return None
    findings, type_name = follow(segments, value[0].start_point[0], declared, vocabulary)
    return type_name if not findings else None


def _is_enum_method(kind: str, name: str) -> bool:
    return kind == "enum" and name in ("values", "byName")


def _function_params(name: str, vocabulary: Vocabulary) -> set[str] | None:
    if name in vocabulary.incomplete:
        return None
    return vocabulary.functions.get(name)


def _set_state_findings(chain: Chain, declared: Declarations, vocabulary: Vocabulary) -> list[Finding]:
    segments = chain.segments
    if chain.cascade or len(segments) < 2 or segments[0].name != "setState" or segments[1].kind != "call":
        return []
    if "setState" in declared.functions:
        return []
    node: tree_sitter.Node | None = chain.node
    while node is not None:
        if node.type in ("function_expression", "function_signature", "method_signature", "lambda_expression"):
            params = next((c for c in node.children if c.type == "formal_parameter_list"), None)
            if params is not None and re.search(r"\bsetState\b", (params.text or b"").decode("utf-8", "replace")):
                return []  # StatefulBuilder(builder: (context, setState) {…})
        if node.type == "class_definition":
            break
        node = node.parent
    owner = enclosing(chain.node, "class_definition", "mixin_declaration", "extension_declaration")
    if owner is not None:
        if owner.type != "class_definition":
            return []  # a mixin/extension on State: cannot tell, do not flag
        name_node = next((c for c in owner.children if c.type == "identifier"), None)
        name = (name_node.text or b"").decode() if name_node is not None else ""
        if _extends_state(name, declared, vocabulary):
            return []
        where = f"class {name}"
    else:
        where = "a top-level function"
    return [Finding("setstate-outside-state", f"setState is called in {where}, which is not a State", chain.line)]


def _extends_state(name: str, declared: Declarations, vocabulary: Vocabulary) -> bool:
    seen: set[str] = set()
    current: str | None = name
    while current and current not in seen:
        seen.add(current)
        if current == "State" or vocabulary.is_subtype(current, "State"):
            return True
        current = declared.superclasses.get(current)
        if current is not None and current not in declared.types and current not in vocabulary.classes:
            return True  # extends something unknown: cannot tell, do not flag
    return False


def _type_findings(
    root: tree_sitter.Node, declared: Declarations, vocabulary: Vocabulary, project_names: frozenset[str]
) -> list[Finding]:
    found = []
    seen: set[str] = set()
    for name, node in type_references(root):
        if name in seen or name in declared.types or vocabulary.knows(name):
            continue
        seen.add(name)
        line = node.start_point[0]
        if name in vocabulary.removed:
            found.append(
                Finding("removed-api", f"{name} was removed from Flutter (use {vocabulary.removed[name]})", line)
            )
            continue
        if name in declared.variables or name in declared.functions:
            continue
        found.append(
            Finding(
                "unknown-type",
                f"{name} is not defined in the snippet nor a known API",
                line,
                detail="project" if name in project_names else classify_unknown(name, vocabulary),
            )
        )
    return found


def classify_unknown(name: str, vocabulary: Vocabulary) -> str:
    """``framework-like`` for a name that reads as an API variant (``CurvedAnimationDelegate`` = a known class + a
    word), ``placeholder`` for an app's own class (``HomePage``, ``User``), else ``unknown``."""
    words = split_camel(name)
    known_prefix = any(
        "".join(words[:cut]) in vocabulary.classes
        for cut in range(len(words) - 1, 0, -1)
        if len("".join(words[:cut])) >= 4
    )
    if name.endswith(PLACEHOLDER_SUFFIXES) and not known_prefix:
        return "placeholder"
    if known_prefix:
        return "framework-like"
    if len(words) == 1:
        return "placeholder"
    return "unknown"


def _name_findings(
    root: tree_sitter.Node,
    scope: Scope,
    all_chains: list[Chain],
    declared: Declarations,
    vocabulary: Vocabulary,
    project_names: frozenset[str],
) -> list[Finding]:
    prefixes = set(re.findall(r"\bas\s+([A-Za-z_$][\w$]*)\s*;", (root.text or b"").decode("utf-8", "replace")))
    found = [
        Finding("duplicate-declaration", f"'{name}' is declared twice in the same scope", line)
        for name, line in scope.duplicates
    ]
    found += [
        Finding("await-outside-async", "await in a function that is not async", line)
        for line in awaits_outside_async(root)
    ]
    for chain in all_chains:
        own = call_of_own(chain, scope)
        if own is not None and own[1] is not None:
            label, allowed = own
            call = next(s for s in chain.segments if s.kind == "call")
            assert call.arguments is not None
            found += _argument_findings(label, call.arguments, allowed)
            takes = scope.positional_parameters.get(label)
            if takes is not None and call.arguments.positional > takes:
                found.append(
                    Finding(
                        "positional-arity",
                        f"{label} takes {takes} positional argument(s), {call.arguments.positional} given (its "
                        "parameters are named: pass them as name: value)"
                        if takes == 0
                        else f"{label} takes {takes} positional argument(s), {call.arguments.positional} given",
                        chain.line,
                    )
                )
    seen: set[str] = set()
    for node in references(root, scope):
        name = (node.text or b"").decode("utf-8", "replace")
        if (
            name in seen
            or scope.sees(name, node)
            or name in BUILTIN_NAMES
            or vocabulary.knows(name)
            or name in prefixes
        ):
            continue
        if name in LIBRARY_PREFIXES or name in declared.types or name[:1].isupper() or name.startswith("_$"):
            continue  # prefixes have their own check, UpperCamel names are checked as types, _$… is generated
        if _implicit_member(node, name, declared, vocabulary):
            continue
        seen.add(name)
        called = (
            node.next_sibling is not None
            and node.next_sibling.type == "selector"
            and any(c.type == "argument_part" for c in node.next_sibling.children)
        )
        if name in project_names:  # declared in the app's other files (never rejecting)
            detail = "project"
        elif name.startswith("_"):
            detail = "private"
        else:
            detail = "public-call" if called else "public"
        found.append(Finding("undefined-name", f"'{name}' is used but never declared", node.start_point[0], detail))
    return found


def _implicit_member(node: tree_sitter.Node, name: str, declared: Declarations, vocabulary: Vocabulary) -> bool:
    """Whether ``name`` can be an inherited member of an enclosing class (``setState``, ``widget``, ``emit``),
    or the vocabulary cannot tell."""
    owner = enclosing(node, "class_definition", "mixin_declaration", "extension_declaration", "enum_declaration")
    if owner is not None and name in OBJECT_MEMBERS:
        return True  # every class inherits Object's (``other.runtimeType == runtimeType`` in an ``operator ==``)
    while owner is not None:
        if owner.type != "class_definition":
            return True  # mixins and extensions see members this check does not follow
        for parent in _supertypes(owner):
            current: str | None = parent
            seen: set[str] = set()
            while current and current not in seen:
                seen.add(current)
                if current in declared.types:
                    current = declared.superclasses.get(current)
                    if current is None:
                        break
                    continue
                lookup = vocabulary.member(current, name)
                if lookup.found or lookup.open:
                    return True
                break
        owner = enclosing(owner, "class_definition", "mixin_declaration", "extension_declaration")
    return False


# Framework methods only widgets and their State declare: overriding one in a class whose known supertypes have
# no such member (a route, a plain class) is an invented override.
WIDGET_METHODS = frozenset({"build", "createState", "initState", "didUpdateWidget"})


def override_findings(root: tree_sitter.Node, vocabulary: Vocabulary) -> list[Finding]:
    """``@override`` methods whose positional parameters differ from the framework method's
    (``override-signature``: ``Widget build()``, ``void initState(BuildContext c)``), and overrides of a widget
    method that no supertype has (``override-unknown``: ``build`` in a ``PageRouteBuilder``)."""
    classes = {
        text_of(name): node
        for node in walk(root)
        if node.type == "class_definition"
        and (name := next((c for c in node.children if c.type == "identifier"), None)) is not None
    }
    found: list[Finding] = []
    for class_name, class_node in classes.items():
        body = next((c for c in class_node.children if c.type == "class_body"), None)
        if body is None:
            continue
        overriding = False
        for member in body.children:
            if member.type == "annotation":
                overriding = overriding or text_of(member).strip() == "@override"
                continue
            if member.type in ("method_signature", "declaration") and overriding:
                signature = next((c for c in member.children if c.type == "function_signature"), None)
                if signature is not None:
                    found.extend(_override_finding(class_name, signature, classes, vocabulary))
            overriding = False
    return found


def _override_finding(
    class_name: str, signature: tree_sitter.Node, classes: dict[str, tree_sitter.Node], vocabulary: Vocabulary
) -> list[Finding]:
    name_node = next((c for c in signature.children if c.type == "identifier"), None)
    params = next((c for c in signature.children if c.type == "formal_parameter_list"), None)
    if name_node is None or params is None:
        return []
    method = text_of(name_node)
    line = name_node.start_point[0]
    required = sum(1 for c in params.children if c.type == "formal_parameter")
    optional = sum(
        1
        for group in params.children
        if group.type == "optional_formal_parameters" and group.children and group.children[0].type == "["
        for c in group.children
        if c.type == "formal_parameter"
    )
    pending = list(_supertypes(classes[class_name]))
    seen: set[str] = set()
    known = True
    while pending:
        current = pending.pop(0)
        if current in seen or current in ("Object", "dynamic"):
            continue
        seen.add(current)
        if current in classes:
            if any(_declares_method(classes[current], method)):
                return []
            pending.extend(_supertypes(classes[current]))
            continue
        api = vocabulary.classes.get(current)
        if api is None:
            known = False
            continue
        expected = vocabulary.methods.get(f"{current}.{method}")
        if expected is not None:
            if required <= len(expected) <= required + optional:
                return []
            shown = ", ".join(expected) or "none"
            return [
                Finding(
                    "override-signature",
                    f"{current}.{method} takes {len(expected)} parameter(s) ({shown}), {class_name}.{method} "
                    f"{required}",
                    line,
                )
            ]
        if method in api.members:
            return []
        pending.extend(api.supertypes)
    framework_methods = {key.rsplit(".", 1)[-1] for key in vocabulary.methods}
    if known and method in WIDGET_METHODS and method in framework_methods and seen:
        parents = ", ".join(_supertypes(classes[class_name]))
        return [Finding("override-unknown", f"{class_name} overrides {method}, which {parents} does not have", line)]
    return []


APP_WIDGETS = frozenset({"MaterialApp", "CupertinoApp", "WidgetsApp"})
# Calls that look up a Navigator, an Overlay or a Scaffold(Messenger) above the context they are given.
NAVIGATOR_CALLS = frozenset(
    {
        "showDialog",
        "showModalBottomSheet",
        "showBottomSheet",
        "showDatePicker",
        "showDateRangePicker",
        "showTimePicker",
        "showGeneralDialog",
        "showCupertinoDialog",
        "showCupertinoModalPopup",
        "showMenu",
        "showSearch",
        "showAboutDialog",
        "showLicensePage",
    }
)
NAVIGATOR_CLASSES = frozenset({"Navigator", "Overlay", "ScaffoldMessenger", "Scaffold"})


def _needs_navigator(names: tuple[str, ...]) -> bool:
    if len(names) == 1:
        return names[0] in NAVIGATOR_CALLS
    return len(names) == 2 and names[0] in NAVIGATOR_CLASSES and (names[0] == "Navigator" or names[1] == "of")


def _passes(arguments: Arguments, name: str) -> bool:
    """Whether ``name`` itself is one of the arguments (positional or named)."""
    values = [c.children[0] for c in arguments.node.children if c.type == "argument" and c.children]
    values += list(arguments.named.values())
    return any(v.type == "identifier" and text_of(v) == name for v in values)


def _shadowed(node: tree_sitter.Node, name: str, outer: tree_sitter.Node) -> bool:
    """Whether a closure between ``node`` and ``outer`` declares a parameter ``name``."""
    current = node.parent
    while current is not None and current != outer:
        if current.type == "function_expression":
            params = next((c for c in current.children if c.type == "formal_parameter_list"), None)
            if params is not None and any(
                n.type == "identifier" and text_of(n) == name for p in params.children for n in walk(p)
            ):
                return True
        current = current.parent
    return False


def context_above_app_findings(root: tree_sitter.Node, all_chains: list[Chain]) -> list[Finding]:
    """A widget whose ``build`` returns the ``MaterialApp`` and passes its own ``context`` — which sits above the
    app's Navigator, Overlay and ScaffoldMessenger — to ``Navigator``/``Overlay.of``/``ScaffoldMessenger.of``/
    ``showDialog``…, directly or through one of the snippet's own functions that does so with it (a runtime
    error: no Navigator/Overlay in that context)."""
    helpers = _context_helpers(root, all_chains)
    found: list[Finding] = []
    for signature in walk(root):
        if signature.type != "function_signature":
            continue
        name = next((c for c in signature.children if c.type == "identifier"), None)
        params = next((c for c in signature.children if c.type == "formal_parameter_list"), None)
        if name is None or text_of(name) != "build" or params is None:
            continue
        context_names = [
            text_of(n)
            for p in params.children
            if p.type == "formal_parameter"
            for n in p.children
            if n.type == "identifier"
        ]
        holder = (
            signature.parent
            if signature.parent is not None and signature.parent.type == "method_signature"
            else signature
        )
        body = holder.next_sibling
        if len(context_names) != 1 or body is None or body.type != "function_body":
            continue
        app = _returned_app(body)
        if app is None:
            continue
        context = context_names[0]
        for chain in all_chains:
            if not (app.start_byte <= chain.node.start_byte < app.end_byte) or chain.cascade:
                continue
            for names, arguments in chain.calls():
                if not _passes(arguments, context) or _shadowed(arguments.node, context, app):
                    continue
                if _needs_navigator(names) or (len(names) == 1 and names[0] in helpers):
                    found.append(
                        Finding(
                            "context-above-app",
                            f"{'.'.join(names)} gets the context of the widget that builds the app, which has no "
                            "Navigator/Overlay/ScaffoldMessenger above it (use a context below the app)",
                            chain.line,
                        )
                    )
    return found


def _returned_app(body: tree_sitter.Node) -> tree_sitter.Node | None:
    """The ``MaterialApp(…)`` expression a build body returns (``=> MaterialApp(…)`` or a top-level ``return``)."""
    candidates: list[list[tree_sitter.Node]] = []
    if body.children and body.children[0].type == "=>":
        candidates.append(body.children[1:])
    block = next((c for c in body.children if c.type == "block"), None)
    for statement in block.children if block is not None else []:
        if statement.type == "return_statement":
            candidates.append(statement.children[1:])
    for nodes in candidates:
        expression = [n for n in nodes if n.type != ";"]
        if (
            expression
            and expression[0].type in ("identifier", "type_identifier")
            and text_of(expression[0]) in APP_WIDGETS
        ):
            return expression[0].parent
        if expression and expression[0].type in ("const_object_expression", "new_expression"):
            if any(text_of(c) in APP_WIDGETS for c in expression[0].children if c.type == "type_identifier"):
                return expression[0]
    return None


def _context_helpers(root: tree_sitter.Node, all_chains: list[Chain]) -> set[str]:
    """The snippet's own functions and methods that pass one of their parameters to a Navigator/Overlay lookup."""
    helpers: set[str] = set()
    for signature in walk(root):
        if signature.type != "function_signature":
            continue
        name = next((c for c in signature.children if c.type == "identifier"), None)
        params = next((c for c in signature.children if c.type == "formal_parameter_list"), None)
        holder = (
            signature.parent
            if signature.parent is not None and signature.parent.type == "method_signature"
            else signature
        )
        body = holder.next_sibling
        if name is None or params is None or body is None or body.type != "function_body":
            continue
        parameters = {
            text_of(n)
            for p in walk(params)
            if p.type == "formal_parameter"
            for n in p.children
            if n.type == "identifier"
        }
        for chain in all_chains:
            if not (body.start_byte <= chain.node.start_byte < body.end_byte) or chain.cascade:
                continue
            if any(_needs_navigator(names) and any(_passes(a, p) for p in parameters) for names, a in chain.calls()):
                helpers.add(text_of(name))
                break
    return helpers


NOT_CALLABLE = frozenset({"String", "int", "double", "num", "bool", "List", "Map", "Set", "Iterable"})
ELEMENT_OF = frozenset({"List", "Iterable", "Set"})


def _generic_type(parts: list[tree_sitter.Node]) -> tuple[str, list[str]] | None:
    """(``Map``, [``String``, ``List<String>``]) for a declaration's children with a written generic type."""
    for index, child in enumerate(parts):
        if child.type == "type_identifier":
            following = parts[index + 1] if index + 1 < len(parts) else None
            if following is None or following.type != "type_arguments":
                return (text_of(child), [])
            arguments: list[str] = []
            current = ""
            for node in following.children:
                if node.type in ("<", ">"):
                    continue
                if node.type == ",":
                    arguments.append(current)
                    current = ""
                else:
                    current += text_of(node)
            arguments.append(current)
            return (text_of(child), arguments)
    return None


def written_types(root: tree_sitter.Node, declared: Declarations) -> dict[str, tuple[str, list[str]]]:
    """Names declared exactly once in the snippet with a written type (and its type arguments): parameters,
    fields, locals; and ``for (final x in xs)`` variables whose ``xs`` is such a ``List<T>``/``Set<T>``."""
    written: dict[str, list[tuple[str, list[str]] | None]] = {}
    loops: list[tuple[str, str]] = []
    for node in walk(root):
        names: list[tree_sitter.Node] = []
        children = list(node.children)
        if "=" in (c.type for c in children):
            children = children[: [c.type for c in children].index("=")]
        if node.type == "formal_parameter":
            names = [c for c in children if c.type == "identifier"][-1:]
        elif node.type in ("declaration", "initialized_variable_definition"):
            items = [c for c in children if c.type == "initialized_identifier_list"]
            targets = [t for item in items for t in item.children if t.type == "initialized_identifier"]
            names = [c for c in children if c.type == "identifier"][:1] + [
                identifier
                for target in targets
                for identifier in target.children[:1]
                if identifier.type == "identifier"
            ]
        elif node.type == "for_loop_parts" and "in" in (c.type for c in children):
            split = [c.type for c in children].index("in")
            before = [c for c in children[:split] if c.type == "identifier"]
            after = [c for c in children[split + 1 :] if c.type != ")"]
            if len(before) == 1 and len(after) == 1 and after[0].type == "identifier":
                loops.append((text_of(before[0]), text_of(after[0])))
            for identifier in before:
                written.setdefault(text_of(identifier), []).append(None)
            continue
        if not names:
            continue
        generic = _generic_type(children)
        for identifier in names:
            written.setdefault(text_of(identifier), []).append(generic)
    counts = declaration_counts(root)
    types = {
        name: found[0]
        for name, found in written.items()
        if len(found) == 1 and found[0] is not None and counts[name] == 1
    }
    for variable, iterable in loops:
        source = types.get(iterable)
        if counts[variable] == 1 and source is not None and source[0] in ELEMENT_OF and source[1]:
            element = source[1][0].rstrip("?")
            base = element.split("<")[0]
            if base in NOT_CALLABLE:
                types[variable] = (base, [])
    return types


# Function types written as a name: parameter count and the type of the first parameter ("" when none or open).
CALLBACK_TYPES = {"VoidCallback": 0, "AsyncCallback": 0, "ValueChanged": 1, "ValueSetter": 1}


def _callback_type_findings(
    all_chains: list[Chain],
    declared: Declarations,
    vocabulary: Vocabulary,
    types: dict[str, tuple[str, list[str]]],
) -> list[Finding]:
    """A variable of a written callback type passed where a well-known callback of another shape is expected
    (``onSelectionChanged: onChanged`` with a ``ValueChanged<String>`` where ``Set<T>`` comes; a
    ``VoidCallback`` for ``onChanged``): ``callback-type``."""
    found: list[Finding] = []
    for label, name, value, signature in callback_arguments(all_chains, declared, vocabulary):
        written = types.get(text_of(value)) if value.type == "identifier" else None
        if written is None or written[0] not in CALLBACK_TYPES:
            continue
        count = CALLBACK_TYPES[written[0]]
        given = written[1][0].rstrip("?").split("<")[0] if count and written[1] else ""
        expected = (base_type(signature[0]) or "") if signature else ""
        if count != len(signature) or (
            given
            and expected
            and expected != "T"
            and given not in (expected, "Object", "dynamic")
            and given not in declared.types  # a type parameter of the snippet's own class
        ):
            shown = ", ".join(signature) or "none"
            found.append(
                Finding(
                    "callback-type",
                    f"{label}'s {name} passes ({shown}); '{text_of(value)}' is a "
                    f"{written[0]}{'<' + ', '.join(written[1]) + '>' if written[1] else ''}",
                    value.start_point[0],
                )
            )
    return found


# Callees whose first positional parameter is a String, and value types that are certainly no String.
STRING_PARAMETERS = frozenset(
    {"Text", "SelectableText", "debugPrint", "Uri.parse", "int.parse", "double.parse", "DateTime.parse", "jsonDecode"}
)
NOT_STRING = frozenset(
    {"int", "double", "num", "bool", "List", "Map", "Set", "Iterable", "Future", "Stream", "DateTime", "Duration"}
)
# The value of ``await Callee(...)`` where the vocabulary drops the Future's type argument: a static, a top-level
# function, or a member of the receiver's declared class (``await _picker.pickImage(…)`` with an ``ImagePicker
# _picker``). The nullable results (``XFile?``, ``DateTime?``) are their class here: a member read after the null
# check is that class's.
AWAITED = {
    "Future.wait": "List",
    "SharedPreferences.getInstance": "SharedPreferences",
    "ImagePicker.pickImage": "XFile",
    "ImagePicker.pickVideo": "XFile",
    "ImagePicker.pickMedia": "XFile",
    "getApplicationDocumentsDirectory": "Directory",
    "getApplicationSupportDirectory": "Directory",
    "getTemporaryDirectory": "Directory",
    "showDatePicker": "DateTime",
}


def awaited_type(value: Sequence[tree_sitter.Node], declared: Declarations | None = None) -> str | None:
    """The class of ``await Callee(…)`` (``value``: an initializer's nodes) when :data:`AWAITED` knows it."""
    wrapped = value[0] if len(value) == 1 else None
    if wrapped is not None and wrapped.type == "unary_expression" and wrapped.children:
        wrapped = wrapped.children[0]
    if wrapped is None or wrapped.type != "await_expression":
        return None
    segments = run_segments([c for c in wrapped.children if c.type != "await"]) or []
    if len(segments) == 2 and segments[0].kind == "name" and segments[1].kind == "call":
        return AWAITED.get(segments[0].name)
    if len(segments) != 3 or segments[0].kind != "name" or segments[1].kind != "name" or segments[2].kind != "call":
        return None
    receiver = (declared.variables.get(segments[0].name) if declared is not None else None) or segments[0].name
    return AWAITED.get(f"{receiver}.{segments[1].name}")


def _awaited_types(root: tree_sitter.Node) -> dict[str, list[str | None]]:
    """Untyped locals by name → per declaration, the type of an ``await Future.wait(…)`` initializer (else None)."""
    found: dict[str, list[str | None]] = {}
    for node in walk(root):
        if node.type != "initialized_variable_definition":
            continue
        parts = node.children
        if "=" not in (c.type for c in parts) or any(c.type == "type_identifier" for c in parts):
            continue
        split = [c.type for c in parts].index("=")
        name = next((c for c in parts[:split] if c.type == "identifier"), None)
        if name is not None:
            found.setdefault(text_of(name), []).append(awaited_type(parts[split + 1 :]))
    return found


def _string_argument_findings(
    root: tree_sitter.Node,
    all_chains: list[Chain],
    declared: Declarations,
    vocabulary: Vocabulary,
    types: dict[str, tuple[str, list[str]]],
) -> list[Finding]:
    """``Text(count)`` with an ``int count``, ``debugPrint(users)`` with ``users = await Future.wait(…)``: a value
    that is certainly no String where a String is taken (``argument-type``)."""
    awaited = _awaited_types(root)
    counts = declaration_counts(root)
    found: list[Finding] = []
    for chain in all_chains:
        callee = callee_label(chain, declared, vocabulary) if not chain.cascade else None
        if callee is None or callee[0] not in STRING_PARAMETERS:
            continue
        arguments = chain.segments[callee[1]].arguments
        assert arguments is not None
        first = next((c.children[0] for c in arguments.node.children if c.type == "argument" and c.children), None)
        if first is None or first.type != "identifier" or first.next_sibling is not None:
            continue
        name = text_of(first)
        kind = types[name][0] if name in types else declared.variables.get(name) if counts[name] == 1 else None
        if kind is None and len(awaited.get(name, ())) == 1 and counts[name] == 1:
            kind = awaited[name][0]
        if kind in NOT_STRING:
            found.append(
                Finding("argument-type", f"{callee[0]} takes a String; '{name}' is a {kind}", first.start_point[0])
            )
    return found


def typed_value_findings(
    root: tree_sitter.Node, all_chains: list[Chain], declared: Declarations, vocabulary: Vocabulary
) -> list[Finding]:
    """Values used against their written type: a ``String``/``int``/``List``… called as a function
    (``not-callable``: ``for (final v in List<String>) v(x)``), a ``Map<String, …>`` indexed with an int
    (``index-type``: ``categories[i]`` in an ``itemBuilder``)."""
    types = written_types(root, declared)
    found: list[Finding] = _callback_type_findings(all_chains, declared, vocabulary, types)
    found += _string_argument_findings(root, all_chains, declared, vocabulary, types)
    for chain in all_chains:
        segments = chain.segments
        if chain.cascade or len(segments) < 2 or segments[1].kind != "call" or chain.head in declared.functions:
            continue
        written = types.get(chain.head)
        if written is not None and written[0] in NOT_CALLABLE:
            found.append(
                Finding(
                    "not-callable", f"'{chain.head}' is a {written[0]}, not a function: it cannot be called", chain.line
                )
            )
    for node in walk(root):
        if node.type != "index_selector":
            continue
        selector = node.parent.parent if node.parent is not None else None
        receiver = selector.prev_sibling if selector is not None else None
        if receiver is None or receiver.type != "identifier":
            continue
        written = types.get(text_of(receiver))
        index = [c for c in node.children if c.type not in ("[", "]")]
        if written is None or written[0] != "Map" or not written[1] or written[1][0] != "String" or len(index) != 1:
            continue
        key = index[0]
        if key.type == "decimal_integer_literal" or (
            key.type == "identifier" and declared.variables.get(text_of(key)) == "int"
        ):
            found.append(
                Finding(
                    "index-type",
                    f"'{text_of(receiver)}' is a Map<String, …>: an int index is no key (use .entries/.keys)",
                    node.start_point[0],
                )
            )
    return found


def member_assignment_findings(
    root: tree_sitter.Node, declared: Declarations, vocabulary: Vocabulary, narrowed: set[str]
) -> list[Finding]:
    """``x.m = …`` where ``x``'s type is a vocabulary class without a member ``m`` (``unknown-member``); a class
    the vocabulary keeps open for package extensions counts as closed here when it is ``no_setters`` (its own
    members are getters and methods, and extensions add no fields): ``state.state = …`` on a BuildContext."""
    found: list[Finding] = []
    for node in walk(root):
        if node.type != "assignment_expression" or not node.children:
            continue
        target = node.children[0]
        parts = target.children if target.type == "assignable_expression" else []
        if len(parts) != 2 or parts[0].type != "identifier" or parts[1].type != "unconditional_assignable_selector":
            continue
        member = next((c for c in parts[1].children if c.type == "identifier"), None)
        type_name = declared.variables.get(text_of(parts[0]))
        if member is None or type_name is None or type_name not in vocabulary.classes:
            continue
        if type_name in declared.extended or text_of(parts[0]) in narrowed:
            continue
        lookup = vocabulary.member(type_name, text_of(member))
        if not lookup.found and (not lookup.open or type_name in vocabulary.no_setters):
            found.append(
                Finding("unknown-member", f"{type_name} has no member '{text_of(member)}'", node.start_point[0])
            )
    return found


def _is_empty_closure(node: tree_sitter.Node) -> bool:
    if node.type != "function_expression":
        return False
    body = next((c for c in node.children if c.type == "function_expression_body"), None)
    block = next((c for c in body.children if c.type == "block"), None) if body is not None else None
    return block is not None and all(c.type in ("{", "}") for c in block.children)


def empty_set_state_findings(all_chains: list[Chain], declared: Declarations) -> list[Finding]:
    """A parameterless callback passed by name (``onPressed: () => setState(() {})``) whose only statement is
    ``setState(() {})`` (or a ``StatefulBuilder``'s setter called so): nothing is changed before or inside it, so
    the tap updates nothing. A listener (``addListener(() => setState(() {}))``) is not flagged: the listenable
    changed."""
    found = []
    for chain in all_chains:
        segments = chain.segments
        if chain.cascade or len(segments) != 2 or segments[1].kind != "call" or segments[1].arguments is None:
            continue
        if segments[0].name != "setState" and declared.variables.get(segments[0].name) != "StateSetter":
            continue
        argument_list = segments[1].arguments.node
        closures = [c.children[0] for c in argument_list.children if c.type == "argument" and c.children]
        if len(closures) != 1 or not _is_empty_closure(closures[0]):
            continue
        statement = chain.node.parent
        if statement is not None and statement.type == "expression_statement":
            block = statement.parent
            if block is None or block.type != "block" or sum(1 for c in block.children if c.type not in "{}") != 1:
                continue
            statement = block.parent
        if statement is None or statement.type != "function_expression_body":
            continue
        callback = statement.parent
        params = next((c for c in callback.children if c.type == "formal_parameter_list"), None) if callback else None
        if params is None or any(c.type not in ("(", ")") for c in params.children):
            continue
        if callback is None or callback.parent is None or callback.parent.type != "named_argument":
            continue  # `controller.addListener(() => setState(() {}))`: the listenable changed
        found.append(
            Finding(
                "empty-set-state",
                f"{segments[0].name}(() {{}}) is this callback's only statement: it changes nothing",
                chain.line,
            )
        )
    return found


def _is_final(declaration: tree_sitter.Node) -> bool:
    kinds = {c.type for c in declaration.children}
    return bool(kinds & {"final_builtin", "const_builtin"}) and "late" not in kinds


def _class_fields(body: tree_sitter.Node) -> tuple[set[str], set[str], set[str]]:
    """(final fields, other fields and setters, getters) declared in a class body."""
    finals: set[str] = set()
    assignable: set[str] = set()
    getters: set[str] = set()
    for member in body.children:
        if member.type == "declaration":
            names = {
                text_of(identifier)
                for target in walk(member)
                if target.type in ("initialized_identifier", "static_final_declaration")
                and (identifier := next((c for c in target.children if c.type == "identifier"), None)) is not None
            }
            (finals if _is_final(member) else assignable).update(names)
        for signature in member.children if member.type == "method_signature" else []:
            name = next((c for c in signature.children if c.type == "identifier"), None)
            if name is None:
                continue
            if signature.type == "getter_signature":
                getters.add(text_of(name))
            elif signature.type == "setter_signature":
                assignable.add(text_of(name))
    return finals, assignable, getters - assignable - finals


def missing_return_findings(root: tree_sitter.Node) -> list[Finding]:
    return [
        Finding("missing-return", f"'{m.name}' must return a {m.type} but its body has no return", m.line)
        for m in missing_returns(root)
    ] + [
        Finding(
            "null-return", f"'{m.name}' is declared to return {m.type}, which is not nullable, but returns null", m.line
        )
        for m in null_returns(root)
    ]


# Written return types a Future may be returned as.
_FUTURE_HOLDERS = frozenset({"Future", "FutureOr", "dynamic", "Object"})


def future_return_findings(root: tree_sitter.Node, declared: Declarations, vocabulary: Vocabulary) -> list[Finding]:
    """A function that is not ``async`` and declares a non-Future return type but returns a value the vocabulary
    types as a Future (``double total(Stream<Item> s) => s.fold(…)``): the caller gets a Future, not the value."""
    found = []
    for signature, body in functions(root):
        written = return_type(signature)
        if written is None or written in _FUTURE_HOLDERS or not body.children or body.children[0].type == "async":
            continue
        for value in returned_values(body):
            if _value_type(value, declared, vocabulary) == "Future":
                found.append(
                    Finding(
                        "future-return",
                        f"returns a Future where the function declares {written} (make it async and await it, or "
                        f"declare Future<{written}>)",
                        value[0].start_point[0],
                    )
                )
    return found


def final_assignment_findings(root: tree_sitter.Node) -> list[Finding]:
    """``x = …``, ``x += …``, ``x++`` where ``x`` is a final (not ``late``) field of the enclosing class, an
    initialized final local or top-level variable, or a getter the class declares without a setter (a compile
    error). Parameters and non-final locals of the same name shadow the field."""
    scope = scope_of(root)
    final_locals: dict[str, list[tuple[int, int]]] = {}
    top_finals: set[str] = set()
    for node in walk(root):
        if (
            node.type == "initialized_variable_definition"
            and _is_final(node)
            and "=" in (c.type for c in node.children)
        ):
            parent = node.parent
            if parent is not None and parent.type == "local_variable_declaration":
                declared_name = next((c for c in node.children if c.type == "identifier"), None)
                container = enclosing(parent, "block", "for_statement", "switch_statement_case", "function_body")
                if declared_name is not None and container is not None:
                    final_locals.setdefault(text_of(declared_name), []).append(
                        (container.start_byte, container.end_byte)
                    )
        if node.type == "static_final_declaration_list" and node.parent is not None and node.parent.type == "program":
            previous = node.prev_sibling
            if previous is not None and previous.type in ("final_builtin", "const_builtin"):
                for item in node.children:
                    top_name = next((c for c in item.children if c.type == "identifier"), None)
                    if top_name is not None:
                        top_finals.add(text_of(top_name))
    found: list[Finding] = []
    for node in walk(root):
        assigned = _assigned(node)
        if assigned is None:
            continue
        written, through_this = assigned
        name = text_of(written)
        covering = [r for r in scope.local.get(name, ()) if r[0] <= node.start_byte < r[1]]
        if covering and not through_this:
            finals = [r for r in final_locals.get(name, ()) if r[0] <= node.start_byte < r[1]]
            if len(finals) == len(covering):
                found.append(
                    Finding(
                        "final-assignment", f"'{name}' is a final local and cannot be assigned", node.start_point[0]
                    )
                )
            continue
        owner = enclosing(node, "class_definition")
        body = next((c for c in owner.children if c.type == "class_body"), None) if owner is not None else None
        if owner is not None and body is not None:
            finals_, assignable, getters = _class_fields(body)
            if name in assignable:
                continue
            if name in finals_:
                found.append(
                    Finding(
                        "final-assignment", f"'{name}' is a final field and cannot be assigned", node.start_point[0]
                    )
                )
                continue
            if name in getters:
                found.append(Finding("final-assignment", f"'{name}' is a getter without a setter", node.start_point[0]))
                continue
        if not through_this and name in top_finals and name not in scope.local:
            found.append(Finding("final-assignment", f"'{name}' is a final top-level variable", node.start_point[0]))
    return found


def _assigned(node: tree_sitter.Node) -> tuple[tree_sitter.Node, bool] | None:
    """(the name, whether written ``this.name``) that an assignment, ``++``/``--`` writes to, when it is a plain
    name or ``this.name``."""
    if node.type == "assignment_expression":
        target = node.children[0] if node.children else None
    elif node.type == "postfix_expression" and any(c.type == "postfix_operator" for c in node.children):
        target = node.children[0]
    elif (
        node.type == "unary_expression"
        and node.children
        and node.children[0].type
        in (
            "increment_operator",
            "decrement_operator",
        )
    ):
        target = next((c for c in node.children if c.type == "assignable_expression"), None)
    else:
        return None
    if target is None or target.type != "assignable_expression":
        return None
    parts = target.children
    if len(parts) == 1 and parts[0].type == "identifier":
        return parts[0], False
    if len(parts) == 2 and parts[0].type == "this" and parts[1].type == "unconditional_assignable_selector":
        name = next((c for c in parts[1].children if c.type == "identifier"), None)
        return (name, True) if name is not None else None
    return None


def _declares_method(class_node: tree_sitter.Node, method: str) -> list[bool]:
    body = next((c for c in class_node.children if c.type == "class_body"), None)
    if body is None:
        return []
    return [
        True
        for member in body.children
        for signature in member.children
        if signature.type in ("function_signature", "getter_signature")
        and any(c.type == "identifier" and text_of(c) == method for c in signature.children)
    ]


def _supertypes(class_node: tree_sitter.Node) -> list[str]:
    names = []
    for child in class_node.children:
        if child.type in ("superclass", "interfaces", "mixins"):
            for node in child.children:
                if node.type == "type_identifier":
                    names.append((node.text or b"").decode())
                elif node.type == "mixins":
                    names += [(c.text or b"").decode() for c in node.children if c.type == "type_identifier"]
    return names


def _prefix_findings(
    code: str, all_chains: list[Chain], declared: Declarations, vocabulary: Vocabulary
) -> list[Finding]:
    """``http.get`` without the import or pubspec line (a note), and ``http.Something`` that the package does not
    have (an invented API)."""
    declared_prefixes = set(re.findall(r"\bas\s+(\w+)\s*;", code))
    pubspec = " ".join(re.findall(r"pubspec(?:\.yaml)?\s*:([^\n]*)", code))
    found = []
    for chain in all_chains:
        head = chain.head
        if chain.cascade or head not in LIBRARY_PREFIXES or head in declared.variables:
            continue
        if len(chain.segments) < 2 or chain.segments[1].kind != "name":
            continue
        package = LIBRARY_PREFIXES[head]
        member = chain.segments[1].name
        if package in VOCABULARY_PACKAGES and not vocabulary.knows(member):
            found.append(Finding("unknown-static", f"package {package} has no '{member}'", chain.line))
        if head in declared_prefixes:
            continue
        if not package.startswith("dart:") and re.search(rf"\b{re.escape(package)}\b", pubspec):
            continue
        found.append(
            Finding(
                "undeclared-prefix",
                f"'{head}.' is used without `import '…' as {head};`"
                + ("" if package.startswith("dart:") else f" or `// pubspec.yaml: {package}`"),
                chain.line,
            )
        )
    return found
