"""The retrieval index: from a query's name parts to a few candidate names, without a scan.

Every name of every entry is analysed once, at build time. Each part is indexed under its
spelling keys (canonical spelling and phonetic keys) and, as a looser key, its consonant
skeleton; two adjacent parts, and three short ones, also under their joined spelling, as
written and canonical ("jong"+"un" -> "jongun", "nam chon gang" -> "namchongang"). A
posting list is a sorted NumPy array of name numbers, a slice of one array that holds them
all (:mod:`.postings`).

Spellings one letter apart ("Mutebusi" / "Mutebutsi", "Damel" / "Djamel") share no key, so
the phonetic keys of :data:`NEAR_MIN_LENGTH` letters or more are also found one edit away,
by symmetric deletion (the SymSpell method): each key of the list is filed under itself and
under every spelling with one letter deleted; a query key looks up the same. Two keys meet
when one becomes the other, or both become the same, by deleting one letter: one insertion,
deletion or substitution apart (or two neighbouring letters swapped). This costs a few
dictionary look-ups per query part, not a scan of the list's vocabulary, and the names so
found count as loosely shared, like those sharing a skeleton.

A query looks up its parts. The postings of parts that are frequent in the list (above
:data:`COMMON_SHARE` of the names) are not walked but only probed (binary search) for the
candidates the rarer parts found (the looser keys, skeletons and keys one edit away, are
walked only when four times rarer still: they find more names than they should keep); when
every part is frequent, the rarest one is walked.
Each candidate name collects the weight of the query parts it shares, each part once, by the
best look-up that found it there: alone or in a joined run (a part shared only by skeleton
counts :data:`LOOSE_SHARE`); the best :data:`MAX_CANDIDATES` with enough shared
weight go to the scorer (of equals, those spelt as the query is), of each list when several
are indexed together: one list's names are not crowded out by another's. The cost per
query grows with the rare postings, not with the list.

A misspelt part shares no key, and an unseen part weighs most (it is rare): "Joeph Kony"
would leave Joseph Kony sharing under half of the query. A part that shares no key with any
name counts :data:`UNSEEN_SHARE` of its weight; and when no name shares nearly all of the
query, a few names sharing less are kept too, those spelt closest to it (rapidfuzz's ratio,
in C, over at most :data:`TYPO_POOL` names).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from unsc.screening.acronyms import (
    acronym_part,
    acronym_runs,
    blend_initials,
    blend_run,
    blended_parts,
    least_spelled,
)
from unsc.screening.chinese import pinyin_spellings
from unsc.screening.keys import (
    h_readings,
    phonetic,
    reading_skeletons,
    skeleton,
    slavic_name,
    tha_as_s,
)
from unsc.screening.names import (
    COUNTRY_ABSENT,
    LATIN_METHODS,
    SECTOR_ABSENT,
    a_body_named,
    kind_weights,
    location_parts,
    own_words,
    plural_of,
    runs_spelled,
    sector_words,
)
from unsc.screening.normalize import (
    CYRILLIC_METHOD,
    PARTICLE,
    NameForm,
    joined,
    joined_runs,
    part_count,
    variant_table,
)
from unsc.screening.postings import PostingBuilder

__all__ = ["COMMON_SHARE", "MAX_CANDIDATES", "NameIndex"]

COMMON_SHARE = 0.005  # keys in more than this share of names are probed, not walked
MIN_COMMON = 1000  # ... but never below this many names
MAX_CANDIDATES = 40  # candidate names passed to the scorer per query
LENGTH_TIE = 0.01  # of names sharing as much, each part of length apart ranks this lower
SPELLING_TIE = 0.009  # ... and a name spelt as the query is ranks this higher, by less
RELATIVE_SHARED = 0.3  # ... that share at least this fraction of the best candidate's share
DENSE_LIMIT = 50_000  # lists up to this many names are scored in one dense array (the
# shipped lists together hold 25,000: screened at once, each list's candidates are as alone)
MIN_SHARED = 0.5  # a candidate must share this share of the query's weight
TYPO_TIER_BELOW = 0.9  # when no name shares this share of the query, also keep ...
TYPO_SHARED = 0.3  # ... names that share this share, and are spelt closest to it:
TYPO_CANDIDATES = 5  # at most this many
TYPO_RATIO = 75.0  # with at least this ratio (0-100)
TYPO_POOL = 2000  # among at most this many sharing most (a common part's names: 578 of
# OFAC's give Mohamed; a pool of 200 of them, cut among equals, lost Mohammed Rougi)
UNSEEN_SHARE = 0.5  # ... in which a part no name shares a key with counts this much of its
# weight: it is as often a misspelling (rare because misspelt) as a name the list lacks
LOOSE_SHARE = 0.7  # what a part shared only by skeleton or a key one edit away counts for
ABJAD_LOOSE_SHARE = 0.9  # ... when the query came from the Arabic script (no short vowels)
SPLIT_MIN = 3  # a part read from the Arabic script is cut in two halves of this many letters
NEAR_MIN_LENGTH = 5  # phonetic keys this long are also found one edit away (shorter ones,
# Korean syllables and the like, would meet too many others: "kang" and "jang")
NEAR_MAX_LENGTH = 40  # ... and no longer: a key's deletions take the square of its length
# (a pasted paragraph of 100,000 letters would take 10 GB); the lists' longest are 22

IntArray = npt.NDArray[np.int32]
FloatArray = npt.NDArray[np.float64]
Postings = tuple[IntArray, ...]  # sorted posting lists of name numbers
Part = tuple[tuple[int, ...], Postings, Postings]  # the query parts a look-up stands for (a
# part, a joined run, an acronym's run), its spelling and its looser postings
_EMPTY: IntArray = np.zeros(0, dtype=np.int32)


def _deletions(key: str) -> list[str]:
    """``key`` with one letter deleted, at each position."""
    return [key[:i] + key[i + 1 :] for i in range(len(key))]


def spelling_keys(token: str, canon: str) -> set[str]:
    """The look-up keys of a name part: its canonical spelling, the phonetic keys ("~")
    of its canonical and written spellings (and of the written one with a th between vowels as
    s, :func:`~unsc.screening.keys.tha_agrees`: "athir" is also filed as "asir"), and a
    Wade-Giles part's Pinyin spellings (:func:`~unsc.screening.chinese.pinyin_spellings`:
    "hsueh" is also filed as "xue"), and a plural's singular (:func:`~.names.plural_of`:
    "houthis" is also filed as "houthi")."""
    singular = plural_of(token)
    return {
        canon,
        "~" + phonetic(canon),
        "~" + phonetic(token),
        "~" + phonetic(tha_as_s(token)),
        *pinyin_spellings((token,)),
        *((singular, "~" + phonetic(singular)) if singular else ()),
    }


def run_keys(form: NameForm, run: tuple[int, ...]) -> set[str]:
    """The look-up keys of a run of adjacent parts: joined, canonical and as written, and
    the Pinyin spellings of the run written in Wade-Giles ("hsueh yuan" -> "xueyuan")."""
    tokens = tuple(form.tokens[i] for i in run)
    return {joined(form, run[0], len(run)), "".join(tokens), *pinyin_spellings(tokens)}


def skeleton_keys(token: str, canon: str, abjad: bool) -> set[str]:
    """The looser look-up keys of a name part ("#"): its consonant skeleton and, for a part
    read from the Arabic script, the skeletons of its readings in other languages and
    dialects (:func:`~unsc.screening.keys.reading_skeletons`: "fydh" is also Faiz, "qasmy"
    also Gasmi)."""
    found = {"#" + skeleton(canon)}
    if abjad:
        found.update("#" + k for k in reading_skeletons(token))
    return found


class NameIndex:
    """Inverted index from part keys to name numbers, plus the part rarity table."""

    def __init__(
        self,
        forms: Sequence[NameForm],
        owners: Sequence[int],
        organisations: Sequence[bool] = (),
        groups: Sequence[int] = (),
    ) -> None:
        self.forms = list(forms)
        self.size = len(self.forms)
        self._lengths = np.asarray([part_count(f) for f in self.forms], dtype=np.int32)
        # each name's canonical spelling, taken by the candidates' positions at once (the typo
        # tier compares a few hundred per query: joined anew each time, they cost more than
        # the comparison)
        self._keys = np.asarray([f.key for f in self.forms], dtype=object)
        # Names are numbered in order and each name adds itself once to each list of its
        # keys (gathered in a set): every posting list comes out sorted and unique.
        postings = PostingBuilder()
        owners_by_token: dict[str, set[int]] = defaultdict(set)
        for n, form in enumerate(self.forms):
            keys: set[str] = set()
            g_as_h = _reads_g_as_h(form)
            for i in range(len(form.tokens)):
                if form.kinds[i] == PARTICLE:
                    continue
                owners_by_token[form.canon[i]].add(owners[n])
                keys |= spelling_keys(form.tokens[i], form.canon[i])
                keys |= skeleton_keys(form.tokens[i], form.canon[i], form.abjad)
                for reading in h_readings(form.tokens[i]) if g_as_h else ():
                    keys |= spelling_keys(reading, variant_table().get(reading, reading))
            for run in joined_runs(form):
                keys |= run_keys(form, run)
            if organisations and organisations[n]:
                keys |= _acronym_keys(form)
            postings.add(n, keys)
        self._postings = postings.table()
        del postings
        self._near = _deletion_table(k[1:] for k in self._postings if k.startswith("~"))
        entries = set(owners)
        self._log_n = math.log(max(len(entries), 1) + 1)
        self._df = {k: len(v) for k, v in owners_by_token.items()}
        self._group_rarity = _group_rarity(owners_by_token, groups, entries)
        # each name's group, when there are several (each is kept its own candidates)
        self._name_groups = (
            np.asarray([groups[o] for o in owners], dtype=np.int16) if self._group_rarity else None
        )
        self._common = max(MIN_COMMON, int(COMMON_SHARE * self.size))
        self.postings_for = lru_cache(maxsize=200_000)(self._postings_for)

    def __getstate__(self) -> dict[str, object]:
        """Pickled without the postings' memo (rebuilt on loading)."""
        return {name: value for name, value in self.__dict__.items() if name != "postings_for"}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self.postings_for = lru_cache(maxsize=200_000)(self._postings_for)

    def spells(self, canon: str) -> bool:
        """Whether a name has a part of canonical spelling ``canon``."""
        return canon in self._postings

    def spells_together(self, canons: Sequence[str]) -> bool:
        """Whether one name has parts of all the canonical spellings ``canons``."""
        common: IntArray | None = None
        for canon in canons:
            names = self._postings.get(canon)
            if names is None:
                return False
            common = names if common is None else np.intersect1d(common, names, True)
            if not len(common):
                return False
        return common is not None

    def rarity(self, canon: str, group: int | None = None) -> float:
        """How rare a canonical part is among the entries: 1 unseen ... ~0 in every entry;
        with ``group``, among that group's entries (one list of several indexed together)."""
        df_table, log_n = self._df, self._log_n
        if group is not None and self._group_rarity:
            df_table, log_n = self._group_rarity[group]
        df = df_table.get(canon, 0)
        return max(0.0, log_n - math.log(df + 1)) / log_n if df else 1.0

    def weights(self, form: NameForm, group: int | None = None) -> tuple[float, ...]:
        """Part weights: by kind (:func:`~unsc.screening.names.kind_weights`), and lowered for
        parts common in the list, or with ``group`` in that group's list: a name scores
        against an entry of one list as it does when that list is screened alone."""
        return tuple(
            w * (0.45 + 0.55 * self.rarity(c, group))
            for w, c in zip(kind_weights(form), form.canon, strict=True)
        )

    @property
    def grouped(self) -> bool:
        """Whether the entries are of several groups, each with its own rarity table."""
        return bool(self._group_rarity)

    def near_keys(self, key: str) -> set[str]:
        """The phonetic keys of the list one edit away from ``key`` (not ``key`` itself)."""
        if not NEAR_MIN_LENGTH <= len(key) <= NEAR_MAX_LENGTH + 1:  # longer: none is one edit away
            return set()
        found: set[str] = set()
        for variant in (key, *_deletions(key)):
            keys = self._near.get(variant)
            if keys:
                found.update(keys.split(" "))
        found.discard(key)
        return found

    def _postings_for(self, token: str, canon: str, abjad: bool) -> tuple[Postings, Postings]:
        """The posting lists of names sharing a spelling key of a part, and of names sharing
        only its skeleton or a phonetic key one edit away. Lists, not their union: the
        common ones are only probed, and are never copied."""
        keys = sorted(spelling_keys(token, canon))
        exact = tuple(self._postings[k] for k in keys if k in self._postings)
        phonetics = {k[1:] for k in keys if k.startswith("~")}
        near = set().union(*(self.near_keys(p) for p in phonetics)) - phonetics
        loose = [self._postings["~" + k] for k in sorted(near)]
        loose += (
            self._postings[k]
            for k in sorted(skeleton_keys(token, canon, abjad))
            if k in self._postings
        )
        return exact, tuple(loose)

    def candidates(
        self,
        form: NameForm,
        weights: tuple[float, ...],
        *,
        exclude: Sequence[int] = (),
        kind: str | None = None,
        among: npt.NDArray[np.bool_] | None = None,
    ) -> tuple[IntArray, FloatArray]:
        """Candidate name numbers for one query name, with the share of query weight each shares.

        A part counts fully for the names that share one of its spelling keys, and
        :data:`LOOSE_SHARE` of it for those that share only its consonant skeleton. Names in
        ``exclude`` are left out (the benchmark's leave-one-out evaluation), and with ``among``
        (a mask over the names) those it leaves out, before the best are kept: a few
        entries' names are not crowded out by the others'. Unless the
        query's ``kind`` is a person, its parts also find the organisations' names they are
        an acronym of, and its runs of parts the acronyms listed for them
        (:func:`~unsc.screening.acronyms.least_spelled`). A part read from the Arabic script
        that no name shares is also looked up cut in two (:meth:`_halves`). The runs of
        adjacent parts are looked up joined (and, from the Arabic script, by the skeletons
        of their readings) even when no part alone is found ("al fredyekatom"); a part
        counts once for a name, by the best of the look-ups that found it there.
        """
        parts: list[Part] = []
        seen_shares = [0.0] * len(form.tokens)
        spelt = [False] * len(form.tokens)  # found by a spelling key, not only loosely
        g_as_h = _reads_g_as_h(form)
        for i, token in enumerate(form.tokens):
            if form.kinds[i] == PARTICLE:
                continue
            exact, loose = self.postings_for(token, form.canon[i], form.abjad)
            for reading in h_readings(token) if g_as_h else ():  # Гасан gasan, also hasan
                more, _ = self.postings_for(reading, variant_table().get(reading, reading), False)
                exact += more
            before = len(parts)
            if form.abjad and all(
                len(a) <= len(exclude) and np.isin(a, exclude).all() for a in exact
            ):
                parts += self._halves(token, i)  # (the names left out do not count)
            if exact or loose:
                parts.append(((i,), exact, loose))
            seen_shares[i] = 1.0 if len(parts) > before else UNSEEN_SHARE
            spelt[i] = bool(exact)
        countries = _countries_of_organisation(form, kind)
        sectors = _sectors_of_body(form, kind, spelt)
        shares = [
            w * seen * (COUNTRY_ABSENT if country else 1.0)
            for w, seen, country in zip(weights, seen_shares, countries, strict=True)
        ]
        total = sum(shares)
        if least_spelled(kind) is not None:
            parts += self._acronym_parts(form, runs_spelled(form, kind))
        for run in joined_runs(form):
            found = tuple(
                self._postings[k] for k in sorted(run_keys(form, run)) if k in self._postings
            )
            # a run read from the Arabic script: the skeletons of its readings, as a part's
            # ("ثناء اللہ" thna allah is Sanaullah: tha read as s)
            skeletal: Postings = ()
            if form.abjad:  # the readings of the romanised letters, as a part's (written)
                written = "".join(form.tokens[i] for i in run)
                keys = sorted({"#" + k for k in reading_skeletons(written) if len(k) >= 3})
                skeletal = tuple(self._postings[k] for k in keys if k in self._postings)
            if found or skeletal:
                parts.append((run, found, skeletal))
        if not parts or total == 0.0:
            return _EMPTY, np.zeros(0)
        loose_share = ABJAD_LOOSE_SHARE if form.abjad else LOOSE_SHARE
        # Each query part counts once for a name, by the best look-up that found it there:
        # alone, or in a joined run ("fu yuan" in "Fuyuan"), or in an acronym's run.
        token_weights = [
            0.0 if k == PARTICLE else w for k, w in zip(form.kinds, weights, strict=True)
        ]
        cands, shared = self._shares(parts, token_weights, loose_share, total)
        if any(sectors):  # and as shared with the words of a trade lightened, the better
            light = [
                w * SECTOR_ABSENT if sector else w
                for w, sector in zip(token_weights, sectors, strict=True)
            ]
            light_total = sum(
                share * SECTOR_ABSENT if sector else share
                for share, sector in zip(shares, sectors, strict=True)
            )
            _, lighter = self._shares(parts, light, loose_share, light_total)
            np.maximum(shared, lighter, out=shared)
        if exclude:
            shared[np.isin(cands, np.asarray(exclude, dtype=np.int32))] = 0.0
        if among is not None:
            shared[~among[cands]] = 0.0
        if self._name_groups is None:
            return self._best_of(form, cands, shared)
        # several lists: each list's best, as when it is screened alone (a generic name
        # shared by hundreds of another list's names does not crowd out this one's)
        groups = self._name_groups[cands]
        kept = [
            self._best_of(form, cands[groups == g], shared[groups == g]) for g in np.unique(groups)
        ]
        if len(kept) == 1:
            return kept[0]
        return np.concatenate([c for c, _ in kept]), np.concatenate([s for _, s in kept])

    def _best_of(
        self, form: NameForm, cands: IntArray, shared: FloatArray
    ) -> tuple[IntArray, FloatArray]:
        """The candidates kept for the scorer: those sharing enough of the query, the names
        spelt closest to it when none shares nearly all, at most :data:`MAX_CANDIDATES`."""
        best = float(shared.max(initial=0.0))
        keep = shared >= max(MIN_SHARED, RELATIVE_SHARED * best)
        spelt_close = np.zeros(len(cands), dtype=bool)
        if best < TYPO_TIER_BELOW:
            spelt_close[self._closest_spelt(form, cands, shared, keep)] = True
            keep |= spelt_close
        cands, shared, spelt_close = cands[keep], shared[keep], spelt_close[keep]
        if len(cands) > MAX_CANDIDATES:
            # Ties (many names share the query's parts) go to names of the query's length,
            # particles not counted, then to those spelt as it is; the names spelt closest
            # to a misspelt query stay.
            rank = shared - LENGTH_TIE * np.abs(self._lengths[cands] - part_count(form))
            rank[spelt_close] += 2.0
            self._spelling_ties(form, cands, rank)
            top = np.argpartition(-rank, MAX_CANDIDATES)[:MAX_CANDIDATES]
            cands, shared = cands[top], shared[top]
        return cands, shared

    def _spelling_ties(self, form: NameForm, cands: IntArray, rank: FloatArray) -> None:
        """Break the ties at the cut of :data:`MAX_CANDIDATES` by spelling (in place): of the
        names ranked about as high as the last one kept, those spelt as the query is (its
        canonical spelling) go first, by less than one part of length counts. A generic name
        that hundreds of longer names share in full ("Abd Allah": "Abdallah Ali", "Abd Allah
        Mohammed") keeps the names written as it is, which an arbitrary cut among equals
        could lose. (Ranking the others by how close their spelling is, too, let one-word
        names an edit away from a one-word query in, where they score 0.85: "Morin" met
        MOBIN INTERNATIONAL LIMITED; three more of 9,855 Faker names against OFAC's list.)"""
        last = np.partition(rank, len(rank) - MAX_CANDIDATES)[len(rank) - MAX_CANDIDATES]
        near = np.flatnonzero(rank >= last - LENGTH_TIE)
        rank[near[self._keys[cands[near]] == form.key]] += SPELLING_TIE

    def _shares(
        self, parts: list[Part], token_weights: list[float], loose_share: float, total: float
    ) -> tuple[IntArray, FloatArray]:
        """The names the parts find and the share of the query (``total``) each gives."""
        if self.size <= DENSE_LIMIT:
            cands, shared = self._dense(parts, token_weights, loose_share)
        else:
            cands, shared = self._sparse(parts, token_weights, loose_share)
        shared /= total
        np.minimum(shared, 1.0, out=shared)  # an unseen part found in a joined run
        return cands, shared

    def _closest_spelt(
        self, form: NameForm, cands: IntArray, shared: FloatArray, keep: npt.NDArray[np.bool_]
    ) -> list[int]:
        """The candidates (positions in ``cands``) that share too little of the query to be
        kept, but at least :data:`TYPO_SHARED`, and are spelt closest to it: a misspelt part
        shares no key ("Joeph Kony", "Amadou Kosufa"), so its name shares only the other
        parts. At most :data:`TYPO_CANDIDATES`, by rapidfuzz's ratio of the canonical
        spellings, as written or with the parts sorted (a first letter mistyped moves a part:
        "ariq aziz" / "tariq aziz"), at least :data:`TYPO_RATIO`; of the :data:`TYPO_POOL`
        sharing most when more do. rapidfuzz stops early on a pair below the ratio, so a
        pool of 2,000 costs about 0.5 ms."""
        low = np.flatnonzero(~keep & (shared >= TYPO_SHARED))
        if not len(low):
            return []
        if len(low) > TYPO_POOL:
            low = low[np.argpartition(-shared[low], TYPO_POOL)[:TYPO_POOL]]
        texts = self._keys[cands[low]].tolist()
        ratios = np.maximum(
            *(
                process.cdist([form.key], texts, scorer=scorer, score_cutoff=TYPO_RATIO)[0]
                for scorer in (fuzz.ratio, fuzz.token_sort_ratio)
            )
        )
        best = np.argsort(-ratios, kind="stable")[:TYPO_CANDIDATES]
        return [int(low[i]) for i in best if ratios[i] >= TYPO_RATIO]

    def _halves(self, token: str, i: int) -> list[Part]:
        """A part read from the Arabic script that no name shares, as two parts the list
        knows: the script does not show a space after a letter that does not join the next
        (ر د و ا), so it is often left out ("ظاهرعويس", Dahir Aweys). The names that share
        a key with both halves of some cut share the part loosely."""
        found: list[IntArray] = []
        for cut in range(SPLIT_MIN, len(token) - SPLIT_MIN + 1):
            both = None
            for half in (token[:cut], token[cut:]):
                exact, loose = self.postings_for(half, variant_table().get(half, half), True)
                names = np.unique(np.concatenate((*exact, *loose, _EMPTY)))
                both = names if both is None else np.intersect1d(both, names, assume_unique=True)
                if not len(both):
                    break
            if both is not None and len(both):
                found.append(both)
        if not found:
            return []
        return [((i,), (), (np.unique(np.concatenate(found)).astype(np.int32),))]

    def _acronym_parts(self, form: NameForm, least: int | None) -> list[Part]:
        """The organisations' names a query part is the acronym or a blend of ("^"), and the
        listed acronyms ("=") and blends ("%") of ``least`` letters or more that the query's
        runs of parts spell or begin (none when ``least`` is None:
        :func:`~unsc.screening.names.runs_spelled`)."""
        found: list[Part] = []
        for i, token in enumerate(form.tokens):
            if not acronym_part(form, i):
                continue
            post = self._postings.get("^" + token)
            if post is not None:
                found.append(((i,), (post,), ()))
            blended = self._blends_of(token)
            if len(blended):
                found.append(((i,), (blended,), ()))
        if least is None:
            return found
        postings = self._postings
        for spelling, run in acronym_runs(form).items():
            kept = []
            post = postings.get("=" + spelling)
            if post is not None and len(spelling) >= least:
                kept.append(post)
            post = postings.get("%" + spelling)  # a blend's own length counts, not its run's
            blended = np.zeros(0, np.int32) if post is None else self._blended(form, post)
            if len(blended):  # (an empty list is no look-up: the large lists' probe needs one)
                kept.append(blended)
            if kept:
                found.append((tuple(run), tuple(kept), ()))
        return found

    def _blended(self, form: NameForm, names: IntArray) -> IntArray:
        """Of the organisations' names filed under the initials of a run of the query (a
        blend of the run may be a part of theirs), the ones with a part that is a blend of
        some run of the query (:func:`~.acronyms.blend_run`)."""
        kept = [n for n in names.tolist() if blended_parts(self.forms[n], form)]
        return np.asarray(kept, dtype=np.int32)

    def _blends_of(self, token: str) -> IntArray:
        """The organisations' names that a query part is a blend of (:func:`~.acronyms.
        blend_run`): among those filed under the initials it may stand for, the ones it is
        written from."""
        names = [
            n
            for initials in sorted(blend_initials(token))
            for n in self._postings.get("^" + initials, _EMPTY).tolist()
            if blend_run(token, self.forms[n]) is not None
        ]
        return np.unique(np.asarray(names, dtype=np.int32)) if names else _EMPTY

    def _dense(
        self, parts: list[Part], token_weights: list[float], loose_share: float
    ) -> tuple[IntArray, FloatArray]:
        """Every posting of every part added into one array over all names (small lists)."""
        shared = np.zeros(self.size)
        covered = _coverage(parts)
        best: dict[int, FloatArray] = {}  # per part found by several look-ups: its best hit
        for tokens, exact, loose in parts:
            if len(exact) == 1 and not loose and len(tokens) == 1 and covered[tokens[0]] == 1:
                shared[exact[0]] += token_weights[tokens[0]]  # a list holds each name once
                continue
            hit = np.zeros(self.size)
            for post in loose:
                hit[post] = loose_share
            for post in exact:
                hit[post] = 1.0
            _keep_best(best, tokens, hit, covered, token_weights, shared)
        for i, hit in best.items():
            shared += token_weights[i] * hit
        cands = np.flatnonzero(shared).astype(np.int32)
        return cands, shared[cands]

    def _sparse(
        self, parts: list[Part], token_weights: list[float], loose_share: float
    ) -> tuple[IntArray, FloatArray]:
        """Walk the rare postings, probe the common ones for the names found (large lists)."""
        walk = [a for _, e, _ in parts for a in e if len(a) <= self._common]
        walk += [a for _, _, lo in parts for a in lo if len(a) <= self._common // 4]
        if not walk:  # every key is common: walk the rarest part (spelling and looser keys)
            _, exact, loose = min(parts, key=lambda p: sum(len(a) for a in (*p[1], *p[2])))
            walk = [*exact, *loose]
        cands = walk[0] if len(walk) == 1 else np.unique(np.concatenate(walk))
        shared = np.zeros(len(cands))
        covered = _coverage(parts)
        best: dict[int, FloatArray] = {}
        for tokens, exact, loose in parts:
            hit = np.zeros(len(cands))
            for post in loose:
                np.maximum(hit, np.where(_member(post, cands), loose_share, 0.0), out=hit)
            for post in exact:
                np.maximum(hit, _member(post, cands), out=hit)
            _keep_best(best, tokens, hit, covered, token_weights, shared)
        for i, hit in best.items():
            shared += token_weights[i] * hit
        return cands, shared


def _group_rarity(
    owners_by_token: dict[str, set[int]], groups: Sequence[int], owners: set[int]
) -> list[tuple[dict[str, int], float]]:
    """Per group of entries (``groups``: each entry's, by entry number), the number of its
    entries with each canonical part and the log of its entry count; none when the entries
    are of one group."""
    if len(set(groups)) < 2:
        return []
    sizes: dict[int, int] = defaultdict(int)
    for owner in owners:
        sizes[groups[owner]] += 1
    tables: list[dict[str, int]] = [{} for _ in range(max(groups) + 1)]
    for token, token_owners in owners_by_token.items():
        for owner in token_owners:
            table = tables[groups[owner]]
            table[token] = table.get(token, 0) + 1
    return [(table, math.log(max(sizes[g], 1) + 1)) for g, table in enumerate(tables)]


def _countries_of_organisation(form: NameForm, kind: str | None) -> tuple[bool, ...]:
    """The parts of a query that may be a body's name (:func:`~.names.a_body_named`, and not
    a person's) that name where it is: they count :data:`~.names.COUNTRY_ABSENT` in the
    share of the query a name must give, as the scorer weighs them against a name without
    ("Foreign Trade Bank of North Korea" finds the FOREIGN TRADE BANK)."""
    if kind == "person" or not a_body_named(form):
        return (False,) * len(form.tokens)
    return location_parts(form)


def _sectors_of_body(form: NameForm, kind: str | None, spelt: list[bool]) -> tuple[bool, ...]:
    """The parts of a query, not a person's, that say what trade a body is in
    (:func:`~.names.sector_words`) besides words of its own, each of which a listed name
    spells so (``spelt``): they count :data:`~.names.SECTOR_ABSENT` in the share of the
    query a name must give and in the share it gives, as the scorer weighs them against a
    name without ("Syriatel Mobile Telecom" finds SYRIATEL). Not when a word of its own is
    found only loosely or not at all, as a typo is: names merely like it would crowd out
    the one it hides ("IEMAIL GENERAL TRADING" is found as ISMAIL GENERAL TRADING by its
    spelling)."""
    sectors = sector_words()
    found = tuple(c in sectors for c in form.canon)
    none = (False,) * len(form.tokens)
    if kind == "person" or not any(found):
        return none
    own = [mine and not f for mine, f in zip(own_words(form), found, strict=True)]
    if not any(own) or any(mine and not ok for mine, ok in zip(own, spelt, strict=True)):
        return none
    return found


def _reads_g_as_h(form: NameForm) -> bool:
    """Whether a name's parts are also looked up with their g's read h
    (:func:`~unsc.screening.keys.h_readings`): a name read from the Cyrillic script, or a
    Latin name of Slavic form (:func:`~unsc.screening.keys.slavic_name`). Гасан gasan is
    also filed as hasan, Grigorenko as hrihorenko."""
    return form.method == CYRILLIC_METHOD or (
        form.method in LATIN_METHODS and slavic_name(form.tokens)
    )


def _coverage(parts: list[Part]) -> dict[int, int]:
    """How many look-ups stand for each query part."""
    covered: dict[int, int] = defaultdict(int)
    for tokens, _, _ in parts:
        for i in tokens:
            covered[i] += 1
    return covered


def _keep_best(
    best: dict[int, FloatArray],
    tokens: tuple[int, ...],
    hit: FloatArray,
    covered: dict[int, int],
    token_weights: list[float],
    shared: FloatArray,
) -> None:
    """Count a look-up's hits (a new array) for the query parts it stands for: added at once
    for the parts no other look-up finds, else kept as each part's best hit so far."""
    alone = sum(token_weights[i] for i in tokens if covered[i] == 1)
    if alone:
        shared += alone * hit
    kept = False
    for i in tokens:
        if covered[i] == 1 or not token_weights[i]:
            continue
        if i in best:
            np.maximum(best[i], hit, out=best[i])
        else:
            best[i] = hit.copy() if kept else hit  # one array may serve one part only
            kept = True


def _acronym_keys(form: NameForm) -> set[str]:
    """The keys of an organisation's name: the acronyms of its runs of parts ("^"), and the
    parts that may themselves be acronyms ("="), also under the initials of the runs they
    may be blends of ("%": :func:`~.acronyms.blend_initials`)."""
    keys = {"^" + spelling for spelling in acronym_runs(form)}
    for i, token in enumerate(form.tokens):
        if acronym_part(form, i):
            keys.add("=" + token)
            keys.update("%" + initials for initials in blend_initials(token))
    return keys


def _deletion_table(keys: Iterable[str]) -> dict[str, str]:
    """Each key of :data:`NEAR_MIN_LENGTH` to :data:`NEAR_MAX_LENGTH` letters filed under
    itself and under each of its one-letter deletions; the keys filed under one spelling are
    joined by spaces (keys have none), which holds a vocabulary of a million names in a few
    hundred MB."""
    table: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        if NEAR_MIN_LENGTH <= len(key) <= NEAR_MAX_LENGTH:
            for variant in {key, *_deletions(key)}:
                table[variant].append(key)
    return {variant: " ".join(found) for variant, found in table.items()}


def _member(post: IntArray, cands: IntArray) -> npt.NDArray[np.bool_]:
    """Where a candidate is in the sorted posting list (a position past the end is clipped
    to the last name, which then differs); nowhere in an empty one."""
    if not len(post):
        return np.zeros(len(cands), dtype=np.bool_)
    found: npt.NDArray[np.bool_] = post.take(np.searchsorted(post, cands), mode="clip") == cands
    return found
