"""Access to the data shipped inside the package (``unsc/data/``).

Files are stored compressed (``.gz``) and read through :mod:`importlib.resources`, so the
package works from a wheel, an editable install or a zip. Callers name a file without its
compression suffix: ``open_text("council/membership.csv")`` finds ``membership.csv.gz``.
"""

from __future__ import annotations

import gzip
import io
import json
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any, TextIO

from unsc.errors import NotFound
from unsc.yamltext import parse_yaml

_ROOT = "unsc.data"


def _find(name: str) -> tuple[Traversable, bool]:
    base = resources.files(_ROOT)
    for candidate, compressed in ((name + ".gz", True), (name, False)):
        node = base.joinpath(*candidate.split("/"))
        if node.is_file():
            return node, compressed
    raise NotFound(f"shipped data file {name!r} is missing", hint="reinstall the package")


def read_bytes(name: str) -> bytes:
    """The uncompressed bytes of a shipped data file."""
    node, compressed = _find(name)
    raw = node.read_bytes()
    return gzip.decompress(raw) if compressed else raw


def open_text(name: str) -> TextIO:
    """A text stream (UTF-8) over a shipped data file."""
    return io.StringIO(read_bytes(name).decode("utf-8"))


@cache
def load_json(name: str) -> Any:
    """A shipped JSON file, parsed once and cached: treat the result as read-only."""
    return json.loads(read_bytes(name))


@cache
def load_yaml(name: str) -> Any:
    """A shipped YAML file, parsed once and cached: treat the result as read-only."""
    return parse_yaml(read_bytes(name), name)


def exists(name: str) -> bool:
    """Whether a shipped data file (compressed or not) is present."""
    try:
        _find(name)
    except NotFound:
        return False
    return True


def names(folder: str, suffix: str) -> list[str]:
    """The shipped files under ``folder`` ending in ``suffix`` (compressed or not), sorted.

    Names are relative to ``folder`` and lose the suffix: ``names("drafts", ".md")`` gives
    ``["2006-07/v1", ...]``.
    """
    found: list[str] = []

    def walk(node: Traversable, prefix: str) -> None:
        for child in node.iterdir():
            if child.is_dir():
                walk(child, f"{prefix}{child.name}/")
                continue
            stem = child.name.removesuffix(".gz")
            if stem.endswith(suffix):
                found.append(prefix + stem.removesuffix(suffix))

    base = resources.files(_ROOT).joinpath(*folder.split("/"))
    if base.is_dir():
        walk(base, "")
    return sorted(found)
