"""Excel workbooks as input: the first worksheet of an ``.xlsx`` read as a CSV's rows.

Compliance teams keep their customers and counterparties in spreadsheets; saving one as CSV
first loses nothing but time, and sometimes the accents (an export in the wrong code page).
A workbook is read with openpyxl in read-only mode, which streams the sheet's XML row by row
instead of loading the whole workbook, so memory stays flat as it does for a CSV. The first
row that has a cell is the header; the rows after it are dicts keyed by it, as
:class:`csv.DictReader` gives them, so ``screen-file`` and ``compare-file`` read both alike.

Cells are read as text as a person reads them: a date cell (a date of birth) as an ISO date,
with its time only when it has one; a whole number without the ".0" a float stores it with
(1970, a passport number); text as written. The legacy ``.xls`` format is not read: Excel
saves it as ``.xlsx`` or CSV.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import IO, Any

from unsc.errors import ParseError

__all__ = [
    "SHEET_SUFFIXES",
    "SheetRows",
    "cell_text",
    "is_sheet",
    "open_sheet",
    "sheet_records",
    "sheet_rows",
]

SHEET_SUFFIXES = frozenset({".xlsx", ".xlsm"})


def is_sheet(path: str | Path) -> bool:
    """Whether ``path`` names an Excel workbook, by its suffix."""
    return Path(path).suffix.lower() in SHEET_SUFFIXES


def cell_text(value: Any) -> str | None:
    """A cell as the text a person reads in it; None for an empty cell."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return str(value)


FORMULA_ROWS = 100  # the rows looked at for formulas without computed values
MAX_CELL = 32_767  # the longest cell read: Excel's own limit (a longer one is crafted)
MAX_UNZIPPED = 256 << 20  # the most an uploaded workbook may unpack to (a zip bomb's cap)
# what a damaged workbook raises while a sheet is read (its XML cut, a member corrupt)
# what openpyxl raises on a damaged workbook: its XML's values are typed as they are read
# (an attribute of the wrong type, one it does not know, a chart where a sheet should be)
_DAMAGED = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    KeyError,
    ValueError,
    SyntaxError,
    TypeError,
    AttributeError,
)
_DIMENSION = re.compile(rb'<dimension ref="[A-Z]+\d+:[A-Z]+(\d+)"')
_SHEET_XML = re.compile(r"xl/worksheets/sheet(\d+)\.xml")

Cell = tuple[int, int]  # row number in the sheet, column index


def _damaged(exc: Exception, label: str, line: int | None = None) -> ParseError:
    return ParseError(
        f"the workbook is damaged ({type(exc).__name__}: {exc})",
        path=label,
        line=line,
        hint="open it in Excel and save it again, or save it as CSV",
    )


class SheetRows:
    """The rows of a worksheet as dicts keyed by its header, as :class:`csv.DictReader`
    gives a CSV's; ``line_num`` is the sheet's row number of the row last read. A damaged
    sheet, a cell longer than :data:`MAX_CELL`, or one of the ``formulas`` cells without a
    computed value is a :class:`ParseError` naming ``label`` and the row."""

    def __init__(
        self, rows: Iterator[tuple[Any, ...]], label: str, formulas: frozenset[Cell] = frozenset()
    ) -> None:
        self._rows = rows
        self._label = label
        self._formulas = formulas
        self._formula_rows = {r for r, _ in formulas}
        self.line_num = 0
        self.fieldnames: list[str] = []
        for cells in self._read():
            if any(c and c.strip() for c in cells):
                self.fieldnames = [c or "" for c in cells]
                break

    def _read(self) -> Iterator[list[str | None]]:
        """Each row's cells as text, the row counted."""
        try:
            for values in self._rows:
                self.line_num += 1
                if self.line_num in self._formula_rows:
                    self._computed(values)
                cells = [cell_text(v) for v in values]
                if any(c is not None and len(c) > MAX_CELL for c in cells):
                    raise ParseError(
                        f"a cell longer than {MAX_CELL} characters",
                        path=self._label,
                        line=self.line_num,
                        hint="a name, a date or a country, not a document",
                    )
                yield cells
        except _DAMAGED as exc:
            raise _damaged(exc, self._label, self.line_num + 1) from None

    def _computed(self, values: tuple[Any, ...]) -> None:
        """Refuse a row with a formula cell that holds no computed value (a program wrote
        it, and no spreadsheet opened it since): read for its values, it would be empty."""
        for r, c in sorted(self._formulas):
            if r == self.line_num and (c >= len(values) or values[c] is None):
                from openpyxl.utils import get_column_letter

                raise ParseError(
                    f"cell {get_column_letter(c + 1)}{r} holds a formula without its "
                    "computed value",
                    path=self._label,
                    line=r,
                    hint="open the workbook in Excel and save it, or save it as CSV",
                )

    def __iter__(self) -> Iterator[dict[str, str | None]]:
        width = len(self.fieldnames)
        for cells in self._read():
            cells = cells[:width]
            if not any(c and c.strip() for c in cells):
                continue  # a blank row, as a CSV reader skips one
            cells += [None] * (width - len(cells))
            yield dict(zip(self.fieldnames, cells, strict=True))


def sheet_rows(path: str | Path) -> int | None:
    """The data rows the first worksheet says it has (the dimension its XML begins with,
    less the header), read off the archive without parsing the workbook: for a progress
    bar; None when it does not say or cannot be read."""
    try:
        with zipfile.ZipFile(path) as archive:
            sheets = sorted(
                (int(m[1]), name)
                for name in archive.namelist()
                if (m := _SHEET_XML.fullmatch(name))
            )
            if not sheets:
                return None
            with archive.open(sheets[0][1]) as xml:
                found = _DIMENSION.search(xml.read(4096))
    except (zipfile.BadZipFile, OSError, KeyError):
        return None
    return None if found is None else max(int(found[1]) - 1, 0)


def _formula_cells(source: str | Path | IO[bytes]) -> frozenset[Cell]:
    """The cells of the first :data:`FORMULA_ROWS` rows of the first worksheet that hold a
    formula (read as written, not for their values)."""
    from openpyxl import load_workbook

    book = load_workbook(source, read_only=True, data_only=False)
    try:
        if not book.worksheets:
            return frozenset()
        rows = book.worksheets[0].iter_rows(max_row=FORMULA_ROWS)
        return frozenset(
            (r, c)
            for r, row in enumerate(rows, 1)
            for c, cell in enumerate(row)
            if cell.data_type == "f"
        )
    finally:
        book.close()


def _open(
    source: str | Path | IO[bytes], label: str, max_unzipped: int | None = None
) -> tuple[Any, SheetRows]:
    """The workbook at ``source`` opened to stream, and its first worksheet's rows, the
    header read; a :class:`ParseError` naming ``label`` when it is no workbook, is damaged,
    unpacks to more than ``max_unzipped`` bytes, or its first worksheet is empty."""
    from openpyxl import load_workbook

    try:
        if max_unzipped is not None:
            with zipfile.ZipFile(source) as archive:
                unzipped = sum(member.file_size for member in archive.infolist())
            if unzipped > max_unzipped:
                raise ParseError(
                    f"the workbook unpacks to {unzipped} bytes, more than {max_unzipped}",
                    path=label,
                    hint="split it, or save it as CSV",
                )
        if isinstance(source, io.IOBase):
            source.seek(0)
        formulas = _formula_cells(source)
        if isinstance(source, io.IOBase):
            source.seek(0)
        book = load_workbook(source, read_only=True, data_only=True)
    except (SyntaxError, zlib.error, EOFError, TypeError, AttributeError) as exc:
        raise _damaged(exc, label) from None
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ParseError(
            f"not an Excel workbook ({exc})",
            path=label,
            hint="save it from Excel as .xlsx, or as CSV",
        ) from None
    try:
        rows = book.worksheets[0].iter_rows(values_only=True) if book.worksheets else iter(())
        reader = SheetRows(rows, label, formulas)
    except ParseError:
        book.close()
        raise
    if not reader.fieldnames:
        book.close()
        raise ParseError(
            "the first worksheet is empty",
            path=label,
            line=1,
            hint="the first row holds the column headers: name, ...",
        )
    return book, reader


def open_sheet(path: str | Path) -> tuple[closing[Any], SheetRows]:
    """The first worksheet of the workbook at ``path``, its header read, and the workbook to
    close (``with``); a :class:`~unsc.errors.ParseError` naming the file when it is no
    workbook or has no header."""
    book, reader = _open(path, str(path))
    return closing(book), reader


def sheet_records(
    data: bytes, label: str, max_unzipped: int = MAX_UNZIPPED
) -> Iterator[tuple[int, list[str]]]:
    """An uploaded workbook's first worksheet as a CSV's records, each with its row number
    in the sheet: the header, then each row, its empty cells ""."""
    book, reader = _open(io.BytesIO(data), label, max_unzipped)
    with closing(book):
        yield reader.line_num, list(reader.fieldnames)
        for row in reader:
            yield reader.line_num, [row[name] or "" for name in reader.fieldnames]
