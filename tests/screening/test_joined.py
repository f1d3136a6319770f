"""Names written syllable by syllable or as one word: runs of two and three parts joined."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from unsc.sanctions.model import Entity, Schema
from unsc.screening import Query, Screener, analyze, compare
from unsc.screening.names import align, kind_weights
from unsc.screening.normalize import joined_runs


def test_korean_firms_written_apart_or_joined_match() -> None:
    # Real aliases of KPe.022 and KPe.004 (UN list): one word, or syllable by syllable.
    assert compare("Chong Chon Gang Shipping Co. Ltd.", "CHONGCHONGANG SHIPPING COMPANY").match
    assert compare("NAM CHON GANG CORPORATION", "NAMCHONGANG TRADING CORPORATION").score > 0.85
    assert compare("Namchongang Trading", "NAM CHON GANG TRADING").score == 1.0


def test_a_joined_listed_name_is_retrieved_and_screened() -> None:
    entity = Entity(
        dataset="t", ref="KPe.022", schema=Schema.ORGANIZATION, name="CHONGCHONGANG SHIPPING"
    )
    hits = Screener([entity]).screen(Query("Chong Chon Gang Shipping"), limit=1)
    assert [h.ref for h in hits] == ["KPe.022"]


def test_only_short_parts_join_by_three() -> None:
    assert (0, 1, 2) in joined_runs(analyze("Nam Chon Gang"))
    assert (0, 1, 2) not in joined_runs(analyze("Islamic State Iraq"))
    assert (0, 1) in joined_runs(analyze("Islamic State Iraq"))


_SYLLABLES = st.sampled_from(["nam", "chon", "gang", "kim", "jong", "un", "song", "il", "ri"])


@settings(max_examples=150, deadline=None)
@given(
    q=st.lists(_SYLLABLES, min_size=1, max_size=6), c=st.lists(_SYLLABLES, min_size=1, max_size=6)
)
def test_each_part_is_paired_at_most_once(q: list[str], c: list[str]) -> None:
    qf, cf = analyze(" ".join(q)), analyze(" ".join(c))
    result = align(qf, cf, kind_weights(qf), kind_weights(cf), explain=True)
    query_parts = sum(len(p["query"].split()) for p in result.pairs if p["query"] is not None)
    listed_parts = sum(
        len(p["candidate"].split()) for p in result.pairs if p["candidate"] is not None
    )
    assert query_parts == len(qf.tokens) and listed_parts == len(cf.tokens)
    assert 0.0 <= result.score <= 1.0


def test_hangul_syllables_are_whole_and_the_family_name_counts() -> None:
    # Generated common names that scored as listed DPRK names: the given-name syllables
    # read together ("mi yong" / "myong"), or agreeing without the family name.
    assert compare("서미영", "Myong SO").score < 0.8
    assert compare("이유진", "RYU JIN").score < 0.8
    assert compare("이유진", "Ri Yu Jin").score == 1.0
    assert compare("최춘식", "CHOE CHUN-SIK").score == 1.0
    assert compare("김정은", "Kim Jong Un").score == 1.0
