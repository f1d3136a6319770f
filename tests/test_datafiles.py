"""The shipped data files: names of a folder's files, found compressed or not."""

from __future__ import annotations

import pytest

from unsc import datafiles
from unsc.errors import NotFound


def test_names_list_a_folder_recursively_without_suffixes() -> None:
    assert datafiles.names("scenarios", ".yaml") == ["2006-07", "2006-10"]
    drafts = datafiles.names("drafts", ".md")
    assert "2006-07/v3" in drafts and "2006-10/1718-adopted" in drafts
    assert drafts == sorted(drafts)


def test_names_of_a_missing_folder_are_empty() -> None:
    assert datafiles.names("no-such-folder", ".yaml") == []


def test_a_missing_file_is_a_clear_error() -> None:
    with pytest.raises(NotFound, match="missing"):
        datafiles.read_bytes("council/nothing.csv")
    assert not datafiles.exists("council/nothing.csv")
    assert datafiles.exists("council/membership.csv")  # found as membership.csv.gz
