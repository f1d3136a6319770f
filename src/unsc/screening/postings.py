"""Posting lists of name numbers under string keys, all in one array.

The index files each name under a few dozen keys; a list of a million names has millions of
keys. One NumPy array per key costs about 110 bytes of header besides its numbers, and a
Python list of Python ints, while the index is built, 36 bytes a number. Here the numbers
of every key lie in one ``int32`` array, sorted by key (compressed sparse rows), and a key
maps to its row: a posting list is a read-only view of its slice, made when it is asked
for. While the index is built, each (key, name) pair costs 8 bytes in two typed arrays.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator
from typing import overload

import numpy as np
import numpy.typing as npt

IntArray = npt.NDArray[np.int32]


class PostingTable:
    """Sorted, unique name numbers per key; read as a mapping from keys to read-only arrays."""

    __slots__ = ("_names", "_rows", "_starts")

    def __init__(self, rows: dict[str, int], starts: npt.NDArray[np.int64], names: IntArray):
        self._rows = rows  # key -> its row
        self._starts = starts  # row r holds names[starts[r]:starts[r + 1]]
        self._names = names
        self._names.flags.writeable = False  # a posting list is shared by every query

    def __getstate__(self) -> tuple[dict[str, int], npt.NDArray[np.int64], IntArray]:
        return self._rows, self._starts, self._names

    def __setstate__(self, state: tuple[dict[str, int], npt.NDArray[np.int64], IntArray]) -> None:
        self._rows, self._starts, self._names = state
        self._names.flags.writeable = False  # pickle does not keep the flag

    def __contains__(self, key: object) -> bool:
        return key in self._rows

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, key: str) -> IntArray:
        row = self._rows[key]
        return self._names[self._starts[row] : self._starts[row + 1]]

    @overload
    def get(self, key: str) -> IntArray | None: ...

    @overload
    def get(self, key: str, default: IntArray) -> IntArray: ...

    def get(self, key: str, default: IntArray | None = None) -> IntArray | None:
        """The posting list of ``key``, or ``default`` when no name is filed under it."""
        row = self._rows.get(key)
        if row is None:
            return default
        return self._names[self._starts[row] : self._starts[row + 1]]

    @property
    def postings(self) -> int:
        """How many (key, name) pairs the table holds."""
        return len(self._names)


class PostingBuilder:
    """Collects each name's keys, names numbered in increasing order, into a
    :class:`PostingTable`."""

    def __init__(self) -> None:
        self._rows: dict[str, int] = {}
        self._keys = array("i")  # the row of each (key, name) pair, in the order added
        self._names = array("i")
        self._last = -1

    def add(self, name: int, keys: Iterable[str]) -> None:
        """File name number ``name`` under each of ``keys`` (distinct), after every name
        added before it (so each list comes out sorted)."""
        if name <= self._last:
            raise ValueError(f"names must be added in increasing order: {name} after {self._last}")
        self._last = name
        rows = self._rows
        for key in keys:
            row = rows.get(key)
            if row is None:
                row = rows[key] = len(rows)
            self._keys.append(row)
            self._names.append(name)

    def table(self) -> PostingTable:
        """The table of everything added (a stable sort by key keeps each row's names in
        the increasing order they were added in)."""
        keys = np.frombuffer(self._keys, dtype=np.int32) if len(self._keys) else np.zeros(0, "i4")
        order = np.argsort(keys, kind="stable")
        names = np.frombuffer(self._names, dtype=np.int32)[order] if len(order) else keys.copy()
        starts = np.zeros(len(self._rows) + 1, dtype=np.int64)
        np.cumsum(np.bincount(keys, minlength=len(self._rows)), out=starts[1:])
        return PostingTable(self._rows, starts, names.astype(np.int32, copy=False))
