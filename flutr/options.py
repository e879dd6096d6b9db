"""Config dataclasses as settings and command-line options: one place that turns a field (its default, its
``metadata`` ``help``, ``min``, ``max``, ``choices``) into a click option or checks a camelCase setting against it.
Used by ``flutr-lsp``, ``flutr-bench`` and the server's ``initializationOptions``."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import Any

import click


def camel_to_snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def snake_to_camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def config_field(config: type, name: str) -> dataclasses.Field[Any]:
    for f in dataclasses.fields(config):
        if f.name == name:
            return f
    raise KeyError(f"{config.__name__} has no field {name!r}")


def field_help(config: type, name: str) -> str:
    """The help text of a config field (the dataclass is the one source of CLI help)."""
    return str(config_field(config, name).metadata.get("help", ""))


def coerce(f: dataclasses.Field[Any], value: Any) -> Any:
    """``value`` (JSON, from a client) as the type of ``f``'s default, within its ``min``/``max``/``choices``;
    ``ValueError`` with a bilingual reason otherwise."""
    kind = type(f.default)
    if kind is bool:
        if isinstance(value, bool):
            return value
        raise ValueError("true/false bekleniyor (expected a boolean)")
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int | float) or int(value) != value:
            raise ValueError("tam sayı bekleniyor (expected an integer)")
        value = int(value)
    elif kind is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError("sayı bekleniyor (expected a number)")
        value = float(value)
    elif kind is str:
        if value is None:
            return ""
        if not isinstance(value, str):
            raise ValueError("metin bekleniyor (expected a string)")
        choices = f.metadata.get("choices")
        if choices and value not in choices:
            raise ValueError(f"şunlardan biri olmalı (one of): {', '.join(choices)}")
        return value
    low, high = f.metadata.get("min"), f.metadata.get("max")
    if (low is not None and value < low) or (high is not None and value > high):
        raise ValueError(f"{low}..{high} aralığında olmalı (must be within {low}..{high})")
    return value


def click_option(config: type, name: str, *decls: str, **overrides: Any) -> Callable[[Any], Any]:
    """A click option for field ``name`` of ``config``: ``--kebab-name`` (``--x/--no-x`` for a bool), its type and
    range from the default and metadata (``min=``/``max=`` override the metadata's), its default and help.
    Other ``overrides`` go to ``click.option`` as they are (``default=None`` for "not given")."""
    f = config_field(config, name)
    flag = "--" + name.replace("_", "-")
    low = overrides.pop("min", f.metadata.get("min"))
    high = overrides.pop("max", f.metadata.get("max"))
    kind = type(f.default)
    options: dict[str, Any] = {"help": f.metadata.get("help", ""), "show_default": True}
    if f.default is not dataclasses.MISSING:
        options["default"] = f.default
    if kind is bool:
        decls = decls or (f"{flag}/--no-{flag[2:]}",)
    elif f.metadata.get("choices"):
        options["type"] = click.Choice(list(f.metadata["choices"]))
    elif kind is int:
        options["type"] = click.IntRange(low, high)
    elif kind is float:
        options["type"] = click.FloatRange(low, high)
    options.update(overrides)
    return click.option(*(decls or (flag,)), name, **options)
