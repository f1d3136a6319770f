"""Printing results: one JSON object for machines (``--json``), Rich tables for people."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import json
from collections.abc import Callable, Mapping
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from unsc.errors import UnscError

if TYPE_CHECKING:
    from rich.progress import Progress, ProgressColumn

F = TypeVar("F", bound=Callable[..., Any])


class _LiveConsole(Console):
    """A Console whose size follows ``COLUMNS``/``LINES`` and the terminal at every print.

    Rich reads ``COLUMNS`` once when a Console is created; a module-level console created
    under one environment (a test runner, a resized terminal) would keep that width forever.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._width = kwargs.get("width")
        self._height = kwargs.get("height")


# emoji off: a name or a CSV header such as "root:x:0" is data, never ":x:" as an emoji
console: Console = _LiveConsole(highlight=False, emoji=False)


def _stderr() -> Console:
    """A console on stderr that prints text as given: no highlighting, emoji or wrapping."""
    return Console(stderr=True, highlight=False, soft_wrap=True, emoji=False)


def progress_bar(*columns: str | ProgressColumn) -> Progress:
    """A transient Rich progress bar on stderr (Rich's default columns when none are given).

    Off when stderr is not a terminal: a log or a pipe gets no bar, and no blank line where
    the bar was before an error message.
    """
    from rich.progress import Progress

    err = _stderr()
    return Progress(*columns, console=err, transient=True, disable=not err.is_terminal)


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


def print_error(exc: UnscError) -> None:
    """Print a library error as one message (and its hint) on stderr, never wrapped."""
    err = _stderr()
    err.print(f"[bold red]error:[/] {escape(exc.message)}")
    if exc.hint:
        err.print(f"[dim]hint:[/] {escape(exc.hint)}")


def print_warning(message: str) -> None:
    """Print a warning on stderr (stdout may be JSON another tool reads)."""
    _stderr().print(f"[bold yellow]warning:[/] {escape(message)}")


def report_errors(func: F) -> F:
    """Decorate a command so a library error becomes a message and its exit code.

    The console script's ``main()`` does the same for the whole app; the decorator makes it
    hold also where the Typer app is called directly (tests, embedding applications).
    """

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except UnscError as exc:
            print_error(exc)
            raise typer.Exit(exc.exit_code) from None

    return wrapper  # type: ignore[return-value]
