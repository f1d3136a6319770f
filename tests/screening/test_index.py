"""The retrieval index: keys one edit away (symmetric deletion), on real names."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from unsc.sanctions import load_list
from unsc.sanctions.model import Entity, Schema
from unsc.screening import Query, Screener, analyze
from unsc.screening.index import MAX_CANDIDATES, NEAR_MAX_LENGTH, NEAR_MIN_LENGTH, NameIndex
from unsc.screening.keys import phonetic


def _index(*names: str) -> NameIndex:
    forms = [analyze(n) for n in names]
    return NameIndex(forms, list(range(len(forms))))


def _retrieved(index: NameIndex, query: str) -> list[str]:
    form = analyze(query)
    cands, _ = index.candidates(form, index.weights(form))
    return [index.forms[n].text for n in cands.tolist()]


def _best_without_the_name(un: Screener, ref: str, query: str) -> list[str]:
    """The best hit's reference when ``query``, one of entry ``ref``'s names, is screened
    against the UN list without that name (the entry's other names kept)."""
    entity = next(e for e in un.entities if e.ref == ref)
    kept = replace(entity, names=[n for n in entity.names if n.full != query])
    others = [e for e in un.entities if e.ref != ref]
    return [h.ref for h in Screener([*others, kept]).screen(Query(query), limit=1)]


def test_one_letter_variants_of_real_names_are_retrieved() -> None:
    # Aliases of the UN list that share no spelling or skeleton key with the other names of
    # their entry: CDi.018 Mutebusi / MUTEBUTSI, QDi.129 Damel / DJAMEL.
    index = _index("JULES MUTEBUTSI", "DJAMEL MOUSTFA", "HAMIDAH NABAGALA")
    assert "JULES MUTEBUTSI" in _retrieved(index, "Jules Mutebusi")
    assert "DJAMEL MOUSTFA" in _retrieved(index, "Damel Mostafa")
    assert "HAMIDAH NABAGALA" in _retrieved(index, "Hamida Nabaggaka")


def test_short_keys_do_not_reach_their_neighbours() -> None:
    # Korean syllables one letter apart are different names ("Kang", "Jang").
    index = _index("JANG SONG THAEK")
    assert index.near_keys(phonetic("kang")) == set()
    assert _retrieved(index, "Kang Song") == []


def test_keys_up_to_the_longest_meet_one_edit_away_and_longer_ones_cost_nothing() -> None:
    # A key's deletions take the square of its length: a pasted paragraph of 100,000 letters
    # would take 10 GB. Keys up to NEAR_MAX_LENGTH are filed; a query key one letter longer
    # still meets them; a longer one can meet none and is not taken apart.
    longest = "bdfklmnrstz" * 4
    key = phonetic(longest[:NEAR_MAX_LENGTH])
    assert len(key) == NEAR_MAX_LENGTH
    index = _index(longest[:NEAR_MAX_LENGTH], "Jules Mutebutsi")
    assert key in index.near_keys(key + "a")
    assert key in index.near_keys(key[:-1] + "a")
    pasted = "qwertyuiop" * 10_000
    assert index.near_keys(pasted) == set()
    hits = Screener.from_list("un_sc").screen(Query(pasted), limit=1, threshold=0.0)
    assert hits == []


def test_a_real_list_screens_a_one_letter_variant() -> None:
    entity = Entity(dataset="t", ref="CDi.018", schema=Schema.PERSON, name="JULES MUTEBUTSI")
    hits = Screener([entity]).screen(Query("Jules Mutebusi"), limit=1, threshold=0.0)
    assert hits and hits[0].ref == "CDi.018" and hits[0].score >= 0.8


_LETTERS = st.text(alphabet="abdefgiklmnorstuz", min_size=NEAR_MIN_LENGTH, max_size=12)


@settings(max_examples=200, deadline=None)
@given(word=_LETTERS, at=st.integers(min_value=0), letter=st.sampled_from("bdfklmnrstz"))
def test_near_keys_find_every_key_one_edit_away(word: str, at: int, letter: str) -> None:
    form = analyze(word)
    if len(form.canon) != 1:  # the analyser split it ("al" + "baba")
        return
    key = phonetic(form.canon[0])
    if len(key) < NEAR_MIN_LENGTH + 1:
        return
    i = at % len(key)
    variants = {
        key[:i] + key[i + 1 :],  # a letter left out
        key[:i] + letter + key[i + 1 :],  # a letter replaced
        key[:i] + letter + key[i:],  # a letter added
    }
    index = _index(word)
    for variant in variants - {key}:
        if len(variant) >= NEAR_MIN_LENGTH:
            assert key in index.near_keys(variant), (key, variant)


def test_ties_go_to_names_of_the_querys_length_without_particles() -> None:
    # QDi.057's alias "'Abd al-Rahman" among many names sharing both parts of "Abdul Rahman"
    # (more than the candidates kept): its particle does not make it longer than the query.
    others = [f"Abdul Rahman {chr(97 + i // 26)}{chr(97 + i % 26)}zaki" for i in range(120)]
    index = _index(*others, "'Abd al-Rahman")
    assert "'Abd al-Rahman" in _retrieved(index, "Abdul Rahman")


def test_an_arabic_part_written_without_its_space_is_retrieved(un: Screener) -> None:
    # QDi.042 as the list writes it in the script: "ظاهرعويس", no space after the ر (which
    # does not join the next letter, so the space does not show). Many Hassans share the
    # common part; the joined one is found cut in two, and scores as the two it joins.
    query = "حسن ظاهرعويس"
    assert _best_without_the_name(un, "QDi.042", query) == ["QDi.042"]
    assert _retrieved(_index("HASSAN DAHIR AWEYS", "HASSAN ALI"), query)[0] == "HASSAN DAHIR AWEYS"


def test_a_misspelt_part_does_not_hide_the_listed_name(un: Screener) -> None:
    # One letter typed wrong in a name of two parts (UN list): the misspelt part shares no
    # key, so the name shares only the other part. "Joeph" is in no name: it counts half
    # of its weight; "Kosufa" shares keys with other names: Koufa is kept as spelt closest.
    for query, ref in (("JOEPH KONY", "CFi.009"), ("AMADOU KOsUFA", "QDi.425")):
        hits = un.screen(Query(query), limit=1)
        assert [h.ref for h in hits] == [ref], query


def test_a_name_sharing_all_its_parts_is_not_lost_among_names_sharing_joined_runs() -> None:
    # OFAC SDN lists a fleet of vessels "FU YUAN YU <number>": every one of them shares the
    # query's parts and their joined runs ("fuyuan", "yuanyu"), which once lifted them all to
    # the whole query's share, and the named vessel was lost among the ties.
    fleet = sorted(
        {e.name for e in load_list("ofac_sdn").entities if e.name.startswith("FU YUAN YU")}
    )
    assert len(fleet) > MAX_CANDIDATES
    index = _index(*fleet)
    for name in (fleet[0], fleet[-1], fleet[len(fleet) // 2]):
        assert name in _retrieved(index, name.lower())


def test_a_name_run_together_is_found_by_its_joined_run(un: Screener) -> None:
    # CFi.004 ALFRED YEKATOM typed without the space reads "al fredyekatom": the particle is
    # not looked up and "fredyekatom" is in no name, but the two joined are the listed
    # name's joined run.
    hits = un.screen(Query("ALFREDYEKATOM"), limit=1)
    assert [h.ref for h in hits] == ["CFi.004"]


def test_a_run_read_from_the_arabic_script_finds_its_reading(un: Screener) -> None:
    # QDi.431's name in Urdu script, left out of the list: "ثناء اللہ" reads "thna allah",
    # and tha is also read s: the run's skeleton is SANAULLAH's.
    assert _best_without_the_name(un, "QDi.431", "ثناء اللہ غفاری") == ["QDi.431"]


def test_among_names_sharing_all_of_a_query_those_spelt_as_it_is_are_kept() -> None:
    """More names of the query's length share all of it than the index keeps ("Abdallah
    Ali" holds "Abd Allah" as one word): the cut among equals goes by spelling, not by
    chance, and keeps the name written as the query is."""
    given = ["Ali", "Omar", "Hasan", "Yusuf", "Karim", "Nabil", "Samir", "Tariq", "Walid"]
    family = ["Ahmadi", "Bakri", "Daoud", "Farouk", "Hakimi", "Jaber", "Khalil", "Mansour"]
    names = [f"Abdallah {g}{f}" for g in given for f in family]
    for position in (0, len(names) // 2, len(names)):
        index = _index(*names[:position], "Abd Allah", *names[position:])
        assert len(names) > MAX_CANDIDATES
        assert "Abd Allah" in _retrieved(index, "Abd Allah")


def test_a_misspelt_part_beside_a_common_one_finds_its_name_among_hundreds() -> None:
    """A query's misspelt part shares no key ("Rouqi"), its other part hundreds of names'
    ("Mohamed": 578 of OFAC's names): the names spelt closest are looked for among all that
    share it, not among an arbitrary few hundred (OFAC's 27153, Mohammed Rougi)."""
    onsets, vowels = ["b", "d", "f", "k", "l", "m", "n", "s", "t", "z"], ["a", "e", "i", "o"]
    family = [f"{a}{v}{b}{w}r" for a in onsets for v in vowels for b in onsets for w in "au"]
    names = [f"Mohamed {f.capitalize()}" for f in family[:700]]
    for position in (0, len(names) // 2, len(names)):
        index = _index(*names[:position], "Mohamed Rougi", *names[position:])
        assert "Mohamed Rougi" in _retrieved(index, "Mohamed Rouqi"), position
