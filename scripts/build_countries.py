"""Regenerate ``src/unsc/data/screening/countries.yaml``: the name and full name of every
country in rigour's territories, normalised as unsc normalises names ("Democratic People's
Republic of Korea" -> "democratic peoples republic of korea"), and the places that are no
country (:func:`place_lines`). Shipped so that screening reads a small table instead of
importing rigour's territories (half a second) in every process that screens a name."""

from __future__ import annotations

from pathlib import Path

from rigour.territories import get_territories

from unsc.screening.nicknames import given_names
from unsc.screening.normalize import normalize_text

OUT = Path(__file__).resolve().parents[1] / "src/unsc/data/screening/countries.yaml"
HEADER = (
    "# The name and full name of every country in rigour's territories, normalised as names\n"
    "# are, and (places) its other territories and places written in Latin letters, of five\n"
    "# letters or more and no English given name (Moscow, Dubai, not Victoria):\n"
    "# unsc.screening.countries reads them. Made by scripts/build_countries.py.\n"
)
SUPRANATIONAL = "Supranational"  # rigour's region of the territories that are no place
PLACE_MIN_LETTERS = 5  # shorter places are abbreviations (Beds, Ches) or words (Here, Male)


def country_lines() -> str:
    """The file's text: the header and the sorted names, one per line."""
    names = sorted(
        {
            normalize_text(name)[0]
            for territory in get_territories()
            if territory.is_country
            for name in (territory.name, territory.full_name)
            if name
        }
    )
    return (
        HEADER
        + "names:\n"
        + "".join(f'  - "{name}"\n' for name in names)
        + "places:\n"
        + "".join(f'  - "{place}"\n' for place in place_lines(set(names)))
    )


def place_lines(countries: set[str]) -> list[str]:
    """The territories that are no country and the places rigour's territories give (a
    capital, a city, a free zone; not the supranational ones), normalised, sorted: those
    written in Latin letters (a Han city's name in Pinyin is also a person's, 长春
    Changchun), of :data:`PLACE_MIN_LETTERS` letters or more, and neither a country nor an
    English given name (Victoria, Georgia, Hamilton)."""
    given = given_names()
    found: set[str] = set()
    for territory in get_territories():
        if territory.region == SUPRANATIONAL:  # the UN, the EU, "Global", "Cyberspace"
            continue
        names = [territory.name, territory.full_name] if not territory.is_country else []
        for written in [*names, *(territory.places or [])]:
            if not written or not all(c.isascii() or not c.isalpha() for c in written):
                continue
            name = normalize_text(written)[0]
            letters = sum(c.isalpha() for c in name)
            if letters >= PLACE_MIN_LETTERS and name not in countries and name not in given:
                found.add(name)
    return sorted(found)


def main() -> None:
    text = country_lines()
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT}: {text.count(chr(10))} lines")


if __name__ == "__main__":
    main()
