"""Printing results: one JSON object for machines (``--json``), Rich tables for people."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
from collections.abc import Mapping
from fractions import Fraction
from pathlib import Path
from typing import Any

from rich.console import Console

console = Console(highlight=False)


def to_jsonable(value: Any) -> Any:
    """Convert dataclasses, dates, enums, fractions, sets and paths into JSON-ready values."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Fraction):
        return f"{value.numerator}/{value.denominator}"
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return to_jsonable(value.value)
    if isinstance(value, Path):
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if hasattr(value, "to_dict"):
        return to_jsonable(value.to_dict())
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = [to_jsonable(v) for v in value]
        return sorted(items, key=str) if isinstance(value, set | frozenset) else items
    raise TypeError(f"cannot turn {type(value).__name__} into JSON")


def print_json(value: Any) -> None:
    """Print ``value`` as one JSON document on stdout (UTF-8, not ASCII-escaped)."""
    typer_echo(json.dumps(to_jsonable(value), ensure_ascii=False, indent=2))


def typer_echo(text: str) -> None:
    # print() rather than rich: JSON must reach stdout byte for byte, without wrapping.
    print(text, flush=True)
