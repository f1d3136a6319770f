"""Regenerate ``src/unsc/data/screening/countries.yaml``: the name and full name of every
country in rigour's territories, normalised as unsc normalises names ("Democratic People's
Republic of Korea" -> "democratic peoples republic of korea"). Shipped so that screening
reads a small table instead of importing rigour's territories (half a second) in every
process that screens a name."""

from __future__ import annotations

from pathlib import Path

from rigour.territories import get_territories

from unsc.screening.normalize import normalize_text

OUT = Path(__file__).resolve().parents[1] / "src/unsc/data/screening/countries.yaml"
HEADER = (
    "# The name and full name of every country in rigour's territories, normalised as names\n"
    "# are: unsc.screening.countries reads them. Made by scripts/build_countries.py.\n"
)


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
    return HEADER + "names:\n" + "".join(f'  - "{name}"\n' for name in names)


def main() -> None:
    text = country_lines()
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT}: {text.count(chr(10)) - 3} names")


if __name__ == "__main__":
    main()
