"""API keys with roles: viewer < analyst < admin.

A key is ``unsc_`` followed by 32 random URL-safe characters; only its SHA-256 is stored
(a key has ~190 bits of entropy, so a fast hash is enough: nothing to brute-force). Callers
present a key in the ``X-API-Key`` header, as ``Authorization: ApiKey <key>`` or
``Authorization: Bearer <key>``, or (web UI) in the ``unsc_key`` cookie. ``UNSC_ADMIN_KEY``, when
set, is accepted as an admin key without being stored, to bootstrap a fresh deployment.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from unsc.errors import Forbidden, InvalidInput, NotFound, StorageError
from unsc.service.tables import api_keys, utcnow
from unsc.settings import get_settings
from unsc.storage import MAX_ID, begin_write

ROLES: tuple[str, ...] = ("viewer", "analyst", "admin")
KEY_PREFIX = "unsc_"
COOKIE = "unsc_key"


class Unauthenticated(Forbidden):
    """No API key, or one that is unknown or revoked."""

    http_status = 401


@dataclass(slots=True, frozen=True)
class ApiKey:
    """A stored key, without its secret."""

    id: int
    name: str
    role: str
    prefix: str
    created_at: str
    revoked_at: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "role": self.role,
            "prefix": self.prefix,
            "created_at": self.created_at,
            "revoked_at": self.revoked_at,
        }


@dataclass(slots=True, frozen=True)
class Principal:
    """Who made a request: a key's name and role."""

    name: str
    role: str

    def has(self, role: str) -> bool:
        return ROLES.index(self.role) >= ROLES.index(role)


def check_role(role: str) -> str:
    """``role`` in lower case if it is one of :data:`ROLES` in any case (``ADMIN``), else
    :class:`InvalidInput` naming the choices."""
    found = role.strip().lower()
    if found not in ROLES:
        raise InvalidInput(
            f"unknown role {role!r}", field="role", hint=f"expected one of {', '.join(ROLES)}"
        )
    return found


def hash_key(key: str) -> str:
    """The stored form of a key."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _row(row: Any) -> ApiKey:
    return ApiKey(row.id, row.name, row.role, row.prefix, row.created_at, row.revoked_at)


def create_key(engine: Engine, *, role: str, name: str) -> tuple[str, ApiKey]:
    """Make and store a new key; the secret is returned once and never stored."""
    role = check_role(role)
    if not name.strip():
        raise InvalidInput("a key needs a name", field="name", hint="e.g. --name alice")
    secret = KEY_PREFIX + secrets.token_urlsafe(24)
    values = {
        "name": name.strip(),
        "role": role,
        "key_hash": hash_key(secret),
        "prefix": secret[: len(KEY_PREFIX) + 4],
        "created_at": utcnow(),
        "revoked_at": None,
    }
    with begin_write(engine) as conn:
        inserted = conn.execute(sa.insert(api_keys).values(**values)).inserted_primary_key
        if inserted is None:
            raise StorageError("the database returned no id for the new row")
        row = conn.execute(sa.select(api_keys).where(api_keys.c.id == inserted[0])).one()
    return secret, _row(row)


def list_keys(engine: Engine) -> list[ApiKey]:
    """Every stored key, oldest first (revoked ones included)."""
    with engine.connect() as conn:
        rows = conn.execute(sa.select(api_keys).order_by(api_keys.c.id)).all()
    return [_row(r) for r in rows]


def revoke_key(engine: Engine, key_id: int) -> ApiKey:
    """Revoke a key by id; it stops working at once."""
    if not 1 <= key_id <= MAX_ID:  # names none (and the driver refuses it)
        raise NotFound(f"no API key with id {key_id}", hint="see `unsc keys list`")
    with begin_write(engine) as conn:
        row = conn.execute(sa.select(api_keys).where(api_keys.c.id == key_id)).first()
        if row is None:
            raise NotFound(f"no API key with id {key_id}", hint="see `unsc keys list`")
        if row.revoked_at is None:
            conn.execute(
                sa.update(api_keys).where(api_keys.c.id == key_id).values(revoked_at=utcnow())
            )
            row = conn.execute(sa.select(api_keys).where(api_keys.c.id == key_id)).one()
    return _row(row)


def authenticate(engine: Engine, secret: str | None) -> Principal | None:
    """The principal a key belongs to, or None for no key; :class:`Unauthenticated` if bad."""
    if not secret:
        return None
    admin_key = get_settings().admin_key
    if admin_key and hmac.compare_digest(secret.encode(), str(admin_key).encode()):
        return Principal(name="admin (UNSC_ADMIN_KEY)", role="admin")
    with engine.connect() as conn:
        row = conn.execute(
            sa.select(api_keys.c.name, api_keys.c.role, api_keys.c.revoked_at).where(
                api_keys.c.key_hash == hash_key(secret)
            )
        ).first()
    if row is None or row.revoked_at is not None:
        raise Unauthenticated(
            "the API key is unknown or revoked", hint="create one with `unsc keys create`"
        )
    return Principal(name=row.name, role=row.role)


def require(principal: Principal | None, role: str) -> Principal:
    """``principal`` if it holds ``role`` (or a higher one), else a 401/403 naming the role."""
    if principal is None:
        raise Unauthenticated(
            f"this needs an API key with the {role} role",
            hint="send it in the X-API-Key header (web UI: enter it on the sign-in page)",
        )
    if not principal.has(role):
        raise Forbidden(
            f"the key {principal.name!r} has the {principal.role} role; this needs {role}",
            hint="ask an admin for a key with that role",
        )
    return principal
