"""The solver's linear form of the Council's rule agrees with the council engine on real votes.

The failed-drafts sample (shared/data, 53 hand-transcribed per-member votes, 1947-2022) spans
the 11-member Council (7 votes to adopt) and the 15-member one (9 votes): for every row whose
voters are exactly the Council of that year, :class:`unsc.negotiation.Rule` (what CP-SAT
encodes) and :func:`unsc.council.decide` (through the body) must agree, and both must find
the draft not adopted.
"""

from __future__ import annotations

import ast
import csv
import datetime as dt
from pathlib import Path

from unsc.council import council_on, lookup_code
from unsc.negotiation import Level, load_body

COLUMNS = (("In Favor", Level.YES), ("Abstain", Level.ABSTAIN), ("Against", Level.NO))


def _votes(row: dict[str, str], day: dt.date) -> dict[str, Level] | None:
    votes: dict[str, Level] = {}
    for column, level in COLUMNS:
        for name in ast.literal_eval(row[column]):
            code = lookup_code(name)
            if code is None:
                return None
            # the source normalises the USSR to "Russian Federation" (see its README)
            if code == "RUS" and day < dt.date(1991, 12, 24):
                code = "SUN"
            votes[code] = level
    return votes


def test_rule_and_council_engine_agree_on_real_failed_drafts(shared_data: Path) -> None:
    path = shared_data / "security_council" / "failed_drafts" / "cleaned_data_unsc.csv"
    body = load_body("security-council")
    checked = 0
    seen_majorities: set[int] = set()
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            day = dt.date(int(row["Year"]), 7, 1)
            votes = _votes(row, day)
            if votes is None or set(votes) != set(council_on(day).codes):
                continue  # non-participation or a name the register does not know
            rule = body.rule(day)
            decision = body.decide(votes, day)
            assert rule.adopted(votes) == decision.adopted, row["Meeting Number: Voting On"]
            assert not decision.adopted, row["Meeting Number: Voting On"]
            yes = sum(1 for v in votes.values() if v == Level.YES)
            assert decision.yes == yes
            seen_majorities.add(rule.min_yes)
            checked += 1
    assert checked >= 30
    assert seen_majorities == {7, 9}  # both the 7-of-11 and the 9-of-15 Council
