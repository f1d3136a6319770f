"""Parse speed of the 902 CR-UNSC gold texts and the cost of strength and diff.

Figures: texts/s and total seconds for the official parser over the whole corpus (median of
repeats), the share of operative paragraphs with a recognised lead verb, the measures found,
and the time of a strength score and a diff on the shipped 2006 drafts.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

GOLD = (
    Path(__file__).resolve().parents[2]
    / "shared"
    / "data"
    / "security_council"
    / "resolutions"
    / "cr-unsc-gold"
)
TARGET_SECONDS = 5.0  # "parsing all 902 gold texts should take a few seconds at most"


def run(quick: bool = False) -> dict[str, object]:
    from unsc.drafts import diff, load_draft, parse_official, strength

    texts = [p.read_text("utf-8") for p in sorted(GOLD.glob("*.txt"))]
    repeats = 1 if quick else 5
    times = []
    drafts = []
    for _ in range(repeats):
        started = time.perf_counter()
        drafts = [parse_official(t) for t in texts]
        times.append(time.perf_counter() - started)
    seconds = statistics.median(times)
    ops = [op for d in drafts for op in d.operative]
    chars = sum(len(t) for t in texts)

    v2, v3 = load_draft("2006-07/v2"), load_draft("2006-07/v3")
    n = 50 if quick else 500
    started = time.perf_counter()
    for _ in range(n):
        strength(v3)
    strength_us = (time.perf_counter() - started) / n * 1e6
    started = time.perf_counter()
    for _ in range(n):
        diff(v2, v3)
    diff_us = (time.perf_counter() - started) / n * 1e6
    return {
        "corpus_texts": len(texts),
        "corpus_megabytes": round(chars / 1e6, 3),
        "parse_failures": len(texts) - len(drafts),
        "parse_seconds_median": round(seconds, 3),
        "parse_seconds_runs": [round(t, 3) for t in times],
        "texts_per_second": round(len(texts) / seconds, 1),
        "target_seconds": TARGET_SECONDS,
        "ratio_to_target": round(seconds / TARGET_SECONDS, 3),
        "operative_paragraphs": len(ops),
        "share_with_lead_verb": round(sum(1 for op in ops if op.verb) / len(ops), 4),
        "binding_paragraphs": sum(1 for op in ops if op.binding),
        "texts_with_measures": sum(1 for d in drafts if d.measures),
        "chapter_vii_texts": sum(1 for d in drafts if d.chapter_vii),
        "strength_microseconds_v3": round(strength_us, 1),
        "diff_microseconds_v2_v3": round(diff_us, 1),
    }
