"""Acronyms of organisations against their names written out, on names of the real lists."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unsc.sanctions import load_list
from unsc.sanctions.model import Entity, Schema
from unsc.screening import Screener, compare
from unsc.screening.acronyms import SHORT_ACRONYM_SIMILARITY, acronym_part, acronym_runs
from unsc.screening.normalize import LEGAL, analyze
from unsc.screening.screener import Query


@pytest.mark.parametrize(
    ("name", "acronym"),
    [
        ("AL-QAIDA IN THE ARABIAN PENINSULA", "aqap"),  # UN QDe.129: an article kept
        ("Islamic State in Iraq and the Levant", "isil"),  # "in", "and", "the" left out
        ("Jama'a Nusrat ul-Islam wa al-Muslimin", "jnim"),  # UN QDe.159: particles left out
        ("MOVEMENT FOR UNITY AND JIHAD IN WEST AFRICA", "mujwa"),  # OFAC SDN 15609
        ("Korea Kwangson Banking Corp.", "kkbc"),  # UN KPe.025: a legal form kept
        ("LIBYAN ISLAMIC FIGHTING GROUP", "lifg"),  # UN QDe.011
        # an acronym the variant tables give others of stays one (ISIS is also ISIL)
        ("Islamic State of Iraq and Syria", "isis"),  # UN QDe.163's ISIS-GS
    ],
)
def test_real_acronyms_are_spelled_by_their_names(name: str, acronym: str) -> None:
    form = analyze(name)
    assert acronym in acronym_runs(form)
    assert compare(acronym.upper(), name).match


def test_a_run_of_known_names_spells_no_acronym() -> None:
    assert "gia" not in acronym_runs(analyze("Gamal Ibrahim Ahmed"))
    assert not compare("Gamal Ibrahim Ahmed", "GIA").match


@pytest.mark.parametrize(
    ("name", "part", "expected"),
    [
        ("ISIL Khorasan", 0, True),  # in capitals in a name that is not
        ("ISIL KHORASAN", 0, False),  # all in capitals: any part could be
        ("Sayed Safi", 1, False),
        ("IRGC", 0, True),  # the only part
        ("OOO SSK", 1, True),  # ... but for a legal form
        ("Ali", 0, False),  # a known name
        ("UN", 0, False),  # two letters
        ("Foà", 0, False),  # in lower case but for its accent (Faker's Italian name)
        ("Bùi", 0, False),
        ("FOÀ", 0, True),
    ],
)
def test_which_parts_may_be_acronyms(name: str, part: int, expected: bool) -> None:
    assert acronym_part(analyze(name), part) is expected


def test_three_initials_of_a_person_do_not_spell_a_listed_acronym() -> None:
    # UN QDe.129 lists "Ansar al-Shari'a (AAS)": generated common names met it.
    assert not compare("Abdelaziz Al-Shehri", "AAS").match
    assert compare("Ansar al-Sharia Army", "AASA").match  # four letters spell
    # three letters spelt by an organisation's words are a sign, not a match alone: its
    # name written out, which the entry lists too, meets it
    spelt = compare("Ansar Al Sharia", "AAS", schema="Organization")
    assert spelt.score == SHORT_ACRONYM_SIMILARITY and not spelt.match


def test_three_initials_of_a_firm_do_not_match_another_bodys_acronym(un: Screener) -> None:
    # real firms against OFAC's acronyms (HTC: IRAN AIRCRAFT MANUFACTURING INDUSTRIAL COMPANY;
    # KPC: KHARG PETROCHEMICAL COMPANY; RIL: RUSSIAN IMPERIAL MOVEMENT)
    for firm, acronym in [
        ("Huawei Technologies Co., Ltd.", "HTC"),
        ("Kuwait Petroleum Corporation", "KPC"),
        ("Reliance Industries Limited", "RIL"),
        ("Glencore International AG", "GIA"),
    ]:
        assert not compare(firm, acronym, schema="Organization").match, firm
    hits = un.screen(Query("Ansar Al Sharia", schema="Organization"))
    assert "QDe.129" in {h.ref for h in hits if h.match}  # Ansar al-Shari'a (AAS)
    assert compare("Islamic Revolutionary Guard Corps Quds Force", "IRGCQF").match


@pytest.mark.parametrize(
    ("name", "acronym"),
    [("Nicolás Ildefonso Pastor Campos", "NIPC"), ("Aldo de la Fuente Alejandro", "ALFA")],
)
def test_four_names_of_a_person_do_not_spell_a_listed_acronym(name: str, acronym: str) -> None:
    # Faker's Spanish names met OFAC's NIPC and ALFA: a query of unknown kind spells an
    # acronym only when it says it names a body, by a legal form or a group's word
    assert compare(name, acronym).score == 0.0
    assert compare("Short State Solutions Inc.", "SSSI").match
    assert compare("Ansar al-Sharia Army", "AASA").match


def test_a_persons_name_is_never_an_acronym() -> None:
    assert compare("AQAP", "Al-Qaida in the Arabian Peninsula").match
    assert not compare("AQAP", "Al-Qaida in the Arabian Peninsula", schema="Person").match


def test_the_un_list_finds_an_organisation_by_an_acronym_it_does_not_list(un: Screener) -> None:
    # QDe.129 without its "(AQAP)": the acronym still finds it, spelled by its name.
    def strip(text: str) -> str:
        return re.sub(r"\s*\(AQAP\)", "", text)

    entities = [
        replace(e, name=strip(e.name), names=[replace(n, full=strip(n.full)) for n in e.names])
        for e in un.entities
    ]
    screener = Screener(entities)
    hits = screener.screen(Query("AQAP"), limit=3)
    assert hits and hits[0].ref == "QDe.129" and hits[0].match
    detail = hits[0].explanation["features"]["name"]["detail"]
    assert [p["method"] for p in detail["parts"]] == ["acronym"]
    assert not screener.screen(Query("AQAP", schema="Person"), limit=3)


def test_people_on_a_list_have_no_acronym() -> None:
    people = [
        Entity(dataset="t", ref="P1", schema=Schema.PERSON, name="Ismail Rahim Ghulam Chaudhry"),
        Entity(dataset="t", ref="O1", schema=Schema.ORGANIZATION, name="Iran Rail Gas Company"),
    ]
    hits = Screener(people).screen(Query("IRGC"), limit=3)
    assert [h.ref for h in hits] == ["O1"]


WORDS = ["bank", "of", "trade", "korea", "the", "in", "union"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=9))
def test_every_acronym_is_the_initials_of_its_run(words: list[str]) -> None:
    form = analyze(" ".join(words))
    for spelling, run in acronym_runs(form).items():
        initials = [form.tokens[i][0] for i in run]
        assert 3 <= len(spelling) <= 8
        assert spelling[0] == initials[0] and spelling[-1] == initials[-1]
        assert all(c in initials for c in spelling)


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("OOO OEK", "LIMITED LIABILITY COMPANY OZERNAYA ENERGETICHESKAYA KOMPANIYA"),  # OFAC 44983
        ("OOO PGK", "LIMITED LIABILITY COMPANY PUTORANSKAYA GORNAYA KOMPANIYA"),  # 44984 (0.0)
    ],
)
def test_a_russian_kompaniya_gives_its_k(short: str, full: str) -> None:
    assert analyze(short).kinds[0] == LEGAL  # OOO is no syllable of a Korean name
    assert compare(short, full, schema="Organization").match
    assert compare(full, short, schema="Organization").match


def test_only_after_a_russian_adjective() -> None:
    found = compare("BEK", "BLUE ENERGY TRADE LTD. CO.", schema="Organization")
    methods = [p["method"] for p in found.explanation["features"]["name"]["detail"]["parts"]]
    assert "acronym" not in methods


@pytest.mark.parametrize(
    ("query", "other"),
    [
        ("SPECIAL INDUSTRIES GROUP (SIG)", "SANAM INDUSTRIAL GROUP"),  # UN IRe.073, IRe.063
        ("ISLAMIC INTERNATIONAL BRIGADE (IIB)", "ILSIM INTERNATIONAL BANK"),  # QDe.099, KPe.034
        ("YAZD METALLURGY INDUSTRIES (YMI)", "YA MAHDI INDUSTRIES GROUP"),  # IRe.078, IRe.076
    ],
)
def test_an_acronym_the_query_spells_out_stands_for_its_own_name(
    un: Screener, query: str, other: str
) -> None:
    """The acronym in parentheses is known to stand for the name before it: it meets the
    listed acronym as spelt, not another body whose words have its initials (0.9 before)."""
    hits = un.screen(Query(query), limit=5)
    assert hits and hits[0].name == query
    assert other not in {hit.name for hit in hits}
    alone = query.rsplit("(", 1)[1].rstrip(")")
    assert other in {hit.name for hit in un.screen(Query(alone), limit=5)}  # alone: either


@pytest.mark.parametrize(
    ("query", "other"),
    [
        ("SANAM INDUSTRIAL GROUP", "SPECIAL INDUSTRIES GROUP (SIG)"),  # IRe.063, IRe.073
        ("ILSIM INTERNATIONAL BANK", "ISLAMIC INTERNATIONAL BRIGADE (IIB)"),  # KPe.034, QDe.099
        ("KOREA ANSAN SHIPPING COMPANY", "AFGHAN SUPPORT COMMITTEE (ASC)"),  # 0.86 before
    ],
)
def test_a_listed_acronym_its_entrys_name_spells_out_stands_for_that_name(
    un: Screener, query: str, other: str
) -> None:
    """The list's own "(SIG)" after SPECIAL INDUSTRIES GROUP is known to stand for it: a
    query whose words have its initials does not meet it (0.9 before); the acronym itself
    still does."""
    hits = un.screen(Query(query), limit=5)
    assert hits and hits[0].name == query
    assert other not in {hit.name for hit in hits}
    acronym = other.rsplit("(", 1)[1].rstrip(")")
    found = un.screen(Query(acronym), limit=5)
    assert found and found[0].name == other and found[0].score == 1.0


def test_an_acronym_of_an_entrys_own_name_pairs_letter_for_letter() -> None:
    """OFAC's SCOT (SYRIAN COMPANY FOR OIL TRANSPORT) and KOEC (KOREA OIL EXPLORATION
    CORPORATION): their letters are spelt, not said; Faker's Scott and Cook met them at
    0.95 by sound."""
    wanted = {"SYRIAN COMPANY FOR OIL TRANSPORT", "KOREA OIL EXPLORATION CORPORATION"}
    entities = [e for e in load_list("ofac_sdn").entities if e.name in wanted]
    assert len(entities) == 2
    screener = Screener(entities)
    for word in ("Scott", "Cook"):
        assert not screener.screen(Query(word), limit=3)
    for acronym, name in (("SCOT", "SYRIAN COMPANY"), ("KOEC", "KOREA OIL")):
        hits = screener.screen(Query(acronym), limit=3)
        assert hits and hits[0].name.startswith(name) and hits[0].score == 1.0
    hits = screener.screen(Query("Syrian Company for Oil Transport"), limit=3)
    assert hits and hits[0].score == 1.0
