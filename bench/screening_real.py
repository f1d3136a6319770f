"""Real names in the wild: people, firms and ships no list gives, and listed names as the press
and other lists write them.

Two sets written for this benchmark (``bench/data``), from public knowledge, not generated:

- ``real_names.tsv.gz``: 4,223 names of parties that are not listed (1,021 public figures of
  twelve regions, 1,570 ordinary full names as customer files write them, 179 in their own
  script, 881 real companies, banks, shipping lines, NGOs and universities, 420 generic firm
  names, 152 ships), each with the schema a customer file would send. Each is screened with
  its schema and without one against each shipped list; a hit at or above the threshold is
  a false positive, though some are true homonyms of a listed person (Muhammad Ali is an
  alias of OFAC's 22113), which a date of birth, not the name, clears.
- ``press_variants.tsv.gz``: 2,423 variants of 1,052 listed entries as journalists, banks'
  customers or other lists write them (other transliterations, short forms, family name
  first, initials, titles, legal forms written otherwise, names cut at 35 characters, one
  typo), each with the entry it names; 39 more are translations the lists do not carry,
  reported apart. Recall: the entry among the hits at the threshold; first: it ranks first.
"""

from __future__ import annotations

import csv
import gzip
import time
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

from unsc.sanctions import load_list
from unsc.screening import Query, Screener

__all__ = ["press_variants_recall", "real_names_false_positives"]

DATA = Path(__file__).resolve().parent / "data"
LISTS = ("un_sc", "ofac_sdn")


def _rows(name: str) -> list[dict[str, str]]:
    with gzip.open(DATA / name, "rt", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


@cache
def _screeners() -> dict[str, Screener]:
    """The shipped lists' screeners, built once for both sets."""
    return {name: Screener(list(load_list(name).entities)) for name in LISTS}


def real_names_false_positives(sample: int | None = None) -> dict[str, Any]:
    """How many of the real names no list gives meet a listed entry, per category; every
    (name, list, entry) hit once, whether with the name's schema or without one."""
    started = time.perf_counter()
    rows = _rows("real_names.tsv.gz")[:sample]
    screeners = _screeners()
    hits: set[tuple[str, str, str]] = set()
    flagged: dict[str, set[str]] = {}
    for row in rows:
        for schema in (row["schema"], None):
            for list_name, screener in screeners.items():
                for hit in screener.screen(Query(row["name"], schema=schema), limit=10):
                    if hit.match:
                        hits.add((row["name"], list_name, hit.ref))
                        flagged.setdefault(row["category"], set()).add(row["name"])
    tried = Counter(row["category"] for row in rows)
    return {
        "names": len(rows),
        "false_hits": len(hits),
        "names_with_a_hit": sum(len(v) for v in flagged.values()),
        "by_category": {
            category: {"names": count, "with_a_hit": len(flagged.get(category, ()))}
            for category, count in sorted(tried.items())
        },
        "hits_by_list": dict(Counter(list_name for _, list_name, _ in hits)),
        "seconds": round(time.perf_counter() - started, 1),
    }


def press_variants_recall(sample: int | None = None) -> dict[str, Any]:
    """Of the listed names as others write them, the share whose entry is a hit at the
    threshold, and the share where it ranks first; per way of writing (``origin``)."""
    started = time.perf_counter()
    rows = _rows("press_variants.tsv.gz")[:sample]
    screeners = _screeners()
    found: Counter[str] = Counter()
    first: Counter[str] = Counter()
    tried: Counter[str] = Counter()
    missed: list[list[str]] = []
    for row in rows:
        group = row["origin"] if row["kind"] == "variant" else "translation"
        hits = screeners[row["list"]].screen(Query(row["variant"]), limit=10)
        refs = [h.ref for h in hits if h.match]
        tried[group] += 1
        found[group] += row["ref"] in refs
        first[group] += refs[:1] == [row["ref"]]
        if row["ref"] not in refs and group != "translation":
            missed.append([row["variant"], row["list"], row["ref"], row["listed"]])
    variants = sum(n for g, n in tried.items() if g != "translation")
    return {
        "variants": variants,
        "recall": round(sum(n for g, n in found.items() if g != "translation") / variants, 4),
        "ranked_first": round(sum(n for g, n in first.items() if g != "translation") / variants, 4),
        "by_origin": {
            group: {
                "variants": count,
                "recall": round(found[group] / count, 4),
                "ranked_first": round(first[group] / count, 4),
            }
            for group, count in sorted(tried.items())
        },
        "missed_examples": missed[:40],
        "seconds": round(time.perf_counter() - started, 1),
    }
