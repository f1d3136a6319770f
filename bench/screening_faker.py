"""False positives on names no list gives: Faker's people and firms in 34 locales.

The benchmark's own negatives (:func:`~bench.bench_screening.negatives`) are composed from
tables of common name parts written for it; these come from an independent generator,
Faker (MIT licence), in the locales of the regions the lists cover and others: each
locale's person names as Faker writes them, one in five a family name alone, and one
company name in nine draws. A name whose parts are all parts of one listed name is left
out (:func:`~bench.bench_screening.listed_test`: 김영철 is KIM YONG CHOL). Each system is
scored as on the benchmark's negatives (:func:`~bench.bench_screening.score_all`): unsc's
best name score through its index, WRatio's best over every listed name, logic-v2's over
the entries the other two rank first; a false positive is a name at or above the system's
threshold.
"""

from __future__ import annotations

import time
from typing import Any

from bench.bench_screening import (
    SYSTEMS,
    THRESHOLDS,
    _fpr,
    _groups,
    _half,
    listed_test,
    score_all,
)
from unsc.sanctions import load_list
from unsc.screening import Screener, detect_script

__all__ = ["LOCALES", "faker_false_positives", "faker_names"]

LOCALES = (
    # the regions the lists cover most, and their scripts
    *("ar_AA", "ar_EG", "ar_SA", "fa_IR", "ru_RU", "uk_UA", "zh_CN", "zh_TW", "ko_KR"),
    *("tr_TR", "id_ID", "hi_IN", "az_AZ", "ka_GE", "hy_AM", "bn_BD", "ne_NP", "sw"),
    *("en_NG", "zu_ZA", "vi_VN", "th_TH", "he_IL", "ja_JP", "en_PH"),
    # the customers a bank in Europe or the Americas screens
    *("en_US", "en_GB", "es_ES", "es_MX", "fr_FR", "de_DE", "pt_BR", "it_IT", "pl_PL"),
)


def faker_names(per_locale: int, seed: int = 13) -> list[tuple[str, str]]:
    """(locale, name) pairs: ``per_locale`` distinct names per locale from seeded Faker."""
    from faker import Faker

    out: list[tuple[str, str]] = []
    for locale in LOCALES:
        fake = Faker(locale)
        fake.seed_instance(seed)
        names: set[str] = set()
        for draw in range(per_locale * 3):
            if len(names) >= per_locale:
                break
            names.add(fake.name() if draw % 5 else fake.last_name())
            if draw % 9 == 0:
                names.add(fake.company())
        out += [(locale, name) for name in sorted(names)]
    return out


def faker_false_positives(
    dataset: str, per_locale: int, block: tuple[int, int] = (6, 3)
) -> dict[str, Any]:
    """Each system's false-positive rate on Faker's names screened against ``dataset``;
    ``block``: the entries logic-v2 scores per name, WRatio's and unsc's first."""
    started = time.perf_counter()
    entities = list(load_list(dataset).entities)
    screener = Screener(entities)
    is_listed = listed_test(entities)
    names = faker_names(per_locale)
    neg = [
        {"query": q, "region": locale, "script": detect_script(q), "split": _half(q)}
        for locale, q in names
        if not is_listed(q)
    ]
    score_all(entities, screener, [], neg, block)
    hits = sorted((n for n in neg if n["unsc"] >= THRESHOLDS["unsc"]), key=lambda n: -n["unsc"])
    return {
        "dataset": dataset,
        "locales": len(LOCALES),
        "per_locale": per_locale,
        "names": len(names),
        "negatives": len(neg),
        "false_positives": {s: sum(n[s] >= THRESHOLDS[s] for n in neg) for s in SYSTEMS},
        "false_positive_rate": {s: _fpr(neg, s) for s in SYSTEMS},
        "unsc_fpr_by_locale": {
            loc: _fpr(group, "unsc") for loc, group in _groups(neg, "region").items()
        },
        "unsc_examples": [
            {
                "query": n["query"],
                "locale": n["region"],
                "unsc": n["unsc"],
                "listed": n.get("unsc_hit"),
            }
            for n in hits[:40]
        ],
        "seconds": round(time.perf_counter() - started, 1),
    }
