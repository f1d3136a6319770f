"""Screening against several lists at once: ``--list un_sc,ofac_sdn`` or ``--list all``."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from unsc.cli.main import app
from unsc.sanctions import list_sources, load_list
from unsc.sanctions.loader import SHIPPED
from unsc.screening import Query, Screener, screen_file
from unsc.screening.batch import SCREEN_COLUMNS
from unsc.screening.cache import source_key

runner = CliRunner()
ENV = {"COLUMNS": "200"}


@pytest.mark.parametrize(
    ("spec", "sources"),
    [
        ("un_sc", ["un_sc"]),
        ("un_sc,ofac_sdn", ["un_sc", "ofac_sdn"]),
        (" un_sc , ofac_sdn ", ["un_sc", "ofac_sdn"]),
        ("un_sc,ofac_sdn,un_sc", ["un_sc", "ofac_sdn"]),
        ("ALL", list(SHIPPED)),
        ("un_sc,", ["un_sc,"]),  # an empty part: no list of that name (refused on loading)
        ("nowhere", ["nowhere"]),
        ("UN_SC", ["un_sc"]),  # a dataset's name in any case
        ("Un_Sc,OFAC_SDN", ["un_sc", "ofac_sdn"]),
    ],
)
def test_list_sources(spec: str, sources: list[str]) -> None:
    assert list_sources(spec) == sources


def test_a_file_with_a_comma_in_its_name_is_one_list(tmp_path: Path) -> None:
    path = tmp_path / "names,2026.csv"
    path.write_text("name\nAcme Trading\n", encoding="utf-8")
    assert list_sources(str(path)) == [str(path)]


def test_the_cache_key_of_several_lists_follows_each_file(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text("name\nAcme Trading\n", encoding="utf-8")
    before = source_key(f"un_sc,{path}")
    assert before.startswith("dataset:un_sc|file:")
    path.write_text("name\nAcme Trading\nOther Trading\n", encoding="utf-8")
    os.utime(path, ns=(1, 1))
    assert source_key(f"un_sc,{path}") != before


def test_one_index_over_both_lists_each_hit_naming_its_own() -> None:
    both = Screener.from_list("un_sc,ofac_sdn")
    sizes = len(load_list("un_sc").entities) + len(load_list("ofac_sdn").entities)
    assert len(both.entities) == sizes and both.datasets == ["un_sc", "ofac_sdn"]
    hits = both.screen(Query("Joseph Kony"))
    assert {(h.dataset, h.ref) for h in hits if h.match} == {
        ("un_sc", "CFi.009"),
        ("ofac_sdn", "11018"),
    }


def test_screen_cli_over_two_lists(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["screen", "Joseph Kony", "--list", "un_sc,ofac_sdn", "--json"], env=ENV
    )
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["query"]["list"] == "un_sc,ofac_sdn"
    assert {r["dataset"] for r in doc["results"]} == {"un_sc", "ofac_sdn"}
    table = runner.invoke(app, ["screen", "Joseph Kony", "--list", "un_sc,ofac_sdn"], env=ENV)
    assert "against ofac_sdn, un_sc" in table.stdout or "against un_sc, ofac_sdn" in table.stdout
    assert "list" in table.stdout.splitlines()[2]  # a column says which list each hit is on
    bad = runner.invoke(app, ["screen", "Joseph Kony", "--list", "un_sc,nowhere"], env=ENV)
    assert bad.exit_code == 3 and "no dataset or file named 'nowhere'" in bad.output


def test_screen_file_adds_the_dataset_column_only_for_several_lists(tmp_path: Path) -> None:
    queries = tmp_path / "q.csv"
    queries.write_text("name\nJoseph Kony\nNobody Atall Xq\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    screen_file(queries, out, list="un_sc,ofac_sdn", workers=1, limit=1, threshold=0)
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == [*SCREEN_COLUMNS, "dataset"]
    assert rows[0]["dataset"] in {"un_sc", "ofac_sdn"} and rows[0]["match"] == "True"
    assert rows[-1]["ref"] == "" and rows[-1]["dataset"] == ""  # no candidate: still its row
    screen_file(queries, out, list="un_sc", workers=1)
    with out.open(newline="", encoding="utf-8") as handle:
        assert next(csv.reader(handle)) == list(SCREEN_COLUMNS)


def test_a_listed_name_in_brackets_is_shown_as_written(tmp_path: Path) -> None:
    listed = tmp_path / "mine.csv"
    listed.write_text("name\nAcme [bold]Trading[/bold] LLC\n", encoding="utf-8")
    result = runner.invoke(app, ["screen", "Acme Trading LLC", "--list", str(listed)], env=ENV)
    assert result.exit_code == 0, result.output
    assert "Acme [bold]Trading[/bold] LLC" in result.stdout


def test_a_body_whose_blends_no_listed_name_has_is_screened_on_both_lists() -> None:
    """The large lists' path probed an empty posting list (a blend of the query's words that
    no listed name has) and raised IndexError: KOMID's name against un_sc,ofac_sdn."""
    both = Screener.from_list("un_sc,ofac_sdn")
    hits = both.screen(Query("Korea Mining Development Trading Corporation"), limit=3)
    assert hits and hits[0].name == "KOREA MINING DEVELOPMENT TRADING CORPORATION"


def test_an_empty_posting_list_holds_no_candidate() -> None:
    import numpy as np

    from unsc.screening.index import _member

    cands = np.array([3, 7], dtype=np.int32)
    assert _member(np.zeros(0, dtype=np.int32), cands).tolist() == [False, False]
    assert _member(np.array([7, 9], dtype=np.int32), cands).tolist() == [False, True]


def test_one_list_s_entries_among_several_are_not_crowded_out_by_the_others() -> None:
    """``among`` leaves the other lists' names out before the index keeps its best 40, so a
    query finds among UN entries what it finds on the UN list alone (the OFAC names sharing
    "Ahmed" took the places of LYi.018 and QDi.314)."""
    both = Screener.from_list("un_sc,ofac_sdn")
    alone = Screener.from_list("un_sc")
    among = both.entry_numbers((e.dataset, e.ref) for e in both.entities if e.dataset == "un_sc")
    for query in ("Ahmed, A", "Ma’alim Selman"):
        expected = {h.ref for h in alone.screen(Query(query), limit=5)}
        assert expected and expected <= {
            h.ref for h in both.screen(Query(query), limit=5, among=among)
        }


@pytest.mark.parametrize(
    "query",
    [
        "Ahmed, A",
        "Ma’alim Selman",
        "Abu Muhammad",
        "Sheikh Haassan",
        "Mohammad Amiri",
        "محمد احمدی",
    ],
)
def test_each_list_keeps_its_own_candidates_among_several(query: str) -> None:
    """Without ``among`` too: each list keeps its own best candidates, so the names of one
    list that a generic query shares with hundreds of another's are not cut (the OFAC names
    sharing "Ahmed" took LYi.018's place; "Abu Muhammad" lost QDi.318); and the lists
    together are looked up as each alone, every posting walked ("Mohammad Amiri" shares only
    parts common among 23,000 names with TAi.042's name in the Arabic script)."""
    both = Screener.from_list("un_sc,ofac_sdn")
    alone = Screener.from_list("un_sc")
    # at 0.7: "Abu Muhammad" alone gives only common names, which score 0.75 at most
    expected = {h.ref: h.score for h in alone.screen(Query(query), limit=10, threshold=0.7)}
    found = {
        h.ref: h.score
        for h in both.screen(Query(query), limit=60, threshold=0.7)
        if h.dataset == "un_sc"
    }
    assert expected and expected.items() <= found.items()


def test_an_entry_scores_as_on_its_own_list_among_several() -> None:
    """A part's rarity, which weighs it, is counted in the list of the entry it is aligned
    with: "Abdelrahman" and "Allah" are commoner among OFAC's names than among the UN's,
    which moved UN scores by up to 0.018 when both were screened at once."""
    both = Screener.from_list("un_sc,ofac_sdn")
    lists = {"un_sc": Screener.from_list("un_sc"), "ofac_sdn": Screener.from_list("ofac_sdn")}
    compared = 0
    for query in ("Abd Allah", "Abdelrahman", "Ali Hassan Salman", "Kim Chol", "Yusuf Ahmed"):
        for hit in both.screen(Query(query), limit=20, threshold=0.5):
            own = lists[hit.dataset].screen(Query(query), limit=200, threshold=0.5)
            same = next((h for h in own if h.ref == hit.ref), None)
            if same is not None and same.matched_name == hit.matched_name:
                assert same.score == hit.score, (query, hit.ref)
                compared += 1
    assert compared >= 20


def test_the_names_spelt_as_the_query_are_kept_among_equals() -> None:
    """When more names share all of a query than the index keeps, those spelt as it is go
    first: "Abd Allah" is SDi.002's alias, and hundreds of longer OFAC and UN names hold
    both words."""
    both = Screener.from_list("un_sc,ofac_sdn")
    hits = both.screen(Query("Abd Allah"), limit=60)
    assert ("un_sc", "SDi.002", 1.0) in {(h.dataset, h.ref, h.score) for h in hits}


def test_two_lists_of_one_format_are_told_apart_by_their_files(tmp_path: Path) -> None:
    # both were "csv", their references (row numbers) the same: two hits alike
    first, second = tmp_path / "mine.csv", tmp_path / "theirs.csv"
    first.write_text("name\nJoseph Kony\n", encoding="utf-8")
    second.write_text("name\nJoseph Kony\n", encoding="utf-8")
    screener = Screener.from_list(f"{first},{second},un_sc")
    hits = screener.screen(Query("Joseph Kony"))
    keys = {(h.dataset, h.ref) for h in hits}
    assert len(keys) == len(hits) == 3
    assert {h.dataset for h in hits} == {"csv", "csv:theirs", "un_sc"}


def test_a_list_imported_into_the_store_is_screened_by_its_name(isolated_env: Path) -> None:
    # the HTTP service served it, the CLI said "no dataset or file named 'mine'"
    from unsc.sanctions.store import Store

    source = isolated_env / "mine.ftm.json"
    entity = {"id": "c1", "schema": "Company", "properties": {"name": ["Acme Trading LLC"]}}
    source.write_text(json.dumps({**entity, "datasets": ["mine"]}) + "\n", encoding="utf-8")
    Store().import_file(source)
    hits = Screener.from_list("mine").screen(Query("Acme Trading LLC"))
    assert [(h.dataset, h.ref) for h in hits] == [("mine", "c1")]
    result = CliRunner().invoke(app, ["screen", "Acme Trading LLC", "--list", "mine", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["results"][0]["ref"] == "c1"
