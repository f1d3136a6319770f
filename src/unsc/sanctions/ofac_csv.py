"""Reader of OFAC's SDN list in its legacy ``SDN.CSV`` form.

The file has no header, writes ``-0-`` for an empty field, uses CRLF line ends and ends
with a Ctrl-Z byte. Columns: ``ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign,
Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks``. The Remarks are taken apart by
:mod:`unsc.sanctions.ofac_remarks`.
"""

from __future__ import annotations

from pathlib import Path

from unsc.errors import ParseError
from unsc.sanctions.listfile import gunzip, read_list_file
from unsc.sanctions.model import Entity, Identifier, Name, NameKind, Schema
from unsc.sanctions.ofac_companions import Companions, legacy_rows, merge_companions
from unsc.sanctions.ofac_remarks import apply_remarks, flip_name
from unsc.sanctions.snapshot import ListSnapshot, UniqueRefs

COLUMNS = (
    "ent_num", "SDN_Name", "SDN_Type", "Program", "Title", "Call_Sign", "Vess_type",
    "Tonnage", "GRT", "Vess_flag", "Vess_owner", "Remarks",
)  # fmt: skip
_SCHEMAS = {
    "individual": Schema.PERSON,
    "vessel": Schema.VESSEL,
    "aircraft": Schema.AIRCRAFT,
    "": Schema.ORGANIZATION,
    "entity": Schema.ORGANIZATION,
}
_VESSEL_PROPS = (
    (6, "vessel_type"), (7, "tonnage"), (8, "gross_registered_tonnage"), (9, "flag"),
    (10, "owner"),
)  # fmt: skip
FIELDS = frozenset(
    {
        "schema", "name", "names", "programs", "titles", "nationalities", "gender",
        "birth_dates", "birth_places", "identifiers", "properties.remarks",
        "properties.sdn_name", "properties.vessel_type", "properties.tonnage",
        "properties.gross_registered_tonnage", "properties.flag", "properties.owner",
        "properties.linked_to", "properties.website", "properties.email",
        "properties.birth_date_text",
    }
)  # fmt: skip


def _cell(value: str) -> str:
    value = value.strip()
    return "" if value == "-0-" else value


def _decode(data: bytes, label: str) -> str:
    data = data.rstrip(b"\x1a\r\n")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def parse_row(row: list[str], dataset: str = "ofac_sdn") -> Entity:
    """One SDN.CSV row (12 cells) -> an entity."""
    cells = [_cell(c) for c in row]
    sdn_type = cells[2].lower()
    schema = _SCHEMAS.get(sdn_type, Schema.ORGANIZATION)
    full, parts = flip_name(cells[1], schema == Schema.PERSON)
    entity = Entity(
        dataset=dataset,
        ref=cells[0],
        schema=schema,
        name=full,
        names=[Name(full, NameKind.PRIMARY, parts)],
        programs=[p.strip() for p in cells[3].strip("[] ").split("] [") if p.strip()],
        source_id=cells[0],
        raw=",".join(row),
    )
    if full != cells[1]:
        entity.properties["sdn_name"] = [cells[1]]
    if cells[4]:
        entity.titles.append(cells[4])
    if cells[5]:
        entity.identifiers.append(Identifier("call_sign", cells[5], "Call Sign"))
    for index, key in _VESSEL_PROPS:
        if cells[index]:
            entity.properties.setdefault(key, []).append(cells[index])
    if cells[11]:
        apply_remarks(entity, cells[11])
    return entity


def parse_ofac_csv(
    source: Path | bytes,
    *,
    dataset: str = "ofac_sdn",
    label: str | None = None,
    companions: Companions | None = None,
) -> ListSnapshot:
    """Parse OFAC's legacy SDN.CSV (a path, gzipped or not, or the bytes).

    ``companions`` (ALT.CSV and ADD.CSV, see :mod:`.ofac_companions`) add aliases and
    addresses; the snapshot's hash then covers them too.
    """
    if isinstance(source, bytes):
        data, where = gunzip(source, label or "<bytes>"), "<bytes>"
    else:
        data, where = read_list_file(source), str(source)
    label = label or where
    text = _decode(data, label)
    entities: list[Entity] = []
    refs = UniqueRefs(label, "ent_num", "ent_num")
    hint = "is this OFAC's legacy SDN.CSV (no header, 12 columns)?"
    for line, row in legacy_rows(text, label, COLUMNS, hint):
        entity = parse_row(row, dataset)
        if not entity.name:
            raise ParseError(
                f"entry {entity.ref} has no SDN_Name", path=label, line=line, field="SDN_Name"
            )
        refs.add(entity.ref, line)
        entities.append(entity)
    if not entities:
        raise ParseError("no SDN records in the file", path=label)
    fields = set(FIELDS)
    if companions:
        merge_companions(entities, companions)
        data = companions.fingerprint(data)
        if companions.add is not None:
            fields.add("addresses")
    return ListSnapshot.read(data, entities, dataset=dataset, label=label, fields=fields)
