"""Lead verbs and the binding rule."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unsc.drafts import Instrument, classify_verb, is_binding, verb_force

R = Instrument.RESOLUTION


@pytest.mark.parametrize(
    ("text", "verb", "kind"),
    [
        ("Decides that all States shall prevent", "Decides", "decision"),
        ("Further decides that", "Decides", "decision"),
        ("Also demands that Iraq:", "Demands", "demand"),
        ("Calls upon all States to", "Calls upon", "exhortation"),
        ("Calls on the parties", "Calls upon", "exhortation"),
        ("Strongly urges the DPRK to return", "Strongly urges", "exhortation"),
        ("Requires all Member States, in accordance with", "Requires", "requirement"),
        ("Decides to remain seized of the matter.", "Decides to remain seized", "procedural"),
        (
            "Decides to remain actively seized of the matter.",
            "Decides to remain seized",
            "procedural",
        ),
        ("Decides to keep this item on its agenda", "Decides to keep", "procedural"),
        ("The Security Council requests the permanent members", "Requests", "request"),
        (
            "Now, therefore, the Security Council, having satisfied itself, hereby resolves to",
            "Resolves",
            "decision",
        ),
        ("Acting under Chapter VII of the Charter, decides that", "Decides", "decision"),
        ("Takes note of the report", "Takes note", "expression"),
        ("Reaffirms its resolution 242 (1967)", "Reaffirms", "declaration"),
        (
            "Authorizes Member States co-operating with the Government of Kuwait",
            "Authorizes",
            "authorization",
        ),
        ("Dissolves the Commission for Conventional Armaments.", "Dissolves", "decision"),
        ("Observes with satisfaction that", "Observes", "expression"),
        ("Recalling its resolution 1540 (2004),", "", "other"),
        ("Conscious of the need to act,", "", "other"),
        ("States shall report", "", "other"),
    ],
)
def test_classify_verb(text: str, verb: str, kind: str) -> None:
    info = classify_verb(text)
    assert (info.verb, info.kind) == (verb, kind)


@pytest.mark.parametrize(
    ("verb", "chapter_vii", "binds"),
    [
        ("Decides that", True, True),
        ("Decides that", False, True),  # Art. 25: a decision binds without Chapter VII
        ("Requires all States", True, True),
        ("Requires all States", False, False),  # 1695: debated, counted as not binding
        ("Demands that", True, True),
        ("Demands that", False, False),
        ("Calls upon all States", True, False),
        ("Urges all States", True, False),
        ("Requests the Secretary-General", True, False),
        ("Encourages", True, False),
        ("Authorizes Member States", True, False),
        ("Decides to remain seized", True, False),
    ],
)
def test_binding_rule(verb: str, chapter_vii: bool, binds: bool) -> None:
    assert is_binding(classify_verb(verb), chapter_vii=chapter_vii, instrument=R) is binds


@given(st.sampled_from(["Decides that", "Demands that", "Requires all States"]), st.booleans())
def test_statements_never_bind(verb: str, chapter_vii: bool) -> None:
    for instrument in (Instrument.PRESIDENTIAL_STATEMENT, Instrument.PRESS_STATEMENT):
        assert not is_binding(classify_verb(verb), chapter_vii=chapter_vii, instrument=instrument)


@given(
    st.lists(st.sampled_from(["Further", "Also", "Again", "Hereby", "Once again"]), max_size=3),
    st.sampled_from(["decides that", "requests the", "calls upon the", "condemns the"]),
)
def test_connectives_do_not_change_the_verb(prefix: list[str], rest: str) -> None:
    plain = classify_verb(rest.capitalize())
    assert classify_verb(" ".join([*prefix, rest])).verb == plain.verb


def test_force_orders_the_verbs() -> None:
    order = [
        "Decides",
        "Demands",
        "Condemns",
        "Strongly urges",
        "Calls upon",
        "Requests",
        "Welcomes",
        "Decides to remain seized",
    ]
    forces = [verb_force(v) for v in order]
    assert forces == sorted(forces, reverse=True)
    assert verb_force("") == 0.0


@given(st.text(max_size=200))
def test_classify_never_fails(text: str) -> None:
    info = classify_verb(text)
    assert info.force >= 0.0


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (
            "Acting in accordance with Article 34 of the Charter, requests the Secretary-General",
            "Requests",
        ),
        (
            "In regard to DDR under the new concept of operation, endorses also the mechanism",
            "Endorses",
        ),
        ("Again draws the attention of all States to the need for vigilance", "Draws attention"),
        ("Express its confidence that the Force will be maintained", "Expresses"),
        ("The Court shall be open to a State which accepts, and undertakes to comply", ""),
    ],
)
def test_verbs_after_an_opening_clause_or_misprinted(text: str, verb: str) -> None:
    assert classify_verb(text).verb == verb
