"""A woman's given name and the man's spelt like it: Maria and Mario, Claudia and Claudio,
Ivana and Ivan, Giovanna and Giovanni, Amina and Amin.

Spelt a letter apart, such names score as a typo or a vowel written otherwise would, and a
sister then meets her brother on the list (Claudia and Claudio AGUIRRE SANCHEZ, 0.93 before
this table). They are two names, as two given names the variant tables know apart are.

The pairs (``data/screening/sex_pairs.tsv.gz``, made by ``scripts/build_sex_pairs.py``)
come from Faker's name lists, national statistics of some fifty countries in Latin letters:
a woman's name ending in -a and the man's of the same stem ending in -o, -i or nothing,
each listed as one sex's by most locales that list it. A name of either sex (Jean, Nikola)
is in no pair; the spellings of one name in Central Asia (Mustafo, Yahyo for Mustafa,
Yahya) are in none either, as no list gives them to a woman.
"""

from __future__ import annotations

from functools import cache

from unsc import datafiles

__all__ = ["woman_and_man"]


@cache
def _pairs() -> frozenset[tuple[str, str]]:
    """The (woman's name, man's name) pairs, normalised."""
    with datafiles.open_text("screening/sex_pairs.tsv") as lines:
        return frozenset(
            (woman, man)
            for woman, man in (
                line.rstrip("\n").split("\t") for line in lines if not line.startswith("#")
            )
        )


def woman_and_man(a: str, b: str) -> bool:
    """Whether two normalised given names are a woman's and the man's spelt like it, in
    either order ("maria", "mario")."""
    if a[-1:] == "a":
        return (a, b) in _pairs()
    return b[-1:] == "a" and (b, a) in _pairs()
