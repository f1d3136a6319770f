"""The versioned list store on the real UN files, on SQLite and PostgreSQL.

The deltas between the three real UN lists must come out exactly as the data README
documents them; an import is atomic, also when the importing process is SIGKILLed.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import sqlalchemy as sa

from unsc.errors import InvalidInput, NotFound, ParseError
from unsc.sanctions import Store, parse_un_xml

FILES = ("2025-12-09", "2026-01-28", "2026-05-08")
SDI = [f"SDi.{n:03d}" for n in range(7, 15)]


def un(shared_data: Path, date: str) -> Path:
    return shared_data / "sanctions" / "un" / f"un_consolidated_{date}.xml"


@pytest.fixture()
def store(store_url: str) -> Store:
    return Store(store_url)


def _import_all(store: Store, shared_data: Path) -> list[int]:
    return [store.import_file(un(shared_data, d)).version for d in FILES]


def test_real_deltas_exactly(store: Store, shared_data: Path) -> None:
    v1, v2, v3 = _import_all(store, shared_data)
    first = store.diff(v1, v2)
    assert first.added == [] and first.removed == ["IQi.074"] and first.amended == []
    second = store.diff(v2, v3)
    assert second.added == ["QDi.437", "QDi.438", "QDi.439", *SDI]
    assert second.removed == ["QDe.137"]
    # The INTERPOL elements new in 2026-05-08 are a schema addition, never an amendment.
    fields = {f for a in second.amended for f in a.fields}
    assert not {f for f in fields if "interpol" in f}
    # Real edits only: 29 records, 26 of them with a new LAST_DAY_UPDATED (not ~1,000).
    assert len(second.amended) == 29
    assert sum("updated_on" in a.fields for a in second.amended) == 26
    assert all(a.ref not in second.added for a in second.amended)
    backwards = store.diff(v3, v1)
    assert set(backwards.removed) == {"QDi.437", "QDi.438", "QDi.439", *SDI}
    assert set(backwards.added) == {"QDe.137", "IQi.074"}


def test_versions_and_noop_reimport(store: Store, shared_data: Path) -> None:
    v1, v2, v3 = _import_all(store, shared_data)
    again = store.import_file(un(shared_data, "2026-01-28"))
    assert again.unchanged and again.version == v2 and again.entries == 999
    versions = store.versions()
    assert [v.version for v in versions] == [v1, v2, v3]
    assert [v.entries for v in versions] == [1000, 999, 1009]
    assert versions[2].generated == dt.datetime(2026, 5, 8, 23, 0, 6, 922000, tzinfo=dt.UTC)
    assert all(len(v.sha256) == 64 for v in versions)
    assert versions[0].to_dict()["generated"] == "2025-12-09T00:00:06.058000+00:00"


def test_current_is_the_newest_generated_list(store: Store, shared_data: Path) -> None:
    newest = store.import_file(un(shared_data, "2026-05-08")).version
    store.import_file(un(shared_data, "2025-12-09"))  # an older file imported later
    assert store.current_version("un_sc").version == newest
    assert len(store.current("un_sc").entities) == 1009


def test_stored_snapshot_round_trips(store: Store, shared_data: Path) -> None:
    path = un(shared_data, "2026-05-08")
    version = store.import_file(path).version
    parsed = {e.ref: e.to_dict(raw=True) for e in parse_un_xml(path).entities}
    stored = {e.ref: e.to_dict(raw=True) for e in store.snapshot(version).entities}
    assert stored == parsed
    entity = store.entity("KPi.033")
    assert entity.name == "RI WON HO" and entity.raw.startswith("<INDIVIDUAL")
    with pytest.raises(NotFound):
        store.entity("KPi.999", "un_sc")


def test_the_same_list_in_other_bytes_is_no_new_version(
    store: Store, shared_data: Path, tmp_path: Path
) -> None:
    """A copy with a byte-order mark, or gzipped, is the same publication: no phantom
    version with nothing changed. Published again with a new date, it is a new version."""
    original = un(shared_data, "2026-01-28").read_bytes()
    first = store.import_file(un(shared_data, "2026-01-28"))
    bom = tmp_path / "with_bom.xml"
    bom.write_bytes(b"\xef\xbb\xbf" + original)
    zipped = tmp_path / "list.xml.gz"
    zipped.write_bytes(gzip.compress(original))
    for copy in (bom, zipped):
        again = store.import_file(copy)
        assert again.unchanged and again.version == first.version, copy.name
    redated = tmp_path / "redated.xml"
    redated.write_bytes(
        original.replace(b'dateGenerated="2026-01-28', b'dateGenerated="2026-01-29')
    )
    assert not store.import_file(redated).unchanged
    assert len(store.versions("un_sc")) == 2


def test_an_undated_list_imported_again_is_current_again(store: Store, tmp_path: Path) -> None:
    """A list without a generation date is current by its import: gone A, B, then A again
    (a delisting undone), A is current, whether its bytes are the same or not."""
    monday, tuesday = tmp_path / "monday.csv", tmp_path / "tuesday.csv"
    monday.write_text("name,id\nAcme Trading,1\nBeta Shipping,2\n", encoding="utf-8")
    tuesday.write_text("name,id\nAcme Trading,1\n", encoding="utf-8")
    first = store.import_file(monday)
    second = store.import_file(tuesday)
    assert store.current_version(second.dataset).version == second.version
    again = store.import_file(monday)
    assert again.unchanged and again.version == first.version
    assert store.current_version(first.dataset).version == first.version
    store.import_file(tuesday)
    wednesday = tmp_path / "wednesday.csv"
    wednesday.write_bytes(b"\xef\xbb\xbf" + monday.read_bytes())  # the same list, a BOM
    assert store.import_file(wednesday).version == first.version
    assert store.current_version(first.dataset).version == first.version


def test_unchanged_entries_share_payloads(store: Store, shared_data: Path) -> None:
    from unsc.storage.tables import list_entries, list_payloads

    def counts() -> tuple[int, int]:
        with store.engine.connect() as conn:
            entries = conn.scalar(sa.select(sa.func.count()).select_from(list_entries))
            payloads = conn.scalar(sa.select(sa.func.count()).select_from(list_payloads))
        return entries or 0, payloads or 0

    store.import_file(un(shared_data, "2025-12-09"))
    store.import_file(un(shared_data, "2026-01-28"))
    # 2026-01-28 only removed one entry: its 999 entries reuse the stored payloads.
    assert counts() == (1000 + 999, 1000)


def test_bad_file_leaves_previous_current(store: Store, shared_data: Path, tmp_path: Path) -> None:
    good = store.import_file(un(shared_data, "2026-01-28")).version
    data = un(shared_data, "2026-05-08").read_bytes()
    broken = tmp_path / "broken.xml"
    broken.write_bytes(data[: len(data) // 2])
    with pytest.raises(ParseError) as err:
        store.import_file(broken)
    assert err.value.line is not None and "broken.xml" in str(err.value)
    assert [v.version for v in store.versions()] == [good]
    assert store.current_version("un_sc").version == good


def test_errors(store: Store, shared_data: Path) -> None:
    v = store.import_file(un(shared_data, "2026-01-28")).version
    with pytest.raises(NotFound, match="no list version 99"):
        store.diff(v, 99)
    with pytest.raises(NotFound):
        store.current("ofac_sdn")
    with pytest.raises(NotFound):
        store.import_file(Path("/nonexistent/file.xml"))


CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from unsc.sanctions import Store

    def progress(done, total):
        if done:
            print(f"written {done} of {total}", flush=True)
            time.sleep(0.5)  # the parent kills us while the transaction is open

    Store(sys.argv[1]).import_file(Path(sys.argv[2]), progress=progress)
    print("finished", flush=True)
    """
)


def _big_file(shared_data: Path, tmp_path: Path, copies: int = 12) -> Path:
    """A valid UN list about ``copies`` times the real one, with unique references."""
    text = un(shared_data, "2026-05-08").read_text("utf-8")
    head, rest = text.split("<INDIVIDUALS>", 1)
    individuals, tail = rest.split("</INDIVIDUALS>", 1)
    blocks = [individuals]
    for n in range(1, copies):
        blocks.append(
            individuals.replace("</REFERENCE_NUMBER>", f"-{n}</REFERENCE_NUMBER>").replace(
                "<DATAID>", f"<DATAID>{n}"
            )
        )
    path = tmp_path / "big.xml"
    path.write_text(head + "<INDIVIDUALS>" + "".join(blocks) + "</INDIVIDUALS>" + tail, "utf-8")
    return path


@pytest.mark.slow
def test_killed_import_leaves_previous_snapshot(
    store_url: str, shared_data: Path, tmp_path: Path
) -> None:
    store = Store(store_url)
    previous = store.import_file(un(shared_data, "2026-01-28"))
    before = {e.ref: e.to_dict(raw=True) for e in store.current("un_sc").entities}
    big = _big_file(shared_data, tmp_path)
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    child = subprocess.Popen(
        [sys.executable, str(script), store_url, str(big)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = child.stdout.readline() if child.stdout else ""
        assert line.startswith("written"), (line, child.stderr.read() if child.stderr else "")
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL

    from unsc.storage import dispose_engines

    dispose_engines()  # a fresh engine, as a new process would have
    store = Store(store_url)
    assert [v.version for v in store.versions()] == [previous.version]
    assert store.current_version("un_sc").version == previous.version
    after = {e.ref: e.to_dict(raw=True) for e in store.current("un_sc").entities}
    assert after == before
    from unsc.storage.tables import list_entries

    with store.engine.connect() as conn:
        rows = conn.scalar(sa.select(sa.func.count()).select_from(list_entries))
    assert rows == previous.entries  # nothing of the killed import is left
    # and the store is usable: the same big file now imports completely
    result = store.import_file(big)
    assert not result.unchanged and result.entries > 8000


def test_import_snapshot_progress(store: Store, shared_data: Path) -> None:
    seen: list[tuple[int, int]] = []
    store.import_file(un(shared_data, "2026-01-28"), progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 999) and seen[-1] == (999, 999)
    assert json.loads(json.dumps(store.versions()[0].to_dict()))["entries"] == 999


@pytest.mark.slow
def test_diff_of_two_datasets_is_refused(store: Store, shared_data: Path) -> None:
    a = store.import_file(un(shared_data, "2026-01-28")).version
    b = store.import_file(shared_data / "sanctions" / "ofac" / "sdn_2024-05-03.csv").version
    with pytest.raises(InvalidInput, match="same list"):
        store.diff(a, b)
    assert store.entity("306").name == "BANCO NACIONAL DE CUBA"
    assert store.entity("306", "ofac_sdn").programs == ["CUBA"]


def test_concurrent_imports_of_one_file(store_url: str, shared_data: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    store = Store(store_url)
    path = un(shared_data, "2026-01-28")
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda _: store.import_file(path), range(2)))
    assert sorted(r.unchanged for r in results) == [False, True]
    assert {r.version for r in results} == {store.versions()[0].version}
    assert len(store.versions()) == 1


def test_empty_or_duplicate_snapshot_is_refused(store: Store) -> None:
    from unsc.sanctions import Entity, ListSnapshot, Schema

    def snap(refs: list[str]) -> ListSnapshot:
        entities = [Entity("un_sc", r, Schema.PERSON, "A") for r in refs]
        return ListSnapshot("un_sc", None, entities, f"{len(refs)}" * 8, "test")

    with pytest.raises(InvalidInput, match="no entries"):
        store.import_snapshot(snap([]))
    with pytest.raises(InvalidInput, match="twice"):
        store.import_snapshot(snap(["X.1", "X.1"]))
    assert store.versions() == []


def test_an_undated_export_read_back_does_not_replace_the_dated_list(
    store: Store, shared_data: Path, tmp_path: Path
) -> None:
    """This tool's CSV export names its rows' dataset but no generation date: imported back,
    it became the UN list's current version over the official one of 2026-05-08."""
    from unsc.sanctions.export import export_csv

    official = store.import_file(un(shared_data, "2026-05-08")).version
    exported = tmp_path / "un.csv"
    with exported.open("w", newline="", encoding="utf-8") as out:
        export_csv(store.current("un_sc").entities, out)
    back = store.import_file(exported)
    assert back.dataset == "un_sc" and back.version != official
    assert store.current_version("un_sc").version == official
