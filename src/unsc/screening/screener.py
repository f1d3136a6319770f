"""Screening a query (names, dates of birth, countries, identifiers) against a list."""

from __future__ import annotations

import datetime as dt
import sys
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
import numpy.typing as npt

from unsc.errors import InvalidInput
from unsc.sanctions.model import Entity, NameKind, Schema
from unsc.screening.acronyms import acronyms_among
from unsc.screening.collector import collector_paused
from unsc.screening.features import (
    country_codes,
    country_key,
    dob_feature,
    given_date,
    id_key,
    id_keys,
    parse_date,
    schema_feature,
    schema_kind,
)
from unsc.screening.index import NameIndex
from unsc.screening.japanese import in_kanji, japanese_key, japanese_names
from unsc.screening.namefields import (
    listed_names,
    own_acronyms,
    query_forms,
    quoted_name,
    typed_as_code,
    unread_name,
    vessel_numbers,
    written_codes,
)
from unsc.screening.names import (
    Aligner,
    Alignment,
    given_name_alone,
    one_given_name,
    telling_part_count,
)
from unsc.screening.normalize import NameForm, analyze, named_kind
from unsc.screening.scorer import ALGORITHM, DEFAULT_THRESHOLD, combine, name_explanation

__all__ = ["Hit", "Query", "Screener"]

_SCORE_FLOOR = 0.45  # entries whose name scores below this are not scored further
# The most a weak alias that is a given name alone scores by name (:func:`_weak_sources`),
# and a query that is one given name against a person's fuller name (:func:`_given_name_only`):
# below the default threshold, so it makes no match alone, but a date of birth (+0.15) or
# an identifier confirms one.
WEAK_ALIAS_SCORE = 0.7


def _weak_sources(entity: Entity) -> set[str]:
    """The names an entry is listed under only as low-quality aliases: the UN's QUALITY Low,
    OFAC's weak a.k.a.s ("nicknames, noms-de-guerre, and unusually common acronyms", which
    OFAC does not expect anyone to screen for, only to confirm a hit found by other facts:
    its FAQs 122-124). Of these, one that is a known given name alone, titles aside
    (:func:`~.names.given_name_alone`: John, Hassan, Dr. Ibrahim, Mullah Nasir, Abu Ahmad),
    scores at most :data:`WEAK_ALIAS_SCORE`: it is the name of thousands of others. A
    nickname of its own (Booyah, Colonel Rambo) is screened in full."""
    weak = {n.full for n in entity.names if n.kind == NameKind.ALIAS_LOW}
    return weak - {n.full for n in entity.names if n.kind != NameKind.ALIAS_LOW} - {entity.name}


# The explanations of a capped name score (:meth:`Screener._capped`), by their keys
_CAPS = {
    "weak_alias": f"a weak alias, a given name alone: at most {WEAK_ALIAS_SCORE} by name",
    "given_name_only": (
        f"the query is a given name alone, the listed name fuller: at most {WEAK_ALIAS_SCORE} "
        "by name"
    ),
}


def _given_name_only(query: NameForm, kind: str | None) -> bool:
    """Whether a query name is one given name alone, legal forms and particles aside (Thomas,
    Ibrahim LLC: :func:`~.names.one_given_name`), and may be a person's: against a person's
    name that tells more (more names, or a title or an initial with it: Hajj Ibrahim), of
    which it gives one part, it scores at most :data:`WEAK_ALIAS_SCORE`, as a weak alias
    does. Thousands bear it: of 1,000 Faker names of each of 34 locales, 1 in 5 a name
    alone, 37 met UN entries so (Martin, MARTIN KOUMTAMADJI; Ibrahim, Hajj Ibrahim). A name
    the list gives alone (an alias "Hassan") is the list's own word that its bearer goes by
    it, a rare family name alone (Nkunda) still finds its bearer, and a title or an initial
    in the query says more (Hafiz Majid, E. Ali)."""
    return kind != "organization" and one_given_name(query)


@dataclass(slots=True, frozen=True)
class Query:
    """What to screen: one or more names, and optional facts that sharpen the score."""

    name: str | Sequence[str]
    schema: str | None = None
    birth_dates: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    identifiers: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        """One value given where a tuple is expected is a tuple of it ("KP" is not K and P),
        and a date of birth may be a :class:`datetime.date`; a name that is no text, nor a
        sequence of it, is refused (123 raised a TypeError)."""
        name: Any = self.name
        if name is not None and not isinstance(name, str | Sequence):
            raise InvalidInput(
                f"name holds {type(name).__name__} {name!r}, not text", field="name", value=name
            )
        for key in ("birth_dates", "countries", "identifiers"):
            value: Any = getattr(self, key)
            if value is None or isinstance(value, str | dt.date):
                value = () if value is None else (value,)
            value = tuple(v.isoformat() if isinstance(v, dt.date) else v for v in value)
            bad = next((v for v in value if not isinstance(v, str)), None)
            if bad is not None:
                raise InvalidInput(
                    f"{key} holds {type(bad).__name__} {bad!r}, not text", field=key, value=bad
                )
            object.__setattr__(self, key, value)

    @property
    def names(self) -> list[str]:
        if self.name is None:
            return []
        names = [self.name] if isinstance(self.name, str) else list(self.name)
        return [n for n in names if isinstance(n, str) and n.strip()]


@dataclass(slots=True)
class Hit:
    """A listed entry that the query may be, with its score and why."""

    ref: str
    dataset: str
    name: str  # the entry's caption
    matched_name: str  # the entry's name that matched best
    schema: str
    score: float
    match: bool
    explanation: dict[str, Any]
    measures: list[dict[str, Any]]
    entity: Entity = field(repr=False)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready, without the entity."""
        return {
            "ref": self.ref,
            "dataset": self.dataset,
            "name": self.name,
            "matched_name": self.matched_name,
            "schema": self.schema,
            "score": self.score,
            "match": self.match,
            "explanation": self.explanation,
            "measures": self.measures,
        }


_NO_IDS: Mapping[str, str] = {}  # shared, never written to (a mappingproxy does not pickle)
_NO_COUNTRIES: frozenset[str] = frozenset()
_NO_MARKS: frozenset[str] = frozenset()


class _Record:
    """What the scorer needs of one entry, computed once at build time.

    An entry without dates, countries or identifiers shares one empty value of each (a
    million names, most without them, would otherwise hold 330 MB of empty sets, dicts and
    lists), and its kind is one of a few interned strings.
    """

    __slots__ = ("countries", "dobs", "entity", "ids", "kind", "marks")

    def __init__(self, entity: Entity) -> None:
        self.entity = entity
        self.kind = sys.intern(
            "organization" if entity.schema == Schema.ORGANIZATION else str(entity.schema).lower()
        )
        self.dobs = tuple(
            (d.earliest.toordinal(), d.latest.toordinal(), d.earliest == d.latest)
            for d in entity.birth_dates
        )
        countries = frozenset(k for c in entity.country_codes if (k := country_key(c)))
        self.countries = countries or _NO_COUNTRIES
        ids: dict[str, str] = {}
        for i in entity.identifiers:
            for key in id_keys(i.number, i.note):
                if len(key) >= ID_MIN:
                    ids.setdefault(key, _listed_id(i.type_text or i.type, i.number or i.note))
        marks: set[str] = set()
        if self.kind == "aircraft":  # its names are registration marks (EP-MNK): ids too,
            # each one aircraft's in the world, so decisive however short
            for name in entity.all_names():
                if len(key := id_key(name)) >= ID_MIN:
                    ids.setdefault(key, f"registration mark {name}")
                    marks.add(key)
        self.ids = ids or _NO_IDS
        self.marks = frozenset(marks) or _NO_MARKS

    def decides(self, key: str) -> bool:
        """Whether the entry's identifier ``key`` decides a match alone: long enough
        (:func:`decisive_id`), or an aircraft's registration mark."""
        return decisive_id(key) or key in self.marks


def _apart(entities: Iterable[Entity], source: str, taken: set[str]) -> list[Entity]:
    """A list's entries, their dataset named after their file (``csv:customers``) where an
    earlier list of the same screening has the name (two CSV lists are both "csv", and
    their references, row numbers, repeat), so that dataset and reference name one entry."""
    found = list(entities)
    clash = {e.dataset for e in found} & taken
    if not clash:
        return found
    names: dict[str, str] = {}
    for dataset in clash:
        name, n = f"{dataset}:{Path(source).stem}", 1
        while name in taken:
            n += 1
            name = f"{dataset}:{Path(source).stem}-{n}"
        names[dataset] = name
    return [replace(e, dataset=names[e.dataset]) if e.dataset in names else e for e in found]


NAME_UNLIKE = 0.5  # a name score below which an identifier's match says the name differs


def _country_feature(given: set[str], listed: frozenset[str]) -> tuple[float, str] | None:
    """+1 a nationality in common, -1 none, with both sides' countries; None when one side
    gives none."""
    if not given or not listed:
        return None
    common = given & listed
    if common:
        return 1.0, f"in common: {', '.join(sorted(common))}"
    given_text, listed_text = ", ".join(sorted(given)), ", ".join(sorted(listed))
    return -1.0, f"none in common: given {given_text}, listed {listed_text}"


def _listed_id(kind: str, text: str | None) -> str:
    """A listed identifier as an explanation names it: "Passport 00868774", or its text
    when that names its kind ("Qatari passport number 00868774")."""
    text = (text or "").strip()
    return text if kind.lower() in text.lower() else f"{kind} {text}"


ID_MIN = 4  # characters of an identifier looked up at all
ID_DECISIVE = 6  # characters of one that decides alone: shorter numbers are many (OFAC's
# list holds about 500 of four or five digits: a random four-digit number met one of them
# in 2 % of tries), so they confirm a name, as a date of birth does, but find nobody alone


def decisive_id(key: str) -> bool:
    """Whether an identifier key (:func:`~.features.id_key`) is long enough to decide a
    match alone (:data:`ID_DECISIVE`)."""
    return len(key) >= ID_DECISIVE


class _Aligners:
    """A query name's aligner per list (group) of a screener's entries: its parts weighed
    by their rarity in the list of the entry it is aligned with (:meth:`NameIndex.weights`).
    One aligner serves all when the screener holds one list."""

    __slots__ = ("_base", "_by_group", "_form", "_index")

    def __init__(
        self,
        index: NameIndex,
        form: NameForm,
        weights: tuple[float, ...],
        kind: str | None,
        *,
        expands: bool,
    ) -> None:
        self._index, self._form = index, form
        self._base = Aligner(form, weights, kind, expands=expands)
        self._by_group: dict[int, Aligner] = {}

    def of(self, group: int) -> Aligner:
        """The aligner for names of the entries of ``group``."""
        if not self._index.grouped:
            return self._base
        found = self._by_group.get(group)
        if found is None:
            found = self._base.reweighed(self._index.weights(self._form, group))
            self._by_group[group] = found
        return found


class Screener:
    """An index over the names of a list and the scorer; thread-safe for reads."""

    _cache: ClassVar[dict[str, Screener]] = {}
    _lock = threading.Lock()

    def __init__(self, entities: Sequence[Entity]) -> None:
        with collector_paused():  # millions of tuples, no cycles (:mod:`.collector`)
            self._build(entities)

    def _build(self, entities: Sequence[Entity]) -> None:
        self.entities = list(entities)
        self.datasets = list(dict.fromkeys(e.dataset for e in self.entities))  # in list order
        self.records = [_Record(e) for e in self.entities]
        forms: list[NameForm] = []
        owners: list[int] = []
        sources: list[str] = []
        weak: list[bool] = []
        spelt: list[bool] = []
        initials: list[bool] = []
        for k, entity in enumerate(self.entities):
            first = len(forms)
            seen: dict[str, int] = {}
            weak_sources = _weak_sources(entity)
            person = self.records[k].kind == "person"
            # an aircraft's names are registration marks (EP-MNK), codes spelt letter by
            # letter: they pair as spelt, never by sound (EP-MNQ is another aircraft)
            marks = self.records[k].kind == "aircraft"
            for source in entity.all_names():
                texts = listed_names(source)
                if not person:  # PRIVATE MILITARY COMPANY 'WAGNER' is also WAGNER
                    texts += [q for q in map(quoted_name, texts) if q and q not in texts]
                analysed = [analyze(text, titled=not person) for text in texts]
                acronyms = own_acronyms(analysed)
                for i, form in enumerate(analysed):
                    if not form.tokens:
                        continue
                    is_weak = source in weak_sources and given_name_alone(form)
                    if form.text in seen:  # weak (spelt) only if so wherever the list gives it
                        weak[seen[form.text]] &= is_weak
                        spelt[seen[form.text]] &= marks or i in acronyms
                        continue
                    seen[form.text] = len(forms)
                    forms.append(form)
                    owners.append(k)
                    sources.append(source)
                    weak.append(is_weak)
                    spelt.append(marks or i in acronyms)
            own = range(first, len(forms))
            of_own = acronyms_among([forms[n] for n in own]) if not person else set()
            initials += [spelt[n] or n - first in of_own for n in own]
        self.owners = owners
        self.sources = sources  # the name as the list writes it, before listed_names()
        self.weak = weak  # per name: a weak alias, scoring at most WEAK_ALIAS_SCORE
        # per name: the acronym its entry's name gives in parentheses (SIG of SPECIAL
        # INDUSTRIES GROUP (SIG)), known to stand for that name: it pairs as spelt only
        self.spelt = spelt
        # per name: an acronym of its entry's own name (SCOT of SYRIAN COMPANY FOR OIL
        # TRANSPORT), whose letters pair as spelt, never by sound (Scott)
        self.initials = initials
        self.first_name = [-1] * len(self.entities)
        for n in range(len(owners) - 1, -1, -1):
            self.first_name[owners[n]] = n
        # Names of entries that are not people: their acronyms pair with their names.
        self.organisations = [self.records[k].kind != "person" for k in owners]
        # each entry's list, by number: a name weighs its parts by their rarity in its own
        # list, so an entry of one list scores as it does when that list is screened alone
        number = {dataset: g for g, dataset in enumerate(self.datasets)}
        self.groups = [number[e.dataset] for e in self.entities]
        self.index = NameIndex(forms, owners, self.organisations, self.groups)
        self.name_weights = [
            self.index.weights(f, self.groups[owners[n]]) for n, f in enumerate(forms)
        ]
        self.by_id: dict[str, list[int]] = {}
        for k, record in enumerate(self.records):
            for key in record.ids:
                self.by_id.setdefault(key, []).append(k)
        self._measures = lru_cache(maxsize=4096)(self._measures_of)
        self._masks: dict[frozenset[int], npt.NDArray[np.bool_]] = {}

    @classmethod
    def from_list(cls, source: str = "un_sc") -> Screener:
        """The screener of a shipped dataset (``un_sc``, ``ofac_sdn``, ``ofac_cons``), a list
        file, or several of them at once (``"un_sc,ofac_sdn"``, ``"all"``:
        :func:`~unsc.sanctions.list_sources`): one index over all their entries, each hit
        naming its dataset. Cached in the process and on disk (:mod:`unsc.screening.cache`)."""
        from unsc.sanctions import list_sources, load_list
        from unsc.screening.cache import load_or_build, source_key

        def build() -> Screener:
            entities: list[Entity] = []
            for one in list_sources(source):
                entities += _apart(load_list(one).entities, one, {e.dataset for e in entities})
            return cls(entities)

        key = source_key(source)
        with cls._lock:
            found = cls._cache.get(key)
            if found is None:
                found = load_or_build(source, build)
                cls._cache[key] = found
        return found

    def __getstate__(self) -> dict[str, Any]:
        """Pickled without the measures' and the masks' memos (rebuilt on loading; see
        :mod:`.cache`)."""
        memos = ("_measures", "_masks")
        return {name: value for name, value in self.__dict__.items() if name not in memos}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._measures = lru_cache(maxsize=4096)(self._measures_of)
        self._masks = {}

    def _measures_of(self, k: int) -> list[dict[str, Any]]:
        from unsc.sanctions import measures_for

        return [m.to_dict() for m in measures_for(self.entities[k])]

    def _name_scores(
        self,
        forms: list[NameForm],
        skip: tuple[int, str] | None = None,
        kind: str | None = None,
    ) -> dict[int, tuple[float, int, int]]:
        """Best name score per entry: (score, query name number, entry name number).

        ``skip`` (entry number, name text) leaves one name of one entry out, for the
        leave-one-out evaluation of the benchmark; ``kind``: the query's kind of entry
        (:func:`~.features.schema_kind`), a person's name has no acronym.
        """
        return self._align_names(forms, skip, kind)[0]

    def _align_names(
        self,
        forms: list[NameForm],
        skip: tuple[int, str] | None = None,
        kind: str | None = None,
        among: frozenset[int] | None = None,
    ) -> tuple[dict[int, tuple[float, int, int]], list[_Aligners], set[int]]:
        """:meth:`_name_scores`, the aligners of each query name (to explain the hits) and
        the entries whose best name a rule holds down (:attr:`~.names.Alignment.cap`); with
        ``among``, of those entries' names only."""
        best: dict[int, tuple[float, int, int]] = {}
        held: set[int] = set()  # the entries whose best name a rule holds down
        exclude: list[int] = []
        if skip is not None:
            exclude = [
                n
                for n in range(len(self.owners))
                if self.owners[n] == skip[0] and self.sources[n] == skip[1]
            ]
        aligners = []
        spelt_only = own_acronyms(forms)
        for qn, form in enumerate(forms):
            weights = self.index.weights(form)
            cands, _ = self.index.candidates(
                form, weights, exclude=exclude, kind=kind, among=self._names_mask(among)
            )
            aligner = _Aligners(self.index, form, weights, kind, expands=qn not in spelt_only)
            aligners.append(aligner)
            given_only = _given_name_only(form, kind)
            for n in cands.tolist():
                owner = self.owners[n]
                if best.get(owner, (0.0,))[0] >= 1.0:  # no other name of it can score more
                    continue
                alignment = self.aligned(aligner.of(self.groups[owner]), n)
                score = alignment.score
                if self._capped(n, given_only):
                    score = min(score, WEAK_ALIAS_SCORE)
                if score > best.get(owner, (-1.0, 0, 0))[0]:
                    best[owner] = (score, qn, n)
                    if alignment.cap is None:
                        held.discard(owner)
                    else:
                        held.add(owner)
        return best, aligners, held

    def aligned(self, aligner: Aligner, n: int, *, explain: bool = False) -> Alignment:
        """A query name's ``aligner`` against listed name ``n``, with what the list tells of
        that name: a body's (its acronyms pair with runs of parts), an acronym of its
        entry's own name, or the one its name gives in parentheses (both spelt only)."""
        return aligner.align(
            self.index.forms[n],
            self.name_weights[n],
            explain=explain,
            acronyms=self.organisations[n],
            initials=self.initials[n],
            as_spelt=self.spelt[n],
        )

    def _japanese_forms(
        self, names: Sequence[str], kind: str | None, forms: list[NameForm]
    ) -> list[NameForm]:
        """A name in kanji also by the readings one name of the list spells whole
        (:func:`~.japanese.japanese_names`), looked up in the index's spellings."""
        if not any(map(in_kanji, names)):
            return []
        index = self.index

        def spelled(reading: str) -> list[str]:
            key = japanese_key(reading)
            spellings = (reading, key, key + "h") if key.endswith("o") else (reading, key)
            return [s for s in dict.fromkeys(spellings) if index.spells(s)]

        found = [r for name in names for r in japanese_names(name, spelled, index.spells_together)]
        known = {f.text for f in forms}
        return [f for f in query_forms(*found, kind=kind) if f.text not in known] if found else []

    def _by_caption(self, k: int, best: dict[int, tuple[float, int, int]]) -> bool:
        """Whether entry ``k`` scored best by its own name (its caption), not an alias."""
        return self.sources[best[k][2]] == self.entities[k].name

    def _capped(self, n: int, given_only: bool) -> str | None:
        """Why name ``n`` scores at most :data:`WEAK_ALIAS_SCORE` against the query, if it
        does (a key of :data:`_CAPS`): a weak alias, or a fuller name of a person where the
        query is one given name alone (``given_only``: :func:`_given_name_only`)."""
        if self.weak[n]:
            return "weak_alias"
        if given_only and self._fuller_name(n):
            return "given_name_only"
        return None

    def _fuller_name(self, n: int) -> bool:
        """Whether name ``n`` is a person's that gives more than one given name: more naming
        parts, or a title (Hajj Ibrahim, Sheik Omar) or an initial with it."""
        return not self.organisations[n] and telling_part_count(self.index.forms[n]) > 1

    def _names_mask(self, among: frozenset[int] | None) -> npt.NDArray[np.bool_] | None:
        """Which listed names belong to the entries ``among`` numbers (found once a set)."""
        if among is None:
            return None
        found = self._masks.get(among)
        if found is None:
            owners = np.asarray(self.owners, dtype=np.int64)
            found = np.isin(owners, np.fromiter(among, dtype=np.int64, count=len(among)))
            if len(self._masks) >= 4:
                self._masks.clear()
            self._masks[among] = found
        return found

    def entry_numbers(self, keys: Iterable[tuple[str, str]]) -> frozenset[int]:
        """The numbers of the entries that (dataset, ref) ``keys`` name, for ``among``."""
        wanted = set(keys)
        return frozenset(k for k, e in enumerate(self.entities) if (e.dataset, e.ref) in wanted)

    def screen(
        self,
        query: Query,
        *,
        limit: int = 10,
        threshold: float | None = None,
        among: frozenset[int] | None = None,
    ) -> list[Hit]:
        """The entries that best match ``query``, best first, at most ``limit``; with
        ``among`` (:meth:`entry_numbers`), only those entries' hits, scored as against the
        whole list (:mod:`~unsc.screening.changes`)."""
        limit_score = DEFAULT_THRESHOLD if threshold is None else threshold
        if not 0.0 <= limit_score <= 1.0:
            raise InvalidInput(
                f"threshold {limit_score!r} is not between 0 and 1", field="threshold"
            )
        if limit < 1:
            raise InvalidInput(f"limit {limit!r} is not 1 or more", field="limit")
        names = query.names
        if not names:
            raise InvalidInput("the query has no name", field="name", hint="give a name to screen")
        kind = schema_kind(query.schema)
        forms = query_forms(*names, kind=kind)
        forms += self._japanese_forms(names, kind, forms)
        if not forms:
            raise unread_name(names[0])
        # not given: a legal form in a name names an organisation ("Ahmed PLC" is no person), a
        # vessel's prefix alone a vessel (M/V ARGO I); that name's, not the others' a field
        # gives besides ("Joseph Kony; Acme Ltd": Joseph Kony is still a person's name)
        query_kinds = [kind or named_kind(f) for f in forms]
        # the name's own legal form says its kind (given or not): a kind given alone may be
        # a file's generic or mis-keyed column, and weighs less (:func:`schema_feature`)
        said = [
            k is not None and named_kind(f) == k for f, k in zip(forms, query_kinds, strict=True)
        ]
        dobs = [parse_date(d) for d in query.birth_dates if given_date(d)]
        read = {x: country_codes(x) for x in query.countries if x.strip()}
        countries = {code for codes in read.values() for code in codes}
        unread_countries = [x for x, codes in read.items() if not codes]
        ids = self._query_ids(query, names)
        best, aligners, held = self._align_names(forms, kind=kind, among=among)
        for key in ids:
            for k in self.by_id.get(key, ()):
                if self.first_name[k] >= 0 and self.records[k].decides(key):
                    best.setdefault(k, (0.0, 0, self.first_name[k]))
        if among is not None:
            best = {k: found for k, found in best.items() if k in among}
        scored: list[tuple[float, int, dict[str, Any]]] = []
        floor = min(_SCORE_FLOOR, limit_score)
        for k, (name_score, qn, _) in best.items():
            record = self.records[k]
            same = [key for key in ids if key in record.ids]
            decided = next((key for key in same if record.decides(key)), None)
            if name_score < floor and decided is None:
                continue
            extra = {
                "dob": dob_feature(dobs, record.dobs),
                "country": _country_feature(countries, record.countries),
                "schema": schema_feature(query_kinds[qn], record.kind, inferred=said[qn]),
                "identifier": None
                if decided is not None or not same
                else (1.0, f"same number, too short to decide alone: {record.ids[same[0]]}"),
            }
            id_match = None
            if decided is not None:
                id_match = f"given {ids[decided]}, listed {record.ids[decided]}"
                if name_score < NAME_UNLIKE:
                    id_match += f"; the name does not match ({name_score:.2f})"
            score, features = combine(name_score, extra, id_match, held=k in held)
            if score >= limit_score:
                scored.append((score, k, features))
        # ties: an entry met by its own name before one met by an alias ("Hezbollah" is
        # HIZBALLAH before a person with the alias Hizbullah), then by reference
        scored.sort(
            key=lambda x: (-x[0], not self._by_caption(x[1], best), self.entities[x[1]].ref)
        )
        hits = []
        for score, k, features in scored[:limit]:
            _, qn, n = best[k]
            q, c = forms[qn], self.index.forms[n]
            detail = self.aligned(aligners[qn].of(self.groups[k]), n, explain=True)
            features["name"]["detail"] = name_explanation(q, c, detail)
            cap = self._capped(n, _given_name_only(q, kind))
            if cap is not None:
                features["name"]["detail"][cap] = _CAPS[cap]
            entity = self.entities[k]
            hits.append(
                Hit(
                    ref=entity.ref,
                    dataset=entity.dataset,
                    name=entity.name,
                    matched_name=c.text,
                    schema=str(entity.schema),
                    score=score,
                    match=score >= limit_score,
                    explanation={
                        "algorithm": ALGORITHM,
                        "threshold": limit_score,
                        "features": features,
                        **({"unread_countries": unread_countries} if unread_countries else {}),
                    },
                    measures=self._measures(k),
                    entity=entity,
                )
            )
        return hits

    @staticmethod
    def _query_ids(query: Query, names: list[str]) -> dict[str, str]:
        """The identifier keys of a query (:func:`~.features.id_keys`) and what gave each:
        its identifiers, and the codes its name field holds, an IMO number after a vessel's
        name, or only a number or a registration mark (YK-AKB, whose AKB reads as a bank's
        legal form), or one among its words (Mahan Air A340 EP-MMH), looked up exactly (a
        name is none: "Joseph Kony" looks up JOSEPHKONY, found nowhere)."""
        found = {key: i for i in query.identifiers for key in id_keys(i)}
        codes = [
            *(n for name in names for n in vessel_numbers(name)),
            *(name for name in names if typed_as_code(name)),
            *(code for name in names for code in written_codes(name)),
        ]
        for code in codes:
            found.setdefault(id_key(code), code)
        return {key: text for key, text in found.items() if len(key) >= ID_MIN}

    def search(self, text: str, *, limit: int = 10) -> list[Hit]:
        """Free-text search: the best ``limit`` entries for a name, whatever their score."""
        hits = self.screen(Query(name=text), limit=limit, threshold=0.0)
        for hit in hits:
            hit.match = hit.score >= DEFAULT_THRESHOLD
            hit.explanation["threshold"] = DEFAULT_THRESHOLD
        return hits
