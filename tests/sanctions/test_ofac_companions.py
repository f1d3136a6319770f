"""OFAC's ALT.CSV and ADD.CSV beside a real SDN.CSV: aliases, addresses, versions."""

from __future__ import annotations

from pathlib import Path

import pytest

from unsc.errors import ParseError
from unsc.sanctions import NameKind, load_list
from unsc.sanctions.store import Store

# Rows in OFAC's published layout (no header, -0- for empty, CRLF, a trailing Ctrl-Z) for
# entries of the real 2024-05-03 SDN.CSV: 306 BANCO NACIONAL DE CUBA, 2674 ABBAS, Abu.
ALT = (
    '306,2,"a.k.a.","NATIONAL BANK OF CUBA",-0- \r\n'
    '306,3,"f.k.a.","BANCO NACIONAL",-0- \r\n'
    '2674,4,"a.k.a.","ZAYDAN, Muhammad",-0- \r\n'
    "\x1a"
)
ADD = (
    '306,25,"Avenida de la Independencia y Amenidad","Havana","Cuba",-0- \r\n'
    '306,26,"Dai-Ichi Bldg. 6th Floor, 10-2 Nihombashi","Tokyo 103","Japan","branch"\r\n'
    "\x1a"
)


@pytest.fixture()
def sdn_folder(shared_data: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "ofac"
    folder.mkdir()
    sdn = (shared_data / "sanctions" / "ofac" / "sdn_2024-05-03.csv").read_bytes()
    (folder / "SDN.CSV").write_bytes(sdn)
    return folder


def test_aliases_and_addresses_are_merged_from_beside_the_file(sdn_folder: Path) -> None:
    (sdn_folder / "ALT.CSV").write_bytes(ALT.encode())
    (sdn_folder / "add.csv").write_bytes(ADD.encode())  # any letter case
    snapshot = load_list(sdn_folder / "SDN.CSV")
    bank = next(e for e in snapshot.entities if e.ref == "306")
    names = {n.full: n.kind for n in bank.names}
    assert names["NATIONAL BANK OF CUBA"] == NameKind.ALIAS_GOOD
    assert names["BANCO NACIONAL"] == NameKind.FORMER
    assert "BNC" in names  # the a.k.a. of the Remarks is kept
    assert [a.city for a in bank.addresses] == ["Havana", "Tokyo 103"]
    assert bank.addresses[0].country_code == "cu"
    abbas = next(e for e in snapshot.entities if e.ref == "2674")
    assert "Muhammad ZAYDAN" in {n.full for n in abbas.names}  # "LAST, First" flipped
    assert "addresses" in snapshot.fields


def test_the_version_hash_covers_the_companions(sdn_folder: Path, isolated_env: Path) -> None:
    store = Store()
    first = store.import_file(sdn_folder / "SDN.CSV")
    assert store.import_file(sdn_folder / "SDN.CSV").unchanged
    (sdn_folder / "ALT.CSV").write_bytes(ALT.encode())
    second = store.import_file(sdn_folder / "SDN.CSV")
    assert not second.unchanged and second.version != first.version
    delta = store.diff(first.version, second.version)
    assert {a.ref for a in delta.amended} == {"306", "2674"}
    assert not delta.added and not delta.removed


def test_a_malformed_companion_names_its_file_and_line(sdn_folder: Path) -> None:
    bad = b'306,2,"a.k.a.","NATIONAL BANK OF CUBA",-0- \r\n306,3\r\n'
    (sdn_folder / "ALT.CSV").write_bytes(bad)
    with pytest.raises(ParseError) as err:
        load_list(sdn_folder / "SDN.CSV")
    assert "ALT.CSV:2" in str(err.value)
    assert "alt_name" in str(err.value)
