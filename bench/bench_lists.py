"""Benchmark of the sanctions lists: parse, import into the store, and deltas.

Targets (issue 4): import the UN list in < 2 s, the OFAC SDN list in < 10 s, a delta of two
UN versions in < 1 s; loading the shipped UN list in < 0.5 s. Each import goes into a fresh
SQLite store (and a fresh PostgreSQL database when ``UNSC_TEST_POSTGRES_URL`` is set). The
plain ``lxml`` parse of the same file is measured beside it as the floor of any UN reader.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "sanctions"
UN = [
    SHARED / "un" / f"un_consolidated_{d}.xml" for d in ("2025-12-09", "2026-01-28", "2026-05-08")
]
OFAC = SHARED / "ofac" / "sdn_2024-05-03.csv"
TARGETS = {"load_un_s": 0.5, "import_un_s": 2.0, "import_ofac_s": 10.0, "diff_un_s": 1.0}


def _timed(func: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        func()
        times.append(time.perf_counter() - started)
    return round(statistics.median(times), 4)


@contextmanager
def _sqlite() -> Iterator[str]:
    with tempfile.TemporaryDirectory() as folder:
        yield f"sqlite:///{folder}/bench-{uuid.uuid4().hex[:8]}.sqlite"


@contextmanager
def _postgres(base: str) -> Iterator[str]:
    import sqlalchemy as sa
    from sqlalchemy.engine import make_url

    name = f"unsc_bench_{uuid.uuid4().hex[:10]}"
    maintenance = make_url(base).set(database="postgres")
    admin = sa.create_engine(maintenance, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE template0')
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        from unsc.storage import dispose_engines

        dispose_engines()
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def _backend(url_factory: Callable[[], Any], repeat: int) -> dict[str, Any]:
    from unsc.sanctions import Store
    from unsc.storage import get_engine

    def fresh_import(path: Path) -> float:
        times = []
        for _ in range(repeat):
            with url_factory() as url:
                get_engine(url)  # migrations are set-up, not import work
                store = Store(url)
                started = time.perf_counter()
                result = store.import_file(path)
                times.append(time.perf_counter() - started)
                assert not result.unchanged
        return round(statistics.median(times), 4)

    out: dict[str, Any] = {
        "import_un_s": fresh_import(UN[2]),
        "import_ofac_s": fresh_import(OFAC),
    }
    with url_factory() as url:
        store = Store(url)
        versions = [store.import_file(p).version for p in UN]
        out["reimport_unchanged_s"] = _timed(lambda: store.import_file(UN[2]), repeat)
        out["diff_un_s"] = _timed(lambda: store.diff(versions[1], versions[2]), repeat)
        delta = store.diff(versions[1], versions[2])
        out["diff_un_counts"] = {
            "added": len(delta.added),
            "removed": len(delta.removed),
            "amended": len(delta.amended),
        }
        out["current_un_s"] = _timed(lambda: store.current("un_sc"), repeat)
    return out


def run(quick: bool = False) -> dict[str, Any]:
    from lxml import etree

    from unsc.sanctions import loader, parse_ofac_csv, parse_un_xml
    from unsc.sanctions.delta import diff_entities

    repeat = 1 if quick else 3
    un_bytes = UN[2].read_bytes()

    def load_cold() -> None:
        loader._cache.clear()
        loader.load_list("un_sc")

    results: dict[str, Any] = {
        "targets_s": TARGETS,
        "load_un_s": _timed(load_cold, repeat),
        "parse_un_s": _timed(lambda: parse_un_xml(un_bytes), repeat),
        "peer_lxml_parse_only_s": _timed(lambda: etree.fromstring(un_bytes), repeat),
        "parse_ofac_s": _timed(lambda: parse_ofac_csv(OFAC), repeat),
    }
    old, new = parse_un_xml(UN[1]), parse_un_xml(UN[2])
    results["diff_un_in_memory_s"] = _timed(
        lambda: diff_entities(
            old.entities, new.entities, old_fields=old.fields, new_fields=new.fields
        ),
        repeat,
    )
    results["sqlite"] = _backend(_sqlite, repeat)
    base = os.environ.get("UNSC_TEST_POSTGRES_URL")
    if base:
        results["postgresql"] = _backend(lambda: _postgres(base), repeat)
    backends = [b for b in ("sqlite", "postgresql") if b in results]
    results["meets_targets"] = all(
        results["load_un_s"] <= TARGETS["load_un_s"] and results[b][key] <= TARGETS[key]
        for b in backends
        for key in ("import_un_s", "import_ofac_s", "diff_un_s")
    )
    results["ratio_to_target"] = {
        b: {
            k: round(results[b][k] / TARGETS[k], 3)
            for k in ("import_un_s", "import_ofac_s", "diff_un_s")
        }
        for b in backends
    }
    return results
