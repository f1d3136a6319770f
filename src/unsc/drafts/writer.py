"""Writing a draft in the authoring format (see :mod:`unsc.drafts.authoring`).

:func:`to_markdown` writes the header, the preambular paragraphs and the operative
paragraphs, and adds a paragraph annotation exactly where the model differs from what the
text would give (measures, verb, binding force, printed label, part), so that
``parse_markdown(to_markdown(d)) == d``.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

import yaml

from unsc.drafts.model import Draft, Measure, SubParagraph
from unsc.drafts.paragraph import build_paragraph

# libyaml's dumper where the wheel has it; its output is the same YAML.
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

__all__ = ["OPENER", "to_markdown"]

OPENER = "The Security Council,"


def _measure_spec(m: Measure) -> str:
    spec = m.type.value
    if m.direction:
        spec += f"/{m.direction}"
    if m.lists:
        spec += "[" + ", ".join(m.lists) + "]"
    if m.subparagraph:
        spec += f"@{m.subparagraph}"
    return spec


def _escape(text: str) -> str:
    if re.match(r"^(?:\d{1,3}\.\s|[(\-–—•#\\]|<!--)", text) or text == OPENER:
        return "\\" + text
    return text


def _write_subs(subs: tuple[SubParagraph, ...], depth: int, out: list[str]) -> None:
    for sub in subs:
        label = sub.label if sub.label in ("-", "–", "—", "•") else f"({sub.label})"
        out.append(" " * (4 * depth) + f"{label} {sub.text}")
        _write_subs(sub.subparagraphs, depth + 1, out)


def to_markdown(draft: Draft) -> str:
    """Write a draft in the authoring format; ``parse_markdown`` gives the same draft back."""
    head: dict[str, Any] = {}
    for key in ("symbol", "title", "date", "penholder"):
        if getattr(draft, key) is not None:
            head[key] = getattr(draft, key)
    if draft.sponsors:
        head["sponsors"] = list(draft.sponsors)
    head["chapter_vii"] = draft.chapter_vii
    head["article_41"] = draft.article_41
    head["instrument"] = draft.instrument.value
    for key in ("version", "meeting", "vote", "adopted", "provenance"):
        if getattr(draft, key) is not None:
            head[key] = getattr(draft, key)
    if draft.notes:
        head["notes"] = list(draft.notes)
    if draft.annex:
        head["annex"] = list(draft.annex)
    out = [
        "---",
        yaml.dump(head, Dumper=_DUMPER, sort_keys=False, allow_unicode=True, width=96).rstrip(),
        "---",
        "",
        OPENER,
        "",
    ]
    for text in draft.preambular:
        out += [_escape(text), ""]
    for op in draft.operative:
        out.append(f"{op.number}. {op.text}")
        _write_subs(op.subparagraphs, 1, out)
        derived = build_paragraph(
            op.number,
            op.text,
            chapter_vii=draft.chapter_vii,
            instrument=draft.instrument,
            subparagraphs=op.subparagraphs,
        )
        annot: list[str] = []
        if not _same_measures(op.measures, derived.measures):
            annot.append("measures: " + (", ".join(map(_measure_spec, op.measures)) or "none"))
        if derived.verb != op.verb:
            annot.append(f"verb: {op.verb}")
        if derived.binding != op.binding:
            annot.append(f"binding: {str(op.binding).lower()}")
        if op.label != str(op.number):
            annot.append(f"label: {op.label if op.label is not None else 'none'}")
        if op.part is not None:
            annot.append(f"part: {op.part}")
        if annot:
            out.append("<!-- " + "; ".join(annot) + " -->")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _same_measures(given: tuple[Measure, ...], derived: tuple[Measure, ...]) -> bool:
    """Whether ``given`` equals ``derived`` once the measures' wording is ignored."""
    return len(given) == len(derived) and all(
        dataclasses.replace(g, text=d.text) == d for g, d in zip(given, derived, strict=True)
    )
