"""Pausing Python's cyclic garbage collector while a screener's index is built or loaded.

An index holds millions of small tuples and strings, none of them in a reference cycle. While
they are being made, the collector runs every few hundred allocations and, as they pile up,
walks all of them again and again: loading the OFAC list's cached screener took 2.2-2.6 s
with it running, 0.5-0.6 s without, and building it 1.44-1.64 s against 1.17-1.30 s
(2026-12-06; the bench's million names built in 98.6 s, 98.2 s before: there it ran twice).
Reference counting still frees what is dropped meanwhile; the collector runs again, as it
was, when the work is done.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused"]


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cyclic collector off, and on again after it if it was on.
    Process-wide: other threads' garbage in cycles waits until the block ends."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
