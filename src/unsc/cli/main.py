"""The root ``unsc`` command: registers every command group and turns errors into messages.

Each command module exposes ``register(app)``, which adds its commands or sub-groups to the
root Typer app. Library imports happen inside the commands, so ``unsc --help`` stays fast.
"""

from __future__ import annotations

import importlib
import sys

import typer

from unsc.cli.output import print_error
from unsc.errors import UnscError

COMMAND_MODULES = (
    "unsc.cli.council",
    "unsc.cli.drafts",
    "unsc.cli.negotiate",
    "unsc.cli.lists",
    "unsc.cli.screen",
    "unsc.cli.serve",
    "unsc.cli.demo",
)

app = typer.Typer(
    name="unsc",
    help="The UN Security Council as a working system: council, drafts, sanctions, screening.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def root() -> None:
    """The UN Security Council as a working system: council, drafts, sanctions, screening."""


@app.command()
def version() -> None:
    """Print the installed version of unsc."""
    from unsc import __version__

    print(__version__)


for _module in COMMAND_MODULES:
    importlib.import_module(_module).register(app)


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``unsc`` console script."""
    try:
        app(args=argv, standalone_mode=True)
    except UnscError as exc:
        print_error(exc)
        sys.exit(exc.exit_code)


if __name__ == "__main__":
    main()
