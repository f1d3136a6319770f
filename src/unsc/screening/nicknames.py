"""Nicknames: the short forms of given names that people go by ("Bill" for William, "Liz" for
Elizabeth, "Jon" for John).

The table is the ``nicknames`` package's (PyPI; Carlton Northern and Nick Crews, Apache 2.0):
about 2,700 hand-curated pairs of an English given name and a nickname of it, read once
(some 0.1 s). rigour's person-name tagger knows nicknames too, but loading it takes about
ten seconds, which every ``unsc compare`` would pay; its Wikidata name identifiers, which it
also gives, join unrelated short syllables ("un" and "juan") and made false positives on the
benchmark's generated Chinese and Korean names.

Only a name and a nickname of it pair, not two nicknames of one name; and not the nicknames
that are names of their own in the naming traditions the lists cover (Ali is not short for
Alison, Lee not for Levi: ``data/screening/nicknames.yaml``). The same file holds the
hypocorisms of the other languages the lists' names come in, which the English table lacks:
Russian (Sasha, Misha, Vova), Serbian, Romanian, Polish and Spanish (Pepe, Paco, Nacho).
"""

from __future__ import annotations

from functools import cache

from unsc import datafiles

__all__ = ["NICKNAME_SIMILARITY", "given_names", "same_nickname"]

NICKNAME_SIMILARITY = 0.9


@cache
def _nicknames() -> dict[str, frozenset[str]]:
    """Each given name with the nicknames of it, lower case."""
    from nicknames import NickNamer

    other = frozenset(datafiles.load_yaml("screening/nicknames.yaml")["not_nicknames"])
    return {
        name: frozenset(nicks) - other
        for name, nicks in NickNamer().nickname_lookup.items()
        if name not in other
    }


@cache
def _other_nicknames() -> dict[str, frozenset[str]]:
    """The other languages' hypocorisms of ``nicknames.yaml``, each name under the variant
    tables' canonical spelling (Aleksandr, Alexander and Aliaksandr all have Sasha)."""
    from unsc.screening.normalize import variant_table

    variants = variant_table()
    return {
        variants.get(str(name), str(name)): frozenset(str(n) for n in nicks)
        for name, nicks in datafiles.load_yaml("screening/nicknames.yaml")["other"].items()
    }


@cache
def given_names() -> frozenset[str]:
    """The English given names of the table and their nicknames, lower case."""
    table = _nicknames()
    return frozenset(table).union(*table.values())


def same_nickname(a: str, b: str) -> bool:
    """Whether two parts of different lengths are a name and a nickname of it, in either
    direction of the table ("bill", "william").

    The English table relates names both ways and loosely at times (Bill and Fred, of
    Wilfred): two parts of one length are never taken for each other by it; the other
    languages' table (Pepe, Jose) is made by hand and read as it is.
    """
    other = _other_nicknames()
    if b in other.get(a, ()) or a in other.get(b, ()):  # Pepe, Jose: a table made by hand
        return True
    if len(a) == len(b):
        return False
    table = _nicknames()
    return b in table.get(a, ()) or a in table.get(b, ())
