"""Acronyms: an organisation's initials ("IRGC", "AQAP") against its name written out.

An acronym is one name part whose letters are the initials of a run of adjacent parts of
the other name, in order. The particles, the legal forms and the words of ``acronyms.yaml``
may give their initial or not ("Al-Qaida in the Arabian Peninsula" is AQAP, "Islamic State
in Iraq and the Levant" ISIL); every other part of the run gives its initial. Acronyms have
three to eight letters (two letters would meet any name of two parts); a part that the
variant tables know as a name ("Ali", "Amir") is never read as one, and a run of such names
("Gamal Ibrahim Ahmed") never spelled out by one.

Acronyms name organisations: the scorer pairs them only when neither name is a person's
(:mod:`unsc.screening.screener` knows the entries' schemas and the query's). A pair
explains all the parts of the run at :data:`ACRONYM_SIMILARITY`.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from unsc import datafiles
from unsc.screening.normalize import (
    LEGAL,
    NAME,
    PARTICLE,
    NameForm,
    fold_accents,
    variant_table,
)
from unsc.screening.transliterate import METHODS

__all__ = [
    "ACRONYM_SIMILARITY",
    "acronym_pairs",
    "acronym_part",
    "acronym_runs",
    "is_acronym",
    "least_spelled",
]

ACRONYM_SIMILARITY = 0.9
MIN_LETTERS, MAX_LETTERS = 3, 8
MIN_SPELLED = 4  # ... spelled by a query that may be a person's name
MAX_SPELLINGS = 64  # initials strings kept per run start (a run of many optional words)
LETTER_METHODS = frozenset({"ascii", METHODS["latin"], METHODS["cyrillic"]})  # alphabets, not
# abjads or syllables: their words have initials


def least_spelled(kind: str | None) -> int | None:
    """The fewest letters of a listed acronym that a run of the query may spell, by the
    query's kind of entry (:func:`~unsc.screening.features.schema_kind`): none for a
    person's name (``None``: no acronyms either way), :data:`MIN_LETTERS` for an
    organisation's, :data:`MIN_SPELLED` when the kind is not known, since three initials of
    a person's name meet too many three-letter acronyms (Abdelaziz Al-Shehri, AAS)."""
    if kind == "person":
        return None
    return MIN_LETTERS if kind == "organization" else MIN_SPELLED


@cache
def _optional_words() -> frozenset[str]:
    return frozenset(str(w) for w in datafiles.load_yaml("screening/acronyms.yaml")["optional"])


def is_acronym(token: str) -> bool:
    """Whether a name part may be an acronym: three to eight letters, not a known name."""
    return (
        MIN_LETTERS <= len(token) <= MAX_LETTERS
        and token.isalpha()
        and token not in variant_table()
    )


def acronym_runs(form: NameForm) -> dict[str, tuple[int, ...]]:
    """The acronyms a name written out can have -> the run of parts each stands for (the
    longest run, when several give it). Empty for a name not written in the Latin or
    Cyrillic alphabet."""
    if form.method not in LETTER_METHODS or len(form.tokens) < MIN_LETTERS:
        return {}
    return _runs(form.tokens, form.kinds)


@lru_cache(maxsize=100_000)
def _runs(tokens: tuple[str, ...], kinds: tuple[str, ...]) -> dict[str, tuple[int, ...]]:
    words = _optional_words()
    optional = [k in (PARTICLE, LEGAL) or t in words for t, k in zip(tokens, kinds, strict=True)]
    names = variant_table()
    # a run of known given and family names is a person's name ("Gamal Ibrahim Ahmed" is not
    # GIA): it needs a word that is neither optional nor a known name
    worded = [not opt and t not in names for t, opt in zip(tokens, optional, strict=True)]
    found: dict[str, tuple[int, ...]] = {}
    n = len(tokens)
    for start in range(n):
        spellings = {tokens[start][0]}  # a run starts and ends on a part that gives its initial
        has_word = worded[start]
        for end in range(start + 1, min(n, start + 2 * MAX_LETTERS)):
            initial = tokens[end][0]
            taken = {s + initial for s in spellings if len(s) < MAX_LETTERS}
            run = tuple(range(start, end + 1))
            has_word = has_word or worded[end]
            if has_word:
                for spelling in taken:
                    if len(spelling) >= MIN_LETTERS and len(run) > len(found.get(spelling, ())):
                        found[spelling] = run
            spellings = taken | spellings if optional[end] else taken
            if not spellings:
                break
            if len(spellings) > MAX_SPELLINGS:
                spellings = set(sorted(spellings)[:MAX_SPELLINGS])
    return found


def acronym_pairs(
    q: NameForm, c: NameForm, least: int | None
) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """The (query parts, candidate parts) that pair as an acronym and the run it stands
    for, either way round; a run of the query spells an acronym of ``least`` letters or
    more (:func:`least_spelled`), none when ``least`` is None."""
    found: list[tuple[tuple[int, ...], tuple[int, ...]]] = []
    runs = acronym_runs(c)
    if runs:
        found += [
            ((i,), runs[t]) for i, t in enumerate(q.tokens) if t in runs and acronym_part(q, i)
        ]
    if least is not None:
        runs = acronym_runs(q)
        found += [
            (runs[t], (j,))
            for j, t in enumerate(c.tokens)
            if len(t) >= least and t in runs and acronym_part(c, j)
        ]
    return found


def acronym_part(form: NameForm, i: int) -> bool:
    """Whether part ``i`` of a name may be an acronym (:func:`is_acronym`): a name part (not a
    particle, title or legal form) of an alphabet, and either written in capitals in a name
    that is not ("ISIL Khorasan"; accents aside: "Foà" is in lower case), or the name's
    only part but for legal forms and particles ("IRGC", "OOO SSK")."""
    if form.kinds[i] != NAME or form.method not in LETTER_METHODS:
        return False
    token = form.tokens[i]
    if not is_acronym(token):
        return False
    text = fold_accents(form.text)  # Foà and Bùi are written in lower case, as Foa
    if text.isupper() or text.islower() or not text.isascii():
        return all(k in (PARTICLE, LEGAL) for j, k in enumerate(form.kinds) if j != i)
    return re.search(rf"\b{token.upper()}\b", text) is not None
