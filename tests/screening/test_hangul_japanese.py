"""Japanese names written in Hangul, read back in Hepburn."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unsc.screening import compare
from unsc.screening.hangul_japanese import MAX_READINGS, japanese_hangul


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("후쿠다 다케오", "fukuda takeo"),  # 후 fu, a plain 다 at the start ta, inside da
        ("마쓰모토 겐지", "matsumoto kenji"),  # 쓰 tsu
        ("고이즈미 준이치로", "koizumi junichiro"),  # 즈 zu, 치 chi
        ("핫토리 한조", "hattori hanzo"),  # a final ㅅ doubles the next consonant
        ("다나카 가쿠에이", "tanaka kakuei"),
        ("기시다 후미오", "kishida fumio"),  # 후 alone, in a name that looks foreign
    ],
)
def test_a_japanese_name_in_hangul_reads_as_hepburn_writes_it(text: str, first: str) -> None:
    readings = japanese_hangul(text)
    assert readings[0] == first
    assert len(readings) <= MAX_READINGS


@pytest.mark.parametrize(
    "text",
    [
        "아베 신조",  # all of its syllables a Korean name may have: read as Korean only
        "김정은",  # a final the table has not (ㅁ, ㅇ)
        "이지후",  # 후 in a Korean name (Faker's: 이지후, 한도윤)
        "한도윤",
        "드미트리 메드베데프",  # 드 is no kana's
        "Fukuda",
        "",
    ],
)
def test_names_not_read_as_japanese(text: str) -> None:
    assert japanese_hangul(text) == []


@given(st.text(alphabet="후쿠다케오핫토리김정 ", max_size=10))
def test_readings_are_latin(text: str) -> None:
    for reading in japanese_hangul(text):
        assert reading.isascii() and reading.replace(" ", "").isalpha()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("후쿠다 다케오", "Takeo Fukuda"),  # 0.78 before: hukuda / dakeo
        ("기시다 후미오", "Fumio Kishida"),
        ("마쓰모토 겐지", "Kenji Matsumoto"),
    ],
)
def test_japanese_names_in_hangul_match_their_latin_spelling(a: str, b: str) -> None:
    assert compare(a, b, schema="Person").match
