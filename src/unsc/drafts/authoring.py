"""The authoring format: Markdown with a small YAML header, written by hand.

::

    ---
    symbol: S/2006/481
    title: Non-proliferation / DPRK
    date: 2006-07-07
    penholder: Japan
    sponsors: [Japan, United States, United Kingdom, France]
    chapter_vii: true
    article_41: false
    instrument: resolution
    version: v3
    provenance: Wording reconstructed from ...
    ---

    The Security Council,

    Gravely concerned ...,

    Acting under Chapter VII of the Charter of the United Nations,

    1. Condemns the launches ...

    2. Decides that all States shall prevent:
        (a) the supply of ...
            (i) ...
    <!-- measures: items_ban/supply[S/2006/814], financial_prohibition/supply -->

Preambular paragraphs come before the first ``1.``; a paragraph continues over lines until
a blank line. Sub-paragraphs are indented ``(a)``/``(i)``/``-`` lines, nested by indent.
Verb, binding force and measures are derived from the text; an HTML comment after a
paragraph overrides them (``measures:``, ``verb:``, ``binding:``, ``label:``, ``part:``),
and the header may override measures per paragraph (``measures: {4: [items_ban]}``).
:func:`to_markdown` writes exactly the overrides needed for ``parse_markdown`` to give back
the same draft.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

from unsc.drafts.header import NO_OPERATIVE, detect_chapter_vii
from unsc.drafts.model import (
    Draft,
    Instrument,
    Measure,
    MeasureType,
    OperativeParagraph,
    SubParagraph,
)
from unsc.drafts.paragraph import build_paragraph
from unsc.drafts.writer import OPENER as _OPENER
from unsc.drafts.writer import to_markdown
from unsc.errors import ParseError
from unsc.yamltext import parse_yaml

__all__ = ["looks_like_markdown", "parse_markdown", "to_markdown"]

_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)
_OP = re.compile(r"^(\d{1,3})\.\s+(.*)$")
_SUB = re.compile(r"^(\s*)(?:\(([A-Za-z0-9]{1,6})\)|([-–—•]))\s+(.*)$")
_ANNOT = re.compile(r"^\s*<!--(.*?)-->\s*$")
_MEASURE = re.compile(r"^([a-z_]+)(?:/(supply|procurement|both))?(?:\[([^\]]*)\])?(?:@(\S+))?$")
_HEADER_KEYS = {
    "symbol",
    "title",
    "date",
    "penholder",
    "sponsors",
    "chapter_vii",
    "article_41",
    "instrument",
    "version",
    "meeting",
    "vote",
    "adopted",
    "notes",
    "provenance",
    "annex",
    "measures",
}


def looks_like_markdown(text: str) -> bool:
    """Whether ``text`` is in the authoring format (it opens with a YAML header)."""
    return bool(_FRONT.match(text.lstrip("\ufeff")))


def _fail(msg: str, source: str | None, line: int | None, hint: str | None = None) -> ParseError:
    return ParseError(msg, path=source, line=line, hint=hint)


def _parse_measure(spec: str, source: str | None, line: int | None) -> Measure:
    m = _MEASURE.match(spec.strip())
    valid = ", ".join(t.value for t in MeasureType)
    if not m or m.group(1) not in MeasureType._value2member_map_:
        raise _fail(
            f"unknown measure {spec.strip()!r}",
            source,
            line,
            f"write type[/direction][[S/2006/814, ...]][@subparagraph]; types: {valid}",
        )
    lists = tuple(x.strip() for x in (m.group(3) or "").split(",") if x.strip())
    return Measure(MeasureType(m.group(1)), m.group(2), lists, "", m.group(4))


def _header(text: str, source: str | None) -> tuple[dict[str, Any], str, int]:
    m = _FRONT.match(text)
    if not m:
        raise _fail("missing YAML header", source, 1, "start the file with '---' lines")
    data = parse_yaml(m.group(1), source, first_line=2) or {}
    if not isinstance(data, dict):
        raise _fail("the YAML header must be a mapping of fields", source, 2)
    unknown = sorted(set(map(str, data)) - _HEADER_KEYS)
    if unknown:
        raise _fail(
            f"unknown header field(s) {unknown}",
            source,
            2,
            f"expected some of {sorted(_HEADER_KEYS)}",
        )
    for key in _BOOLEAN_KEYS:
        if data.get(key) is not None and not isinstance(data[key], bool):
            raise _fail(
                f"header field {key!r} must be true or false, not {data[key]!r}",
                source,
                _key_line(m.group(1), key),
                f"write '{key}: true' or '{key}: false'",
            )
    for key in _LIST_KEYS:
        if data.get(key) is not None:
            data[key] = _texts(data[key], key, source, _key_line(m.group(1), key))
    measures = data.get("measures")
    if measures is not None:
        line = _key_line(m.group(1), "measures")
        if not isinstance(measures, dict):
            raise _fail(
                f"header field 'measures' must map paragraph numbers to measures, not "
                f"{str(measures)[:100]!r}",
                source,
                line,
                "write 'measures: {3: arms/import, 4: [assets, travel]}'",
            )
        data["measures"] = {k: _texts(v, "measures", source, line) for k, v in measures.items()}
    return data, text[m.end() :], m.group(0).count("\n") + 1


_BOOLEAN_KEYS = ("chapter_vii", "article_41", "adopted")
_LIST_KEYS = ("sponsors", "notes", "annex")


def _texts(value: Any, key: str, source: str | None, line: int) -> list[str]:
    """A header field's texts: one, or a list of them (numbers read as written)."""
    items = value if isinstance(value, list) else [value]
    if not all(isinstance(v, str | int | float) and not isinstance(v, bool) for v in items):
        raise _fail(
            f"header field {key!r} must be a text or a list of texts, not {str(value)[:100]!r}",
            source,
            line,
            f"write '{key}: [first, second]'",
        )
    return [str(v) for v in items]


def _key_line(header: str, key: str) -> int:
    """The file line of ``key:`` in the YAML header (the opening '---' is line 1)."""
    for i, line in enumerate(header.split("\n"), start=2):
        if line.startswith(f"{key}:"):
            return i
    return 2


def _annotation(body: str, source: str | None, line: int) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in body.split(";"):
        if not part.strip():
            continue
        key, sep, value = part.partition(":")
        if not sep:
            raise _fail(f"bad annotation {part.strip()!r}", source, line, "write key: value")
        out[key.strip()] = value.strip()
    return out


def _nest(items: list[tuple[int, str, str]]) -> tuple[SubParagraph, ...]:
    """Build nested sub-paragraphs from (indent, label, text) in order."""
    if not items:
        return ()
    base = items[0][0]
    out: list[SubParagraph] = []
    i = 0
    while i < len(items):
        _, label, text = items[i]
        j = i + 1
        while j < len(items) and items[j][0] > base:
            j += 1
        out.append(SubParagraph(label, text, _nest(items[i + 1 : j])))
        i = j
    return tuple(out)


def _as_date(value: Any, source: str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise _fail(f"bad date {value!r}", source, 2, "write YYYY-MM-DD") from None


def parse_markdown(text: str, *, source: str | None = None) -> Draft:
    """Parse the authoring format into a :class:`Draft` (see the module docstring)."""
    head, body, first_line = _header(text.lstrip("\ufeff"), source)
    try:
        instrument = Instrument(head.get("instrument", "resolution"))
    except ValueError:
        raise _fail(
            f"unknown instrument {head.get('instrument')!r}",
            source,
            2,
            f"expected one of {[i.value for i in Instrument]}",
        ) from None
    preambular: list[str] = []
    ops: list[dict[str, Any]] = []
    pending: list[str] = []  # lines of the preambular paragraph being read
    subs: list[list[Any]] = []  # [indent, label, text, open] of the current paragraph

    def flush() -> None:
        joined = " ".join(" ".join(pending).split())
        pending.clear()
        if joined and joined != _OPENER:
            preambular.append(joined[1:] if joined.startswith("\\") else joined)

    for offset, raw in enumerate(body.split("\n")):
        lineno = first_line + offset
        stripped = raw.strip()
        annot = _ANNOT.match(raw)
        if annot:
            if not ops:
                raise _fail("annotation before any operative paragraph", source, lineno)
            ops[-1]["annot"].update(_annotation(annot.group(1), source, lineno))
            ops[-1]["annot_line"] = lineno
            continue
        if not stripped:
            flush()
            if subs:
                subs[-1][3] = False
            continue
        if stripped.startswith("#") and not pending:
            continue  # a Markdown heading ("# Operative") is only a reading aid
        op = _OP.match(raw)
        if op:
            flush()
            subs = []
            ops.append(
                {
                    "label": op.group(1),
                    "text": op.group(2),
                    "line": lineno,
                    "subs": subs,
                    "annot": {},
                }
            )
            continue
        sub = _SUB.match(raw)
        if sub and ops:
            subs.append([len(sub.group(1)), sub.group(2) or sub.group(3), sub.group(4), True])
            continue
        if subs and subs[-1][3]:
            subs[-1][2] = f"{subs[-1][2]} {stripped}"
        elif ops:
            ops[-1]["text"] = f"{ops[-1]['text']} {stripped}"
        else:
            pending.append(stripped)
    flush()
    return _assemble(head, instrument, preambular, ops, source)


def _assemble(
    head: dict[str, Any],
    instrument: Instrument,
    preambular: list[str],
    ops: list[dict[str, Any]],
    source: str | None,
) -> Draft:
    if "chapter_vii" in head:
        chapter_vii, article_41 = bool(head["chapter_vii"]), bool(head.get("article_41", False))
    else:
        chapter_vii, article_41 = detect_chapter_vii(preambular)
        article_41 = bool(head.get("article_41", article_41))
    overrides = head.get("measures") or {}
    operative = []
    for number, raw in enumerate(ops, start=1):
        text = " ".join(raw["text"].split())
        nested = _nest([(i, lab, " ".join(t.split())) for i, lab, t, _ in raw["subs"]])
        annot: dict[str, str] = raw.get("annot", {})
        label = annot.get("label", raw["label"])
        part = annot.get("part")
        op = build_paragraph(
            number,
            text,
            chapter_vii=chapter_vii,
            instrument=instrument,
            subparagraphs=nested,
            label=None if label == "none" else label,
            part=None if part in (None, "none") else part,
        )
        spec = annot.get("measures")
        if spec is None and (number in overrides or str(number) in overrides):
            listed = overrides.get(number, overrides.get(str(number)))
            spec = ", ".join(listed) if isinstance(listed, list) else str(listed)
        if spec is not None:
            found = [_parse_measure(s, source, raw["line"]) for s in _split_specs(spec)]
            op = dataclasses.replace(op, measures=tuple(_with_text(m, op) for m in found))
        if "verb" in annot:
            op = dataclasses.replace(op, verb=annot["verb"])
        if "binding" in annot:
            flag = annot["binding"].lower()
            if flag not in ("true", "false"):
                line = raw.get("annot_line", raw["line"])
                raise _fail(f"binding must be true or false, not {flag!r}", source, line)
            op = dataclasses.replace(op, binding=flag == "true")
        operative.append(op)
    notes = head.get("notes") or ()
    if not operative and instrument is Instrument.RESOLUTION and NO_OPERATIVE not in notes:
        raise _fail(
            "no operative paragraph ('1. ...')",
            source,
            None,
            "number the operative paragraphs 1., 2., ...",
        )
    annex = head.get("annex") or ()
    return Draft(
        symbol=_str(head.get("symbol")),
        title=_str(head.get("title")),
        date=_as_date(head.get("date"), source),
        penholder=_str(head.get("penholder")),
        sponsors=tuple(str(s) for s in head.get("sponsors") or ()),
        preambular=tuple(preambular),
        operative=tuple(operative),
        chapter_vii=chapter_vii,
        article_41=article_41,
        instrument=instrument,
        version=_str(head.get("version")),
        meeting=_str(head.get("meeting")),
        vote=_str(head.get("vote")),
        adopted=head.get("adopted"),
        notes=tuple(str(n) for n in notes),
        provenance=_str(head.get("provenance")),
        source=source,
        annex=tuple(str(a) for a in annex),
    )


def _with_text(m: Measure, op: OperativeParagraph) -> Measure:
    """Give an overriding measure the wording it comes from (its sub-paragraph, or the OP)."""
    for d in op.measures:
        if (d.type, d.direction, d.subparagraph) == (m.type, m.direction, m.subparagraph):
            return dataclasses.replace(m, text=d.text)
    text = op.text
    if m.subparagraph:
        subs = op.subparagraphs
        for label in re.findall(r"\(([^)]*)\)", m.subparagraph):
            match = next((s for s in subs if s.label == label), None)
            if match is None:
                break
            text, subs = match.text, match.subparagraphs
    return dataclasses.replace(m, text=" ".join(text.split()))


def _split_specs(spec: str) -> list[str]:
    out, depth, cur = [], 0, ""
    for ch in spec:
        depth += ch == "["
        depth -= ch == "]"
        if ch == "," and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    return [s.strip() for s in out if s.strip() and s.strip() != "none"]


def _str(value: Any) -> str | None:
    return None if value is None else str(value).strip()
