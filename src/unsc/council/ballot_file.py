"""Ballots written as YAML files (the shape is documented in docs/council.md).

::

    date: 2006-10-14
    kind: substantive          # or procedural, pacific_settlement
    parties: []                # with pacific_settlement: parties obliged to abstain
    votes:
      USA: yes
      CHN: no
      RUS: abstain

A ``votes`` mapping may instead be given as lists per vote (``yes: [USA, GBR]``, ``no: [...]``,
``abstain``, ``absent``, ``not_participating``). Members not named count as absent.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from unsc.council.composition import parse_date
from unsc.council.voting import Ballot, DecisionKind, Vote, parse_vote
from unsc.errors import InvalidBallot, ParseError
from unsc.yamltext import read_yaml, yaml_list

_LIST_KEYS = {v.value: v for v in Vote}


def ballot_from_dict(doc: Any, *, source: str = "<ballot>") -> Ballot:
    """A Ballot from a parsed YAML/JSON document."""
    if not isinstance(doc, dict):
        raise ParseError("expected a mapping with date and votes", path=source)
    # YAML 1.1 reads the bare keys yes/no as booleans.
    doc = {
        ({True: "yes", False: "no"}.get(k, k) if isinstance(k, bool) else k): v
        for k, v in doc.items()
    }
    if "date" not in doc:
        raise ParseError("missing 'date'", path=source, field="date", hint="write date: YYYY-MM-DD")
    raw_date = doc["date"]
    day = raw_date if isinstance(raw_date, dt.date) else parse_date(str(raw_date))
    try:
        kind = DecisionKind(str(doc.get("kind", "substantive")).strip().lower())
    except ValueError:
        raise ParseError(
            f"unknown kind {doc.get('kind')!r}",
            path=source,
            field="kind",
            hint="one of: " + ", ".join(k.value for k in DecisionKind),
        ) from None
    parties = tuple(str(p) for p in yaml_list(doc.get("parties"), "parties", source))
    votes_doc = doc.get("votes")
    lists = {k: doc[k] for k in _LIST_KEYS if k in doc}
    if votes_doc is None and not lists:
        raise ParseError(
            "missing 'votes'",
            path=source,
            field="votes",
            hint="write votes: {USA: yes, CHN: no, ...} or yes: [USA, ...]",
        )
    if votes_doc is not None:
        if not isinstance(votes_doc, dict):
            raise ParseError("'votes' must map member codes to votes", path=source, field="votes")
        votes = {str(code): parse_vote(v, who=str(code)) for code, v in votes_doc.items()}
        return Ballot(date=day, votes=votes, kind=kind, parties=parties)
    groups: dict[str, list[str]] = {}
    for key, codes in lists.items():
        if not isinstance(codes, list):
            raise ParseError(f"{key!r} must be a list of codes", path=source, field=key)
        groups[key] = [str(c) for c in codes]
    try:
        return Ballot.from_lists(day, kind=kind, parties=parties, **groups)
    except InvalidBallot as exc:
        raise InvalidBallot(f"{source}: {exc.message}", hint=exc.hint) from None


def load_ballot(path: Path | str) -> Ballot:
    """Read a ballot file (YAML or JSON)."""
    return ballot_from_dict(read_yaml(path, "the ballot"), source=str(path))
