"""The historical record of Council decisions, 1946 to mid-2022, as typed objects.

Built from the Dag Hammarskjöld Library tables by ``scripts/build_council.py`` (see
:mod:`unsc.council.record_build`) and shipped as ``council/record.json``. Every decision
keeps the outcome text it was read from and the files it came from.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from typing import Any

from unsc import datafiles
from unsc.council.voting import Vote
from unsc.errors import InvalidInput, NotFound

RECORD_FILE = "council/record.json"


class RecordKind(StrEnum):
    RESOLUTION = "resolution"
    VETOED_DRAFT = "vetoed_draft"
    FAILED_DRAFT = "failed_draft"
    PRESIDENTIAL_STATEMENT = "presidential_statement"


RECORDED_OUTCOME = {
    RecordKind.RESOLUTION: "adopted",
    RecordKind.VETOED_DRAFT: "vetoed",
    RecordKind.FAILED_DRAFT: "failed",
    RecordKind.PRESIDENTIAL_STATEMENT: "statement",
}


@dataclass(frozen=True, slots=True)
class Decision:
    """One decision of the record: a resolution, a vetoed or failed draft, or a statement."""

    id: str
    kind: RecordKind
    symbol: str | None
    date: dt.date | None
    meeting: str | None
    topic: str
    tally: tuple[int, int, int] | None = None
    vetoed_by: tuple[str, ...] = ()
    unanimous: bool = False
    without_vote: bool = False
    note: str = ""
    text: str = ""
    sources: tuple[str, ...] = ()
    vetoed_by_table: tuple[str, ...] = ()
    table_kind: str = ""

    @property
    def outcome(self) -> str:
        """adopted, vetoed, failed, or statement (a presidential statement)."""
        return RECORDED_OUTCOME[self.kind]

    @property
    def confirmed_veto(self) -> bool:
        """A vetoed draft that the official veto list (or its 2022 continuation) records."""
        return self.kind is RecordKind.VETOED_DRAFT and any(
            s.startswith(("dhl_veto_list", "unsc_vetoes")) for s in self.sources
        )

    @property
    def year(self) -> int | None:
        return self.date.year if self.date else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind.value,
            "outcome": self.outcome,
            "symbol": self.symbol,
            "date": self.date.isoformat() if self.date else None,
            "meeting": self.meeting,
            "topic": self.topic,
            "tally": list(self.tally) if self.tally else None,
            "vetoed_by": list(self.vetoed_by),
            "unanimous": self.unanimous,
            "without_vote": self.without_vote,
            "note": self.note,
            "text": self.text,
            "sources": list(self.sources),
        }


@dataclass(frozen=True, slots=True)
class SampleBallot:
    """A failed draft with per-member votes (the hand-transcribed sample)."""

    meeting: str
    date: dt.date
    voting_on: str
    votes: Mapping[str, Vote]
    source: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class Record:
    """All decisions in date order, with queries."""

    decisions: tuple[Decision, ...]
    sample: tuple[SampleBallot, ...] = ()
    _by_id: Mapping[str, Decision] = field(default_factory=dict, repr=False)

    def __iter__(self) -> Iterator[Decision]:
        return iter(self.decisions)

    def __len__(self) -> int:
        return len(self.decisions)

    def get(self, key: str) -> Decision:
        """A decision by id or symbol (``S/RES/1718 (2006)``, ``S/2022/431``, ``1718``)."""
        text = key.strip()
        if text.isdigit():
            text = next(
                (
                    d.id
                    for d in self.decisions
                    if d.kind is RecordKind.RESOLUTION
                    and d.symbol
                    and d.symbol.startswith(f"S/RES/{text} ")
                ),
                text,
            )
        found = self._by_id.get(text) or next(
            (
                d
                for d in self.decisions
                if d.symbol and d.symbol.replace(" ", "") == text.replace(" ", "")
            ),
            None,
        )
        if found is None:
            raise NotFound(
                f"no decision {key!r} in the record",
                hint="use a symbol like S/RES/1718 (2006), S/2022/431 or 1718",
            )
        return found

    def query(
        self,
        *,
        year: int | None = None,
        topic: str | None = None,
        member: str | None = None,
        vetoed_by: str | None = None,
        kind: RecordKind | str | None = None,
    ) -> list[Decision]:
        """Decisions matching every filter given (topic: case-insensitive substring; member:
        vetoed by it, or its name in the topic). An unknown state is refused."""
        from unsc.council.members import name_of

        wanted_kind = RecordKind(kind) if kind else None
        veto_code = _state(vetoed_by, "vetoed_by") if vetoed_by else None
        member_code = _state(member, "member") if member else None
        out: list[Decision] = []
        for d in self.decisions:
            if year is not None and d.year != year:
                continue
            if wanted_kind is not None and d.kind is not wanted_kind:
                continue
            if topic and _folded(topic) not in _folded(d.topic):
                continue
            if veto_code and veto_code not in d.vetoed_by:
                continue
            if member_code:
                name = name_of(member_code, d.date) if d.date else member_code
                if member_code not in d.vetoed_by and _folded(name) not in _folded(d.topic):
                    continue
            out.append(d)
        return out

    def counts(self) -> dict[str, int]:
        """How many decisions of each kind."""
        tally = Counter(d.kind.value for d in self.decisions)
        return {k.value: tally.get(k.value, 0) for k in RecordKind}

    def vetoes_by_decade(self) -> dict[int, dict[str, int]]:
        """Vetoes cast per decade per permanent member (a joint veto counts for each).

        Only vetoes on the official veto list count; the few drafts that only the meetings
        tables call "vetoed" are left out (see docs/council.md, anomalies)."""
        table: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for d in self.decisions:
            if d.confirmed_veto and d.date:
                for code in d.vetoed_by:
                    table[d.date.year // 10 * 10][code] += 1
        return {decade: dict(sorted(row.items())) for decade, row in sorted(table.items())}

    def vetoes_by_year(self) -> dict[int, dict[str, int]]:
        """Vetoes cast per year per permanent member (official veto list only)."""
        table: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for d in self.decisions:
            if d.confirmed_veto and d.date:
                for code in d.vetoed_by:
                    table[d.date.year][code] += 1
        return {year: dict(row) for year, row in sorted(table.items())}


def _state(text: str, field: str) -> str:
    from unsc.council.members import lookup_code

    code = lookup_code(text)
    if code is None:
        raise InvalidInput(
            f"{text!r} is not a known state",
            hint="use an alpha-3 code or a name: RUS, USA, SUN (USSR), North Korea",
            field=field,
            value=text,
        )
    return code


ANOMALIES_FILE = "council/anomalies.yaml"


@cache
def corrections() -> dict[str, tuple[dict[str, Any], str]]:
    """The decisions whose source table is known to be wrong (``correct`` in
    ``data/council/anomalies.yaml``): id -> (the record's values, why)."""
    rows: list[dict[str, Any]] = datafiles.load_yaml(ANOMALIES_FILE) or []
    return {
        row["id"]: (row["correct"], " ".join(row["reason"].split()))
        for row in rows
        if row.get("correct")
    }


def _corrected(raw: Mapping[str, Any]) -> Mapping[str, Any]:
    """A decision as the record serves it: a table's known misprint set right, its note
    saying what the table printed and why (S/2022/431 was printed 13-0-2, vetoed)."""
    found = corrections().get(raw["id"])
    if found is None:
        return raw
    values, why = found
    printed = ", ".join(f"{key} {raw.get(key)}" for key in values)
    note = f"corrected from the meeting table ({printed}): {why}"
    return {**raw, **values, "note": " ".join(filter(None, (raw.get("note"), note)))}


_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def _folded(text: str) -> str:
    """Text as a topic search compares it: case and typographic quotes and dashes aside
    (People's finds People’s; Côte d'Ivoire, Côte d’Ivoire)."""
    return text.translate(_QUOTES).casefold()


def unmangled(text: str) -> str:
    """Text that a source encoded in UTF-8 twice, read back with ftfy, which the screening
    also reads mojibake with (the 2022 table's topic of resolution 2627, "Democratic
    PeopleÃ¢Â\x80Â\x99s Republic of Korea", was found by no search for People's)."""
    from ftfy import fix_encoding

    return fix_encoding(text) if text and not text.isascii() else text


def _decision(raw: Mapping[str, Any]) -> Decision:
    raw = _corrected(raw)
    raw = {**raw, "topic": unmangled(raw.get("topic") or "")}
    return Decision(
        id=raw["id"],
        kind=RecordKind(raw["kind"]),
        symbol=raw.get("symbol"),
        date=dt.date.fromisoformat(raw["date"]) if raw.get("date") else None,
        meeting=raw.get("meeting"),
        topic=raw.get("topic") or "",
        tally=tuple(raw["tally"]) if raw.get("tally") else None,
        vetoed_by=tuple(raw.get("vetoed_by") or ()),
        unanimous=bool(raw.get("unanimous")),
        without_vote=bool(raw.get("without_vote")),
        note=raw.get("note") or "",
        text=raw.get("text") or "",
        sources=tuple(raw.get("sources") or ()),
        vetoed_by_table=tuple(raw.get("vetoed_by_table") or ()),
        table_kind=raw.get("table_kind") or "",
    )


def record_from_dict(doc: Mapping[str, Any]) -> Record:
    """A Record from the JSON shape that ``scripts/build_council.py`` writes."""
    decisions = tuple(_decision(d) for d in doc["decisions"])
    sample = tuple(
        SampleBallot(
            meeting=s["meeting"],
            date=dt.date.fromisoformat(s["date"]),
            voting_on=s["voting_on"],
            note=s.get("note") or "",
            source=s["source"],
            votes={code: Vote(v) for code, v in s["votes"].items()},
        )
        for s in doc.get("failed_sample", ())
    )
    return Record(decisions=decisions, sample=sample, _by_id={d.id: d for d in decisions})


@cache
def load_record() -> Record:
    """The shipped record (parsed once)."""
    return record_from_dict(datafiles.load_json(RECORD_FILE))
