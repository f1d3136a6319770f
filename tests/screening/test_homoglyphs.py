"""Cyrillic and Greek look-alike letters inside Latin words are read as the Latin letters."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from unsc.screening import Query, Screener, analyze
from unsc.screening.homoglyphs import latin_look_alike, latin_look_alikes

# Latin letters and a Cyrillic or Greek letter that looks the same
LOOK_ALIKES = {
    "a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у",
    "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О",
    "P": "Р", "T": "Т", "X": "Х", "I": "І", "N": "Ν",
}  # fmt: skip


def test_the_table_of_look_alikes() -> None:
    for latin, other in LOOK_ALIKES.items():
        assert latin_look_alike(other) == latin, other
    assert latin_look_alike("ж") is None  # no Latin letter looks like it


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.text(alphabet="aceopxyACEHKMOPTXIN" + "bdfgrstuvw", min_size=2, max_size=8),
        min_size=1,
        max_size=4,
    ),
    st.data(),
)
def test_a_look_alike_in_a_latin_word_changes_no_part(
    words: list[str], data: st.DataObject
) -> None:
    spoofed = []
    for word in words:  # one letter of each word swapped: the word mixes the two scripts
        swappable = [i for i, ch in enumerate(word) if ch in LOOK_ALIKES]
        if swappable:
            at = data.draw(st.sampled_from(swappable))
            word = word[:at] + LOOK_ALIKES[word[at]] + word[at + 1 :]
        spoofed.append(word)
    assert analyze(" ".join(spoofed)).tokens == analyze(" ".join(words)).tokens


def test_words_wholly_in_cyrillic_or_greek_are_transliterated() -> None:
    assert latin_look_alikes("Владимир Путин") == "Владимир Путин"
    assert analyze("Vladimir Путин").tokens == ("vladimir", "putin")
    assert analyze("ΑΛΕΞΑΝΔΡΟΣ").tokens == analyze("Αλέξανδρος").tokens


def test_a_spoofed_listed_name_is_found(un: Screener) -> None:
    for spoofed, ref in [
        ("JОSЕРН KОNY", "CFi.009"),  # Cyrillic О, Е, Р, Н
        ("Аіman al-Zawahiri", "QDi.006"),  # Cyrillic А, і
    ]:
        hits = un.screen(Query(spoofed), limit=1)
        assert hits and hits[0].ref == ref and hits[0].score >= 0.95, spoofed
