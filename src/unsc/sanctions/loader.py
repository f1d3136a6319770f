"""Loading a list: by dataset name (the shipped lists) or from a file of any supported format.

The format is detected from the content, not the file name: the UN Consolidated List XML
(``<CONSOLIDATED_LIST>``), OFAC's ``sdnList`` XML and its advanced XML (``<Sanctions>``:
SDN_ADVANCED.XML, CONS_ADVANCED.XML), OFAC's legacy SDN.CSV, the EU's
consolidated financial sanctions list XML (``<export>``), the UK Sanctions List XML
(``<Designations>``),
FollowTheMoney entities as JSON lines (OpenSanctions' datasets, this tool's FtM export), or
a CSV with a header and a name column (a watch list, OpenSanctions' ``targets.simple.csv``).
Gzipped files are read transparently.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from unsc import datafiles
from unsc.errors import InvalidInput, NotFound, ParseError
from unsc.sanctions.eu_xml import DATASET as EU_DATASET
from unsc.sanctions.eu_xml import ROOT as EU_ROOT
from unsc.sanctions.ftm_json import DEFAULT_DATASET as FTM_DATASET
from unsc.sanctions.ftm_json import looks_like_ftm
from unsc.sanctions.listfile import gunzip, read_list_file
from unsc.sanctions.ofac_advanced import ROOT as OFAC_ADVANCED_ROOT
from unsc.sanctions.simple_csv import DEFAULT_DATASET as CSV_DATASET
from unsc.sanctions.simple_csv import looks_like_list_csv
from unsc.sanctions.snapshot import ListSnapshot
from unsc.sanctions.uk_xml import DATASET as UK_DATASET
from unsc.sanctions.uk_xml import ROOT as UK_ROOT

if TYPE_CHECKING:
    from unsc.sanctions.store import Store

# dataset name -> the shipped file (newest first where a dataset has several versions)
SHIPPED: dict[str, tuple[str, ...]] = {
    "un_sc": (
        "sanctions/un_sc_2026-05-08.xml",
        "sanctions/un_sc_2026-01-28.xml",
        "sanctions/un_sc_2025-12-09.xml",
    ),
    "ofac_sdn": ("sanctions/ofac_sdn_2024-05-03.csv",),
    "ofac_cons": ("sanctions/ofac_cons_2026-01-08.xml",),
}
SOURCES = {
    "un": "un_sc",
    "ofac": "ofac_sdn",
    "ofac_xml": "ofac_cons",
    "ofac_advanced": "ofac_sdn",  # or ofac_cons: read from the entries' list
    "eu": EU_DATASET,
    "uk": UK_DATASET,
    "ftm": FTM_DATASET,
    "csv": CSV_DATASET,
}
_ROOT_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s>/]")
_CSV_ROW = re.compile(rb'^\d+,"')
# what may come before the root: declarations, comments, a doctype with its inline DTD (read
# in the first PROLOG_BYTES: a DTD runs to a few kilobytes)
PROLOG_BYTES = 1 << 16
_PROLOG = re.compile(rb"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(?:\[.*?\]\s*)?>", re.S)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_cache: dict[str, ListSnapshot] = {}
_lock = threading.Lock()


def _after_prolog(head: bytes) -> bytes:
    """``head`` from its root element on: the declarations, comments and doctype before it
    taken off one by one from the start (a search for them through the whole head went
    quadratic on a head of unclosed ``<?``: 15 s on 64 KB)."""
    body = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    while (m := _PROLOG.match(body)) is not None:
        body = body[m.end() :].lstrip()
    return body


def detect_format(data: bytes, *, label: str | None = None) -> str:
    """``"un"`` (UN XML), ``"ofac_xml"`` (sdnList XML), ``"ofac_advanced"`` (OFAC's advanced
    XML), ``"eu"`` (the EU's XML), ``"uk"`` (the UK's), ``"ofac"`` (SDN.CSV), ``"ftm"``
    (FollowTheMoney JSON lines) or ``"csv"`` (a CSV list with a header); a
    :class:`ParseError` naming the file ``label`` when it is none of them."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head:
        raise ParseError("the file is empty", path=label, hint="expected a sanctions list")
    if data[:2] in _UTF16_BOMS:
        raise ParseError("the file is UTF-16 text", path=label, hint="save it as UTF-8")
    if looks_like_ftm(data):
        return "ftm"
    if head.startswith(b"<"):
        m = _ROOT_TAG.match(_after_prolog(data[:PROLOG_BYTES]))
        root = m[1].decode() if m else ""
        if root == "CONSOLIDATED_LIST":
            return "un"
        if root == "sdnList":
            return "ofac_xml"
        if root == OFAC_ADVANCED_ROOT:
            return "ofac_advanced"
        if root == EU_ROOT:
            return "eu"
        if root == UK_ROOT or b"<Designation>" in head:  # another root, the same records
            return "uk"
        raise ParseError(
            f"XML with root <{root or '?'}> is not a list this tool reads",
            path=label,
            hint=(
                "expected the UN Consolidated List (<CONSOLIDATED_LIST>), OFAC's <sdnList> or "
                "its advanced XML (<Sanctions>), "
                "the EU's consolidated list (<export>) or the UK Sanctions List (<Designations>)"
            ),
        )
    if _CSV_ROW.match(head):
        return "ofac"
    if looks_like_list_csv(data):
        return "csv"
    raise ParseError(
        "unrecognised list format",
        path=label,
        hint=(
            "expected UN XML, OFAC sdnList or advanced XML, the EU's or the UK's XML, OFAC "
            "SDN.CSV (no header, 12 columns), FollowTheMoney JSON lines or a CSV whose header "
            "has a name column"
        ),
    )


def parse_bytes(
    data: bytes,
    *,
    label: str = "<bytes>",
    source: str | None = None,
    dataset: str | None = None,
    beside: Path | None = None,
) -> ListSnapshot:
    """Parse list bytes; ``source`` (a key of :data:`SOURCES`) overrides detection.

    ``beside`` is the file the bytes came from: an SDN.CSV's ALT.CSV and ADD.CSV are looked
    for in its folder.
    """
    data = gunzip(data, label)
    kind = source or detect_format(data, label=label)
    if kind not in SOURCES:
        raise InvalidInput(
            f"unknown list source {source!r}", field="source", hint=f"use one of {sorted(SOURCES)}"
        )
    if kind == "eu":
        from unsc.sanctions.eu_xml import parse_eu_xml

        return parse_eu_xml(data, dataset=dataset or EU_DATASET, label=label)
    if kind == "ofac_advanced":
        from unsc.sanctions.ofac_advanced import parse_ofac_advanced

        return parse_ofac_advanced(data, dataset=dataset, label=label)
    if kind == "uk":
        from unsc.sanctions.uk_xml import parse_uk_xml

        return parse_uk_xml(data, dataset=dataset or UK_DATASET, label=label)
    if kind == "ftm":
        from unsc.sanctions.ftm_json import parse_ftm_json

        return parse_ftm_json(data, dataset=dataset, label=label)
    if kind == "csv":
        from unsc.sanctions.simple_csv import parse_list_csv

        return parse_list_csv(data, dataset=dataset, label=label)
    name = dataset or SOURCES[kind]
    if kind == "un":
        from unsc.sanctions.un_xml import parse_un_xml

        return parse_un_xml(data, dataset=name, label=label)
    if kind == "ofac_xml":
        from unsc.sanctions.ofac_xml import parse_ofac_xml

        return parse_ofac_xml(data, dataset=name, label=label)
    from unsc.sanctions.ofac_companions import find_companions
    from unsc.sanctions.ofac_csv import parse_ofac_csv

    companions = find_companions(beside) if beside is not None else None
    return parse_ofac_csv(data, dataset=name, label=label, companions=companions)


def read_file(path: Path, *, source: str | None = None) -> ListSnapshot:
    """Parse a list file of any supported format (with OFAC's ALT/ADD.CSV found beside it)."""
    data = read_list_file(path)
    return parse_bytes(data, label=str(path), source=source, beside=Path(path))


def shipped(name: str) -> ListSnapshot:
    """A shipped list file by its data name (e.g. ``sanctions/un_sc_2026-01-28.xml``), cached."""
    with _lock:
        if name not in _cache:
            _cache[name] = parse_bytes(datafiles.read_bytes(name), label=f"shipped:{name}")
        return _cache[name]


ALL_SHIPPED = "all"  # every shipped dataset, as one list to screen against


def list_sources(spec: str) -> list[str]:
    """The lists ``spec`` names, each once and in order: one shipped dataset or file;
    several joined by commas (``"un_sc,ofac_sdn"``); or ``"all"``, every shipped dataset. A
    file whose name has a comma is one list."""
    if spec in SHIPPED or Path(spec).exists():
        return [spec]
    if spec.strip().lower() == ALL_SHIPPED:
        return list(SHIPPED)
    parts = [_shipped_name(part.strip()) for part in spec.split(",")]
    if len(parts) > 1 and all(parts):
        return list(dict.fromkeys(parts))
    return [_shipped_name(spec.strip())]


def _shipped_name(spec: str) -> str:
    """A shipped dataset's name in any case (UN_SC), unless a file has that name."""
    lower = spec.lower()
    return lower if lower in SHIPPED and not Path(spec).exists() else spec


def load_list(source: str | Path = "un_sc") -> ListSnapshot:
    """A dataset name (``"un_sc"``, ``"ofac_sdn"``, ``"ofac_cons"``) or the path of a list file.

    A dataset name gives the newest shipped version, parsed once per process. Treat the
    returned snapshot as read-only: it is shared.
    """
    if isinstance(source, str) and source in SHIPPED:
        return shipped(SHIPPED[source][0])
    path = Path(source)
    if not path.exists():
        found = stored(str(source))
        if found is not None:
            store, version = found
            return store.snapshot(version)
        raise NotFound(
            f"no dataset or file named {str(source)!r}",
            field="source",
            value=str(source),
            hint=f"give a file path, one of the shipped datasets {sorted(SHIPPED)}, or one "
            "imported with `unsc lists import` (`unsc lists versions`)",
        )
    return read_file(path)


def stored(dataset: str) -> tuple[Store, int] | None:
    """The store and its current version of a dataset imported with ``unsc lists import``
    (not a shipped one's name, nor a file's), or None when there is none or no store can be
    read: as the HTTP service serves it, ``--list`` screens it."""
    if not _DATASET_NAME.fullmatch(dataset):
        return None
    from unsc.errors import UnscError
    from unsc.sanctions.store import Store

    try:
        store = Store()
        if dataset not in store.datasets():
            return None
        return store, store.current_version(dataset).version
    except UnscError:
        return None


_DATASET_NAME = re.compile(r"[A-Za-z0-9_.:-]{1,100}")
