"""From printed lines to paragraphs: join wrapped lines, split run-together paragraphs.

Printed resolutions wrap a paragraph over several lines and usually separate paragraphs by
a blank line, but not always (``The Security Council,`` is often followed directly by the
first preambular paragraph). A line starts a new paragraph when the previous line ended a
clause (``, ; : .``) and the line itself looks like a paragraph start: a number ``3.``, a
label ``(b)``, a dash, a preambular participle or a known lead verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from unsc.drafts.verbs import LEAD_VERBS

__all__ = ["Block", "join_lines", "split_blocks"]

PARTICIPLES = (
    "Acting|Mindful|Aware|Conscious|Deeply|Gravely|Seriously|Profoundly|Bearing|Having|"
    "Convinced|Determined|Desirous|Concerned|Alarmed|Shocked|Appalled|Disturbed|Encouraged|"
    "Gratified|Satisfied|Seized|Cognizant|Reaffirming|Recalling|Noting|Taking|Recognizing|"
    "Recognising|Considering|Welcoming|Expressing|Emphasizing|Emphasising|Stressing|"
    "Underlining|Reiterating|Affirming|Believing|Guided|Further|Also|Moreover|Noting|"
    "Commending|Deploring|Condemning|Regretting|Realizing|Keeping|Anxious|Dismayed|"
    "Outraged|Indignant|Grieved|Saddened|Reminding|Observing|Acknowledging|Endorsing|"
    "Supporting|Urging|Calling|Appreciating|Praising|Hoping|Looking|Resolved|Firmly|"
    "Strongly|Reaffirms|Recalling|Wishing|Paying|Renewing|Highlighting|Distressed|"
    "Troubled|Mourning|Deeply|Fully|Viewing|Underscoring|Echoing|Pointing|Referring|"
    "Reviewing|Bearing|Attaching|Sharing|Accepting|Confirming|Declaring|Determining|Following|"
    "Whereas"
)
_PARTICIPLE = re.compile(rf"^(?:{PARTICIPLES})\b|^[A-Z][a-z]+ing\b")
_NUMBER = re.compile(r"^\d{1,3}\s?(?:\.\s+\S|\.[A-Z][a-z]|,\s+[A-Z])")
_LABEL = re.compile(r"^\((?:[a-z]{1,2}|[ivxl]{1,6}|\d{1,2})\)\s*\S")
_DASH = re.compile(r"^[–—-]\s+\S")
_VERB_START = re.compile(
    r"^(?:Strongly|Further|Also|Urgently|Again|"
    + "|".join(sorted({k.split()[0].capitalize() for k in LEAD_VERBS}, key=len, reverse=True))
    + r")\b"
)
_HEAD = re.compile(
    r"^(?:The Security Council|Adopted\b)|^[\[(]S/|^Resolution\s+\d+|^RESOLUTION\s+\d+|"
    r"^\d{1,4}\s*\(\d{4}\)\.?\s*Resolution|^of\s+\d{1,2}\s+[A-Z][a-z]+\s+\S{4}$"
)
_FURNITURE = re.compile(
    r"^(?:United Nations(?:\s+S/\S+(?:\s*\(\d{4}\))?)?|Security Council(?:\s+Distr\.?:?\s*\w+)?|"
    r"Distr\.?:?\s*\w+.*|Original:\s*\w+|S/(?:RES|PRST)/\d+(?:/\d+)?(?:\s*\(\d{4}\))?|"
    r"S/\d{4}/\d+(?:/Rev\.\d+)?|\d{2}-\d{5}\s*(?:\([A-Z]\))?(?:\s+\S+){0,3}|\*\d{6,}\*|"
    r"\d{1,3}|\d{1,3}\s*/\s*\d{1,3}|page\s+\d+(?:\s+of\s+\d+)?)$",
    re.IGNORECASE,
)
_PART_LINE = re.compile(r"^(?:Part\s+)?(?:[A-Z]|[IVX]{1,5})\.?$")
_CLAUSE_END = re.compile(r"[,;:.]\s*(?:\d{1,3})?$")
_KEEP_HYPHEN = frozenset(
    {
        "self",
        "non",
        "cease",
        "ex",
        "so",
        "well",
        "anti",
        "peace",
        "all",
        "third",
        "co",
        "long",
        "short",
        "full",
        "half",
        "cross",
        "one",
        "two",
        "three",
        "four",
        "five",
        "follow",
    }
)
_HYPHEN_END = re.compile(r"([A-Za-z]+)-$")
# A paragraph cut after "the", "of", "that" ... (but not a list's "...; or").
_DANGLING = re.compile(r"(?<![;,:] )\b(?:the|of|that|and|to|a|an|by|in|for|with|on|from|or)$")


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph of the source: its joined text and its first line (1-based).

    ``furniture`` marks a line of page furniture (running head, page number, job number,
    distribution line): it never breaks or joins a paragraph, and the parser keeps it in notes.
    """

    text: str
    line: int
    furniture: bool = False


def join_lines(lines: list[str]) -> str:
    """Join the printed lines of one paragraph, undoing end-of-line hyphenation."""
    out = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if not out:
            out = line
            continue
        m = _HYPHEN_END.search(out[-40:]) if out.endswith("-") else None
        if m and line[:1].islower():
            stem = m.group(1).lower()
            out = out if stem in _KEEP_HYPHEN else out[:-1]
            out += line
        else:
            out += " " + line
    return " ".join(out.split())


def _starts_paragraph(line: str, previous: str) -> bool:
    if _HEAD.match(line) and not line.startswith("The Security Council"):
        return True
    if _PART_LINE.match(previous) or (_PART_LINE.match(line) and _CLAUSE_END.search(previous)):
        return True
    if not _CLAUSE_END.search(previous) and not _HEAD.match(previous):
        return False
    if _HEAD.match(previous) and previous.startswith("The Security Council") and len(previous) > 30:
        return False
    return bool(
        _NUMBER.match(line)
        or _LABEL.match(line)
        or _DASH.match(line)
        or _PARTICIPLE.match(line)
        or _VERB_START.match(line)
        or _HEAD.match(line)
    )


def split_blocks(text: str) -> list[Block]:
    """Split a printed text into paragraphs (blank lines, and the start rule above)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "")
    text = text.replace("\u00a0", " ").replace("\ufeff", "")
    blocks: list[Block] = []
    current: list[str] = []
    start = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if not line:
            if current:
                blocks.append(Block(join_lines(current), start))
                current = []
            continue
        if _FURNITURE.match(line):
            blocks.append(Block(line, number, furniture=True))
            continue
        if not current:
            # A paragraph that runs on over a page break or a stray blank line (it ended
            # mid-sentence, and this line starts in lower case or the last ended on "the",
            # "of", "that" ...: 391 (1976)): take it up again.
            last = next((b for b in reversed(blocks) if not b.furniture), None)
            if (
                last is not None
                and not _CLAUSE_END.search(last.text)
                and (
                    line[:1].islower()
                    or (
                        _DANGLING.search(last.text)
                        and not (_NUMBER.match(line) or _LABEL.match(line) or _DASH.match(line))
                    )
                )
            ):
                blocks.remove(last)
                current, start = [last.text], last.line
        if current and _starts_paragraph(line, current[-1]):
            blocks.append(Block(join_lines(current), start))
            current = []
        if not current:
            start = number
        current.append(line)
    if current:
        blocks.append(Block(join_lines(current), start))
    return blocks
