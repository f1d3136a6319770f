"""The collector is off while an index is built or loaded, and as it was after."""

from __future__ import annotations

import gc

import pytest

from unsc.sanctions import load_list
from unsc.screening import Screener
from unsc.screening.collector import collector_paused


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_off_inside_and_as_it_was_after(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        with collector_paused():
            assert not gc.isenabled()
        assert gc.isenabled() is enabled
        with pytest.raises(ValueError), collector_paused():
            raise ValueError  # ... also when the block fails
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_building_a_screener_leaves_the_collector_on() -> None:
    assert gc.isenabled()
    screener = Screener(list(load_list("un_sc").entities[:50]))
    assert gc.isenabled() and len(screener.entities) == 50
