"""The Security Council: composition on any date, the presidency, Art. 27 voting rules, the
historical record (queries, the check of every outcome, the veto chart). Voting power lives in
:mod:`unsc.council.power` (it needs numpy).

>>> from datetime import date
>>> council_on(date(2006, 10, 14)).president.name
'Japan'
>>> president_of(2006, 12).code
'QAT'
"""

from unsc.council.chart import plot_vetoes
from unsc.council.check import CheckReport, Disagreement, check_record
from unsc.council.composition import (
    Council,
    council_on,
    member_codes,
    parse_date,
    permanent_codes,
    required_majority,
    years_covered,
)
from unsc.council.members import Member, lookup_code, name_of
from unsc.council.presidency import Deviation, deviations, president_of
from unsc.council.record import Decision, Record, RecordKind, load_record
from unsc.council.voting import Ballot, DecisionKind, Outcome, Vote, decide, parse_vote, validate

__all__ = [
    "Ballot",
    "CheckReport",
    "Council",
    "Decision",
    "DecisionKind",
    "Deviation",
    "Disagreement",
    "Member",
    "Outcome",
    "Record",
    "RecordKind",
    "Vote",
    "check_record",
    "council_on",
    "decide",
    "deviations",
    "load_record",
    "lookup_code",
    "member_codes",
    "name_of",
    "parse_date",
    "parse_vote",
    "permanent_codes",
    "plot_vetoes",
    "president_of",
    "required_majority",
    "validate",
    "years_covered",
]
