"""The screener on the real lists: features beyond the name, retrieval, lists by path."""

from __future__ import annotations

from pathlib import Path

import pytest

from unsc.errors import InvalidInput, NotFound
from unsc.screening import ALGORITHM, DEFAULT_THRESHOLD, Query, Screener, analyze, compare
from unsc.screening.features import country_code
from unsc.screening.namefields import (
    korean_forms_written_out,
    listed_names,
    query_names,
    quoted_name,
)


def _hit(screener: Screener, query: Query, ref: str) -> float:
    hits = screener.screen(query, limit=20, threshold=0.0)
    return next(h.score for h in hits if h.ref == ref)


def test_date_of_birth_same_day_year_and_mismatch(un: Screener) -> None:
    # RI WON HO (KPi.033), born 1964-07-17
    plain = _hit(un, Query("Ri Won Ho"), "KPi.033")
    same_day = _hit(un, Query("Ri Won Ho", birth_dates=("1964-07-17",)), "KPi.033")
    same_year = _hit(un, Query("Ri Won Ho", birth_dates=("1964",)), "KPi.033")
    other = _hit(un, Query("Ri Won Ho", birth_dates=("1980-01-01",)), "KPi.033")
    assert same_day >= same_year >= plain > other
    assert plain - other >= 0.15  # a clear mismatch costs the dob weight
    assert other <= same_day - 0.15


def test_a_fuzzy_name_with_the_same_birthday_gains(un: Screener) -> None:
    base = _hit(un, Query("Choi Chun Sik"), "KPi.013")
    dob = _hit(un, Query("Choi Chun Sik", birth_dates=("12.10.1954",)), "KPi.013")
    assert dob > base
    hit = un.screen(Query("Choi Chun Sik", birth_dates=("1954-10-12",)), limit=1)[0]
    assert hit.explanation["features"]["dob"]["detail"] == "same day (1954-10-12)"


def test_passport_number_is_decisive(un: Screener) -> None:
    # KPi.033 holds passport 381310014; a different name with that number still hits
    hits = un.screen(Query("Someone Else Entirely", identifiers=("381 310 014",)), limit=3)
    assert hits[0].ref == "KPi.033"
    assert hits[0].score >= 0.99 and hits[0].match
    assert "identifier" in hits[0].explanation["features"]


def test_imo_number_is_decisive(un: Screener, ofac_dprk: Screener) -> None:
    company = next(e for e in un.entities if any(i.type == "imo" for i in e.identifiers))
    imo = next(i.number for i in company.identifiers if i.type == "imo")
    hits = un.screen(Query("Unrelated Name", identifiers=(f"IMO {imo}",)))
    assert hits[0].ref == company.ref and hits[0].match
    vessel = next(
        e
        for e in ofac_dprk.entities
        if e.schema == "Vessel" and any(i.type == "imo" for i in e.identifiers)
    )
    imo = next(i.number for i in vessel.identifiers if i.type == "imo")
    hits = ofac_dprk.screen(Query("Some Ship", schema="Vessel", identifiers=(imo,)))
    assert hits[0].ref == vessel.ref and hits[0].score >= 0.99


def test_nationality_and_schema_features(un: Screener) -> None:
    same = _hit(un, Query("Ri Won Ho", countries=("KP",)), "KPi.033")
    other = _hit(un, Query("Ri Won Ho", countries=("France",)), "KPi.033")
    assert same > other
    base = _hit(un, Query("Ri Won Ho"), "KPi.033")
    as_company = _hit(un, Query("Ri Won Ho", schema="Organization"), "KPi.033")
    # a kind given lowers the score, but an exact name stays a match to review (a file's
    # type column is often generic or mis-keyed); a kind any entry is of lowers nothing
    assert DEFAULT_THRESHOLD <= as_company < base
    for generic in ("LegalEntity", "Entity", "Thing", "legal entity"):
        assert _hit(un, Query("Ri Won Ho", schema=generic), "KPi.033") == base
    # a kind read from the name's legal form still holds a person's name below
    assert _hit(un, Query("Ri Won Ho Ltd"), "KPi.033") < DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    "country",
    ["KP", "PRK", "North Korea", "Korea (DPRK)", "N. Korea", "Korea, Dem. People's Rep."],
)
def test_a_country_however_written_is_the_listed_ones(un: Screener, country: str) -> None:
    # the World Bank's abbreviations, a code in parentheses, an initial for North
    hit = un.screen(Query("Ri Won Ho", countries=(country,)), limit=1)[0]
    assert hit.ref == "KPi.033"
    assert hit.explanation["features"]["country"]["value"] == 1.0


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Congo, Dem. Rep.", "cd"),
        ("Lao PDR", "la"),
        ("Venezuela, RB", "ve"),
        ("China, People's Republic", "cn"),
        ("Russian Federation (the)", "ru"),
        ("USSR", "su"),  # a former state's code cut to the two letters lists compare
        ("Narnia", None),
    ],
)
def test_country_spellings_of_statistics_offices(written: str, code: str | None) -> None:
    assert country_code(written) == code


def test_of_two_entries_scoring_alike_the_one_met_by_its_own_name_comes_first() -> None:
    # OFAC's HIZBALLAH, and a person one of whose aliases is Hizbullah: 0.93 each
    hits = Screener.from_list("ofac_sdn").screen(Query("Hezbollah"), limit=2)
    assert [h.name for h in hits] == ["HIZBALLAH", "Hizb Ullah Astam KHAN"]
    assert hits[0].score == hits[1].score


def test_a_legal_form_in_the_query_names_an_organisation(un: Screener) -> None:
    # No schema given: "Lova Madayev Inc" is a company, not the person QDi.406 whose alias
    # is Lova Madayev.
    hits = un.screen(Query("Lova Madayev Inc"), limit=1, threshold=0.0)
    assert hits[0].ref == "QDi.406" and hits[0].score < DEFAULT_THRESHOLD
    schema = hits[0].explanation["features"]["schema"]
    assert schema["value"] == -1.0 and "a legal form in its name" in schema["detail"]
    assert un.screen(Query("Lova Madayev"), limit=1)[0].ref == "QDi.406"
    # A given schema is taken as given; an organisation still meets organisations.
    assert un.screen(Query("Lova Madayev Inc", schema="Person"), limit=1)[0].ref == "QDi.406"
    company = un.screen(Query("Namchongang Trading Co"), limit=1)[0]
    assert company.ref == "KPe.004" and "schema" not in company.explanation["features"]


def test_hits_carry_reference_measures_and_explanation(un: Screener) -> None:
    hit = un.screen(Query("Lee Won Ho"), limit=1)[0]
    data = hit.to_dict()
    assert {"ref", "name", "dataset", "score", "match", "explanation", "measures"} <= set(data)
    assert data["dataset"] == "un_sc" and data["ref"] == "KPi.033"
    assert data["explanation"]["algorithm"] == ALGORITHM
    measures = {(m["type"], m["resolution"], m["paragraph"]) for m in data["measures"]}
    assert ("asset_freeze", "1718 (2006)", "8(d)") in measures
    assert all(m["regime"] == "dprk" for m in data["measures"])


def test_scores_are_in_the_unit_interval_and_sorted(un: Screener) -> None:
    hits = un.screen(Query("Mohammed Ahmed Ali"), limit=20, threshold=0.0)
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= s <= 1.0 for s in scores)


def test_an_exact_name_of_common_parts_is_found(un: Screener) -> None:
    hits = un.screen(Query("Abdul Rahman"), limit=100, threshold=0.0)
    assert any(h.matched_name == "Abdul Rahman" and h.score == 1.0 for h in hits)


def test_retrieval_does_not_scan(un: Screener) -> None:
    form = __import__("unsc.screening", fromlist=["analyze"]).analyze("Ri Won Ho")
    cands, _ = un.index.candidates(form, un.index.weights(form))
    assert 0 < len(cands) <= 40 < un.index.size


def test_compare_contract() -> None:
    result = compare("Usama bin Laden", "Osama bin Ladin").to_dict()
    assert set(result) == {"score", "match", "explanation"}
    assert result["match"] and 0.0 <= result["score"] <= 1.0
    assert result["explanation"]["threshold"] == DEFAULT_THRESHOLD


def test_bad_inputs_are_errors_not_crashes(un: Screener) -> None:
    with pytest.raises(InvalidInput, match="not a date"):
        un.screen(Query("Ri Won Ho", birth_dates=("1964-13-40",)))
    with pytest.raises(InvalidInput, match="schema"):
        un.screen(Query("Ri Won Ho", schema="Spaceship"))
    with pytest.raises(InvalidInput):
        un.screen(Query("  "))
    with pytest.raises(InvalidInput, match="no letters or digits"):
        un.screen(Query("!!!"))
    with pytest.raises(InvalidInput, match=r"script unsc cannot read \(Khmer\)"):
        un.screen(Query("វ៉្លាឌីមៀរ ពូទីន"))  # ICU has no Khmer romanisation
    with pytest.raises(NotFound):
        Screener.from_list("no_such_list")


def test_a_list_file_given_by_path(shared_data: Path) -> None:
    path = shared_data / "sanctions" / "un" / "un_consolidated_2025-12-09.xml"
    screener = Screener.from_list(str(path))
    hits = screener.screen(Query("Rhee Won Ho"), limit=1)
    assert hits[0].ref == "KPi.033" and hits[0].match
    assert Screener.from_list(str(path)) is screener  # cached by path and mtime


def test_ofac_entries(ofac_dprk: Screener) -> None:
    hits = ofac_dprk.screen(Query("Kim Jong-un"), limit=3)
    assert hits[0].dataset == "ofac_sdn" and hits[0].match
    assert "KIM" in hits[0].name.upper()
    bank = ofac_dprk.screen(Query("Banco Nacional de Cuba S.A."), limit=1)
    assert bank and bank[0].match and "BANCO NACIONAL DE CUBA" in bank[0].name.upper()


@pytest.mark.parametrize(
    ("field", "names"),
    [
        ("Ghasem Soleymani; Ghasem Sulaymani", ["Ghasem Soleymani", "Ghasem Sulaymani"]),
        ("HAQQANI NETWORK (HQN)", ["HAQQANI NETWORK (HQN)", "HAQQANI NETWORK", "HQN"]),
        ("Plain Name", ["Plain Name"]),
        # QDi.299: a ";" inside parentheses splits the names inside, not the field.
        (
            "أبو بكر البغدادي (Abu Bakr al-Baghdadi al-Husayni; Abu Bakr al-Baghdadi)",
            [
                "أبو بكر البغدادي (Abu Bakr al-Baghdadi al-Husayni; Abu Bakr al-Baghdadi)",
                "أبو بكر البغدادي",
                "Abu Bakr al-Baghdadi al-Husayni",
                "Abu Bakr al-Baghdadi",
            ],
        ),
        # IRi.034 numbers its aliases; QDi.327 keeps a stray ")" of such numbering.
        ("Mohammad Sabet b) M. Javad Sabet", ["Mohammad Sabet", "M. Javad Sabet"]),
        (") Abdelrahman Mouhamad Zafir", ["Abdelrahman Mouhamad Zafir"]),
        ("Unclosed (Alias", ["Unclosed (Alias", "Unclosed", "Alias"]),
        # parentheses that only say where a body is: the whole alone (UN QDe.104, OFAC)
        ("AL-HARAMAIN FOUNDATION (PAKISTAN)", ["AL-HARAMAIN FOUNDATION (PAKISTAN)"]),
        (
            "IRANIAN OIL COMPANY (U.K.) LIMITED",
            ["IRANIAN OIL COMPANY (U.K.) LIMITED"],
        ),
        ("ZARON BIO-TECH (ASIA) LIMITED", ["ZARON BIO-TECH (ASIA) LIMITED"]),
        # a place cut off before an acronym is no name of its own (OFAC's MMI)
        ("INDONESIA (MMI)", ["INDONESIA (MMI)", "MMI"]),
        (
            "AFGHAN SUPPORT COMMITTEE (ASC)",
            ["AFGHAN SUPPORT COMMITTEE (ASC)", "AFGHAN SUPPORT COMMITTEE", "ASC"],
        ),
        # a birth remark after the name: also the name without it (TAi.101, TAi.004)
        (
            "Mohammad Ishaq Akhund born in 1963",
            ["Mohammad Ishaq Akhund born in 1963", "Mohammad Ishaq Akhund"],
        ),
        (
            "Khirullah Said Wali Khairkhwa, born in Kandahar on 01 Jan.1967",
            [
                "Khirullah Said Wali Khairkhwa, born in Kandahar on 01 Jan.1967",
                "Khirullah Said Wali Khairkhwa",
            ],
        ),
        # former names, each alone
        (
            "MV Karachi Crescent (ex Mandvi Bay, ex-Wanshan Pearl)",
            [
                "MV Karachi Crescent (ex Mandvi Bay, ex-Wanshan Pearl)",
                "MV Karachi Crescent",
                "Mandvi Bay",
                "Wanshan Pearl",
            ],
        ),
        # a remark that names no former name is left out (TAi.064's alias): "listed as" is
        # no name, nor its "as" a Nordic A/S
        ("Ezatullah Haqqani (previously listed as)", ["Ezatullah Haqqani"]),
    ],
)
def test_listed_names_splits_fields_holding_several(field: str, names: list[str]) -> None:
    assert listed_names(field) == names


@pytest.mark.parametrize(
    ("query", "names"),
    [
        ("RI WON HO (DPRK)", ["RI WON HO (DPRK)", "RI WON HO"]),
        ("Ri Won Ho a.k.a. Lee Won Ho", ["Ri Won Ho", "Lee Won Ho"]),
        ("Ri Won Ho aka Lee Won Ho; Rhee", ["Ri Won Ho", "Lee Won Ho", "Rhee"]),
        ("Akaki Alias", ["Akaki Alias"]),  # the words only split between names
        # a father's name after "s/o" (son of): also the name without it; the marker dropped
        (
            "Hafiz Muhammad Saeed s/o Kamal-ud-Din",
            ["Hafiz Muhammad Saeed Kamal-ud-Din", "Hafiz Muhammad Saeed"],
        ),
        ("Ali Hassan D/O Ahmed", ["Ali Hassan Ahmed", "Ali Hassan"]),
        ("Sonof Man", ["Sonof Man"]),
        # a date of birth after the name: also the name without it; alone, not a name
        ("Kim Yong Chol, DOB 1946", ["Kim Yong Chol, DOB 1946", "Kim Yong Chol"]),
        ("Kim Yong Chol; DOB: 12.03.1946", ["Kim Yong Chol"]),
        ("Jacob Bornstein 1960", ["Jacob Bornstein 1960", "Jacob Bornstein"]),  # a bare year
        ("KONY, JOSEPH, 1961", ["KONY, JOSEPH, 1961", "KONY, JOSEPH"]),
        # a whole date, bare (the index found no candidate for "Joseph Kony 12/01/1961")
        ("Joseph Kony 12/01/1961", ["Joseph Kony 12/01/1961", "Joseph Kony"]),
        ("Joseph Kony 1961-01-12", ["Joseph Kony 1961-01-12", "Joseph Kony"]),
        ("Joseph Kony 12 January 1961", ["Joseph Kony 12 January 1961", "Joseph Kony"]),
        ("Office 1961", ["Office 1961"]),  # a body's number: one word before it
        ("Tanchon Commercial Bank 2009", ["Tanchon Commercial Bank 2009"]),  # a body's
        # a country after a dash or a slash, and a one-word remark after a slash
        ("Joseph Kony - Uganda", ["Joseph Kony - Uganda", "Joseph Kony"]),
        ("Joseph Kony / LRA", ["Joseph Kony / LRA", "Joseph Kony"]),
        ("Ali Khan born in Lahore, 1961", ["Ali Khan born in Lahore, 1961", "Ali Khan"]),
        ("Ali born at home", ["Ali born at home"]),  # no date: no remark
        ("DOB 1946", ["DOB 1946"]),  # nothing but the remark: as it is
        # a nickname in quotes: also the name without it, and the nickname
        ("Ismael 'El Mayo' Zambada", ["Ismael 'El Mayo' Zambada", "Ismael Zambada", "El Mayo"]),
        ("Sa'id 'Ali", ["Sa'id 'Ali"]),  # an ayn, not a quote
        # Somali spelling: x a ha, c an ayn; not Pinyin's x, nor a c without other signs
        ("Xasan Cabdulle", ["Xasan Cabdulle", "Hasan abdulle"]),
        ("Cumar Cabdullaahi", ["Cumar Cabdullaahi", "umar abdullaahi"]),
        ("Cabdi Roobow", ["Cabdi Roobow", "abdi Roobow"]),
        # a foreign name in katakana or Hangul: also read back, with its r also an l
        ("クリムキン", ["クリムキン", "krimkin", "klimkin"]),
        (
            "グリゴリー・ヤブリンスキー",
            [
                "グリゴリー・ヤブリンスキー",
                "grigori yabrinski",
                "gligoli yabrinski",
                "grigor yabrinski",  # a final ri also as r (イーゴリ Igor)
                "grigori yablinski",
                "grigori yavrinski",  # b also as v
                "grigori yavlinski",
                "gligoli yablinski",
                "gligoli yavrinski",
                "gligoli yavlinski",
                "grigor yablinski",
                "grigor yavrinski",
                "grigor yavlinski",
            ],
        ),
        ("하미드 카르자이", ["하미드 카르자이", "hamid karjai", "hamid kaljai"]),
        (
            "무스타파 하피즈",
            ["무스타파 하피즈", "mustapa hapiz", "mustafa hapiz", "mustapa hafiz", "mustafa hafiz"],
        ),
        ("Zheng Xiaoming", ["Zheng Xiaoming"]),
        # ... nor x and c in words that no reading makes a known name
        ("Cook", ["Cook"]),
        ("Alexander Maxim", ["Alexander Maxim"]),
        ("Green Pine Associated Corporation", ["Green Pine Associated Corporation"]),
        ("Carlos Santos", ["Carlos Santos"]),
        # a name in two scripts: also each script's part
        ("Kim Jong-un 김정은", ["Kim Jong-un 김정은", "Kim Jong-un", "김정은"]),
        # ... but not a name with another script's word inside, nor a Japanese one of kanji
        # and kana, nor a Latin remark in parentheses
        ("Тягнибок, Килимник and Яценко", ["Тягнибок, Килимник and Яценко"]),
        ("近藤 あすか", ["近藤 あすか"]),
        ("MBP软件网络有限公司", ["MBP软件网络有限公司"]),  # scripts that meet inside a word
        ("Дж.Т.И. Россия (JTI)", ["Дж.Т.И. Россия (JTI)", "Дж.Т.И. Россия"]),
        (
            "Akrin Saleh Akrin (أقرين صالح أقرين)",
            ["Akrin Saleh Akrin (أقرين صالح أقرين)", "Akrin Saleh Akrin", "أقرين صالح أقرين"],
        ),
        ("José Müller", ["José Müller"]),  # one script, accents and all
        # a zero-width non-joiner: also the parts joined
        ("حسن\u200cزاده", ["حسن\u200cزاده", "حسنزاده"]),
        # an organisation in the Arabic script: also with its common words in English
        ("شبكة محمد جمال", ["شبكة محمد جمال", "network محمد جمال"]),
        ("محمد المصري", ["محمد المصري"]),  # a person's nisba is not translated
        ("АО «Концерн Калашников»", ["АО «Концерн Калашников»", "ао «concern калашников»"]),
        # a country after a comma: also the name without it; not a family name before one
        ("Ri Won Ho, DPRK", ["Ri Won Ho, DPRK", "Ri Won Ho"]),
        (
            "Tanchon Commercial Bank, North Korea",
            ["Tanchon Commercial Bank, North Korea", "Tanchon Commercial Bank"],
        ),
        ("Jordan, Michael", ["Jordan, Michael"]),
        ("Felicity, Dubai, UAE", ["Felicity, Dubai, UAE", "Felicity"]),  # an address
        ("Smith, John, UK", ["Smith, John, UK", "Smith, John"]),
        ("KOREA, Kim", ["KOREA, Kim"]),
        # former names in parentheses are screened too, a remark is not
        (
            "SEA STAR (formerly Ocean Glory)",
            ["SEA STAR (formerly Ocean Glory)", "SEA STAR", "Ocean Glory"],
        ),
        ("KAPITAN (f/k/a Guseynov)", ["KAPITAN (f/k/a Guseynov)", "KAPITAN", "Guseynov"]),
        ("Dmitri (Exporter)", ["Dmitri (Exporter)", "Dmitri"]),
        # ... and an acronym of the name's words (QDe.144)
        (
            "ABDALLAH AZZAM BRIGADES (AAB)",
            ["ABDALLAH AZZAM BRIGADES (AAB)", "ABDALLAH AZZAM BRIGADES", "AAB"],
        ),
        # a Slavic name in a scholarly or GOST transliteration: also as the lists write it
        (
            "Čaplynsʹkyj Dmytro Oleksandrovyč",
            ["Čaplynsʹkyj Dmytro Oleksandrovyč", "Chaplynsʹky Dmytro Oleksandrovych"],
        ),
        ("Jermakov Valerij", ["Jermakov Valerij", "Yermakov Valeriy"]),
        ("Chaplinskijj Dmitrijj", ["Chaplinskijj Dmitrijj", "Chaplinskiy Dmitriy"]),
        ("Mara Pavlović", ["Mara Pavlović"]),  # a Serbian ć: no Russian patronymic -ich
        ("Đorđević", ["Đorđević", "Djordjević"]),  # a Serbian đ is dj, not the fold's d
        ("Đặng Văn Đức", ["Đặng Văn Đức"]),  # ... a Vietnamese one is d
        ("Hajji Sajjad", ["Hajji Sajjad"]),  # an Arabic jj
        ("Greek Orthodox Church", ["Greek Orthodox Church"]),
        # a final do, as katakana writes a final d, also without its o; ンマ is mm
        (
            "ムハンマド・オマル",
            [
                "ムハンマド・オマル",
                "muhammado omar",
                "muhammad omar",
                "muhammado omal",
                "muhammad omal",
            ],
        ),
        # a Hangul name of two words longer than a Korean name's: foreign
        ("이고리 세친", ["이고리 세친", "igori sechin", "igoli sechin", "igor sechin"]),
        # a firm's short name in parentheses, of its letters in order: screened alone too
        (
            "MODERN INDUSTRIES TECHNIQUE COMPANY (MITEC)",
            [
                "MODERN INDUSTRIES TECHNIQUE COMPANY (MITEC)",
                "MODERN INDUSTRIES TECHNIQUE COMPANY",
                "MITEC",
            ],
        ),
        ("SHIPPING CO LTD (SHANGHAI)", ["SHIPPING CO LTD (SHANGHAI)", "SHIPPING CO LTD"]),
        ("X TRADING CO (DPRK)", ["X TRADING CO (DPRK)", "X TRADING CO"]),
        # a firm's other names after d/b/a, t/a, f/k/a, ", formerly"; "@" as Asian records
        # write "alias"
        ("ACME LLC d/b/a Tanchon Bank", ["ACME LLC", "Tanchon Bank"]),
        ("ACME LLC trading as Tanchon Bank", ["ACME LLC", "Tanchon Bank"]),
        ("Tanchon Bank f/k/a ACME", ["Tanchon Bank", "ACME"]),
        (
            "Tanchon Commercial Bank, formerly Changgwang Credit Bank",
            ["Tanchon Commercial Bank", "Changgwang Credit Bank"],
        ),
        ("Ahmad @ Abu Bakar", ["Ahmad", "Abu Bakar"]),
        # another party after "c/o", "on behalf of": screened as well
        ("Joseph Kony c/o Lords Resistance Army", ["Joseph Kony", "Lords Resistance Army"]),
        ("ACME LLC on behalf of Tanchon Bank", ["ACME LLC", "Tanchon Bank"]),
        # a branch: also the body it belongs to
        ("BANK MELLI IRAN, HAMBURG BRANCH", ["BANK MELLI IRAN, HAMBURG BRANCH", "BANK MELLI IRAN"]),
        ("Bank Melli Iran - London Branch", ["Bank Melli Iran - London Branch", "Bank Melli Iran"]),
        (
            "Mellat Bank Seoul Branch",
            ["Mellat Bank Seoul Branch", "Mellat Bank Seoul", "Mellat Bank"],
        ),
        ("Branch of Bank Melli Iran", ["Branch of Bank Melli Iran", "Bank Melli Iran"]),
        (
            "Bank Melli Iran branch in Hamburg",
            ["Bank Melli Iran branch in Hamburg", "Bank Melli Iran"],
        ),
        ("Bank Sepah, Filiale Frankfurt", ["Bank Sepah, Filiale Frankfurt", "Bank Sepah"]),
        ("Succursale de la Banque Sepah", ["Succursale de la Banque Sepah", "Banque Sepah"]),
        ("Green Branch Trading LLC", ["Green Branch Trading LLC"]),  # one word before it
        ("Royal Branch", ["Royal Branch"]),
        # two persons in one field, a couple by their titles; not a body's name
        (
            "Joseph Kony and Vincent Otti",
            ["Joseph Kony and Vincent Otti", "Joseph Kony", "Vincent Otti"],
        ),
        ("Joseph & Mary Kony", ["Joseph & Mary Kony", "Joseph Kony", "Mary Kony"]),
        ("Mr and Mrs Joseph Kony", ["Mr and Mrs Joseph Kony", "Joseph Kony"]),
        ("Trade and Development Bank", ["Trade and Development Bank"]),
        ("Black and White Shipping", ["Black and White Shipping"]),
        ("Smith & Sons", ["Smith & Sons"]),
        # a person and a body: each; not a firm's name of names (Ali Hassan and Sons Ltd)
        (
            "Joseph Kony / Acme Trading Ltd",
            ["Joseph Kony / Acme Trading Ltd", "Joseph Kony", "Acme Trading Ltd"],
        ),
        ("Ali Hassan and Sons Ltd", ["Ali Hassan and Sons Ltd"]),
        ("Marks and Spencer plc", ["Marks and Spencer plc"]),
        ("Ernst & Young Global Ltd", ["Ernst & Young Global Ltd"]),
        # one firm's trades joined: no person on the left, no body of its own on the right
        # ("Gas Co." met SYRIAN GAS COMPANY)
        ("Falcon Oil & Gas Co.", ["Falcon Oil & Gas Co."]),
        ("Zenith Travel & Tourism Company", ["Zenith Travel & Tourism Company"]),
        # a person's name run into a country: also without it; not a country that is a
        # name, nor a body's country
        ("JOSEPH KONY UGANDA", ["JOSEPH KONY UGANDA", "JOSEPH KONY"]),
        ("Ri Won Ho North Korea", ["Ri Won Ho North Korea", "Ri Won Ho"]),
        ("Abu Bakr al Baghdadi Iraq", ["Abu Bakr al Baghdadi Iraq", "Abu Bakr al Baghdadi"]),
        ("Joseph Kony Jordan", ["Joseph Kony Jordan"]),
        ("ISIL in Yemen", ["ISIL in Yemen"]),
        ("Bank Melli Iran", ["Bank Melli Iran"]),
        # a vessel's IMO number after its name: also the name without it
        ("ARGO I IMO 9187667", ["ARGO I IMO 9187667", "ARGO I"]),
        ("MV ARGO I, IMO: 9187667", ["MV ARGO I, IMO: 9187667", "MV ARGO I"]),
        # a foreign name in kana: the reading, then each word otherwise, one word at a time
        (
            "セルゲイ・ラブロフ",
            [
                "セルゲイ・ラブロフ",
                "sergei rabrov",
                "selgei rabrov",
                "sergei lablov",
                "sergei ravrov",
                "sergei lavlov",
                "selgei lablov",
                "selgei ravrov",
                "selgei lavlov",
            ],
        ),
    ],
)
def test_query_names(query: str, names: list[str]) -> None:
    assert query_names(query) == names


def test_a_branch_or_a_second_person_does_not_hide_the_name(un: Screener) -> None:
    hits = un.screen(Query("John Smith & Joseph Kony"), limit=1)  # nothing before
    assert hits and hits[0].ref == "CFi.009" and hits[0].score == 1.0
    hits = un.screen(Query("Tanchon Commercial Bank, Pyongyang Branch"), limit=1)
    assert hits and hits[0].name == "TANCHON COMMERCIAL BANK" and hits[0].score == 1.0


def test_relatives_and_second_scripts_in_a_query_do_not_hide_the_name(un: Screener) -> None:
    assert compare("Hafiz Muhammad Saeed s/o Kamal-ud-Din", "HAFIZ MUHAMMAD SAEED").match
    hit = un.screen(Query("Hafiz Muhammad Saeed s/o Kamal-ud-Din"), limit=1)[0]
    assert hit.ref == "QDi.263" and hit.score == 1.0
    assert compare("Kim Jong-un 김정은", "Kim Jong Un").score == 1.0


def test_a_query_with_a_remark_or_an_alias_matches(un: Screener) -> None:
    for query in ("RI WON HO (DPRK)", "Ri Won Ho a.k.a. Lee Won Ho"):
        hits = un.screen(Query(query), limit=1)
        assert hits and hits[0].ref == "KPi.033" and hits[0].score == 1.0, query
    qdi299 = un.screen(Query("ABU BAKR AL-BAGHDADI AL-HUSAYNI AL-QURASHI"), limit=1)
    assert qdi299[0].ref == "QDi.299" and qdi299[0].score >= 0.95
    assert compare("RI WON HO (DPRK)", "Lee Won Ho").match


def _capped(un: Screener, query: str, ref: str, note: str, born: str) -> str:
    """Assert that ``query`` meets ``ref`` at 0.7 by name, no match at the default threshold,
    but one with ``ref``'s day of birth; the explanation's ``note``."""
    hit = next(h for h in un.screen(Query(query), limit=20, threshold=0.0) if h.ref == ref)
    assert hit.score == 0.7 and ref not in [h.ref for h in un.screen(Query(query))]
    assert _hit(un, Query(query, birth_dates=(born,)), ref) >= DEFAULT_THRESHOLD
    return str(hit.explanation["features"]["name"]["detail"][note])


def test_a_weak_alias_that_is_a_given_name_alone_makes_no_match_alone(un: Screener) -> None:
    # QDi.406 (born 1970-01-15) is also "John" and "Arthur", low-quality aliases; "Lova
    # Madayev" is a good one; CFi.004's "Colonel Rambo" is low, but a nickname of its own
    assert "weak alias" in _capped(un, "John", "QDi.406", "weak_alias", "1970-01-15")
    assert _hit(un, Query("Lova Madayev"), "QDi.406") == 1.0
    assert _hit(un, Query("Colonel Rambo"), "CFi.004") == 1.0
    # QDi.323's ABU ABDULLAH is low, its Souleiman good
    assert _hit(un, Query("Abu Abdullah"), "QDi.323") < DEFAULT_THRESHOLD
    assert _hit(un, Query("Souleiman"), "QDi.323") >= DEFAULT_THRESHOLD


def test_a_given_name_alone_makes_no_match_with_a_fuller_name(un: Screener) -> None:
    # "Martin" is one of thousands: not MARTIN KOUMTAMADJI (CFi.013, born 1965-10-05) by
    # name alone, but with his day of birth; his family name alone still finds him, and a
    # given name the list gives alone (QDi.319's "Hassan") still meets it
    note = _capped(un, "Martin", "CFi.013", "given_name_only", "1965-10-05")
    assert "given name alone" in note
    assert _hit(un, Query("Thomas"), "CDi.007") == 0.7  # THOMAS LUBANGA
    # a title or an initial says more: HAJI MUHAMMAD ASHRAF (QDi.265), EMRAAN ALI (QDi.430)
    assert _hit(un, Query("Haji Ashraf"), "QDi.265") >= DEFAULT_THRESHOLD
    assert _hit(un, Query("E. Ali"), "QDi.430") >= DEFAULT_THRESHOLD
    assert _hit(un, Query("Al Thomas"), "CDi.007") == 0.7  # a particle says nothing more
    # ... and a listed given name with a title is more than the name alone (QDi.325's
    # alias Hajj Ibrahim)
    assert _hit(un, Query("Ibrahim"), "QDi.325") == 0.7
    assert _hit(un, Query("Hajj Ibrahim"), "QDi.325") == 1.0
    assert _hit(un, Query("Lubanga"), "CDi.007") >= DEFAULT_THRESHOLD
    assert _hit(un, Query("Hassan"), "QDi.319") == 1.0
    assert _hit(un, Query("Martin Koumtamadji"), "CFi.013") == 1.0


def test_one_edit_is_a_typo_of_a_persons_one_word_name_of_six_letters_or_more(
    un: Screener,
) -> None:
    # QDi.369's alias Rayhanah typed wrong is found; a family name alone one edit from a
    # five-letter nickname is most often another name (QDi.294's Pa'tek, CDi.030's Romeo)
    assert _hit(un, Query("Rayhanat"), "QDi.369") >= DEFAULT_THRESHOLD
    assert _hit(un, Query("Patel"), "QDi.294") < DEFAULT_THRESHOLD
    assert _hit(un, Query("Romero"), "CDi.030") < DEFAULT_THRESHOLD
    assert compare("Fenikw LLC", "FENIKS").match  # a firm's name of five letters still is


@pytest.mark.parametrize(
    ("text", "written_out"),
    [
        ("(주) 고려", "고려 주식회사"),
        ("㈜고려", "고려 주식회사"),
        ("주식회사 고려", "고려 주식회사"),
        ("고려 (주)", "고려 주식회사"),
        ("(유) 하나", "하나 유한회사"),
        ("(재) 고려", "고려 재단법인"),
        ("고려 주식회사", "고려 주식회사"),
        ("Kim (Ju) Ltd", "Kim (Ju) Ltd"),
    ],
)
def test_a_korean_firms_legal_form_is_written_out_after_its_name(
    text: str, written_out: str
) -> None:
    assert korean_forms_written_out(text) == written_out


def test_a_korean_firms_abbreviated_legal_form_is_read_not_dropped(un: Screener) -> None:
    # "(주) 고려" is Koryo Co., Ltd.: read as a remark, the (주) left "고려" (Koryo) alone,
    # the own word of KORYO BANK (KPe.045), which it then met at 1.0
    assert query_names("(주) 고려")[0] == "고려 주식회사"
    assert query_names("(주) 고려; 삼성")[:2] == ["고려 주식회사", "삼성"]  # each name its own
    assert analyze(query_names("(주) 고려")[0]).canon == ("ko", "yo", "co", "ltd")  # 려 ryo: 여 yo
    assert _hit(un, Query("(주) 고려"), "KPe.045") < 1.0


def test_a_name_given_both_weak_and_strong_is_strong() -> None:
    from unsc.sanctions import Entity, Name, NameKind, Schema

    def entity(ref: str, *names: Name) -> Entity:
        return Entity(
            dataset="t", ref=ref, schema=Schema.PERSON, name=names[0].full, names=list(names)
        )

    screener = Screener(
        [
            entity("A", Name("Karim Benali"), Name("Hassan", NameKind.ALIAS_LOW)),
            entity(
                "B",
                Name("Omar Toure"),
                Name("Hassan", NameKind.ALIAS_LOW),
                Name("HASSAN", NameKind.ALIAS_GOOD),
            ),
            entity("C", Name("Ali Kone"), Name("Booyah", NameKind.ALIAS_LOW)),
        ]
    )
    scores = {h.ref: h.score for h in screener.screen(Query("Hassan"), threshold=0.0)}
    assert scores == {"A": 0.7, "B": 1.0}
    assert screener.screen(Query("Booyah"))[0].score == 1.0


def test_an_organisation_is_also_found_by_the_name_it_gives_in_quotes() -> None:
    from unsc.sanctions import load_list

    wanted = {"22543", "20201", "33897"}  # WAGNER, ZVEZDOCHKA, SPUTNIK (OFAC SDN)
    screener = Screener([e for e in load_list("ofac_sdn").entities if e.ref in wanted])
    for query, ref in [("Wagner Group", "22543"), ("Zvezdochka", "20201"), ("Sputnik", "33897")]:
        hit = screener.screen(Query(query), limit=1)[0]
        assert hit.ref == ref and hit.score >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("name", "quoted"),
    [
        ("PRIVATE MILITARY COMPANY 'WAGNER'", "WAGNER"),
        ("АО «Концерн Калашников»", "Концерн Калашников"),
        ('OOO "ROMASHKA"', "ROMASHKA"),
        ("ABU 'ABD AL-'AZIZ", None),  # an ayn and a hamza, not quotes
        ("Haytham 'Ali TABATABA'I", None),
        ("'FUPI'", None),  # a whole name in quotes is the name
        ("X '123'", None),
    ],
)
def test_quoted_name(name: str, quoted: str | None) -> None:
    assert quoted_name(name) == quoted


@pytest.mark.parametrize(("query", "ref"), [("천마산호", "23729"), ("무두봉호", "17092")])
def test_a_korean_ships_name_is_found_without_its_suffix(
    ofac_dprk: Screener, query: str, ref: str
) -> None:
    # 호 ends a Korean ship's name; the lists' romanisations leave it out (CHON MA SAN,
    # MU DU BONG). Read so for a vessel only: 김창호 is Kim Chang Ho, not KIM CHANG.
    hits = ofac_dprk.screen(Query(query, schema="Vessel"), limit=1)
    assert hits and hits[0].ref == ref and hits[0].match
    assert not compare("김창호", "KIM CHANG", schema="Person").match


@pytest.mark.parametrize(
    "query",
    [
        "MV CHONG CHON GANG",  # a vessel's prefix names a vessel, not a firm (was no hit)
        "M/V CHONG CHON GANG",
        "CHONG CHON GANG IMO 7937317",  # an IMO number after the name: also an identifier
        "M/V CHONG CHON GANG, IMO No. 7937317",
    ],
)
def test_a_vessels_prefix_and_number_in_the_query_find_it(ofac_dprk: Screener, query: str) -> None:
    hit = ofac_dprk.screen(Query(query), limit=1)[0]
    assert (hit.ref, hit.score) == ("17069", 1.0)
    assert "schema" not in hit.explanation["features"]


def test_an_imo_number_alone_after_another_name_finds_the_vessel(ofac_dprk: Screener) -> None:
    hit = ofac_dprk.screen(Query("SOME OTHER NAME IMO 7937317"), limit=1)[0]
    assert hit.ref == "17069" and hit.match
    detail = hit.explanation["features"]["identifier"]["detail"]
    assert detail.startswith("same: given 7937317, listed") and "7937317" in detail[28:]


def test_compare_says_which_name_it_cannot_read() -> None:
    found = compare("វ៉្លាឌីមៀរ ពូទីន", "Vladimir Putin")  # ICU has no Khmer romanisation
    assert found.score == 0.0
    assert found.explanation["features"]["name"]["detail"]["unread_script"] == {"query": "Khmer"}
    assert "unread_script" not in compare("!!!", "Putin").explanation["features"]["name"]["detail"]


@pytest.mark.parametrize("place", ["Pakistan", "Kenya", "Tanzania", "Hong Kong", "Comoros"])
def test_a_place_alone_is_no_listed_party(un: Screener, place: str) -> None:
    # the UN list writes where four al-Haramain branches are in parentheses; an address field
    # giving the country met them at 1.0
    assert [h.name for h in un.screen(Query(place))] == []


def test_a_body_named_with_another_place_ranks_after_its_own(un: Screener) -> None:
    hits = un.screen(Query("Al Haramain Foundation Ethiopia"), limit=3)
    assert hits[0].ref == "QDe.113"  # AL-HARAMAIN: ETHIOPIA BRANCH
    pakistan = _hit(un, Query("Al Haramain Foundation Ethiopia"), "QDe.104")
    assert pakistan < 0.8 <= _hit(un, Query("Al Haramain Foundation Pakistan"), "QDe.104")
