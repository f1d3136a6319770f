"""The head and tail of an official text: symbol, date, sponsors, instrument, meeting, vote.

:class:`Header` reads the lines around the body of a resolution or statement: the
resolution heading (``Resolution 1718 (2006)``, ``84 (1950). Resolution of 7 July 1950``),
dates, a draft's sponsor line, a presidential statement's head, page furniture and the
adoption note (``Adopted at the 1340th meeting by 11 votes to none, with 4 abstentions``).
Every line it reads is kept in ``notes``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from unsc.drafts.model import Instrument
from unsc.textdates import month_number

__all__ = [
    "ADOPTED",
    "NO_OPERATIVE",
    "PART",
    "Header",
    "detect_chapter_vii",
    "parse_date",
    "split_sponsors",
]

NO_OPERATIVE = "[unsc: no operative paragraph found in this text]"

_DATE = re.compile(r"\b(\d{1,2})\s+([A-Z][a-z]+)\s+(\d{4})\b")
_RES_HEAD = re.compile(
    r"^(?:Resolution\s+(\d{1,4})(?:\s*\((\d{4})\))?|(\d{1,4})\s*\((\d{4})\))\s*\.?\s*"
    r"(?:Resolution\b\s*(?:of\s+)?)?(.*)$",
    re.I,
)
_OF_DATE = re.compile(r"^of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}")
ADOPTED = re.compile(r"^Adopted\b")
_MEETING = re.compile(r"\b(?:at\s+(?:its\s+)?)?(\d{1,5})\s*(?:st|nd|rd|th|d)\s+meeting", re.I)
_VOTES = re.compile(
    r"by\s+(\d+|one|none)\s+votes?\s+(?:to|io|t0)\s+(\d+|none|one)(?:,?\s+with\s+(\d+|one|none)\s+"
    r"abstentions?)?",
    re.I,
)
PART = re.compile(r"^(?:Part\s+)?([A-Z]|[IVX]{1,5})\.?$")
_DOCREF = re.compile(r"^[\[(](S/[^\])]+)[\])]$")
_TITLE = re.compile(r"^[A-Z][A-Z ,.'’()\-–/]+$")
_CH7 = re.compile(r"Chapter\s+VII\b|Articles?\s+(?:39|40|41|42)\b(?:\s+(?:and|,)\s+\d+)*")
_ART41 = re.compile(r"Articles?\s+(?:39\s+and\s+)?41\b|Article\s+41\b")
_WORDNUM = {"none": 0, "one": 1}
_SYMBOL_IN = re.compile(r"S/RES/\d+ \(\d{4}\)|S/PRST/\d{4}/\d+|S/\d{4}/\d+(?:/Rev\.\d+)?")
_SPONSORS = re.compile(r"^(.+?):\s*(?:revised\s+)?draft\s+resolution\.?$", re.I)
_DRAFT_HEAD = re.compile(r"^(?:revised\s+)?draft\s+resolution\.?$", re.I)
_PRST_HEAD = re.compile(r"^Statement\s+by\s+the\s+President\s+of\s+the\s+Security\s+Council", re.I)
_PRESS_HEAD = re.compile(r"^(?:Security\s+Council\s+)?Press\s+Statement\b\s*(?:on\s+)?", re.I)
_PRESS_ISSUED = re.compile(
    r"^The\s+following\s+(?:Security\s+Council\s+)?press\s+statement\s+was\s+issued", re.I
)
_PRST_MEETING = re.compile(
    r"^At\s+(?:its|the)\s+(\d+)(?:st|nd|rd|th)\s+meeting.*made\s+the\s+following\s+statement",
    re.I | re.S,
)


def parse_date(text: str) -> dt.date | None:
    """The first 'D Month YYYY' date in ``text``, or None."""
    for day, month, year in _DATE.findall(text):
        m = month_number(month)
        if m:
            try:
                return dt.date(int(year), m, int(day))
            except ValueError:
                continue
    return None


# Member States whose short or formal name contains "and": protected when splitting a list.
_AND_NAMES = (
    "United Kingdom of Great Britain and Northern Ireland",
    "Bosnia and Herzegovina",
    "Trinidad and Tobago",
    "Antigua and Barbuda",
    "Saint Kitts and Nevis",
    "Saint Vincent and the Grenadines",
    "Sao Tome and Principe",
    "Serbia and Montenegro",
)


def split_sponsors(text: str) -> tuple[str, ...]:
    """Split "France, Japan, United Kingdom of Great Britain and Northern Ireland and United
    States of America" into the sponsoring States."""
    protected = text
    for i, name in enumerate(_AND_NAMES):
        protected = protected.replace(name, f"\x00{i}\x00")
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+(?=[A-Z\x00])", protected)
    out = []
    for part in parts:
        for i, name in enumerate(_AND_NAMES):
            part = part.replace(f"\x00{i}\x00", name)
        if part.strip():
            out.append(part.strip())
    return tuple(out)


def detect_chapter_vii(paragraphs: list[str]) -> tuple[bool, bool]:
    """(chapter_vii, article_41) from an "Acting under ..." clause among ``paragraphs``."""
    ch7 = art41 = False
    for text in paragraphs:
        head = text[:400]
        if re.match(r"^(?:\d+\.\s*)?Acting\b", head) or re.search(
            r"\bacting under Chapter VII|under Chapter VII of the Charter", head
        ):
            if _CH7.search(head):
                ch7 = True
            if _ART41.search(head):
                art41 = True
    return ch7, art41


@dataclass(slots=True)
class Header:
    """What the heading lines, page furniture and adoption note of a text say."""

    notes: list[str] = field(default_factory=list)
    symbol: str | None = None
    title: str | None = None
    date: dt.date | None = None
    meeting: str | None = None
    vote: str | None = None
    sponsors: tuple[str, ...] = ()
    draft: bool = False
    instrument: Instrument = Instrument.RESOLUTION
    resolution_heading: bool = False
    adopted_any: bool = False
    statement_opened: bool = False

    def heading(self, text: str, *, opened: bool) -> bool:
        """Read a heading line (symbol, date, sponsors, statement head ...); True if it was one."""
        m = _RES_HEAD.match(text)
        if m and not opened and len(text) < 120 and not self.resolution_heading:
            number, year = m.group(1) or m.group(3), m.group(2) or m.group(4)
            rest = m.group(5)
            self.date = parse_date(rest) or self.date
            self.symbol = self.symbol or f"S/RES/{int(number)}" + (f" ({year})" if year else "")
            self.resolution_heading = True
            self.notes.append(text)
            return True
        if parse_date(text) and _DATE.fullmatch(text.strip()):
            self.date = self.date or parse_date(text)
            self.notes.append(text)
            return True
        sponsors = _SPONSORS.match(text)
        if sponsors and len(text) < 400:
            self.sponsors = split_sponsors(sponsors.group(1))
            self.draft = True
            self.notes.append(text)
            return True
        if _DRAFT_HEAD.match(text):
            self.draft = True
            self.notes.append(text)
            return True
        if _PRST_HEAD.match(text):
            self.instrument = Instrument.PRESIDENTIAL_STATEMENT
            self.notes.append(text)
            return True
        if _PRESS_HEAD.match(text):
            self.instrument = Instrument.PRESS_STATEMENT
            self.title = self.title or _PRESS_HEAD.sub("", text).strip() or None
            self.notes.append(text)
            return True
        if _PRESS_ISSUED.match(text):
            self.instrument = Instrument.PRESS_STATEMENT
            self.statement_opened = True
            self.notes.append(text)
            return True
        made = _PRST_MEETING.match(text)
        if made:
            self.meeting = self.meeting or made.group(1)
            self.date = self.date or parse_date(text)
            self.instrument = Instrument.PRESIDENTIAL_STATEMENT
            self.statement_opened = True
            self.notes.append(text)
            return True
        if _OF_DATE.match(text) and len(text) < 40:
            self.date = parse_date(text) or self.date
            self.notes.append(text)
            return True
        if _DOCREF.match(text):
            self.notes.append(text)
            return True
        if not opened and _TITLE.match(text) and len(text) < 200 and not PART.match(text):
            self.title = text.title() if self.title is None else self.title
            self.notes.append(text)
            return True
        return False

    def furniture(self, text: str) -> None:
        """A line of page furniture: keep it, and read the symbol or date it carries."""
        self.notes.append(text)
        symbol = _SYMBOL_IN.search(text)
        if symbol and self.symbol is None:
            self.symbol = symbol.group(0)
            if symbol.group(0).startswith("S/PRST/"):
                self.instrument = Instrument.PRESIDENTIAL_STATEMENT
            elif not symbol.group(0).startswith("S/RES/"):
                self.draft = True
        if text.lower().startswith("distr") and self.date is None:
            self.date = parse_date(text)

    def adoption(self, text: str) -> None:
        """Read an adoption note: meeting, date and vote."""
        self.adopted_any = True
        self.notes.append(text)
        meeting = _MEETING.search(text)
        if meeting and self.meeting is None:
            self.meeting = meeting.group(1)
        if self.date is None and "on " in text:
            self.date = parse_date(text)
        votes = _VOTES.search(text)
        if votes and self.vote is None:
            nums = [_WORDNUM.get(v.lower()) if v else 0 for v in votes.groups()]
            vals = [
                n if n is not None else int(v) for n, v in zip(nums, votes.groups(), strict=True)
            ]
            self.vote = "-".join(str(v) for v in vals)
        elif "unanimously" in text and self.vote is None:
            self.vote = "unanimous"
        elif "without vote" in text.lower() and self.vote is None:
            self.vote = "without vote"
