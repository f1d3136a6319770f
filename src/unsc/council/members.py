"""Member states: alpha-3 codes, their names as of a date, and lookup of what users type.

Codes are ISO 3166 alpha-3; states that no longer exist keep their withdrawn codes (SUN for
the USSR, YUG, CSK, DDR). The table of names over time lives in ``data/council/states.yaml``:
every state that has sat on the Council, every other UN Member State (PRK, ISL, ...) and the
two observer States (VAT, PSE).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from unsc import datafiles
from unsc.errors import NotFound

STATES_FILE = "council/states.yaml"


@dataclass(frozen=True, slots=True)
class Member:
    """A state sitting on the Council: its code, its name as of the date asked, its seat."""

    code: str
    name: str
    permanent: bool

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "permanent": self.permanent}


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


@cache
def _states() -> dict[str, list[tuple[dt.date, str]]]:
    raw: dict[str, Any] = datafiles.load_yaml(STATES_FILE)
    return {code: [(start, name) for start, name in info["names"]] for code, info in raw.items()}


@cache
def _aliases() -> dict[str, str]:
    raw: dict[str, Any] = datafiles.load_yaml(STATES_FILE)
    table: dict[str, str] = {}
    for code, info in raw.items():
        for alias in [code, *(n for _, n in info["names"]), *info.get("aliases", [])]:
            table.setdefault(_fold(alias), code)
    return table


def known_codes() -> frozenset[str]:
    """Every known code: Council members past and present, UN Member States, observers."""
    return frozenset(_states())


def name_of(code: str, day: dt.date) -> str:
    """The English short name of ``code`` as the UN wrote it on ``day``."""
    history = _states().get(code)
    if history is None:
        raise NotFound(
            f"no state with code {code!r} is known",
            hint="use an ISO 3166 alpha-3 code such as USA, PRK or SUN (USSR)",
        )
    name = history[0][1]
    for start, candidate in history:
        if start <= day:
            name = candidate
    if code == "CHN" and day <= dt.date(1971, 10, 25):
        return "China (Republic of China)"
    return name


def lookup_code(text: str) -> str | None:
    """The code a user meant by ``text`` (a code, a name or a known alias), or None."""
    return _aliases().get(_fold(text))


_ARTICLE_WORDS = re.compile(
    r"\b(?:Republic|Kingdom|United|Federation|Union|States|Islands|Emirates)\b"
)
_ARTICLE_NAMES = frozenset(
    {"Netherlands", "Philippines", "Sudan", "Niger", "Gambia", "Congo", "Bahamas", "Holy See"}
)


def with_article(name: str) -> str:
    """A state's name as it reads in running text: "the Russian Federation", "China".

    UN usage puts "the" before names built on Republic, Kingdom, Federation, Union, United ...
    and a few others (the Netherlands, the Sudan); not before the short forms with the
    formal part in brackets ("Iran (Islamic Republic of)").
    """
    if "(" in name or name in ("USSR",):
        return name
    if name in _ARTICLE_NAMES or _ARTICLE_WORDS.search(name):
        return "the " + name
    return name
