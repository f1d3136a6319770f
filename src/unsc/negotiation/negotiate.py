"""A whole negotiation: the tabled text's fate, the strongest texts that pass, the options,
the trade-offs, and the alternative instrument.

:func:`negotiate` is what ``unsc negotiate`` prints. It predicts the tabled draft, searches
the strongest adopted text (under the caller's options) and the strongest unanimous one,
evaluates the scenario's named options (the floated compromise ...), explains each
departure from the tabled draft, and asks whether a presidential statement could be agreed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from unsc.drafts import Draft, load_draft
from unsc.errors import InvalidInput
from unsc.negotiation.bodies import Body, load_body
from unsc.negotiation.build import compose, draft_space
from unsc.negotiation.explain import TradeOff, flips, trade_offs
from unsc.negotiation.positions import ASSUMPTIONS
from unsc.negotiation.predict import Prediction, predict
from unsc.negotiation.scenario import Scenario, load_scenario
from unsc.negotiation.search import SearchOptions, strongest
from unsc.negotiation.space import Choice, Space


@dataclass(frozen=True, slots=True)
class Found:
    """A searched text: its prediction, or None when no text satisfies the terms."""

    label: str
    prediction: Prediction | None
    optimal: bool = True
    trade_offs: tuple[TradeOff, ...] = ()


@dataclass(frozen=True, slots=True)
class Evaluated:
    """A named text and its prediction (``space`` is the space the text belongs to)."""

    name: str
    note: str
    space: Space
    prediction: Prediction


@dataclass(frozen=True, slots=True)
class Negotiation:
    """The result of :func:`negotiate`; :meth:`to_dict` is the ``--json`` document."""

    scenario: Scenario
    body: Body
    space: Space
    options_used: SearchOptions
    original: Prediction
    strongest_adopted: Found
    strongest_unanimous: Found
    evaluated: tuple[Evaluated, ...]
    flips: dict[str, Any]
    alternative: dict[str, Any] | None
    explanation: str

    @property
    def headline(self) -> str:
        """The explanation without the per-decision trade-offs."""
        from unsc.negotiation.summary import summarise

        return summarise(self, trade_offs=False)

    def text(self, choice: Choice) -> str:
        """The Markdown of a text of the space, through the drafts engine's authoring format."""
        from unsc.drafts import to_markdown

        pre = self.scenario.preambular.get(choice.basis)
        return to_markdown(compose(self.scenario.draft, self.space, choice, preambular=pre))

    def _found(self, found: Found) -> dict[str, Any]:
        if found.prediction is None:
            note = (
                f"no text of the space is {found.label} on these terms"
                if found.optimal
                else "the search ran out of time (UNSC_SEARCH_TIME_LIMIT) before finding a text"
            )
            return {"outcome": "none", "possible": False, "paragraphs": [], "note": note}
        out = found.prediction.to_dict(self.space)
        out.update(
            markdown=self.text(found.prediction.choice),
            possible=True,
            optimal=found.optimal,
            trade_offs=[t.to_dict() for t in found.trade_offs],
        )
        return out

    def to_dict(self) -> dict[str, Any]:
        o = self.options_used
        return {
            "scenario": self.scenario.name,
            "title": self.scenario.title,
            "date": self.scenario.date.isoformat(),
            "body": self.body.id,
            "terms": {
                "unanimous": o.unanimous,
                "no_permanent_abstention": o.no_permanent_abstention,
                "must_stay": list(o.must_stay),
                "assume": o.assume,
                "firm_red_lines": o.firm_red_lines,
            },
            "original": self.original.to_dict(self.space),
            "flips": self.flips,
            "strongest_adopted": self._found(self.strongest_adopted),
            "strongest_unanimous": self._found(self.strongest_unanimous),
            "options": [
                {"name": e.name, "note": e.note, **e.prediction.to_dict(e.space)}
                for e in self.evaluated
            ],
            "alternative_instrument": self.alternative,
            "explanation": self.explanation,
            "sources": list(self.scenario.sources),
            "assumptions": list(self.scenario.assumptions),
            "warnings": self.warnings(),
        }

    def warnings(self) -> list[str]:
        """Members voting without a recorded position, and positions under unknown codes."""
        members = list(self.original.votes)
        out = [
            f"{code} has no position in the scenario: assumed to accept every text"
            for code in members
            if code not in self.scenario.positions
        ]
        from unsc.council import lookup_code
        from unsc.negotiation.bodies import body_names, load_body

        known = {code for name in body_names() for code, _ in load_body(name).fixed_members}
        strangers = sorted(
            code
            for code in set(self.scenario.positions) - set(members) - known
            if lookup_code(code) is None
        )
        if strangers:
            out.append(
                f"positions for {', '.join(strangers)} name no known member code "
                f"(a typo?); they are not used"
            )
        vocabulary = _vocabulary(self.scenario.space)
        for code, position in sorted(self.scenario.positions.items()):
            for stance in position.stances:
                unknown = [lit.feature for lit in stance.when if lit.feature not in vocabulary]
                if unknown:
                    out.append(
                        f"{code}: stance '{stance.word} if {stance.condition()}' names "
                        f"{', '.join(unknown)}, which no text of the scenario has"
                    )
        return out


def negotiate(
    scenario: Scenario | str | Path,
    *,
    body: Body | str | None = None,
    unanimous: bool = False,
    no_permanent_abstention: bool = False,
    must_stay: Sequence[str] = (),
    assume: str = "expected",
    firm_red_lines: bool = False,
    prst: bool = True,
    drafts: Sequence[Draft | str | Path] = (),
) -> Negotiation:
    """Run the whole negotiation of a scenario (a :class:`Scenario`, a name or a file).

    ``drafts`` are further texts (shipped names, files or drafts) to predict against the
    scenario's positions, beside its named options.
    """
    if assume not in ASSUMPTIONS:
        raise InvalidInput(
            f"unknown assumption {assume!r}",
            field="assume",
            hint=f"expected one of {', '.join(ASSUMPTIONS)}",
        )
    sc = scenario if isinstance(scenario, Scenario) else load_scenario(scenario)
    chosen_body = sc.body if body is None else body if isinstance(body, Body) else load_body(body)
    if not chosen_body.chapter_vii and all(b.chapter_vii for b in sc.space.bases):
        raise InvalidInput(
            f"{chosen_body.name} cannot act under Chapter VII, and scenario {sc.name!r} has no "
            f"basis without it",
            field="body",
            hint="add a basis with chapter_vii: false to the scenario's bases",
        )
    space = sc.space if chosen_body.chapter_vii else sc.space.restricted(chapter_vii=False)
    opts = SearchOptions(
        unanimous=unanimous,
        no_permanent_abstention=no_permanent_abstention,
        must_stay=tuple(must_stay),
        assume=assume,
        firm_red_lines=firm_red_lines,
    )
    for slot_id in opts.must_stay:
        space.slot(slot_id)
    rule = chosen_body.rule(sc.date)
    kw: dict[str, Any] = {"assume": assume, "firm_red_lines": firm_red_lines}
    tabled = sc.space.original()
    original_choice = (
        tabled
        if tabled.basis in {b.id for b in space.bases}
        else dataclasses.replace(tabled, basis=space.bases[0].id)
    )
    original_choice = _fit(space, sc.space, original_choice)
    original = predict(space, original_choice, sc.positions, chosen_body, sc.date, **kw)

    def search(label: str, terms: SearchOptions) -> Found:
        res = strongest(space, sc.positions, rule, terms)
        if res.choice is None:
            return Found(label, None, res.optimal)
        pred = predict(space, res.choice, sc.positions, chosen_body, sc.date, **kw)
        offs = trade_offs(space, sc.positions, chosen_body, sc.date, original_choice, pred, terms)
        return Found(label, pred, res.optimal, tuple(offs))

    adopted = search("adopted", opts)
    unanimous_found = search("adopted unanimously", dataclasses.replace(opts, unanimous=True))
    evaluated = [
        Evaluated(
            opt.name,
            opt.note,
            space,
            predict(
                space, _fit(space, sc.space, opt.choice), sc.positions, chosen_body, sc.date, **kw
            ),
        )
        for opt in sc.options
        if opt.choice.basis in {b.id for b in space.bases}
    ]
    for given in drafts:
        draft = given if isinstance(given, Draft) else load_draft(given)
        own, choice = draft_space(draft, sc.space)
        label = str(given) if not isinstance(given, Draft) else draft.version or "given text"
        note = f"given text: {draft.title or label}"
        pred = predict(own, choice, sc.positions, chosen_body, sc.date, **kw)
        evaluated.append(Evaluated(label, note, own, pred))
    alternative = None
    if prst and any(k == "presidential_statement" for k, _ in chosen_body.instruments):
        from unsc.negotiation.instrument import presidential_statement

        alternative = presidential_statement(
            sc, chosen_body, space, unanimous_found.prediction, opts
        )
    flip = flips(space, sc.positions, chosen_body, sc.date, original, opts)
    neg = Negotiation(
        sc,
        chosen_body,
        space,
        opts,
        original,
        adopted,
        unanimous_found,
        tuple(evaluated),
        flip,
        alternative,
        "",
    )
    from unsc.negotiation.summary import summarise

    return dataclasses.replace(neg, explanation=summarise(neg))


def _vocabulary(space: Space) -> frozenset[str]:
    """Every feature a text of the space can have, and the general ones any text may have."""
    from unsc.drafts import Instrument, MeasureType

    out = {"chapter_vii", "article_41", "binding", "measures", "sanctions"}
    out |= {f"measure:{m.value}" for m in MeasureType}
    out |= {f"instrument:{i.value}" for i in Instrument}
    for basis in space.bases:
        out |= basis.features
    for slot in space.slots:
        for variant in slot.variants:
            for features in variant.features.values():
                out |= features
    return frozenset(out)


def _fit(space: Space, full: Space, choice: Choice) -> Choice:
    """A choice of ``full`` read in a restricted ``space`` (missing slots/wordings dropped)."""
    if space is full:
        return choice
    picks = dict(zip((s.id for s in full.slots), choice.picks, strict=True))
    fitted: dict[str, str | None] = {}
    for slot in space.slots:
        pick = picks.get(slot.id)
        fitted[slot.id] = pick if pick in {v.id for v in slot.variants} else None
    return space.choice(choice.basis, fitted)
