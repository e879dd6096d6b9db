"""Server settings: one dataclass, every field defaulted, read from ``initializationOptions`` and from
``workspace/configuration`` (section ``flutr``) with camelCase keys. A bad value is reported and replaced by the
default; it never stops the server."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from flutr.answering import AnswerSettings
from flutr.in_place import PLACEMENTS
from flutr.options import camel_to_snake, coerce, snake_to_camel
from flutr.pipeline import GenerationSettings, ModelSpec
from lsp_server import messages

__all__ = [
    "RELOAD_FIELDS",
    "ServerConfig",
    "camel_to_snake",
    "needs_reload",
    "parse_config",
    "settings_object",
    "snake_to_camel",
]


def _names(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in dataclasses.fields(cls))


# What a settings change needs follows from where its field is declared. ``ModelSpec`` says which model is loaded
# and how; ``GenerationSettings`` are built into the answerer: the fields it hands on as ``answer_settings()``
# apply to the loaded model (``ModelHost.update_settings``), the others (the retrieved examples) are fixed when the
# answerer is built, so they reload it too. The server's own fields are read where they are used.
ANSWER_FIELDS = _names(GenerationSettings) & _names(AnswerSettings)
RELOAD_FIELDS = _names(ModelSpec) | (_names(GenerationSettings) - ANSWER_FIELDS)


@dataclass(frozen=True)
class ServerConfig(ModelSpec, GenerationSettings):
    """The model and generation settings (``flutr.pipeline``, defaults written there) plus the server's own."""

    context_lines: int = field(  # 0: the prompt the model was trained on; file context made answers copy the file
        default=0, metadata={"min": 0, "max": 200, "help": "lines above the comment given to the model"}
    )
    placement: str = field(  # which one, where: benchmarks/results/in-context
        default="auto",
        metadata={
            "choices": PLACEMENTS,
            "help": "how code inside a file is asked for: fim, instruct, standalone; auto = fim inside code",
        },
    )
    hint_diagnostics: bool = field(default=False, metadata={"help": "mark answerable comments with a hint"})
    completion: bool = field(default=True, metadata={"help": "offer the answer as a completion item too"})
    prefetch: bool = field(  # the prompt is most of the wait on a CPU: evaluate it while the user decides
        default=True, metadata={"help": "evaluate the prompt as soon as the code action is listed"}
    )
    prefetch_on_type: bool = field(  # editors without a light bulb list actions only when asked: start earlier
        default=True, metadata={"help": "with prefetch, also start when typing pauses on a request comment"}
    )
    prefetch_answer: bool = field(  # ...and write the answer too: choosing the action later is then instant
        default=True, metadata={"help": "with prefetch, also generate the answer before the action is chosen"}
    )
    cookbook: bool = field(  # a covered task gets its curated answer at once (flutr.cookbook.THRESHOLD)
        default=True, metadata={"help": "also offer the closest training example's answer when it is close enough"}
    )
    max_pending: int = field(default=8, metadata={"min": 1, "max": 256, "help": "queued generations at most"})

    def replace(self, **changes: Any) -> ServerConfig:
        return dataclasses.replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        return {snake_to_camel(k): v for k, v in dataclasses.asdict(self).items()}


def needs_reload(old: ServerConfig, new: ServerConfig) -> bool:
    """Whether going from ``old`` to ``new`` settings needs the model (and the answerer on it) built again."""
    return any(getattr(old, name) != getattr(new, name) for name in RELOAD_FIELDS)


def settings_object(value: Any) -> dict[str, Any] | None:
    """``value`` as a settings object, or None when it is none. Null and ``[]`` are the empty object: Lua cannot
    tell an empty table from an empty list, so a Neovim config's ``{}`` arrives as JSON ``[]``."""
    if value is None or value == []:
        return {}
    return value if isinstance(value, dict) else None


def parse_config(options: Any, base: ServerConfig | None = None) -> tuple[ServerConfig, list[str]]:
    """Apply camelCase ``options`` (or a ``{"flutr": {...}}`` wrapper) on ``base``.

    Returns the new config and one message per rejected key; rejected and unknown keys keep the base value.
    """
    base = base or ServerConfig()
    settings = settings_object(options)
    if settings is not None and "flutr" in settings:  # the section wrapper (didChangeConfiguration, Helix, Neovim)
        options = settings["flutr"]
        settings = settings_object(options)
    if settings is None:
        return base, [messages.settings_not_an_object(type(options).__name__)]
    fields = {f.name: f for f in dataclasses.fields(ServerConfig)}
    changes: dict[str, Any] = {}
    errors: list[str] = []
    for key, value in settings.items():
        name = camel_to_snake(str(key))
        if name not in fields:
            errors.append(messages.unknown_setting(str(key)))
            continue
        try:
            changes[name] = coerce(fields[name], value)
        except ValueError as exc:
            errors.append(messages.bad_setting(str(key), value, exc, getattr(base, name)))
    return base.replace(**changes), errors
