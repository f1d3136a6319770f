"""The name in a field of a payment message or a form."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unsc.screening import Screener
from unsc.screening.message_fields import MAX_FIELD, message_names
from unsc.screening.screener import Query


@pytest.mark.parametrize(
    ("field", "names"),
    [
        # SWIFT's structured party field (50F, 59F): 1/ the name, run on; the rest left
        ("1/JOSEPH KONY 2/KAMPALA 3/UG/KAMPALA", ["JOSEPH KONY"]),
        (
            "/DE89370400440532013000\n1/KOREA MINING DEVELOPMENT\n1/TRADING CORPORATION\n"
            "2/PYONGYANG\n3/KP/PYONGYANG",
            ["KOREA MINING DEVELOPMENT TRADING CORPORATION"],
        ),
        # the free party field (50K, 59): an account line, the name, the address
        ("/123456789\nJOSEPH KONY\nKAMPALA UGANDA", ["JOSEPH KONY", "JOSEPH KONY KAMPALA UGANDA"]),
        ("/123456789 JOSEPH KONY", ["/123456789 JOSEPH KONY", "JOSEPH KONY"]),
        ("Beneficiary: Joseph Kony", ["Beneficiary: Joseph Kony", "Joseph Kony"]),
        ("JOSEPH KONY ACC 123456789", ["JOSEPH KONY ACC 123456789", "JOSEPH KONY"]),
        ("JOSEPH KONY A/C NO. 1234-5678", ["JOSEPH KONY A/C NO. 1234-5678", "JOSEPH KONY"]),
        (
            "JOSEPH KONY DE89370400440532013000",
            ["JOSEPH KONY DE89370400440532013000", "JOSEPH KONY"],
        ),
        (
            "MR JOSEPH KONY PO BOX 123 KAMPALA",
            ["MR JOSEPH KONY PO BOX 123 KAMPALA", "MR JOSEPH KONY"],
        ),
        (
            "JOSEPH KONY, PLOT 12, KAMPALA ROAD, KAMPALA",
            ["JOSEPH KONY, PLOT 12, KAMPALA ROAD, KAMPALA", "JOSEPH KONY"],
        ),
        ("Joseph Kony <joseph@lra.org>", ["Joseph Kony"]),  # "org" is no legal form here
        # a number or a colon of a name's own stays
        ("Military Unit 26165", ["Military Unit 26165"]),
        ("BRANCH 235: PALESTINE BRANCH", ["BRANCH 235: PALESTINE BRANCH"]),
        ("ARGO I IMO 9187667", ["ARGO I IMO 9187667"]),
        ("KONY, Joseph, 12 Road", ["KONY, Joseph, 12 Road"]),  # a family name before a comma
        # a passenger as airline records give one: FAMILY/GIVEN, a title joined to it
        ("KONY/JOSEPHMR", ["KONY/JOSEPHMR", "JOSEPH KONY"]),
        ("AL-ZAWAHIRI/AYMANMR", ["AL-ZAWAHIRI/AYMANMR", "AYMAN AL-ZAWAHIRI"]),
        ("KONY/WILLIAMS", ["KONY/WILLIAMS", "WILLIAMS KONY"]),  # William's s, no Ms
        ("M/V ARGO", ["M/V ARGO"]),  # a vessel's prefix
        ("Hafiz Saeed s/o Kamal", ["Hafiz Saeed s/o Kamal"]),  # son of
        # a label before a dash, a payment's words before the payee, a reference after it,
        # an account before it
        ("Beneficiary - Joseph Kony", ["Beneficiary - Joseph Kony", "Joseph Kony"]),
        ("In favour of Joseph Kony", ["In favour of Joseph Kony", "Joseph Kony"]),
        (
            "Payment to Tanchon Commercial Bank ref 123/456",
            ["Payment to Tanchon Commercial Bank ref 123/456", "Tanchon Commercial Bank"],
        ),
        ("Joseph Kony Invoice No. A-1192", ["Joseph Kony Invoice No. A-1192", "Joseph Kony"]),
        (
            "IBAN DE89370400440532013000 Tanchon Commercial Bank",
            ["IBAN DE89370400440532013000 Tanchon Commercial Bank", "Tanchon Commercial Bank"],
        ),
        ("12345678 Joseph Kony", ["12345678 Joseph Kony", "Joseph Kony"]),
        (
            "Ordering customer: /12345678 Joseph Kony",
            ["Ordering customer: /12345678 Joseph Kony", "Joseph Kony"],
        ),
        # ... but not other words before a dash, which name a branch or a body's part
        ("ISIL - KHORASAN", ["ISIL - KHORASAN"]),
        ("Bank Melli Iran - London Branch", ["Bank Melli Iran - London Branch"]),
        ("Order of Lenin Plant 2", ["Order of Lenin Plant 2"]),
    ],
)
def test_the_name_is_read_out_of_a_field(field: str, names: list[str]) -> None:
    assert message_names(field) == names


def test_a_text_longer_than_a_field_is_screened_as_it_is() -> None:
    long = "x" * MAX_FIELD + "@lra.org: 1/JOSEPH KONY"
    assert message_names(long) == [long]
    # an e-mail address is found from a word's start (no search from inside every word)
    assert message_names("JOSEPH KONY joe.k+x@mail.lra.co.ug") == ["JOSEPH KONY"]


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzéüАБВعلي '-.", max_size=40))
def test_a_name_alone_is_its_own_field(name: str) -> None:
    assert message_names(name) == [name]


@pytest.mark.parametrize(
    "field",
    [
        "1/JOSEPH KONY 2/KAMPALA 3/UG/KAMPALA",  # no candidate before
        "/123456789\nJOSEPH KONY\nKAMPALA UGANDA",  # 0.63
        "JOSEPH KONY IBAN DE89370400440532013000",  # 0.68
        "MR JOSEPH KONY PO BOX 123 KAMPALA",  # no candidate
        "JOSEPH KONY, PLOT 12, KAMPALA ROAD, KAMPALA, UGANDA",  # no candidate
        "BENEFICIARY: JOSEPH KONY",  # 0.79
        "KONY/JOSEPHMR",  # 0.68
        "Beneficiary - Joseph Kony",  # 0.79 (2026-12-06)
        "Payment to Joseph Kony ref 2024/118",  # no candidate
        "Joseph Kony / Acme Trading Ltd",  # 0.49: a person and a firm
        "Joseph Kony; Acme Ltd",  # 0.70: the firm's Ltd made both names a firm's
        "JOSEPH KONY UGANDA",  # 0.79
    ],
)
def test_a_field_finds_the_listed_person(un: Screener, field: str) -> None:
    hits = un.screen(Query(field), limit=1)
    assert hits and hits[0].ref == "CFi.009" and hits[0].score == 1.0
