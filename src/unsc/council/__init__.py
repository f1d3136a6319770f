"""The Security Council: composition on any date, the presidency, Art. 27 voting rules.

>>> from datetime import date
>>> council_on(date(2006, 10, 14)).president.name
'Japan'
"""

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
from unsc.council.voting import Ballot, DecisionKind, Outcome, Vote, decide, parse_vote, validate

__all__ = [
    "Ballot",
    "Council",
    "DecisionKind",
    "Deviation",
    "Member",
    "Outcome",
    "Vote",
    "council_on",
    "decide",
    "deviations",
    "lookup_code",
    "member_codes",
    "name_of",
    "parse_date",
    "parse_vote",
    "permanent_codes",
    "president_of",
    "required_majority",
    "validate",
    "years_covered",
]
