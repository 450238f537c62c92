"""`kg serve`: the store read-only over HTTP on one port: the SPARQL 1.1 Protocol at `/query`,
a query editor at `/`, the HTML graph at `/graph`; bounded, local, and never a way out.

    >>> with Store(".kg", read_only=True) as store, Server(store, port=7878) as server:
    ...     server.endpoints.query                      # doctest: +SKIP
    'http://127.0.0.1:7878/query'

kg answers HTTP itself (Python's `http.server`) and evaluates each query in a worker process
(`kg.workers`) that opens the store read-only with pyoxigraph (the engine of the Oxigraph
server), so that it can hold every query to its limits:

- a query that runs past `Limits.timeout` has its worker killed (and replaced), and the client
  gets HTTP 503; a result larger than `Limits.max_bytes` stops its worker and gets HTTP 507; a
  client that leaves frees its worker at once. Results are complete before the status is sent:
  a 200 always carries the whole result.
- `SERVICE` is refused (HTTP 400) unless `Limits.allow_service`: a web page can make a browser
  send a query, and the query must not make the server send requests elsewhere.
- every request must name this server in its `Host` header (127.0.0.1, localhost, [::1], or
  the address it was bound to), else HTTP 421: a DNS-rebinding page cannot read the store.
- updates are refused (HTTP 403); only GET and POST of queries are answered.

The query editor is Oxigraph's own YASGUI, taken from the `oxigraph` program of the PyPI
package `oxigraph` at start-up (it runs for a moment on an empty in-memory store, on loopback),
with kg's prefixes declared. The workers and that program die with this process (Linux
PR_SET_PDEATHSIG), so a `kill -9` of `kg serve` leaves nothing holding the store. The caller's
read-only `Store` holds the store's shared lock meanwhile, so that no `kg build` writes to it.
"""

from __future__ import annotations

import contextlib
import errno
import http.server
import importlib.metadata
import json
import os
import shutil
import socket
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from importlib import resources
from multiprocessing.connection import wait
from pathlib import Path
from typing import IO

from .errors import KGError, StoreError
from .store import Store
from .workers import Limits, Pool, die_with_parent

__all__ = ["Endpoints", "Limits", "Server", "oxigraph_binary"]

_START_TIMEOUT = 30.0  # seconds for the workers and the asset server to start
_MAX_REQUEST = 1_000_000  # bytes of a query sent by POST
_LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")


@dataclass(frozen=True)
class Endpoints:
    """Where the server answers (one port)."""

    query: str  # the SPARQL 1.1 Protocol endpoint
    ui: str  # the query editor (YASGUI)
    graph: str  # kg's HTML graph


# --- the oxigraph program: its query editor ------------------------------------------------------


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


_EDITOR_FILES = {
    "/yasgui.min.js": "application/javascript",
    "/yasgui.min.css": "text/css",
    "/logo.svg": "image/svg+xml",
}
_editor: dict[str, bytes] = {}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def editor_files() -> dict[str, bytes]:
    """YASGUI's script, style sheet and logo, as the oxigraph program serves them (fetched once
    per process from an instance on an empty in-memory store, bound to loopback)."""
    if _editor:
        return _editor
    port = _free_port()
    process = subprocess.Popen(
        [str(oxigraph_binary()), "serve", "--bind", f"127.0.0.1:{port}"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        preexec_fn=die_with_parent,
    )
    try:
        deadline = time.monotonic() + _START_TIMEOUT
        for path in _EDITOR_FILES:
            while True:
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as r:
                        _editor[path] = r.read()
                    break
                except (urllib.error.URLError, OSError) as error:
                    if process.poll() is not None or time.monotonic() > deadline:
                        raise KGError(
                            f"the oxigraph program did not serve {path}: {error}"
                        ) from error
                    time.sleep(0.05)
    finally:
        process.kill()
        process.wait()
    return _editor


# --- HTTP ----------------------------------------------------------------------------------------


class _Answer(Exception):
    """An HTTP error to send: status and a one-line text."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


def _asset(name: str) -> bytes:
    return resources.files("kg").joinpath("assets", name).read_bytes()


def _client_left(sock: socket.socket) -> bool:
    try:
        return sock.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b""
    except BlockingIOError:
        return False
    except OSError:
        return True


class _Site:
    """What the handler needs: the pool, the pages, the limits, the names it answers to."""

    def __init__(self, server: Server, pool: Pool):
        self.server, self.pool, self.limits = server, pool, server.limits
        self.hosts = server.allowed_hosts()
        self._graph: bytes | None = None
        self._graph_lock = threading.Lock()

    def graph_page(self) -> bytes:
        with self._graph_lock:
            if self._graph is None:
                from .view import render_html  # pyvis and networkx, only when drawn

                store = self.server.store
                html = render_html(
                    store.to_rdflib(), lang=self.server.lang, settings=store.settings
                )
                link = '<a class="kg-counts" id="kg-query-link" href="/">SPARQL query</a>'
                if "</header>" in html:
                    html = html.replace("</header>", f"{link}</header>", 1)
                else:
                    html = html.replace("<body>", f"<body>{link}", 1)
                self._graph = html.encode("utf-8")
            return self._graph

    def query_page(self) -> bytes:
        template = _asset("query.html").decode("utf-8")
        prefixes = json.dumps(self.server.store.prefixes, ensure_ascii=True).replace("<", "\\u003c")
        return template.replace("{{ prefixes }}", prefixes).encode("utf-8")

    def answer(self, query: str, accept: str, sock: socket.socket) -> tuple[str, IO[bytes]]:
        """Evaluate in a worker within the limits: (content type, the whole result)."""
        deadline = time.monotonic() + self.limits.timeout
        worker = self.pool.take(self.limits.timeout)
        if worker is None:
            raise _Answer(
                503, f"every worker is busy; retry (at most {self.limits.workers} at once)"
            )
        body: IO[bytes] = tempfile.SpooledTemporaryFile(max_size=1 << 20)  # noqa: SIM115
        content_type = ""
        done = False
        try:
            worker.connection.send((query, accept))
            watched: list[object] = [worker.connection, sock]
            while True:
                remaining = deadline - time.monotonic()
                ready = wait(watched, timeout=max(0.0, remaining)) if remaining > 0 else []
                if not ready:
                    self.pool.replace(worker)
                    worker = None
                    raise _Answer(
                        503, f"the query ran longer than {self.limits.timeout:g} s and was stopped"
                    )
                if sock in ready:
                    if _client_left(sock):
                        self.pool.replace(worker)
                        worker = None
                        raise _Answer(499, "the client left")
                    watched = [worker.connection]  # it sent more: read it after the answer
                if worker.connection not in ready:
                    continue
                message = worker.connection.recv()
                kind = message[0]
                if kind == "data":
                    body.write(message[1])
                elif kind == "start":
                    content_type = message[1]
                elif kind == "end":
                    body.seek(0)
                    done = True
                    return content_type, body
                else:
                    raise _Answer(message[1], message[2])
        except (EOFError, OSError) as error:
            if worker is not None:
                self.pool.replace(worker)
                worker = None
            raise _Answer(500, f"the query worker failed: {error}") from error
        finally:
            if worker is not None:
                self.pool.give_back(worker)
            if not done:
                body.close()


def _handler(site: _Site) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "kg"
        sys_version = ""

        def do_GET(self) -> None:
            self._route("GET")

        def do_POST(self) -> None:
            self._route("POST")

        def do_HEAD(self) -> None:
            self._fail(405, "use GET or POST")

        do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_HEAD

        def _route(self, method: str) -> None:
            try:
                self._check_host()
                path, _, query_string = self.path.partition("?")
                if path in ("/query", "/sparql"):
                    self._sparql(method, query_string)
                elif method != "GET" or path in ("/update", "/store"):
                    raise _Answer(403, "this server is read-only: the store changes with kg build")
                elif path in ("/", "/index.html"):
                    self._send(200, "text/html; charset=utf-8", site.query_page(), page=True)
                elif path == "/kg-query.js":
                    self._send(200, "application/javascript", _asset("query.js"))
                elif path in _EDITOR_FILES:
                    self._send(200, _EDITOR_FILES[path], editor_files()[path])
                elif path in ("/graph", "/graph.html"):
                    self._send(200, "text/html; charset=utf-8", site.graph_page())
                else:
                    raise _Answer(404, "nothing here: the query page is at /, the graph at /graph")
            except _Answer as answer:
                self._fail(answer.status, str(answer))
            except KGError as error:
                self._fail(500, str(error))

        def _check_host(self) -> None:
            host = self.headers.get("Host")
            if host is None:
                raise _Answer(400, "a request must name the server in its Host header")
            name, port = _split_host(host.strip().lower())
            if name not in site.hosts or port not in (None, site.server.port):
                raise _Answer(421, f"this server answers to {', '.join(site.hosts)} only")

        def _sparql(self, method: str, query_string: str) -> None:
            fields = urllib.parse.parse_qs(query_string, keep_blank_values=True)
            if method == "POST":
                length = int(self.headers.get("Content-Length") or 0)
                if length > _MAX_REQUEST:
                    raise _Answer(413, f"a query is at most {_MAX_REQUEST:,} bytes")
                data = self.rfile.read(length)
                kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
                if kind == "application/sparql-query":
                    fields.setdefault("query", []).append(data.decode("utf-8", "replace"))
                elif kind == "application/x-www-form-urlencoded":
                    form = urllib.parse.parse_qs(data.decode("utf-8", "replace"))
                    for name, values in form.items():
                        fields.setdefault(name, []).extend(values)
                elif kind == "application/sparql-update":
                    raise _Answer(403, "this server is read-only: updates are refused")
                else:
                    raise _Answer(415, "send application/sparql-query or a form")
            if "update" in fields:
                raise _Answer(403, "this server is read-only: updates are refused")
            if fields.keys() & {"default-graph-uri", "named-graph-uri"}:
                raise _Answer(400, "the default graph is the union of the store's graphs here")
            queries = fields.get("query", [])
            if len(queries) != 1:
                raise _Answer(400, "give exactly one query parameter")
            try:
                content_type, body = site.answer(
                    queries[0], self.headers.get("Accept", ""), self.connection
                )
            except _Answer as answer:
                if answer.status == 499:
                    self.close_connection = True
                    return
                raise
            with body:
                body.seek(0, os.SEEK_END)
                size = body.tell()
                body.seek(0)
                self.send_response(200)
                self._headers(content_type, size)
                shutil.copyfileobj(body, self.wfile)

        def _headers(self, content_type: str, size: int, *, page: bool = False) -> None:
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(size))
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Cache-Control", "no-store")
            if page:  # the query page: its scripts and requests stay on this server
                self.send_header(
                    "Content-Security-Policy",
                    "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'",
                )
            self.end_headers()

        def _send(self, status: int, content_type: str, body: bytes, *, page: bool = False) -> None:
            self.send_response(status)
            self._headers(content_type, len(body), page=page)
            self.wfile.write(body)

        def _fail(self, status: int, message: str) -> None:
            body = (message + "\n").encode("utf-8")
            with contextlib.suppress(OSError):
                self._send(status, "text/plain; charset=utf-8", body)

        def log_message(self, format: str, *args: object) -> None:
            pass  # quiet: kg serve prints its own lines

    return Handler


def _split_host(host: str) -> tuple[str, int | None]:
    """`localhost:7878` -> ("localhost", 7878); `[::1]` -> ("[::1]", None)."""
    name, colon, port = host.rpartition(":")
    if not colon or name.endswith(":") or (host.startswith("[") and not name.endswith("]")):
        return host, None
    return name, int(port) if port.isdigit() else -1


class Server:
    """The running server: `start()` (or `with`), `wait()`, `stop()`."""

    def __init__(
        self,
        store: Store,
        *,
        host: str = "127.0.0.1",
        port: int = 7878,
        limits: Limits | None = None,
        lang: str = "en",
    ):
        if store.path is None or not store.read_only:
            raise StoreError("kg serve needs a store on disk opened read-only")
        self.store, self.host, self.port = store, host, port
        self.limits = limits or Limits()
        self.lang = lang
        self._pool: Pool | None = None
        self._http: http.server.ThreadingHTTPServer | None = None
        self._serving = False
        self._log: IO[bytes] | None = None

    def allowed_hosts(self) -> tuple[str, ...]:
        """The names a request's Host header may give: loopback, and the bound address."""
        bound = f"[{self.host}]" if ":" in self.host else self.host
        names = [*_LOOPBACK_NAMES, bound.lower()]
        if self.host in ("0.0.0.0", "::"):
            names += [socket.gethostname().lower(), socket.getfqdn().lower()]
        return tuple(dict.fromkeys(names))

    @property
    def endpoints(self) -> Endpoints:
        host = f"[{self.host}]" if ":" in self.host else self.host
        base = f"http://{host}:{self.port}"
        return Endpoints(query=f"{base}/query", ui=f"{base}/", graph=f"{base}/graph")

    def __enter__(self) -> Server:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> Endpoints:
        """Start the workers and the HTTP server; KGError if they cannot."""
        try:
            return self._start()
        except BaseException:
            self.stop()  # nothing left running, whatever stopped the start
            raise

    def _start(self) -> Endpoints:
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        server_class = type("_HTTPServer", (http.server.ThreadingHTTPServer,), {})
        server_class.address_family = family
        server_class.allow_reuse_address = False
        try:
            self._http = server_class((self.host, self.port), http.server.BaseHTTPRequestHandler)
        except OSError as error:
            self._http = None
            raise KGError(
                f"port {self.port} on {self.host} is already in use: choose another with --port"
                if error.errno == errno.EADDRINUSE
                else f"kg serve cannot listen on {self.host}:{self.port}: {error.strerror}"
            ) from error
        self.port = self._http.server_address[1]
        editor_files()
        self._log = tempfile.TemporaryFile()  # noqa: SIM115 (kept until stop())
        self._pool = Pool(self.store, self.limits, self._log)
        self._http.RequestHandlerClass = _handler(_Site(self, self._pool))
        self._http.daemon_threads = True
        threading.Thread(target=self._http.serve_forever, name="kg-serve", daemon=True).start()
        self._serving = True
        return self.endpoints

    def wait(self, stop: threading.Event | None = None) -> None:
        """Block until `stop` is set."""
        while not (stop is not None and stop.wait(0.2)):
            pass

    def stop(self) -> None:
        """Stop the HTTP server and the workers (idempotent)."""
        if self._http is not None:
            if self._serving:
                self._http.shutdown()
                self._serving = False
            self._http.server_close()
            self._http = None
        if self._pool is not None:
            self._pool.close()
            self._pool = None
        if self._log is not None:
            self._log.close()
            self._log = None
