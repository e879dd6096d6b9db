"""A dataset row's requirements: ``must_contain`` any-of groups, ``must_not`` and structural ``checks``.

- ``must_contain``: each item is one identifier/fragment or several alternatives separated by `` | ``
  (``"Navigator.pop | context.pop"``); every item must occur in the answer's **code** (comments and the text of
  strings are blanked first), matched as in :mod:`flutr.must_contain`. The snippet's **own** top-level and
  local functions and variables are blanked too (:func:`requirement_text`): a function the snippet declares
  and calls ``handleError`` is not ``Stream.handleError``; a method of a class still counts (an override such
  as ``formatEditUpdate`` or ``toJson`` is often what was asked).
- ``must_not``: items that must not occur in the code.
- ``checks``: structural requirements read off the syntax tree, in this small language::

      call NAME                      NAME is called or instantiated (NAME: Class, Class.named, function, .method;
                                     alternatives with |)
      call NAME(arg1, arg2)          that call passes the named arguments arg1 and arg2
      call NAME(arg: INNER | INNER2) named argument arg's value contains a call of INNER or INNER2
      call NAME(arg: 30 | 'Kaydet')  ... or holds that value, as ``literal`` reads it (a number tied to its argument;
                                     also ``true``, ``false``, ``null``)
      call NAME > INNER | INNER2     a call of INNER (or INNER2) occurs anywhere in NAME's arguments
      call NAME > 12 | 'Kaydet'      ... or a value anywhere in NAME's arguments (``call EdgeInsets.all > 12``)
      extends NAME | NAME2           a class of the snippet extends NAME (or NAME2), or mixes it in
      extends NAME > INNER | INNER2  such a class calls INNER (or INNER2) in its body
      literal 'TEXT' | 200 | 0.5     a value the question names is in the code: a string literal containing TEXT
                                     (case and Turkish letters folded; a quoted number not inside a longer
                                     one), or a number literal of that value
      order A | A2 < B < C           steps in this order: the first occurrence of A (or A2) comes before the first
                                     of B, and that before the first of C (each a call, a mention of the name, a
                                     value as ``literal`` reads it, or the keyword ``throw`` / ``return``)
      when COND > ITEM | ITEM2       ITEM occurs where it runs only when COND holds: in the ``then`` side of an
                                     ``if``, a collection ``if`` or a ``?:`` whose condition mentions COND (a
                                     fragment as ``must_contain`` matches it, alternatives with |; a variable in
                                     the condition is read with its initializer), in a switch case whose pattern
                                     mentions it, in the ``else`` side of ``!COND``, or after a guard ``if (!COND)
                                     return;``; a condition written the other way round counts with its sides
                                     swapped (``isNotEmpty`` for ``isEmpty``, ``!=`` for ``==``, ``<=`` for ``>``)
      when !COND > ITEM              ... where it runs only when COND does not hold

  A named argument's value that is a variable of the snippet is read with its initializer
  (``baseUrl: apiUrl`` with ``const apiUrl = String.fromEnvironment(…)`` holds ``call BaseOptions(baseUrl:
  String.fromEnvironment)``).

  A call of the snippet's own top-level or local function never satisfies a ``call`` check.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import tree_sitter

from flutr.dart import parse_dart
from flutr.dart_api.flow import branches, inside
from flutr.dart_api.syntax import Arguments, Chain, chains, code_only, declarations, text_of, walk
from flutr.must_contain import contains_any, item_pattern
from flutr.turkish import fold_diacritics

_MEMBER_NAME = frozenset(
    {"unconditional_assignable_selector", "conditional_assignable_selector", "cascade_selector", "label"}
)
_VARIABLE = frozenset({"initialized_identifier", "static_final_declaration", "initialized_variable_definition"})


def own_functions(root: tree_sitter.Node) -> set[str]:
    """Names of the snippet's own top-level and local functions (not methods: a class's members may be the
    overrides or the members the question asks for); a name that is also a method's is left out."""
    functions: set[str] = set()
    methods: set[str] = set()
    for node in walk(root):
        if node.type not in ("function_signature", "getter_signature"):
            continue
        parent = node.parent
        name = next((c for c in node.children if c.type == "identifier"), None)
        if name is None or parent is None:
            continue
        if parent.type == "program" or (
            parent.type == "lambda_expression"
            and parent.parent is not None
            and parent.parent.type == "local_function_declaration"
        ):
            functions.add(text_of(name))
        else:
            methods.add(text_of(name))
    return functions - methods


def own_names(root: tree_sitter.Node) -> list[tree_sitter.Node]:
    """The identifiers that name the snippet's own things rather than an API: the declared names of its
    top-level and local functions and variables (not class fields), and every bare use of such a function
    (``handleError(e)``, ``onError: handleError``; ``x.handleError`` is another member)."""
    functions = own_functions(root)
    found = []
    for node in walk(root):
        if node.type != "identifier":
            continue
        parent = node.parent
        if parent is None or parent.type in _MEMBER_NAME:
            continue
        previous = node.prev_sibling
        if previous is not None and previous.type in (".", "?."):
            continue
        if text_of(node) in functions and (
            parent.type not in ("function_signature", "getter_signature")
            or parent.parent is None
            or parent.parent.type not in ("method_signature", "declaration")
        ):
            found.append(node)
        elif (
            parent.type in _VARIABLE
            and node == next(c for c in parent.children if c.type == "identifier")
            and not _in_class(parent)
        ):
            found.append(node)
    return found


def _in_class(node: tree_sitter.Node) -> bool:
    current = node.parent
    while current is not None:
        if current.type in ("class_body", "extension_body", "mixin_body", "enum_body"):
            return True
        if current.type in ("function_body", "function_expression_body"):
            return False
        current = current.parent
    return False


def requirement_text(source: str) -> str:
    """What ``must_contain`` items are matched against: :func:`~flutr.dart_api.syntax.code_only` of ``source``
    with :func:`own_names` blanked too (byte offsets kept)."""
    root = parse_dart(source).root_node
    encoded = bytearray(code_only(source, root).encode("utf-8"))
    for node in own_names(root):
        encoded[node.start_byte : node.end_byte] = b" " * (node.end_byte - node.start_byte)
    return encoded.decode("utf-8", errors="replace")


# An interpolation's ``$`` in code-only text (after blanked string text, a quote or a brace; not ``_$Foo``): taken
# away, ``price`` matches ``'$price'`` as it matches ``'${price}'`` (``$price`` still matches the text as written).
_INTERPOLATION_MARK = re.compile(r"(?<![\w$])\$(?=[A-Za-z_])")


def missing_groups(code_text: str, must_contain: Iterable[str]) -> list[str]:
    """The must_contain items none of whose alternatives occurs in ``code_text`` (already code-only)."""
    unmarked = _INTERPOLATION_MARK.sub(" ", code_text)
    return [item for item in must_contain if not (contains_any(code_text, item) or contains_any(unmarked, item))]


def present_forbidden(code_text: str, must_not: Iterable[str]) -> list[str]:
    """The must_not items found in ``code_text`` as written (an interpolated ``'$limit'`` is a String, not the
    ``limit`` a ``: limit ,`` forbids)."""
    return [item for item in must_not if contains_any(code_text, item)]


class CheckSyntaxError(ValueError):
    """A ``checks`` string that does not follow the language (the message says where and how)."""


@dataclass(frozen=True)
class ArgumentRule:
    name: str
    inner: tuple[str, ...] = ()  # the value must contain a call of one of these


@dataclass(frozen=True)
class Check:
    text: str
    kind: str  # "call" | "extends" | "literal" | "order" | "when"
    names: tuple[str, ...]  # "order": the first step; "when": the condition's alternatives
    arguments: tuple[ArgumentRule, ...] = ()
    nested: tuple[str, ...] = ()  # `call A > B`, `when C > B`
    steps: tuple[tuple[str, ...], ...] = ()  # "order": every step
    negated: bool = False  # `when !C > B`


_NAME = r"\.?[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*"
_NAMES = rf"{_NAME}(?:\s*\|\s*{_NAME})*"
_EXTENDS = re.compile(rf"^extends\s+(?P<names>{_NAMES})\s*(?:>\s*(?P<nested>{_NAMES}))?$")
_VALUE = r"(?:'[^'|]+'|-?\d+(?:\.\d+)?|true|false|null)"
_INNER_VALUE = r"(?:'[^'|,()]+'|-?\d+(?:\.\d+)?)"  # inside a call's (...): no comma or parenthesis
_LITERAL = re.compile(rf"^literal\s+(?P<values>{_VALUE}(?:\s*\|\s*{_VALUE})*)$")
_ITEMS = rf"(?:{_NAME}|{_INNER_VALUE})(?:\s*\|\s*(?:{_NAME}|{_INNER_VALUE}))*"  # names to call or mention, or values
_ARG = re.compile(rf"^(?P<name>[A-Za-z_$][\w$]*)\s*(?::\s*(?P<inner>{_ITEMS}))?$")
_CALL = re.compile(rf"^call\s+(?P<names>{_NAMES})\s*(?:\((?P<args>[^()]*)\))?\s*(?:>\s*(?P<nested>{_ITEMS}))?$")
_ORDER = re.compile(rf"^order\s+(?P<steps>{_ITEMS}(?:\s*<\s*{_ITEMS})+)$")
_STEP = re.compile(r"\s*<\s*(?=(?:[^']*'[^']*')*[^']*$)")  # a `<` outside quotes
_WHEN = re.compile(rf"^when\s+(?P<negated>!(?!=(?!=)))?\s*(?P<condition>\S.*?)\s+>\s*(?P<items>{_ITEMS})$")
_KEYWORDS = {"throw": "throw_expression", "return": "return_statement"}  # as `order`/`when` items


def _split_names(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split("|") if part.strip())


@functools.lru_cache(maxsize=2048)
def parse_check(text: str) -> Check:
    stripped = " ".join(text.split())
    if match := _CALL.match(stripped):
        rules = []
        for raw in (match["args"] or "").split(","):
            if not raw.strip():
                continue
            arg = _ARG.match(raw.strip())
            if not arg:
                raise CheckSyntaxError(
                    f"check {text!r}: argument {raw.strip()!r} is not NAME or NAME: INNER | 30 | 'TEXT'"
                )
            rules.append(ArgumentRule(arg["name"], _split_names(arg["inner"] or "")))
        return Check(stripped, "call", _split_names(match["names"]), tuple(rules), _split_names(match["nested"] or ""))
    if match := _EXTENDS.match(stripped):
        return Check(stripped, "extends", _split_names(match["names"]), nested=_split_names(match["nested"] or ""))
    if match := _LITERAL.match(stripped):
        return Check(stripped, "literal", _split_names(match["values"]))
    if match := _ORDER.match(stripped):
        steps = tuple(_split_names(step) for step in _STEP.split(match["steps"]))
        return Check(stripped, "order", steps[0], steps=steps)
    if match := _WHEN.match(stripped):
        return Check(
            stripped,
            "when",
            _split_names(match["condition"]),
            nested=_split_names(match["items"]),
            negated=bool(match["negated"]),
        )
    raise CheckSyntaxError(
        f"check {text!r} is not 'call NAME[(args)][ > INNER]', 'extends NAME[ > INNER]', "
        "\"literal 'TEXT' | NUMBER\", 'order A < B[ < C]' or 'when [!]COND > ITEM' (see flutr/dart_api/requirements.py)"
    )


def callee_matches(names: Sequence[str], pattern: str) -> bool:
    """Whether a call whose dotted callee is ``names`` (``("Navigator", "push")``) is ``pattern``."""
    if not names:
        return False
    if pattern.startswith("."):
        return names[-1] == pattern[1:]
    wanted = tuple(pattern.split("."))
    return tuple(names[-len(wanted) :]) == wanted if len(wanted) > 1 else tuple(names) == wanted


def _calls_in(node: tree_sitter.Node, own: frozenset[str] = frozenset()) -> list[tuple[tuple[str, ...], Arguments]]:
    """The calls under ``node``, less bare calls of the snippet's ``own`` functions."""
    return [
        call
        for chain in chains(node)
        for call in chain.calls()
        if not (len(call[0]) == 1 and call[0][0] in own and not chain.cascade)
    ]


def _contains_call(node: tree_sitter.Node, patterns: Sequence[str], own: frozenset[str] = frozenset()) -> bool:
    return any(callee_matches(names, p) for names, _ in _calls_in(node, own) for p in patterns)


_CONSTANTS = {"true": "true", "false": "false", "null": "null_literal"}  # as values: the literal's node type


def _is_value(item: str) -> bool:
    return item.startswith("'") or item in _CONSTANTS or re.fullmatch(r"-?\d+(?:\.\d+)?", item) is not None


def _holds_inner(node: tree_sitter.Node, items: Sequence[str], own: frozenset[str]) -> bool:
    """An argument's value (``call A(arg: B)``): :func:`_nested_holds`, or it names one of ``items``' names."""
    names = [i for i in items if not _is_value(i)]
    return _nested_holds(node, items, own) or bool(names) and _mentions(node, names)


def _parents(superclass: tree_sitter.Node) -> set[str]:
    """The classes a ``superclass`` node names: the one extended and the mixins."""
    names = {text_of(c) for c in superclass.children if c.type == "type_identifier"}
    for mixins in (c for c in superclass.children if c.type == "mixins"):
        names |= {text_of(c) for c in mixins.children if c.type == "type_identifier"}
    return names


_NUMBER_LITERALS = frozenset({"decimal_integer_literal", "decimal_floating_point_literal"})


def _literal_holds(values: Sequence[str], root: tree_sitter.Node) -> bool:
    """A string literal containing one of the quoted ``values`` (folded; a quoted number not inside a longer one:
    see ``_contains_whole``), or a number literal equal to one."""
    return bool(_value_positions(values, root))


def _value_positions(values: Sequence[str], root: tree_sitter.Node) -> list[int]:
    """Where :func:`_literal_holds` finds one of ``values`` (the literals' start bytes)."""
    found = []
    for node in walk(root):
        for value in values:
            if value in _CONSTANTS:
                hit = node.type == _CONSTANTS[value]
            elif value.startswith("'"):
                wanted = fold_diacritics(value.strip("'")).lower()
                hit = node.type == "string_literal" and _contains_whole(fold_diacritics(text_of(node)).lower(), wanted)
            else:
                hit = node.type in _NUMBER_LITERALS and float(text_of(node)) == float(value)
            if hit:
                found.append(node.start_byte)
                break
    return found


def _contains_whole(text: str, wanted: str) -> bool:
    """``wanted`` in ``text``; a number (``'5'``, ``'2.5'``) not inside a longer one (``'5'`` is in neither ``'15
    dk'`` nor ``'50'``). A text may sit inside a longer word (Turkish suffixes: ``'Mesaj'`` in ``'Mesajlar'``; a
    character class: ``'0-9'`` in ``'[a-zA-Z0-9._]'``)."""
    if not re.fullmatch(r"\d+(?:[.,]\d+)?", wanted):
        return wanted in text
    return re.search(r"(?<![\d.,])" + re.escape(wanted) + r"(?![\d]|[.,]\d)", text) is not None


def check_holds(check: Check, root: tree_sitter.Node) -> bool:
    if check.kind == "literal":
        return _literal_holds(check.names, root)
    own = frozenset(own_functions(root))
    if check.kind == "order":
        return _order_holds(check.steps, root, own)
    if check.kind == "when":
        return _when_holds(check, root, own)
    if check.kind == "extends":
        for node in walk(root):
            if node.type == "superclass" and _parents(node) & set(check.names):
                if not check.nested:
                    return True
                body = next((c for c in node.parent.children if c.type == "class_body"), None) if node.parent else None
                if body is not None and _contains_call(body, check.nested, own):
                    return True
        return False
    values = declarations(root).values
    for names, arguments in _calls_in(root, own):
        if not any(callee_matches(names, pattern) for pattern in check.names):
            continue
        if not all(_argument_holds(rule, arguments, own, values) for rule in check.arguments):
            continue
        if check.nested and not _nested_holds(arguments.node, check.nested, own):
            continue
        return True
    return False


def _argument_holds(
    rule: ArgumentRule,
    arguments: Arguments,
    own: frozenset[str] = frozenset(),
    values: dict[str, list[list[tree_sitter.Node] | None]] | None = None,
) -> bool:
    value = arguments.named.get(rule.name)
    if value is None:
        return False
    if not rule.inner:
        return True
    argument = value.parent if value.parent is not None and value.parent.type == "named_argument" else value
    pending: list[tree_sitter.Node] = [argument]
    seen: set[str] = set()
    while pending:
        node = pending.pop()
        if _holds_inner(node, rule.inner, own):
            return True
        for name in _identifiers(node) - seen:
            seen.add(name)  # a variable of the snippet: its initializer is the value too
            for initializer in (values or {}).get(name) or ():
                if initializer and initializer[0].parent is not None:
                    pending.append(initializer[0].parent)  # the declaration: its value is a run of siblings
    return False


def _nested_holds(node: tree_sitter.Node, items: Sequence[str], own: frozenset[str]) -> bool:
    """``call A > B``: a call of one of ``items``' names in ``node``, or one of its values there."""
    names = [i for i in items if not _is_value(i)]
    values = [i for i in items if _is_value(i)]
    return bool(names) and _contains_call(node, names, own) or bool(values) and _literal_holds(values, node)


def _identifiers(node: tree_sitter.Node) -> set[str]:
    """The identifiers under ``node`` less the names of named arguments (``locale:`` in ``locale: 'tr_TR'`` is
    neither a mention of nor the variable ``locale``)."""
    return {text_of(n) for n in walk(node) if n.type == "identifier" and (n.parent is None or n.parent.type != "label")}


def _mentions(node: tree_sitter.Node, patterns: Sequence[str]) -> bool:
    """A bare or dotted name in ``node`` (``child: list``, ``scrollDirection: Axis.horizontal``)."""
    if _identifiers(node) & set(patterns):
        return True
    for chain in chains(node):
        leading = []
        for segment in chain.segments:
            if segment.kind != "name":
                break
            leading.append(segment.name)
        if any(callee_matches(leading, pattern) for pattern in patterns):
            return True
    return False


def _occurrences(root: tree_sitter.Node, items: Sequence[str], own: frozenset[str]) -> list[int]:
    """Where ``items`` occur (start bytes): calls of their names, mentions of them, their values, and the keywords
    ``throw`` / ``return``."""
    names = [i for i in items if not _is_value(i)]
    found = _value_positions([i for i in items if _is_value(i)], root)
    keywords = {_KEYWORDS[name] for name in names if name in _KEYWORDS}
    found += [
        n.start_byte
        for n in walk(root)
        if n.type in keywords
        or n.type == "identifier"
        and text_of(n) in names
        and (n.parent is None or n.parent.type != "label")
    ]
    found += [a.node.start_byte for c, a in _calls_in(root, own) if any(callee_matches(c, p) for p in names)]
    found += [chain.node.start_byte for chain in chains(root) if _leads_with(chain, names)]
    return found


def _leads_with(chain: Chain, patterns: Sequence[str]) -> bool:
    leading = []
    for segment in chain.segments:
        if segment.kind != "name":
            break
        leading.append(segment.name)
    return any(callee_matches(leading[: len(p.split("."))], p) for p in patterns if "." in p.strip("."))


def _order_holds(steps: Sequence[Sequence[str]], root: tree_sitter.Node, own: frozenset[str]) -> bool:
    previous = -1
    for step in steps:
        positions = _occurrences(root, step, own)
        if not positions or min(positions) <= previous:
            return False
        previous = min(positions)
    return True


def _when_holds(check: Check, root: tree_sitter.Node, own: frozenset[str]) -> bool:
    code = code_only(text_of(root), root).encode("utf-8")
    initializers = _initializers(root)
    initialized_names = [
        (n.start_byte, spans) for n in walk(root) if n.type == "identifier" and (spans := initializers.get(text_of(n)))
    ]
    positions = _occurrences(root, check.nested, own)
    for branch in branches(root):
        start, end = branch.condition
        condition = code[start:end].decode("utf-8", "replace")
        initialized = [  # a variable in the condition: where it stands there, and its initializer
            (len(code[start:at].decode("utf-8", "replace")), code[a:b].decode("utf-8", "replace"))
            for at, spans in initialized_names
            if start <= at < end
            for a, b in spans
        ]
        negated = _negated_mention(check.names, condition, initialized)
        if negated is None:
            continue
        side = branch.then if check.negated == negated else branch.otherwise
        if any(inside(position, side) for position in positions):
            return True
    return False


def _negated_mention(names: Sequence[str], condition: str, initialized: Sequence[tuple[int, str]]) -> bool | None:
    """Whether the ``then`` side of ``condition`` runs when the ``when`` condition (one of ``names``) does not hold;
    None when the condition does not mention it. A mention negated where it stands (``!opened && mounted``,
    ``!await launchUrl(u)``, ``!(a && b)``) counts as negated; a mention in the initializer of a variable the
    condition names (``initialized``: where the variable stands, its initializer) combines the ``!`` before the
    variable with one in the initializer; an alternative that carries its own ``!`` (``!_items.any``) is not negated
    again; a comparison written the other way round (:func:`_opposite`) swaps the sides."""
    searched = [(names, False), ([o for o in map(_opposite, names) if o], True)]
    for alternatives, swapped in searched:
        for alternative in alternatives:
            if found := item_pattern(alternative.strip()).search(condition):
                return (_negated_at(condition, found.start(), alternative)) != swapped
    for alternatives, swapped in searched:
        for alternative in alternatives:
            for where, text in initialized:
                if found := item_pattern(alternative.strip()).search(text):
                    outer = _negated_at(condition, where, "")
                    return (outer != _negated_at(text, found.start(), alternative)) != swapped
    return None


def _negated_at(text: str, index: int, alternative: str) -> bool:
    if alternative.startswith("!") and not alternative.startswith("!="):
        return False  # the alternative's own `!`
    return _bang_before(text, index) or text.lstrip().startswith("!(")


def _bang_before(text: str, index: int) -> bool:
    """A ``!`` right before ``text[index:]`` (spaces, an ``await`` and a receiver chain ``_key.currentState!.``,
    ``Navigator.of(context).`` between)."""
    before = re.sub(r"(?:[\w$]+(?:\([^()]*\))?!?\s*\??\.\s*)*$", "", text[:index]).rstrip()
    before = re.sub(r"\bawait$", "", before).rstrip()
    return before.endswith("!") and not before.endswith("!!")


def _initializers(root: tree_sitter.Node) -> dict[str, list[tuple[int, int]]]:
    """Variable name → the spans of its initializers (``final ok = await launchUrl(u)``, typed or not)."""
    found: dict[str, list[tuple[int, int]]] = {}
    for node in walk(root):
        if node.type not in ("initialized_variable_definition", "initialized_identifier"):
            continue
        children = list(node.children)
        equals = next((i for i, c in enumerate(children) if c.type == "="), None)
        name = next((c for c in children[: equals or 0] if c.type == "identifier"), None)
        if name is not None and equals is not None and equals + 1 < len(children):
            found.setdefault(text_of(name), []).append((children[equals + 1].start_byte, children[-1].end_byte))
    return found


_OPPOSITES: tuple[tuple[str, str], ...] = (
    ("isNotEmpty", "isEmpty"),
    ("isEmpty", "isNotEmpty"),
    ("!=", "=="),
    ("==", "!="),
    (">=", "<"),
    ("<=", ">"),
    (">", "<="),
    ("<", ">="),
)


def _opposite(condition: str) -> str | None:
    """``COND`` with its first comparison turned around (``isEmpty`` → ``isNotEmpty``, ``== null`` → ``!= null``,
    ``> 100`` → ``<= 100``); None when it has none."""
    found = [(condition.find(a), a, b) for a, b in _OPPOSITES if a in condition]
    if not found:
        return None
    index, before, after = min(found, key=lambda f: (f[0], -len(f[1])))
    return condition[:index] + after + condition[index + len(before) :]


def failed_checks(code: str, checks: Iterable[str]) -> list[str]:
    """The ``checks`` that do not hold for ``code`` (raises :class:`CheckSyntaxError` for a malformed one)."""
    parsed = [parse_check(text) for text in checks]
    if not parsed:
        return []
    root = parse_dart(code).root_node
    return [check.text for check in parsed if not check_holds(check, root)]
