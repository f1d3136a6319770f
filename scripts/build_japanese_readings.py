"""Regenerate ``src/unsc/data/screening/japanese_readings.tsv.gz``: the Japanese readings of
each Han character (kanji), as Japanese names read them: one line per character, its kun
readings, then its on readings (Hepburn, lower case, space-separated).

Source: the Unicode Han Database (Unihan), ``kJapaneseKun`` and ``kJapaneseOn`` in
``Unihan_Readings.txt`` (Unicode terms of use: free to copy and redistribute), as Debian's
``unicode-data`` package ships them (``/usr/share/unicode/Unihan_Readings.txt.bz2``;
``apt-get download unicode-data`` then ``dpkg-deb -x``). A kun reading of an adjective is also
kept without its ending, as names use it (太い futoi: futo; 弘い hiroi: hiro; 正しい
tadashii: tadashi).

Usage: ``python scripts/build_japanese_readings.py /usr/share/unicode``.
"""

from __future__ import annotations

import bz2
import gzip
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/unsc/data/screening/japanese_readings.tsv.gz"


def _stems(reading: str) -> list[str]:
    """A kun reading, and an adjective's without its ending."""
    found = [reading]
    if reading.endswith("shii") and len(reading) > 5:
        found.append(reading[:-1])  # tadashii: tadashi
    elif reading.endswith("i") and len(reading) > 3 and reading[-2] in "aiou":
        found.append(reading[:-1])  # futoi: futo, aoi: ao
    return found


def build(folder: Path) -> list[str]:
    """The table's lines: character, kun readings, on readings."""
    text = bz2.decompress((folder / "Unihan_Readings.txt.bz2").read_bytes()).decode("utf-8")
    kun: dict[str, list[str]] = {}
    on: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line.startswith("U+"):
            continue
        code, field, value = line.split("\t")
        if field not in ("kJapaneseKun", "kJapaneseOn"):
            continue
        char = chr(int(code[2:], 16))
        readings = [r.lower() for r in value.split() if r.isalpha()]
        if field == "kJapaneseKun":
            kun[char] = list(dict.fromkeys(s for r in readings for s in _stems(r)))
        else:
            on[char] = list(dict.fromkeys(readings))
    return [
        f"{char}\t{' '.join(kun.get(char, ()))}\t{' '.join(on.get(char, ()))}"
        for char in sorted(kun.keys() | on.keys())
    ]


def main() -> None:
    lines = build(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/usr/share/unicode"))
    OUT.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0))


if __name__ == "__main__":
    main()
