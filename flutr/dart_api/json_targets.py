"""Decoded JSON given as it is to something declared with a typed collection — ``json-typed-target``.

``jsonDecode`` makes ``List<dynamic>`` and ``Map<String, dynamic>``, so a value read straight out of it
(``json['tags']``, ``json['tags'] ?? []``, ``json['tags'] as List``, ``data.map(…).toList()`` on a decoded
``data``) is not a ``List<String>``: given to a field, parameter or variable the file declares as ``List<String>``,
``Set<Tag>`` or ``Map<String, String>`` it throws at run time (from ``dynamic``) or does not compile (from
``List<dynamic>``, ``Map<String, dynamic>``). ``List<String>.from(…)``, ``.cast<String>()``, a typed ``.map`` or a
cast before ``.map`` convert. Three targets are read, all declared in the same file: a named argument of a
constructor of the file's own class whose field of that name is typed; a positional argument of such a
constructor (``this.x`` parameters in order); an assignment or initialisation of a typed variable or field.
Conservative: the element types ``dynamic``/``Object``/``Object?`` are loose, and a name declared twice with
different types is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import tree_sitter

from flutr.dart_api.mistakes import Mistake
from flutr.dart_api.syntax import text_of, walk
from flutr.dart_api.value_types import LOOSE_TYPES, decoded_length, selector_kind

_COLLECTION = r"(?:List|Set|Map|Iterable)\s*<[^;{}()=]*?>"
_DECLARED = re.compile(rf"\b({_COLLECTION})\??\s+([A-Za-z_$][\w$]*)\s*(?=[;=,)}}])")
_JSON_MAP = re.compile(r"\bMap\s*<\s*String\s*,\s*(?:dynamic|Object\??)\s*>\??\s+([A-Za-z_$][\w$]*)\s*(?=[;=,)])")
_DECODED_LOCAL = re.compile(
    r"\b(?:final|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:jsonDecode|json\s*\.\s*decode)\s*\([^;]*\)\s*;"
)
_UNTYPED = re.compile(r"\b(?:final|var)\s+([A-Za-z_$][\w$]*)\s*(?=[=;])")
_LOOSE_CASTS = re.compile(r"^(?:List|Iterable|Map)\s*(?:<\s*(?:dynamic|String\s*,\s*dynamic|Object\??)\s*>)?\s*\??$")


def json_target_mistakes(blanked: str, root: tree_sitter.Node) -> list[Mistake]:
    """``blanked``: the code through ``code_only``, ``root`` its tree."""
    typed = _typed_names(blanked)
    if not typed:
        return []
    sources = _Sources(frozenset(_JSON_MAP.findall(blanked)), frozenset(_DECODED_LOCAL.findall(blanked)))
    classes = _classes(root, blanked)
    found = [*_named_arguments(root, classes, sources), *_positional_arguments(root, classes, sources)]
    return found + list(_assignments(root, typed, sources))


@dataclass(frozen=True)
class _Sources:
    """The names holding decoded JSON: maps declared ``Map<String, dynamic>`` and untyped locals set to
    ``jsonDecode(…)``."""

    maps: frozenset[str]
    decoded: frozenset[str]

    def raw(self, nodes: list[tree_sitter.Node]) -> bool:
        """``nodes`` (a run of siblings) is a value straight from decoded JSON."""
        nodes = [n for n in nodes if n.type != "comment"]
        if len(nodes) == 1 and nodes[0].type == "if_null_expression":
            parts = list(nodes[0].children)
            operator = next((i for i, c in enumerate(parts) if c.type == "??"), None)
            right = parts[operator + 1 :] if operator is not None else []
            literal = len(right) == 1 and right[0].type in ("list_literal", "set_or_map_literal")
            return operator is not None and literal and self.raw(parts[:operator])
        if len(nodes) == 1 and nodes[0].type == "type_cast_expression":
            cast = next((c for c in nodes[0].children if c.type == "type_cast"), None)
            value = [c for c in nodes[0].children if c.type != "type_cast"]
            written = text_of(cast).removeprefix("as").strip() if cast is not None else ""
            return bool(_LOOSE_CASTS.match(written)) and self.raw(value)
        if len(nodes) == 1 and nodes[0].type == "parenthesized_expression":
            return self.raw([c for c in nodes[0].children if c.type not in ("(", ")")])
        if not nodes or nodes[0].type != "identifier" or any(n.type != "selector" for n in nodes[1:]):
            return False
        kinds = [selector_kind(s) for s in nodes[1:]]
        head = text_of(nodes[0])
        if decoded_length(nodes) == len(nodes) or (head in self.decoded and all(k == "index" for k in kinds)):
            return True
        if head in self.maps and kinds and all(k == "index" for k in kinds):
            return True
        return self._mapped(nodes)

    def _mapped(self, nodes: list[tree_sitter.Node]) -> bool:
        """``R.map(…).toList()`` with ``R`` raw (so ``dynamic``): the list built is a ``List<dynamic>``."""
        kinds = [selector_kind(s) for s in nodes[1:]]
        if kinds[-4:] != ["map", "call", "toList", "call"]:
            return False
        receiver = nodes[: len(nodes) - 4]
        untyped = text_of(nodes[len(nodes) - 3]).lstrip().startswith("(")
        return untyped and (self.raw(receiver) or len(receiver) == 1 and text_of(receiver[0]) in self.maps)


def _typed_names(blanked: str) -> dict[str, str]:
    """Name → its declared collection type, for names declared with one typed collection whose elements are
    not loose, and never without a type (``final items = …`` elsewhere shadows a field ``items``)."""
    found: dict[str, set[str]] = {}
    for written, name in _DECLARED.findall(blanked):
        found.setdefault(name, set()).add(" ".join(written.split()))
    untyped = set(_UNTYPED.findall(blanked))
    return {
        name: next(iter(types))
        for name, types in found.items()
        if len(types) == 1 and name not in untyped and _strict(next(iter(types)))
    }


def _strict(written: str) -> bool:
    """``List<String>``, ``Map<String, String>`` (not ``List<dynamic>``, ``Map<String, dynamic>``)."""
    inner = written[written.index("<") + 1 : written.rindex(">")]
    elements = [part.strip() for part in inner.split(",")]
    if written.startswith("Map") and len(elements) == 2:
        elements = elements[1:]
    return all(e and e not in LOOSE_TYPES for e in elements)


_Classes = dict[str, tuple[dict[str, str], list[str]]]


def _classes(root: tree_sitter.Node, blanked: str) -> _Classes:
    """The file's classes: name → (typed collection fields, the unnamed constructor's positional ``this.``
    parameters in order)."""
    found = {}
    encoded = blanked.encode("utf-8")
    for node in walk(root):
        if node.type != "class_definition":
            continue
        name = next((c for c in node.children if c.type == "identifier"), None)
        body = next((c for c in node.children if c.type == "class_body"), None)
        if name is None or body is None:
            continue
        text = encoded[body.start_byte : body.end_byte].decode("utf-8", "replace")
        fields = _typed_names(text)
        found[text_of(name)] = (fields, _positional_fields(body, text_of(name)))
    return found


def _positional_fields(body: tree_sitter.Node, class_name: str) -> list[str]:
    for node in walk(body):
        if node.type != "constructor_signature" or text_of(node.children[0]) != class_name:
            continue
        if any(c.type == "." for c in node.children):
            continue  # a named constructor
        parameters = next((c for c in node.children if c.type == "formal_parameter_list"), None)
        if parameters is None:
            return []
        return [text_of(c).removeprefix("this.").strip() for c in parameters.children if c.type == "formal_parameter"]
    return []


def _callee(arguments: tree_sitter.Node) -> str | None:
    """The class name a constructor call's ``arguments`` belong to (``Tag(…)``, ``const Tag(…)``)."""
    part = arguments.parent
    selector = part.parent if part is not None and part.type == "argument_part" else None
    if selector is not None and selector.type == "selector":
        previous = selector.prev_sibling
        return text_of(previous) if previous is not None and previous.type == "identifier" else None
    if part is not None and part.type == "argument_part" and part.parent is not None:
        owner = part.parent
        if owner.type in ("const_object_expression", "new_expression"):
            name = next((c for c in owner.children if c.type == "type_identifier"), None)
            return text_of(name) if name is not None else None
    return None


def _named_arguments(root: tree_sitter.Node, classes: _Classes, sources: _Sources) -> Iterator[Mistake]:
    for node in walk(root):
        if node.type != "named_argument" or node.parent is None:
            continue
        owner = classes.get(_callee(node.parent) or "")
        label = next((c for c in node.children if c.type == "label"), None)
        if owner is None or label is None:
            continue
        name = text_of(label).rstrip(":").strip()
        written = owner[0].get(name)
        value = [c for c in node.children if c.type != "label"]
        if written is not None and sources.raw(value):
            yield _mistake(f"{name}: {text_of(value[0]) if len(value) == 1 else name}", written, node)


def _positional_arguments(root: tree_sitter.Node, classes: _Classes, sources: _Sources) -> Iterator[Mistake]:
    for node in walk(root):
        if node.type != "arguments":
            continue
        owner = classes.get(_callee(node) or "")
        if owner is None:
            continue
        fields, order = owner
        positional = [c for c in node.children if c.type == "argument"]
        for index, argument in enumerate(positional[: len(order)]):
            written = fields.get(order[index])
            if written is None:
                continue
            nodes = list(argument.children)
            single = len(nodes) == 1 and nodes[0].type == "identifier" and text_of(nodes[0]) in sources.maps
            if sources.raw(nodes) or (single and written.startswith("Map")):
                yield _mistake(text_of(argument), written, argument)


def _assignments(root: tree_sitter.Node, typed: dict[str, str], sources: _Sources) -> Iterator[Mistake]:
    for node in walk(root):
        if node.type == "assignment_expression":
            target = node.children[0] if node.children else None
            name = text_of(target).removeprefix("this.").strip() if target is not None else ""
            operator = next((i for i, c in enumerate(node.children) if c.type == "="), None)
        elif node.type in ("initialized_variable_definition", "initialized_identifier"):
            identifier = next((c for c in node.children if c.type == "identifier"), None)
            name = text_of(identifier) if identifier is not None else ""
            operator = next((i for i, c in enumerate(node.children) if c.type == "="), None)
        else:
            continue
        written = typed.get(name)
        if written is None or operator is None:
            continue
        if sources.raw(list(node.children[operator + 1 :])):
            yield _mistake(f"{name} = …", written, node)


def _mistake(shown: str, written: str, node: tree_sitter.Node) -> Mistake:
    return Mistake(
        "json-typed-target",
        f"'{' '.join(shown.split())[:60]}': a value straight from decoded JSON (dynamic, List<dynamic>, Map<String, "
        f"dynamic>) where {written} is declared — it throws at run time or does not compile (convert it: "
        "List<…>.from(…), .cast<…>(), a typed .map)",
        node.start_point[0],
    )
