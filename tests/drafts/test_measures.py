"""Measures read from the wording."""

from __future__ import annotations

import pytest

from unsc.drafts import MeasureType, SubParagraph, derive_measures, load_draft

M = MeasureType


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Decides that all States shall prevent the sale or supply of arms and related "
            "materiel of all types to Liberia;",
            {(M.ARMS_EMBARGO, "supply")},
        ),
        (
            "Decides that all States shall freeze the funds and other financial assets of the "
            "persons designated by the Committee;",
            {(M.ASSET_FREEZE, None)},
        ),
        (
            "Decides that all States shall prevent the entry into or transit through their "
            "territories of the persons designated by the Committee;",
            {(M.TRAVEL_BAN, None)},
        ),
        (
            "Decides that all States shall prevent the procurement of missiles and "
            "missile-related items, materials, goods and technology from the DPRK;",
            {(M.ITEMS_BAN, "procurement")},
        ),
        (
            "Decides that all States shall prevent the direct or indirect import of all rough "
            "diamonds from Sierra Leone;",
            {(M.COMMODITY_BAN, "procurement")},
        ),
        (
            "Decides that all States shall deny permission to any aircraft to take off from, "
            "land in or overfly their territory if it is destined to land in Libya;",
            {(M.AVIATION_BAN, None)},
        ),
        (
            "Decides to establish, in accordance with rule 28 of its provisional rules of "
            "procedure, a Committee of the Security Council consisting of all the members of "
            "the Council;",
            {(M.SANCTIONS_COMMITTEE, None)},
        ),
        (
            "Requests the Secretary-General to establish a panel of experts to monitor the "
            "implementation of the measures;",
            {(M.PANEL_OF_EXPERTS, None)},
        ),
        (
            "Calls upon all States to report to the Committee within 30 days on the steps they "
            "have taken;",
            {(M.REPORTING_DUTY, None)},
        ),
        (
            "Authorizes Member States to use all necessary means to uphold resolution 660;",
            {(M.USE_OF_FORCE, None)},
        ),
        # The phrasings of the 1695 clauses and of 1718: missiles named alone, "such
        # items", financial resources, luxury goods exported "to" the target.
        (
            "Requires all Member States to prevent the supply of missiles to the DPRK;",
            {(M.ITEMS_BAN, "supply")},
        ),
        (
            "Requires all Member States to exercise vigilance and prevent the procurement of "
            "missiles or missile systems from the DPRK;",
            {(M.ITEMS_BAN, "procurement")},
        ),
        (
            "Requires all Member States to prevent the transfer of any financial resources in "
            "relation to the DPRK's missile programmes;",
            {(M.FINANCIAL_PROHIBITION, "supply")},
        ),
        (
            # 1695's operative paragraph 4 as adopted (its "missile related-items" included):
            # the procurement clause must not take its direction from the transfer clause.
            "Requires all Member States, in accordance with their national legal authorities "
            "and legislation and consistent with international law, to exercise vigilance and "
            "prevent the procurement of missiles or missile related-items, materials, goods and "
            "technology from the DPRK, and the transfer of any financial resources in relation "
            "to DPRK's missile or WMD programmes;",
            {(M.ITEMS_BAN, "procurement"), (M.FINANCIAL_PROHIBITION, "supply")},
        ),
        (
            "Decides that all States shall prohibit the procurement of such items from the DPRK;",
            {(M.ITEMS_BAN, "procurement")},
        ),
        (
            "Decides that all States shall prevent the supply to the DPRK of battle tanks, "
            "combat aircraft, warships, missiles or missile systems;",
            {(M.ARMS_EMBARGO, "supply")},
        ),
        (
            "Decides that all Member States shall ban the export of luxury goods to the DPRK;",
            {(M.LUXURY_GOODS_BAN, "supply")},
        ),
        (
            "Decides that all States shall inspect cargo to and from the DPRK in their territory;",
            {(M.CARGO_INSPECTION, None)},
        ),
        (
            "Requests the Secretary-General to create a group of up to seven experts to assist "
            "the Committee;",
            {(M.PANEL_OF_EXPERTS, None)},
        ),
        (
            "Decides that the measures imposed by paragraph 8 (d) above do not apply to financial "
            "assets necessary for basic expenses;",
            {(M.EXEMPTION, None)},
        ),
        (
            "Decides to establish a Committee of the Security Council to undertake the "
            "following tasks: to examine reports; to consider requests for exemptions;",
            {(M.SANCTIONS_COMMITTEE, None)},
        ),
        ("Demands that the DPRK not conduct any further launch of a ballistic missile;", set()),
        ("Demands that the DPRK suspend all activities related to its missiles;", set()),
        ("Requests the Secretary-General to report to the Council within 30 days;", set()),
        ("Calls upon all States to refrain from the threat or use of force against Angola;", set()),
        (
            "Further demands that Iraq protect the safety of diplomatic and consular personnel;",
            set(),
        ),
        (
            "Calls upon the authorities to take all necessary measures to ensure free elections;",
            set(),
        ),
        (
            "Decides that all States shall reduce the number and the level of the staff at "
            "Libyan diplomatic missions;",
            {(M.DIPLOMATIC_RESTRICTIONS, None)},
        ),
    ],
)
def test_measures_of_a_paragraph(text: str, expected: set[tuple[M, str | None]]) -> None:
    from unsc.drafts import classify_verb

    found = derive_measures(text, kind=classify_verb(text).kind)
    assert {(m.type, m.direction) for m in found} == expected


def test_expressions_create_no_measure() -> None:
    text = "Welcomes the decision of all States to freeze the funds of the persons concerned;"
    assert derive_measures(text, kind="expression") == ()


def test_sub_items_get_their_label_direction_and_lists() -> None:
    subs = (
        SubParagraph(
            "a",
            "prevent the supply, sale or transfer to the DPRK of:",
            (
                SubParagraph("i", "battle tanks, armoured combat vehicles and related materiel;"),
                SubParagraph(
                    "ii",
                    "items, materials, equipment, goods and technology in "
                    "documents S/2006/814 and S/2006/815;",
                ),
                SubParagraph("iii", "luxury goods;"),
            ),
        ),
    )
    found = derive_measures("Decides that all Member States shall:", subs, kind="decision")
    by_label = {m.subparagraph: m for m in found}
    assert by_label["(a)(i)"].type is M.ARMS_EMBARGO
    assert by_label["(a)(ii)"].type is M.ITEMS_BAN
    assert by_label["(a)(ii)"].lists == ("S/2006/814", "S/2006/815")
    assert by_label["(a)(iii)"].type is M.LUXURY_GOODS_BAN
    assert {m.direction for m in found} == {"supply"}


def test_1718_paragraph_8_measures() -> None:
    d = load_draft("2006-10/1718-adopted")
    op8 = d.paragraph(8)
    assert [s.label for s in op8.subparagraphs] == ["a", "b", "c", "d", "e", "f"]
    assert [s.label for s in op8.subparagraphs[0].subparagraphs] == ["i", "ii", "iii"]
    got = {(m.type, m.subparagraph) for m in op8.measures}
    assert {
        (M.ARMS_EMBARGO, "(a)(i)"),
        (M.ITEMS_BAN, "(a)(ii)"),
        (M.LUXURY_GOODS_BAN, "(a)(iii)"),
        (M.ITEMS_BAN, "(b)"),
        (M.TECHNICAL_ASSISTANCE_BAN, "(c)"),
        (M.ASSET_FREEZE, "(d)"),
        (M.TRAVEL_BAN, "(e)"),
        (M.CARGO_INSPECTION, "(f)"),
    } <= got
    items = next(m for m in op8.measures if m.subparagraph == "(a)(ii)")
    assert items.lists == ("S/2006/814", "S/2006/815", "S/2006/816")
    assert [m.direction for m in op8.measures if m.subparagraph == "(b)"] == ["procurement"]
    assert {m.type for m in d.paragraph(9).measures} == {M.EXEMPTION}
    assert {m.type for m in d.paragraph(10).measures} == {M.EXEMPTION}
    assert {m.type for m in d.paragraph(11).measures} == {M.REPORTING_DUTY}
    assert {m.type for m in d.paragraph(12).measures} == {M.SANCTIONS_COMMITTEE}


def test_1695_three_sanctions_without_binding_force() -> None:
    d = load_draft("2006-07/1695-adopted")
    assert not d.chapter_vii
    got = {(m.type, m.direction) for m in d.measures}
    assert got == {
        (M.ITEMS_BAN, "supply"),
        (M.ITEMS_BAN, "procurement"),
        (M.FINANCIAL_PROHIBITION, "supply"),
    }
    assert [op.verb for op in d.operative][:4] == ["Condemns", "Demands", "Requires", "Requires"]
    assert not any(op.binding for op in d.operative)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Decides that all Member States shall prohibit the direct or indirect supply, sale or "
            "transfer to the DPRK of all refined petroleum products;",
            {M.OIL_EMBARGO},
        ),
        (
            "Decides that the DPRK shall not supply, sell or transfer seafood, textiles or "
            "industrial machinery, and that all States shall prohibit the procurement of such "
            "items from the DPRK;",
            {M.COMMODITY_BAN},
        ),
        (
            "Decides that all Member States shall prohibit the opening and operation of all joint "
            "ventures or cooperative entities with DPRK entities;",
            {M.FINANCIAL_PROHIBITION},
        ),
        (
            "Decides that Member States shall prohibit the provision of bunkering services to "
            "DPRK vessels;",
            {M.SHIPPING_BAN},
        ),
        (
            "Calls upon all States to inspect vessels on the high seas with the consent of the "
            "flag State;",
            {M.CARGO_INSPECTION},
        ),
        (
            "Decides that all States shall deny port entry to any vessel designated by the "
            "Committee;",
            {M.SHIPPING_BAN},
        ),
    ],
)
def test_measures_of_later_regimes(text: str, expected: set[MeasureType]) -> None:
    from unsc.drafts import classify_verb

    found = derive_measures(text, kind=classify_verb(text).kind)
    assert {m.type for m in found} == expected
