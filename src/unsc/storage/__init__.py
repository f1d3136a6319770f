"""Storage: one SQLAlchemy engine per database URL, migrated to the newest schema on first use.

Every table of the project lives on the one :data:`metadata`; its schema is created and
changed only by the Alembic revisions in ``unsc/storage/migrations/versions/`` (``0001_lists``
for the list store, ``0002_service`` for the HTTP service ...). :func:`get_engine` runs them
programmatically, so a new SQLite file or an empty PostgreSQL database is ready at once.
SQLite runs in WAL mode with foreign keys on; PostgreSQL is reached as
``postgresql+psycopg://``.
"""

from unsc.storage.engine import begin_write, dispose_engines, get_engine, migrate
from unsc.storage.meta import MAX_ID, metadata

__all__ = ["MAX_ID", "begin_write", "dispose_engines", "get_engine", "metadata", "migrate"]
