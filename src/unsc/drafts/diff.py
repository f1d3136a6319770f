"""Paragraph-level diff between two versions of a text.

Operative paragraphs are aligned in order (a longest-common-subsequence over text
similarity, so an inserted paragraph does not shift every later one), then each pair is
compared: a stronger lead verb or a newly binding paragraph is *hardened*, a weaker one
*softened*; a measure gained is *hardened*, one lost *softened*; other wording changes are
*reworded*. Header changes (Chapter VII, Article 41, instrument) come first, paragraph None.
"""

from __future__ import annotations

import dataclasses

from rapidfuzz import fuzz

from unsc.drafts.model import (
    Change,
    Draft,
    DraftDiff,
    Measure,
    OperativeParagraph,
    Strength,
    StrengthPoint,
    SubParagraph,
)
from unsc.drafts.strength import EXHORTED, INSTRUMENT_WEIGHTS, strength
from unsc.drafts.verbs import verb_force

__all__ = ["align", "diff", "explain"]

MATCH_THRESHOLD = 0.45
PREAMBLE_THRESHOLD = 0.6


def _similarity(a: str, b: str) -> float:
    return fuzz.token_sort_ratio(a, b, processor=str.lower) / 100.0


def _pair_similarity(x: OperativeParagraph, y: OperativeParagraph) -> float:
    """Text similarity, nudged up when both paragraphs create the same measures."""
    base = _similarity(x.all_text(), y.all_text())
    same = {_measure_key(m) for m in x.measures} == {_measure_key(m) for m in y.measures}
    return min(1.0, base + 0.1) if same and x.measures else base


def align(
    a: tuple[OperativeParagraph, ...], b: tuple[OperativeParagraph, ...]
) -> list[tuple[OperativeParagraph | None, OperativeParagraph | None]]:
    """Pairs (old, new): new paragraphs in order, then the removed old ones.

    Pairs are chosen greedily by similarity (best first, each paragraph used once), so a
    paragraph that moved is still recognised; below ``MATCH_THRESHOLD`` nothing is paired.
    """
    scored = sorted(
        ((_pair_similarity(x, y), i, j) for i, x in enumerate(a) for j, y in enumerate(b)),
        key=lambda t: (-t[0], abs(t[1] - t[2]), t[1]),
    )
    old_for: dict[int, int] = {}
    used: set[int] = set()
    for score, i, j in scored:
        if score < MATCH_THRESHOLD:
            break
        if i not in used and j not in old_for:
            old_for[j] = i
            used.add(i)
    pairs: list[tuple[OperativeParagraph | None, OperativeParagraph | None]] = [
        (a[old_for[j]] if j in old_for else None, y) for j, y in enumerate(b)
    ]
    pairs.extend((x, None) for i, x in enumerate(a) if i not in used)
    return pairs


def _quote(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _measure_key(m: Measure) -> tuple[str, str | None]:
    return (m.type.value, m.direction)


def _describe(key: tuple[str, str | None]) -> str:
    kind, direction = key
    return kind.replace("_", " ") + (f" ({direction})" if direction else "")


def _paragraph_changes(old: OperativeParagraph, new: OperativeParagraph) -> list[Change]:
    n = new.number
    out: list[Change] = []
    was = verb_force(old.verb) + (1.0 if old.binding else 0.0)
    now = verb_force(new.verb) + (1.0 if new.binding else 0.0)
    kind = "hardened" if now > was else "softened" if now < was else "reworded"
    if old.verb != new.verb:
        tag_old = f"'{old.verb}'" + (" (binding)" if old.binding else "")
        tag_new = f"'{new.verb}'" + (" (binding)" if new.binding else "")
        out.append(Change(kind, n, f"OP {n}: {tag_old} → {tag_new}"))
    elif old.binding != new.binding:
        state = "becomes binding" if new.binding else "no longer binding"
        out.append(Change(kind, n, f"OP {n}: '{new.verb}' {state}"))
    old_m = {_measure_key(m) for m in old.measures}
    new_m = {_measure_key(m) for m in new.measures}
    for key in sorted(new_m - old_m, key=str):
        out.append(Change("hardened", n, f"OP {n}: {_describe(key)} added"))
    for key in sorted(old_m - new_m, key=str):
        out.append(Change("softened", n, f"OP {n}: {_describe(key)} removed"))
    old_items, new_items = _items(old.subparagraphs), _items(new.subparagraphs)
    if old.text != new.text and (not out or old_items or new_items):
        pct = min(99, round(fuzz.ratio(old.text, new.text)))
        out.append(Change("reworded", n, f"OP {n}: reworded ({pct}% similar)"))
    elif not out and old.all_text() != new.all_text() and not (old_items or new_items):
        out.append(Change("reworded", n, f"OP {n}: reworded"))
    for label, text in new_items.items():
        if label not in old_items:
            out.append(Change("added", n, f"OP {n} {label} added: '{_quote(text)}'"))
        elif old_items[label] != text:
            was_exhorted = bool(EXHORTED.search(old_items[label]))
            if was_exhorted != bool(EXHORTED.search(text)):
                kind, what = (
                    ("softened", "only called for")
                    if not was_exhorted
                    else ("hardened", "required")
                )
                out.append(Change(kind, n, f"OP {n} {label}: now {what}: '{_quote(text)}'"))
                continue
            pct = min(99, round(fuzz.ratio(old_items[label], text)))
            out.append(Change("reworded", n, f"OP {n} {label}: reworded ({pct}% similar)"))
    for label, text in old_items.items():
        if label not in new_items:
            out.append(Change("removed", n, f"OP {n} {label} removed: '{_quote(text)}'"))
    return out


def _items(subs: tuple[SubParagraph, ...], prefix: str = "") -> dict[str, str]:
    """Sub-paragraphs by their label path ("(a)(ii)"); dash items by position."""
    out: dict[str, str] = {}
    for i, sub in enumerate(subs, start=1):
        label = (
            f"{prefix}({sub.label})" if sub.label not in ("-", "–", "—", "•") else f"{prefix}[{i}]"
        )
        out[label] = sub.text
        out.update(_items(sub.subparagraphs, label))
    return out


def _header_changes(a: Draft, b: Draft) -> list[Change]:
    out: list[Change] = []
    if a.instrument != b.instrument:
        wa, wb = INSTRUMENT_WEIGHTS[a.instrument], INSTRUMENT_WEIGHTS[b.instrument]
        kind = "hardened" if wb > wa else "softened"
        out.append(Change(kind, None, f"instrument: {a.instrument.value} → {b.instrument.value}"))
    if a.chapter_vii != b.chapter_vii:
        out.append(
            Change("hardened", None, "Chapter VII added")
            if b.chapter_vii
            else Change("softened", None, "Chapter VII dropped")
        )
    if a.article_41 != b.article_41 and (a.chapter_vii or b.chapter_vii):
        out.append(
            Change("softened", None, "limited to Article 41 measures")
            if b.article_41
            else Change("hardened", None, "Article 41 limitation dropped")
        )
    only_a = [t for t in a.preambular if t not in set(b.preambular)]
    only_b = [t for t in b.preambular if t not in set(a.preambular)]
    scored = sorted(
        ((_similarity(x, y), i, j) for i, x in enumerate(only_a) for j, y in enumerate(only_b)),
        reverse=True,
    )
    paired: dict[int, int] = {}
    for score, i, j in scored:
        if score >= PREAMBLE_THRESHOLD and i not in paired and j not in paired.values():
            paired[i] = j
    for j, text in enumerate(only_b):
        if j in paired.values():
            out.append(Change("reworded", None, f"preambular reworded: '{_quote(text)}'"))
        else:
            out.append(Change("added", None, f"preambular: '{_quote(text)}'"))
    for i, text in enumerate(only_a):
        if i not in paired:
            out.append(Change("removed", None, f"preambular: '{_quote(text)}'"))
    return out


def diff(a: Draft, b: Draft) -> DraftDiff:
    """What changed from ``a`` (older) to ``b`` (newer), with both strengths."""
    changes = _header_changes(a, b)
    for old, new in align(a.operative, b.operative):
        if old is None and new is not None:
            extra = ""
            if new.measures:
                extra = " with " + ", ".join(
                    sorted({_describe(_measure_key(m)) for m in new.measures})
                )
            changes.append(
                Change("added", new.number, f"OP {new.number} added: '{_quote(new.text)}'{extra}")
            )
        elif new is None and old is not None:
            extra = ""
            if old.measures:
                extra = "; loses " + ", ".join(
                    sorted({_describe(_measure_key(m)) for m in old.measures})
                )
            changes.append(
                Change(
                    "removed",
                    old.number,
                    f"OP {old.number} (old numbering) removed: '{_quote(old.text)}'{extra}",
                )
            )
        elif old is not None and new is not None:
            changes.extend(_paragraph_changes(old, new))
    sa, sb = strength(a), strength(b)
    return DraftDiff(tuple(changes), sa, sb, explain(a, b, sa, sb))


def explain(
    a: Draft, b: Draft, sa: Strength | None = None, sb: Strength | None = None
) -> tuple[StrengthPoint, ...]:
    """The change of strength from ``a`` to ``b``, point by point (values sum to the delta).

    Points of paired paragraphs are compared feature by feature ("+1 OP 3: binding 'Decides'
    (was 'Calls upon')"); an added paragraph brings all its points, a removed one takes them.
    """
    sa = sa if sa is not None else strength(a)
    sb = sb if sb is not None else strength(b)
    pairs = align(a.operative, b.operative)
    old_for_new = {new.number: old for old, new in pairs if old is not None and new is not None}
    new_for_old = {old.number: new for old, new in pairs if old is not None and new is not None}
    Key = tuple[str, int | None, str]

    def bucket(points: tuple[StrengthPoint, ...], side: str) -> dict[Key, StrengthPoint]:
        out: dict[Key, StrengthPoint] = {}
        for p in points:
            k: Key
            if p.paragraph is None:
                k = ("text", None, p.feature)
            elif side == "a":
                new = new_for_old.get(p.paragraph)
                k = ("pair", new.number, p.feature) if new else ("old", p.paragraph, p.feature)
            else:
                k = ("pair" if p.paragraph in old_for_new else "new", p.paragraph, p.feature)
            prev = out.get(k)
            out[k] = p if prev is None else dataclasses.replace(prev, value=prev.value + p.value)
        return out

    before, after = bucket(sa.points, "a"), bucket(sb.points, "b")
    out: list[StrengthPoint] = []
    for k in [*after, *(k for k in before if k not in after)]:
        was, now = before.get(k), after.get(k)
        value = (now.value if now else 0.0) - (was.value if was else 0.0)
        if abs(value) < 1e-9:
            continue
        kind, number, feature = k
        if kind == "text":
            reason = now.reason if now is not None else f"{was.reason} dropped"  # type: ignore[union-attr]
            out.append(StrengthPoint(None, feature, value, reason))
        elif kind == "new":
            out.append(StrengthPoint(number, feature, value, f"{now.reason} (new paragraph)"))  # type: ignore[union-attr]
        elif kind == "old":
            reason = f"{was.reason} (paragraph removed; old numbering)"  # type: ignore[union-attr]
            out.append(StrengthPoint(None, feature, value, reason))
        else:
            assert number is not None
            old, new = old_for_new[number], b.paragraph(number)
            verbs = f" (was '{old.verb}')" if old.verb != new.verb else ""
            if now is not None:
                reason = now.reason + verbs
            else:
                lost = was.reason.split(": ", 1)[-1]  # type: ignore[union-attr]
                reason = f"OP {number}: no longer {lost}" + (
                    f" (now '{new.verb}')" if verbs else ""
                )
            out.append(StrengthPoint(number, feature, value, reason))
    return tuple(out)
