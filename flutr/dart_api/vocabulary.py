"""The API vocabulary: Flutter, Dart and package classes with their constructors' named parameters, static
members and instance members (with result types, so chains like ``Theme.of(context).textTheme`` can be followed).

Written by the flutr team as facts, one JSON file per area beside this module (schema in ``README.md`` there);
files are merged, and a class described twice gets the union of both descriptions (a missing fact can only make
the checks more lenient, never invent an error).
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

logger = logging.getLogger(__name__)

VOCABULARY_DIR = Path(__file__).resolve().parent / "api"
OBJECT_MEMBERS = {"toString": "String", "hashCode": "int", "runtimeType": "Type", "noSuchMethod": None}


@dataclass
class ApiClass:
    name: str
    library: str = ""
    kind: str = "class"
    supertypes: list[str] = field(default_factory=list)  # extends, mixins, implements
    constructors: dict[str, set[str]] = field(default_factory=dict)  # "" = unnamed → named parameters
    static: dict[str, str | None] = field(default_factory=dict)
    members: dict[str, str | None] = field(default_factory=dict)
    open_static: bool = False
    open_members: bool = False

    def merge(self, other: ApiClass) -> None:
        for name, params in other.constructors.items():
            self.constructors.setdefault(name, set()).update(params)
        self.static.update({k: v for k, v in other.static.items() if self.static.get(k) is None})
        self.members.update({k: v for k, v in other.members.items() if self.members.get(k) is None})
        self.supertypes += [s for s in other.supertypes if s not in self.supertypes]
        self.open_static |= other.open_static
        self.open_members |= other.open_members
        self.library = self.library or other.library


@dataclass(frozen=True)
class Lookup:
    """A member looked up through the class hierarchy: ``found`` with its result type, or ``open`` when the
    vocabulary cannot say (an unknown or open supertype)."""

    found: bool
    type_name: str | None = None
    open: bool = False


def base_type(value: object) -> str | None:
    """``List<Locale>?`` → ``List``; None for an empty or non-string value."""
    return _type(value)


def _type(value: object) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    return value.split("<")[0].rstrip("?").strip() or None


@dataclass
class Vocabulary:
    classes: dict[str, ApiClass] = field(default_factory=dict)
    functions: dict[str, set[str]] = field(default_factory=dict)  # top-level function → named parameters
    constants: set[str] = field(default_factory=set)
    removed: dict[str, str] = field(default_factory=dict)  # removed API → its replacement
    incomplete: set[str] = field(default_factory=set)  # "Class" / "Class.named" whose parameter lists are partial
    extensions: dict[str, dict[str, str | None]] = field(default_factory=dict)  # on-type → members packages add
    # top-level function → result type; a package's function behind its prefix as "package.name" ("http.get")
    returns: dict[str, str | None] = field(default_factory=dict)
    # "Callee.namedArgument" (``ListView.builder.itemBuilder``) → the positional parameter types of the callback
    # it takes, as written (``AsyncSnapshot<T>``); ``T`` is a type the checks do not follow
    callbacks: dict[str, list[str]] = field(default_factory=dict)
    # "Class.method" of a framework method subclasses override (``State.build``) → its positional parameter types
    methods: dict[str, list[str]] = field(default_factory=dict)
    abstract: set[str] = field(default_factory=set)  # abstract classes whose unnamed constructor is generative
    # open classes whose own members are all getters and methods: an assigned unknown member is invented
    no_setters: set[str] = field(default_factory=set)

    @classmethod
    def from_files(cls, paths: Iterable[Path]) -> Vocabulary:
        vocabulary = cls()
        for path in sorted(paths):
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, json.JSONDecodeError) as exc:
                raise ValueError(f"{path}: not a readable vocabulary file ({exc})") from exc
            vocabulary.add(data, source=path.name)
        for on_type, members in vocabulary.extensions.items():
            if on_type in vocabulary.classes:
                vocabulary.classes[on_type].members.update(members)
        return vocabulary

    def add(self, data: dict, source: str = "") -> None:
        for name, spec in (data.get("classes") or {}).items():
            api = ApiClass(
                name=name,
                library=str(spec.get("library") or ""),
                kind=str(spec.get("kind") or "class"),
                supertypes=[
                    t
                    for t in [
                        _type(spec.get("extends")),
                        *map(_type, spec.get("mixins") or []),
                        *map(_type, spec.get("implements") or []),
                    ]
                    if t
                ],
                constructors={k: set(v or []) for k, v in (spec.get("constructors") or {}).items()},
                static={k: _type(v) for k, v in (spec.get("static") or {}).items()},
                members={k: _type(v) for k, v in (spec.get("members") or {}).items()},
                open_static=bool(spec.get("open_static")),
                open_members=bool(spec.get("open_members")),
            )
            if name in self.classes:
                self.classes[name].merge(api)
            else:
                self.classes[name] = api
        for name, params in (data.get("functions") or {}).items():
            self.functions.setdefault(name, set()).update(params or [])
        self.constants.update(data.get("constants") or [])
        self.removed.update(data.get("removed") or {})
        self.returns.update({k: _type(v) for k, v in (data.get("returns") or {}).items()})
        self.incomplete.update(data.get("incomplete_constructors") or [])
        self.callbacks.update({k: [str(t) for t in v] for k, v in (data.get("callbacks") or {}).items()})
        self.methods.update({k: [str(t) for t in v] for k, v in (data.get("methods") or {}).items()})
        self.abstract.update(data.get("abstract_classes") or [])
        self.no_setters.update(data.get("no_setters") or [])
        for on_type, members in (data.get("extensions") or {}).items():
            self.extensions.setdefault(on_type, {}).update({k: _type(v) for k, v in members.items()})

    def knows(self, name: str) -> bool:
        return name in self.classes or name in self.functions or name in self.constants

    def constructor_parameters(self, class_name: str, constructor: str) -> set[str] | None:
        """The named parameters of ``Class.constructor`` when the vocabulary knows them completely, else None."""
        api = self.classes.get(class_name)
        if api is None or constructor not in api.constructors:
            return None
        label = class_name if not constructor else f"{class_name}.{constructor}"
        if label in self.incomplete or class_name in self.incomplete:
            return None
        return api.constructors[constructor]

    def member(self, type_name: str, member: str) -> Lookup:
        """``member`` of an instance of ``type_name``, searched through its supertypes."""
        if member in OBJECT_MEMBERS:
            return Lookup(True, OBJECT_MEMBERS[member])
        seen: set[str] = set()
        pending = [type_name]
        open_ = False
        while pending:
            current = pending.pop()
            if current in seen:
                continue
            seen.add(current)
            api = self.classes.get(current)
            if api is None:
                if current not in ("Object", "dynamic"):
                    open_ = True
                continue
            if member in api.members:
                return Lookup(True, api.members[member])
            open_ |= api.open_members or api.kind == "typedef"  # a function type has .call; an alias, its class
            pending.extend(api.supertypes)
        return Lookup(False, open=open_)

    def static(self, class_name: str, member: str) -> Lookup:
        api = self.classes.get(class_name)
        if api is None:
            return Lookup(False, open=True)
        if member in api.static:
            return Lookup(True, api.static[member])
        if member in api.constructors:
            return Lookup(True, class_name)
        return Lookup(False, open=api.open_static)

    def is_subtype(self, type_name: str, ancestor: str) -> bool:
        seen: set[str] = set()
        pending = [type_name]
        while pending:
            current = pending.pop()
            if current == ancestor:
                return True
            if current in seen:
                continue
            seen.add(current)
            api = self.classes.get(current)
            if api is not None:
                pending.extend(api.supertypes)
        return False


@functools.lru_cache(maxsize=1)
def default_vocabulary() -> Vocabulary:
    """Every ``*.json`` vocabulary file shipped beside this module."""
    vocabulary = Vocabulary.from_files(VOCABULARY_DIR.glob("*.json"))
    logger.debug("API vocabulary: %d classes, %d functions", len(vocabulary.classes), len(vocabulary.functions))
    return vocabulary
