"""The public API of unsc.drafts."""

from __future__ import annotations

import dataclasses
import inspect

import unsc.drafts as drafts


def test_all_is_complete_and_importable() -> None:
    public = {
        n for n in dir(drafts) if not n.startswith("_") and not inspect.ismodule(getattr(drafts, n))
    }
    assert set(drafts.__all__) == public
    for name in drafts.__all__:
        assert getattr(drafts, name) is not None


def test_model_is_frozen_and_slotted() -> None:
    for cls in (
        drafts.Draft,
        drafts.OperativeParagraph,
        drafts.SubParagraph,
        drafts.Measure,
        drafts.Strength,
        drafts.StrengthPoint,
        drafts.Change,
        drafts.DraftDiff,
    ):
        params = getattr(cls, "__dataclass_params__")  # noqa: B009
        assert params.frozen and hasattr(cls, "__slots__"), cls


def test_measure_type_values_are_lower_snake() -> None:
    for t in drafts.MeasureType:
        assert t.value == t.name.lower()


def test_with_operative_renumbers() -> None:
    d = drafts.load_draft("2006-07/v3")
    shorter = d.with_operative(d.operative[1:])
    assert [op.number for op in shorter.operative] == list(range(1, len(d.operative)))
    assert dataclasses.replace(shorter, operative=d.operative[1:]).operative[0].number == 2


def test_instruments_say_how_they_are_agreed_and_whether_they_bind() -> None:
    rules = {i: (i.adoption, i.can_bind) for i in drafts.Instrument}
    assert rules == {
        drafts.Instrument.RESOLUTION: ("vote", True),
        drafts.Instrument.PRESIDENTIAL_STATEMENT: ("consensus", False),
        drafts.Instrument.PRESS_STATEMENT: ("consensus", False),
    }
    prst = drafts.load_draft("2006-07/prst-alternative")
    assert prst.to_dict()["adoption"] == "consensus"
    assert not any(op.binding for op in prst.operative)
    assert drafts.load_draft("2006-07/v3").to_dict()["adoption"] == "vote"


def test_co_sponsors_are_the_sponsors_but_the_penholder() -> None:
    v3 = drafts.load_draft("2006-07/v3")
    assert v3.penholder == "Japan"
    assert v3.co_sponsors == ("United States", "United Kingdom", "France")
    assert v3.to_dict()["co_sponsors"] == ["United States", "United Kingdom", "France"]
