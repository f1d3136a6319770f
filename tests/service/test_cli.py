"""`unsc keys ...`, `unsc audit ...` and `unsc serve --help` through Typer's runner."""

from __future__ import annotations

import json
from pathlib import Path

import sqlalchemy as sa
from typer.testing import CliRunner

from unsc.cli.main import app

runner = CliRunner()


def test_keys_create_list_revoke(isolated_env: Path) -> None:
    created = runner.invoke(
        app, ["keys", "create", "--role", "analyst", "--name", "alice", "--json"]
    )
    assert created.exit_code == 0, created.output
    doc = json.loads(created.stdout)
    assert doc["key"].startswith("unsc_") and doc["role"] == "analyst"
    listed = json.loads(runner.invoke(app, ["keys", "list", "--json"]).stdout)["keys"]
    assert [k["name"] for k in listed] == ["alice"] and "key" not in listed[0]
    revoked = runner.invoke(app, ["keys", "revoke", str(doc["id"]), "--json"])
    assert revoked.exit_code == 0 and json.loads(revoked.stdout)["revoked_at"]
    table = runner.invoke(app, ["keys", "list"])
    assert "alice" in table.stdout


def test_bad_role_is_a_clear_error(isolated_env: Path) -> None:
    result = runner.invoke(app, ["keys", "create", "--role", "boss"])
    assert result.exit_code == 2
    assert "unknown role 'boss'" in result.output and "Traceback" not in result.output
    missing = runner.invoke(app, ["keys", "revoke", "42"])
    assert missing.exit_code == 3 and "no API key with id 42" in missing.output


def test_role_is_accepted_in_any_case_and_stored_lower_case(isolated_env: Path) -> None:
    created = runner.invoke(app, ["keys", "create", "--role", "ADMIN", "--name", "ops", "--json"])
    assert created.exit_code == 0, created.output
    assert json.loads(created.stdout)["role"] == "admin"
    mixed = runner.invoke(app, ["keys", "create", "--role", "Analyst", "--json"])
    assert mixed.exit_code == 0 and json.loads(mixed.stdout)["name"] == "analyst"
    listed = json.loads(runner.invoke(app, ["keys", "list", "--json"]).stdout)["keys"]
    assert sorted(k["role"] for k in listed) == ["admin", "analyst"]


def test_audit_verify_detects_tampering(isolated_env: Path) -> None:
    from unsc.service import audit
    from unsc.service.tables import audit_log
    from unsc.storage import get_engine

    empty = runner.invoke(app, ["audit", "verify", "--json"])
    assert empty.exit_code == 0 and json.loads(empty.stdout)["entries"] == 0
    engine = get_engine()
    for i in range(3):
        audit.append(engine, actor="admin", action="lists.import", subject=f"un_sc:{i}")
    ok = runner.invoke(app, ["audit", "verify"])
    assert ok.exit_code == 0 and "3 entries" in ok.stdout
    log = json.loads(runner.invoke(app, ["audit", "log", "--json"]).stdout)["entries"]
    assert [e["seq"] for e in log] == [3, 2, 1]
    with engine.begin() as conn:
        conn.execute(sa.update(audit_log).where(audit_log.c.seq == 2).values(actor="mallory"))
    broken = runner.invoke(app, ["audit", "verify", "--json"])
    assert broken.exit_code == 1
    assert json.loads(broken.stdout)["first_bad_seq"] == 2


def test_serve_help_names_its_options() -> None:
    result = runner.invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--host", "--port", "--workers"):
        assert option in result.stdout


def test_numbers_past_the_store_s_and_bad_server_options_are_messages(isolated_env: Path) -> None:
    """Each of these ended in a traceback (OverflowError from the driver, uvicorn's KeyError)
    or, for the port, in a server listening nowhere."""
    big = str(10**23)
    for args, code, says in [
        (["keys", "revoke", big], 3, f"no API key with id {big}"),
        (["lists", "diff", big, big], 3, f"no list version {big}"),
        (["audit", "log", "--limit", big], 2, "--limit"),
        (["records", "list", "--limit", "-1"], 2, "--limit"),
        (["serve", "--log-level", "zzz"], 2, "'zzz' is not one of"),
        (["serve", "--port", "99999"], 2, "--port"),
    ]:
        result = runner.invoke(app, args, env={"COLUMNS": "200"})
        assert result.exit_code == code and says in result.output, (args, result.output)
        assert result.exception is None or isinstance(result.exception, SystemExit), args
