"""Deltas: added/removed/amended field by field; schema-only additions are not amendments."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from unsc.sanctions import Entity, Schema, diff_entities
from unsc.sanctions.delta import changed_fields, diff_payloads
from unsc.sanctions.loader import shipped


def _e(ref: str, name: str = "A", **kw: object) -> Entity:
    return Entity(dataset="un_sc", ref=ref, schema=Schema.PERSON, name=name, **kw)  # type: ignore[arg-type]


def test_added_removed_amended() -> None:
    old = [_e("X.1"), _e("X.2", comments="a"), _e("X.3")]
    new = [_e("X.2", comments="b"), _e("X.3"), _e("X.4")]
    delta = diff_entities(old, new)
    assert delta.to_dict() == {
        "added": ["X.4"],
        "removed": ["X.1"],
        "amended": [
            {
                "ref": "X.2",
                "fields": ["comments"],
                "changes": {"comments": {"old": "a", "new": "b"}},
            }
        ],
    }
    assert delta.amended[0].changes["comments"] == ("a", "b")


def test_schema_only_addition_is_not_an_amendment() -> None:
    old = [_e("X.1")]
    new = [_e("X.1", properties={"interpol_link": ["https://x"]})]
    base = {"name", "comments", "properties.list_type"}
    delta = diff_entities(old, new, old_fields=base, new_fields=base | {"properties.interpol_link"})
    assert delta.empty
    # ...but when both schemas carry the field, a change is an amendment
    both = base | {"properties.interpol_link"}
    changed = diff_entities(new, [_e("X.1", properties={"interpol_link": ["https://y"]})],
                            old_fields=both, new_fields=both)  # fmt: skip
    assert changed.amended[0].fields == ["properties.interpol_link"]


def test_derived_country_codes_are_not_compared() -> None:
    assert not changed_fields({"country_codes": ["kp"]}, {"country_codes": ["kr"]})
    assert not changed_fields(
        {"addresses": [{"country": "X", "country_code": None}]},
        {"addresses": [{"country": "X", "country_code": "xx"}]},
    )


def test_natural_ref_order() -> None:
    delta = diff_payloads({}, {"SDi.010": {}, "SDi.9": {}, "QDi.437": {}})
    assert delta.added == ["QDi.437", "SDi.9", "SDi.010"]


REFS = st.dictionaries(st.sampled_from(["a", "b", "c", "d"]), st.integers(0, 3), max_size=4)


@given(REFS, REFS)
def test_delta_partitions_the_refs(old: dict[str, int], new: dict[str, int]) -> None:
    a = {k: {"comments": str(v)} for k, v in old.items()}
    b = {k: {"comments": str(v)} for k, v in new.items()}
    delta = diff_payloads(a, b)
    assert set(delta.added) == b.keys() - a.keys()
    assert set(delta.removed) == a.keys() - b.keys()
    assert {m.ref for m in delta.amended} == {k for k in a.keys() & b.keys() if a[k] != b[k]}
    back = diff_payloads(b, a)
    assert (back.added, back.removed) == (delta.removed, delta.added)


def test_real_2026_delta_without_store() -> None:
    old = shipped("sanctions/un_sc_2026-01-28.xml")
    new = shipped("sanctions/un_sc_2026-05-08.xml")
    delta = diff_entities(old.entities, new.entities, old_fields=old.fields, new_fields=new.fields)
    assert delta.removed == ["QDe.137"] and len(delta.added) == 11
    assert "properties.has_interpol_link" in new.fields - old.fields
    assert not any("interpol" in f for a in delta.amended for f in a.fields)


def test_interpol_link_sentence_in_comments_is_boilerplate() -> None:
    link = " INTERPOL-UN Security Council Special Notice web link:https://i.int/View-UN-Notices-"
    old = [_e("X.1", comments="Front company." + link + "Individuals")]
    new = [_e("X.1", comments="Front company." + link + "Entities")]
    assert diff_entities(old, new).empty
    edited = [_e("X.1", comments="Front company, dissolved." + link + "Entities")]
    assert diff_entities(old, edited).amended[0].fields == ["comments"]
