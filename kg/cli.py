"""The `kg` command: thin Typer commands over the library; KGError becomes one line and exit 1."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from typing import Any

import typer
from rich.console import Console

from .errors import KGError

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)
console = Console()
err_console = Console(stderr=True)


def reports_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn a KGError into `kg: error: ...` on stderr and exit status 1."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except KGError as error:
            err_console.print(f"kg: error: {error}", markup=False, highlight=False)
            raise typer.Exit(1) from error

    return wrapper


# --- commands -------------------------------------------------------------------------------


def main() -> None:
    app(prog_name="kg")


if __name__ == "__main__":
    sys.exit(main())
