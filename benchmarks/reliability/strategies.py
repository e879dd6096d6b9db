"""Hypothesis strategies for protocol fuzzing: each draws one ``FuzzMessage``, the bytes of one framed message.

The mix covers valid requests and notifications with random (often out-of-range) positions and URIs, random
incremental changes, unknown methods, wrong types, malformed JSON, invalid UTF-8, lone surrogates, huge lines and a
5 MB document. A request gets its id when it is sent; every request whose bytes are valid UTF-8 JSON with
``"jsonrpc": "2.0"``, a string method and an integer or string id must be answered (JSON-RPC 2.0), whatever its
params. Settings changes never point the server at another model (that would stop the fuzzing from testing
anything but a reload). ``initialize``, ``shutdown`` and ``exit`` are not drawn (they reset or end the session);
a repeated ``initialized`` is (it reloads the model while requests may be queued).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

from benchmarks.reliability.client import encode
from lsp_server.config import ServerConfig, snake_to_camel

JSON = dict[str, Any]

TURKISH_COMMENTS = (
    "// Kullanıcı listesini gösteren bir widget yaz",
    "/// Sayacı artıran bir buton ekle",
    "// listeyi asagi cekince nasil yenilerim",
    "// Bir ListView içinde liste elemanlarını aşağı çekerek nasıl yenileyebilirim?",
    "  // Girintili: e-posta adresini doğrulayan bir fonksiyon yaz",
    "\t// Sekmeli: iki sayının toplamını döndüren fonksiyon yaz",
    "// 🚀 Emoji ile: giriş ekranı için bir form oluştur 🎉",
    "// Kullanıcı listesini gösteren bir widget yaz\r",
)
OTHER_LINES = (
    "",
    "class A {}",
    "void main() {",
    "}",
    "  final x = 1;",
    "import 'package:flutter/material.dart';",
    "// TODO: burayı düzelt",
    "// Returns the list of users",
    "// final y = foo(bar);",
    "/* blok yorum */",
    "\r",
)
COMMAND_NAMES = ("flutr.status", "flutr.answerComment", "flutr.unknown", "")
UNREGISTERED_METHODS = (
    "textDocument/hover",
    "textDocument/definition",
    "textDocument/documentSymbol",
    "textDocument/formatting",
    "workspace/symbol",
)
# Settings the fuzzing may set to valid values (with these bounds: small, so that generations stay short and mostly
# answered from the cache); every other key only gets wrong-typed values.
SAFE_SETTINGS: dict[str, st.SearchStrategy[Any]] = {
    "maxTokens": st.integers(16, 24),
    "temperature": st.floats(0.0, 1.0),
    "contextLines": st.integers(0, 2),
    "hintDiagnostics": st.booleans(),
    "completion": st.booleans(),
    "maxPending": st.integers(1, 16),
}
INVALID_UTF8 = (
    b"\xff",
    b"\xfe\xff",
    b"\xc3\x28",
    b"\xa0\xa1",
    b"\xe2\x28\xa1",
    b"\xf0\x28\x8c\xbc",
    b"\xc0\xaf",  # overlong '/'
    b"\xed\xa0\x80",  # a UTF-8-encoded surrogate (CESU-8)
    b"\xf8\x88\x80\x80\x80",
)
BIG_DOCUMENT_LINES = 170_000  # about 5.1 MB


@dataclass(frozen=True)
class FuzzTargets:
    """What the messages point at: documents the runner opened, and URIs it did not open."""

    open_uris: tuple[str, ...]
    other_uris: tuple[str, ...]  # unopened file, missing file, directory, FIFO, /dev/null, odd schemes...
    comments: tuple[tuple[str, int, str], ...]  # (uri, line, text) of request comments in the opened documents
    big_uri: str


@dataclass(frozen=True)
class FuzzMessage:
    category: str
    payload: JSON | None = None  # sent as JSON; a request gets "id" added when sent
    raw: bytes | None = None  # sent as-is instead of ``payload``
    request: bool = False
    string_id: bool = False
    expects_answer: bool = False  # a well-formed JSON-RPC request: the server must answer it
    ascii_only: bool = False  # escape non-ASCII (lone surrogates become valid \\udXXX escapes)

    @property
    def method(self) -> str:
        return str((self.payload or {}).get("method", "")) if self.raw is None else "(raw)"

    def body(self, msg_id: int | str | None) -> bytes:
        if self.raw is not None:
            return self.raw
        payload = dict(self.payload or {})
        if self.request:
            payload["id"] = msg_id
        return encode(payload, ascii_only=self.ascii_only)

    def __repr__(self) -> str:  # a 5 MB document must not end up in a failure report
        shown = self.raw if self.raw is not None else json.dumps(self.payload, ensure_ascii=True)
        text = repr(shown)
        if len(text) > 300:
            text = f"{text[:240]}...<{len(text)} chars>...{text[-40:]}"
        return f"FuzzMessage({self.category}, request={self.request}, {text})"

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:  # Hypothesis' printer would show every field
        printer.text(repr(self))


# -- building blocks -------------------------------------------------------------------------------------------
def big_document(seed: int) -> str:
    """A 5 MB Dart document with a request comment at the end (built, not drawn: Hypothesis stores only ``seed``)."""
    filler = "final int x{n} = {n}; // sayı " + str(seed % 97) + "\n"
    return (
        "".join(filler.format(n=n) for n in range(BIG_DOCUMENT_LINES)) + "// Kullanıcı listesini gösteren widget yaz\n"
    )


def huge_line(size: int) -> str:
    return "// Uzun satır: bir widget yaz " + "ğüşiöç" * (size // 6)


json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
lines = st.integers(0, 45) | st.integers(0, 2**31 - 1)
characters = st.integers(0, 120) | st.integers(0, 2**31 - 1)
positions = st.fixed_dictionaries({"line": lines, "character": characters})
ranges = st.fixed_dictionaries({"start": positions, "end": positions})
surrogates = st.characters(categories=["Cs"])


def lines_of_text() -> st.SearchStrategy[str]:
    line = st.sampled_from(TURKISH_COMMENTS + OTHER_LINES) | st.text(max_size=60)
    return st.lists(line, max_size=40).map("\n".join)


def document_texts() -> st.SearchStrategy[str]:
    return st.one_of(
        lines_of_text(),
        lines_of_text(),
        lines_of_text(),
        st.text(max_size=300),
        st.integers(1_000, 1_000_000).map(huge_line),
    )


def surrogate_text() -> st.SearchStrategy[str]:
    return st.builds(
        lambda comment, bad, tail: comment[:12] + bad + comment[12:] + tail,
        st.sampled_from(TURKISH_COMMENTS),
        surrogates,
        st.text(max_size=5),
    )


def uris(targets: FuzzTargets) -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(targets.open_uris),
        st.sampled_from(targets.open_uris),
        st.sampled_from(targets.other_uris),
        st.text(max_size=30),
    )


def notification(method: str, params: st.SearchStrategy[Any]) -> st.SearchStrategy[JSON]:
    return st.builds(lambda p: {"jsonrpc": "2.0", "method": method, "params": p}, params)


def document_id(targets: FuzzTargets) -> st.SearchStrategy[JSON]:
    return st.fixed_dictionaries({"uri": uris(targets)})


def versioned_id(targets: FuzzTargets) -> st.SearchStrategy[JSON]:
    return st.fixed_dictionaries({"uri": uris(targets), "version": st.integers(0, 2**31 - 1)})


# -- params of valid requests and notifications ----------------------------------------------------------------
def code_action_params(targets: FuzzTargets) -> st.SearchStrategy[JSON]:
    only = st.lists(st.sampled_from(["quickfix", "refactor.rewrite", "source", "refactor"]), max_size=2)
    diagnostics: st.SearchStrategy[Any] = st.just([])
    context = st.fixed_dictionaries({"diagnostics": diagnostics}, optional={"only": only})
    return st.fixed_dictionaries({"textDocument": document_id(targets), "range": ranges, "context": context})


def resolve_params(targets: FuzzTargets) -> st.SearchStrategy[JSON]:
    real = st.sampled_from(targets.comments).map(lambda c: {"uri": c[0], "line": c[1], "text": c[2]})
    fake = st.fixed_dictionaries({"uri": uris(targets), "line": lines, "text": st.text(max_size=40)})
    return st.fixed_dictionaries(
        {"title": st.text(max_size=20), "data": real | fake | json_values},
        optional={"kind": st.sampled_from(["quickfix", "refactor.rewrite"])},
    )


def position_params(targets: FuzzTargets) -> st.SearchStrategy[JSON]:
    return st.fixed_dictionaries({"textDocument": document_id(targets), "position": positions})


def inline_completion_params(targets: FuzzTargets) -> st.SearchStrategy[JSON]:
    return st.fixed_dictionaries(
        {
            "textDocument": document_id(targets),
            "position": positions,
            "context": st.fixed_dictionaries({"triggerKind": st.sampled_from([1, 2])}),
        }
    )


def execute_command_params(targets: FuzzTargets) -> st.SearchStrategy[JSON]:
    real = st.sampled_from(targets.comments).map(lambda c: [{"uri": c[0], "line": c[1], "text": c[2]}])
    return st.fixed_dictionaries(
        {"command": st.sampled_from(COMMAND_NAMES) | st.text(max_size=20)},
        optional={"arguments": real | st.lists(json_values, max_size=3)},
    )


def valid_request_params(targets: FuzzTargets) -> dict[str, st.SearchStrategy[JSON]]:
    return {
        "textDocument/codeAction": code_action_params(targets),
        "codeAction/resolve": resolve_params(targets),
        "textDocument/completion": position_params(targets),
        "textDocument/inlineCompletion": inline_completion_params(targets),
        "workspace/executeCommand": execute_command_params(targets),
        "textDocument/hover": position_params(targets),
    }


def content_changes() -> st.SearchStrategy[list[JSON]]:
    incremental = st.fixed_dictionaries(
        {"range": ranges, "text": st.one_of(st.text(max_size=40), st.sampled_from(TURKISH_COMMENTS + OTHER_LINES))}
    )
    full = st.fixed_dictionaries({"text": document_texts()})
    return st.lists(incremental, min_size=1, max_size=5) | st.lists(full, min_size=1, max_size=1)


def settings_values() -> st.SearchStrategy[JSON]:
    def wrong_type(default: Any) -> st.SearchStrategy[Any]:
        if isinstance(default, str):
            return st.integers() | st.lists(st.text(max_size=3), max_size=2)
        return st.text(max_size=10) | st.lists(st.integers(), max_size=2) | st.none()

    wrong = {
        snake_to_camel(f.name): wrong_type(f.default)
        for f in dataclasses.fields(ServerConfig)
        if snake_to_camel(f.name) not in SAFE_SETTINGS
    }
    keyed = {**SAFE_SETTINGS, **wrong}
    known = st.sampled_from(sorted(keyed)).flatmap(lambda key: keyed[key].map(lambda value: {key: value}))
    unknown = st.dictionaries(st.text(max_size=12), json_values, max_size=2)
    settings = st.lists(known | unknown, max_size=4).map(lambda parts: {k: v for p in parts for k, v in p.items()})
    return st.one_of(
        st.none(),
        settings.map(lambda s: {"flutr": s}),
        settings,
        json_values,
    )


def notification_payloads(targets: FuzzTargets) -> dict[str, st.SearchStrategy[JSON]]:
    open_params = st.fixed_dictionaries(
        {
            "textDocument": st.fixed_dictionaries(
                {
                    "uri": uris(targets),
                    "languageId": st.just("dart"),
                    "version": st.integers(0, 2**31 - 1),
                    "text": document_texts(),
                }
            )
        }
    )
    return {
        "didOpen": notification("textDocument/didOpen", open_params),
        "didChange": notification(
            "textDocument/didChange",
            st.fixed_dictionaries({"textDocument": versioned_id(targets), "contentChanges": content_changes()}),
        ),
        "didClose": notification(
            "textDocument/didClose", st.fixed_dictionaries({"textDocument": document_id(targets)})
        ),
        "didSave": notification("textDocument/didSave", st.fixed_dictionaries({"textDocument": document_id(targets)})),
        "didChangeConfiguration": notification(
            "workspace/didChangeConfiguration", st.fixed_dictionaries({"settings": settings_values()})
        ),
        "cancelRequest": notification(
            "$/cancelRequest", st.fixed_dictionaries({"id": st.integers(0, 20_000) | st.text(max_size=5)})
        ),
        "setTrace": notification(
            "$/setTrace", st.fixed_dictionaries({"value": st.sampled_from(["off", "messages", "verbose"])})
        ),
        "progressCancel": notification(
            "window/workDoneProgress/cancel",
            st.fixed_dictionaries({"token": st.from_regex(r"flutr-[0-9]{1,3}", fullmatch=True) | st.integers()}),
        ),
        "initialized": notification("initialized", st.just({})),
    }


# -- the message categories ------------------------------------------------------------------------------------
def _request(category: str, method: str, params: Any, string_id: bool, ascii_only: bool = False) -> FuzzMessage:
    return FuzzMessage(
        category,
        {"jsonrpc": "2.0", "method": method, "params": params},
        request=True,
        string_id=string_id,
        expects_answer=True,
        ascii_only=ascii_only,
    )


def valid_requests(targets: FuzzTargets) -> st.SearchStrategy[FuzzMessage]:
    params = valid_request_params(targets)
    weighted_methods = (
        ["textDocument/codeAction"] * 5
        + ["codeAction/resolve"] * 2
        + ["textDocument/completion"] * 2
        + ["textDocument/inlineCompletion", "workspace/executeCommand", "workspace/executeCommand"]
    )

    def build(method: str) -> st.SearchStrategy[FuzzMessage]:
        return st.builds(lambda p, s: _request("valid-request", method, p, s), params[method], st.booleans())

    unregistered = st.builds(
        lambda m, p, s: _request("unregistered-lsp-method", m, p, s),
        st.sampled_from(UNREGISTERED_METHODS),
        position_params(targets),
        st.booleans(),
    )
    return weighted(((12, st.sampled_from(weighted_methods).flatmap(build)), (1, unregistered)))


def unknown_methods() -> st.SearchStrategy[FuzzMessage]:
    names = st.text(max_size=30) | st.builds(lambda s: "$/" + s, st.text(max_size=10))
    names = names.filter(lambda n: n not in KNOWN_METHODS)
    request = st.builds(lambda m, p, s: _request("unknown-method", m, p, s), names, json_values, st.booleans())
    note = st.builds(
        lambda m, p: FuzzMessage("unknown-notification", {"jsonrpc": "2.0", "method": m, "params": p}),
        names,
        json_values,
    )
    return request | note


def wrong_types(targets: FuzzTargets) -> st.SearchStrategy[FuzzMessage]:
    requests = valid_request_params(targets)
    notes = notification_payloads(targets)
    mutated_request = st.sampled_from(sorted(requests)).flatmap(
        lambda m: st.builds(
            lambda p, i, v, s: _request("wrong-types", m, mutate(p, i, v), s),
            requests[m],
            st.integers(0, 10_000),
            json_scalars,
            st.booleans(),
        )
    )
    random_params = st.builds(
        lambda m, p, s: _request("wrong-types", m, p, s),
        st.sampled_from(sorted(requests)),
        json_scalars | st.lists(json_values, max_size=3),
        st.booleans(),
    )
    mutated_note = st.sampled_from(sorted(set(notes) - {"initialized"})).flatmap(
        lambda name: st.builds(
            lambda message, i, v: FuzzMessage(
                "wrong-types-notification", {**message, "params": mutate(message["params"], i, v)}
            ),
            notes[name],
            st.integers(0, 10_000),
            json_scalars,
        )
    )
    return mutated_request | mutated_request | random_params | mutated_note


def notifications(targets: FuzzTargets) -> st.SearchStrategy[FuzzMessage]:
    notes = notification_payloads(targets)
    weights = {
        "didOpen": 6,
        "didChange": 17,
        "didClose": 2,
        "didSave": 1,
        "didChangeConfiguration": 3,
        "cancelRequest": 3,
        "setTrace": 1,
        "progressCancel": 1,
    }
    names = [name for name, weight in weights.items() for _ in range(weight)]

    def build(name: str) -> st.SearchStrategy[FuzzMessage]:
        category = "incremental-change" if name == "didChange" else "notification"
        return notes[name].map(lambda payload: FuzzMessage(category, payload))

    return st.sampled_from(names).flatmap(build)


def reload_notification(targets: FuzzTargets) -> st.SearchStrategy[FuzzMessage]:
    """A repeated ``initialized``: the server reloads its model while requests may be queued."""
    return notification_payloads(targets)["initialized"].map(lambda p: FuzzMessage("repeated-initialized", p))


def malformed_json(targets: FuzzTargets) -> st.SearchStrategy[FuzzMessage]:
    valid = code_action_params(targets).map(
        lambda p: encode({"jsonrpc": "2.0", "id": 0, "method": "textDocument/codeAction", "params": p})
    )
    truncated = st.builds(lambda body, cut: body[: cut % max(1, len(body))], valid, st.integers(0, 10_000))
    trailing = st.builds(lambda body, junk: body + junk, valid, st.sampled_from([b"}", b",", b" garbage", b"\x00"]))
    not_object = (st.lists(json_values, max_size=3) | json_scalars).map(lambda v: encode(v))
    bad_version = st.builds(
        lambda version, p: encode({"jsonrpc": version, "id": 0, "method": "textDocument/codeAction", "params": p}),
        st.sampled_from(["1.0", 2.0, None, "", "2.0 "]),
        code_action_params(targets),
    )
    no_version = code_action_params(targets).map(
        lambda p: encode({"id": 0, "method": "textDocument/codeAction", "params": p})
    )
    batch = st.lists(valid.map(json.loads), min_size=1, max_size=3).map(lambda v: encode(v))
    deep = st.integers(10, 50_000).map(lambda n: b"[" * n + b"]" * n)
    bad_ids = st.builds(
        lambda i: encode({"jsonrpc": "2.0", "id": i, "method": "workspace/executeCommand", "params": {"command": "x"}}),
        st.sampled_from([None, 1.5, [1], {"a": 1}, True]),
    )
    raw = st.one_of(
        st.binary(max_size=200),
        truncated,
        trailing,
        not_object,
        bad_version,
        no_version,
        batch,
        bad_ids,
        deep,
    )
    return raw.map(lambda body: FuzzMessage("malformed-json", raw=body))


def invalid_utf8(targets: FuzzTargets) -> st.SearchStrategy[FuzzMessage]:
    def splice(payload: JSON, bad: bytes) -> bytes:
        return encode(payload).replace(b"@@BAD@@", bad, 1)

    payloads = st.one_of(
        st.builds(
            lambda uri, text: {
                "jsonrpc": "2.0",
                "method": "textDocument/didOpen",
                "params": {"textDocument": {"uri": uri, "languageId": "dart", "version": 1, "text": text}},
            },
            uris(targets),
            st.sampled_from(TURKISH_COMMENTS).map(lambda c: c[:10] + "@@BAD@@" + c[10:]),
        ),
        st.builds(
            lambda p: {"jsonrpc": "2.0", "id": 0, "method": "codeAction/resolve", "params": p},
            st.just({"title": "x@@BAD@@", "data": None}),
        ),
        st.just({"jsonrpc": "2.0", "method": "text@@BAD@@Document/didOpen", "params": {}}),
    )
    return st.builds(splice, payloads, st.sampled_from(INVALID_UTF8)).map(
        lambda body: FuzzMessage("invalid-utf8", raw=body)
    )


def surrogate_messages(targets: FuzzTargets) -> st.SearchStrategy[FuzzMessage]:
    """Lone surrogates as ``\\udXXX`` escapes: valid UTF-8 and valid JSON, but not encodable text."""
    did_open = st.builds(
        lambda uri, text: FuzzMessage(
            "surrogates",
            {
                "jsonrpc": "2.0",
                "method": "textDocument/didOpen",
                "params": {"textDocument": {"uri": uri, "languageId": "dart", "version": 1, "text": text}},
            },
            ascii_only=True,
        ),
        st.sampled_from(targets.open_uris),
        surrogate_text(),
    )
    resolve = st.builds(
        lambda c, bad, s: _request(
            "surrogates",
            "codeAction/resolve",
            {"title": "t" + bad, "data": {"uri": c[0], "line": c[1], "text": c[2] + bad}},
            s,
            True,
        ),
        st.sampled_from(targets.comments),
        surrogates,
        st.booleans(),
    )
    command = st.builds(
        lambda bad, s: _request("surrogates", "workspace/executeCommand", {"command": "flutr." + bad}, s, True),
        surrogates,
        st.booleans(),
    )
    return did_open | resolve | command


def huge_messages(targets: FuzzTargets) -> st.SearchStrategy[FuzzMessage]:
    big_open = st.integers(0, 1000).map(
        lambda seed: FuzzMessage(
            "5mb-document",
            {
                "jsonrpc": "2.0",
                "method": "textDocument/didOpen",
                "params": {
                    "textDocument": {
                        "uri": targets.big_uri,
                        "languageId": "dart",
                        "version": seed,
                        "text": big_document(seed),
                    }
                },
            },
        )
    )
    long_line_change = st.builds(
        lambda uri, size, at: FuzzMessage(
            "huge-line",
            {
                "jsonrpc": "2.0",
                "method": "textDocument/didChange",
                "params": {
                    "textDocument": {"uri": uri, "version": size},
                    "contentChanges": [{"range": {"start": at, "end": at}, "text": huge_line(size) + "\n"}],
                },
            },
        ),
        st.sampled_from(targets.open_uris),
        st.integers(100_000, 2_000_000),
        positions,
    )
    big_actions = st.builds(
        lambda line, s: _request(
            "5mb-document",
            "textDocument/codeAction",
            {
                "textDocument": {"uri": targets.big_uri},
                "range": {"start": {"line": line, "character": 0}, "end": {"line": line, "character": 0}},
                "context": {"diagnostics": []},
            },
            s,
        ),
        st.sampled_from([0, 1000, BIG_DOCUMENT_LINES - 1, BIG_DOCUMENT_LINES, BIG_DOCUMENT_LINES + 1]),
        st.booleans(),
    )
    return big_open | long_line_change | big_actions | big_actions


def fuzz_messages(targets: FuzzTargets) -> st.SearchStrategy[FuzzMessage]:
    """The whole mix, weighted (per 1,000 messages about): 390 valid requests, 330 notifications (half of them
    incremental changes), 40 unknown methods, 130 wrong types, 60 malformed JSON, 20 invalid UTF-8,
    15 surrogates, 10 huge, 1 repeated ``initialized``."""
    parts: Sequence[tuple[int, st.SearchStrategy[FuzzMessage]]] = (
        (390, valid_requests(targets)),
        (330, notifications(targets)),
        (40, unknown_methods()),
        (130, wrong_types(targets)),
        (60, malformed_json(targets)),
        (20, invalid_utf8(targets)),
        (15, surrogate_messages(targets)),
        (10, huge_messages(targets)),
        (1, reload_notification(targets)),
    )
    return weighted(parts)


def weighted(parts: Sequence[tuple[int, st.SearchStrategy[Any]]]) -> st.SearchStrategy[Any]:
    """Pick a part with probability roughly proportional to its weight; it shrinks towards the first part.

    (``st.sampled_from`` or a small ``st.integers`` range would pick the first part far more often.)"""
    slots = [index for index, (weight, _) in enumerate(parts) for _ in range(weight)]
    return st.integers(0, 2**32 - 1).flatmap(lambda n: parts[slots[n % len(slots)]][1])


# -- mutation ---------------------------------------------------------------------------------------------------
KNOWN_METHODS = frozenset(
    {
        "initialize",
        "initialized",
        "shutdown",
        "exit",
        "textDocument/codeAction",
        "codeAction/resolve",
        "textDocument/completion",
        "textDocument/inlineCompletion",
        "workspace/executeCommand",
        "textDocument/didOpen",
        "textDocument/didChange",
        "textDocument/didClose",
        "textDocument/didSave",
        "workspace/didChangeConfiguration",
        "$/cancelRequest",
        "$/setTrace",
        "window/workDoneProgress/cancel",
        *UNREGISTERED_METHODS,
    }
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path into ``value`` (containers and leaves), the value itself first."""
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found.extend(_paths(item, (*prefix, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(_paths(item, (*prefix, index)))
    return found


def _other_type(original: Any, replacement: Any) -> Any:
    """``replacement`` unless it has the JSON type of ``original``; then a value of another type."""
    if type(replacement) is not type(original):
        return replacement
    swaps: dict[type, Callable[[Any], Any]] = {
        int: str,
        str: lambda s: len(s),
        bool: lambda b: "true" if b else 0,
        float: str,
        type(None): lambda _n: 0,
    }
    return swaps.get(type(original), lambda _v: None)(original)


def mutate(params: Any, index: int, replacement: Any) -> Any:
    """``params`` with one part (chosen by ``index``) replaced by a value of another type, or removed."""
    params = json.loads(json.dumps(params))
    paths = _paths(params)
    path = paths[index % len(paths)]
    if not path:
        return _other_type(params, replacement)
    parent = params
    for step in path[:-1]:
        parent = parent[step]
    if index % 5 == 0 and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = _other_type(parent[path[-1]], replacement)
    return params
