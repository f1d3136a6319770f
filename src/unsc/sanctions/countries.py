"""Country names as the lists write them -> ISO 3166 alpha-2 codes (lower case).

The names found in the shipped lists are resolved ahead of time by
``scripts/build_sanctions.py`` (with :mod:`rigour.territories`) into a small shipped table,
so that loading a list costs no territory-index start-up. A name the table lacks is looked
up in :mod:`rigour.territories` on first use and remembered.
"""

from __future__ import annotations

import re
from functools import cache

from unsc import datafiles

TABLE = "sanctions/countries.json"

_SPACES = re.compile(r"\s+")

# Spellings of the lists that the territory index does not resolve by itself.
EXTRA: dict[str, str] = {
    "korea, north": "kp",
    "korea, south": "kr",
    "democratic people's republic of korea": "kp",
    "burma": "mm",
    "congo, democratic republic of the": "cd",
    "congo, republic of the": "cg",
    "the former yugoslav republic of macedonia": "mk",
    "kosovo": "xk",
    "west bank": "ps",
    "gaza": "ps",
    "palestinian": "ps",
    "region: gaza": "ps",
    "region: west bank": "ps",
    # as customers and analysts write them
    "korea dpr": "kp",
    "ksa": "sa",
    "k.s.a": "sa",
    "persia": "ir",
}


def _key(name: str) -> str:
    return _SPACES.sub(" ", name).strip().strip(".").lower()


@cache
def _table() -> dict[str, str | None]:
    if not datafiles.exists(TABLE):
        return {}
    table: dict[str, str | None] = datafiles.load_json(TABLE)
    return table


# Abbreviations of country names as statistics offices write them ("Korea, Dem. People's
# Rep.", "Lao PDR", "Venezuela, RB": the World Bank's), and of a direction ("N. Korea")
_ABBREVIATIONS = (
    (re.compile(r"\bdem\.? "), "democratic "),
    (re.compile(r"\brep\.?$"), "republic"),
    (re.compile(r"\bfed\.? sts\.?$"), "federated states"),
    (re.compile(r"\bpdr$"), "people's democratic republic"),
    (re.compile(r"\brb$"), "bolivarian republic"),
    (re.compile(r"^n\.? (?=korea|macedonia|cyprus)"), "north "),
    (re.compile(r"^s\.? (?=korea|sudan|africa)"), "south "),
)
_PARENTHESES = re.compile(r"^(.*?)\s*\((.+)\)$")


def _spellings(key: str) -> list[str]:
    """Other spellings of a country name the territory index may know: the words in
    parentheses ("Korea (DPRK)": DPRK), the name without them ("Russian Federation (the)"),
    abbreviations written out ("Congo, Dem. Rep."), and an inverted name put in order
    ("Korea, Democratic People's Republic": Democratic People's Republic of Korea)."""
    out: list[str] = []
    bracketed = _PARENTHESES.match(key)
    if bracketed:
        out += [bracketed.group(2), bracketed.group(1)]
    expanded = key
    for pattern, words in _ABBREVIATIONS:
        expanded = pattern.sub(words, expanded)
    out.append(expanded)
    head, comma, tail = expanded.partition(", ")
    if comma and tail and "," not in tail:
        out += [f"{tail} of {head}", f"{tail} {head}"]
    return [s for s in dict.fromkeys(out) if s and s != key]


def _territory(key: str) -> str | None:
    from rigour.territories import lookup_territory

    territory = lookup_territory(key)
    if territory is None:
        return None
    code = territory.ftm_country or territory.code
    return code.lower() if code else None


@cache
def _lookup(key: str) -> str | None:
    if key in EXTRA:
        return EXTRA[key]
    found = _territory(key)
    if found is None:
        found = next(filter(None, map(_territory, _spellings(key))), None)
    return found


def country_code(name: str | None) -> str | None:
    """The ISO alpha-2 code (lower case) of a country name, or None if it is unknown."""
    if not name:
        return None
    key = _key(name)
    if not key:
        return None
    table = _table()
    if key in table:
        return table[key]
    return _lookup(key)


def resolve_uncached(name: str) -> str | None:
    """Resolve through the territory index only (the build script uses this)."""
    return _lookup(_key(name))
