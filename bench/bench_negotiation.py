"""Compromise search: CP-SAT on a synthetic 40-paragraph draft, and exactness vs enumeration.

Targets: the strongest adopted text of a 40-paragraph draft (up to three wordings per
paragraph, two basis options, 15 members' positions) in under 1 s. The peer is exhaustive
enumeration of every text, run on the sizes where it finishes; both must find the same
optimum (fewest yielded red lines, then strength, then yes votes).
"""

from __future__ import annotations

import statistics
import time
from typing import Any

from unsc.negotiation import SearchOptions, exhaustive, strongest
from unsc.negotiation.synthetic import synthetic_problem

TARGET_SECONDS = 1.0


def _time(fn: Any) -> tuple[float, Any]:
    started = time.perf_counter()
    out = fn()
    return time.perf_counter() - started, out


def _key(r: Any) -> tuple[Any, ...]:
    return (r.choice is None, r.crossed, r.strength, r.yes, r.distance)


def _scenario_exactness(name: str, quick: bool) -> dict[str, Any]:
    """CP-SAT against enumeration on a real scenario's whole space (the July one is small)."""
    from unsc.negotiation import load_scenario

    sc = load_scenario(name)
    if quick or sc.space.size() > 50_000:
        return {}
    rule = sc.body.rule(sc.date)
    out: dict[str, Any] = {}
    for label, opts in (("adopted", SearchOptions()), ("unanimous", SearchOptions(unanimous=True))):
        t1, a = _time(lambda o=opts: strongest(sc.space, sc.positions, rule, o))
        t2, b = _time(lambda o=opts: exhaustive(sc.space, sc.positions, rule, o))
        out[label] = {
            "cp_sat_s": round(t1, 4),
            "exhaustive_s": round(t2, 3),
            "same_optimum": _key(a) == _key(b),
        }
    return out


def run(quick: bool = False) -> dict[str, Any]:
    seeds = range(3 if quick else 10)
    configs = {
        "synthetic_40": {"variants": 3, "stances": 4},
        "synthetic_40_dense": {"variants": 5, "stances": 8},
    }
    synthetic: dict[str, Any] = {}
    for name, cfg in configs.items():
        big: dict[str, Any] = {
            "members": 15,
            "texts_in_space": synthetic_problem(40, seed=0, **cfg).space.size(),
            **cfg,
        }
        for label, opts in (
            ("strongest_adopted", SearchOptions()),
            ("strongest_unanimous", SearchOptions(unanimous=True)),
            ("no_p5_abstention", SearchOptions(no_permanent_abstention=True)),
        ):
            times, optimal, feasible = [], 0, 0
            for seed in seeds:
                p = synthetic_problem(40, seed=seed, **cfg)
                seconds, res = _time(lambda p=p, o=opts: strongest(p.space, p.positions, p.rule, o))
                times.append(seconds)
                optimal += int(res.optimal)
                feasible += int(res.choice is not None)
            big[label] = {
                "runs": len(times),
                "feasible": feasible,
                "proved_optimal": optimal,
                "median_s": round(statistics.median(times), 4),
                "max_s": round(max(times), 4),
                "under_target": max(times) < TARGET_SECONDS,
            }
        synthetic[name] = big
    exact: list[dict[str, Any]] = []
    sizes = (2, 3, 4, 5) if quick else (2, 3, 4, 5, 6, 7)
    for n in sizes:
        agree, cp_times, ex_times, texts = 0, [], [], 0
        for seed in range(3 if quick else 5):
            p = synthetic_problem(n, variants=3, seed=100 + seed)
            texts = max(texts, p.space.size())
            for opts in (SearchOptions(), SearchOptions(unanimous=True)):
                t1, a = _time(lambda p=p, o=opts: strongest(p.space, p.positions, p.rule, o))
                t2, b = _time(lambda p=p, o=opts: exhaustive(p.space, p.positions, p.rule, o))
                cp_times.append(t1)
                ex_times.append(t2)
                agree += int(_key(a) == _key(b))
        exact.append(
            {
                "paragraphs": n,
                "max_texts": texts,
                "cases": len(cp_times),
                "same_optimum": agree,
                "cp_sat_median_s": round(statistics.median(cp_times), 5),
                "exhaustive_median_s": round(statistics.median(ex_times), 5),
                "speedup": round(statistics.median(ex_times) / statistics.median(cp_times), 1),
            }
        )
    scenarios: dict[str, Any] = {}
    try:
        from unsc.negotiation import negotiate

        for name in ("2006-07", "2006-10"):
            seconds, neg = _time(lambda name=name: negotiate(name))
            scenarios[name] = {
                "negotiate_s": round(seconds, 3),
                **_scenario_exactness(name, quick),
                "texts_in_space": neg.space.size(),
                "strongest_unanimous_chapter_vii": (
                    None
                    if neg.strongest_unanimous.prediction is None
                    else neg.space.basis(
                        neg.strongest_unanimous.prediction.choice.basis
                    ).chapter_vii
                ),
            }
    except Exception as exc:  # the scenarios need the drafts and council engines
        scenarios["error"] = f"{type(exc).__name__}: {exc}"
    return {
        "target_s": TARGET_SECONDS,
        **synthetic,
        "exactness_vs_exhaustive": exact,
        "scenarios": scenarios,
    }
