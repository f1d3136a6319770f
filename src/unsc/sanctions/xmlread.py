"""Reading a list's XML: one safe parser for every XML reader, and tags by their local names.

The UN, OFAC, EU and UK readers parse with the same settings (no entity expansion, no
network access, large documents allowed) and report a malformed document the same way: a
:class:`~unsc.errors.ParseError` naming the file and the line. Copies of the lists are
sometimes republished in a namespace; :func:`local_name` reads a tag without it, and
:func:`children` and :func:`descendants` find elements by it.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from unsc.errors import ParseError

__all__ = ["children", "descendants", "local_name", "parse_xml"]

_HINT = "the file is not well-formed XML; was the download cut short?"


def parse_xml(data: bytes, label: str, root: str | None = None) -> Any:
    """The root element of an XML list; :class:`ParseError` naming ``label`` and the line if
    the document is not well-formed, or if its root is not ``root`` (a local name) when
    given."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        found = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ParseError(
            f"malformed XML: {exc.msg}", path=label, line=exc.lineno or None, hint=_HINT
        ) from None
    if root is not None and local_name(found) != root:
        raise ParseError(
            f"root element is <{local_name(found)}>, expected <{root}>",
            path=label,
            line=found.sourceline,
        )
    return found


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
