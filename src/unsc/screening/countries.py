"""Countries in names: which words of a name name a country or its people.

A body's name often gives where it is ("Foreign Trade Bank of the DPRK", "Tanchon Commercial
Bank, North Korea") and a query may give a person's country after the name ("Ri Won Ho,
DPRK"); the scorer and the query parser need to know those words. The names are
rigour's territories' (the country's name and full name), normalised as names are and
shipped (``countries.yaml``: importing rigour's territories takes half a second), with the
short forms and adjectives organisations' names use (``organisation_words.yaml``): a set
look-up per run of words, not rigour's own look-up, which loads 25,000 names of places in
many languages (1.5 s) and reads Abu Dhabi's "abu" as a place. Places that are no country
(Moscow, Dubai, the Middle East) are shipped beside them: a name that is only a place's
names no party (:func:`place_kind`).
"""

from __future__ import annotations

from functools import cache, lru_cache

from unsc import datafiles

__all__ = [
    "COUNTRY_RUN",
    "country_names",
    "country_parts",
    "location_words",
    "place_kind",
    "place_names",
    "same_country",
]

COUNTRY_RUN = 8  # words in the longest country name looked up ("united kingdom of great
# britain and northern ireland")


@cache
def country_names() -> frozenset[tuple[str, ...]]:
    """The words of each country's name and full name as rigour's territories give them
    ("north korea", "democratic peoples republic of korea": ``countries.yaml``, made by
    ``scripts/build_countries.py``), and the short forms and adjectives of
    ``organisation_words.yaml`` ("dprk", "korean")."""
    names = datafiles.load_yaml("screening/countries.yaml")["names"]
    found = {tuple(str(name).split()) for name in names}
    words = datafiles.load_yaml("screening/organisation_words.yaml")["countries"]
    found.update(tuple(str(word).split()) for word in words)
    return frozenset(found)


@cache
def _demonyms() -> dict[str, str]:
    data = datafiles.load_yaml("screening/organisation_words.yaml")["demonyms"]
    return {str(k): str(v) for k, v in data.items()}


def same_country(a: str, b: str) -> bool:
    """Whether one word is the other's country and the other its adjective (iran, iranian;
    korea, korean: ``organisation_words.yaml`` ``demonyms``)."""
    demonyms = _demonyms()
    return demonyms.get(a, "") == b or demonyms.get(b, "") == a


@lru_cache(maxsize=100_000)
def country_parts(tokens: tuple[str, ...]) -> tuple[bool, ...]:
    """Which parts of a name name a country or its people (:func:`country_names`: "dprk",
    "north korea", "korean"), in runs of up to :data:`COUNTRY_RUN` words."""
    names = country_names()
    found = [False] * len(tokens)
    for size in range(min(COUNTRY_RUN, len(tokens)), 0, -1):
        for i in range(len(tokens) - size + 1):
            if tokens[i : i + size] in names and not any(found[i : i + size]):
                found[i : i + size] = [True] * size
    return tuple(found)


@cache
def place_names() -> frozenset[str]:
    """Places that are no country, normalised: rigour's other territories and its places
    (``countries.yaml`` ``places``: Moscow, Dubai, Bavaria) and the regions of
    ``organisation_words.yaml`` (Middle East, Asia)."""
    places = datafiles.load_yaml("screening/countries.yaml")["places"]
    regions = datafiles.load_yaml("screening/organisation_words.yaml")["regions"]
    return frozenset(str(name) for name in [*places, *regions])


_LEADING_ARTICLE = "the"


@cache
def _state_forms() -> frozenset[str]:
    return frozenset(datafiles.load_yaml("screening/organisation_words.yaml")["state_forms"])


def _formal_name(tokens: tuple[str, ...]) -> bool:
    """Whether words are a state's formal name that rigour's names lack: words of a state's
    form, "of" (and "the"), a country ("Union of the Comoros", "Government of Iran")."""
    if "of" not in tokens:
        return False
    at = tokens.index("of")
    head, rest = tokens[:at], tokens[at + 1 :]
    if rest[:1] == (_LEADING_ARTICLE,):
        rest = rest[1:]
    forms = _state_forms()
    return bool(head and rest) and all(w in forms for w in head) and all(country_parts(rest))


@lru_cache(maxsize=10_000)
def place_kind(tokens: tuple[str, ...]) -> str | None:
    """What a name's words name when they name only a place, the article before it aside:
    "country" (Pakistan, the DPRK, Iranian), "place" (Moscow, Dubai UAE, Hong Kong's Kwun
    Tong, the Middle East), else None. An address field or a bracketed qualifier ("AL-HARAMAIN
    FOUNDATION (PAKISTAN)") gives one; it names no party."""
    if tokens and all(country_parts(tokens)):  # "the republic of the congo"
        return "country"
    if tokens[:1] == (_LEADING_ARTICLE,):
        tokens = tokens[1:]
    if not tokens:
        return None
    countries = country_parts(tokens)
    if all(countries) or _formal_name(tokens):
        return "country"
    end = len(tokens)
    while countries[end - 1]:  # the country after a city: "Dubai UAE", "Moscow, Russia"
        end -= 1
    return "place" if " ".join(tokens[:end]) in place_names() else None


PLACE_RUN = 4  # words in the longest place looked up within a name ("ras al khaimah")


@lru_cache(maxsize=100_000)
def location_words(tokens: tuple[str, ...]) -> tuple[bool, ...]:
    """Which parts of a name name a country or its people (:func:`country_parts`) or a place
    (:func:`place_names`: a city, a province, a region): "tanchon commercial bank
    pyongyang" ends in one."""
    found = list(country_parts(tokens))
    places = place_names()
    for size in range(min(PLACE_RUN, len(tokens)), 0, -1):
        for i in range(len(tokens) - size + 1):
            if not any(found[i : i + size]) and " ".join(tokens[i : i + size]) in places:
                found[i : i + size] = [True] * size
    return tuple(found)
