"""What one service process holds: its database engine (opened on first use), the per-dataset
screener cache and the runner of batch-screening jobs."""

from __future__ import annotations

import threading

from sqlalchemy.engine import Engine

from unsc.service.datasets import Datasets
from unsc.service.jobs import JobRunner


class ServiceContext:
    """Process-wide state of one app; created by :func:`unsc.service.create_app`."""

    def __init__(self, database_url: str | None = None) -> None:
        self.database_url = database_url
        self._engine: Engine | None = None
        self._lock = threading.Lock()
        self.datasets = Datasets(lambda: self.engine)
        self.jobs = JobRunner(lambda: self.engine)

    @property
    def engine(self) -> Engine:
        """The store's engine, migrated to the newest revision on first use."""
        if self._engine is None:
            with self._lock:
                if self._engine is None:
                    from unsc.storage import get_engine

                    self._engine = get_engine(self.database_url)
        return self._engine

    def close(self) -> None:
        self.jobs.shutdown()
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
