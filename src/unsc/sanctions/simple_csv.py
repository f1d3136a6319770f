"""A list as a CSV with a header: a firm's own watch list, OpenSanctions' ``targets.simple.csv``
and this tool's CSV export.

The columns are found by their header, in any letter case and order; only a name column is
needed (``name``, ``caption``, ``full_name``...). The others that are read: a reference
(``id``, ``ref``; the row number when there is none), the kind of entry (``schema``,
``type``: Person, Organization or Company, Vessel, Airplane or Aircraft, or another
FollowTheMoney schema, whose rows are left out when it is no listed entry: a ``Security``;
left blank, an entry whose name has a legal form, by
:func:`rigour.names.extract_org_types`, is an organisation, any other a person),
``aliases`` and ``original_script_names``, ``birth_date(s)`` (``1970-05-02``, ``1970-05``,
``1970``, ``12 Jan 1970``, ``1960 to 1962``), ``countries`` (ISO codes or names),
``identifiers``, ``programs`` and ``dataset``. Several values in one cell are separated by
``;``. Every other column is kept in ``properties``. The delimiter (comma, semicolon, tab,
bar) is read from the header; the file is UTF-8 (with or without a BOM).
"""

from __future__ import annotations

import csv
import re

from unsc.errors import ParseError
from unsc.sanctions.countries import country_code
from unsc.sanctions.ftm_json import ftm_schema, is_ftm_schema, partial_date
from unsc.sanctions.listfile import csv_rows
from unsc.sanctions.model import (
    IDENTIFIER_TYPES,
    Entity,
    Identifier,
    Name,
    NameKind,
    PartialDate,
    Schema,
    read_schema,
)
from unsc.sanctions.ofac_remarks import parse_ofac_date
from unsc.sanctions.snapshot import ListSnapshot, UniqueRefs

__all__ = ["looks_like_list_csv", "parse_list_csv"]

DEFAULT_DATASET = "csv"
FIELDS = frozenset(
    {"schema", "name", "names", "programs", "nationalities", "country_codes", "birth_dates",
     "identifiers"}
)  # fmt: skip
_COLUMNS = {
    "name": ("name", "caption", "full_name", "fullname", "entity_name", "primary_name"),
    "ref": ("id", "ref", "reference", "entity_id", "uid"),
    "schema": ("schema", "type", "entity_type", "kind"),
    "aliases": ("aliases", "alias", "aka", "other_names"),
    "originals": ("original_script_names", "original_script_name"),
    "dobs": ("birth_date", "birth_dates", "dob", "date_of_birth"),
    "countries": ("countries", "country", "country_codes", "nationality", "nationalities"),
    "identifiers": ("identifiers", "identifier", "id_numbers"),
    "programs": ("programs", "program", "program_ids"),
    "dataset": ("dataset", "datasets"),
}
# "passport 381310014 (kp)", as the CSV export writes a document
_DOCUMENT = re.compile(r"^([a-z_]+) (\S.*?)(?: \(([^)]*)\))?$")
_SLUG = re.compile(r"[^a-z0-9]+")
_LINE_END = re.compile(rb"\r\n?|\n")  # CRLF, LF, or CR alone as old Mac software writes


def _header(data: bytes) -> tuple[list[str], str] | None:
    """The header's column keys (lower case, ``_`` for spaces) and its delimiter."""
    first = _LINE_END.split(data[:65536], maxsplit=1)[0].decode("utf-8-sig", errors="replace")
    if not first:
        return None
    delimiter = max(",;\t|", key=first.count)
    cells = next(csv.reader([first], delimiter=delimiter))
    return [c.strip().lower().replace(" ", "_") for c in cells], delimiter


def looks_like_list_csv(data: bytes) -> bool:
    """Whether the first line is a CSV header with a name column."""
    found = _header(data)
    return found is not None and any(c in _COLUMNS["name"] for c in found[0])


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(";") if v.strip()]


def _schema(text: str, name: str, label: str, line: int) -> Schema | None:
    """The kind of a row's entry; None for a FollowTheMoney schema that is no listed entry
    (OpenSanctions' targets hold a ``Security`` or a ``CryptoWallet`` too): the row is left
    out."""
    if not text:
        from rigour.names import extract_org_types

        return Schema.ORGANIZATION if extract_org_types(name) else Schema.PERSON
    found = read_schema(text)
    if found is None and is_ftm_schema(text):
        return ftm_schema(text)
    if found is None:
        raise ParseError(
            f"unknown kind of entry {text!r}",
            path=label,
            line=line,
            field="schema",
            hint="Person, Organization (or Company), Vessel or Airplane; or leave it blank",
        )
    return found


def _identifier(text: str) -> Identifier:
    m = _DOCUMENT.match(text)
    if m is not None and m[1] in IDENTIFIER_TYPES:
        codes = _codes([m[3]]) if m[3] else []  # a code or a name ("Iraq")
        code = codes[0] if codes else None
        return Identifier(m[1], m[2], m[1], country=m[3], country_code=code)
    return Identifier("other", text)


def _birth_date(text: str) -> PartialDate | None:
    """An ISO date, year or month, or a date as lists write them ("12 Jan 1970", "1960 to
    1962", "circa 1960", "Nov. 1973")."""
    return partial_date(text) or parse_ofac_date(text)


def _codes(values: list[str]) -> list[str]:
    codes = (v.lower() if len(v) == 2 and v.isalpha() else country_code(v) for v in values)
    return list(dict.fromkeys(c for c in codes if c))


def _entity(
    row: dict[str, str], columns: dict[str, str], dataset: str, number: int, schema: Schema
) -> Entity:
    def cell(key: str) -> str:
        column = columns.get(key)
        return (row.get(column) or "").strip() if column else ""

    name = cell("name")
    names = [Name(name, NameKind.PRIMARY)]
    for alias in _split(cell("aliases")):
        names.append(Name(alias, NameKind.ALIAS_GOOD))
    for original in _split(cell("originals")):
        names.append(Name(original, NameKind.ORIGINAL_SCRIPT))
    known = set(columns.values())
    return Entity(
        dataset=dataset,
        ref=cell("ref") or str(number),
        schema=schema,
        name=name,
        names=names,
        programs=_split(cell("programs")),
        nationalities=_split(cell("countries")),
        country_codes=_codes(_split(cell("countries"))),
        birth_dates=[d for d in map(_birth_date, _split(cell("dobs"))) if d is not None],
        identifiers=[_identifier(v) for v in _split(cell("identifiers"))],
        properties={
            k: [v.strip()] for k, v in row.items() if k not in known and k and (v or "").strip()
        },
        raw=dict(row),
    )


def _dataset(values: set[str]) -> str:
    """The one dataset the rows name, as a slug (``eu_fsf``, ``un_sc``), else ``csv``."""
    if len(values) != 1:
        return DEFAULT_DATASET
    return _SLUG.sub("_", values.pop().lower()).strip("_") or DEFAULT_DATASET


def parse_list_csv(
    data: bytes, *, dataset: str | None = None, label: str = "<bytes>"
) -> ListSnapshot:
    """Parse a CSV list with a header row into a snapshot."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ParseError(
            "not UTF-8 text",
            path=label,
            line=data[: exc.start].count(b"\n") + 1,
            hint="save the list as UTF-8 CSV",
        ) from None
    found = _header(data)
    if found is None:
        raise ParseError("the file is empty", path=label, hint="expected a CSV with a header")
    keys, delimiter = found
    twice = next((k for i, k in enumerate(keys) if k and k in keys[:i]), None)
    if twice is not None:
        raise ParseError(
            f"column {twice!r} appears twice in the header",
            path=label,
            line=1,
            field=twice,
            hint="give each column its own name",
        )
    columns = {
        field: next(c for c in keys if c in names)
        for field, names in _COLUMNS.items()
        if any(c in names for c in keys)
    }
    if "name" not in columns:
        raise ParseError(
            "no name column in the header",
            path=label,
            line=1,
            hint=f"name a column one of {', '.join(_COLUMNS['name'])}",
        )
    lines = csv_rows(text, label, delimiter)
    next(lines)  # the header
    rows: list[tuple[int, dict[str, str]]] = []
    for line, cells in lines:
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > len(keys):
            raise ParseError(
                f"{len(cells)} cells, the header has {len(keys)}",
                path=label,
                line=line,
                hint="a value holding the delimiter must be quoted",
            )
        # a column with no name in the header is not read
        row = {k: c for k, c in zip(keys, cells, strict=False) if k}
        if not (row.get(columns["name"]) or "").strip():
            raise ParseError("the row has no name", path=label, line=line, field=columns["name"])
        rows.append((line, row))
    name = dataset or _dataset(
        {row[columns["dataset"]].strip() for _, row in rows if row.get(columns.get("dataset", ""))}
    )
    entities: list[Entity] = []
    refs = UniqueRefs(label, columns.get("ref", "row"))
    for number, (line, row) in enumerate(rows, start=1):
        text = (row.get(columns.get("schema", "")) or "").strip()
        schema = _schema(text, row[columns["name"]].strip(), label, line)
        if schema is None:
            continue
        entity = _entity(row, columns, name, number, schema)
        refs.add(entity.ref, line)
        entities.append(entity)
    if not entities:
        raise ParseError(
            "no entry in the list", path=label, hint="no row of a person, organisation or vessel"
        )
    return ListSnapshot.read(data, entities, dataset=name, label=label, fields=FIELDS)
