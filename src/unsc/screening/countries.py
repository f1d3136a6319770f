"""Countries in names: which words of a name name a country or its people.

A body's name often gives where it is ("Foreign Trade Bank of the DPRK", "Tanchon Commercial
Bank, North Korea") and a query may give a person's country after the name ("Ri Won Ho,
DPRK"); the scorer and the query parser need to know those words. The names are
rigour's territories' (the country's name and full name), normalised as names are and
shipped (``countries.yaml``: importing rigour's territories takes half a second), with the
short forms and adjectives organisations' names use (``organisation_words.yaml``): a set
look-up per run of words, not rigour's own look-up, which loads 25,000 names of places in
many languages (1.5 s) and reads Abu Dhabi's "abu" as a place.
"""

from __future__ import annotations

from functools import cache, lru_cache

from unsc import datafiles

__all__ = ["COUNTRY_RUN", "country_names", "country_parts", "same_country"]

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
    found.update((str(word),) for word in words)
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
