"""Build the shipped Council data from ../shared/data/security_council.

Writes, under ``src/unsc/data/council/`` (gzip, mtime 0, so a rebuild is byte-identical):

* ``membership.csv.gz``: ``year,code`` for every member of every year 1946-2027, from the
  DPPA membership table, names mapped to alpha-3 codes with ``states.yaml``. Its eight empty
  names are repaired (see :data:`REPAIRS`).
* ``record.json.gz``: the record of decisions 1946-2022 from the DHL tables, the veto lists
  and the failed-drafts sample.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "security_council"
OUT = ROOT / "src" / "unsc" / "data" / "council"

# The DPPA file lost eight non-ASCII or otherwise missing names (ids -> code, with the reason).
REPAIRS: dict[str, tuple[str, str]] = {
    "202": ("CIV", "Côte d'Ivoire (then Ivory Coast) served 1964-65"),
    "212": ("CIV", "Côte d'Ivoire (then Ivory Coast) served 1964-65"),
    "584": ("CIV", "Côte d'Ivoire served 1990-91"),
    "599": ("CIV", "Côte d'Ivoire served 1990-91"),
    "1003": ("CIV", "Côte d'Ivoire served 2018-19"),
    "1018": ("CIV", "Côte d'Ivoire served 2018-19"),
    "1135": ("COD", "elected by the General Assembly on 3 June 2025 for 2026-27"),
    "1148": ("COD", "elected by the General Assembly on 3 June 2025 for 2026-27"),
}


def write_gz(path: Path, data: bytes) -> None:
    """Write ``data`` gzip-compressed with mtime 0: identical input gives identical bytes."""
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(data)
    path.write_bytes(buf.getvalue())


def dppa_names() -> dict[str, str]:
    states: dict[str, Any] = yaml.safe_load((OUT / "states.yaml").read_text("utf-8"))
    table: dict[str, str] = {}
    for code, info in states.items():
        for name in info.get("dppa", [n for _, n in info["names"]]):
            table[name] = code
    return table


def membership_csv(source: Path) -> bytes:
    """The ``year,code`` table built from the DPPA file."""
    names = dppa_names()
    rows: list[tuple[int, str]] = []
    with source.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            name = row["security_council_member"].strip()
            if not name:
                code = REPAIRS[row["id"]][0]
            elif name in names:
                code = names[name]
            else:
                raise ValueError(f"{source}: id {row['id']}: unknown member name {name!r}")
            rows.append((int(row["year"]), code))
    out = io.StringIO()
    out.write("year,code\n")
    for year, code in sorted(set(rows)):
        out.write(f"{year},{code}\n")
    return out.getvalue().encode("utf-8")


def record_json(shared: Path) -> bytes:
    """The historical record (see :mod:`unsc.council.record_build`) as compact JSON."""
    from unsc.council.record_build import build_record

    doc = build_record(shared)
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    membership = membership_csv(SHARED / "membership" / "DPPA-SCMembership.csv")
    write_gz(OUT / "membership.csv.gz", membership)
    write_gz(OUT / "record.json.gz", record_json(SHARED))


if __name__ == "__main__":
    main()
