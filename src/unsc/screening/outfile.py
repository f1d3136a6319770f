"""The file ``screen-file`` and ``compare-file`` write: CSV, or an Excel workbook.

A name ending in ``.xlsx`` gets a workbook of one worksheet with the same columns, each cell
typed (a score a number, a match a boolean), which Excel opens with every script intact (a
UTF-8 CSV without a byte-order mark opens there in the local code page: Arabic and Korean
names garbled); any other name gets UTF-8 CSV, as before. openpyxl's write-only mode streams
the rows out, so memory stays flat. Either way the file is written to ``OUT.part`` and
renamed when complete: an error half-way leaves an earlier ``OUT`` as it was, and no
partial file.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, Protocol

from unsc.errors import InvalidInput, writing
from unsc.screening.sheets import is_sheet

__all__ = ["RowWriter", "table_writer"]

SHEET_TITLE = "results"


class RowWriter(Protocol):
    """What the writers of both formats do: a :func:`csv.writer`'s two methods."""

    def writerow(self, row: Iterable[Any]) -> Any: ...

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None: ...


class _SheetWriter:
    """Rows appended to a write-only worksheet."""

    def __init__(self, sheet: Any) -> None:
        self._sheet = sheet

    def writerow(self, row: Iterable[Any]) -> None:
        self._sheet.append(list(row))

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self._sheet.append(list(row))


def apart_from(in_path: str | Path, out_path: str | Path) -> None:
    """An :class:`~unsc.errors.InvalidInput` when ``out_path`` is the input file itself,
    which the output would replace."""
    source, out = Path(in_path), Path(out_path)
    if source.exists() and out.exists() and source.resolve() == out.resolve():
        raise InvalidInput(
            f"the output {str(out)!r} is the input file",
            field="out",
            value=str(out),
            hint="write the results to another file",
        )


@contextmanager
def table_writer(out_path: str | Path) -> Iterator[RowWriter]:
    """A row writer whose file replaces ``out_path`` only when the block completes: an Excel
    workbook when the name ends in ``.xlsx``, else UTF-8 CSV. A path that cannot be written
    is an :class:`~unsc.errors.InvalidInput` naming it, found before any row is written."""
    out = Path(out_path)
    tmp = out.with_name(out.name + ".part")
    try:
        with writing(out):  # (a workbook is saved over it: opened to know it can be)
            sink = tmp.open("w", newline="", encoding="utf-8")
        with sink:
            if is_sheet(out):
                from openpyxl import Workbook

                book = Workbook(write_only=True)
                sheet = book.create_sheet(SHEET_TITLE)
                try:
                    yield _SheetWriter(sheet)
                except BaseException:
                    # its rows' stream closed now, or collected later with a traceback
                    # printed ("Exception ignored in ... WorksheetWriter.get_stream")
                    with suppress(Exception):
                        sheet.close()
                    raise
            else:
                yield csv.writer(sink)
        with writing(out):
            if is_sheet(out):
                book.save(tmp)
            tmp.replace(out)
    finally:
        tmp.unlink(missing_ok=True)
