"""Fixtures of the drafts tests: the real resolution texts of ../shared/data."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def resolutions(shared_data: Path) -> Path:
    """The folder of official resolution texts (six complete texts and the CR-UNSC gold set)."""
    return shared_data / "security_council" / "resolutions"


@pytest.fixture(scope="session")
def gold(resolutions: Path) -> Path:
    return resolutions / "cr-unsc-gold"
