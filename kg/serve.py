"""`kg serve`: the Oxigraph SPARQL server, read-only on a kg store, and the HTML graph beside it.

    >>> with Store(".kg", read_only=True) as store, Server(store, port=7878) as server:
    ...     server.endpoints.query                      # doctest: +SKIP
    'http://127.0.0.1:7878/query'

The server is the `oxigraph` program of the PyPI package `oxigraph` (the same version as
pyoxigraph, so that both read the database alike), started with `serve-read-only` and a query
timeout; its default graph is the union of the store's graphs, as for `kg query`. It answers
the SPARQL 1.1 Protocol at `/query` (GET and POST), shows its query editor at `/` and refuses
updates (HTTP 403). The page of `kg.view` is served on the next port. The caller's read-only
`Store` holds the store's shared lock, and the server process inherits it, so that no
`kg build` writes to the database while it is served.
"""

from __future__ import annotations

import http.server
import importlib.metadata
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from .errors import KGError, StoreError
from .store import DATABASE, Store

__all__ = ["Endpoints", "Server", "oxigraph_binary"]

_START_TIMEOUT = 15.0  # seconds for the server to listen
_STOP_TIMEOUT = 5.0


@dataclass(frozen=True)
class Endpoints:
    """Where the server answers."""

    query: str  # the SPARQL 1.1 Protocol endpoint
    ui: str  # Oxigraph's query editor (YASGUI)
    graph: str | None  # kg's HTML graph, or None when not served


def _minor(version: str) -> tuple[str, ...]:
    return tuple(version.split(".")[:2])


def oxigraph_binary() -> Path:
    """The `oxigraph` program installed beside this Python (PyPI package `oxigraph`), checked to
    have pyoxigraph's major and minor version."""
    name = "oxigraph.exe" if sys.platform == "win32" else "oxigraph"
    candidates = [Path(sysconfig.get_path("scripts")) / name, Path(sys.executable).parent / name]
    found = next((c for c in candidates if c.is_file()), None)
    found = found or (Path(p) if (p := shutil.which("oxigraph")) else None)
    if found is None:
        raise KGError(
            "the oxigraph server program is not installed: "
            "pip install 'oxigraph==<the version of pyoxigraph>'"
        )
    try:
        output = subprocess.run(
            [str(found), "--version"], capture_output=True, text=True, timeout=10, check=True
        ).stdout
    except (OSError, subprocess.SubprocessError) as error:
        raise KGError(f"{found} does not run: {error}") from error
    version = output.split()[-1] if output.split() else "?"
    wanted = importlib.metadata.version("pyoxigraph")
    if _minor(version) != _minor(wanted):
        raise KGError(
            f"{found} is oxigraph {version} but pyoxigraph is {wanted}: their databases "
            f"may differ; pip install 'oxigraph=={wanted}'"
        )
    return found


def _listening(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.2):
            return True
    except OSError:
        return False


class _GraphPage:
    """The HTML page of the store's graph, drawn on the first request and kept."""

    def __init__(self, store: Store, lang: str):
        self.store, self.lang = store, lang
        self._html: bytes | None = None
        self._lock = threading.Lock()

    def html(self) -> bytes:
        with self._lock:
            if self._html is None:
                from .view import render_html  # pyvis and networkx, only when drawn

                graph = self.store.to_rdflib()
                self._html = render_html(
                    graph, lang=self.lang, settings=self.store.settings
                ).encode("utf-8")
            return self._html


def _handler(page: _GraphPage) -> type[http.server.BaseHTTPRequestHandler]:
    class GraphHandler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path.split("?")[0] not in ("/", "/graph.html"):
                self.send_error(404, "the graph is at /")
                return
            try:
                body = page.html()
            except KGError as error:
                self.send_error(500, str(error))
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass  # quiet: kg serve prints its own lines

    return GraphHandler


class Server:
    """The running server: `start()` (or `with`), `wait()`, `stop()`."""

    def __init__(
        self,
        store: Store,
        *,
        host: str = "127.0.0.1",
        port: int = 7878,
        graph_port: int | None = None,
        timeout: float = 30.0,
        lang: str = "en",
    ):
        if store.path is None or not store.read_only:
            raise StoreError("kg serve needs a store on disk opened read-only")
        self.store, self.host, self.port, self.timeout = store, host, port, timeout
        self.graph_port = graph_port
        self.lang = lang
        self.process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None
        self._graph_server: http.server.ThreadingHTTPServer | None = None

    @property
    def endpoints(self) -> Endpoints:
        base = f"http://{self.host}:{self.port}"
        graph = f"http://{self.host}:{self.graph_port}/" if self.graph_port else None
        return Endpoints(query=f"{base}/query", ui=f"{base}/", graph=graph)

    def __enter__(self) -> Server:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> Endpoints:
        """Start the server and wait until it listens; KGError if it cannot."""
        try:
            return self._start()
        except BaseException:
            self.stop()  # nothing left running, whatever stopped the start
            raise

    def _start(self) -> Endpoints:
        assert self.store.path is not None
        if _listening(self.host, self.port):
            raise KGError(
                f"port {self.port} on {self.host} is already in use: choose another with --port"
            )
        binary = oxigraph_binary()
        lock_fd = self.store.lock_fd
        self._log = tempfile.TemporaryFile()  # noqa: SIM115 (kept until stop())
        command = [
            str(binary),
            "serve-read-only",
            "--location",
            str(self.store.path / DATABASE),
            "--bind",
            f"{self.host}:{self.port}",
            "--timeout-s",
            str(max(1, round(self.timeout))),
        ]
        self.process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            pass_fds=(lock_fd,) if lock_fd is not None else (),
        )
        deadline = time.monotonic() + _START_TIMEOUT
        while not _listening(self.host, self.port):
            if self.process.poll() is not None or time.monotonic() > deadline:
                output = self._output()
                raise KGError(
                    f"the oxigraph server did not start on {self.host}:{self.port}: "
                    f"{output or 'no output'}"
                )
            time.sleep(0.05)
        if self.graph_port:
            self._start_graph_server()
        return self.endpoints

    def _start_graph_server(self) -> None:
        assert self.graph_port is not None
        try:
            server = http.server.ThreadingHTTPServer(
                (self.host, self.graph_port), _handler(_GraphPage(self.store, self.lang))
            )
        except OSError as error:
            raise KGError(
                f"the graph page cannot listen on {self.host}:{self.graph_port}: "
                f"{error}; choose another port with --graph-port"
            ) from error
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, name="kg-graph-page", daemon=True).start()
        self._graph_server = server

    def _output(self) -> str:
        if self._log is None:
            return ""
        self._log.seek(0)
        return " ".join(self._log.read().decode("utf-8", "replace").split())[-500:]

    def wait(self, stop: threading.Event | None = None) -> int:
        """Block until the server process ends (its exit status), or until `stop` is set (0)."""
        assert self.process is not None
        while True:
            try:
                return self.process.wait(timeout=0.2)
            except subprocess.TimeoutExpired:
                if stop is not None and stop.is_set():
                    return 0

    def stop(self) -> None:
        """Stop the server process and the graph page (idempotent)."""
        if self._graph_server is not None:
            self._graph_server.shutdown()
            self._graph_server.server_close()
            self._graph_server = None
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT if sys.platform != "win32" else signal.SIGTERM)
            try:
                self.process.wait(_STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self._log is not None:
            self._log.close()
            self._log = None
