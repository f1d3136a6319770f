"""Reading the CSV files people bring: their delimiter and text encoding, and their rows.

Files come from spreadsheets as often as from programs. Excel writes ``;`` in many locales
and, asked for "Unicode text", tab-delimited UTF-16; older exports are Windows-1252. The
delimiter is read off the header line (:func:`csv_delimiter`), the encoding off a byte-order
mark or, without one, by checking that the whole file is UTF-8 and falling back to
Windows-1252 when it is not (:func:`detect_encoding`; Latin-1 for the five bytes Windows-1252
leaves undefined). A file that is neither still reads: its names come out with wrong accents
rather than not at all, and ``--encoding`` names the right codec. An Excel workbook
(``.xlsx``) is read as its first worksheet's rows (:mod:`~unsc.screening.sheets`).
"""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import IO, Any, Protocol, TypeVar

from unsc.errors import InvalidInput, NotFound, ParseError
from unsc.screening.sheets import is_sheet, open_sheet

__all__ = [
    "AUTO",
    "DELIMITERS",
    "HEADER_SPELLINGS",
    "NAME_JOIN",
    "NAME_PART_SPELLINGS",
    "Rows",
    "csv_delimiter",
    "decode_bytes",
    "detect_encoding",
    "find_column",
    "header_key",
    "name_columns",
    "open_rows",
    "records",
    "require_column",
    "require_name_columns",
    "row_name",
]

AUTO = "auto"
_Found = TypeVar("_Found")
DELIMITERS = (",", ";", "\t", "|")  # the first is the default; Excel writes ";" in many locales
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_BLOCK = 1 << 20
# The headers spreadsheets give the columns a screening file needs, as :func:`header_key`
# writes them (the first of each is its own name).
HEADER_SPELLINGS: dict[str, tuple[str, ...]] = {
    "name": (
        "name",
        "full_name",
        "fullname",
        "entity",
        "entity_name",
        "customer_name",
        "client_name",
        "company_name",
        "account_name",
        "party_name",
    ),
    "schema": ("schema", "type", "kind"),
    "birth_date": ("birth_date", "birthdate", "dob", "date_of_birth"),
    "country": ("country", "nationality", "citizenship", "jurisdiction"),
    "id": ("id", "ref", "reference", "customer_id"),
    # a document's or a register's number: a passport, an IMO number
    "identifier": (
        "identifier",
        "id_number",
        "passport",
        "passport_number",
        "document_number",
        "imo",
        "imo_number",
        "registration_number",
    ),
}
# the columns whose spellings all name one column (a name's are alternatives)
_SYNONYMS = ("schema", "birth_date", "country", "id", "identifier")
# The columns a spreadsheet splits a name in, given names first, as :func:`header_key`
# writes them: a file without a name column is screened by them joined (:func:`name_columns`)
NAME_PART_SPELLINGS: tuple[tuple[str, ...], ...] = (
    ("first_name", "firstname", "given_name", "given_names", "forename", "forenames", "first"),
    ("middle_name", "middlename", "middle_names", "middle", "patronymic"),
    ("last_name", "lastname", "family_name", "surname", "last"),
)
NAME_JOIN = "+"  # --name-column first_name+last_name: the cells joined by a space
_CP1252_UNDEFINED = (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d")
_EXCEL_SEP = re.compile(r"^\ufeff?sep=(.)\r?\n?$")
SHEET_ENCODING = "xlsx"  # what a workbook's rows are reported read with


class Rows(Protocol):
    """A table's rows as dicts keyed by its header: a :class:`csv.DictReader`, or a
    worksheet's (:class:`~unsc.screening.sheets.SheetRows`)."""

    line_num: int

    @property
    def fieldnames(self) -> Sequence[str] | None: ...

    def __iter__(self) -> Iterator[dict[str, Any]]: ...


def csv_delimiter(header: str) -> str:
    """The delimiter of a CSV file, from its header line: the most frequent of
    :data:`DELIMITERS` (a one-column file has none: comma)."""
    counts = [header.count(d) for d in DELIMITERS]
    return DELIMITERS[counts.index(max(counts))]


def _legacy(blocks: Iterator[bytes]) -> str:
    """Windows-1252 when it decodes every block, else Latin-1 (which decodes any bytes)."""
    for block in blocks:
        if any(byte in block for byte in _CP1252_UNDEFINED):
            return "latin-1"
    return "cp1252"


def _blocks(handle: IO[bytes]) -> Iterator[bytes]:
    handle.seek(0)
    while block := handle.read(_BLOCK):
        yield block


def _no_nul(block: bytes, path: str | Path) -> None:
    if b"\x00" in block:
        raise ParseError(
            "the file holds NUL bytes: not text, or UTF-16 without a byte-order mark",
            path=str(path),
            hint="give the file's encoding with --encoding (utf-16-le?), or save it as UTF-8 CSV",
        )


def _encoding(blocks: Callable[[], Iterator[bytes]], path: str | Path) -> str:
    """The rule of :func:`detect_encoding` over a file's blocks (read again from the start
    at each call of ``blocks``)."""
    head = next(blocks(), b"")[:4]
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        for block in blocks():
            _no_nul(block, path)
            decoder.decode(block)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return _legacy(blocks())
    return "utf-8"


def detect_encoding(path: str | Path) -> str:
    """The encoding of a text file: from its byte-order mark, else UTF-8 if all of it
    decodes as UTF-8, else Windows-1252 (or Latin-1). A file with NUL bytes and no
    byte-order mark is no text file of these: :class:`ParseError`."""
    with Path(path).open("rb") as handle:
        return _encoding(lambda: _blocks(handle), path)


def decode_bytes(data: bytes, filename: str) -> str:
    """Bytes of an uploaded file as text, by the rule of :func:`detect_encoding`."""
    return data.decode(_encoding(lambda: iter((data,)), filename))


def open_rows(
    path: str | Path, encoding: str = AUTO
) -> tuple[AbstractContextManager[Any], Rows, str]:
    """A CSV file's rows as dicts, and the encoding it was read with; the delimiter as its
    header line shows. ``encoding`` is a Python codec name, or :data:`AUTO`. An Excel
    workbook gives its first worksheet's rows, read with :data:`SHEET_ENCODING`."""
    p = Path(path)
    if p.is_dir():
        raise InvalidInput(
            f"input {str(p)!r} is a folder, not a file",
            field="in_path",
            value=str(p),
            hint="give the CSV or workbook of names",
        )
    if not p.is_file():
        raise NotFound(f"input file {str(p)!r} does not exist", field="in_path", value=str(p))
    if is_sheet(p):
        book, sheet = open_sheet(p)
        return book, sheet, SHEET_ENCODING
    if encoding == AUTO:
        encoding = detect_encoding(p)
    else:
        try:
            "".encode(encoding)  # LookupError for an unknown codec or one not for text (base64)
        except LookupError:
            raise ParseError(
                f"unknown text encoding {encoding!r}",
                path=str(p),
                field="encoding",
                hint="a codec name such as utf-8, cp1252, latin-1, utf-16 or shift_jis; or auto",
            ) from None
        if encoding.replace("_", "-").lower() in ("utf-8", "utf8"):
            encoding = "utf-8-sig"  # a byte-order mark is not part of the first column's name
    handle = p.open(newline="", encoding=encoding)
    try:
        first = handle.readline()
        excel = _EXCEL_SEP.match(first)  # Excel's "sep=;" line, before the header
        if excel:
            delimiter = excel.group(1)
        else:
            delimiter = csv_delimiter(first)
            handle.seek(0)
        reader = csv.DictReader(handle, delimiter=delimiter)
        reader.fieldnames  # noqa: B018 - reads the header now, so its errors surface here
    except (UnicodeError, csv.Error) as exc:
        handle.close()
        line = _undecodable_line(p, encoding) if isinstance(exc, UnicodeDecodeError) else None
        what = "the header is not" if line in (None, 1) else "the file is not all"
        raise ParseError(
            f"{what} {encoding} CSV ({exc})",
            path=str(p),
            line=line or 1,
            hint="give the file's encoding with --encoding, or save it as UTF-8 CSV",
        ) from None
    return handle, reader, encoding


def header_key(header: str) -> str:
    """A column header as compared: without spaces around it or a stray byte-order mark,
    lower case, words joined by "_" ("Full Name" -> "full_name")."""
    return "_".join(header.strip().lstrip("\ufeff").casefold().replace("-", " ").split())


def find_column(fields: Sequence[str], column: str) -> str | None:
    """The header of ``fields`` meant by ``column``: itself, else the one that differs only
    in case and spacing ("Name", " NAME "), else, for a column of :data:`HEADER_SPELLINGS`,
    the first of its other spellings the file has ("Full Name" for name, "DOB" for
    birth_date); None when there is none."""
    if column in fields:
        return column
    keys = {header_key(f): f for f in reversed(fields)}  # of two alike, the first
    keys.update({k.replace("_", ""): f for k, f in list(keys.items()) if "_" in k})  # Name 1
    key = header_key(column)
    # the spellings of the column it is one of ("dob" finds "Date of Birth"), of the columns
    # whose spellings all mean one thing (not a name's: full_name is not any name column)
    canonical = next(
        (c for c in _SYNONYMS if key in HEADER_SPELLINGS[c]),
        key,
    )
    for spelling in (key, *HEADER_SPELLINGS.get(canonical, ())):
        if spelling in keys:
            return keys[spelling]
    return None


def name_columns(fields: Sequence[str], column: str = "name") -> tuple[str, ...] | None:
    """The headers whose cells, joined by a space, make a row's name: the one ``column``
    names (:func:`find_column`); each of several it joins by "+" ("first_name+last_name");
    else, for the default column, the given, middle and family name columns a file splits
    names in (:data:`NAME_PART_SPELLINGS`: a given and a family name at least, "First Name"
    and "Last Name", "Forename" and "Surname"). None when there are none."""
    found = find_column(fields, column)
    default = header_key(column) == "name"
    if found is not None and not (default and header_key(found) == "name"):
        return (found,)
    if found is None and NAME_JOIN in column:
        parts = [find_column(fields, part) for part in column.split(NAME_JOIN) if part.strip()]
        return None if not parts or None in parts else tuple(p for p in parts if p is not None)
    if not default:
        return None
    given, middle, family = (
        next((f for s in spellings if (f := find_column(fields, s)) is not None), None)
        for spellings in NAME_PART_SPELLINGS
    )
    if found is not None:  # "Name" beside "Surname" is a given name, as European exports
        # split names (Joseph and Kony were screened as "Joseph")
        given = found
    if given is None or family is None or family == given:
        return None if found is None else (found,)
    return tuple(f for f in (given, middle, family) if f is not None)


def row_name(cells: Iterable[str | None]) -> str:
    """A row's name: the cells of its name columns (:func:`name_columns`), in order, joined
    by a space, the empty ones left out."""
    return " ".join(cell for c in cells if (cell := (c or "").strip()))


def require_name_columns(reader: Rows, column: str, path: str | Path) -> tuple[str, ...]:
    """:func:`name_columns` of a file; a :class:`ParseError` naming the file and its columns
    when there are none."""
    fields = list(reader.fieldnames or [])
    hint = "name the column with --name-column, or join several: first_name+last_name"
    return _required(name_columns(fields, column), column, fields, path, hint)


def require_column(
    reader: Rows,
    column: str,
    path: str | Path,
    hint: str = "name the column with --name-column / --schema-column / --dob-column",
) -> str:
    """The header ``column`` names (:func:`find_column`); a :class:`ParseError` naming the
    file and its columns, and ``hint``, when there is none."""
    fields = list(reader.fieldnames or [])
    return _required(find_column(fields, column), column, fields, path, hint)


def _required(
    found: _Found | None, column: str, fields: Sequence[str], path: str | Path, hint: str
) -> _Found:
    if found is None:
        raise ParseError(
            f"no column {column!r} (columns: {', '.join(fields) or 'none'})",
            path=str(path),
            line=1,
            field=column,
            hint=hint,
        )
    return found


def _undecodable_line(path: str | Path, encoding: str) -> int | None:
    """The first line of a file that ``encoding`` cannot decode (ASCII-compatible codecs;
    the reader's own line number is only where its buffer ended)."""
    if encoding.replace("_", "-").lower() == "utf-8-sig":
        encoding = "utf-8"  # line by line: the mark opens the first line alone
    if "\n".encode(encoding, errors="ignore") != b"\n":
        return None
    with Path(path).open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            try:
                line.decode(encoding)
            except UnicodeDecodeError:
                return number
    return None


def records(reader: Rows, path: str | Path) -> Iterator[dict[str, str | None]]:
    """The rows of a CSV; a decoding or CSV syntax error names the file and line."""
    rows = iter(reader)
    while True:
        try:
            record = next(rows)
        except StopIteration:
            return
        except (UnicodeDecodeError, csv.Error) as exc:
            line = reader.line_num + 1
            if isinstance(exc, UnicodeDecodeError):
                line = _undecodable_line(path, exc.encoding) or line
            raise ParseError(f"unreadable CSV row ({exc})", path=str(path), line=line) from None
        extra = record.pop(None, None)  # type: ignore[call-overload]
        if extra and any((cell or "").strip() for cell in extra):
            _join_extra(reader, record, extra, path)
        yield record


def _join_extra(reader: Rows, record: dict[str, Any], extra: list[str], path: str | Path) -> None:
    """A row with more cells than its header: of a file of one column, the line is the name,
    cut at a delimiter it holds unquoted ("Kony, Joseph" was screened as "Kony"); of more,
    the cells no longer tell which column is which, an error naming the line (empty cells
    after the last, as spreadsheets export them, are no more cells)."""
    fields = list(reader.fieldnames or [])
    dialect = getattr(getattr(reader, "reader", None), "dialect", None)
    delimiter = getattr(dialect, "delimiter", ",")
    if len(fields) == 1:
        record[fields[0]] = delimiter.join([record[fields[0]] or "", *extra])
        return
    raise ParseError(
        f"the row has {len(fields) + len(extra)} cells, the header {len(fields)}",
        path=str(path),
        line=reader.line_num,
        hint=f'quote a cell that holds the delimiter {delimiter!r}: "Kony, Joseph"',
    )
