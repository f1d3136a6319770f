"""Regenerate ``src/unsc/data/screening/wade_giles.yaml``: each Pinyin syllable that ICU's
Han-Latin writes (for the CJK Unified Ideographs), and its Wade-Giles spellings without
apostrophes and umlauts, by the standard correspondence of the two systems' initials and
finals (the syllables whose whole spelling differs are listed in ``_WHOLE``)."""

from __future__ import annotations

import re
from pathlib import Path

import icu

OUT = Path(__file__).resolve().parents[1] / "src/unsc/data/screening/wade_giles.yaml"
_WHOLE = {
    "zhi": ["chih"],
    "chi": ["chih"],
    "shi": ["shih"],
    "ri": ["jih"],
    "zi": ["tzu", "tsu"],
    "ci": ["tzu", "tsu"],
    "si": ["ssu", "szu"],
    "e": ["o", "e"],
    "er": ["erh"],
    "you": ["yu"],
    "yan": ["yen"],
    "ye": ["yeh"],
    "yi": ["i", "yi"],
    "yong": ["yung"],
    "yue": ["yueh"],
    "ge": ["ko"],
    "ke": ["ko"],
    "he": ["ho"],
    "guo": ["kuo"],
    "kuo": ["kuo"],
    "huo": ["huo"],
    "shuo": ["shuo"],
    "gui": ["kuei"],
    "kui": ["kuei"],
    "lue": ["lueh"],
    "nue": ["nueh"],
    "jue": ["chueh"],
    "que": ["chueh"],
    "xue": ["hsueh"],
}
_INITIAL = re.compile(r"zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw]|")
_INITIALS = {"zh": "ch", "b": "p", "d": "t", "g": "k", "j": "ch", "q": "ch", "x": "hs"}
_INITIALS |= {"r": "j", "z": "ts", "c": "ts"}
_FINALS = {"iong": "iung", "ong": "ung", "ian": "ien", "ie": "ieh", "ue": "ueh", "uo": "o"}


def pinyin_syllables() -> list[str]:
    """The toneless Pinyin syllables ICU writes for the CJK Unified Ideographs."""
    han = icu.Transliterator.createInstance("Han-Latin; Latin-ASCII")
    text = han.transliterate(" ".join(chr(c) for c in range(0x4E00, 0x9FA6))).lower()
    return sorted({w for w in text.split() if re.fullmatch("[a-z]*[aeiou][a-z]*", w)})


def wade_giles(pinyin: str) -> list[str]:
    """The Wade-Giles spellings of a Pinyin syllable, without apostrophes and umlauts."""
    if pinyin in _WHOLE:
        return _WHOLE[pinyin]
    match = _INITIAL.match(pinyin)
    initial = match[0] if match else ""
    final = pinyin[len(initial) :]
    return [_INITIALS.get(initial, initial) + _FINALS.get(final, final)]


def main() -> None:
    lines = [
        "# Wade-Giles spellings of the Pinyin syllables (those ICU's Han-Latin writes), without",
        "# apostrophes and umlauts, as names in the lists write them: Mao Tse-tung is Mao Zedong,",
        "# Hsueh is Xue, Chin-ping is Jinping. Standard Wade-Giles; tzu and szu are the common",
        "# spellings of zi and si. Used by unsc.screening.chinese; made by",
        "# scripts/build_wade_giles.py.",
        "wade_giles:",
    ]
    for pinyin in pinyin_syllables():
        spellings = ", ".join(f'"{w}"' for w in wade_giles(pinyin))
        lines.append(f"  {pinyin}: [{spellings}]")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines) - 6} syllables")


if __name__ == "__main__":
    main()
