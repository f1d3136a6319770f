"""The public API of unsc.sanctions: every name in __all__ resolves, and nothing is missing."""

from __future__ import annotations

import unsc.sanctions as sanctions


def test_all_names_resolve() -> None:
    for name in sanctions.__all__:
        assert getattr(sanctions, name) is not None, name


def test_contract_names_are_exported() -> None:
    contract = {
        "parse_un_xml", "parse_ofac_csv", "load_list", "ListSnapshot", "Store", "ImportResult",
        "VersionInfo", "Delta", "Amendment", "regimes", "regime", "measures_for",
        "AppliedMeasure", "to_ftm", "export_ftm", "export_csv", "Entity",
    }  # fmt: skip
    assert contract <= set(sanctions.__all__)
    assert sorted(sanctions.__all__, key=lambda n: (n[0].islower(), n)) == sanctions.__all__
