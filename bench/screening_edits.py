"""Recall under the edits people make when they type a listed name.

A screening query is seldom the list's spelling: a letter is mistyped, dropped or doubled,
two letters are swapped, the family name comes first or after a comma, a middle name is
left out, a given name is reduced to its initial, two parts are run together, the case is
lost. Each listed entry's primary name is edited each of these ways (one edit per query, the
letter and the position drawn from a seeded generator), and each system is asked to find
the entry: unsc through its index and scorer (the entry must be retrieved), WRatio as the
best score over the entry's names, logic-v2 on FollowTheMoney entities (the query against
the entry with all its names), each at its own threshold.

Order, comma, middle and initial edits are made of persons' names only (an organisation's
words are not reordered or abbreviated so); "middle left out" needs three parts or more and
is not always the same name (a compound given name, "Abdul Hakim", loses half of itself).
"""

from __future__ import annotations

import random
import string
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from bench.bench_screening import SYSTEMS, THRESHOLDS, LogicV2, _logic_v2_scores, _plain
from unsc.sanctions import Entity, Schema, load_list
from unsc.screening import Screener, analyze
from unsc.screening.namefields import query_forms

__all__ = ["EDITS", "edited", "edits_recall"]


def _letter(rng: random.Random, like: str) -> str:
    letter = rng.choice(string.ascii_lowercase)
    return letter.upper() if like.isupper() else letter


def _typo(word: str, rng: random.Random) -> str:
    """One letter of ``word`` substituted, deleted or inserted."""
    at = rng.randrange(len(word))
    how = rng.choice(("substitute", "delete", "insert"))
    if how == "substitute":
        letter = _letter(rng, word[at])
        while letter.lower() == word[at].lower():
            letter = _letter(rng, word[at])
        return word[:at] + letter + word[at + 1 :]
    if how == "delete":
        return word[:at] + word[at + 1 :]
    return word[:at] + _letter(rng, word[at]) + word[at:]


def _swap(word: str, rng: random.Random) -> str | None:
    """Two adjacent different letters of ``word`` swapped."""
    spots = [i for i in range(len(word) - 1) if word[i].lower() != word[i + 1].lower()]
    if not spots:
        return None
    i = rng.choice(spots)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def _in_long_word(
    words: list[str], rng: random.Random, edit: Callable[[str, random.Random], str | None]
) -> str | None:
    """``words`` with ``edit`` made to one of its words of five letters or more."""
    long = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not long:
        return None
    i = rng.choice(long)
    new = edit(words[i], rng)
    return None if new is None else " ".join([*words[:i], new, *words[i + 1 :]])


def _edits(name: str, person: bool, rng: random.Random) -> dict[str, str | None]:
    words = name.split()
    edits: dict[str, str | None] = {
        "one typo": _in_long_word(words, rng, _typo),
        "swapped letters": _in_long_word(words, rng, _swap),
        "lower case": name.lower(),
        "joined": "".join(words) if len(words) == 2 else None,
    }
    if person and len(words) >= 2:
        edits["family name first"] = " ".join([words[-1], *words[:-1]])
        edits["family, given"] = f"{words[-1]}, {' '.join(words[:-1])}"
        edits["initial"] = f"{words[0][0]}. {' '.join(words[1:])}"
    if person and len(words) >= 3:
        edits["middle left out"] = f"{words[0]} {words[-1]}"
    return edits


EDITS = (
    "one typo",
    "swapped letters",
    "family name first",
    "family, given",
    "middle left out",
    "initial",
    "joined",
    "lower case",
)


def edited(entities: list[Entity], seed: int = 1) -> list[dict[str, Any]]:
    """The edited queries: one per entry and kind of edit that applies to its name."""
    rng = random.Random(seed)
    rows = []
    for k, e in enumerate(entities):
        person = e.schema == Schema.PERSON
        for kind, query in _edits(e.name, person, rng).items():
            if query and query != e.name and analyze(query).tokens:
                rows.append({"entity": k, "kind": kind, "query": query, "schema": e.schema})
    return rows


def edits_recall(dataset: str = "un_sc", sample: int | None = None) -> dict[str, Any]:
    """Recall of unsc, logic-v2 and WRatio per kind of edit, on one list's primary names
    (``sample``: that many entries drawn, else all)."""
    from rapidfuzz import fuzz

    started = time.perf_counter()
    entities = list(load_list(dataset).entities)
    screener = Screener(entities)
    chosen = entities if sample is None else random.Random(4).sample(entities, sample)
    index = {id(e): k for k, e in enumerate(entities)}
    rows = edited(chosen)
    for row in rows:
        row["entity"] = index[id(chosen[row["entity"]])]
        k, query = row["entity"], row["query"]
        best = screener._name_scores(query_forms(query))
        row["unsc"] = round(best.get(k, (0.0, 0, 0))[0], 4)
        plain = _plain(query)
        row["wratio"] = max(fuzz.WRatio(plain, _plain(n)) for n in entities[k].all_names())
    lv2 = _logic_v2_scores(
        entities,
        [
            (r["query"], LogicV2._SCHEMAS.get(r["schema"], "LegalEntity"), [(r["entity"], None)])
            for r in rows
        ],
    )
    for row, score in zip(rows, lv2, strict=True):
        row["logic_v2"] = round(score, 4)
    by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_kind[row["kind"]].append(row)
    recall = {
        kind: {
            system: round(sum(r[system] >= THRESHOLDS[system] for r in group) / len(group), 4)
            for system in SYSTEMS
        }
        for kind in EDITS
        if (group := by_kind.get(kind))
    }
    return {
        "dataset": dataset,
        "entries": len(chosen),
        "queries": {kind: len(by_kind[kind]) for kind in EDITS if kind in by_kind},
        "recall": recall,
        "unsc_misses": [
            {"kind": r["kind"], "query": r["query"], "listed": entities[r["entity"]].name}
            | {s: r[s] for s in SYSTEMS}
            for r in rows
            if r["unsc"] < THRESHOLDS["unsc"]
        ][:60],
        "seconds": round(time.perf_counter() - started, 1),
    }
