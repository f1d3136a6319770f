"""The retrieval index: from a query's name parts to a few candidate names, without a scan.

Every name of every entry is analysed once, at build time. Each part is indexed under its
canonical spelling and its phonetic keys; two adjacent parts also under their joined spelling
("jong"+"un" -> "jongun"); names written in the Arabic script also under consonant skeletons,
in a separate table that only skeleton look-ups use. A posting list is a sorted NumPy array of
name numbers.

A query looks up its parts, starting with the rarest; the postings of parts that are frequent
in the list (above :data:`COMMON_SHARE` of the names) are not walked but only probed for the
candidates the rarer parts found (binary search). Each candidate name collects the weight of
the query parts it shares; the best :data:`MAX_CANDIDATES` with enough shared weight go to the
scorer. The cost per query grows with the length of the rare postings, not with the list.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from unsc.screening.keys import phonetic, skeleton
from unsc.screening.names import KIND_WEIGHTS
from unsc.screening.normalize import PARTICLE, NameForm

__all__ = ["COMMON_SHARE", "MAX_CANDIDATES", "NameIndex"]

COMMON_SHARE = 0.02  # parts in more than this share of names are probed, not walked
MIN_COMMON = 200  # ... but never below this many names
MAX_CANDIDATES = 40  # candidate names passed to the scorer per query
MIN_SHARED = 0.34  # a candidate must share this share of the query's weight

IntArray = npt.NDArray[np.int32]
_EMPTY: IntArray = np.zeros(0, dtype=np.int32)


def token_keys(form: NameForm, i: int) -> set[str]:
    """The look-up keys of part ``i`` of a name."""
    token, canon = form.tokens[i], form.canon[i]
    return {canon, "~" + phonetic(canon), "~" + phonetic(token)}


class NameIndex:
    """Inverted index from part keys to name numbers, plus the part rarity table."""

    def __init__(self, forms: Sequence[NameForm], owners: Sequence[int]) -> None:
        self.forms = list(forms)
        self.size = len(self.forms)
        postings: dict[str, list[int]] = defaultdict(list)
        skeletons: dict[str, list[int]] = defaultdict(list)
        owners_by_token: dict[str, set[int]] = defaultdict(set)
        for n, form in enumerate(self.forms):
            for i in range(len(form.tokens)):
                if form.kinds[i] == PARTICLE:
                    continue
                owners_by_token[form.canon[i]].add(owners[n])
                for key in token_keys(form, i):
                    postings[key].append(n)
                skel = skeleton(form.canon[i])
                postings["#" + skel].append(n)
                if form.abjad:
                    skeletons[skel].append(n)
            if len(form.tokens) <= 6:
                for i in range(len(form.tokens) - 1):
                    postings[form.canon[i] + form.canon[i + 1]].append(n)
        self._postings = {k: np.unique(np.asarray(v, dtype=np.int32)) for k, v in postings.items()}
        self._skeletons = {
            k: np.unique(np.asarray(v, dtype=np.int32)) for k, v in skeletons.items()
        }
        entities = max(len(set(owners)), 1)
        self._log_n = math.log(entities + 1)
        self._df = {k: len(v) for k, v in owners_by_token.items()}
        self._common = max(MIN_COMMON, int(COMMON_SHARE * self.size))
        self.postings_for = lru_cache(maxsize=200_000)(self._postings_for)

    def rarity(self, canon: str) -> float:
        """How rare a canonical part is among the entries: 1 unseen ... ~0 in every entry."""
        df = self._df.get(canon, 0)
        return max(0.0, self._log_n - math.log(df + 1)) / self._log_n if df else 1.0

    def weights(self, form: NameForm) -> tuple[float, ...]:
        """Part weights: by kind, and lowered for parts common in the list."""
        return tuple(
            KIND_WEIGHTS[k] * (0.45 + 0.55 * self.rarity(c))
            for k, c in zip(form.kinds, form.canon, strict=True)
        )

    def _postings_for(self, token: str, canon: str, abjad_query: bool) -> IntArray:
        keys = {canon, "~" + phonetic(canon), "~" + phonetic(token)}
        arrays = [self._postings[k] for k in keys if k in self._postings]
        skel = self._skeletons.get(skeleton(canon))
        if skel is not None:
            arrays.append(skel)
        if abjad_query:
            arrays.extend(self._abjad_lookup(skeleton(canon)))
        if not arrays:
            return _EMPTY
        return arrays[0] if len(arrays) == 1 else np.unique(np.concatenate(arrays))

    def _abjad_lookup(self, skel: str) -> list[IntArray]:
        # A query from the Arabic script reaches Latin names through their skeletons.
        key = "#" + skel
        found = self._postings.get(key)
        return [] if found is None else [found]

    def candidates(
        self, form: NameForm, weights: tuple[float, ...]
    ) -> tuple[IntArray, npt.NDArray[np.float64]]:
        """Candidate name numbers for one query name, with the share of query weight each shares."""
        parts = []
        total = 0.0
        for i, token in enumerate(form.tokens):
            if form.kinds[i] == PARTICLE:
                continue
            total += weights[i]
            post = self.postings_for(token, form.canon[i], form.abjad)
            if len(post):
                parts.append((len(post), weights[i], post))
        if form.tokens and len(form.tokens) <= 6:
            for i in range(len(form.tokens) - 1):
                joined = form.canon[i] + form.canon[i + 1]
                found = self._postings.get(joined)
                if found is not None:
                    parts.append((len(found), weights[i] + weights[i + 1], found))
        if not parts or total == 0.0:
            return _EMPTY, np.zeros(0)
        parts.sort(key=lambda p: p[0])
        walked = [p for p in parts if p[0] <= self._common] or parts[:1]
        cands = (
            walked[0][2] if len(walked) == 1 else np.unique(np.concatenate([p[2] for p in walked]))
        )
        shared = np.zeros(len(cands))
        for _, weight, post in parts:
            pos = np.searchsorted(post, cands)
            pos[pos == len(post)] = 0
            shared += weight * (post[pos] == cands)
        shared /= total
        keep = shared >= MIN_SHARED
        cands, shared = cands[keep], shared[keep]
        if len(cands) > MAX_CANDIDATES:
            top = np.argpartition(-shared, MAX_CANDIDATES)[:MAX_CANDIDATES]
            cands, shared = cands[top], shared[top]
        return cands, shared
