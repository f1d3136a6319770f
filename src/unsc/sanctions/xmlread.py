"""Reading a list's XML: one safe parser for every XML reader, and tags by their local names.

The UN, OFAC, EU and UK readers parse with the same settings (no entity expansion, no
network access, large documents allowed) and report a malformed document the same way: a
:class:`~unsc.errors.ParseError` naming the file and the line. Copies of the lists are
sometimes republished in a namespace; :func:`local_name` reads a tag without it, and
:func:`children` and :func:`descendants` find elements by it. A list too large to hold as
one tree (OFAC's advanced XML, 100 MB and more) is read element by element
(:func:`stream_xml`), each let go once read (:func:`release`).
"""

from __future__ import annotations

import io
from collections.abc import Collection, Iterator
from typing import Any

from lxml import etree

from unsc.errors import ParseError

__all__ = [
    "children",
    "date_number",
    "descendants",
    "local_name",
    "parse_xml",
    "release",
    "stream_xml",
]

_HINT = "the file is not well-formed XML; was the download cut short?"


_SAFE: dict[str, Any] = {"resolve_entities": False, "no_network": True, "huge_tree": True}


def _malformed(exc: etree.XMLSyntaxError, label: str) -> ParseError:
    return ParseError(f"malformed XML: {exc.msg}", path=label, line=exc.lineno or None, hint=_HINT)


def _wrong_root(found: Any, root: str, label: str) -> ParseError:
    return ParseError(
        f"root element is <{local_name(found)}>, expected <{root}>",
        path=label,
        line=found.sourceline,
    )


def parse_xml(data: bytes, label: str, root: str | None = None) -> Any:
    """The root element of an XML list; :class:`ParseError` naming ``label`` and the line if
    the document is not well-formed, or if its root is not ``root`` (a local name) when
    given."""
    try:
        found = etree.fromstring(data, etree.XMLParser(**_SAFE))
    except etree.XMLSyntaxError as exc:
        raise _malformed(exc, label) from None
    if root is not None and local_name(found) != root:
        raise _wrong_root(found, root, label)
    return found


def stream_xml(data: bytes, label: str, root: str, names: Collection[str]) -> Iterator[Any]:
    """The elements of an XML list whose local names are ``names``, each when the parser has
    read it whole, in document order; the caller lets each go once read (:func:`release`),
    so the document is never whole in memory. :class:`ParseError` as :func:`parse_xml`."""
    try:
        _, first = next(etree.iterparse(io.BytesIO(data), events=("start",), **_SAFE))
        if local_name(first) != root:
            raise _wrong_root(first, root, label)
        for _, el in etree.iterparse(io.BytesIO(data), events=("end",), **_SAFE):
            if local_name(el) in names:
                yield el
    except etree.XMLSyntaxError as exc:  # an empty file too: "no element found"
        raise _malformed(exc, label) from None


def release(el: Any) -> None:
    """Let an element read from :func:`stream_xml` go, with the siblings read before it."""
    el.clear()
    parent = el.getparent()
    if parent is not None:
        while el.getprevious() is not None:
            del parent[0]


def local_name(el: Any) -> str:
    """An element's tag without its namespace; "" for a comment or a processing instruction."""
    tag = el.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def children(el: Any, name: str) -> list[Any]:
    """The child elements of ``el`` with local name ``name``."""
    return [c for c in el if local_name(c) == name]


def descendants(el: Any, name: str) -> list[Any]:
    """Every element below ``el`` with local name ``name``."""
    return [d for d in el.iter() if d is not el and local_name(d) == name]


def date_number(text: str | None) -> int | None:
    """A year, month or day as a list's XML writes it: ASCII digits, at most four; None for
    anything else ("²", which str.isdigit() takes and int() refuses, or a year of thousands
    of digits)."""
    text = (text or "").strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 4 else None
