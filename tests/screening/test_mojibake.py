"""Names garbled by a wrong decoding are read as the names they were."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unsc.screening import compare
from unsc.screening.mojibake import repaired
from unsc.screening.namefields import query_names

# letters of names in Latin (with diacritics), Cyrillic and Arabic; none of them the
# characters a wrong decoding makes
_LETTERS = "abcdefghijklmnopqrstuvwxyzéèüöñçáíóúłşğАБВГДЕЖЗИКЛМНОПРСТУвладимрпутнعليمحدسن "


@given(st.text(alphabet=_LETTERS, min_size=1, max_size=30))
def test_a_name_garbled_as_windows_1252_is_repaired(name: str) -> None:
    garbled = name.encode("utf-8").decode("cp1252", errors="ignore")
    if garbled.encode("cp1252", errors="ignore").decode("utf-8", errors="ignore") == name:
        assert repaired(garbled) == name


@given(st.text(alphabet=_LETTERS, max_size=30))
def test_a_clean_name_is_left_alone(name: str) -> None:
    assert repaired(name) == name


@pytest.mark.parametrize(
    ("garbled", "name"),
    [
        ("JosÃ© GarcÃ\u00ada", "José García"),  # 0.50 before
        ("GÃ¼lnara KarimovÃ¡", "Gulnara Karimova"),  # 0.40
        ("Ð’Ð»Ð°Ð´Ð¸Ð¼Ð¸Ñ€ ÐŸÑƒÑ‚Ð¸Ð½", "Vladimir Putin"),  # 0.0
        ("Ø¹Ù„ÙŠ Ø­Ø³Ù†", "Ali Hassan"),  # 0.0
        ("MÃ¼ller GmbH", "MULLER GMBH"),
        ("Recep Tayyip ErdoÄŸan", "Recep Tayyip Erdogan"),  # ftfy leaves these two
        ("Ahmet ÅžimÅŸek", "Ahmet Simsek"),
    ],
)
def test_a_garbled_name_meets_its_own(garbled: str, name: str) -> None:
    assert compare(garbled, name).score >= 0.95
    assert compare(name, garbled).score >= 0.95


def test_a_query_is_read_repaired() -> None:
    assert query_names("MuÃ±oz") == ["Muñoz"]
    assert query_names("Muñoz") == ["Muñoz"]
