"""Acronyms: an organisation's initials ("IRGC", "AQAP") against its name written out.

An acronym is one name part whose letters are the initials of a run of adjacent parts of
the other name, in order; or, a blend, the initials or first two letters of each part of a
run of three or more and the "co" of the company that ends it (:func:`blend_run`: IASCO,
Iran Alloy Steel COmpany; IRALCO, IRan ALuminum COmpany). The particles, the legal forms
and the words of ``acronyms.yaml`` may give their initial or not ("Al-Qaida in the Arabian
Peninsula" is AQAP, "Islamic State in Iraq and the Levant" ISIL); every other part of the
run gives its initial. Acronyms have three to eight letters (two letters would meet any name
of two parts); a part that the variant tables know as a name ("Ali", "Amir") is never read
as one, and a run of such names ("Gamal Ibrahim Ahmed") never spelled out by one.

Acronyms name organisations: the scorer pairs them only when neither name is a person's
(:mod:`unsc.screening.screener` knows the entries' schemas and the query's). A pair
explains all the parts of the run at :data:`ACRONYM_SIMILARITY`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
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
    "SHORT_ACRONYM_SIMILARITY",
    "acronym_pairs",
    "acronym_part",
    "acronym_runs",
    "acronym_similarity",
    "acronyms_among",
    "blend_initials",
    "blend_run",
    "blended_parts",
    "is_acronym",
    "least_spelled",
]

ACRONYM_SIMILARITY = 0.9
SHORT_ACRONYM_SIMILARITY = 0.75  # a listed acronym of three letters that a run of the
# query's words spells: below the threshold alone. Three letters are too few to tell one
# body from another: OFAC lists some 1,500 acronyms, and 65 of 886 real firms' names (Huawei
# Technologies Co., HTC; Kuwait Petroleum Corporation, KPC; Reliance Industries Limited,
# RIL) spelt one of another body's, where its name written out, listed too, meets them.
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


@cache
def _legal_initials() -> dict[str, tuple[str, ...]]:
    table = datafiles.load_yaml("screening/acronyms.yaml")["legal_initials"]
    return {str(k): tuple(map(str, v)) for k, v in table.items()}


_FEMININE = ("aya", "aia")  # a Russian adjective before a feminine noun: Gornaya Kompaniya


def _other_initials(before: str, token: str) -> tuple[str, ...]:
    """A legal form's initials in the language whose word it stands for (``acronyms.yaml``):
    co is Russian kompaniya after a Russian adjective, so OOO OEK is Ozernaya
    Energeticheskaya Kompaniya; not after another word (Blue Energy Trade Ltd. Co. is no
    BEK)."""
    return _legal_initials().get(token, ()) if before.endswith(_FEMININE) else ()


def is_acronym(token: str) -> bool:
    """Whether a name part may be an acronym: three to eight letters, not a known name (but
    an acronym the variant tables give others of: ISIS is ISIL)."""
    return (
        MIN_LETTERS <= len(token) <= MAX_LETTERS
        and token.isalpha()
        and (token not in variant_table() or token in _acronym_variants())
    )


@cache
def _acronym_variants() -> frozenset[str]:
    """The acronyms of ``variants.yaml``'s ``acronyms``: other acronyms of one body."""
    groups = datafiles.load_yaml("screening/variants.yaml")["acronyms"]
    return frozenset(str(token) for group in groups for token in group)


def acronym_runs(form: NameForm) -> dict[str, tuple[int, ...]]:
    """The acronyms a name written out can have -> the run of parts each stands for (the
    longest run, when several give it). Empty for a name not written in the Latin or
    Cyrillic alphabet."""
    if form.method not in LETTER_METHODS or len(form.tokens) < MIN_LETTERS:
        return {}
    return _runs(form.tokens, form.kinds)


def acronyms_among(forms: Sequence[NameForm]) -> set[int]:
    """The numbers of the names of one entry that are one part, the acronym of another of
    its names (:func:`acronym_runs`): SCOT of SYRIAN COMPANY FOR OIL TRANSPORT, KOEC of
    KOREA OIL EXPLORATION CORPORATION."""
    runs = {run for form in forms if len(form.tokens) > 1 for run in acronym_runs(form)}
    return {i for i, form in enumerate(forms) if len(form.tokens) == 1 and form.tokens[0] in runs}


def _optional_and_worded(
    tokens: tuple[str, ...], kinds: tuple[str, ...]
) -> tuple[list[bool], list[bool]]:
    """Which parts an acronym may take or leave (particles, legal forms, ``acronyms.yaml``),
    and which are words of a body: a run of known given and family names is a person's
    name ("Gamal Ibrahim Ahmed" is not GIA), so a run needs a part that is neither optional
    nor a known name."""
    words = _optional_words()
    optional = [k in (PARTICLE, LEGAL) or t in words for t, k in zip(tokens, kinds, strict=True)]
    names = variant_table()
    worded = [not opt and t not in names for t, opt in zip(tokens, optional, strict=True)]
    return optional, worded


@lru_cache(maxsize=100_000)
def _runs(tokens: tuple[str, ...], kinds: tuple[str, ...]) -> dict[str, tuple[int, ...]]:
    optional, worded = _optional_and_worded(tokens, kinds)
    found: dict[str, tuple[int, ...]] = {}
    n = len(tokens)
    for start in range(n):
        spellings = {tokens[start][0]}  # a run starts and ends on a part that gives its initial
        has_word = worded[start]
        for end in range(start + 1, min(n, start + 2 * MAX_LETTERS)):
            initials = (tokens[end][0], *_other_initials(tokens[end - 1], tokens[end]))
            taken = {s + i for s in spellings if len(s) < MAX_LETTERS for i in initials}
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


def blend_run(acronym: str, form: NameForm) -> tuple[int, ...] | None:
    """The run of parts of ``form`` that ``acronym`` is a blend of, if any: the initials (or
    first two letters) of each part of a run of :data:`MIN_BLENDED` or more, in order, and
    the "co" of the company, corporation or complex that ends it, as Iran's firms name
    themselves (IASCO, Iran Alloy Steel COmpany; HOSCO, HOrmozgan Steel COmpany; IRALCO,
    IRan ALuminum COmpany). An optional part (:func:`_optional_and_worded`) may give no
    letter. As :func:`acronym_runs`, only of a name in the Latin or Cyrillic alphabet with
    a word of a body. (Blends of other beginnings, KOMID for KOrea MIning Development,
    would make one of most words and names in capitals: ADAMS, ANDAmios Dalmine de MexicO
    S.A.)"""
    if (
        form.method not in LETTER_METHODS
        or len(form.tokens) < MIN_BLENDED
        or not acronym.endswith(BLEND_END)
    ):
        return None
    return _blend(acronym, form.tokens, form.kinds)


MIN_BLENDED = 3  # parts a blend is written from
MIN_BLEND_LETTERS = 5  # ... and its letters: Faker's "AR Properties Corporation" met APCO
BLEND_END = "co"  # what a blend's last part gives
MAX_PIECE = 2  # ... and its others at most


@lru_cache(maxsize=100_000)
def _blend(acronym: str, tokens: tuple[str, ...], kinds: tuple[str, ...]) -> tuple[int, ...] | None:
    optional, worded = _optional_and_worded(tokens, kinds)
    n = len(tokens)
    head = len(acronym) - len(BLEND_END)
    # the company that ends the run ends the name, but for legal forms (ORIental Iron
    # COmpany SPRL): not MAher trAdiNg and COnstruction company
    last = n - 1
    while last > 0 and kinds[last] == LEGAL and not tokens[last].startswith(BLEND_END):
        last -= 1

    @cache
    def rest(at: int, i: int) -> tuple[int, ...] | None:
        """The parts from ``i`` on that give ``acronym[at:]`` and end the run."""
        if i > last:
            return None
        if at == head:  # the last part: company, corporation, complex
            return (i,) if i == last and tokens[i].startswith(BLEND_END) else None
        if optional[i]:
            skipped = rest(at, i + 1)
            if skipped is not None or kinds[i] == PARTICLE:  # "and" gives no letter
                return skipped
        token = tokens[i]
        for size in range(min(len(token), head - at, MAX_PIECE), 0, -1):
            if acronym[at : at + size] == token[:size]:
                found = rest(at + size, i + 1)
                if found is not None:
                    return (i, *found)
        return None

    for start in range(n - MIN_BLENDED + 1):
        if not acronym.startswith(tokens[start][0]):
            continue
        given = rest(0, start)
        if given is not None and len(given) >= MIN_BLENDED and any(worded[i] for i in given):
            return tuple(range(given[0], given[-1] + 1))
    return None


def blend_initials(acronym: str) -> set[str]:
    """The initials of the runs that ``acronym`` may be a blend of (:func:`blend_run`): its
    first letters where it may be cut into pieces of one or two letters, and the c of its
    "co" ("hosco": hsc, hosc); none for an acronym of fewer than :data:`MIN_BLEND_LETTERS`
    or more than :data:`MAX_LETTERS` letters, or not ending in "co". A blend's run has these
    initials, or some of them where an optional part gives none; the index files acronyms
    under them."""
    found: set[str] = set()
    if not MIN_BLEND_LETTERS <= len(acronym) <= MAX_LETTERS or not acronym.endswith(BLEND_END):
        return found
    head = acronym[: -len(BLEND_END)]

    def cut(at: int, initials: str) -> None:
        if at == len(head):
            if len(initials) + 1 >= MIN_BLENDED:
                found.add(initials + BLEND_END[0])
            return
        for size in range(1, min(MAX_PIECE, len(head) - at) + 1):
            cut(at + size, initials + head[at])

    cut(0, "")
    return found


def acronym_pairs(
    q: NameForm, c: NameForm, least: int | None
) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """The (query parts, candidate parts) that pair as an acronym and the run it stands
    for, either way round; a run of the query spells an acronym of ``least`` letters or
    more (:func:`least_spelled`), none when ``least`` is None. A part is also a blend of a
    run of the other name (:func:`blend_run`)."""
    found: list[tuple[tuple[int, ...], tuple[int, ...]]] = []
    runs = acronym_runs(c)
    if runs:
        found += [
            ((i,), runs[t]) for i, t in enumerate(q.tokens) if t in runs and acronym_part(q, i)
        ]
    found += [((i,), run) for i, run in blended_parts(q, c)]
    if least is not None:
        runs = acronym_runs(q)
        found += [
            (runs[t], (j,))
            for j, t in enumerate(c.tokens)
            if len(t) >= least and t in runs and acronym_part(c, j)
        ]
        found += [(run, (j,)) for j, run in blended_parts(c, q) if len(c.tokens[j]) >= least]
    return found


def acronym_similarity(c: NameForm, qi: tuple[int, ...], cj: tuple[int, ...]) -> float:
    """How much an acronym pair (:func:`acronym_pairs`) of query parts ``qi`` and parts
    ``cj`` of listed name ``c`` counts: :data:`SHORT_ACRONYM_SIMILARITY` when a run of the
    query spells a listed acronym of fewer than :data:`MIN_SPELLED` letters, else
    :data:`ACRONYM_SIMILARITY` (a query that is an acronym says it is one)."""
    if len(qi) > 1 and len(cj) == 1 and len(c.tokens[cj[0]]) < MIN_SPELLED:
        return SHORT_ACRONYM_SIMILARITY
    return ACRONYM_SIMILARITY


def blended_parts(a: NameForm, b: NameForm) -> list[tuple[int, tuple[int, ...]]]:
    """The parts of ``a`` that may be acronyms and are blends of a run of ``b``
    (:func:`blend_run`), with that run."""
    found = []
    for i, token in enumerate(a.tokens):
        if (
            token.endswith(BLEND_END)
            and MIN_BLEND_LETTERS <= len(token) <= MAX_LETTERS
            and acronym_part(a, i)
        ):
            run = blend_run(token, b)
            if run is not None:
                found.append((i, run))
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
    one_case, words = _words_as_written(form.text)
    if one_case:
        return all(k in (PARTICLE, LEGAL) for j, k in enumerate(form.kinds) if j != i)
    return token.upper() in words


_WORD = re.compile(r"\w+")


@lru_cache(maxsize=100_000)
def _words_as_written(text: str) -> tuple[bool, frozenset[str]]:
    """Whether a name is written in one case, or in no Latin letters, with its accents
    folded (Foà and Bùi are written in lower case, as Foa); and its words (a part "in
    capitals" is one of them written so). Once per name, not per part: a long name's parts
    each looked at the whole of it."""
    folded = fold_accents(text)
    one_case = folded.isupper() or folded.islower() or not folded.isascii()
    return one_case, frozenset(_WORD.findall(folded))
