"""The `kg` command: thin Typer commands over the library; KGError becomes one line and exit 1."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from enum import StrEnum
from functools import wraps
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from .config import Settings
from .errors import KGError
from .export import GraphFormat, read_graph
from .interchange import InterchangeFormat
from .store import DEFAULT_STORE, ExportFormat, ResultFormat, Store

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)
console = Console()
err_console = Console(stderr=True)


def _fail(message: str) -> None:
    """`kg: error: ...` on standard error, on one line (a parser's message may hold several)."""
    print(f"kg: error: {' '.join(message.split())}", file=sys.stderr)


def reports_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn a KGError into `kg: error: ...` on stderr and exit status 1."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except KGError as error:
            _fail(str(error))
            raise typer.Exit(1) from error

    return wrapper


def _print_version(wanted: bool) -> None:
    if wanted:
        from importlib.metadata import version

        print(f"kg {version('kg')}")
        raise typer.Exit()


@app.callback()
def options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_print_version, is_eager=True, help="Print kg's version and exit."
        ),
    ] = False,
) -> None:
    """Knowledge graphs from French business news."""


# --- commands -------------------------------------------------------------------------------


@app.command()
@reports_errors
def build(
    articles: Annotated[list[Path], typer.Argument(help="French article files (UTF-8 text).")],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Folder for graph.* and graph.html.")
    ] = Path("out"),
    fmt: Annotated[
        list[GraphFormat], typer.Option("--format", "-f", help="Graph format(s) to write.")
    ] = [GraphFormat.TURTLE],  # noqa: B006  (Typer reads the default)
    html: Annotated[bool, typer.Option(help="Also write the interactive graph.html.")] = True,
    base_iri: Annotated[str, typer.Option(help="Namespace of entity IRIs.")] = Settings().base_iri,
    store: Annotated[
        Path, typer.Option("--store", help="Store to add the articles to (created if missing).")
    ] = DEFAULT_STORE,
    no_store: Annotated[
        bool, typer.Option("--no-store", help="Only write the --out files; leave the store alone.")
    ] = False,
) -> None:
    """Build the knowledge graph of French articles: out/graph.ttl, graph.html and the store."""
    from contextlib import nullcontext

    from .build import build_files
    from .read import read_document

    settings = Settings(base_iri=base_iri)
    for article in articles:  # every input checked before the store is opened or created
        read_document(article, settings)
    with nullcontext() if no_store else Store(store, settings=settings) as kg_store:
        with err_console.status("Reading articles with spaCy ..."):
            result = build_files(articles, out, formats=fmt, html=html, settings=settings)
        changes = kg_store.add(result.resolutions) if kg_store is not None else ()
    entities = sum(len(r.entities) for r in result.resolutions)
    statements = sum(len(r.statements) for r in result.resolutions)
    console.print(
        f"{len(result.resolutions)} article(s): {entities} entities, {statements} statements, "
        f"{len(result.graph)} triples"
    )
    for path in result.written:
        console.print(f"  wrote {path}")
    for change in changes:
        console.print(
            f"  {change.status} {change.document} in {store}: {change.triples} triples,"
            f" {change.entities} entities ({change.shared} also in other documents)"
        )


@app.command("eval")
@reports_errors
def evaluate_command(
    graph: Annotated[Path, typer.Argument(help="A graph file written by kg build.")],
    gold: Annotated[list[Path], typer.Argument(help="Gold file(s), JSON (docs/gold-format.md).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score a graph against gold annotations: P/R/F1 per relation type, entities, attributes.

    On a graph of several articles, each gold file is scored against what its document says
    (the gold's "document", the article's file name), with micro and macro totals.
    """
    from .evaluate import (
        evaluate_documents,
        load_gold,
        macro_line,
        render,
        render_documents,
        summary_line,
    )

    golds = [load_gold(path) for path in gold]
    evaluation = evaluate_documents(read_graph(graph), golds)
    if as_json:
        print(json.dumps(evaluation.to_json(), indent=2, ensure_ascii=False))
        return
    console.print(render(evaluation.micro))
    if len(evaluation.per_document) == 1:
        print(summary_line(evaluation.micro))
        return
    console.print(render_documents(evaluation))
    print(macro_line(evaluation))
    print(f"micro: {summary_line(evaluation.micro)}")


@app.command()
@reports_errors
def validate(
    graph: Annotated[
        Path, typer.Argument(help="A graph file to check against ontologies/shapes.ttl.")
    ],
) -> None:
    """Validate a graph with the SHACL shapes of the ontology; exit 1 on any violation."""
    from .validate import validate as run_validation

    report = run_validation(read_graph(graph))
    if report.conforms:
        console.print(f"{graph}: conforms to the kg shapes")
        return
    for violation in report.violations:
        console.print(
            f"{violation.focus_node} {violation.path or ''}: {violation.message}",
            markup=False,
            highlight=False,
        )
    print(f"kg: error: {graph}: {len(report.violations)} SHACL violation(s)", file=sys.stderr)
    raise typer.Exit(1)


# --- the store: query, export, serve, remove ---------------------------------------------------

StoreOption = Annotated[Path, typer.Option("--store", help="The kg store directory.")]


@app.command()
@reports_errors
def query(
    sparql: Annotated[str | None, typer.Argument(help="A SPARQL query (or use --file).")] = None,
    file: Annotated[Path | None, typer.Option("--file", help="Read the query from a file.")] = None,
    fmt: Annotated[
        ResultFormat,
        typer.Option(
            "--format",
            "-f",
            help="table for reading; csv, tsv, json, xml (or turtle, nt for "
            "CONSTRUCT) for programs.",
        ),
    ] = ResultFormat.TABLE,
    param: Annotated[
        list[str] | None,
        typer.Option(
            "--param",
            "-p",
            help="NAME=VALUE: bind ?NAME to a string, or an IRI (<...>, kg:x, :x).",
        ),
    ] = None,
    store: StoreOption = DEFAULT_STORE,
) -> None:
    """Run a SPARQL query on the store (kg's prefixes are predeclared)."""
    from .errors import QueryError
    from .sparql import Answer, Table

    if (sparql is None) == (file is None):
        raise QueryError("give a query or --file FILE (one of the two)")
    if file is not None and not file.is_file():
        raise QueryError(f"{file}: no such query file")
    text = file.read_text(encoding="utf-8") if file is not None else str(sparql)
    params = {}
    for item in param or []:
        name, equals, value = item.partition("=")
        if not equals or not name.strip():
            raise QueryError(f"--param {item!r}: expected NAME=VALUE")
        params[name.strip()] = value
    with Store(store, read_only=True) as kg_store:
        if fmt is not ResultFormat.TABLE:
            sys.stdout.buffer.write(kg_store.query_serialized(text, fmt, params=params))
            sys.stdout.flush()
            return
        result = kg_store.query(text, params=params)
    if isinstance(result, Answer):
        console.print("true" if result else "false")
    elif isinstance(result, Table):
        from rich.table import Table as RichTable

        rows = result.strings()
        table = RichTable(caption=f"{len(rows)} row(s)")
        for i, variable in enumerate(result.variables):  # short columns never wrap, long ones do
            width = max((len(row[i]) for row in rows), default=0)
            table.add_column(variable, no_wrap=width <= 40, ratio=1 if width > 40 else None)
        for row in rows:
            table.add_row(*row)
        console.print(table, markup=False, highlight=False)
    else:
        print(result.serialize(fmt).decode("utf-8").rstrip("\n"))


# `kg export`'s formats: RDF from the store, or a property graph (kg.interchange).
ExportChoice = StrEnum(
    "ExportChoice", [(f.name, f.value) for f in (*ExportFormat, *InterchangeFormat)]
)


@app.command("export")
@reports_errors
def export_command(
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="File to write (default: standard output); a folder for csv and neo4j.",
        ),
    ] = None,
    fmt: Annotated[
        ExportChoice | None,
        typer.Option(
            "--format",
            "-f",
            help="RDF (turtle, nt, nq, trig, json-ld) or a property graph (graphml, csv, "
            "neo4j). Default: from --out's suffix, else turtle.",
        ),
    ] = None,
    document: Annotated[
        str | None,
        typer.Option("--document", help="Export only this document (its id) and its entities."),
    ] = None,
    store: StoreOption = DEFAULT_STORE,
) -> None:
    """Export the whole store or one document: RDF, GraphML, CSV tables or Neo4j's import CSV."""
    if fmt is None and out is not None and out.suffix == ".graphml":
        fmt = ExportChoice.GRAPHML
    if fmt is not None and fmt.value in set(InterchangeFormat):
        _export_property_graph(InterchangeFormat(fmt.value), out, document, store)
        return
    rdf = ExportFormat(fmt.value) if fmt is not None else None
    rdf = rdf or (ExportFormat.from_path(out) if out is not None else ExportFormat.TURTLE)
    with Store(store, read_only=True) as kg_store:
        data = kg_store.export(rdf, document=document)
    if out is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    from .export import atomic_write

    atomic_write(out, data)
    err_console.print(f"wrote {out} ({rdf}, {len(data):,} bytes)")


def _export_property_graph(
    fmt: InterchangeFormat, out: Path | None, document: str | None, store: Path
) -> None:
    """`kg export --format graphml|csv|neo4j`: the store's graph as files for other tools."""
    from .analytics import to_networkx
    from .export import atomic_write
    from .interchange import interchange, write_files

    if fmt.is_folder and out is None:
        raise KGError(f"--format {fmt} writes several files: give --out FOLDER")
    with Store(store, read_only=True) as kg_store:
        files = interchange(to_networkx(kg_store.to_rdflib(document=document)), fmt)
    if out is None:
        sys.stdout.buffer.write(files["graph.graphml"])
        sys.stdout.flush()
        return
    if fmt.is_folder:
        written = write_files(files, out)
    else:
        try:
            atomic_write(out, files["graph.graphml"])
        except OSError as error:
            raise KGError(f"{out}: cannot write the export ({error.strerror})") from error
        written = [out]
    for path in written:
        err_console.print(f"wrote {path} ({fmt}, {path.stat().st_size:,} bytes)", highlight=False)


@app.command()
@reports_errors
def serve(
    port: Annotated[int, typer.Option(help="Port of the SPARQL endpoint and query UI.")] = 7878,
    host: Annotated[
        str,
        typer.Option(help="Address to bind (keep 127.0.0.1 unless you mean to publish the store)."),
    ] = "127.0.0.1",
    graph_port: Annotated[
        int | None,
        typer.Option(help="Port of the HTML graph (default: --port + 1; 0 to leave it out)."),
    ] = None,
    timeout: Annotated[float, typer.Option(help="Query timeout in seconds.")] = 30.0,
    lang: Annotated[str, typer.Option(help="Language of the HTML graph: en or fr.")] = "en",
    store: StoreOption = DEFAULT_STORE,
) -> None:
    """Serve the store read-only: SPARQL 1.1 endpoint at /query, query UI, HTML graph."""
    import signal
    import threading

    from .serve import Server

    stop = threading.Event()  # Ctrl-C or kill: stop the server cleanly, whenever it comes
    signal.signal(signal.SIGINT, lambda signum, frame: stop.set())
    signal.signal(signal.SIGTERM, lambda signum, frame: stop.set())
    graph_port = port + 1 if graph_port is None else graph_port
    with (
        Store(store, read_only=True) as kg_store,
        Server(
            kg_store,
            host=host,
            port=port,
            graph_port=graph_port or None,
            timeout=timeout,
            lang=lang,
        ) as server,
    ):
        endpoints = server.endpoints
        console.print(f"SPARQL endpoint  {endpoints.query}", highlight=False)
        console.print(f"query UI         {endpoints.ui}", highlight=False)
        if endpoints.graph:
            console.print(f"HTML graph       {endpoints.graph}", highlight=False)
        console.print(f"serving {store} read-only; Ctrl-C stops", highlight=False)
        status = server.wait(stop)
    console.print("stopped")
    if status:
        raise typer.Exit(status)


@app.command()
@reports_errors
def remove(
    document: Annotated[
        str,
        typer.Option(
            "--document", help="The document's id (as kg build printed it) or its file name."
        ),
    ],
    store: StoreOption = DEFAULT_STORE,
) -> None:
    """Forget one article and everything only it supported."""
    from .read import document_id

    if document.lower().endswith((".txt", ".md")):
        document = document_id(Path(document))
    with Store(store, create=False) as kg_store:
        change = kg_store.remove(document)
    console.print(
        f"{store}: {change.document} removed ({change.triples} triples; "
        f"{change.entities - change.shared} entities gone, {change.shared} kept by "
        "other documents)"
    )


# --- explore: view, stats, path (a graph file, or else the store) -------------------------------

ExploreGraph = Annotated[
    Path | None,
    typer.Argument(
        help="A graph file (.ttl, .nt, .jsonld); without it, the store is read.", show_default=False
    ),
]
ExploreStore = Annotated[
    Path | None,
    typer.Option(
        "--store",
        help=f"The store to read when no GRAPH is given (default: {DEFAULT_STORE}).",
        show_default=False,
    ),
]


def _explore_graph(graph: Path | None, store: Path | None) -> Any:
    """The rdflib graph to explore: the file if given, else the union of the store's graphs."""
    from .store import is_store

    if graph is not None and store is not None:
        raise KGError("give a graph file or --store, not both")
    if graph is not None:
        return read_graph(graph)
    store = store or DEFAULT_STORE
    if not is_store(store):
        raise KGError(
            f"no graph given and no store at {store}/; run kg build first or pass a graph file"
        )
    with Store(store, read_only=True) as kg_store:
        return kg_store.to_rdflib()


@app.command()
@reports_errors
def view(
    graph: ExploreGraph = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="The HTML file to write.")] = Path(
        "graph.html"
    ),
    focus: Annotated[
        str | None,
        typer.Option(help="Draw only this entity's neighbourhood (its name, an alias or its IRI)."),
    ] = None,
    hops: Annotated[
        int,
        typer.Option(
            min=0, help="Radius of the neighbourhood, in relations (also the page's default)."
        ),
    ] = 2,
    max_nodes: Annotated[
        int, typer.Option(min=1, help="Past this many entities, draw the most central ones.")
    ] = 2000,
    lang: Annotated[str, typer.Option(help="Language of the page: en or fr.")] = "en",
    store: ExploreStore = None,
) -> None:
    """Write the interactive, offline HTML page of the graph (or of one entity's neighbourhood)."""
    from .view import write_html

    path = write_html(
        _explore_graph(graph, store), out, lang=lang, focus=focus, hops=hops, max_nodes=max_nodes
    )
    around = (
        f": the neighbourhood of {focus!r} ({hops} hop{'s' if hops != 1 else ''})"
        if (focus is not None)
        else ""
    )
    console.print(
        f"wrote {path} ({path.stat().st_size / 1024:,.0f} KB){around}",
        markup=False,
        highlight=False,
    )


@app.command()
@reports_errors
def stats(
    graph: ExploreGraph = None,
    top: Annotated[
        int, typer.Option(min=0, help="How many central entities, and communities, to list.")
    ] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    store: ExploreStore = None,
) -> None:
    """Counts by type and relation, hedged share, the most central entities, the communities."""
    from .analytics import to_networkx
    from .report import render_stats, stats_report, to_json

    report = stats_report(to_networkx(_explore_graph(graph, store)), top=top)
    if as_json:
        print(json.dumps(to_json(report), indent=2, ensure_ascii=False))
        return
    print(render_stats(report, communities=top))


@app.command("path")
@reports_errors
def path_command(
    source: Annotated[str, typer.Argument(help="An entity: its name, an alias or its IRI.")],
    target: Annotated[str, typer.Argument(help="Another entity.")],
    graph: ExploreGraph = None,
    max_paths: Annotated[
        int, typer.Option(min=1, help="How many of the shortest connections to print.")
    ] = 5,
    negated: Annotated[
        bool, typer.Option("--negated", help="Let negated statements connect entities too.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
    store: ExploreStore = None,
) -> None:
    """How two entities are connected: the shortest chains of relations, each with its evidence.

    No chain between them is an answer (said plainly, exit status 0); an unknown entity, exit 1.
    """
    from .analytics import to_networkx
    from .report import path_report, render_path, to_json

    report = path_report(
        to_networkx(_explore_graph(graph, store)),
        source,
        target,
        max_paths=max_paths,
        negated=negated,
    )
    if as_json:
        print(json.dumps(to_json(report), indent=2, ensure_ascii=False))
        return
    print(render_path(report))


# --- end of explore -----------------------------------------------------------------------------


def main() -> None:
    """The `kg` program: a mistyped command line is an error like any other (one line, exit 1),
    not Click's framed usage message and exit 2."""
    try:
        status = app(prog_name="kg", standalone_mode=False)
    except typer.Abort:
        _fail("interrupted")
        sys.exit(130)
    except Exception as error:  # Click's usage errors (Typer vendors Click in recent versions)
        message = getattr(error, "format_message", None)
        if message is None:
            raise
        context = getattr(error, "ctx", None)
        if type(error).__name__ == "NoArgsIsHelpError":  # `kg` alone: its help, printed
            sys.exit(0)
        where = f" (see `{context.command_path} --help`)" if context is not None else ""
        _fail(message() + where)
        sys.exit(1)
    sys.exit(status if isinstance(status, int) else 0)


if __name__ == "__main__":
    sys.exit(main())
