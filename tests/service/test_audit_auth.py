"""API keys and the hash-chained audit log, on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.engine import Engine

from unsc.errors import Forbidden, InvalidInput, NotFound
from unsc.service import audit, auth
from unsc.service.tables import api_keys, audit_log


def test_key_is_stored_hashed_and_authenticates(engine: Engine) -> None:
    secret, key = auth.create_key(engine, role="analyst", name="alice")
    assert secret.startswith("unsc_") and len(secret) > 30
    with engine.connect() as conn:
        stored = conn.execute(sa.select(api_keys.c.key_hash)).scalar_one()
    assert secret not in stored and stored == auth.hash_key(secret)
    who = auth.authenticate(engine, secret)
    assert who == auth.Principal(name="alice", role="analyst")
    assert who.has("viewer") and who.has("analyst") and not who.has("admin")
    assert key.prefix == secret[:9]


def test_revoked_and_unknown_keys_are_refused(engine: Engine) -> None:
    secret, key = auth.create_key(engine, role="admin", name="ops")
    auth.revoke_key(engine, key.id)
    with pytest.raises(auth.Unauthenticated):
        auth.authenticate(engine, secret)
    with pytest.raises(auth.Unauthenticated):
        auth.authenticate(engine, "unsc_not-a-key")
    assert auth.authenticate(engine, None) is None
    with pytest.raises(NotFound):
        auth.revoke_key(engine, 9999)
    with pytest.raises(NotFound):  # past what the driver takes: an OverflowError before
        auth.revoke_key(engine, 10**23)


def test_roles_are_checked() -> None:
    with pytest.raises(InvalidInput, match="unknown role"):
        auth.check_role("superuser")
    viewer = auth.Principal("v", "viewer")
    with pytest.raises(Forbidden, match="needs analyst"):
        auth.require(viewer, "analyst")
    with pytest.raises(auth.Unauthenticated):
        auth.require(None, "viewer")
    assert auth.require(auth.Principal("a", "admin"), "analyst").role == "admin"


def test_admin_key_setting_bootstraps(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    from unsc import settings

    monkeypatch.setenv("UNSC_ADMIN_KEY", "bootstrap-secret-123")
    settings.reload()
    try:
        assert auth.authenticate(engine, "bootstrap-secret-123").role == "admin"
    finally:
        monkeypatch.delenv("UNSC_ADMIN_KEY")
        settings.reload()


def test_audit_chain_verifies_and_detects_tampering(engine: Engine) -> None:
    assert audit.verify(engine).ok and audit.verify(engine).entries == 0
    for i in range(5):
        audit.append(
            engine,
            actor="alice",
            action="lists.import",
            subject=f"un_sc:{i}",
            payload={"entries": i, "name": "Ri Jong Chol"},
        )
    result = audit.verify(engine)
    assert result.ok and result.entries == 5
    newest = audit.entries(engine, limit=2)
    assert [e.seq for e in newest] == [5, 4] and newest[0].prev_hash == newest[1].hash
    with engine.begin() as conn:
        conn.execute(
            sa.update(audit_log).where(audit_log.c.seq == 3).values(payload='{"entries":99}')
        )
    broken = audit.verify(engine)
    assert not broken.ok and broken.first_bad_seq == 3 and broken.entries == 2
    assert "altered" in (broken.problem or "")


def test_audit_detects_a_removed_entry(engine: Engine) -> None:
    for i in range(3):
        audit.append(engine, actor="a", action="review.decision", subject=str(i))
    with engine.begin() as conn:
        conn.execute(sa.delete(audit_log).where(audit_log.c.seq == 2))
    broken = audit.verify(engine)
    assert not broken.ok and broken.first_bad_seq == 3 and "missing" in (broken.problem or "")


def test_audit_append_under_concurrency_never_forks(engine: Engine) -> None:
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(4) as pool:
        list(
            pool.map(
                lambda i: audit.append(engine, actor="t", action="x", subject=str(i)), range(24)
            )
        )
    result = audit.verify(engine)
    assert result.ok and result.entries == 24


_TEXT = st.text(max_size=40)
_ENTRY = st.fixed_dictionaries(
    {
        "prev_hash": st.text("0123456789abcdef", min_size=64, max_size=64),
        "seq": st.integers(1, 10**9),
        "at": _TEXT,
        "actor": _TEXT,
        "action": _TEXT,
        "subject": _TEXT,
        "payload": _TEXT,
    }
)


@given(
    fields=_ENTRY,
    which=st.sampled_from(["prev_hash", "seq", "at", "actor", "action", "subject", "payload"]),
    extra=st.text(min_size=1, max_size=3),
)
def test_entry_hash_changes_with_every_field(
    fields: dict[str, Any], which: str, extra: str
) -> None:
    base = audit.entry_hash(**fields)
    assert len(base) == 64 and base == audit.entry_hash(**fields)
    changed = dict(fields)
    changed[which] = fields[which] + 1 if which == "seq" else fields[which] + extra
    assert audit.entry_hash(**changed) != base


@given(fields=_ENTRY)
def test_entry_hash_keeps_field_boundaries(fields: dict[str, Any]) -> None:
    # Text moved from one field into its neighbour is a different entry.
    pairs = [("actor", "action"), ("action", "subject"), ("subject", "payload")]
    for left, right in pairs:
        if fields[right]:
            moved = dict(fields)
            moved[left] = fields[left] + fields[right][0]
            moved[right] = fields[right][1:]
            assert audit.entry_hash(**moved) != audit.entry_hash(**fields)
