"""Random negotiation problems of any size, for the benchmark and the solver's tests.

:func:`synthetic_problem` builds a draft of ``paragraphs`` paragraphs, each with up to
``variants`` wordings of decreasing strength, a Council-like body of 15 members (five with
a veto, nine votes to adopt) and positions that mix the shapes the 2006 record shows:
vetoes of measures under Chapter VII, abstentions on Chapter VII, objections to single
paragraphs, uncertain vetoes and yielded red lines. Same seed, same problem.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from unsc.negotiation.bodies import Rule
from unsc.negotiation.features import basis_features
from unsc.negotiation.positions import Level, Literal, Position, Stance
from unsc.negotiation.space import Basis, Slot, Space, Variant

MEMBERS = (
    "CHN",
    "FRA",
    "GBR",
    "RUS",
    "USA",
    "ARG",
    "COG",
    "DNK",
    "GHA",
    "GRC",
    "JPN",
    "PER",
    "QAT",
    "SVK",
    "TZA",
)
PERMANENT = frozenset(MEMBERS[:5])
TOPICS = (
    "sanctions",
    "binding",
    "measures",
    "condemnation",
    "demand",
    "inspection",
    "asset_freeze",
    "travel_ban",
)


@dataclass(frozen=True, slots=True)
class Problem:
    """A space, positions and a rule: everything a search needs."""

    space: Space
    positions: dict[str, Position]
    rule: Rule


def synthetic_problem(
    paragraphs: int = 40,
    *,
    variants: int = 3,
    seed: int = 0,
    stances: int = 4,
) -> Problem:
    """A random but realistic negotiation problem (deterministic for a seed)."""
    rng = random.Random(seed)
    bases = (
        Basis(
            "chapter-vii",
            "Chapter VII",
            True,
            False,
            basis_features("chapter-vii", chapter_vii=True, article_41=False),
            3000,
        ),
        Basis(
            "none",
            "no Chapter VII",
            False,
            False,
            basis_features("none", chapter_vii=False, article_41=False),
            0,
        ),
    )
    slots = []
    for i in range(1, paragraphs + 1):
        sid = f"OP{i}"
        wordings = []
        base = rng.randint(200, 3000)
        for k in range(rng.randint(1, variants)):
            topics = {t for t in TOPICS if rng.random() < 0.35 / (k + 1)}
            free = topics - {"binding", "sanctions"}
            feats = {
                "chapter-vii": frozenset({f"para:{sid}", f"variant:{sid}/v{k}", *topics}),
                "none": frozenset({f"para:{sid}", f"variant:{sid}/v{k}", *free}),
            }
            points = max(1, base // (k + 1))
            wordings.append(
                Variant(
                    f"v{k}",
                    f"{sid} wording {k}",
                    feats,
                    {"chapter-vii": points + 100 * ("binding" in topics), "none": points},
                )
            )
        needs: tuple[Literal, ...] = ()
        if i > 1 and rng.random() < 0.1:
            needs = (Literal(f"para:OP{rng.randint(1, i - 1)}"),)
        slots.append(
            Slot(
                sid,
                f"operative paragraph {i}",
                tuple(wordings),
                must_stay=rng.random() < 0.05,
                needs=needs,
            )
        )
    space = Space(bases, tuple(slots))
    positions = {code: _position(rng, code, paragraphs, stances) for code in MEMBERS}
    return Problem(space, positions, Rule(MEMBERS, 9, PERMANENT))


def _position(rng: random.Random, code: str, paragraphs: int, n: int) -> Position:
    out: list[Stance] = []
    for _ in range(rng.randint(0, n)):
        shape = rng.random()
        when: tuple[Literal, ...]
        if shape < 0.3:
            when = (Literal(rng.choice(TOPICS)), Literal("chapter_vii"))
        elif shape < 0.6:
            when = (Literal(f"para:OP{rng.randint(1, paragraphs)}"),)
        elif shape < 0.8:
            when = (Literal(rng.choice(TOPICS)),)
        else:
            when = (Literal("chapter_vii", negated=True), Literal(rng.choice(TOPICS)))
        vote = rng.choice((Level.NO, Level.ABSTAIN, Level.ABSTAIN))
        word = "veto" if vote == Level.NO and code in PERMANENT else vote.vote
        alt = Level.ABSTAIN if vote == Level.NO and rng.random() < 0.3 else None
        red = vote == Level.NO and code not in PERMANENT and rng.random() < 0.3
        out.append(
            Stance(when, vote, word, alternative=alt, red_line=red, yields=red, source="synthetic")
        )
    return Position(code, stances=tuple(out), source="synthetic")
