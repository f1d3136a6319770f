"""Read the Dag Hammarskjöld Library tables into plain decision dictionaries.

Three sources (all under ``shared/data/security_council``):

* ``meetings_dhl_html/scactYYYY_table_en.html``: one row per meeting; the last cell holds the
  outcome (``S/RES/1718 (2006) 15-0-0``, ``Draft resolution S/2022/431 vetoed by China and
  Russian Federation 13-2-0``, ``... not adopted 2-0-13``, ``S/PRST/2006/41``, ...).
  Meetings with several agenda items continue on rows that omit the meeting and date cells.
* ``vetoes/dhl_veto_list_scact_veto_table_en.html``: the official veto list (who vetoed).
* ``vetoes/unsc_vetoes_1946_sept2022.csv``: the same list compiled to September 2022, used
  for the vetoes after the last table.
* ``failed_drafts/cleaned_data_unsc.csv``: per-member votes on a sample of failed drafts.

Parsing is lenient (the pages never close some tags) and keeps the raw outcome text beside
every decision, so that a doubtful reading can be traced. Used by ``scripts/build_council.py``
and by :func:`parse_meetings_table` for newer DHL pages.
"""

from __future__ import annotations

import ast
import csv
import datetime as dt
import re
from pathlib import Path
from typing import Any

import lxml.html

from unsc.council.members import lookup_code
from unsc.textdates import month_number

_TALLY = re.compile(r"(?<![\d/])(\d{1,2})\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})(?![\d/-])")
_RES = re.compile(r"S/RES/(\d+)\s*\((\d{4})\)")
_PRST_NEW = re.compile(r"S/PRST/(\d{4})/(\d+)")
_PRST_OLD = re.compile(r"(S/(?:PV\.)?\d+)\s*\(PRST\)")
_DRAFT = re.compile(r"S/(?:PV\.\d+|\d{4}/\d+|\d+)(?:/Rev\.\s?\d+)?")
_STARTS = re.compile(
    r"(?=(?:Power\s+Four\s+)?[Dd]raft\s+[Rr]esolutions?)|(?=S/RES/)|(?=S/PRST/)|(?=Communiqu)|(?=\bNote\b)"
    r"|(?=\bLetter\b)|(?=Election)|(?=\bS/(?:PV\.)?\d+\s*\(PRST\))"
    r"|(?=(?<!resolution )(?<!resolution)\bS/(?:PV\.\d+|\d{4}/\d+|\d+)(?:/Rev\.\s?\d+)?"
    r"\s*(?:\([^)]*\)\s*)?(?:was\s+)?(?:vetoed|not\s+adopted))"
)


def _text(node: Any) -> str:
    """Cell text with <br> as line breaks and runs of spaces collapsed."""
    for br in node.iter("br"):
        br.tail = "\n" + (br.tail or "")
    raw = node.text_content().replace("\xa0", " ")
    lines = (" ".join(line.split()) for line in raw.split("\n"))
    return "\n".join(line for line in lines if line)


def _flat(text: str) -> str:
    return " ".join(text.split())


def parse_day(text: str, year: int) -> dt.date | None:
    """The first day named in a cell like ``26 December``, ``14-15 October``, ``4 Sep.``."""
    match = re.search(r"(\d{1,2})(?:\s*(?:-|/|\+|and|&)\s*\d{1,2})?\s*([A-Za-z]{3,})", text)
    if not match:
        return None
    month = month_number(match.group(2), lenient=True)
    if month is None:
        return None
    try:
        return dt.date(year, month, int(match.group(1)))
    except ValueError:
        return None


_P5_NAMES = re.compile(
    r"Russian\s+Federation|Russia|USSR|Soviet\s+Union|Union\s+of\s+Soviet\s+Socialist\s+Republics"
    r"|United\s+States(?:\s+of\s+America)?|USA|U\.S\.|United\s+Kingdom|UK|China|France"
)


def veto_codes(text: str) -> list[str]:
    """Codes of the members named in ``vetoed by ...`` (USA, USSR, UK, the Russian Federation).

    Names are found by scanning, so cells whose line breaks were lost ("UK USA",
    "ChinaRussian Federation") read as well as "China and the Russian Federation".
    """
    codes = [lookup_code(m[0].replace(".", "")) for m in _P5_NAMES.finditer(text)]
    return list(dict.fromkeys(c for c in codes if c))


def _tally(segment: str) -> tuple[int, int, int] | None:
    match = _TALLY.search(segment)
    return (int(match[1]), int(match[2]), int(match[3])) if match else None


def parse_outcome(text: str) -> list[dict[str, Any]]:
    """The decisions named in one outcome cell, in order."""
    flat = _flat(text)
    if not flat or flat == "--":
        return []
    out: list[dict[str, Any]] = []
    for segment in (s.strip() for s in _STARTS.split(flat)):
        if not segment:
            continue
        item: dict[str, Any] = {"text": segment}
        if res := _RES.search(segment):
            item |= {
                "kind": "resolution",
                "symbol": f"S/RES/{res[1]} ({res[2]})",
                "number": int(res[1]),
            }
            lowered = segment.lower()
            if "without" in lowered:
                item["without_vote"] = True
            if "unanimous" in lowered:
                item["unanimous"] = True
        elif prst := _PRST_NEW.search(segment):
            item |= {"kind": "presidential_statement", "symbol": f"S/PRST/{prst[1]}/{prst[2]}"}
        elif prst_old := _PRST_OLD.search(segment):
            item |= {"kind": "presidential_statement", "symbol": prst_old[1]}
        elif "vetoed" in segment:
            draft = _DRAFT.search(segment)
            who = segment.split("vetoed by", 1)[1] if "vetoed by" in segment else ""
            who = _TALLY.split(who)[0] if _TALLY.search(who) else who
            item |= {
                "kind": "vetoed_draft",
                "symbol": draft[0] if draft else None,
                "vetoed_by_text": _flat(who),
            }
        elif "not adopted" in segment:
            draft = _DRAFT.search(segment)
            item |= {"kind": "failed_draft", "symbol": draft[0] if draft else None}
        else:
            continue
        tally = _tally(segment) if item["kind"] != "presidential_statement" else None
        if tally:
            item["tally"] = list(tally)
        note = re.search(r"\(([^()]*(?:absent|participat)[^()]*)\)", segment)
        if note:
            item["note"] = note[1]
        out.append(item)
    return out


def parse_meetings_table(path: Path, year: int) -> list[dict[str, Any]]:
    """Every decision in one yearly DHL meetings table."""
    root = lxml.html.parse(str(path)).getroot()
    decisions: list[dict[str, Any]] = []
    meeting, day = "", None
    for tr in root.iter("tr"):
        cells = [c for c in tr if c.tag in ("td", "th")]
        texts = [_text(c) for c in cells]
        if len(cells) < 2 or (all(c.tag == "th" for c in cells) and "S/PV" not in " ".join(texts)):
            continue
        if len(cells) >= 3:
            # A blank meeting cell continues the meeting above (several agenda items).
            meeting = _flat(texts[0]) or meeting
            day = parse_day(texts[1], year) or day
        if len(cells) == 3:
            continue
        topic, outcome = _flat(texts[-2]), texts[-1]
        items = parse_outcome(outcome)
        found = re.search(r"S/PV\.\d+", meeting)
        pv = found[0] if found else None
        tally = _tally(outcome)
        if not items and pv in BARE_TALLIES and tally:
            kind, symbol, topic = BARE_TALLIES[pv]
            items = [{"text": _flat(outcome), "kind": kind, "symbol": symbol, "tally": list(tally)}]
        for item in items:
            item |= {
                "meeting": pv,
                "date": day.isoformat() if day else None,
                "topic": topic,
                "source": path.name,
            }
            decisions.append(item)
    return decisions


def parse_veto_list(path: Path) -> list[dict[str, Any]]:
    """Rows of the DHL veto list: date, draft, meeting, agenda item, vetoing members."""
    root = lxml.html.parse(str(path)).getroot()
    rows: list[dict[str, Any]] = []
    for tr in root.iter("tr"):
        cells = [_text(c) for c in tr if c.tag in ("td", "th")]
        # Written-procedure vetoes (2020) name letters, not a meeting record.
        if len(cells) < 5 or not _DRAFT.search(cells[1]) or cells[0].startswith("Date"):
            continue
        year = re.search(r"\b(\d{4}|\d{2})\s*$", cells[0])  # "30 January 86" also occurs
        day = (
            parse_day(cells[0], int(year[1]) + (1900 if len(year[1]) == 2 else 0)) if year else None
        )
        if day is None:
            raise ValueError(f"{path.name}: unreadable date {cells[0]!r}")
        rows.append(
            {
                "date": day.isoformat(),
                "draft": _flat(cells[1]),
                "meeting": _flat(cells[2]),
                "topic": _flat(cells[3]),
                "vetoed_by": veto_codes(cells[4]),
            }
        )
    return rows


def parse_veto_csv(path: Path) -> list[dict[str, Any]]:
    """Rows of the World Politics Data Lab veto table (to September 2022)."""
    rows: list[dict[str, Any]] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            day = dt.datetime.strptime(row["date"], "%m/%d/%Y").date()
            names = [row[k] for k in ("member_veto1", "member_veto2", "member_veto3") if row[k]]
            rows.append(
                {
                    "date": day.isoformat(),
                    "draft": row["draft"].strip(),
                    "meeting": row["meeting_record"].strip(),
                    "topic": row["agenda_item"].strip(),
                    "vetoed_by": veto_codes("\n".join(names)),
                }
            )
    return rows


def parse_failed_sample(path: Path) -> list[dict[str, Any]]:
    """Per-member votes of the failed-drafts sample (meeting number, what, who voted how)."""
    out: list[dict[str, Any]] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for line, row in enumerate(csv.DictReader(fh), start=2):
            votes: dict[str, str] = {}
            for column, vote in (("In Favor", "yes"), ("Against", "no"), ("Abstain", "abstain")):
                for name in ast.literal_eval(row[column] or "[]"):
                    votes[name] = vote
            out.append(
                {
                    "meeting": f"S/PV.{int(row['Meeting Number'])}",
                    "year": int(row["Year"]),
                    "voting_on": row["Voting On"],
                    "note": row["Note"],
                    "votes_by_name": votes,
                    "line": line,
                }
            )
    return out


def _norm_symbol(symbol: str | None) -> str:
    if not symbol:
        return ""
    return re.sub(r"\s+|\(.*?\)$", "", symbol.split("(")[0]).upper()


def _sample_code(name: str, day: dt.date) -> str | None:
    """Codes of the sample's member names; it writes the USSR as the Russian Federation."""
    fixes = {"ukranian soviet socialist republic": "UKR", "ukraine": "UKR", "cote d' ivoire": "CIV"}
    code = fixes.get(name.strip().lower()) or lookup_code(name)
    if code == "RUS" and day < dt.date(1991, 12, 25):
        return "SUN"
    if code == "DEU" and day < dt.date(1990, 10, 3) and "democratic" in name.lower():
        return "DDR"
    return code


# Misprints of the meetings tables, corrected where the meeting record leaves no doubt:
# (meeting, symbol as printed) -> symbol. Documented in docs/council.md.
CORRECTIONS: dict[tuple[str, str], str] = {
    # 13 September 1990: resolution 666 (food for Iraq and Kuwait, 13-2-0), printed as 663.
    ("S/PV.2939", "S/RES/663 (1990)"): "S/RES/666 (1990)",
    # 30 May 1991: resolution 695 (UNDOF), printed as 701 (adopted on 31 July 1991).
    ("S/PV.2990", "S/RES/701 (1991)"): "S/RES/695 (1991)",
}


# Meetings whose outcome a table prints as a bare tally, with no word of what was voted:
# meeting -> (kind, symbol, topic), from the failed-drafts sample. Documented in docs/council.md.
BARE_TALLIES: dict[str, tuple[str, str, str]] = {
    # 22 July 2021: China's and the Russian Federation's draft on the Office of the High
    # Representative for Bosnia and Herzegovina, not adopted 2-0-13 (printed "2-0-13", its
    # topic in another column).
    "S/PV.8823": ("failed_draft", "S/2021/667", "The situation in Bosnia and Herzegovina"),
}


# Rows a meetings table repeats under a later meeting: the same draft, the same tally and no
# veto of it at that meeting in either veto list. (meeting, symbol) -> where it belongs.
REPEATED_ROWS: dict[tuple[str, str], str] = {
    # S/PV.1069 (13 September 1963, Southern Rhodesia) repeats the Palestine draft S/5407
    # vetoed by the USSR 8-2-1 at S/PV.1063 (3 September 1963).
    ("S/PV.1069", "S/5407"): "S/PV.1063",
    # S/PV.1808 (30 October 1974, South Africa) repeats the Cyprus draft S/11400 (as amended)
    # vetoed by the USSR 12-2-0 at S/PV.1788 (31 July 1974).
    ("S/PV.1808", "S/11400"): "S/PV.1788",
}


def _correct(decisions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Apply :data:`CORRECTIONS`, drop :data:`REPEATED_ROWS` and rows the tables print twice.

    Only a document symbol (``S/RES/1996 (2011)``, ``S/2022/431``) identifies a decision: the
    early drafts known only by their meeting record (``S/PV.206``) are distinct drafts even
    when two of them read alike (Italy's and Finland's applications, both "vetoed by USSR
    9-2-0" at S/PV.206)."""
    out: list[dict[str, Any]] = []
    seen: set[tuple[Any, ...]] = set()
    for item in decisions:
        if (item.get("meeting") or "", item.get("symbol") or "") in REPEATED_ROWS:
            continue
        fixed = CORRECTIONS.get((item.get("meeting") or "", item.get("symbol") or ""))
        if fixed:
            item |= {
                "symbol": fixed,
                "number": int(fixed.split("/")[2].split()[0]),
                "corrected_from": item["symbol"],
            }
        symbol = item.get("symbol") or ""
        key = (
            item["kind"],
            symbol,
            item.get("meeting"),
            item.get("date"),
            tuple(item.get("tally") or ()),
        )
        if symbol and not symbol.startswith("S/PV") and key in seen:
            continue
        seen.add(key)
        out.append(item)
    return out


def build_record(shared: Path) -> dict[str, Any]:
    """The whole record as a JSON-ready dict: decisions, the failed-draft sample, provenance."""
    tables = sorted((shared / "meetings_dhl_html").glob("scact*_table_en.html"))
    decisions: list[dict[str, Any]] = []
    for path in tables:
        year = int(re.search(r"\d{4}", path.name)[0])  # type: ignore[index]
        decisions.extend(parse_meetings_table(path, year))
    decisions = _correct(decisions)
    for item in decisions:
        if item["kind"] == "vetoed_draft":
            item["vetoed_by"] = veto_codes(item.pop("vetoed_by_text", ""))
        item["sources"] = [item.pop("source")]
    _merge_vetoes(decisions, shared / "vetoes")
    sample = _sample(shared / "failed_drafts" / "cleaned_data_unsc.csv", decisions)
    decisions.sort(key=lambda d: (d.get("date") or "", d.get("meeting") or "", d["kind"]))
    seen: dict[str, int] = {}
    for item in decisions:
        base = item.get("symbol") or f"{item['kind']}@{item.get('meeting')}"
        if (
            item["kind"] != "resolution"
            and item.get("meeting")
            and item.get("symbol", "").startswith("S/PV")
        ):
            base = f"{item['symbol']}"
        seen[base] = seen.get(base, 0) + 1
        item["id"] = base if seen[base] == 1 else f"{base}#{seen[base]}"
    return {
        "decisions": decisions,
        "failed_sample": sample,
        "sources": sorted({s for d in decisions for s in d["sources"]}),
    }


def _merge_vetoes(decisions: list[dict[str, Any]], folder: Path) -> None:
    """Take vetoing members from the official veto list; add vetoes the tables lack."""
    listed = parse_veto_list(folder / "dhl_veto_list_scact_veto_table_en.html")
    keys = {(r["date"], _norm_symbol(r["draft"])) for r in listed}
    extra = [
        r
        for r in parse_veto_csv(folder / "unsc_vetoes_1946_sept2022.csv")
        if (r["date"], _norm_symbol(r["draft"])) not in keys and r["date"] > "2022-05-26"
    ]
    vetoed = [d for d in decisions if d["kind"] == "vetoed_draft"]
    used: set[int] = set()

    def near(item: dict[str, Any], row: dict[str, Any]) -> bool:
        # The two lists sometimes date the same vote a day or two apart.
        if not item.get("date"):
            return False
        gap = dt.date.fromisoformat(item["date"]) - dt.date.fromisoformat(row["date"])
        return abs(gap.days) <= 7

    for source, rows in (
        ("dhl_veto_list_scact_veto_table_en.html", listed),
        ("unsc_vetoes_1946_sept2022.csv", extra),
    ):
        for row in rows:
            match = next(
                (
                    i
                    for i, d in enumerate(vetoed)
                    if i not in used
                    and near(d, row)
                    and _norm_symbol(d.get("symbol")) == _norm_symbol(row["draft"])
                ),
                None,
            )
            if match is None:
                match = next(
                    (
                        i
                        for i, d in enumerate(vetoed)
                        if i not in used and near(d, row) and d.get("meeting") == row["meeting"]
                    ),
                    None,
                )
            failed = (
                None
                if match is not None
                else next(
                    (
                        d
                        for d in decisions
                        if d["kind"] == "failed_draft"
                        and near(d, row)
                        and _norm_symbol(d.get("symbol")) == _norm_symbol(row["draft"])
                        and _can_be_vetoed(d, row["vetoed_by"])
                    ),
                    None,
                )
            )
            if failed is not None:
                # The meeting table says "not adopted" where the veto list records a veto.
                failed |= {
                    "kind": "vetoed_draft",
                    "vetoed_by": row["vetoed_by"],
                    "table_kind": "failed_draft",
                }
                failed["sources"].append(source)
                continue
            if match is None:
                decisions.append(
                    {
                        "kind": "vetoed_draft",
                        "symbol": row["draft"],
                        "meeting": row["meeting"],
                        "date": row["date"],
                        "topic": row["topic"],
                        "vetoed_by": row["vetoed_by"],
                        "text": "",
                        "sources": [source],
                    }
                )
                continue
            used.add(match)
            item = vetoed[match]
            if set(item["vetoed_by"]) != set(row["vetoed_by"]):
                item["vetoed_by_table"] = item["vetoed_by"]
            item["vetoed_by"] = row["vetoed_by"]
            item["sources"].append(source)


def _can_be_vetoed(item: dict[str, Any], vetoing: list[str]) -> bool:
    """Whether a draft's tally leaves room for the vetoing members' negative votes."""
    tally = item.get("tally")
    return tally is None or tally[1] >= len(vetoing)


def _sample(path: Path, decisions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    dates = {d["meeting"]: d["date"] for d in decisions if d.get("meeting") and d.get("date")}
    out: list[dict[str, Any]] = []
    for row in parse_failed_sample(path):
        day_text = dates.get(row["meeting"])
        if day_text is None:
            continue
        day = dt.date.fromisoformat(day_text)
        votes: dict[str, str] = {}
        unknown: list[str] = []
        for name, vote in row["votes_by_name"].items():
            code = _sample_code(name, day)
            if code is None:
                unknown.append(name)
            else:
                votes[code] = vote
        out.append(
            {
                "meeting": row["meeting"],
                "date": day_text,
                "voting_on": row["voting_on"],
                "note": row["note"],
                "votes": votes,
                "unknown_names": unknown,
                "source": f"{path.name}:{row['line']}",
            }
        )
    return out
