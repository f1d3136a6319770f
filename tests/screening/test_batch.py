"""Reading query files: the delimiter a header line shows."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from unsc.screening.batch import DELIMITERS, csv_delimiter

_COLUMN = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_ ", min_size=1, max_size=12)


@given(columns=st.lists(_COLUMN, min_size=2, max_size=8), delimiter=st.sampled_from(DELIMITERS))
def test_the_header_shows_the_delimiter(columns: list[str], delimiter: str) -> None:
    assert csv_delimiter(delimiter.join(columns) + "\r\n") == delimiter


def test_a_one_column_file_is_comma_separated() -> None:
    assert csv_delimiter("name\n") == ","
    assert csv_delimiter("") == ","
