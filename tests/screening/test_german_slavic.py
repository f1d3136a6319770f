"""Russian names as German transcription writes them, against OFAC's English spellings."""

from __future__ import annotations

import pytest

from unsc.screening import compare
from unsc.screening.german_slavic import german_slavic_reading


@pytest.mark.parametrize(
    ("listed", "german"),
    [
        ("Yevgeniy Viktorovich PRIGOZHIN", "Jewgeni Prigoschin"),
        ("Gennady Nikolayevich TIMCHENKO", "Gennadi Timtschenko"),
        ("Nikita Aleksandrovich ZAKHAROV", "Nikita Aleksandrowitsch Sacharow"),
        ("Dmitry Vadimovich KUZNETSOV", "Dmitri Wadimowitsch Kusnezow"),
        ("Anatoly Ivanovich LISITSYN", "Anatoli Iwanowitsch Lissizyn"),
        ("Tatyana Ivanovna DYAKONOVA", "Tatjana Iwanowna Djakonowa"),
        ("Oleg Vladimirovich TSEPKIN", "Oleg Wladimirowitsch Zepkin"),
    ],
)
def test_a_russian_name_in_german_transcription_matches(listed: str, german: str) -> None:
    assert compare(german, listed, schema="Person").match


def test_the_reading_is_for_slavic_names_with_german_letters() -> None:
    assert german_slavic_reading("Boris Jelzin") == "boris yeltsin"
    assert german_slavic_reading("Michail Chodorkowski") == "mikhail khodorkovski"
    assert german_slavic_reading("Juri Kasakow") == "yuri kazakov"  # s between vowels: з
    assert german_slavic_reading("Hussain Yassin") is None  # ss: Arabic names have it too
    assert german_slavic_reading("Martin Schulz") is None  # no Slavic ending with German letters
    assert german_slavic_reading("Ivan Ivanov") is None  # English already
    assert german_slavic_reading("Jalaluddin Haqqani") is None  # an Arabic -din
