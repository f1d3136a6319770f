"""Delta screening: after a list update, only the hits on entries added or amended since."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from unsc.cli.main import app
from unsc.sanctions import diff_entities, load_list
from unsc.screening import Query, Screener, screen_file
from unsc.screening.changes import changed_entries

runner = CliRunner()
OLD = "sanctions/un/un_consolidated_2025-12-09.xml"
NEW = "sanctions/un/un_consolidated_2026-05-08.xml"


@pytest.fixture(scope="module")
def versions(shared_data: Path) -> tuple[str, str]:
    return str(shared_data / OLD), str(shared_data / NEW)


def test_the_changed_entries_are_the_deltas_added_and_amended(versions: tuple[str, str]) -> None:
    old, new = versions
    before, after = load_list(old), load_list(new)
    delta = diff_entities(
        before.entities, after.entities, old_fields=before.fields, new_fields=after.fields
    )
    changed = changed_entries(new, old)
    refs = {ref for _, ref in changed}
    assert refs == set(delta.added) | {a.ref for a in delta.amended}
    assert delta.added and delta.amended and not refs & set(delta.removed)
    assert {dataset for dataset, _ in changed} == {"un_sc"}
    assert changed_entries(new, new) == set()


def test_an_earlier_version_of_another_list_is_refused(versions: tuple[str, str]) -> None:
    from unsc.errors import InvalidInput

    _, new = versions
    with pytest.raises(InvalidInput, match="none of the lists screened"):
        changed_entries(new, "ofac_sdn")


def test_a_list_the_earlier_version_lacks_is_all_new(versions: tuple[str, str]) -> None:
    old, new = versions
    mine_entries = len(load_list("ofac_cons").entities)
    changed = changed_entries(f"{new},ofac_cons", old)
    assert sum(dataset == "ofac_cons" for dataset, _ in changed) == mine_entries


def test_only_changed_entries_hit_scored_as_against_the_whole_list(
    versions: tuple[str, str], tmp_path: Path
) -> None:
    old, new = versions
    screener = Screener(load_list(new).entities)
    changed = changed_entries(new, old)
    among = screener.entry_numbers(changed)
    assert len(among) == len(changed)
    by_ref = {e.ref: e for e in screener.entities}
    changed_name = by_ref[sorted(ref for _, ref in changed)[0]].name
    unchanged_name = next(e.name for e in screener.entities if ("un_sc", e.ref) not in changed)
    full = screener.screen(Query(changed_name), limit=1)
    (hit,) = screener.screen(Query(changed_name), limit=1, among=among)
    assert (hit.ref, hit.score) == (full[0].ref, full[0].score)
    assert screener.screen(Query(unchanged_name), among=among) == []

    queries = tmp_path / "customers.csv"
    queries.write_text(f"name\n{changed_name}\n{unchanged_name}\n", encoding="utf-8")
    out = tmp_path / "hits.csv"
    summary = screen_file(queries, out, list=new, workers=1, changed_since=old)
    assert summary["changed_entries"] == len(changed)
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and {r["query_row"] for r in rows} == {"1"}
    assert all(("un_sc", r["ref"]) in changed for r in rows)


def test_the_cli_writes_the_changed_entries_hits_and_says_how_many(
    versions: tuple[str, str], tmp_path: Path
) -> None:
    old, new = versions
    added = next(
        e for e in load_list(new).entities if ("un_sc", e.ref) in changed_entries(new, old)
    )
    queries = tmp_path / "q.csv"
    queries.write_text(f"name\n{added.name}\nJoseph Kony\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    args = ["screen-file", str(queries), "--out", str(out), "--list", new, "--workers", "1"]
    result = runner.invoke(app, [*args, "--changed-since", old, "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["changed_since"] == old and summary["changed_entries"] > 10
    assert [r["ref"] for r in csv.DictReader(out.open(encoding="utf-8"))] == [added.ref]
    missing = runner.invoke(app, [*args, "--changed-since", str(tmp_path / "none.xml")])
    assert missing.exit_code == 3 and "none.xml" in missing.output
