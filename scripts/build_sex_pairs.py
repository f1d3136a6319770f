"""Regenerate ``src/unsc/data/screening/sex_pairs.tsv.gz``: a woman's given name and the
man's spelt like it (``maria<TAB>mario``, ``ivana<TAB>ivan``, ``giovanna<TAB>giovanni``),
from Faker's name lists (national statistics of many countries, MIT licence), in Latin
letters, normalised as unsc normalises names.

A name counts as a woman's (a man's) when the locales that list it list it so at least
:data:`MAJORITY` times as often as the other way (Maria is a woman's name though Spanish
lists it among men's, of José María); a name both ways (Jean, Nikola) pairs with none.
Screening reads the pairs to tell a sister from her brother (Claudia, Claudio AGUIRRE
SANCHEZ), never to guess a person's sex."""

from __future__ import annotations

import gzip
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from faker import Faker
from faker.config import AVAILABLE_LOCALES

from unsc.screening.normalize import normalize_text

OUT = Path(__file__).resolve().parents[1] / "src/unsc/data/screening/sex_pairs.tsv.gz"
HEADER = (
    "# A woman's given name and the man's spelt like it (-a and -o, -i or nothing), in\n"
    "# Latin letters, normalised. Made by scripts/build_sex_pairs.py from Faker's name\n"
    "# lists; read by unsc.screening.sexes.\n"
)
MAJORITY = 3.0  # locales listing a name as one sex's, to those listing it as the other's
STEM_MIN = 3  # letters the two names share before their endings
MALE_ENDINGS = ("o", "i", "")  # Mario, Giovanni, Ivan to Maria, Giovanna, Ivana


def _latin(word: str) -> bool:
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in word)


def _names(provider: Any, attribute: str) -> list[str]:
    found = getattr(provider, attribute, None) or ()
    return list(found.keys() if isinstance(found, dict) else found)


def sexes() -> dict[str, str]:
    """Each normalised given name of one word with the sex most locales list it under, if
    by :data:`MAJORITY` to one."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for locale in sorted(AVAILABLE_LOCALES):
        person = next(
            (p for p in Faker(locale).providers if p.__provider__.endswith("person")), None
        )
        if person is None:
            continue
        for attribute, sex in (("first_names_female", "f"), ("first_names_male", "m")):
            written = {normalize_text(w)[0] for w in _names(person, attribute) if _latin(w)}
            for name in written:
                if name.isalpha():  # one word (not José María), no digits
                    counts[name][sex] += 1
    return {
        name: sex
        for name, count in counts.items()
        for sex, other in (("f", "m"), ("m", "f"))
        if count[sex] >= MAJORITY * count[other]
    }


def pair_lines() -> str:
    """The file's text: the header, then the pairs, sorted."""
    by_sex = sexes()
    pairs = sorted(
        (name, name[:-1] + ending)
        for name, sex in by_sex.items()
        if sex == "f" and name.endswith("a") and len(name) - 1 >= STEM_MIN
        for ending in MALE_ENDINGS
        if by_sex.get(name[:-1] + ending) == "m"
    )
    return HEADER + "".join(f"{woman}\t{man}\n" for woman, man in pairs)


def main() -> None:
    text = pair_lines()
    OUT.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    print(f"{OUT}: {text.count(chr(10)) - HEADER.count(chr(10))} pairs")


if __name__ == "__main__":
    main()
