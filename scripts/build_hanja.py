"""Regenerate ``src/unsc/data/screening/hanja.tsv.gz``: the Korean reading of each Han
character (hanja), in Hangul, as Korean names are read: one line per character, its
reading, and its reading as a family name where that differs (金 김, not 금).

Source: the Unicode Han Database (Unihan), ``kHangul`` in ``Unihan_Readings.txt`` and
``kTraditionalVariant`` in ``Unihan_Variants.txt`` (Unicode terms of use: free to copy and
redistribute), as Debian's ``unicode-data`` package ships them
(``/usr/share/unicode/Unihan_*.txt.bz2``; ``apt-get download unicode-data`` then
``dpkg-deb -x``). A reading marked ``E`` (the standard one) is preferred, which keeps the
initial r and n that the DPRK writes and the South's initial-sound law drops (龍 룡 Ryong,
李 리 Ri, 柳 류 Ryu); a family name takes a reading marked ``N`` (for names) first. A
simplified character Unihan gives no Korean reading takes its traditional form's (铁 鐵
철, 龙 龍 룡), as Chinese writes Korean names in simplified characters (金铁三 Kim Chol Sam).

Usage: ``python scripts/build_hanja.py /usr/share/unicode`` (the folder of the Unihan
files).
"""

from __future__ import annotations

import bz2
import gzip
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/unsc/data/screening/hanja.tsv.gz"


def _lines(folder: Path, name: str) -> list[list[str]]:
    path = folder / f"{name}.txt.bz2"
    text = bz2.decompress(path.read_bytes()).decode("utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def _char(code: str) -> str:
    return chr(int(code.removeprefix("U+"), 16))


def _pick(readings: list[tuple[str, str]], mark: str) -> str:
    """The first reading marked ``mark``, else the first marked E, else the first."""
    for wanted in (mark, "E"):
        for hangul, marks in readings:
            if wanted in marks:
                return hangul
    return readings[0][0]


def build(folder: Path) -> dict[str, tuple[str, str]]:
    """Each character -> (its reading, its reading as a family name)."""
    readings: dict[str, list[tuple[str, str]]] = {}
    for code, field, value in _lines(folder, "Unihan_Readings"):
        if field == "kHangul":
            readings[_char(code)] = [
                (part.split(":")[0], part.split(":")[1] if ":" in part else "")
                for part in value.split()
            ]
    for code, field, value in _lines(folder, "Unihan_Variants"):
        simplified = _char(code)
        if field == "kTraditionalVariant" and simplified not in readings:
            for traditional in map(_char, value.split()):
                if traditional in readings:
                    readings[simplified] = readings[traditional]
                    break
    return {ch: (_pick(found, "E"), _pick(found, "N")) for ch, found in readings.items()}


def main(folder: str) -> None:
    missing = [
        name
        for name in ("Unihan_Readings", "Unihan_Variants")
        if not (Path(folder) / f"{name}.txt.bz2").is_file()
    ]
    if missing:
        raise SystemExit(
            f"error: {folder}: no {', '.join(f'{n}.txt.bz2' for n in missing)} (expected the"
            " Unihan files of Debian's unicode-data package, /usr/share/unicode)"
        )
    table = build(Path(folder))
    lines = [
        f"{ch}\t{given}" + (f"\t{family}" if family != given else "")
        for ch, (given, family) in sorted(table.items())
    ]
    OUT.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0))
    print(f"{len(lines)} characters -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode")
