"""Settings: environment variables, their types, and their documentation."""

from __future__ import annotations

from pathlib import Path

import pytest

from unsc import settings
from unsc.errors import InvalidInput

DOCS = Path(__file__).resolve().parents[1] / "docs" / "settings.md"


def test_docs_list_every_setting_as_the_code_defines_it() -> None:
    assert settings.markdown_table().strip() in DOCS.read_text(encoding="utf-8")


def test_values_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UNSC_WORKERS", "3")
    settings.reload()
    try:
        assert settings.get_settings().workers == 3
    finally:
        monkeypatch.undo()
        settings.reload()


def test_a_bad_value_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UNSC_WORKERS", "many")
    try:
        with pytest.raises(InvalidInput, match="UNSC_WORKERS"):
            settings.reload()
            settings.get_settings()
    finally:
        monkeypatch.undo()
        settings.reload()
