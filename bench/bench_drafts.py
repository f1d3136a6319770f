"""Parse speed of the 902 CR-UNSC gold texts and the cost of strength, diff and round trip.

Figures: total seconds for the official parser over the whole corpus (median of repeats),
milliseconds per text (mean, median, 95th percentile, slowest text), parse failures counted
one by one, what the parse found (operative paragraphs, lead verbs, binding paragraphs,
measures, sanctions committees), the Markdown round trip of all 902 texts, and the time of a
strength score and a diff on the shipped 2006 drafts. The one-minute load average before and
after the run is recorded: on a shared machine it explains slower figures.
"""

from __future__ import annotations

import dataclasses
import os
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
TARGET_SECONDS = 5.0  # parsing all 902 gold texts should take a few seconds at most


def run(quick: bool = False) -> dict[str, object]:
    from unsc.drafts import (
        Draft,
        MeasureType,
        diff,
        load_draft,
        parse_markdown,
        parse_official,
        strength,
        to_markdown,
    )
    from unsc.errors import ParseError

    load_before = os.getloadavg()[0]  # the machine may be shared: say how busy it was
    paths = sorted(GOLD.glob("*.txt"))
    texts = [p.read_text("utf-8") for p in paths]
    repeats = 1 if quick else 5
    totals: list[float] = []
    per_text: list[float] = [0.0] * len(texts)
    drafts: list[Draft] = []
    failures: list[str] = []
    for _ in range(repeats):
        drafts, failures = [], []
        started = time.perf_counter()
        for i, (path, text) in enumerate(zip(paths, texts, strict=True)):
            t0 = time.perf_counter()
            try:
                drafts.append(parse_official(text, source=path.name))
            except ParseError:
                failures.append(path.name)
            per_text[i] += time.perf_counter() - t0
        totals.append(time.perf_counter() - started)
    seconds = statistics.median(totals)
    ms = sorted(t / repeats * 1e3 for t in per_text)
    slowest = max(range(len(texts)), key=per_text.__getitem__)
    ops = [op for d in drafts for op in d.operative]
    numbered = sum(
        1
        for d in drafts
        if [op.number for op in d.operative] == list(range(1, len(d.operative) + 1))
    )

    plain = [dataclasses.replace(d, source=None) for d in drafts]
    started = time.perf_counter()
    round_trip_ok = sum(1 for d in plain if parse_markdown(to_markdown(d)) == d)
    round_trip_seconds = time.perf_counter() - started

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
        "load_average_1min": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        "corpus_texts": len(texts),
        "corpus_megabytes": round(sum(len(t) for t in texts) / 1e6, 3),
        "parse_failures": len(failures),
        "texts_numbered_1_to_n": numbered,
        "parse_seconds_median": round(seconds, 3),
        "parse_seconds_runs": [round(t, 3) for t in totals],
        "texts_per_second": round(len(texts) / seconds, 1),
        "ms_per_text_mean": round(statistics.fmean(ms), 3),
        "ms_per_text_median": round(statistics.median(ms), 3),
        "ms_per_text_p95": round(ms[int(0.95 * (len(ms) - 1))], 3),
        "ms_slowest_text": round(ms[-1], 3),
        "slowest_text": paths[slowest].name,
        "target_seconds": TARGET_SECONDS,
        "ratio_to_target": round(seconds / TARGET_SECONDS, 3),
        "operative_paragraphs": len(ops),
        "share_with_lead_verb": round(sum(1 for op in ops if op.verb) / len(ops), 4),
        "binding_paragraphs": sum(1 for op in ops if op.binding),
        "texts_with_measures": sum(1 for d in drafts if d.measures),
        "texts_creating_a_sanctions_committee": sum(
            1 for d in drafts if any(m.type is MeasureType.SANCTIONS_COMMITTEE for m in d.measures)
        ),
        "chapter_vii_texts": sum(1 for d in drafts if d.chapter_vii),
        "markdown_round_trip_identical": round_trip_ok,
        "markdown_round_trip_seconds": round(round_trip_seconds, 3),
        "strength_microseconds_v3": round(strength_us, 1),
        "diff_microseconds_v2_v3": round(diff_us, 1),
    }
