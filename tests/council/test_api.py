"""The public API of unsc.council: every name in __all__ resolves, the contract is there."""

from __future__ import annotations

import doctest

import unsc.council as council
import unsc.council.power as power


def test_every_exported_name_resolves() -> None:
    for module in (council, power):
        for name in module.__all__:
            assert getattr(module, name) is not None, name
    contract = {"council_on", "president_of", "decide", "Ballot", "plot_vetoes", "check_record"}
    assert contract <= set(council.__all__)
    assert {"council_game", "power_indices", "eu_council_game"} <= set(power.__all__)


def test_docstring_examples() -> None:
    for module in (council, power):
        assert doctest.testmod(module).failed == 0
