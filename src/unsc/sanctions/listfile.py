"""Reading a list file's bytes: from disk, gzipped or not, with errors that name the file.

Every list reader (UN XML, OFAC SDN.CSV and its companions, OFAC XML), the store's import
and the Spark broadcast read their input through here, so a missing file, an unreadable one
or a broken gzip stream gives the same clear error everywhere.
"""

from __future__ import annotations

import csv
import gzip
import io
import zlib
from collections.abc import Iterator
from pathlib import Path

from unsc.errors import NotFound, ParseError

__all__ = ["csv_rows", "gunzip", "read_list_file"]

_GZIP_MAGIC = b"\x1f\x8b"


def gunzip(data: bytes, label: str) -> bytes:
    """``data`` decompressed if it is gzip, as is otherwise; a broken stream is a
    :class:`ParseError` naming ``label``."""
    if data[:2] != _GZIP_MAGIC:
        return data
    try:
        return gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as exc:
        raise ParseError(
            f"not a readable gzip file ({exc or 'truncated'})",
            path=label,
            hint="decompress it, or download it again",
        ) from None


def read_list_file(path: str | Path) -> bytes:
    """The bytes of a list file, decompressed if gzipped; :class:`NotFound` if it cannot be
    read."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise NotFound(f"cannot read {p}: {exc.strerror}", field="path", value=str(p)) from None
    return gunzip(data, str(p))


def csv_rows(text: str, label: str, delimiter: str = ",") -> Iterator[tuple[int, list[str]]]:
    """The rows of the CSV ``text`` of the file ``label``, each with the line it ends on; a
    quote left open (it would swallow the rest of the file as one cell) or closed before more
    text is a :class:`ParseError` at the line its row begins on."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    end = 0
    try:
        for row in reader:
            yield reader.line_num, row
            end = reader.line_num
    except csv.Error as exc:
        raise ParseError(
            f"cannot read the CSV row: {exc}",
            path=label,
            line=end + 1,
            hint="is a quote left open?",
        ) from None
