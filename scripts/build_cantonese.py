"""Regenerate ``src/unsc/data/screening/cantonese.tsv.gz``: the Cantonese reading of each Han
character, in Jyutping without its tone: one line per character, its first (most common)
reading.

Source: the Unicode Han Database (Unihan), ``kCantonese`` in ``Unihan_Readings.txt`` (Unicode
terms of use: free to copy and redistribute), as Debian's ``unicode-data`` package ships it
(``/usr/share/unicode/Unihan_Readings.txt.bz2``; ``apt-get download unicode-data`` then
``dpkg-deb -x``). Unihan gives the readings of simplified characters too (陈 can, 华 waa).

Usage: ``python scripts/build_cantonese.py /usr/share/unicode``.
"""

from __future__ import annotations

import bz2
import gzip
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/unsc/data/screening/cantonese.tsv.gz"


def build(folder: Path) -> list[str]:
    """The table's lines: character, its first reading without the tone digit."""
    text = bz2.decompress((folder / "Unihan_Readings.txt.bz2").read_bytes()).decode("utf-8")
    lines = []
    for line in text.splitlines():
        if line.startswith("U+"):
            code, field, value = line.split("\t")
            if field == "kCantonese":
                lines.append(f"{chr(int(code[2:], 16))}\t{value.split()[0].rstrip('0123456789')}")
    return sorted(lines)


def main() -> None:
    lines = build(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/usr/share/unicode"))
    OUT.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0))
    print(f"{len(lines)} characters -> {OUT}")


if __name__ == "__main__":
    main()
