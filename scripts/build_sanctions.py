"""Build the shipped sanctions lists (``src/unsc/data/sanctions/``) from ../shared/data.

Copies the real list files gzip-compressed (mtime 0, so the output is byte-for-byte
reproducible) and resolves every country name they contain to an ISO code with
:mod:`rigour.territories`, into ``countries.json.gz``, so that loading a list at run time
needs no territory index.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "sanctions"
OUT = ROOT / "src" / "unsc" / "data" / "sanctions"

# shipped name (without .gz) -> source file under shared/data/sanctions
FILES: dict[str, str] = {
    "un_sc_2025-12-09.xml": "un/un_consolidated_2025-12-09.xml",
    "un_sc_2026-01-28.xml": "un/un_consolidated_2026-01-28.xml",
    "un_sc_2026-05-08.xml": "un/un_consolidated_2026-05-08.xml",
    "ofac_sdn_2024-05-03.csv": "ofac/sdn_2024-05-03.csv",
    "ofac_cons_2026-01-08.xml": "ofac/ofac_consolidated_non_sdn_2026-01-08.xml",
}


def compress(data: bytes) -> bytes:
    """Deterministic gzip: no file name, mtime 0."""
    return gzip.compress(data, compresslevel=9, mtime=0)


def country_table() -> dict[str, str | None]:
    """Every country string the readers look up in the shipped lists -> ISO alpha-2 or None."""
    from unsc.sanctions import countries
    from unsc.sanctions.loader import parse_bytes

    asked: set[str] = set()
    lookup = countries._lookup

    def recording(key: str) -> str | None:
        asked.add(key)
        return lookup(key)

    countries._table.cache_clear()
    original_table = countries._table
    countries._table = lambda: {}  # type: ignore[assignment]
    countries._lookup = recording  # type: ignore[assignment]
    try:
        for shipped, source in FILES.items():
            parse_bytes((SHARED / source).read_bytes(), label=shipped)
    finally:
        countries._table = original_table  # type: ignore[assignment]
        countries._lookup = lookup
    return {key: lookup(key) for key in sorted(asked)}


def build() -> dict[str, bytes]:
    """The shipped files, name (with .gz) -> compressed bytes."""
    out = {f"{name}.gz": compress((SHARED / src).read_bytes()) for name, src in FILES.items()}
    table = json.dumps(country_table(), ensure_ascii=False, indent=0, sort_keys=True)
    out["countries.json.gz"] = compress(table.encode("utf-8") + b"\n")
    return out


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, data in build().items():
        (OUT / name).write_bytes(data)
        print(f"wrote {OUT / name} ({len(data):,} bytes)")


if __name__ == "__main__":
    main()
