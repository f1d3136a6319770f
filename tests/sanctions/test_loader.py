"""Loading by dataset name or path, with the format detected from the content."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import pytest

from unsc.errors import NotFound, ParseError
from unsc.sanctions import detect_format, load_list, parse_bytes


def test_detect(shared_data: Path) -> None:
    un = (shared_data / "sanctions/un/un_consolidated_2025-12-09.xml").read_bytes()
    assert detect_format(un) == "un"
    ofac = (shared_data / "sanctions/ofac/sdn_2024-05-03.csv").read_bytes()
    assert detect_format(ofac) == "ofac"
    xml = (shared_data / "sanctions/ofac/ofac_consolidated_non_sdn_2026-01-08.xml").read_bytes()
    assert detect_format(xml) == "ofac_xml"
    with pytest.raises(ParseError, match="root <html>"):
        detect_format(b"<?xml version='1.0'?>\n<!-- x --><html><body/></html>")
    with pytest.raises(ParseError, match="unrecognised"):
        detect_format(b"surname,dob\nx,1\n")


def test_a_list_with_an_inline_dtd_is_read_its_entities_left_unexpanded(
    shared_data: Path,
) -> None:
    """A doctype with an internal subset before the root (as some republished copies have)
    hides no root; its entities are not expanded (no billion laughs)."""
    data = (shared_data / "sanctions/un/un_consolidated_2026-05-08.xml").read_bytes()
    root = data.index(b"<CONSOLIDATED_LIST")
    dtd = (
        b'<?xml version="1.0"?>\n<!DOCTYPE CONSOLIDATED_LIST [\n <!ENTITY lol "lol">\n'
        b' <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n'
        b" <!ELEMENT CONSOLIDATED_LIST ANY>\n]>\n"
    )
    assert detect_format(dtd + data[root:]) == "un"
    entities = b"".join(b' <!ENTITY e%d "%d">\n' % (i, i) for i in range(400))  # 7 KB
    long_dtd = dtd.replace(b"]>", entities + b"]>")
    assert len(long_dtd) > 4096 and detect_format(long_dtd + data[root:]) == "un"
    plain = parse_bytes(data, label="plain.xml")
    with_dtd = parse_bytes(dtd + data[root:], label="dtd.xml")
    assert [e.name for e in with_dtd.entities] == [e.name for e in plain.entities]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the file is empty"),
        (b" \r\n", "the file is empty"),
        ("name,country\nAcme,kp\n".encode("utf-16"), "the file is UTF-16 text"),
        (b"<?xml version='1.0'?>\n<html/>", "XML with root <html>"),
        (b"surname,dob\nx,1\n", "unrecognised list format"),
    ],
)
def test_a_file_of_no_list_format_is_named(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "list.txt"
    path.write_bytes(data)
    with pytest.raises(ParseError, match=message) as err:
        load_list(path)
    assert str(err.value).startswith(f"{path}: ")


def test_gzipped_file_and_source_override(shared_data: Path, tmp_path: Path) -> None:
    data = (shared_data / "sanctions/un/un_consolidated_2026-01-28.xml").read_bytes()
    path = tmp_path / "list.bin"
    path.write_bytes(gzip.compress(data))
    snap = load_list(path)
    assert len(snap.entities) == 999 and snap.source == str(path)
    with pytest.raises(ParseError):
        parse_bytes(data, source="ofac")


def test_a_broken_gzip_file_is_a_clear_error(shared_data: Path, tmp_path: Path) -> None:
    data = (shared_data / "sanctions/un/un_consolidated_2026-01-28.xml").read_bytes()
    path = tmp_path / "list.xml.gz"
    path.write_bytes(gzip.compress(data)[:5000])  # a download cut short
    with pytest.raises(ParseError, match="not a readable gzip file") as caught:
        load_list(path)
    assert caught.value.path == str(path)


def test_shipped_datasets() -> None:
    assert len(load_list("ofac_sdn").entities) == 14965
    assert len(load_list("ofac_cons").entities) == 442
    assert load_list().dataset == "un_sc"


def test_unknown_name() -> None:
    with pytest.raises(NotFound, match="no dataset or file"):
        load_list("eu_fsf")


def test_shipped_files_equal_a_rebuild(shared_data: Path) -> None:
    import importlib.util

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("build", root / "scripts/build_sanctions.py")
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    shipped = root / "src/unsc/data/sanctions"
    for name, source in build.FILES.items():
        expected = build.compress((build.SHARED / source).read_bytes())
        assert (shipped / f"{name}.gz").read_bytes() == expected, name


@pytest.mark.slow
def test_shipped_country_table_equals_a_rebuild() -> None:
    import importlib.util
    import json

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("build2", root / "scripts/build_sanctions.py")
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    shipped = json.loads(
        gzip.decompress((root / "src/unsc/data/sanctions/countries.json.gz").read_bytes())
    )
    assert shipped == build.country_table()
    assert shipped["democratic people's republic of korea"] == "kp"
    assert shipped["korea, north"] == "kp"


def test_a_head_of_unclosed_declarations_is_read_once(bounded: Any) -> None:
    """The prolog before the root was searched for through the whole head: 15 s on 64 KB of
    "<?" never closed."""
    with bounded("detecting the format"), pytest.raises(ParseError, match="root"):
        detect_format(b"<" + b"<?" * 32_000)
