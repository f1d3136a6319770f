"""What an OFAC listing means: the measure and the U.S. authority behind each programme tag.

An entry of the SDN list is blocked: its property and interests in property under U.S.
jurisdiction are frozen and U.S. persons may not deal with it. An entry of the non-SDN
Consolidated List is not blocked; it is under narrower restrictions that its programme
defines (sectoral directives, investment bans). The authority per tag comes from a data
file (``regimes/ofac_programs.yaml``); a tag that names its executive order
(``RUSSIA-EO14024``) is read directly.
"""

from __future__ import annotations

import re
from functools import cache

from unsc import datafiles
from unsc.sanctions.model import Entity
from unsc.sanctions.regimes import AppliedMeasure, Basis

_EO_IN_TAG = re.compile(r"EO[ -]?(\d{5})")
_BLOCKING = (
    "Blocking: property and interests in property under U.S. jurisdiction are frozen, and "
    "U.S. persons may not deal with the listed person"
)
_NON_SDN = (
    "Listed on OFAC's non-SDN Consolidated List: not blocked; restrictions short of blocking "
    "as the programme defines them (for example sectoral directives or an investment ban)"
)


@cache
def _authorities() -> dict[str, str]:
    table = datafiles.load_yaml("regimes/ofac_programs.yaml")
    return {str(tag): str(text) for tag, text in table.items()}


def authority(tag: str) -> str:
    """The U.S. authority for a programme tag, or "" where this table does not know it."""
    known = _authorities().get(tag.strip())
    if known:
        return known
    m = _EO_IN_TAG.search(tag)
    return f"Executive Order {m[1]}" if m else ""


def ofac_measures(entity: Entity) -> list[AppliedMeasure]:
    """One measure per programme of an OFAC entry: blocking (SDN) or restrictions (non-SDN)."""
    blocked = entity.dataset != "ofac_cons"
    out = []
    for tag in entity.programs or ["(no programme given)"]:
        law = authority(tag)
        out.append(
            AppliedMeasure(
                regime=f"OFAC {tag}",
                measure="ofac-blocking" if blocked else "ofac-non-sdn",
                type="asset_freeze" if blocked else "other",
                title=_BLOCKING if blocked else _NON_SDN,
                resolution=law,
                paragraph="",
                committee="OFAC (U.S. Department of the Treasury)",
                basis=(
                    Basis(
                        law,
                        "",
                        "imposed",
                        None if law else "authority not in this table: see OFAC's programme",
                    ),
                ),
            )
        )
    return out
