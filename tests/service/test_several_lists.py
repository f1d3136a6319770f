"""Screening several lists at once in the service: ``/match/un_sc,ofac_sdn``, ``all``, the
CSV job and the UI, each hit naming its own list."""

from __future__ import annotations


def test_a_company_on_both_lists_is_found_on_both() -> None:
    # The screener the service builds for un_sc,ofac_sdn: a company's run of words whose
    # blends no name of the large list has made an empty look-up, and the query raised.
    from unsc.screening import Query, Screener

    screener = Screener.from_list("un_sc,ofac_sdn")
    hits = screener.screen(Query("Korea Mining Development Trading Corporation"), limit=4)
    assert {(h.dataset, h.ref) for h in hits if h.score >= 0.99} == {
        ("un_sc", "KPe.001"),
        ("ofac_sdn", "9345"),
    }
