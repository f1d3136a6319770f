"""The posting table: one array of name numbers, read as sorted lists per key."""

from __future__ import annotations

import pickle

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from unsc.screening.postings import PostingBuilder

_KEYS = st.sets(st.text(alphabet="abc~#", min_size=1, max_size=3), max_size=6)


@given(st.lists(_KEYS, max_size=30))
def test_each_key_lists_its_names_sorted_and_once(keys_of: list[set[str]]) -> None:
    builder = PostingBuilder()
    for n, keys in enumerate(keys_of):
        builder.add(n, keys)
    table = builder.table()
    expected = {k: [n for n, keys in enumerate(keys_of) if k in keys] for s in keys_of for k in s}
    assert sorted(table) == sorted(expected) and len(table) == len(expected)
    assert table.postings == sum(map(len, keys_of))
    for key, names in expected.items():
        assert key in table and table[key].tolist() == names
        assert table[key].dtype == np.int32
    assert "zz" not in table and table.get("zz") is None
    assert table.get("zz", np.zeros(0, np.int32)).tolist() == []


def test_a_posting_list_cannot_be_written_to() -> None:
    builder = PostingBuilder()
    builder.add(0, ["kim"])
    builder.add(3, ["kim", "ri"])
    names = builder.table()["kim"]
    with pytest.raises(ValueError, match="read-only"):
        names[0] = 7


def test_names_come_in_increasing_order() -> None:
    builder = PostingBuilder()
    builder.add(2, ["kim"])
    with pytest.raises(ValueError, match="increasing order"):
        builder.add(2, ["ri"])


def test_a_table_pickles_with_its_lists() -> None:
    builder = PostingBuilder()
    builder.add(0, ["kim", "jong"])
    builder.add(1, ["kim"])
    table = pickle.loads(pickle.dumps(builder.table()))
    assert table["kim"].tolist() == [0, 1] and table["jong"].tolist() == [0]
    assert not table["kim"].flags.writeable
