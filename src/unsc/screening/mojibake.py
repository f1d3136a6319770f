"""Names garbled by a wrong decoding (mojibake), repaired before they are read.

A name stored as UTF-8 and read back as Windows-1252 or Latin-1 comes out with two or three
characters for each letter outside ASCII: José as "JosÃ©", Müller as "MÃ¼ller", Путин as
"ÐŸÑƒÑ‚Ð¸Ð½", علي as "Ø¹Ù„ÙŠ". Customer files and lists passed between systems carry such
names, and read as they are, they are other names (JosÃ© is "josa" once its accents fold).
ftfy (Robyn Speer's "fixes text for you") reverses the wrong decoding where the result is
plainly better text, and leaves text alone otherwise; it costs about 10 µs a name, so it is
asked only of names with a sign of it (:data:`_SUSPECT`: the lead character of a UTF-8
sequence as Windows-1252 shows it, followed by what it shows for a continuation byte).
"""

from __future__ import annotations

import re

__all__ = ["repaired"]

_SUSPECT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
    "\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
    "\u20ac\u2122]"
)


def repaired(text: str) -> str:
    """``text`` with a wrong decoding undone, or as it is: ftfy's ``fix_encoding``, which
    also mends a name garbled only in part or twice over; where it declines, a name all of
    whose characters are Windows-1252's (or Latin-1's) bytes of valid UTF-8 is read as
    that UTF-8 (ftfy leaves "ErdoÄŸan" and "Ahmet ÅžimÅŸek", whose letters it finds
    plausible; no name is written so)."""
    if text.isascii() or not _SUSPECT.search(text):
        return text
    import ftfy  # here: its import takes 0.1 s, which a process with no garbled name spares

    fixed = ftfy.fix_encoding(text)
    if fixed != text:
        return fixed
    for codec in ("cp1252", "latin-1"):
        try:
            return text.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
    return text
