"""Reading query files: the delimiter a header line shows, the encoding, the output only
when complete."""

from __future__ import annotations

import codecs
import csv
import weakref
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unsc.errors import InvalidInput, ParseError
from unsc.screening import Screener, batch, compare_file, screen_file
from unsc.screening.batch import screen_rows
from unsc.screening.csvinput import (
    DELIMITERS,
    csv_delimiter,
    decode_bytes,
    detect_encoding,
    find_column,
    header_key,
    name_columns,
    open_rows,
    records,
    row_name,
)

_COLUMN = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_ ", min_size=1, max_size=12)


@given(columns=st.lists(_COLUMN, min_size=2, max_size=8), delimiter=st.sampled_from(DELIMITERS))
def test_the_header_shows_the_delimiter(columns: list[str], delimiter: str) -> None:
    assert csv_delimiter(delimiter.join(columns) + "\r\n") == delimiter


def test_a_one_column_file_is_comma_separated() -> None:
    assert csv_delimiter("name\n") == ","
    assert csv_delimiter("") == ","


_NAMES = "name\nJosé Müller\nChoe Chun Sik\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (_NAMES.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + _NAMES.encode("utf-8"), "utf-8-sig"),
        (_NAMES.encode("utf-16"), "utf-16"),  # Excel's "Unicode text"
        (_NAMES.encode("cp1252"), "cp1252"),  # older Windows exports
        (_NAMES.encode("latin-1") + b"\x81", "latin-1"),  # a byte Windows-1252 leaves undefined
    ],
)
def test_the_encoding_of_a_file_is_found(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "names.csv"
    path.write_bytes(data)
    assert detect_encoding(path) == encoding
    assert decode_bytes(data, "names.csv").lstrip("\ufeff").startswith("name\nJosé Müller\n")


def test_utf8_broken_late_in_a_large_file_is_not_read_as_utf8(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_bytes(("name\n" + "Ri Won Ho\n" * 200_000).encode() + "Müller\n".encode("cp1252"))
    assert detect_encoding(path) == "cp1252"


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_screen_file_reads_windows_1252_and_counts_rows_without_a_name(tmp_path: Path) -> None:
    src, out = tmp_path / "in.csv", tmp_path / "out.csv"
    src.write_bytes("name;note\nChoe Chun Sik;café\n;empty\n".encode("cp1252"))
    summary = screen_file(src, out, limit=1, workers=1)
    assert (summary["encoding"], summary["queries"], summary["skipped"]) == ("cp1252", 1, 1)
    assert [r["ref"] for r in _rows(out)] == ["KPi.013"]


def test_spreadsheet_headers_are_found_whatever_their_case_and_spelling(tmp_path: Path) -> None:
    # Excel in a French locale: ";", a byte-order mark, "Full Name" and "DOB" as people type them.
    src, out = tmp_path / "in.csv", tmp_path / "out.csv"
    src.write_bytes("\ufeffFull Name;DOB;Pays\nChoe Chun Sik;1961-01-03;KP\n".encode("utf-8"))
    summary = screen_file(src, out, limit=1, dob_column="dob", workers=1)
    assert summary["queries"] == 1
    assert [r["ref"] for r in _rows(out)] == ["KPi.013"]
    pairs, scored = tmp_path / "pairs.csv", tmp_path / "scored.csv"
    pairs.write_text("Name1,NAME2,Schema\nRi Won Ho,Lee Won-ho,Person\n", encoding="utf-8")
    compare_file(pairs, scored)
    row = _rows(scored)[0]
    assert (row["Name1"], row["match"]) == ("Ri Won Ho", "True")


@given(st.text(max_size=20))
def test_a_header_key_is_its_own_key(header: str) -> None:
    key = header_key(header)
    assert header_key(key) == key and " " not in key and key == key.casefold()


def test_a_column_is_itself_first_then_alike_then_a_known_spelling() -> None:
    assert find_column(["name", "Name"], "Name") == "Name"
    assert find_column(["NAME ", "Full Name"], "name") == "NAME "
    assert find_column(["Customer", "Full Name"], "name") == "Full Name"
    assert find_column(["Customer", "DOB"], "birth_date") == "DOB"
    assert find_column(["Customer"], "name") is None
    assert find_column(["Full Name"], "nom") is None


def test_a_name_without_letters_is_skipped_not_fatal(tmp_path: Path) -> None:
    # "---" has no letter or digit: skipped like an empty name; "ℵ" has one no transform
    # reads: screened, with no candidate. Neither stops the file.
    src, out = tmp_path / "in.csv", tmp_path / "out.csv"
    src.write_text("name\n---\nℵ\nChoe Chun Sik\n", encoding="utf-8")
    summary = screen_file(src, out, limit=1, threshold=0.0, workers=1)
    assert (summary["queries"], summary["skipped"]) == (2, 1)
    assert [(r["query_row"], r["ref"]) for r in _rows(out)] == [("2", ""), ("3", "KPi.013")]
    # ... and the summary says which names were not read, as on 2 workers
    assert (summary["unreadable"], summary["unreadable_rows"]) == (1, [2])
    src.write_text("name\nវ៉្លាឌីមៀរ ពូទីន\nChoe Chun Sik\nℵ\n", encoding="utf-8")  # Khmer
    summary = screen_file(src, out, limit=1, workers=2)
    assert (summary["unreadable"], summary["unreadable_rows"]) == (2, [1, 3])


def test_a_file_with_nul_bytes_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "utf16.csv"
    path.write_bytes(_NAMES.encode("utf-16-le"))  # no byte-order mark
    with pytest.raises(ParseError, match="NUL bytes"):
        detect_encoding(path)


def test_a_byte_order_mark_that_lies_is_refused_at_the_line_it_breaks(tmp_path: Path) -> None:
    # a UTF-8 mark, then Windows-1252 text: the error names line 3, not the header
    src = tmp_path / "in.csv"
    src.write_bytes(codecs.BOM_UTF8 + b"name,country\nRi Won Ho,KP\nJos\xe9 Garc\xeda,ES\n")
    with pytest.raises(ParseError) as caught:
        screen_file(src, tmp_path / "out.csv", workers=1)
    assert caught.value.line == 3 and "not all utf-8-sig" in str(caught.value)


def test_an_unknown_encoding_is_refused_by_name(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text(_NAMES, encoding="utf-8")
    with pytest.raises(ParseError, match="unknown text encoding 'klingon'"):
        screen_file(src, tmp_path / "out.csv", encoding="klingon", workers=1)
    with pytest.raises(ParseError, match="unknown text encoding 'base64'"):  # bytes, not text
        screen_file(src, tmp_path / "out.csv", encoding="base64", workers=1)


def test_a_failed_compare_file_leaves_the_earlier_output(tmp_path: Path) -> None:
    src, out = tmp_path / "pairs.csv", tmp_path / "out.csv"
    out.write_text("earlier\n", encoding="utf-8")
    # Declared UTF-8 and broken 130 kB in, after thousands of rows were written.
    src.write_bytes(b"name1,name2\n" + b"Kim Jong Un,Kim Jong-un\n" * 5000 + b"A,\xff\n")
    with pytest.raises(ParseError, match=r"pairs\.csv:5002"):
        compare_file(src, out, encoding="utf-8")
    assert out.read_text(encoding="utf-8") == "earlier\n"
    assert not (tmp_path / "out.csv.part").exists()


def test_a_date_of_birth_field_that_says_unknown_gives_no_date(tmp_path: Path) -> None:
    src, out = tmp_path / "in.csv", tmp_path / "out.csv"
    src.write_text("name,dob\nChoe Chun Sik,unknown\nRi Su Yong,n/a\nJohn,12-May-60\n", "utf-8")
    summary = screen_file(src, out, limit=1, threshold=0.0, dob_column="dob", workers=1)
    assert summary["queries"] == 3
    assert [r["ref"] for r in _rows(out)][:2] == ["KPi.013", "KPi.052"]


def test_screen_rows_skips_an_unreadable_name_but_not_a_bad_date() -> None:
    # the Spark path hands rows to screen_rows unchecked: only the name may be let through
    screener = Screener.from_list("un_sc")
    assert screen_rows(screener, [(1, "ℵ", None, None, None, None)], 1, 0.0) == [
        (1, "ℵ", "", "", 0.0, True)
    ]
    with pytest.raises(InvalidInput, match="not a date"):
        screen_rows(screener, [(1, "Choe Chun Sik", None, "not a date", None, None)], 1, 0.0)


def test_a_repeated_query_is_screened_once_per_screener(monkeypatch: pytest.MonkeyPatch) -> None:
    screener = Screener.from_list("un_sc")
    calls: list[str] = []
    screen = Screener.screen

    def counted(self: Screener, query: object, **options: object) -> object:
        calls.append(query.name)  # type: ignore[attr-defined]
        return screen(self, query, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(Screener, "screen", counted)
    monkeypatch.setattr(batch, "_SEEN", weakref.WeakKeyDictionary())  # no earlier test's answers
    jobs = [(1, "Ri Won Ho", None, None, None, None), (2, "ℵ", None, None, None, None)]
    jobs += [(3, "Ri Won Ho", None, None, None, None), (4, "ℵ", None, None, None, None)]
    jobs += [(5, "Ri Won Ho", "Person", None, None, None)]
    unread: list[int] = []
    rows = screen_rows(screener, jobs, 1, None, unread)
    assert calls == ["Ri Won Ho", "ℵ", "Ri Won Ho"]  # the schema makes the third query another
    assert [r[0] for r in rows] == [1, 3, 5]
    assert {r[2] for r in rows} == {"KPi.033"}
    assert unread == [2, 4]
    other = Screener(list(Screener.from_list("un_sc").entities[:5]))
    assert screen_rows(other, jobs[:1], 1, None) == []  # another screener, its own answers
    assert calls[-1] == "Ri Won Ho"


def test_a_name_split_in_columns_is_read_joined() -> None:
    assert name_columns(["id", "First Name", "Last Name"]) == ("First Name", "Last Name")
    assert name_columns(["forename", "middle_name", "SURNAME"]) == (
        "forename",
        "middle_name",
        "SURNAME",
    )
    assert name_columns(["Full Name", "first_name", "last_name"]) == ("Full Name",)  # one first
    assert name_columns(["first_name"]) is None  # a given name alone is no name column
    assert name_columns(["a", "b", "c"], "c+a") == ("c", "a")
    assert name_columns(["a", "b"], "a+z") is None
    assert row_name([" Joseph ", "", None, "Kony"]) == "Joseph Kony"


def test_screen_file_screens_a_name_split_in_columns(tmp_path: Path) -> None:
    src, out = tmp_path / "in.csv", tmp_path / "out.csv"
    src.write_text("id,first_name,last_name\n1,Joseph,Kony\n2,,\n", encoding="utf-8")
    summary = screen_file(src, out, limit=1, workers=1)
    assert (summary["queries"], summary["skipped"]) == (1, 1)
    assert [(r["query"], r["ref"]) for r in _rows(out)] == [("Joseph Kony", "CFi.009")]
    src.write_text("family;given\nKONY;Joseph\n", encoding="utf-8")
    screen_file(src, out, limit=1, workers=1, name_column="given+family")
    assert [(r["query"], r["ref"]) for r in _rows(out)] == [("Joseph KONY", "CFi.009")]
    with pytest.raises(ParseError, match="no column 'nom'") as caught:
        screen_file(src, out, name_column="nom", workers=1)
    assert "first_name+last_name" in (caught.value.hint or "")


def test_the_output_may_not_be_the_input(tmp_path: Path) -> None:
    """The results would replace the names they came from."""
    source = tmp_path / "names.csv"
    source.write_text("name\nJoseph Kony\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="is the input file"):
        screen_file(source, tmp_path / "." / "names.csv", workers=1)
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("name1,name2\nA,B\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="is the input file"):
        compare_file(pairs, pairs)
    assert source.read_text(encoding="utf-8") == "name\nJoseph Kony\n"


def test_workers_are_at_most_four_per_core(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch.os, "cpu_count", lambda: 2)
    assert batch.resolve_workers(100_000) == 8
    assert batch.resolve_workers(0) == 2 and batch.resolve_workers(3) == 3


def test_an_unknown_schema_in_a_pairs_file_is_left_out_and_named(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("name1,name2,schema\nA B,A B,Person\nC D,C D,Foo\n,x,\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    summary = compare_file(pairs, out, threshold=0.0)
    assert summary["ignored_fields"] == 1
    assert "pairs.csv:3: schema 'Foo'" in summary["ignored_fields_shown"][0]
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows[1]["score"] == "1.0"  # compared without the schema
    assert (rows[2]["score"], rows[2]["match"]) == ("0.0", "True")  # 0.0 >= threshold 0


def test_a_row_field_that_cannot_be_read_is_left_out_and_named(tmp_path: Path) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text(
        "name,type,dob\nJoseph Kony,Trust,1961\nChoe Chun Sik,,31/02/1954\n", encoding="utf-8"
    )
    out = tmp_path / "out.csv"
    summary = screen_file(
        rows, out, schema_column="type", dob_column="dob", workers=1, limit=1, threshold=0.0
    )
    assert summary["ignored_fields"] == 2
    assert [n.split(": ")[0] for n in summary["ignored_fields_shown"]] == [
        f"{rows}:2",
        f"{rows}:3",
    ]
    hits = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [h["ref"] for h in hits] == ["CFi.009", "KPi.013"]


def test_a_folder_given_as_the_input_is_named_as_one(tmp_path: Path) -> None:
    folder = tmp_path / "names.csv"
    folder.mkdir()
    with pytest.raises(InvalidInput, match="is a folder, not a file"):
        screen_file(folder, tmp_path / "out.csv", workers=1)


def test_a_name_beside_a_surname_is_the_given_name(tmp_path: Path) -> None:
    # European exports split names so; "Joseph" and "Kony" were screened as "Joseph"
    assert name_columns(["Name", "Surname", "DOB"]) == ("Name", "Surname")
    assert name_columns(["name", "middle_name", "last_name"]) == (
        "name",
        "middle_name",
        "last_name",
    )
    assert name_columns(["Name", "Country"]) == ("Name",)
    source = tmp_path / "ns.csv"
    source.write_text("Name,Surname\nJoseph,Kony\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    screen_file(source, out, workers=1)
    assert "CFi.009" in out.read_text(encoding="utf-8")


def test_headers_as_spreadsheets_write_them() -> None:
    assert find_column(["Customer Name", "Date of Birth"], "name") == "Customer Name"
    assert find_column(["Customer Name", "Date of Birth"], "dob") == "Date of Birth"
    assert find_column(["Name 1", "Name 2"], "name2") == "Name 2"


def test_an_unquoted_delimiter_in_a_one_column_file_stays_in_the_name(tmp_path: Path) -> None:
    source = tmp_path / "one.csv"
    source.write_text("name\nKony, Joseph\nCHOE, Chun Sik\n", encoding="utf-8")
    handle, reader, _ = open_rows(source, "auto")
    with handle:
        assert [r["name"] for r in records(reader, source)] == ["Kony, Joseph", "CHOE, Chun Sik"]


def test_a_row_of_more_cells_than_its_header_is_refused_by_line(tmp_path: Path) -> None:
    source = tmp_path / "two.csv"
    source.write_text("name,dob\nJoseph Kony,1961,,\nKony, Joseph,1961\n", encoding="utf-8")
    handle, reader, _ = open_rows(source, "auto")
    with handle, pytest.raises(ParseError, match="3 cells, the header 2") as err:
        list(records(reader, source))  # empty cells after the last are no more cells
    assert err.value.line == 3


def test_excels_separator_line_is_read(tmp_path: Path) -> None:
    source = tmp_path / "sep.csv"
    source.write_text("sep=;\nname;country\nJoseph Kony;UG\n", encoding="utf-8")
    handle, reader, _ = open_rows(source, "auto")
    with handle:
        assert list(records(reader, source)) == [{"name": "Joseph Kony", "country": "UG"}]


def test_an_identifier_column_decides_a_vessel_renamed(tmp_path: Path) -> None:
    # a vessel's IMO number survives its renaming: the column finds it under another name
    screener = Screener.from_list("ofac_sdn")
    vessel = next(e for e in screener.entities if any(i.type == "imo" for i in e.identifiers))
    imo = next(i.number for i in vessel.identifiers if i.type == "imo")
    source = tmp_path / "ships.csv"
    source.write_text(f"vessel,IMO Number\nSEA BREEZE,{imo}\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    screen_file(
        source, out, name_column="vessel", identifier_column="imo", screener=screener, workers=1
    )
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [(r["ref"], r["score"]) for r in rows][:1] == [(vessel.ref, "0.99")]
