"""The one :class:`sqlalchemy.MetaData` every table of the project is declared on."""

from __future__ import annotations

from sqlalchemy import MetaData

MAX_ID = 2**31 - 1
"""The largest id a stored row can have (a 32-bit integer column): a larger one given by a
user names no row (and a driver would refuse it as a parameter)."""

# Deterministic constraint names, so that migrations can refer to them on every backend.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)
