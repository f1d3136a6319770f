"""Reading the YAML files users write (ballots, games, scenarios, bodies, draft headers).

One reading serves them all, so a mistake reads the same wherever it is made: the file, the
line PyYAML points at, and its complaint in one line ("not valid YAML: expected ',' or
']', but got '<stream end>'"), never PyYAML's multi-line dump.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from unsc.errors import ParseError

# libyaml's C parser when PyYAML was built with it (the wheels are): about ten times faster
# than the pure-Python one on the vocabulary and regime tables read at start-up.
_BASE: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BASE):  # type: ignore[misc]
    """The safe loader, with a date out of range (``2006-13-45``) a YAML error at its line."""

    def construct_yaml_timestamp(self, node: Any) -> Any:
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError as exc:
            raise yaml.constructor.ConstructorError(
                None, None, f"{node.value!r} is not a date ({exc})", node.start_mark
            ) from None


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)


def parse_yaml(text: str | bytes, source: str | None = None, *, first_line: int = 1) -> Any:
    """The document in ``text`` (``None`` when empty), read safely (plain data only); a
    :class:`ParseError` naming ``source`` and the line when it is not valid YAML.
    ``first_line``: the line of the file on which ``text`` begins (a header after a ``---``
    line begins on line 2)."""
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        context = getattr(exc, "context", None)
        raise ParseError(
            f"not valid YAML: {problem}" + (f" ({context})" if context else ""),
            path=source,
            line=None if mark is None else mark.line + first_line,
        ) from None


def read_yaml(path: str | Path, what: str) -> Any:
    """The YAML document of the file ``path``; a :class:`ParseError` naming the file when it
    cannot be read or is not valid YAML. ``what``: what the file should hold ("the ballot")."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ParseError(f"cannot read {what}: {exc.strerror}", path=str(path)) from None
    except UnicodeDecodeError as exc:
        raise ParseError(
            f"cannot read {what}: not UTF-8 text (byte {exc.start})",
            path=str(path),
            hint="save the file as UTF-8",
        ) from None
    return parse_yaml(text, str(path))


def yaml_list(value: Any, field: str, source: str | None = None) -> list[Any]:
    """``value`` as a list: ``[]`` when absent, ``[value]`` for one string; a
    :class:`ParseError` naming ``source`` and ``field`` for anything else."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple):
        return list(value)
    raise ParseError(f"{field}: expected a list, got {value!r}", path=source, field=field)
