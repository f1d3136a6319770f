"""Chinese names written in Hangul, read back in Pinyin."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unsc import datafiles
from unsc.screening import Screener, compare
from unsc.screening.hangul_chinese import MAX_READINGS, chinese_hangul
from unsc.screening.screener import Query

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("hangul", "readings"),
    [
        ("시진핑", ["xi jin ping"]),
        ("마오쩌둥", ["mao ze dong"]),  # 마오: one Chinese syllable of two Hangul ones
        ("리팡웨이", ["li fang wei", "li pang wei"]),  # ㅍ is f and p
        ("장쩌민", ["zhang ze min", "jiang ze min"]),  # ㅈ before a is zh and j
        ("단둥훙샹", ["dan dong hong xiang"]),
        ("저우언라이", ["zhou en lai"]),
        ("후진타오", ["hu jin tao"]),  # all Sino-Korean syllables, but a foreign word's length
    ],
)
def test_a_chinese_name_in_hangul_reads_as_pinyin(hangul: str, readings: list[str]) -> None:
    assert chinese_hangul(hangul) == readings


@pytest.mark.parametrize(
    "korean",
    ["김정은", "리수용", "이춘자", "강중수", "허", "남궁민수", "왕이", "Xi Jinping", "드미트리"],
)
def test_a_korean_name_or_another_text_is_not_read_so(korean: str) -> None:
    assert chinese_hangul(korean) == []


@given(st.text(alphabet="가나다라마바사아자차카타파하장쩌민핑웨이 ", max_size=12))
def test_readings_are_few_and_in_latin_letters(text: str) -> None:
    readings = chinese_hangul(text)
    assert len(readings) <= MAX_READINGS
    assert all(r.replace(" ", "").isascii() and r.replace(" ", "").isalpha() for r in readings)


def test_the_shipped_table_is_the_builders() -> None:
    spec = importlib.util.spec_from_file_location(
        "build_hangul_chinese", ROOT / "scripts" / "build_hangul_chinese.py"
    )
    assert spec is not None and spec.loader is not None
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    shipped = datafiles.load_yaml("screening/hangul_chinese.yaml")["hangul_pinyin"]
    assert shipped == builder.build()
    assert builder.hangul("xue") == "쉐" and builder.hangul("jia") == "자"  # ü; y dropped


def test_chinese_persons_of_the_ofac_list_written_in_hangul_are_found() -> None:
    screener = Screener.from_list("ofac_sdn")
    # LI Fangwei (Karl Lee), MA Xiaohong (Dandong Hongxiang), as Korean writes them
    for hangul, name in (("리팡웨이", "Fangwei LI"), ("마샤오훙", "Xiaohong MA")):
        (hit,) = screener.screen(Query(name=hangul), limit=1)
        assert (hit.name, hit.score) == (name, 1.0)
    assert compare("시진핑", "Xi Jinping").match
