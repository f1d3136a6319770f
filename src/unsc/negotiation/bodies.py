"""Decision bodies as data: who votes and by which rule a text is agreed.

A body is described by a YAML file under ``unsc/data/bodies/`` (or any file given by path):

* ``rule: council`` delegates to :func:`unsc.council.decide` for the date, so the Council's
  membership, its majority of the era and the veto come from the council engine;
* ``rule: consensus`` (``abstention_blocks``: whether standing aside blocks) over a fixed
  ``members`` list — the six-party talks;
* ``rule: quota`` with ``min_yes`` and ``veto`` members, for any other committee.

A body may name other ``instruments`` with their own rule (the Council's presidential
statement needs consensus). Every body yields a linear :class:`Rule` for the solver and
decides concrete votes through :meth:`Body.decide`, which is the source of truth.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from unsc import datafiles
from unsc.errors import InvalidInput, NotFound, ParseError
from unsc.negotiation.positions import Level
from unsc.yamltext import read_yaml, yaml_list

RULE_TYPES = ("council", "consensus", "quota")


@dataclass(frozen=True, slots=True)
class Rule:
    """A body's rule as linear conditions on the votes (what the solver encodes)."""

    members: tuple[str, ...]
    min_yes: int
    veto: frozenset[str]
    consensus: bool = False
    abstention_blocks: bool = False

    def adopted(self, votes: Mapping[str, Level]) -> bool:
        yes = sum(1 for m in self.members if votes[m] == Level.YES)
        if any(votes[m] == Level.NO for m in self.veto):
            return False
        if self.consensus:
            worst = min(votes[m] for m in self.members)
            return worst == Level.YES if self.abstention_blocks else worst >= Level.ABSTAIN
        return yes >= self.min_yes


@dataclass(frozen=True, slots=True)
class Decision:
    """What a body decided on a set of votes."""

    outcome: str
    yes: int
    no: int
    abstain: int
    required: int
    vetoed_by: tuple[str, ...] = ()
    blocked_by: tuple[str, ...] = ()
    explanation: str = ""

    @property
    def adopted(self) -> bool:
        return self.outcome == "adopted"

    @property
    def tally(self) -> str:
        return f"{self.yes}-{self.no}-{self.abstain}"


@dataclass(frozen=True, slots=True)
class Body:
    """A decision body loaded from data."""

    id: str
    name: str
    rule_type: str
    fixed_members: tuple[tuple[str, str], ...] = ()
    council_members: bool = False
    min_yes: int = 0
    veto_members: frozenset[str] = frozenset()
    abstention_blocks: bool = True
    chapter_vii: bool = True
    instruments: tuple[tuple[str, Body], ...] = ()
    source: str = ""

    def members(self, date: dt.date) -> tuple[tuple[str, str], ...]:
        """``(code, name)`` of the members on ``date``."""
        if not self.council_members:
            return self.fixed_members
        from unsc.council import council_on

        council = council_on(date)
        return tuple((m.code, m.name) for m in council.members)

    def rule(self, date: dt.date) -> Rule:
        codes = tuple(code for code, _ in self.members(date))
        if self.rule_type == "council":
            from unsc.council import council_on

            council = council_on(date)
            permanent = frozenset(m.code for m in council.members if m.permanent)
            everyone_yes = self.decide({c: Level.YES for c in codes}, date)
            return Rule(codes, everyone_yes.required, permanent)
        if self.rule_type == "consensus":
            return Rule(codes, len(codes), frozenset(), True, self.abstention_blocks)
        return Rule(codes, self.min_yes, self.veto_members)

    def instrument(self, name: str) -> Body:
        """The body acting through another instrument (a presidential statement)."""
        for key, body in self.instruments:
            if key == name:
                return body
        raise NotFound(
            f"{self.name} has no instrument {name!r}",
            hint=f"known: {', '.join(k for k, _ in self.instruments) or 'none'}",
        )

    def decide(self, votes: Mapping[str, Level], date: dt.date) -> Decision:
        """The outcome of these votes (every member must have one)."""
        if self.rule_type == "council":
            return _council_decide(votes, date)
        codes = tuple(code for code, _ in self.members(date))
        missing = sorted(set(codes) - set(votes))
        if missing:
            raise InvalidInput(f"{self.name}: no vote for {', '.join(missing)}")
        yes = [c for c in codes if votes[c] == Level.YES]
        no = [c for c in codes if votes[c] == Level.NO]
        abstain = [c for c in codes if votes[c] == Level.ABSTAIN]
        if self.rule_type == "consensus":
            blockers = tuple(no + (abstain if self.abstention_blocks else []))
            outcome = "failed" if blockers else "adopted"
            why = f"consensus of all {len(codes)} members" + (
                f"; objected: {', '.join(blockers)}" if blockers else " reached"
            )
            return Decision(
                outcome,
                len(yes),
                len(no),
                len(abstain),
                len(codes),
                blocked_by=blockers,
                explanation=why,
            )
        vetoed = tuple(c for c in no if c in self.veto_members)
        outcome = "vetoed" if vetoed else "adopted" if len(yes) >= self.min_yes else "failed"
        why = f"{len(yes)} yes of {self.min_yes} required" + (
            f"; vetoed by {', '.join(vetoed)}" if vetoed else ""
        )
        return Decision(
            outcome,
            len(yes),
            len(no),
            len(abstain),
            self.min_yes,
            vetoed_by=vetoed,
            explanation=why,
        )


def _council_decide(votes: Mapping[str, Level], date: dt.date) -> Decision:
    from unsc.council import Ballot, Vote, decide

    ballot = Ballot(date=date, votes={code: Vote(level.vote) for code, level in votes.items()})
    out = decide(ballot)
    vetoed = tuple(out.vetoed_by)
    return Decision(
        str(out.outcome),
        out.yes,
        out.no,
        out.abstain,
        out.required,
        vetoed_by=vetoed,
        explanation=str(out.explanation),
    )


def _parse_body(raw: Any, where: str) -> Body:
    if not isinstance(raw, Mapping):
        raise ParseError("a body file must be a mapping", path=where)
    rule = raw.get("rule")
    if rule not in RULE_TYPES:
        raise ParseError(
            f"unknown rule {rule!r}",
            path=where,
            field="rule",
            hint=f"expected one of {', '.join(RULE_TYPES)}",
        )
    members: list[tuple[str, str]] = []
    for i, m in enumerate(yaml_list(raw.get("members"), "members", where)):
        if not isinstance(m, Mapping) or "code" not in m:
            raise ParseError(f"members[{i}] needs a code", path=where, field="members")
        members.append((str(m["code"]).upper(), str(m.get("name", m["code"]))))
    council_members = rule == "council" or raw.get("membership") == "council"
    if not council_members and not members:
        raise ParseError(
            f"a {rule} body needs a members list (or membership: council)",
            path=where,
            field="members",
        )
    min_yes = raw.get("min_yes", len(members))
    if isinstance(min_yes, bool) or not isinstance(min_yes, int):
        raise ParseError(
            f"min_yes: expected a whole number, got {min_yes!r}", path=where, field="min_yes"
        )
    council = rule == "council" or raw.get("membership") == "council"
    specs = raw.get("instruments") or {}
    if not isinstance(specs, Mapping) or not all(
        isinstance(v, Mapping) or v is None for v in specs.values()
    ):
        raise ParseError(
            "instruments: expected a mapping of instrument to its rule",
            path=where,
            field="instruments",
            hint="e.g. instruments: {presidential_statement: {rule: consensus}}",
        )
    instruments = tuple(
        (
            str(name),
            _parse_body(
                {
                    **raw,
                    "instruments": None,
                    **(spec or {}),
                    "membership": "council" if council else raw.get("membership"),
                },
                where,
            ),
        )
        for name, spec in specs.items()
    )
    return Body(
        id=str(raw.get("id", Path(where).stem)),
        name=str(raw.get("name", raw.get("id", where))),
        rule_type=str(rule),
        fixed_members=tuple(members),
        council_members=council_members,
        min_yes=min_yes,
        veto_members=frozenset(str(c).upper() for c in yaml_list(raw.get("veto"), "veto", where)),
        abstention_blocks=bool(raw.get("abstention_blocks", True)),
        chapter_vii=bool(raw.get("chapter_vii", rule == "council")),
        instruments=instruments,
        source=str(raw.get("source", "")),
    )


def body_names() -> list[str]:
    """The names of the shipped bodies."""
    return datafiles.names("bodies", ".yaml")


def load_body(name_or_path: str | Path) -> Body:
    """A shipped body by name (``"security-council"``, ``"six-party-talks"``) or a YAML file."""
    path = Path(name_or_path)
    if path.suffix in {".yaml", ".yml"} and path.is_file():
        return _parse_body(read_yaml(path, "the body"), str(path))
    key = str(name_or_path).strip().lower().replace("_", "-")
    aliases = {
        "council": "security-council",
        "sc": "security-council",
        "unsc": "security-council",
        "six-party": "six-party-talks",
        "6pt": "six-party-talks",
    }
    key = aliases.get(key, key)
    if not datafiles.exists(f"bodies/{key}.yaml"):
        raise NotFound(
            f"unknown decision body {str(name_or_path)!r}",
            hint=f"shipped bodies: {', '.join(body_names())}, or give a .yaml file",
        )
    return _parse_body(datafiles.load_yaml(f"bodies/{key}.yaml"), f"bodies/{key}.yaml")
