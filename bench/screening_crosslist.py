"""Cross-list recall: the same people as two lists write them, found by name.

The UN and OFAC lists name many of the same people, each in its own spelling and order
("Abdullah Muhammad Rajab ABD AL-RAHMAN" and "ABD ALLAH MOHAMED RAGAB ABDEL RAHMAN"). Pairs
are chosen without looking at the names: an OFAC SDN person and a UN person with the same
exact date of birth and a nationality in common. A few such pairs are two different people
born on the same day; they are kept (removing them by name would favour a name matcher),
so no system can reach 1.0.

Each OFAC person's primary name is a query; a system finds the pair when it scores the UN
entry at or above its threshold: unsc through its index and scorer (the entry must be
retrieved), WRatio as the best score over the entry's names, logic-v2 on FollowTheMoney
entities (the query against the entry with all its names).
"""

from __future__ import annotations

import time
from collections import defaultdict
from typing import Any

from bench.bench_screening import THRESHOLDS, _logic_v2_scores, _plain
from unsc.sanctions import Entity, Schema, load_list
from unsc.screening import Screener
from unsc.screening.namefields import query_forms

__all__ = ["cross_list", "pairs"]


def _days(e: Entity) -> set[tuple[Any, Any]]:
    return {(d.earliest, d.latest) for d in e.birth_dates if d.earliest == d.latest}


def pairs(ofac: list[Entity], un: list[Entity]) -> list[tuple[int, int]]:
    """(OFAC entity number, UN entity number) of persons with one exact date of birth and a
    nationality in common."""
    by_day: dict[tuple[Any, Any], list[int]] = defaultdict(list)
    for k, e in enumerate(un):
        if e.schema == Schema.PERSON:
            for day in _days(e):
                by_day[day].append(k)
    found: set[tuple[int, int]] = set()
    for j, o in enumerate(ofac):
        if o.schema != Schema.PERSON:
            continue
        countries = {c.lower() for c in o.country_codes}
        for day in _days(o):
            for k in by_day.get(day, ()):
                if countries & {c.lower() for c in un[k].country_codes}:
                    found.add((j, k))
    return sorted(found)


def cross_list() -> dict[str, Any]:
    """Recall of unsc, logic-v2 and WRatio on OFAC-to-UN pairs of the same people."""
    from rapidfuzz import fuzz

    started = time.perf_counter()
    ofac = list(load_list("ofac_sdn").entities)
    un = list(load_list("un_sc").entities)
    found = pairs(ofac, un)
    screener = Screener(un)
    rows: list[dict[str, Any]] = []
    for j, k in found:
        query = ofac[j].name
        forms = query_forms(query)
        best = screener._name_scores(forms) if forms else {}
        rows.append(
            {
                "query": query,
                "listed": un[k].name,
                "ref": un[k].ref,
                "unsc": round(best.get(k, (0.0, 0, 0))[0], 4),
                "wratio": max(fuzz.WRatio(_plain(query), _plain(n)) for n in un[k].all_names()),
            }
        )
    tasks = [(ofac[j].name, "Person", [(k, None)]) for j, k in found]
    for row, score in zip(rows, _logic_v2_scores(un, tasks), strict=True):
        row["logic_v2"] = round(score, 4)
    recall = {
        system: round(sum(r[system] >= THRESHOLDS[system] for r in rows) / len(rows), 4)
        for system in ("unsc", "logic_v2", "wratio")
    }
    misses = sorted(
        (r for r in rows if r["unsc"] < THRESHOLDS["unsc"]), key=lambda r: -r["logic_v2"]
    )
    return {
        "pairs": len(rows),
        "recall": recall,
        "unsc_misses": misses,
        "seconds": round(time.perf_counter() - started, 1),
    }
