"""Values of the wrong kind that a reviewer sees at once and tree-sitter does not:

- ``void-result``: the result of a ``List`` method that returns nothing stored in a variable (``final shuffled =
  tracks.shuffle();``, ``_ranking = items.sort(…)``): the list is changed in place, there is no value;
- ``iterable-as-list``: a function declared to return a ``List`` that returns a lazy ``Iterable``
  (``return items.reversed;``, ``=> items.where(…);`` without ``.toList()``);
- ``int-as-double``: a ``double`` function returning an ``int`` (``….round()``, ``.length``): Dart does not
  convert one into the other;
- ``entry-record-pattern``: ``for (final (k, v) in map.entries)``: a ``MapEntry`` is not a record (``final
  MapEntry(:key, :value)`` is the pattern);
- ``set-in-list``: braces after a collection ``if``/``for`` in a widget list (``children: [if (a) { Text('x') }]``)
  make a ``Set`` element, not a block: a type error;
- ``map-in-map``: braces after a collection ``if``/``for`` in a map literal (``{'a': 1, if (b) {'c': 2}}``): the
  element is a whole ``Map`` where an entry belongs (``if (b) 'c': 2``): a compile error;
- ``not-a-bool``: ``!`` before a number parse (``!int.tryParse(v)``): the result is an ``int?``, not a ``bool``;
- ``json-cast``: a decoded JSON value cast to a collection of a typed element (``jsonDecode(body)['items'] as
  List<Map<String, dynamic>>``, ``json.decode(s) as Map<String, String>``): decoded lists are ``List<dynamic>``
  and maps ``Map<String, dynamic>``, so the cast always throws (``List<…>.from`` / ``.cast<…>()`` convert);
- ``json-dynamic-list``: ``jsonDecode(s).map(…).toList()`` returned from a function declared to return a typed
  ``List`` (``List<Guest>``, ``Future<List<Guest>>``): the decoded value is ``dynamic``, so the list built is a
  ``List<dynamic>`` and the return throws at run time (``(jsonDecode(s) as List).map(…)`` or ``.map<Guest>(…)``);
- ``string-url``: a String given to package:http's ``get``/``post``/``put``/``patch``/``delete``/``head`` (on the
  ``http`` prefix or a variable the file declares as a ``Client``), which take a ``Uri`` since http 0.13
  (``http.get('$base/items')``; ``Uri.parse(…)`` is the fix);
- ``ticker-future``: an ``AnimationController``'s ``forward``/``reverse``/``animateTo``/``animateBack``/``repeat``/
  ``fling`` result (a ``TickerFuture``) assigned to a variable the file declares as an ``Animation…``.

Conservative: only the last call of an expression counts, and a cascade (``..sort()``) is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import tree_sitter

from flutr.dart_api.mistakes import Mistake
from flutr.dart_api.returns import functions, return_type, returned_values
from flutr.dart_api.syntax import text_of, walk

VOID_LIST_METHODS = frozenset(
    {"sort", "shuffle", "forEach", "clear", "addAll", "insert", "insertAll", "removeWhere", "retainWhere"}
)
ITERABLE_METHODS = frozenset(
    {"reversed", "where", "map", "skip", "take", "skipWhile", "takeWhile", "followedBy", "expand", "whereType"}
)
INT_RESULTS = frozenset({"round", "floor", "ceil", "truncate", "length"})
_ENTRY_PATTERN = re.compile(
    r"\bfor\s*\(\s*(?:final|var)\s*\(\s*[A-Za-z_$][\w$]*\s*,\s*[A-Za-z_$][\w$]*\s*\)\s+in\s+[^;{}]*?\.entries\b"
)


def value_mistakes(blanked: str, root: tree_sitter.Node) -> list[Mistake]:
    """``blanked``: the code through ``code_only``, ``root`` its tree."""
    return [
        *_void_results(root),
        *_returned_kinds(root),
        *_entry_patterns(blanked),
        *_sets_in_lists(root),
        *_maps_in_maps(root),
        *_negated_parses(root),
        *_json_casts(root),
        *_dynamic_lists(root),
        *_ticker_futures(blanked),
        *_string_urls(blanked, root),
    ]


def last_member(nodes: list[tree_sitter.Node]) -> str | None:
    """The member an expression ends with: ``shuffle`` for ``a.b.shuffle()``, ``reversed`` for ``a.reversed``;
    None for a cascade, an operator expression or a plain name."""
    if not nodes or any(n.type in ("cascade_section", "binary_expression") for n in nodes):
        return None
    selectors = [n for n in nodes[1:] if n.type == "selector"]
    if len(selectors) != len(nodes) - 1:
        return None
    names = [
        text_of(identifier)
        for selector in selectors
        for access in selector.children
        if access.type in ("unconditional_assignable_selector", "conditional_assignable_selector")
        for identifier in access.children
        if identifier.type == "identifier"
    ]
    if not names:
        return None
    last = selectors[-1].children[0] if selectors[-1].children else None
    called = last is not None and last.type in ("argument_part", "type_arguments")
    return names[-1] if called or (last is not None and last.type.endswith("assignable_selector")) else None


def _ends_in_call(nodes: list[tree_sitter.Node]) -> bool:
    """Whether the expression ``nodes`` ends with a call's argument list (``….sort(…)``, not a tear-off)."""
    last = nodes[-1] if nodes else None
    if last is None or last.type != "selector" or not last.children:
        return False
    return last.children[0].type == "argument_part"


def _void_results(root: tree_sitter.Node) -> Iterator[Mistake]:
    for node in walk(root):
        if node.type not in ("initialized_variable_definition", "initialized_identifier", "assignment_expression"):
            continue
        children = node.children
        equals = next((i for i, c in enumerate(children) if c.type == "="), None)
        if equals is None:
            continue
        value = children[equals + 1 :]
        member = last_member(value)
        if member in VOID_LIST_METHODS and _ends_in_call(value):
            name = text_of(children[equals - 1]) if equals else "the variable"
            yield Mistake(
                "void-result",
                f"'{member}' changes the list in place and returns nothing: '{name}' gets no value (call it on the "
                f"list first, or use a cascade '..{member}(…)')",
                node.start_point[0],
            )


def _returned_kinds(root: tree_sitter.Node) -> Iterator[Mistake]:
    for signature, body in functions(root):
        written = return_type(signature)
        if written is None:
            continue
        for value in returned_values(body):
            member = last_member(value)
            if member in VOID_LIST_METHODS and written not in ("Future", "FutureOr") and _ends_in_call(value):
                yield Mistake(
                    "void-result",
                    f"'{member}' changes the list in place and returns nothing: this function returns no "
                    f"{written} (sort first, then return the list, or use a cascade '..{member}(…)')",
                    value[0].start_point[0],
                )
            elif written == "List" and member in ITERABLE_METHODS:
                yield Mistake(
                    "iterable-as-list",
                    f"'{member}' gives a lazy Iterable, not the List this function returns (add .toList())",
                    value[0].start_point[0],
                )
            elif written == "double" and member in INT_RESULTS:
                yield Mistake(
                    "int-as-double",
                    f"'{member}' gives an int, not the double this function returns (use .toDouble(), or "
                    f"{'roundToDouble()' if member == 'round' else 'a double expression'})",
                    value[0].start_point[0],
                )


def _entry_patterns(blanked: str) -> Iterator[Mistake]:
    for match in _ENTRY_PATTERN.finditer(blanked):
        yield Mistake(
            "entry-record-pattern",
            "a MapEntry is not a record: '(a, b)' cannot destructure it (use 'final MapEntry(:key, :value)')",
            blanked[: match.start()].count("\n"),
        )


WIDGET_LISTS = frozenset({"children", "actions", "slivers", "items", "persistentFooterButtons"})


def _sets_in_lists(root: tree_sitter.Node) -> Iterator[Mistake]:
    for node in walk(root):
        if node.type not in ("if_element", "for_element") or node.parent is None or node.parent.type != "list_literal":
            continue
        body = [c for c in node.children if c.type == "set_or_map_literal"]
        if not body or any(c.type == "pair" for c in body[0].children) or not _widget_list(node.parent):
            continue
        yield Mistake(
            "set-in-list",
            "braces after a collection if/for make a Set element, not a block (drop the braces, or spread a list: "
            "...[ … ])",
            body[0].start_point[0],
        )


def _maps_in_maps(root: tree_sitter.Node) -> Iterator[Mistake]:
    for node in walk(root):
        literal = node.parent
        if node.type not in ("if_element", "for_element") or literal is None or not _map_literal(literal):
            continue
        for body in node.children:
            if body.type == "set_or_map_literal" and any(c.type == "pair" for c in body.children):
                yield Mistake(
                    "map-in-map",
                    "braces after a collection if/for in a map literal make a Map where an entry belongs (drop the "
                    "braces: if (…) 'key': value, or spread it: ...{ … })",
                    body.start_point[0],
                )


def _map_literal(literal: tree_sitter.Node) -> bool:
    """A ``{…}`` literal that is a map for certain: one of its own elements is a ``key: value`` entry, or it is
    typed with two type arguments (``<String, Object>{…}``)."""
    if literal.type != "set_or_map_literal":
        return False
    arguments = next((c for c in literal.children if c.type == "type_arguments"), None)
    typed = arguments is not None and sum(1 for c in arguments.children if c.type == ",") == 1
    return typed or any(c.type == "pair" for c in literal.children)


def _widget_list(literal: tree_sitter.Node) -> bool:
    """A list of widgets: ``<Widget>[…]`` or the value of ``children:`` / ``actions:`` / …"""
    arguments = next((c for c in literal.children if c.type == "type_arguments"), None)
    if arguments is not None:
        return text_of(arguments).replace(" ", "") == "<Widget>"
    parent = literal.parent
    label = next((c for c in parent.children if c.type == "label"), None) if parent is not None else None
    return (
        parent is not None
        and parent.type == "named_argument"
        and label is not None
        and (text_of(label).rstrip(": ") in WIDGET_LISTS)
    )


NUMBER_PARSES = frozenset({"int", "double", "num"})
LOOSE_TYPES = frozenset({"dynamic", "Object", "Object?"})


def _negated_parses(root: tree_sitter.Node) -> Iterator[Mistake]:
    for node in walk(root):
        if node.type != "unary_expression" or not node.children or text_of(node.children[0]) != "!":
            continue
        operand = node.children[1:]
        head = text_of(operand[0]) if operand else ""
        if head in NUMBER_PARSES and last_member(operand) in ("parse", "tryParse") and _ends_in_call(operand):
            yield Mistake(
                "not-a-bool",
                f"'!' needs a bool, but {head}.{last_member(operand)}(…) gives a number (compare it with null: "
                f"'{head}.tryParse(…) == null')",
                node.start_point[0],
            )


def _json_casts(root: tree_sitter.Node) -> Iterator[Mistake]:
    for node in walk(root):
        if node.type != "type_cast_expression":
            continue
        cast = next((c for c in node.children if c.type == "type_cast"), None)
        value = [c for c in node.children if c.type != "type_cast"]
        if cast is None or not _decoded_json(value):
            continue
        collection = next((c for c in cast.children if c.type == "type_identifier"), None)
        arguments = next((c for c in cast.children if c.type == "type_arguments"), None)
        if collection is None or arguments is None or text_of(collection) not in ("List", "Map", "Set", "Iterable"):
            continue
        named = [text_of(a).replace(" ", "") for a in arguments.children if a.type not in ("<", ">", ",")]
        elements = named[1:] if text_of(collection) == "Map" and named[:1] in (["String"], ["dynamic"]) else named
        if any(element not in LOOSE_TYPES for element in elements):
            yield Mistake(
                "json-cast",
                f"decoded JSON is List<dynamic> / Map<String, dynamic>: '{text_of(cast)}' always throws (use "
                f"List<…>.from(…), .cast<…>() or map each element)",
                node.start_point[0],
            )


_LIST_RETURN = re.compile(r"^(?:Future\s*<\s*)?List\s*<\s*([A-Za-z_$][\w$]*\??)\s*>")


def _dynamic_lists(root: tree_sitter.Node) -> Iterator[Mistake]:
    for signature, body in functions(root):
        name = next((c for c in signature.children if c.type == "identifier"), None)
        if name is None:
            continue
        written = (signature.text or b"")[: name.start_byte - signature.start_byte].decode("utf-8", "replace")
        element = _LIST_RETURN.match(written.strip())
        if element is None or element.group(1) in LOOSE_TYPES:
            continue
        for nodes in returned_values(body):
            if _mapped_json_list(nodes):
                yield Mistake(
                    "json-dynamic-list",
                    f"'{text_of(name)}' returns jsonDecode(…).map(…).toList(), a List<dynamic> (the decoded value is "
                    f"dynamic): as List<{element.group(1)}> it throws at run time (cast first: (jsonDecode(…) as "
                    "List).map(…))",
                    nodes[0].start_point[0],
                )


def _mapped_json_list(nodes: list[tree_sitter.Node]) -> bool:
    """Decoded JSON (:func:`decoded_length`), then ``.map(…)`` without a type argument and ``.toList()``, and
    nothing else."""
    decoded = decoded_length(nodes)
    if decoded is None or [selector_kind(s) for s in nodes[decoded:]] != ["map", "call", "toList", "call"]:
        return False
    return text_of(nodes[decoded + 1]).lstrip().startswith("(")


# ``late final Animation<double>``, ``AnimationController?``, ``CurvedAnimation``: a declaration's type
_ANIMATION_TYPE = r"(?:late\s+)?(?:final\s+)?(?:Curved)?Animation(?:Controller)?\s*(?:<[^;{}()=]*?>)?\??"
_ANIMATION_DECLARED = re.compile(rf"\b{_ANIMATION_TYPE}\s+([A-Za-z_$][\w$]*)\s*[;=,]")
_TICKER_CALLS = r"(?:forward|reverse|animateTo|animateBack|repeat|fling)"


def _ticker_futures(blanked: str) -> Iterator[Mistake]:
    names = set(_ANIMATION_DECLARED.findall(blanked))
    if not names:
        return
    pattern = re.compile(
        rf"(?<![\w$.])(?:{_ANIMATION_TYPE}\s+)?("
        + "|".join(re.escape(n) for n in sorted(names))
        + r")\s*=\s*(?:this\.)?[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\.("
        + _TICKER_CALLS
        + r")\s*\("
    )
    for found in pattern.finditer(blanked):
        yield Mistake(
            "ticker-future",
            f"{found.group(2)}(…) gives a TickerFuture, not an Animation: '{found.group(1)}' cannot hold it (build "
            "the animation with a Tween or CurvedAnimation on the controller, then call the controller)",
            blanked.count("\n", 0, found.start(2)),
        )


_HTTP_METHODS = frozenset({"get", "post", "put", "patch", "delete", "head"})
_HTTP_IMPORT = re.compile(r"""import\s+['"]package:http/http\.dart['"]\s+as\s+([A-Za-z_$][\w$]*)\s*;""")


def _string_urls(blanked: str, root: tree_sitter.Node) -> Iterator[Mistake]:
    source = text_of(root)
    prefixes = set(_HTTP_IMPORT.findall(source))
    if not prefixes and "package:http/http.dart" not in source:
        return
    qualified = "".join(f"|{re.escape(prefix)}\\." for prefix in sorted(prefixes))  # ``http.Client``
    receivers = prefixes | set(
        re.findall(rf"(?<![\w$.])(?:{qualified})Client\??\s+([A-Za-z_$][\w$]*)\s*[;=,)]", blanked)
    )
    for node in walk(root):
        if node.type != "identifier":
            continue
        method = node.next_sibling
        shown = text_of(node)
        if shown in ("widget", "this") and method is not None and method.type == "selector":
            shown += text_of(method)  # ``widget.client.get(…)``
            method = method.next_sibling if selector_kind(method) in receivers else None
        elif shown not in receivers:
            continue
        call = method.next_sibling if method is not None else None
        if method is None or call is None or method.type != "selector" or call.type != "selector":
            continue
        if selector_kind(method) not in _HTTP_METHODS or selector_kind(call) != "call":
            continue
        arguments = next((c for c in walk(call) if c.type == "arguments"), None)
        first = next((c for c in arguments.children if c.type not in ("(", ")", ",")), None) if arguments else None
        value = first.children[0] if first is not None and first.type == "argument" and first.children else first
        if value is not None and value.type == "string_literal":
            yield Mistake(
                "string-url",
                f"{shown}.{selector_kind(method)} takes a Uri, not a String (wrap it: Uri.parse(…))",
                value.start_point[0],
            )


def _decoded_json(nodes: list[tree_sitter.Node]) -> bool:
    """``jsonDecode(…)`` or ``json.decode(…)``, then only index selectors (``['items']``)."""
    return decoded_length(nodes) == len(nodes)


def decoded_length(nodes: list[tree_sitter.Node]) -> int | None:
    """How many of ``nodes`` are ``jsonDecode(…)`` / ``json.decode(…)`` and the index selectors after it
    (``['items']``); None when they do not start so."""
    if not nodes or nodes[0].type != "identifier" or any(n.type != "selector" for n in nodes[1:]):
        return None
    kinds = [selector_kind(selector) for selector in nodes[1:]]
    head = text_of(nodes[0])
    if head == "jsonDecode" and kinds[:1] == ["call"]:
        length = 2
    elif head == "json" and kinds[:2] == ["decode", "call"]:
        length = 3
    else:
        return None
    while length < len(nodes) and kinds[length - 1] == "index":
        length += 1
    return length


def selector_kind(selector: tree_sitter.Node) -> str:
    """``call`` for ``(…)``, ``index`` for ``[…]``, the member's name for ``.name``; ``other`` (``?.``, ``!``)."""
    if selector.children and selector.children[0].type == "argument_part":
        return "call"
    text = text_of(selector)
    if text.startswith("."):
        return text[1:]
    return "index" if text.startswith("[") else "other"
