"""Screeners over the real lists, built once per test session."""

from __future__ import annotations

import pytest

from unsc.sanctions import load_list
from unsc.screening import Screener


@pytest.fixture(scope="session")
def un() -> Screener:
    """The screener of the shipped (newest) UN Consolidated List."""
    return Screener.from_list("un_sc")


@pytest.fixture(scope="session")
def ofac_dprk() -> Screener:
    """A screener over the real OFAC SDN entries of the DPRK and Cuba programmes (a subset:
    the whole list takes seconds to index, and these entries are what the tests need)."""
    entities = [
        e
        for e in load_list("ofac_sdn").entities
        if any(p.startswith(("DPRK", "CUBA")) for p in e.programs)
    ]
    return Screener(entities)
