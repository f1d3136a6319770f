"""Parse an official resolution text as published into a :class:`Draft`.

Handles both layouts of ``shared/data/security_council/resolutions`` (the 2006 layout with
"Adopted by the Security Council at its ...th meeting, on ..." in the header; the printed
*Resolutions and Decisions* layout with "of D Month YYYY" and the adoption note last) and
the CR-UNSC gold texts (wrapped lines, headings, footnotes, vote lines, parts).

How a text maps to operative paragraphs 1..n (documented in docs/drafts.md):

* Operative paragraphs are numbered 1..n in reading order across the whole text; ``label``
  keeps the printed number when it differs (``"B.1"`` when parts restart their numbering)
  and is None for an unnumbered paragraph.
* Without printed numbers, each paragraph after the preamble that opens with a lead verb
  (Decides, Requests, "The Security Council ... calls upon") is one operative paragraph.
* A chapeau before numbered paragraphs ("Resolves that:") gives its verb to paragraphs
  that have none of their own, and is kept in ``notes``.
* Part headings (A, B, I, II), titles, document symbols, adoption notes, vote lines and
  footnotes go to ``notes``; a preambular paragraph inside a later part is kept in
  ``preambular``. No line of the source is dropped.
"""

from __future__ import annotations

import dataclasses
import re

from unsc.drafts.header import (
    ADOPTED,
    NO_OPERATIVE,
    PART,
    Header,
    detect_chapter_vii,
    parse_date,
    split_sponsors,
)
from unsc.drafts.lines import _PARTICIPLE, Block, split_blocks
from unsc.drafts.model import Draft, SubParagraph
from unsc.drafts.paragraph import build_paragraph
from unsc.drafts.verbs import classify_verb
from unsc.errors import ParseError

__all__ = [
    "NO_OPERATIVE",
    "build_paragraph",
    "detect_chapter_vii",
    "parse_date",
    "parse_official",
    "split_sponsors",
]

# "The Security Council," opens a resolution; "The members of the Security Council" each
# paragraph of a press statement.
_OPENER = re.compile(r"^(?:The\s+members\s+of\s+the|The)\s+Security\s+Council\s*[,.:]?\s*", re.I)
_NUMBERED = re.compile(
    r"^(\d{1,3}|[0-9iIlLOSZ]{1,3}(?=\.\s+[A-Z]))\s?"
    r"(?:\.\s+|\.(?=[A-Z][a-z])|,(?=\s+[A-Z“\"‘(])\s+)(.*)$",
    re.S,
)
# Letters that OCR prints for digits in a paragraph number ("i9.", "S. Appeals", "Z. Demands").
_OCR_DIGITS = str.maketrans("iIlLOSZ", "1111052")
_LOOKALIKE = re.compile(r"[SZ]")
_ANNEX = re.compile(r"^(?:Annex|ANNEX|Appendix|APPENDIX)\b")
_LABELLED = re.compile(r"^\(([a-z]{1,2}|[ivxl]{1,6}|\d{1,2})\)\s*(.*)$", re.S)
# "b) To abstain", "(c}) The principles": a label whose parenthesis OCR lost or garbled.
_OCR_LABEL = re.compile(r"^(?:([a-z])\)(?=\s+[A-Z“\"])|\(([a-z])[}\]]\))")
_DASHED = re.compile(r"^([–—-])\s+(.*)$", re.S)
_ROMAN = re.compile(r"^[ivxl]+$")
# Lettered items printed inside the paragraph, after a colon or semicolon.
_INLINE_FIRST = re.compile(r":\s+\(a\)\s+\S")
_INLINE_ITEM = re.compile(r"(?<=[:;])\s+(?:and\s+)?\(([a-z]{1,2}|[ivx]{1,5})\)\s+")
_FOOTNOTE = re.compile(r"^(\d{1,3})\s+(\S.*)$", re.S)


@dataclasses.dataclass(slots=True)
class _Op:
    text: str
    label: str | None
    part: str | None
    subs: list[list[object]] = dataclasses.field(default_factory=list)
    closing: str = ""
    chapeau_verb: str | None = None

    def append(self, text: str) -> None:
        if self.subs:
            last = self.subs[-1]
            target = last[2][-1] if last[2] else last  # type: ignore[index]
            target[1] = f"{target[1]} {text}".strip()
        else:
            self.text = f"{self.text} {text}".strip()


_ROMANS = [
    "i",
    "ii",
    "iii",
    "iv",
    "v",
    "vi",
    "vii",
    "viii",
    "ix",
    "x",
    "xi",
    "xii",
    "xiii",
    "xiv",
    "xv",
    "xvi",
    "xvii",
    "xviii",
    "xix",
    "xx",
]


def _is_roman_child(label: str, op: _Op) -> bool:
    """Whether ``(label)`` opens or continues a list nested in the last lettered item."""
    if not _ROMAN.match(label) or not op.subs or op.closing:
        return False
    parent = str(op.subs[-1][0])
    # (ii) after (i) is a sibling; so is (i) after (h), and (v) after (u).
    if parent in _ROMANS and label in _ROMANS and _ROMANS.index(label) == _ROMANS.index(parent) + 1:
        return False
    if (parent, label) in (("h", "i"), ("u", "v"), ("w", "x")):
        return False
    return bool(re.fullmatch(r"[a-z]{1,2}", parent))


def _add_sub(op: _Op, label: str, text: str) -> None:
    """Add item ``(label)`` to ``op``: nested under the last lettered item if it is roman.

    A digit among letters is an OCR misreading ("(6)" for "(b)", "(2)" for "(a)", "(1)"
    for "(i)"): the sequence gives the letter.
    """
    if _is_roman_child(label, op):
        op.subs[-1][2].append([label, text, []])  # type: ignore[attr-defined]
        return
    if op.subs:
        prev = str(op.subs[-1][0])
        if len(label) == 1 and label.isdigit() and re.fullmatch(r"[a-y]", prev):
            label = chr(ord(prev) + 1)
        elif label == "ii" and prev in ("1", "l", "I"):
            op.subs[-1][0] = "i"
        elif (
            re.fullmatch(r"[b-z]", label)
            and len(prev) == 1
            and prev.isdigit()
            and (len(op.subs) == 1 or str(op.subs[-2][0]) == chr(ord(label) - 2))
        ):
            op.subs[-1][0] = chr(ord(label) - 1)
    op.subs.append([label, text, []])


def _in_sequence(labels: list[str]) -> list[str]:
    """Letters between two neighbours that bracket them: "(c) (ad) (e)" and "(c) (a) (e)" are
    OCR for "(d)" (814, 864)."""
    out = list(labels)
    for i in range(1, len(out) - 1):
        before, after = out[i - 1], out[i + 1]
        if (
            len(before) == len(after) == 1
            and before.isalpha()
            and after.isalpha()
            and ord(after) - ord(before) == 2
            and re.fullmatch(r"[a-z]{1,2}", out[i])
        ):
            out[i] = chr(ord(before) + 1)
    return out


def _flatten(raw: list[list[object]]) -> list[str]:
    """The labels and texts of raw items, nested ones included, in reading order."""
    out: list[str] = []
    for label, text, children in raw:
        out += [f"({label})", str(text), *_flatten(children)]  # type: ignore[arg-type]
    return out


def _subs(raw: list[list[object]]) -> tuple[SubParagraph, ...]:
    labels = _in_sequence([str(item[0]) for item in raw])
    return tuple(
        SubParagraph(label, str(text), _subs(children))  # type: ignore[arg-type]
        for label, (_, text, children) in zip(labels, raw, strict=True)
    )


class _Parser:
    def __init__(self, blocks: list[Block], source: str | None) -> None:
        self.blocks = blocks
        self.source = source
        self.head = Header()
        self.preambular: list[str] = []
        self.ops: list[_Op] = []
        self.notes = self.head.notes
        self.part: str | None = None
        self.opened = False
        self.adopted_seen = False
        self.chapeau: str | None = None
        self.restarted = False
        self.annex: list[str] | None = None
        self.numbered_mode = any(_NUMBERED.match(b.text) for b in blocks)

    def adoption(self, text: str) -> None:
        self.head.adoption(text)
        self.adopted_seen = bool(self.ops)

    def new_op(self, text: str, label: str | None) -> None:
        op = _Op(text, label, self.part)
        op.chapeau_verb = self.chapeau
        self.ops.append(op)

    def sub(self, label: str, text: str) -> None:
        _add_sub(self.ops[-1], label, text)

    def body(self, block: Block) -> None:
        text = block.text
        if PART.match(text):
            self.part = PART.match(text).group(1)  # type: ignore[union-attr]
            self.notes.append(text)
            return
        core = text.lstrip("\"“‘'")
        if _OPENER.match(core):
            rest = _OPENER.sub("", core, count=1)
            preamble = not rest or (_PARTICIPLE.match(rest) and classify_verb(rest).kind == "other")
            if not preamble:
                # "The Security Council expresses ...": an operative paragraph as printed
                # (statements, early resolutions), kept with its subject.
                self.opened = True
                self.other(text)
                return
            if core == text:  # a quoted "The Security Council," belongs to a quotation
                self.opened = True
                if not rest:
                    return
                text = rest
        numbered = _NUMBERED.match(text)
        if numbered and _LOOKALIKE.search(numbered.group(1)):
            # "S." or "Z." is a number only where the sequence expects that number.
            guess = int(numbered.group(1).translate(_OCR_DIGITS))
            numbered = numbered if guess == self._next_number() else None
        if numbered:
            self.numbered_op(numbered.group(1), numbered.group(2))
            return
        text = _OCR_LABEL.sub(lambda m: f"({m.group(1) or m.group(2)})", text, count=1)
        labelled = _LABELLED.match(text) or _DASHED.match(text)
        lettered_ops = not self.ops or (self.ops[-1].label or "").startswith("(")
        if (
            labelled
            and lettered_ops
            and self.opened
            and classify_verb(labelled.group(2)).kind not in ("other", "expression")
        ):
            # "(a) Resolves that ...; (b) Recommends ...": lettered operative paragraphs.
            self.new_op(labelled.group(2), f"({labelled.group(1)})")
            return
        if labelled:
            if self.ops:
                self.sub(labelled.group(1), labelled.group(2))
            elif self.preambular:
                self.preambular[-1] = f"{self.preambular[-1]} {text}"
            else:
                self.preambular.append(text)
            return
        footnote = _FOOTNOTE.match(text)
        if footnote:
            if classify_verb(footnote.group(2)).kind == "other":
                self.notes.append(text)
                return
            if int(footnote.group(1)) == self._next_number():
                # "2 Requests ...": an operative number whose full stop was lost in print.
                self.numbered_op(footnote.group(1), footnote.group(2))
                return
        self.other(text)

    def _next_number(self) -> int:
        printed = [op.label for op in self.ops if op.label and op.label.split(".")[-1].isdigit()]
        return int(printed[-1].split(".")[-1]) + 1 if printed else 1

    def numbered_op(self, label: str, text: str) -> None:
        if not label.isdigit():  # "i. Condemns", "i9. Calls": OCR misreadings of 1 and 19
            label = str(int(label.translate(_OCR_DIGITS)) or 1)
        printed = [int(op.label.split(".")[-1]) for op in self.ops if op.label]
        if printed and int(label) <= printed[-1] and self.part and not self.restarted:
            # Parts restart their numbering (A 1-3, B 1-2): show the part in every label.
            self.restarted = True
            for op in self.ops:
                if op.label and op.part:
                    op.label = f"{op.part}.{op.label}"
        self.new_op(text, f"{self.part}.{label}" if self.restarted and self.part else label)

    def other(self, text: str) -> None:
        info = classify_verb(text)
        participle = bool(_PARTICIPLE.match(text)) and info.kind == "other"
        if participle:
            self.preambular.append(text)
            return
        if not self.ops:
            if info.kind != "other":
                if text.rstrip().endswith(":") and self.numbered_mode and len(text) < 200:
                    self.chapeau = text
                    self.notes.append(text)
                    return
                self.new_op(text, None)
            else:
                self.preambular.append(text)
            return
        last = self.ops[-1]
        if info.kind != "other" and text.lstrip("\"“‘'")[:1].isupper():
            self.new_op(text, None)
        elif last.subs and text[:1].islower():
            last.closing = f"{last.closing} {text}".strip()
        else:
            last.append(text)

    def run(self) -> None:
        for block in self.blocks:
            text = block.text
            if block.furniture:
                self.head.furniture(text)
                continue
            if ADOPTED.match(text):
                self.adoption(text)
                continue
            if self.adopted_seen and self.ops and not _OPENER.match(text):
                if not PART.match(text):
                    self.notes.append(text)
                    continue
                self.adopted_seen = False
            had_heading = self.head.resolution_heading
            if not self.opened and self.head.heading(text, opened=self.opened):
                self.opened = self.opened or self.head.statement_opened
                if self.head.resolution_heading and not had_heading:
                    self.set_aside_preceding()
                continue
            if self.ops and (self.annex is not None or (_ANNEX.match(text) and len(text) < 200)):
                # An annex (lists of items, terms) follows the operative part: keep it apart.
                self.annex = [*(self.annex or []), text]
                continue
            self.body(block)
        if not self.ops:
            # A text printed without operative part (its end lost, 565 (1985)): say so.
            self.notes.append(NO_OPERATIVE)
        for op in self.ops:
            if not op.subs and _INLINE_FIRST.search(op.text):
                self.split_inline(op)

    def set_aside_preceding(self) -> None:
        """Paragraphs read before the resolution's own heading belong to the page it shares
        with the text before it (851 (1993) opens with the end of a presidential statement):
        keep them in ``notes``, before the heading."""
        if not (self.preambular or self.ops):
            return
        heading = self.notes.pop()
        self.notes.extend(self.preambular)
        for op in self.ops:
            words = [op.text, *(_flatten(op.subs)), op.closing]
            self.notes.append(" ".join(w for w in words if w))
        self.notes.append(heading)
        self.preambular.clear()
        self.ops.clear()
        self.chapeau = None

    def split_inline(self, op: _Op) -> None:
        """Items run into one line ("Decides that: (a) All States ...; (b) ..."): split them."""
        pieces = _INLINE_ITEM.split(op.text)
        op.text = pieces[0].strip()
        for label, item in zip(pieces[1::2], pieces[2::2], strict=True):
            _add_sub(op, label, item.strip())


def parse_official(text: str, *, source: str | None = None) -> Draft:
    """Parse an official resolution text (either printed layout) into a :class:`Draft`.

    Raises :class:`ParseError` when the text holds no paragraph at all.
    """
    blocks = split_blocks(text)
    if not blocks:
        raise ParseError("empty text: expected an official resolution text", path=source)
    p = _Parser(blocks, source)
    p.run()
    if not p.ops and (not p.preambular or not p.opened):
        raise ParseError(
            "no operative paragraph, and no 'The Security Council,' before the preamble"
            if p.preambular
            else "no preambular or operative paragraph found",
            path=source,
            line=blocks[0].line,
            hint="expected 'The Security Council,' followed by preambular and operative text",
        )
    chapter_vii, article_41 = detect_chapter_vii(p.preambular + [op.text for op in p.ops])
    operative = tuple(
        build_paragraph(
            i,
            op.text,
            chapter_vii=chapter_vii,
            instrument=p.head.instrument,
            subparagraphs=_subs(op.subs),
            closing=op.closing,
            label=op.label,
            part=op.part,
            inherited_verb=op.chapeau_verb,
        )
        for i, op in enumerate(p.ops, start=1)
    )
    return Draft(
        symbol=p.head.symbol,
        title=p.head.title,
        date=p.head.date,
        preambular=tuple(p.preambular),
        operative=operative,
        chapter_vii=chapter_vii,
        article_41=article_41,
        sponsors=p.head.sponsors,
        penholder=p.head.sponsors[0] if p.head.draft and len(p.head.sponsors) == 1 else None,
        instrument=p.head.instrument,
        meeting=p.head.meeting,
        vote=p.head.vote,
        adopted=True if p.head.adopted_any else (False if p.head.draft else None),
        notes=tuple(p.notes),
        annex=tuple(p.annex or ()),
        source=source,
    )
