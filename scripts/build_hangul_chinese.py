"""Regenerate ``src/unsc/data/screening/hangul_chinese.yaml``: how Korean writes each Pinyin
syllable, by the National Institute of Korean Language's rules for Chinese in the Korean
loanword orthography (외래어 표기법, the table of Chinese zhuyin and Hangul): the initials and
finals below, the apical i as ㅡ (즈 zhi, 쓰 si), ü as ㅟ, and after ㅈ ㅉ ㅊ the y-vowels
without their y (자 jia, 주 jiu, 첸 qian). The syllables are those of ``wade_giles.yaml``
(ICU's Han-Latin), with lü and nü, which Latin writes lu and nu."""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1] / "src/unsc/data/screening"
OUT = ROOT / "hangul_chinese.yaml"

_INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_FINALS = {"": 0, "ㄴ": 4, "ㄹ": 8, "ㅇ": 21}  # the finals Chinese has, by their jamo number
PINYIN_INITIALS = {
    "b": "ㅂ", "p": "ㅍ", "m": "ㅁ", "f": "ㅍ", "d": "ㄷ", "t": "ㅌ", "n": "ㄴ", "l": "ㄹ",
    "g": "ㄱ", "k": "ㅋ", "h": "ㅎ", "j": "ㅈ", "q": "ㅊ", "x": "ㅅ", "zh": "ㅈ", "ch": "ㅊ",
    "sh": "ㅅ", "r": "ㄹ", "z": "ㅉ", "c": "ㅊ", "s": "ㅆ",
}  # fmt: skip
# each final as syllables of (vowel, final consonant); the first takes the initial
PINYIN_FINALS = {
    "a": [("ㅏ", "")], "o": [("ㅗ", "")], "e": [("ㅓ", "")], "er": [("ㅓ", "ㄹ")],
    "ai": [("ㅏ", ""), ("ㅣ", "")], "ei": [("ㅔ", ""), ("ㅣ", "")],
    "ao": [("ㅏ", ""), ("ㅗ", "")], "ou": [("ㅓ", ""), ("ㅜ", "")],
    "an": [("ㅏ", "ㄴ")], "en": [("ㅓ", "ㄴ")], "ang": [("ㅏ", "ㅇ")], "eng": [("ㅓ", "ㅇ")],
    "ong": [("ㅜ", "ㅇ")],
    "i": [("ㅣ", "")], "ia": [("ㅑ", "")], "io": [("ㅛ", "")], "ie": [("ㅖ", "")],
    "iao": [("ㅑ", ""), ("ㅗ", "")], "iu": [("ㅠ", "")], "ian": [("ㅖ", "ㄴ")],
    "in": [("ㅣ", "ㄴ")], "iang": [("ㅑ", "ㅇ")], "ing": [("ㅣ", "ㅇ")], "iong": [("ㅠ", "ㅇ")],
    "u": [("ㅜ", "")], "ua": [("ㅘ", "")], "uo": [("ㅝ", "")], "uai": [("ㅘ", ""), ("ㅣ", "")],
    "ui": [("ㅜ", ""), ("ㅣ", "")], "uan": [("ㅘ", "ㄴ")], "un": [("ㅜ", "ㄴ")],
    "uang": [("ㅘ", "ㅇ")],
    "v": [("ㅟ", "")], "ve": [("ㅞ", "")], "van": [("ㅟ", ""), ("ㅏ", "ㄴ")], "vn": [("ㅟ", "ㄴ")],
}  # fmt: skip
# syllables without an initial, as Pinyin spells them
_ZERO = {
    "yi": "i", "ya": "ia", "yo": "io", "ye": "ie", "yao": "iao", "you": "iu", "yan": "ian",
    "yin": "in", "yang": "iang", "ying": "ing", "yong": "iong", "wu": "u", "wa": "ua",
    "wo": "uo", "wai": "uai", "wan": "uan", "wang": "uang", "yu": "v", "yue": "ve",
    "yuan": "van", "yun": "vn",
}  # fmt: skip
_ZERO_WHOLE = {"wei": [("ㅞ", ""), ("ㅣ", "")], "wen": [("ㅝ", "ㄴ")], "weng": [("ㅝ", "ㅇ")]}
_APICAL = ("zh", "ch", "sh", "r", "z", "c", "s")  # their i is ㅡ
_PALATAL = ("j", "q", "x")  # their u is ü
_NO_Y = ("ㅈ", "ㅉ", "ㅊ")  # after these the y-vowels lose their y
_WITHOUT_Y = {"ㅑ": "ㅏ", "ㅒ": "ㅐ", "ㅕ": "ㅓ", "ㅖ": "ㅔ", "ㅛ": "ㅗ", "ㅠ": "ㅜ"}


def _syllable(initial: str, vowel: str, final: str) -> str:
    code = (_INITIALS.index(initial) * 21 + _MEDIALS.index(vowel)) * 28 + _FINALS[final]
    return chr(0xAC00 + code)


def hangul(pinyin: str) -> str:
    """How Korean writes one Pinyin syllable."""
    if pinyin in _ZERO_WHOLE:
        parts, initial = _ZERO_WHOLE[pinyin], "ㅇ"
    elif pinyin in _ZERO or pinyin[0] in "aoe":
        parts, initial = PINYIN_FINALS[_ZERO.get(pinyin, pinyin)], "ㅇ"
    else:
        head = pinyin[:2] if pinyin[:2] in PINYIN_INITIALS else pinyin[0]
        final = pinyin[len(head) :]
        if (head in _PALATAL and final.startswith("u")) or final == "ue":  # ü: xue, lüe
            final = "v" + final[1:]
        parts = [("ㅡ", "")] if final == "i" and head in _APICAL else PINYIN_FINALS[final]
        initial = PINYIN_INITIALS[head]
    out = []
    for n, (vowel, coda) in enumerate(parts):
        lead = initial if n == 0 else "ㅇ"
        if lead in _NO_Y:
            vowel = _WITHOUT_Y.get(vowel, vowel)
        out.append(_syllable(lead, vowel, coda))
    return "".join(out)


# Of the syllables Korean writes alike, the initials names have more often first: zh
# before j (장 zhang, jiang), ch before q and c, f before p, l before r.
_FIRST = ("zh", "ch", "sh", "j", "q", "x", "z", "c", "s", "f", "p", "l", "r")


def _rank(pinyin: str) -> tuple[int, str]:
    head = next((i for i, h in enumerate(_FIRST) if pinyin.startswith(h)), len(_FIRST))
    return head, pinyin


def build() -> dict[str, list[str]]:
    """Hangul spelling -> the Pinyin syllables Korean writes so (lü and nü as lu and nu)."""
    syllables = yaml.safe_load((ROOT / "wade_giles.yaml").read_text())["wade_giles"]
    table: dict[str, list[str]] = {}
    for pinyin in sorted(syllables):
        table.setdefault(hangul(pinyin), []).append(pinyin)
    for written, spelling in (("lv", "lu"), ("nv", "nu")):
        table.setdefault(hangul(written), []).append(spelling)
    return {k: sorted(v, key=_rank) for k, v in sorted(table.items())}


def main() -> None:
    header = (
        "# How Korean writes Chinese syllables (the loanword orthography's table for Chinese):\n"
        "# each Hangul spelling and the Pinyin syllables it stands for. Used by\n"
        "# unsc.screening.hangul_chinese; made by scripts/build_hangul_chinese.py.\n"
    )
    rows = "".join(f"  {k}: [{', '.join(v)}]\n" for k, v in build().items())
    OUT.write_text(header + "hangul_pinyin:\n" + rows, encoding="utf-8")


if __name__ == "__main__":
    main()
