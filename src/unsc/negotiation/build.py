"""From drafts to a negotiation space, and from a choice back to a draft.

A paragraph's binding force depends on the text's basis ("requires" binds under Chapter VII
only, :mod:`unsc.drafts.verbs`), so each wording is re-read under every basis option:
:func:`rebase` recomputes ``binding``, and the wording's features and strength points
(:func:`unsc.drafts.paragraph_strength`) are taken per basis. :func:`compose` turns a
:class:`~unsc.negotiation.space.Choice` into a :class:`~unsc.drafts.Draft`, so any text the
search finds can be printed, diffed and scored by the drafts engine.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence

from unsc.drafts import (
    Draft,
    Instrument,
    OperativeParagraph,
    classify_verb,
    is_binding,
    paragraph_strength,
    strength,
)
from unsc.negotiation.features import basis_features, paragraph_features, slot_features
from unsc.negotiation.space import SCALE, Basis, Choice, Slot, Space, Variant, to_points


def rebase(
    op: OperativeParagraph,
    *,
    chapter_vii: bool,
    instrument: Instrument = Instrument.RESOLUTION,
) -> OperativeParagraph:
    """The paragraph as it reads in a text with this basis: its binding force recomputed."""
    info = classify_verb(op.text)
    if info.kind == "other" and op.verb:
        info = classify_verb(f"{op.verb} that")
    binding = is_binding(info, chapter_vii=chapter_vii, instrument=instrument)
    return op if binding == op.binding else dataclasses.replace(op, binding=binding)


def paragraph_points(op: OperativeParagraph, *, chapter_vii: bool) -> int:
    """The paragraph's strength in milli-points, from the drafts engine."""
    return sum(to_points(p.value) for p in paragraph_strength(op, chapter_vii=chapter_vii))


def basis_points(draft: Draft, *, chapter_vii: bool, article_41: bool) -> int:
    """The strength a basis adds by itself: the drafts engine's score of an empty text."""
    empty = dataclasses.replace(draft, operative=(), chapter_vii=chapter_vii, article_41=article_41)
    return sum(to_points(p.value) for p in strength(empty).points)


def make_basis(
    draft: Draft, basis_id: str, label: str, *, chapter_vii: bool, article_41: bool
) -> Basis:
    return Basis(
        basis_id,
        label,
        chapter_vii,
        article_41,
        basis_features(basis_id, chapter_vii=chapter_vii, article_41=article_41),
        basis_points(draft, chapter_vii=chapter_vii, article_41=article_41),
    )


def make_variant(
    slot_id: str,
    variant_id: str,
    label: str,
    op: OperativeParagraph,
    bases: Sequence[Basis],
    *,
    tags: Iterable[str] = (),
    source: str = "",
) -> Variant:
    """A wording with its features and strength under every basis option."""
    tags = tuple(tags)
    features = {}
    points = {}
    for b in bases:
        read = rebase(op, chapter_vii=b.chapter_vii)
        features[b.id] = paragraph_features(read) | slot_features(slot_id, variant_id, tags)
        points[b.id] = paragraph_points(read, chapter_vii=b.chapter_vii)
    return Variant(variant_id, label, features, points, op.text, op, source)


def compose(
    draft: Draft,
    space: Space,
    choice: Choice,
    *,
    preambular: tuple[str, ...] | None = None,
    version: str | None = "compromise",
) -> Draft:
    """The text a choice stands for, as a draft of the drafts engine (renumbered).

    The preamble's "Acting under Chapter VII ..." clause is rewritten for the basis; the
    paragraphs are renumbered 1..n and read under the basis (their binding force).
    """
    basis = space.basis(choice.basis)
    ops = tuple(
        rebase(v.paragraph, chapter_vii=basis.chapter_vii)
        for _, v in space.chosen(choice)
        if v.paragraph is not None
    )
    pre = draft.preambular if preambular is None else preambular
    pre = tuple(p for p in pre if "Chapter VII" not in p)
    if basis.chapter_vii:
        acting = "Acting under Chapter VII of the Charter of the United Nations"
        if basis.article_41:
            acting += ", and taking measures under its Article 41"
        pre = (*pre, acting + ",")
    wordings = _sources(v.source for _, v in space.chosen(choice))
    composed = dataclasses.replace(
        draft,
        preambular=pre,
        chapter_vii=basis.chapter_vii,
        article_41=basis.article_41,
        version=version,
        adopted=None,
        vote=None,
        meeting=None,
        symbol=None,
        provenance=(
            f"COMPOSED by unsc negotiate from the tabled draft ({basis.label}); wordings from "
            + wordings
        ),
    )
    renumbered = composed.with_operative(ops)
    return dataclasses.replace(
        renumbered,
        operative=tuple(
            dataclasses.replace(op, label=str(op.number), part=None) for op in renumbered.operative
        ),
    )


def _sources(sources: Iterable[str]) -> str:
    """``"a OP1", "a OP2", "b OP8"`` → ``"a (OP1, OP2); b (OP8)"``."""
    grouped: dict[str, list[str]] = {}
    for source in sources:
        name, _, where = source.partition(" ")
        grouped.setdefault(name, []).append(where)
    return "; ".join(
        f"{name} ({', '.join(w for w in where if w)})" if any(where) else name
        for name, where in grouped.items()
    )


_DERIVED = ("verb:", "measure:", "para:", "variant:")


def _tags(features: frozenset[str]) -> tuple[str, ...]:
    """The scenario tags among a wording's features (what the drafts model does not derive)."""
    derived = {"binding", "measures", "sanctions"}
    return tuple(sorted(f for f in features if not f.startswith(_DERIVED) and f not in derived))


def draft_space(draft: Draft, known: Space | None = None) -> tuple[Space, Choice]:
    """A one-text space for any draft, so it can be predicted against a scenario's positions.

    A paragraph whose wording is one of ``known``'s is placed in that slot (so stances about
    ``para:OP3`` or a wording still apply); any other paragraph gets a slot of its own
    (``T1``, ``T2`` ...), which only feature-based stances can see.
    """
    basis = make_basis(
        draft,
        "as-written",
        "as written",
        chapter_vii=draft.chapter_vii,
        article_41=draft.article_41,
    )
    index: dict[str, tuple[str, str, tuple[str, ...]]] = {}
    if known is not None:
        for slot in known.slots:
            for v in slot.variants:
                tags = _tags(next(iter(v.features.values()), frozenset()))
                index.setdefault(" ".join(v.text.split()), (slot.id, v.id, tags))
    slots: list[Slot] = []
    used: set[str] = set()
    for op in draft.operative:
        slot_id, variant_id, tags = index.get(" ".join(op.text.split()), ("", "", ()))
        if not slot_id or slot_id in used:
            slot_id, variant_id, tags = f"T{op.number}", "as-written", ()
        used.add(slot_id)
        variant = make_variant(slot_id, variant_id, "as written", op, (basis,), tags=tags)
        slots.append(Slot(slot_id, op.verb or f"paragraph {op.number}", (variant,)))
    space = Space((basis,), tuple(slots), draft.instrument.value)
    return space, Choice(basis.id, tuple(s.variants[0].id for s in slots))


def composed_strength(draft: Draft) -> int:
    """The drafts engine's strength of a whole text, in milli-points (to check additivity)."""
    return sum(to_points(p.value) for p in strength(draft).points)


__all__ = [
    "SCALE",
    "compose",
    "composed_strength",
    "draft_space",
    "make_basis",
    "make_variant",
    "rebase",
]
