"""Sanctions: the entity model, list importers, the snapshot store, deltas, regimes and measures.

Read a list with :func:`load_list` (a shipped dataset by name, or any UN XML / OFAC SDN.CSV
/ OFAC sdnList XML / FollowTheMoney JSON lines file), keep its versions with :class:`Store`,
compare them with :meth:`Store.diff`, and find the legal basis of a listing with
:func:`measures_for`.
"""

from typing import TYPE_CHECKING, Any

from unsc.sanctions.delta import Amendment, Delta, diff_entities, diff_snapshots
from unsc.sanctions.export import export_csv, export_ftm, to_ftm
from unsc.sanctions.loader import detect_format, list_sources, load_list, parse_bytes, read_file
from unsc.sanctions.model import (
    DateKind,
    Entity,
    Identifier,
    Name,
    NameKind,
    PartialDate,
    Place,
    Schema,
)
from unsc.sanctions.ofac_csv import parse_ofac_csv
from unsc.sanctions.ofac_xml import parse_ofac_xml
from unsc.sanctions.regimes import (
    AppliedMeasure,
    Basis,
    Committee,
    Measure,
    Regime,
    measures_for,
    regime,
    regime_of,
    regimes,
)
from unsc.sanctions.snapshot import ListSnapshot
from unsc.sanctions.un_xml import parse_un_xml

if TYPE_CHECKING:
    from unsc.sanctions.store import ImportResult, Store, VersionInfo

# The store pulls in SQLAlchemy; it is imported on first use, so reading a list stays light.
_LAZY = {"ImportResult", "Store", "VersionInfo"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from unsc.sanctions import store

        return getattr(store, name)
    raise AttributeError(f"module 'unsc.sanctions' has no attribute {name!r}")


__all__ = [
    "Amendment",
    "AppliedMeasure",
    "Basis",
    "Committee",
    "DateKind",
    "Delta",
    "Entity",
    "Identifier",
    "ImportResult",
    "ListSnapshot",
    "Measure",
    "Name",
    "NameKind",
    "PartialDate",
    "Place",
    "Regime",
    "Schema",
    "Store",
    "VersionInfo",
    "detect_format",
    "diff_entities",
    "diff_snapshots",
    "export_csv",
    "export_ftm",
    "list_sources",
    "load_list",
    "measures_for",
    "parse_bytes",
    "parse_ofac_csv",
    "parse_ofac_xml",
    "parse_un_xml",
    "read_file",
    "regime",
    "regime_of",
    "regimes",
    "to_ftm",
]
