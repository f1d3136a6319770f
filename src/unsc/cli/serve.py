"""CLI commands: ``unsc serve``, ``unsc keys ...`` (API keys) and ``unsc audit ...``."""

from __future__ import annotations

import enum

import typer

from unsc.cli.output import console, print_json, report_errors
from unsc.storage.meta import MAX_ID


class LogLevel(enum.StrEnum):
    """uvicorn's log levels."""

    critical = "critical"
    error = "error"
    warning = "warning"
    info = "info"
    debug = "debug"
    trace = "trace"


keys_app = typer.Typer(help="API keys of the HTTP service (stored hashed).", no_args_is_help=True)
audit_app = typer.Typer(
    help="The hash-chained audit log of the HTTP service.", no_args_is_help=True
)


def serve(
    host: str = typer.Option(
        "127.0.0.1", help="Address to bind (keep the loopback unless a proxy is in front)."
    ),
    port: int = typer.Option(8000, min=1, max=65535, help="TCP port."),
    workers: int = typer.Option(1, min=1, max=256, help="Worker processes (2 for two cores)."),
    log_level: LogLevel = typer.Option(LogLevel.warning, help="uvicorn log level."),
) -> None:
    """Serve the HTTP API, its OpenAPI spec (/docs) and the web UI (/ui/)."""
    import uvicorn

    from unsc.storage import get_engine

    # Migrate once here, so that worker processes do not race to create the schema.
    get_engine().dispose()
    console.print(f"unsc: serving on http://{host}:{port}/ui/  (API docs: /docs)", style="bold")
    uvicorn.run(
        "unsc.service.app:serve_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level=log_level.value,
        access_log=False,
    )


@keys_app.command("create")
@report_errors
def keys_create(
    role: str = typer.Option(..., help="viewer, analyst or admin (any case)."),
    name: str = typer.Option("", help="Who or what the key is for (default: the role)."),
    json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Create an API key; it is printed once and only its hash is stored."""
    from unsc.service.auth import check_role, create_key
    from unsc.storage import get_engine

    role = check_role(role)  # any case; stored in lower case
    secret, key = create_key(get_engine(), role=role, name=name or role)
    if json:
        print_json({"key": secret, **key.to_dict()})
        return
    console.print(f"API key for {key.name!r} ({key.role}), id {key.id}: shown once, keep it safe:")
    print(secret)


@keys_app.command("list")
@report_errors
def keys_list(json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """List the API keys (without their secrets)."""
    from rich.table import Table

    from unsc.service.auth import list_keys
    from unsc.storage import get_engine

    found = list_keys(get_engine())
    if json:
        print_json({"keys": [k.to_dict() for k in found]})
        return
    table = Table("id", "name", "role", "prefix", "created", "revoked")
    for k in found:
        table.add_row(str(k.id), k.name, k.role, k.prefix + "…", k.created_at, k.revoked_at or "")
    console.print(table)


@keys_app.command("revoke")
@report_errors
def keys_revoke(
    key_id: int = typer.Argument(..., help="The key's id (see `unsc keys list`)."),
    json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Revoke an API key; it stops working at once."""
    from unsc.service.auth import revoke_key
    from unsc.storage import get_engine

    key = revoke_key(get_engine(), key_id)
    if json:
        print_json(key.to_dict())
        return
    console.print(f"revoked key {key.id} ({key.name}, {key.role}) at {key.revoked_at}")


@audit_app.command("verify")
@report_errors
def audit_verify(json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Check the audit log's hash chain; exit 1 if any entry was altered or removed."""
    from unsc.service.audit import verify
    from unsc.storage import get_engine

    result = verify(get_engine())
    if json:
        print_json(result.to_dict())
    elif result.ok:
        console.print(f"[green]ok[/]: {result.entries} entries, head {result.head[:16]}…")
    else:
        console.print(
            f"[bold red]broken[/]: {result.problem}; the first {result.entries} entries are intact"
        )
    if not result.ok:
        raise typer.Exit(1)


@audit_app.command("log")
@report_errors
def audit_log(
    limit: int = typer.Option(20, min=1, max=MAX_ID, help="How many of the newest entries."),
    action: str = typer.Option(None, help="Only this action (lists.import, review.decision)."),
    json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Show the newest audit entries."""
    from rich.table import Table

    from unsc.service.audit import entries
    from unsc.storage import get_engine

    found = entries(get_engine(), limit=limit, action=action)
    if json:
        print_json({"entries": [e.to_dict() for e in found]})
        return
    table = Table("seq", "at", "actor", "action", "subject")
    for e in found:
        table.add_row(str(e.seq), e.at, e.actor, e.action, e.subject)
    console.print(table)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the root app."""
    app.command("serve")(report_errors(serve))
    app.add_typer(keys_app, name="keys")
    app.add_typer(audit_app, name="audit")
