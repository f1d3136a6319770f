"""Japanese names in kanji, read by the Latin spellings at hand."""

from __future__ import annotations

import bz2
import gzip
import importlib.util
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unsc import datafiles
from unsc.screening import Screener, compare
from unsc.screening.japanese import MAX_NAMES, japanese_key, japanese_names, word_readings
from unsc.screening.screener import Query

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("spelling", "key"),
    [("Tarou", "taro"), ("Oono", "ono"), ("Satoh", "sato"), ("yuusuke", "yusuke"),
     ("shimbun", "shinbun"), ("Kato", "kato")],
)  # fmt: skip
def test_long_vowels_are_written_short(spelling: str, key: str) -> None:
    assert japanese_key(spelling) == key


def test_a_later_characters_first_consonant_may_be_voiced() -> None:
    assert {"yamada", "yamata"} <= word_readings("山田")  # rendaku
    assert "utagawa" in word_readings("歌川")
    assert word_readings("山田太郎花子") == frozenset()  # too long a word


@pytest.mark.parametrize(
    ("kanji", "latin"),
    [
        ("山田太郎", "Yamada Taro"),  # one word: cut after the family name
        ("加藤 潤也", "Junya Kato"),  # katou: Kato
        ("篠田建市", "Kenichi SHINODA"),  # OFAC's SDN (Yamaguchi-gumi)
        ("柴田是眞", "Shibata Zeshin"),
        ("安倍晋三", "Shinzo Abe"),  # names' own readings: 安 a, 倍 be (0.0 before)
        ("重信房子", "Fusako Shigenobu"),  # 重 shige
    ],
)
def test_a_japanese_name_in_kanji_matches_its_spelling(kanji: str, latin: str) -> None:
    assert compare(kanji, latin).match
    assert compare(latin, kanji).match


def test_a_reading_is_taken_only_from_one_name_that_spells_it_whole() -> None:
    spellings = {"yamada": ["yamada"], "taro": ["taro"]}

    def spelled(reading: str) -> list[str]:
        return spellings.get(japanese_key(reading), [])

    assert japanese_names("山田太郎", spelled) == ["yamada taro"]  # tarou: taro
    assert japanese_names("山田太郎", spelled, lambda parts: False) == []
    assert japanese_names("山田", spelled) == []  # a word alone
    assert japanese_names("Yamada", spelled) == []
    assert not compare("山田太郎", "Tanaka Hanako").match


@given(st.text(alphabet="山田太郎花子王李陳美華 ", max_size=8))
def test_readings_are_few(text: str) -> None:
    found = japanese_names(text, lambda key: [key])
    assert len(found) <= MAX_NAMES
    assert all(r.replace(" ", "").isascii() for r in found)


def test_names_own_readings_and_the_genitive_no() -> None:
    assert "shigeo" in word_readings("茂男")  # nanori: 茂 shige, 男 o
    assert "inoue" in word_readings("井上")  # i no ue
    assert compare("村田 顕弘", "Akihiro Murata").match  # 顕 aki


def test_japanese_persons_of_the_ofac_list_written_in_kanji_are_found() -> None:
    screener = Screener.from_list("ofac_sdn")
    for kanji, name in (
        ("篠田建市", "Kenichi SHINODA"),
        ("高山清司", "Kiyoshi TAKAYAMA"),
        ("西口茂男", "Shigeo NISHIGUCHI"),
        ("井上邦雄", "Kunio INOUE"),
    ):
        (hit,) = screener.screen(Query(name=kanji), limit=1)
        assert (hit.name, hit.score) == (name, 1.0)
    assert screener.screen(Query(name="葉志偉")) == []  # a Chinese name: no reading spelled whole


def test_the_shipped_table_is_the_builders_on_a_sample(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "build_japanese_readings", ROOT / "scripts" / "build_japanese_readings.py"
    )
    assert spec is not None and spec.loader is not None
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    (tmp_path / "Unihan_Readings.txt.bz2").write_bytes(
        bz2.compress(
            b"U+592A\tkJapaneseKun\tFUTOI HANAHADA FUTORU\nU+592A\tkJapaneseOn\tTA TAI\n"
            b"U+5C71\tkJapaneseKun\tYAMA\nU+5C71\tkJapaneseOn\tSAN SEN\n"
        )
    )
    lines = builder.build(tmp_path)
    assert lines == ["太\tfutoi futo hanahada futoru\tta tai", "山\tyama\tsan sen"]
    shipped = gzip.decompress(datafiles.read_bytes("screening/japanese_readings.tsv.gz"))
    assert all(line.encode() in shipped for line in lines)
