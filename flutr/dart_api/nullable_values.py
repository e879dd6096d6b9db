"""Values an API gives as nullable (or as a Future) used where a plain value is needed: compile errors a reviewer
reads at once and tree-sitter does not see.

- ``nullable-argument``: such a value passed whole where a non-null one is needed: the text of a parse or a
  ``Text`` (``int.parse(state.pathParameters['id'])``, ``Text(prefs.getString('name'))``), or a named argument of
  a class the file declares whose field is not nullable (``CountBadge(count: snapshot.data)`` with ``final int
  count;``);
- ``nullable-assignment``: such a value assigned to a variable or field the file declares with a non-nullable
  type (``_unlocked = await channel.invokeMethod<bool>('unlock');`` with ``bool _unlocked``);
- ``unawaited-future``: an async API's ``Future`` assigned without ``await`` to a variable or field declared with
  a type that is not a Future (``_menu = compute(parseMenu, body);`` with ``List<MenuItem>? _menu``).

The nullable values recognised, each as the whole expression (a ``!``, ``??`` or ``?.`` after it makes it
another one): a go_router path or query parameter (``state.pathParameters['id']``, ``….queryParameters['q']``),
``int/double/num/DateTime/Uri.tryParse(…)``, ``Color.lerp(…)`` and the other nullable ``lerp``s (``LERPS``,
``lerpDouble``), a ``SharedPreferences`` read (``prefs.getString(…)`` where the file
binds ``prefs`` to ``SharedPreferences``), ``await ….invokeMethod<T>(…)``, ``snapshot.data`` of a
``FutureBuilder``/``StreamBuilder`` builder or an ``AsyncSnapshot`` parameter, and a ``final``/``var`` local bound to
one of these that the file never tests for null.

Conservative: a name declared twice in the file, or declared ``var``/``dynamic``/``Object``/nullable, is left
alone; ``invokeMethod<dynamic>`` is not nullable. None of these values promotes after a null test (a map lookup, a
call or a getter), so a test elsewhere does not excuse them; a local does promote, so a tested one is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flutr.dart_api.mistakes import Mistake
from flutr.dart_api.nullable import closing, tested_for_null

_NAME = r"[A-Za-z_$][\w$]*"
# A type as written in a declaration: a name with optional prefix and type arguments, maybe nullable.
_TYPE = r"(?:[A-Za-z_$][\w$]*\.)?[A-Za-z_$][\w$]*(?:<[^;{}()=]*?>)?\??"
_DECLARATION = re.compile(
    rf"(?:^|(?<=[;{{}}(,\s]))(?:(?:static|late|final|const|covariant|required)\s+)*(?P<type>{_TYPE})\s+"
    rf"(?P<name>{_NAME})\s*(?=[;=,)])",
    re.MULTILINE,
)
_NOT_TYPES = frozenset(
    {"return", "await", "final", "var", "const", "late", "new", "throw", "case", "in", "is", "as", "else", "yield"}
)
# an argument list with at most one level of nested parentheses
_CALL_ARGUMENTS = r"\([^()]*(?:\([^()]*\)[^()]*)*\)"
_INFERRED = frozenset({"final", "var", "const", "late"})
PARSES = (
    r"int\.parse",
    r"double\.parse",
    r"num\.parse",
    r"BigInt\.parse",
    r"DateTime\.parse",
    r"Uri\.parse",
    r"jsonDecode",
    r"json\.decode",
    r"Text",
)
_PARSE = re.compile(r"(?<![\w$.])(?:" + "|".join(PARSES) + r")\s*\(")
TRY_PARSES = ("int", "double", "num", "DateTime", "Uri", "BigInt")
# Classes whose static ``lerp`` returns a nullable value (``static Color? lerp(Color? a, Color? b, double t)``), as
# the top-level ``lerpDouble`` does.
LERPS = (
    "Color",
    "Offset",
    "Size",
    "Rect",
    "Radius",
    "Alignment",
    "TextStyle",
    "BorderRadius",
    "EdgeInsets",
    "EdgeInsetsGeometry",
    "EdgeInsetsDirectional",
    "BoxShadow",
    "BoxDecoration",
)
PREFERENCE_READS = ("getString", "getInt", "getBool", "getDouble", "getStringList")
# Async APIs whose Future is a mistake to store as the value itself.
FUTURE_CALLS = (
    r"compute",
    r"http\.get",
    r"http\.post",
    r"http\.put",
    r"http\.delete",
    r"rootBundle\.loadString",
    r"SharedPreferences\.getInstance",
    r"Future\.delayed",
    r"showDialog",
    r"showModalBottomSheet",
)
_FUTURE_TYPES = re.compile(r"^(?:Future|FutureOr|dynamic|Object|Object\?|var|void)\b")


def nullable_value_mistakes(blanked: str) -> list[Mistake]:
    """``blanked``: the whole file through ``code_only`` (comments and string text blanked)."""
    types = _declared_types(blanked)
    nullable = _nullable_expression(blanked)
    return [
        *_parse_arguments(blanked, nullable),
        *_own_class_arguments(blanked, nullable),
        *_assignments(blanked, nullable, types),
        *_unawaited_futures(blanked, types),
    ]


def _declared_types(blanked: str) -> dict[str, str | None]:
    """Each declared name → its written type; ``None`` for a name declared more than once."""
    types: dict[str, str | None] = {}
    for match in _DECLARATION.finditer(blanked):
        kind, name = match.group("type"), match.group("name")
        if kind in _INFERRED:  # ``final x = …``: a declaration whose type this module does not infer
            types[name] = None
            continue
        if kind in _NOT_TYPES or kind.split("<")[0] in _NOT_TYPES:
            continue
        types[name] = None if name in types else kind
    return types


def _nullable_expression(blanked: str) -> re.Pattern[str]:
    """One pattern for the whole nullable values this file can hold (see the module's docstring)."""
    parts = [
        rf"{_NAME}(?:\.{_NAME})*\.(?:pathParameters|queryParameters)\s*\[[^\[\]]*\]",
        r"(?:" + "|".join(TRY_PARSES) + r")\.tryParse\s*" + _CALL_ARGUMENTS,
        rf"await\s+{_NAME}(?:\.{_NAME})*\.invokeMethod\s*<\s*(?!dynamic\b)[\w$?<>, ]+\s*>\s*" + _CALL_ARGUMENTS,
        r"(?<![\w$.])(?:(?:" + "|".join(LERPS) + r")\.lerp|lerpDouble)\s*" + _CALL_ARGUMENTS,
    ]
    preferences = set(re.findall(rf"SharedPreferences\s+({_NAME})\s*[;=,)]", blanked))
    preferences |= set(re.findall(rf"({_NAME})\s*=\s*await\s+SharedPreferences\.getInstance\s*\(", blanked))
    if preferences:
        receivers = "|".join(re.escape(p) for p in sorted(preferences))
        reads = "|".join(PREFERENCE_READS)
        parts.append(rf"(?<![\w$.])(?:{receivers})\.(?:{reads})\s*\([^()]*\)")
    snapshots = set(re.findall(rf"AsyncSnapshot\s*(?:<[^;{{}}()=]*?>)?\s+({_NAME})\b", blanked))
    for builder in re.finditer(r"(?<![\w$.])(?:FutureBuilder|StreamBuilder)\s*(?:<[^;{}()=]*?>)?\s*\(", blanked):
        arguments = blanked[builder.end() : closing(blanked, builder.end() - 1) or len(blanked)]
        found = re.search(rf"\bbuilder\s*:\s*\(\s*{_NAME}\s*,\s*({_NAME})\s*\)", arguments)
        if found is not None:
            snapshots.add(found.group(1))
    if snapshots:
        parts.append(r"(?<![\w$.])(?:" + "|".join(re.escape(s) for s in sorted(snapshots)) + r")\.data")
    values = re.compile(r"(?:" + "|".join(parts) + r")")
    # a local bound to such a value without a type (``final result = await ch.invokeMethod<bool>(…);``) is one
    # too, unless the file tests it for null (a local promotes after ``if (result == null) return;``)
    locals_ = [
        bound.group(1)
        for bound in re.finditer(rf"\b(?:final|var)\s+({_NAME})\s*=\s*", blanked)
        if values.fullmatch(blanked[bound.end() : _argument_end(blanked, bound.end())].strip())
    ]
    locals_ = [name for name in locals_ if locals_.count(name) == 1 and not tested_for_null(blanked, name)]
    if locals_:
        names = "|".join(re.escape(name) for name in sorted(set(locals_)))
        parts.append(rf"(?<![\w$.])(?:{names})(?![\w$])")
    return re.compile(r"(?:" + "|".join(parts) + r")")


def shown(text: str) -> str:
    """An expression of the blanked code as a message shows it: a blanked string is ``…``."""
    return re.sub(r"\s+", " ", re.sub(r"([(\[])\s+([)\]])", r"\1…\2", text.strip()))


def _whole(nullable: re.Pattern[str], text: str) -> bool:
    """Whether ``text`` (an argument or a right-hand side) is one nullable value and nothing after it."""
    return nullable.fullmatch(text.strip()) is not None


def _argument_end(text: str, start: int) -> int:
    """The end of the argument beginning at ``start``: the top-level ``,`` or closing bracket."""
    depth = 0
    for index in range(start, len(text)):
        char = text[index]
        if char in "([{":
            depth += 1
        elif char in ")]}":
            if depth == 0:
                return index
            depth -= 1
        elif char == "," and depth == 0:
            return index
        elif char == ";" and depth == 0:
            return index
    return len(text)


def _line(blanked: str, offset: int) -> int:
    return blanked.count("\n", 0, offset)


def _parse_arguments(blanked: str, nullable: re.Pattern[str]) -> Iterator[Mistake]:
    for call in _PARSE.finditer(blanked):
        end = _argument_end(blanked, call.end())
        argument = blanked[call.end() : end]
        if _whole(nullable, argument):
            callee = re.sub(r"\s*\($", "", call.group(0))
            yield Mistake(
                "nullable-argument",
                f"'{shown(argument)}' may be null, and {callee}(…) needs a non-null String (add '!' after a "
                "check, or '?? fallback')",
                _line(blanked, call.start() + len(call.group(0)) + len(argument) - len(argument.lstrip())),
            )


def _own_fields(blanked: str) -> dict[str, dict[str, str]]:
    """The file's classes → their non-nullable ``final`` fields set by ``this.field`` → the field's type."""
    fields: dict[str, dict[str, str]] = {}
    for declared in re.finditer(rf"\bclass\s+({_NAME})\b[^{{;]*\{{", blanked):
        body = blanked[declared.end() : closing(blanked, declared.end() - 1) or len(blanked)]
        own: dict[str, str] = {}
        for field in re.finditer(rf"\bfinal\s+({_TYPE})\s+({_NAME})\s*;", body):
            kind, name = field.group(1), field.group(2)
            if kind.endswith("?") or _FUTURE_TYPES.match(kind) or not re.search(rf"\bthis\.{name}\b", body):
                continue
            own[name] = kind
        if own:
            fields[declared.group(1)] = own
    return fields


def _own_class_arguments(blanked: str, nullable: re.Pattern[str]) -> Iterator[Mistake]:
    for owner, own in _own_fields(blanked).items():
        for call in re.finditer(rf"(?<![\w$.]){re.escape(owner)}\s*\(", blanked):
            end = _argument_end(blanked, call.end())
            for label in re.finditer(rf"(?<![\w$.])({_NAME})\s*:\s*", blanked[call.end() : end]):
                name = label.group(1)
                if name not in own:
                    continue
                start = call.end() + label.end()
                value = blanked[start : _argument_end(blanked, start)]
                if _whole(nullable, value):
                    yield Mistake(
                        "nullable-argument",
                        f"'{shown(value)}' may be null, but {owner}'s '{name}' is declared {own[name]} (add '!' "
                        "after a check, or '?? fallback')",
                        _line(blanked, start),
                    )


def _assigned_type(assigned: re.Match[str], types: dict[str, str | None]) -> str | None:
    """The type written for the name an assignment or declaration (``declared`` and ``name`` groups) sets: the
    one written before it, else the file's declaration of that name; ``None`` when it is inferred (``final x =``),
    unknown, or a type that takes any value or a Future (``dynamic``, ``Object``, ``Future<…>``)."""
    kind = assigned.group("declared")
    if kind in _INFERRED:
        return None
    if kind is None or kind in _NOT_TYPES:
        kind = types.get(assigned.group("name"))
    if kind is None or kind in _NOT_TYPES or _FUTURE_TYPES.match(kind):
        return None
    return kind


def _assignments(blanked: str, nullable: re.Pattern[str], types: dict[str, str | None]) -> Iterator[Mistake]:
    for assigned in re.finditer(rf"(?<![\w$.])(?:(?P<declared>{_TYPE})\s+)?(?P<name>{_NAME})\s*=(?![=>])", blanked):
        value_start = assigned.end()
        value = blanked[value_start : _argument_end(blanked, value_start)]
        if not _whole(nullable, value):
            continue
        name, kind = assigned.group("name"), _assigned_type(assigned, types)
        if kind is None or kind.endswith("?"):
            continue
        yield Mistake(
            "nullable-assignment",
            f"'{shown(value)}' may be null, but '{name}' is declared {kind} (add '!' after a check, or '?? fallback')",
            _line(blanked, value_start),
        )


def _unawaited_futures(blanked: str, types: dict[str, str | None]) -> Iterator[Mistake]:
    calls = "|".join(FUTURE_CALLS)
    pattern = (
        rf"(?<![\w$.])(?:(?P<declared>{_TYPE})\s+)?(?P<name>{_NAME})\s*=\s*(?P<call>(?:{calls}))\s*(?:<[^;()]*?>)?\s*\("
    )
    for assigned in re.finditer(pattern, blanked):
        name, kind = assigned.group("name"), _assigned_type(assigned, types)
        if kind is None:
            continue
        yield Mistake(
            "unawaited-future",
            f"{assigned.group('call')}(…) gives a Future, but '{name}' is declared {kind}: await it (in an async "
            "function)",
            _line(blanked, assigned.start("call")),
        )
