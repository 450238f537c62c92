"""The `kg` command: thin Typer commands over the library; KGError becomes one line and exit 1."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from .config import Settings
from .errors import KGError
from .export import GraphFormat, read_graph

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


@app.command()
@reports_errors
def build(
    articles: Annotated[list[Path], typer.Argument(help="French article files (UTF-8 text).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for graph.* and graph.html.")] = Path("out"),
    fmt: Annotated[
        list[GraphFormat], typer.Option("--format", "-f", help="Graph format(s) to write.")
    ] = [GraphFormat.TURTLE],  # noqa: B006  (Typer reads the default)
    html: Annotated[bool, typer.Option(help="Also write the interactive graph.html.")] = True,
    base_iri: Annotated[str, typer.Option(help="Namespace of entity IRIs.")] = Settings().base_iri,
) -> None:
    """Build the knowledge graph of French articles: out/graph.ttl and out/graph.html."""
    from .build import build_files

    settings = Settings(base_iri=base_iri)
    with err_console.status("Reading articles with spaCy ..."):
        result = build_files(articles, out, formats=fmt, html=html, settings=settings)
    entities = sum(len(r.entities) for r in result.resolutions)
    statements = sum(len(r.statements) for r in result.resolutions)
    console.print(
        f"{len(result.resolutions)} article(s): {entities} entities, {statements} statements, "
        f"{len(result.graph)} triples"
    )
    for path in result.written:
        console.print(f"  wrote {path}")


@app.command("eval")
@reports_errors
def evaluate_command(
    graph: Annotated[Path, typer.Argument(help="A graph file written by kg build.")],
    gold: Annotated[list[Path], typer.Argument(help="Gold file(s) in the spec's JSON format.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score a graph against gold annotations: P/R/F1 per relation type, entities, attributes."""
    from .evaluate import evaluate_many, load_gold, render, summary_line

    data = read_graph(graph)
    report = evaluate_many((data, load_gold(path)) for path in gold)
    if as_json:
        print(json.dumps(report.to_json(), indent=2, ensure_ascii=False))
        return
    console.print(render(report))
    print(summary_line(report))


@app.command()
@reports_errors
def validate(
    graph: Annotated[Path, typer.Argument(help="A graph file to check against ontologies/shapes.ttl.")],
) -> None:
    """Validate a graph with the SHACL shapes of the ontology; exit 1 on any violation."""
    from .validate import validate as run_validation

    report = run_validation(read_graph(graph))
    if report.conforms:
        console.print(f"{graph}: conforms to the kg shapes")
        return
    for violation in report.violations:
        console.print(f"{violation.focus_node} {violation.path or ''}: {violation.message}",
                      markup=False, highlight=False)
    err_console.print(f"kg: error: {graph}: {len(report.violations)} SHACL violation(s)")
    raise typer.Exit(1)


def main() -> None:
    app(prog_name="kg")


if __name__ == "__main__":
    sys.exit(main())
