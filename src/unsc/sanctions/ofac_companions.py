"""OFAC's companion files to ``SDN.CSV``: ``ALT.CSV`` (aliases) and ``ADD.CSV`` (addresses).

OFAC publishes the legacy SDN list as three files of the same shape (no header, ``-0-`` for
empty, CRLF, a trailing Ctrl-Z). ``SDN.CSV`` alone carries the primary names; most aliases
and every address are in the companions, keyed by ``ent_num``:

- ``ALT.CSV``: ``ent_num, alt_num, alt_type, alt_name, alt_remarks``; ``alt_type`` is
  ``a.k.a.``, ``f.k.a.`` or ``n.k.a.`` (read with or without the dots).
- ``ADD.CSV``: ``ent_num, add_num, address, city_state_postal, country, add_remarks``.

When an ``SDN.CSV`` is read from a folder that also holds them (any letter case), they are
merged in, and the snapshot's hash covers all three, so a change in any file is a new version.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from unsc.errors import ParseError
from unsc.sanctions.countries import country_code
from unsc.sanctions.listfile import csv_rows, read_list_file
from unsc.sanctions.model import Entity, Name, NameKind, Place, Schema
from unsc.sanctions.ofac_remarks import flip_name

ALT_COLUMNS = ("ent_num", "alt_num", "alt_type", "alt_name", "alt_remarks")
ADD_COLUMNS = ("ent_num", "add_num", "address", "city_state_postal", "country", "add_remarks")
_ALT_KINDS = {"aka": NameKind.ALIAS_GOOD, "fka": NameKind.FORMER, "nka": NameKind.ALIAS_GOOD}


@dataclass(frozen=True, slots=True)
class Companions:
    """The raw bytes of the companion files found beside an ``SDN.CSV`` (None if absent)."""

    alt: bytes | None = None
    add: bytes | None = None
    alt_label: str = "ALT.CSV"
    add_label: str = "ADD.CSV"

    def __bool__(self) -> bool:
        return self.alt is not None or self.add is not None

    def fingerprint(self, sdn: bytes) -> bytes:
        """The bytes a snapshot's hash covers: SDN.CSV and, marked, each companion present."""
        out = [sdn]
        for tag, data in ((b"ALT.CSV", self.alt), (b"ADD.CSV", self.add)):
            if data is not None:
                out += [b"\0" + tag + b"\0", data]
        return b"".join(out)


def find_companions(sdn_path: Path) -> Companions:
    """``ALT.CSV`` and ``ADD.CSV`` in the folder of ``sdn_path``, matched without regard to case."""
    folder = Path(sdn_path).parent
    try:
        by_name = {p.name.lower(): p for p in folder.iterdir() if p.is_file()}
    except OSError:
        return Companions()
    found: dict[str, tuple[bytes, str]] = {}
    for key in ("alt", "add"):
        for name in (f"{key}.csv", f"{key}.csv.gz"):
            path = by_name.get(name)
            if path is not None:
                found[key] = (read_list_file(path), str(path))
                break
    alt, add = found.get("alt"), found.get("add")
    return Companions(
        alt=alt[0] if alt else None,
        add=add[0] if add else None,
        alt_label=alt[1] if alt else "ALT.CSV",
        add_label=add[1] if add else "ADD.CSV",
    )


def legacy_rows(
    text: str, label: str, columns: tuple[str, ...], hint: str | None = None
) -> Iterator[tuple[int, list[str]]]:
    """The rows of one of OFAC's legacy CSV files (SDN, ALT, ADD: no header, ``ent_num``
    first), with their line numbers; blank rows skipped, widths and ``ent_num`` checked."""
    for line, row in csv_rows(text, label):
        if not row or all(not c.strip() for c in row):
            continue
        if len(row) != len(columns):
            raise ParseError(
                f"expected {len(columns)} fields ({', '.join(columns)}), found {len(row)}",
                path=label,
                line=line,
                hint=hint,
            )
        if not row[0].strip().isdigit():
            raise ParseError(
                f"ent_num {row[0].strip()!r} is not a number",
                path=label,
                line=line,
                field="ent_num",
            )
        yield line, row


def _rows(data: bytes, label: str, columns: tuple[str, ...]) -> Iterator[list[str]]:
    """The rows of a companion file, cells stripped and ``-0-`` emptied."""
    text = data.rstrip(b"\x1a\r\n").decode("utf-8", errors="replace")
    for _, row in legacy_rows(text, label, columns):
        yield ["" if c.strip() == "-0-" else c.strip() for c in row]


def merge_companions(entities: list[Entity], companions: Companions) -> None:
    """Add the aliases of ``ALT.CSV`` and the addresses of ``ADD.CSV`` to their entities."""
    by_ref = {e.ref: e for e in entities}
    if companions.alt is not None:
        for cells in _rows(companions.alt, companions.alt_label, ALT_COLUMNS):
            entity = by_ref.get(cells[0])
            if entity is None or not cells[3]:
                continue
            alt_type = cells[2].lower().replace(".", "").strip()
            kind = _ALT_KINDS.get(alt_type, NameKind.ALIAS_GOOD)
            full, parts = flip_name(cells[3], entity.schema == Schema.PERSON)
            note = "now known as" if alt_type == "nka" else (cells[4] or None)
            if all(n.full != full for n in entity.names):
                entity.names.append(Name(full, kind, parts, note))
    if companions.add is not None:
        for cells in _rows(companions.add, companions.add_label, ADD_COLUMNS):
            entity = by_ref.get(cells[0])
            if entity is None or not any(cells[2:5]):
                continue
            place = Place(
                street=cells[2] or None,
                city=cells[3] or None,
                country=cells[4] or None,
                country_code=country_code(cells[4]) if cells[4] else None,
                note=cells[5] or None,
            )
            if place not in entity.addresses:
                entity.addresses.append(place)
