"""The `kg` command: thin Typer commands over the library; KGError becomes one line and exit 1."""

from __future__ import annotations

import contextlib
import json
import math
import os
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from enum import StrEnum
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, BinaryIO

import typer
from rich.console import Console

from .config import Settings
from .corpus import BATCH, Tally
from .errors import KGError, QueryError
from .export import GraphFormat, read_graph
from .interchange import InterchangeFormat
from .outputs import Scope
from .sources import Failure, StdinFormat
from .store import DEFAULT_STORE, ExportFormat, ResultFormat, Store
from .terminal import TerminalStream, printable, printable_json

# No pretty tracebacks: they print local variables, article text included, to the terminal.
app = typer.Typer(
    add_completion=False, no_args_is_help=True, help=__doc__, pretty_exceptions_enable=False
)
console = Console()
err_console = Console(stderr=True)


def error_line(message: object) -> str:
    """`kg: error: ...`, one line whatever the message holds."""
    return f"kg: error: {printable(str(message), newlines=False)}"


def _fail(message: str) -> None:
    """`kg: error: ...` on standard error, on one line."""
    print(error_line(message), file=sys.stderr)


def reports_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn a KGError into `kg: error: ...` on stderr and exit status 1."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except KGError as error:
            print(error_line(error), file=sys.stderr)  # one line, never wrapped
            raise typer.Exit(1) from error

    return wrapper


def say(text: str) -> None:
    """Print a line for a person: article text in it is shown, never interpreted."""
    console.print(printable(text), markup=False, highlight=False, soft_wrap=True)


def show(text: str) -> None:
    """Print a report (stats, path, scores) with its layout, its article text made visible."""
    print(printable(text))


def show_rich(renderable: Any) -> None:
    """A rich table or group laid out as plain text, then made visible like `show` (rich would
    pass an article's escape sequences through to the terminal)."""
    import io

    plain = Console(file=io.StringIO(), width=console.width, color_system=None, markup=False)
    plain.print(renderable)
    show(plain.file.getvalue().rstrip("\n"))


def stdout() -> BinaryIO | TerminalStream:
    """Where machine formats go: the bytes as they are into a pipe or a file, made visible on a
    terminal."""
    return TerminalStream(sys.stdout.buffer) if sys.stdout.isatty() else sys.stdout.buffer


def check_base_iri(value: str) -> str:
    """--base-iri: an absolute IRI ending with / or #, under which kg's names are valid IRIs."""
    import pyoxigraph as ox

    try:
        ox.NamedNode(value + "x")
    except ValueError as error:
        raise KGError(f"--base-iri {value!r} is not an IRI ({error})") from error
    if not re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", value) or not value.endswith(("/", "#")):
        raise KGError(
            f"--base-iri {value!r}: give an absolute IRI ending with / or #, "
            "e.g. https://example.org/kg/"
        )
    return value


def check_seconds(value: float, option: str) -> float:
    if not math.isfinite(value) or value <= 0:
        raise KGError(f"{option} {value}: give a number of seconds above 0")
    return value


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


class LangCheck(StrEnum):
    ON = "on"
    OFF = "off"


@app.command()
@reports_errors
def build(
    articles: Annotated[
        list[str],
        typer.Argument(
            help="French articles: UTF-8 text files, folders (every .txt and .md below), "
            "JSON Lines files (.jsonl: id, text, and optional date, source, url), or - for "
            "standard input.",
            show_default=False,
        ),
    ],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Folder for graph.* and graph.html.")
    ] = Path("out"),
    fmt: Annotated[
        list[GraphFormat], typer.Option("--format", "-f", help="Graph format(s) to write.")
    ] = [GraphFormat.TURTLE],  # noqa: B006  (Typer reads the default)
    html: Annotated[bool, typer.Option(help="Also write the interactive graph.html.")] = True,
    out_scope: Annotated[
        Scope,
        typer.Option(
            "--out-scope", help="What out/ holds: this run's articles, or the whole store."
        ),
    ] = Scope.RUN,
    base_iri: Annotated[str, typer.Option(help="Namespace of entity IRIs.")] = Settings().base_iri,
    store: Annotated[
        Path, typer.Option("--store", help="Store to add the articles to (created if missing).")
    ] = DEFAULT_STORE,
    no_store: Annotated[
        bool,
        typer.Option("--no-store", help="Keep the graph in memory only: out/ and nothing else."),
    ] = False,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=1, max=256, help="Worker processes that read.")
    ] = 1,
    scheduler: Annotated[
        str | None,
        typer.Option(help="Read on a Dask cluster: its scheduler's address (tcp://host:8786)."),
    ] = None,
    report: Annotated[
        Path | None,
        typer.Option(help="Write the articles that failed to this file, one JSON object a line."),
    ] = None,
    batch: Annotated[
        int,
        typer.Option(min=1, max=10_000, help="Articles written to the store in one transaction."),
    ] = BATCH,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress and no line per article.")
    ] = False,
    lang_check: Annotated[
        LangCheck, typer.Option(help="Refuse articles that do not read as French.")
    ] = LangCheck.ON,
    stdin: Annotated[
        StdinFormat, typer.Option(help="What - reads: one article, or JSON Lines.")
    ] = (StdinFormat.TEXT),
) -> None:
    """Build the knowledge graph of French articles into the store, and out/ from it.

    Articles stream through the pipeline in batches, each written to the store in one
    transaction; those whose text the store already has are skipped, so an interrupted build
    resumes. An article that cannot be read is reported and skipped: exit status 3 when some
    failed, 1 when none could be built. out/ (graph.ttl, graph.html, kg-build.json) is replaced
    as a whole at the end.
    """

    from .corpus import build_corpus
    from .outputs import write_outputs
    from .sources import count, documents

    if scheduler is not None and jobs > 1:
        raise KGError("give --jobs or --scheduler, not both (the cluster has its own workers)")
    settings = Settings(
        base_iri=check_base_iri(base_iri), check_language=lang_check is LangCheck.ON
    )
    reading = replace(settings, check_language=False)  # the language is checked by the workers
    failures = _FailureReport(report)
    progress = _BuildProgress(quiet=quiet)
    where = "memory" if no_store else str(store)

    def runner() -> Any:
        from .work import InProcess, ProcessPool

        if scheduler is not None:
            try:
                from .cluster import DaskCluster
            except ModuleNotFoundError as missing:
                raise KGError(
                    f"--scheduler needs Dask's {missing.name!r} package: pip install 'kg[dask]'"
                ) from None

            return DaskCluster(settings, scheduler)
        return ProcessPool(settings, jobs) if jobs > 1 else InProcess(settings)

    def listen(event: Any, tally: Any) -> None:
        if isinstance(event, Failure):
            failures.add(event)
            progress.error(error_line(event.reason))
        elif not quiet:
            progress.line(_change_line(event, where))
        progress.update(tally)

    target = Store(None, settings=settings) if no_store else Store(store, settings=settings)
    with target as kg_store, failures:
        tally = Tally(total=None if quiet else count(articles, stdin))
        items = documents(articles, reading, stdin=stdin)
        try:
            with progress.running(tally):
                build_corpus(items, kg_store, runner, tally=tally, listener=listen, batch=batch)
        except KeyboardInterrupt:
            in_store = tally.added + tally.replaced
            print(
                f"kg: interrupted: {in_store:,} article(s) of this run are in {where}, whole; "
                "run the same command again to read the rest",
                file=sys.stderr,
            )
            raise typer.Exit(130) from None
        if not tally.keys:
            if tally.failed == 1:  # its error line is the whole story
                raise typer.Exit(1)
            if not tally.failed:
                raise KGError(f"no article in {' '.join(articles)}")
            raise KGError(f"no article could be built ({tally.failed} failed)")
        try:
            outputs = write_outputs(
                kg_store,
                tally.keys,
                out,
                scope=out_scope,
                formats=fmt,
                html=html,
                settings=settings,
            )
            outputs.files.publish(outputs.manifest)
        except KGError as error:
            done = "" if no_store else f" (the store at {where} has this run's articles)"
            raise KGError(f"{error}{done}") from error
    lines = [f"  wrote {out / name}" for name in outputs.names]
    if outputs.html_skipped:
        lines.append(f"  {outputs.html_skipped}")
    scope = (
        f"the whole store ({outputs.documents:,} documents)"
        if out_scope is Scope.STORE
        else f"this run's {outputs.documents:,} document(s)"
        + (
            ""
            if no_store
            else f"; the store at {where} holds {outputs.manifest['store_documents']:,}"
        )
    )
    lines.append(f"  {out}/ holds {scope}")
    if failures.path is not None and tally.failed:
        lines.append(f"  failures listed in {failures.path}")
    for line in [] if quiet else lines:
        say(line)
    say(_summary(tally, outputs))
    if tally.failed:
        raise typer.Exit(3)


def _change_line(change: Any, where: str) -> str:
    note = f"; {change.note}" if change.note else ""
    if change.status == "unchanged":
        return f"  unchanged {change.document} in {where} (already there{note})"
    return (
        f"  {change.status} {change.document} in {where}: {change.triples} triples,"
        f" {change.entities} entities ({change.shared} also in other documents){note}"
    )


def _summary(tally: Any, outputs: Any) -> str:
    """The last line of `kg build`: documents, what became of them, entities, statements."""
    counts = ", ".join(
        f"{number:,} {word}"
        for number, word in (
            (tally.added, "added"),
            (tally.replaced, "replaced"),
            (tally.unchanged, "unchanged"),
            (tally.failed, "failed"),
        )
        if number
    )
    return (
        f"{tally.done:,} article(s) in {tally.seconds:.1f} s: {counts}; out/: "
        f"{outputs.entities:,} entities, {outputs.statements:,} statements, "
        f"{outputs.triples:,} triples; {tally.rate:.1f} articles/s read"
    )


class _FailureReport:
    """--report FILE: one JSON object a line for each article that failed, written as they
    come (an interrupted build leaves the failures so far)."""

    def __init__(self, path: Path | None):
        self.path = path
        self.file: Any = None
        if path is not None:
            try:
                self.file = open(path, "w", encoding="utf-8")  # noqa: SIM115  (closed on exit)
            except OSError as error:
                raise KGError(f"--report {path} cannot be written ({error.strerror})") from error

    def add(self, failure: Failure) -> None:
        if self.file is not None:
            record = {"name": failure.name, "stage": failure.stage, "error": failure.reason}
            self.file.write(json.dumps(record, ensure_ascii=False) + "\n")
            self.file.flush()

    def __enter__(self) -> _FailureReport:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.file is not None:
            self.file.close()


class _BuildProgress:
    """A rich progress bar on standard error while `kg build` works (when it is a terminal and
    not --quiet): articles, articles/s, time left, failures so far."""

    def __init__(self, *, quiet: bool):
        self.enabled = not quiet and err_console.is_terminal
        self.bar: Any = None
        self.task: Any = None

    @contextlib.contextmanager
    def running(self, tally: Any) -> Iterator[None]:
        if not self.enabled:
            yield
            return
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.bar = Progress(
            TextColumn("reading"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:.1f} articles/s"),
            TimeElapsedColumn(),
            TextColumn("left"),
            TimeRemainingColumn(),
            TextColumn("{task.fields[failed]} failed"),
            console=err_console,
            transient=True,
        )
        with self.bar:
            self.task = self.bar.add_task("build", total=tally.total, rate=0.0, failed=0)
            yield
        self.bar = None

    def update(self, tally: Any) -> None:
        if self.bar is not None:
            self.bar.update(self.task, completed=tally.done, rate=tally.rate, failed=tally.failed)

    def line(self, text: str) -> None:
        if self.bar is not None and sys.stdout.isatty():
            self.bar.console.print(printable(text), markup=False, highlight=False)
        else:
            say(text)

    def error(self, text: str) -> None:
        if self.bar is not None:
            self.bar.console.print(text, markup=False, highlight=False, soft_wrap=True)
        else:
            print(text, file=sys.stderr, flush=True)


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
        print(printable_json(evaluation.to_json()))
        return
    show_rich(render(evaluation.micro))
    if len(evaluation.per_document) == 1:
        show(summary_line(evaluation.micro))
        return
    show_rich(render_documents(evaluation))
    show(macro_line(evaluation))
    show(f"micro: {summary_line(evaluation.micro)}")


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
        say(f"{graph}: conforms to the kg shapes")
        return
    for violation in report.violations:
        say(f"{violation.focus_node} {violation.path or ''}: {violation.message}")
    print(error_line(f"{graph}: {len(report.violations)} SHACL violation(s)"), file=sys.stderr)
    raise typer.Exit(1)


# --- the store: query, export, serve, remove ---------------------------------------------------

StoreOption = Annotated[Path, typer.Option("--store", help="The kg store directory.")]


TABLE_ROWS = 1000  # what the table format shows without --limit (it must hold its rows)


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
            "CONSTRUCT) for programs, streamed as the results come.",
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
    timeout: Annotated[
        float, typer.Option(help="Stop the query after this many seconds (exit 1).")
    ] = 60.0,
    limit: Annotated[
        int | None,
        typer.Option(
            min=1,
            help=f"Print at most this many rows (or triples); the table shows {TABLE_ROWS} "
            "without it.",
            show_default=False,
        ),
    ] = None,
    allow_service: Annotated[
        bool,
        typer.Option(
            "--allow-service", help="Let SERVICE send requests to other SPARQL endpoints."
        ),
    ] = False,
    store: StoreOption = DEFAULT_STORE,
) -> None:
    """Run a SPARQL query on the store (kg's prefixes are predeclared)."""
    from .sparql import Answer, Table

    if (sparql is None) == (file is None):
        raise QueryError("give a query or --file FILE (one of the two)")
    text = _query_text(file) if file is not None else str(sparql)
    params = {}
    for item in param or []:
        name, equals, value = item.partition("=")
        if not equals or not name.strip():
            raise QueryError(f"--param {item!r}: expected NAME=VALUE")
        params[name.strip()] = value
    check_seconds(timeout, "--timeout")
    options: dict[str, Any] = {"params": params, "allow_service": allow_service}
    with Store(store, read_only=True) as kg_store, _Deadline(timeout):
        if fmt is not ResultFormat.TABLE:
            out = stdout()
            kg_store.query_to(out, text, fmt, limit=limit, **options)
            out.flush()
            return
        shown = limit or TABLE_ROWS
        result = kg_store.query(text, limit=shown + 1, **options)
    if isinstance(result, Answer):
        say("true" if result else "false")
    elif isinstance(result, Table):
        from rich.table import Table as RichTable

        rows = [tuple(printable(cell, newlines=False) for cell in row) for row in result.strings()]
        more = len(rows) > shown
        rows = rows[:shown]
        caption = f"{len(rows)} row(s)" + (
            f", the first {shown}: --limit N or --format csv for more" if more else ""
        )
        table = RichTable(caption=caption)
        for i, variable in enumerate(result.variables):  # short columns never wrap, long ones do
            width = max((len(row[i]) for row in rows), default=0)
            table.add_column(variable, no_wrap=width <= 40, ratio=1 if width > 40 else None)
        for row in rows:
            table.add_row(*row)
        console.print(table, markup=False, highlight=False)
    else:
        show(result.serialize(fmt).decode("utf-8").rstrip("\n"))


def _query_text(file: Path) -> str:
    """A query file's text; a missing file or one not in UTF-8 is a one-line error."""
    try:
        data = file.read_bytes()
    except OSError as error:
        raise QueryError(f"{file}: cannot be read ({error.strerror})") from error
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        byte = data[error.start : error.start + 1]
        raise QueryError(f"{file}: not valid UTF-8 (byte {error.start}: {byte!r})") from error


def _stop_process(status: int) -> None:
    """End the process now, from any thread (the store is only read: nothing to clean up; the
    lock goes with the process)."""
    os._exit(status)


class _Deadline:
    """Stop the process with a one-line error after `seconds`: pyoxigraph lets other threads
    run while it evaluates, so a timer thread can end a query that would run for hours."""

    def __init__(self, seconds: float):
        import threading

        self.seconds = seconds
        self.timer = threading.Timer(seconds, self._expire)
        self.timer.daemon = True

    def _expire(self) -> None:
        message = (
            f"the query ran longer than --timeout {self.seconds:g} s and was stopped; "
            "narrow it, add a LIMIT, or give a longer --timeout"
        )
        print(error_line(message), file=sys.stderr, flush=True)
        _stop_process(1)

    def __enter__(self) -> None:
        self.timer.start()

    def __exit__(self, *exc: object) -> None:
        self.timer.cancel()


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
        typer.Option(
            "--document",
            help="Export only this document (its id, file name, path or doc: key) and its "
            "entities.",
        ),
    ] = None,
    store: StoreOption = DEFAULT_STORE,
) -> None:
    """Export the whole store or one document: RDF, GraphML, CSV tables or Neo4j's import CSV."""
    from .errors import GraphError

    if fmt is None and out is not None and out.suffix == ".graphml":
        fmt = ExportChoice.GRAPHML
    if fmt is not None and fmt.value in set(InterchangeFormat):
        _export_property_graph(InterchangeFormat(fmt.value), out, document, store)
        return
    if out is not None and out.is_dir():
        raise GraphError(f"--out {out} is a folder; give a file name, e.g. {out / 'kg.ttl'}")
    rdf = ExportFormat(fmt.value) if fmt is not None else None
    rdf = rdf or (ExportFormat.from_path(out) if out is not None else ExportFormat.TURTLE)
    with Store(store, read_only=True) as kg_store:
        data = kg_store.export(rdf, document=document)
    if out is None:
        stream = stdout()
        stream.write(data)
        stream.flush()
        return
    from .export import atomic_write

    atomic_write(out, data)
    err_console.print(
        printable(f"wrote {out} ({rdf}, {len(data):,} bytes)"), markup=False, highlight=False
    )


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
        err_console.print(
            printable(f"wrote {path} ({fmt}, {path.stat().st_size:,} bytes)"),
            markup=False,
            highlight=False,
        )


@app.command()
@reports_errors
def serve(
    port: Annotated[
        int,
        typer.Option(min=0, max=65535, help="Port of the endpoint, the query UI and the graph."),
    ] = 7878,
    host: Annotated[
        str,
        typer.Option(help="Address to bind (keep 127.0.0.1 unless you mean to publish the store)."),
    ] = "127.0.0.1",
    timeout: Annotated[
        float, typer.Option(help="Stop a query after this many seconds (HTTP 503).")
    ] = 30.0,
    max_result_mb: Annotated[
        float, typer.Option(help="Refuse results larger than this many megabytes (HTTP 507).")
    ] = 64.0,
    workers: Annotated[
        int, typer.Option(min=1, max=64, help="Queries evaluated at once (a process each).")
    ] = 2,
    allow_service: Annotated[
        bool,
        typer.Option(
            "--allow-service", help="Let SERVICE send requests to other SPARQL endpoints."
        ),
    ] = False,
    lang: Annotated[str, typer.Option(help="Language of the HTML graph: en or fr.")] = "en",
    store: StoreOption = DEFAULT_STORE,
) -> None:
    """Serve the store read-only: SPARQL 1.1 endpoint at /query, query UI at /, graph at /graph."""
    import signal
    import threading

    from .serve import Limits, Server

    limits = Limits(
        timeout=check_seconds(timeout, "--timeout"),
        max_bytes=int(check_seconds(max_result_mb, "--max-result-mb") * 1_000_000),
        workers=workers,
        allow_service=allow_service,
    )
    stop = threading.Event()  # Ctrl-C or kill: stop the server cleanly, whenever it comes
    signal.signal(signal.SIGINT, lambda signum, frame: stop.set())
    signal.signal(signal.SIGTERM, lambda signum, frame: stop.set())
    with (
        Store(store, read_only=True) as kg_store,
        Server(kg_store, host=host, port=port, limits=limits, lang=lang) as server,
    ):
        endpoints = server.endpoints
        say(f"SPARQL endpoint  {endpoints.query}")
        say(f"query UI         {endpoints.ui}")
        say(f"HTML graph       {endpoints.graph}")
        say(f"serving {store} read-only; Ctrl-C stops")
        server.wait(stop)
    say("stopped")


@app.command()
@reports_errors
def remove(
    document: Annotated[
        str,
        typer.Option(
            "--document",
            help="The document: its id (as kg build printed it), file name, path or doc: key.",
        ),
    ],
    store: StoreOption = DEFAULT_STORE,
) -> None:
    """Forget one article and everything only it supported."""
    with Store(store, create=False) as kg_store:
        change = kg_store.remove(document)
    say(
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
    say(f"wrote {path} ({path.stat().st_size / 1024:,.0f} KB){around}")


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
        print(printable_json(to_json(report)))
        return
    show(render_stats(report, communities=top))


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
        print(printable_json(to_json(report)))
        return
    show(render_path(report))


# --- end of explore -----------------------------------------------------------------------------


def _is_usage_error(error: Exception) -> bool:
    return any(cls.__name__ == "UsageError" for cls in type(error).__mro__) and hasattr(
        error, "format_message"
    )


def main(argv: list[str] | None = None) -> None:
    """`kg`: every failure is one line on stderr. 1: kg could not do it; 2: a command line it
    does not understand; 70: a bug in kg (KG_DEBUG=1 shows the traceback)."""
    try:
        status = app(args=argv, prog_name="kg", standalone_mode=False)
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        sys.exit(130)
    except BrokenPipeError:  # `kg query ... | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
    except Exception as error:
        if type(error).__name__ == "NoArgsIsHelpError":  # `kg` alone: its help, printed
            sys.exit(0)
        if _is_usage_error(error):  # click's (or Typer's copy of click's) UsageError
            context = getattr(error, "ctx", None)
            where = f" (see `{context.command_path} --help`)" if context is not None else ""
            message = error.format_message()  # type: ignore[attr-defined]
            print(error_line(message + where), file=sys.stderr)
            sys.exit(2)
        if type(error).__name__ == "Abort":  # Ctrl-C at a prompt
            print("kg: interrupted", file=sys.stderr)
            sys.exit(130)
        if os.environ.get("KG_DEBUG"):
            raise
        print(
            error_line(
                f"internal error ({type(error).__name__}: {error}); run again with KG_DEBUG=1 "
                "for the traceback and report it"
            ),
            file=sys.stderr,
        )
        sys.exit(70)
    sys.exit(status if isinstance(status, int) else 0)


if __name__ == "__main__":
    sys.exit(main())
