"""The words files and forms give a kind of entry."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unsc.errors import InvalidInput
from unsc.sanctions.model import Schema, read_schema
from unsc.screening.features import schema_kind


@pytest.mark.parametrize(
    ("word", "schema"),
    [
        ("Individual", Schema.PERSON),  # the UN's and OFAC's word
        ("natural person", Schema.PERSON),
        ("Legal Entity", Schema.ORGANIZATION),
        ("legal_person", Schema.ORGANIZATION),
        ("Company", Schema.ORGANIZATION),
        ("Ship", Schema.VESSEL),
        ("aeroplane", Schema.AIRCRAFT),
    ],
)
def test_a_customer_files_word_names_a_kind(word: str, schema: Schema) -> None:
    assert read_schema(word) == schema


def test_a_query_of_a_kind_in_other_words() -> None:
    assert schema_kind("Individual") == "person"  # refused before
    assert schema_kind("Ship") == "vessel"
    assert schema_kind("  ") is None
    with pytest.raises(InvalidInput, match="not one of"):
        schema_kind("Security")


@given(st.sampled_from(list(Schema)), st.sampled_from(["", " ", "_", "-"]), st.booleans())
def test_every_schema_reads_as_itself(schema: Schema, gap: str, upper: bool) -> None:
    word = (str(schema).upper() if upper else str(schema)) + gap
    assert read_schema(word) == schema
