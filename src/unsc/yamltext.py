"""Reading the YAML files users write (ballots, games, scenarios, bodies, draft headers).

One reading serves them all, so a mistake reads the same wherever it is made: the file, the
line PyYAML points at, and its complaint in one line ("not valid YAML: expected ',' or
']', but got '<stream end>'"), never PyYAML's multi-line dump.
"""

from __future__ import annotations

import sys
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
        except AttributeError:  # !!timestamp foo: not a date's shape at all
            raise yaml.constructor.ConstructorError(
                None, None, f"{node.value!r} is not a date", node.start_mark
            ) from None


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)


def parse_yaml(text: str | bytes, source: str | None = None, *, first_line: int = 1) -> Any:
    """The document in ``text`` (``None`` when empty), read safely (plain data only); a
    :class:`ParseError` naming ``source`` and the line when it is not valid YAML.
    ``first_line``: the line of the file on which ``text`` begins (a header after a ``---``
    line begins on line 2)."""
    try:
        document = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        context = getattr(exc, "context", None)
        raise ParseError(
            f"not valid YAML: {problem}" + (f" ({context})" if context else ""),
            path=source,
            line=None if mark is None else mark.line + first_line,
        ) from None
    except (ValueError, TypeError, OverflowError) as exc:  # a tagged value: !!int abc, or
        # an integer of more digits than Python converts
        reason = str(exc).splitlines()[0][:200]
        if "digits" in reason:
            reason = f"a number of more than {sys.get_int_max_str_digits()} digits"
        raise ParseError(
            f"not valid YAML: a value cannot be read ({reason})",
            path=source,
            hint="write plain values, without !! tags",
        ) from None
    _refuse_aliases(document, source)
    return document


def _refuse_aliases(document: Any, source: str | None) -> None:
    """A :class:`ParseError` when a list or mapping appears twice in ``document``: an alias
    (``*name`` of an ``&name``), which none of the files needs. A few lines of nested
    aliases stand for gigabytes once written out ("billion laughs"), and one inside its
    own anchor for a structure without end."""
    seen: set[int] = set()
    stack = [document]
    while stack:
        node = stack.pop()
        if not isinstance(node, dict | list):
            continue
        if id(node) in seen:
            raise ParseError(
                "not valid YAML here: an alias (*name) repeats a part of the file",
                path=source,
                hint="write each value out; anchors and aliases are not read",
            )
        seen.add(id(node))
        stack.extend(node.values() if isinstance(node, dict) else node)


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
