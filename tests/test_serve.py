"""kg serve: the store read-only over HTTP (SPARQL 1.1 Protocol), within its limits: host check,
no SERVICE, timeouts that stop evaluation, a result-size cap, workers that die with it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from store_support import KG, QUERIES, free_port, hold_store, resolutions

from kg.errors import KGError, StoreError
from kg.serve import Limits, Server, oxigraph_binary
from kg.sparql import ResultFormat
from kg.store import Store
from kg.workers import negotiate

JSON_RESULTS = "application/sparql-results+json"
CEO = (
    "PREFIX kg: <https://w3id.org/kg-fr/ontology#> "
    "SELECT ?company ?person WHERE { ?company kg:hasCEO ?person }"
)
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def seed_store(tmp_path_factory, builder) -> Path:
    path = tmp_path_factory.mktemp("served") / "store"
    with Store(path) as store:
        store.add([resolutions(builder)[0]])
    return path


@pytest.fixture(scope="module")
def store_path(tmp_path_factory, builder):
    """The store the module's server serves (and so keeps locked for reading)."""
    return seed_store(tmp_path_factory, builder)


@pytest.fixture
def free_store(tmp_path_factory, builder):
    """A store nobody else uses, for the commands that start and stop servers."""
    return seed_store(tmp_path_factory, builder)


@pytest.fixture(scope="module")
def server(store_path):
    with (
        Store(store_path, read_only=True) as store,
        Server(store, port=free_port(), limits=Limits(timeout=10)) as running,
    ):
        yield running


def request(url: str, *, data: bytes | None = None, headers: dict[str, str] | None = None):
    """(status, content type, body) of a real HTTP request, errors included."""
    req = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=10) as response:
            return response.status, response.headers["Content-Type"], response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read()


def bindings(body: bytes) -> list[dict[str, str]]:
    return [{k: v["value"] for k, v in b.items()} for b in json.loads(body)["results"]["bindings"]]


def count(server: Server) -> int:
    url = server.endpoints.query + "?" + urllib.parse.urlencode({"query": COUNT})
    status, _, body = request(url, headers={"Accept": JSON_RESULTS})
    assert status == 200
    return int(bindings(body)[0]["n"])


def test_the_editor_comes_from_the_oxigraph_of_pyoxigraphs_version():
    import importlib.metadata

    binary = oxigraph_binary()
    version = subprocess.run([binary, "--version"], capture_output=True, text=True).stdout
    assert version.split()[-1] == importlib.metadata.version("pyoxigraph")


def test_protocol_get(server):
    assert server.endpoints.query.startswith("http://127.0.0.1:")
    url = server.endpoints.query + "?" + urllib.parse.urlencode({"query": CEO})
    status, content_type, body = request(url, headers={"Accept": JSON_RESULTS})
    assert (status, content_type) == (200, JSON_RESULTS)
    assert {
        "company": "https://w3id.org/kg-fr/id/meta-platforms-inc",
        "person": "https://w3id.org/kg-fr/id/mark-zuckerberg",
    } in bindings(body)


def test_protocol_post_query_and_form(server):
    status, content_type, body = request(
        server.endpoints.query,
        data=CEO.encode("utf-8"),
        headers={"Content-Type": "application/sparql-query", "Accept": JSON_RESULTS},
    )
    assert (status, content_type) == (200, JSON_RESULTS)
    assert len(bindings(body)) >= 1
    form = urllib.parse.urlencode({"query": CEO}).encode("ascii")
    status, _, body = request(
        server.endpoints.query,
        data=form,
        headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": JSON_RESULTS},
    )
    assert status == 200 and len(bindings(body)) >= 1


def test_the_default_graph_is_the_union_and_queries_library_runs(server):
    text = (QUERIES / "investors.rq").read_text(encoding="utf-8")
    status, _, body = request(
        server.endpoints.query,
        data=text.encode("utf-8"),
        headers={"Content-Type": "application/sparql-query", "Accept": JSON_RESULTS},
    )
    assert status == 200
    rows = bindings(body)
    assert {
        "company": "Scale AI",
        "investor": "Meta Platforms Inc.",
        "currency": "USD",
        "certainty": "hedged",
        "source": "Bloomberg",
    }.items() <= next(r for r in rows if r.get("amount")).items()


def test_updates_are_refused(server):
    before = count(server)
    update = (
        "INSERT DATA { <https://w3id.org/kg-fr/id/x> "
        '<http://www.w3.org/2000/01/rdf-schema#label> "x" }'
    )
    base = server.endpoints.query.removesuffix("/query")
    status, _, body = request(
        base + "/update",
        data=update.encode("utf-8"),
        headers={"Content-Type": "application/sparql-update"},
    )
    assert status == 403, body
    status, _, _ = request(
        server.endpoints.query,
        data=update.encode("utf-8"),
        headers={"Content-Type": "application/sparql-query"},
    )
    assert status == 400  # an update is not a query
    status, _, _ = request(
        base + "/store",
        data=b'<urn:x> <urn:p> "x" .',
        headers={"Content-Type": "application/n-triples"},
    )
    assert status == 403
    assert count(server) == before


def test_a_malformed_query_is_a_client_error(server):
    status, _, body = request(
        server.endpoints.query,
        data=b"SELECT ?x WHERE {",
        headers={"Content-Type": "application/sparql-query"},
    )
    assert status == 400 and b"malformed SPARQL query at line 1" in body


def test_query_ui_and_html_graph_on_one_port(server):
    status, content_type, body = request(server.endpoints.ui)
    assert status == 200 and content_type.startswith("text/html")
    assert b"yasgui" in body.lower() and b'href="/graph"' in body
    prefixes = json.loads(body.split(b'id="kg-prefixes">')[1].split(b"</script>")[0])
    assert prefixes["kg"] == "https://w3id.org/kg-fr/ontology#"
    assert prefixes[""] == "https://w3id.org/kg-fr/id/"
    for asset in ("yasgui.min.js", "yasgui.min.css", "kg-query.js"):
        assert request(server.endpoints.ui + asset)[0] == 200, asset
    assert server.endpoints.graph == server.endpoints.ui + "graph"
    status, content_type, body = request(server.endpoints.graph)
    assert status == 200 and content_type.startswith("text/html")
    assert b"Scale AI" in body and b'id="kg-query-link" href="/"' in body
    assert request(server.endpoints.ui + "elsewhere")[0] == 404


def test_readme_queries_run_without_prefixes_and_subclasses_count(server):
    """The README's queries declare no prefixes: the endpoint predeclares kg's, and a Startup
    is an Organization."""
    query = "SELECT ?name WHERE { ?x a kg:Organization ; rdfs:label ?name } ORDER BY ?name"
    url = server.endpoints.query + "?" + urllib.parse.urlencode({"query": query})
    status, _, body = request(url, headers={"Accept": JSON_RESULTS})
    assert status == 200, body
    names = [row["name"] for row in bindings(body)]
    assert "Scale AI" in names  # typed kg:Startup by the article


def test_a_busy_port_is_refused(store_path, server):
    with Store(store_path, read_only=True) as store, pytest.raises(KGError, match="already in use"):
        Server(store, port=server.port).start()


def test_a_writable_store_is_not_served(tmp_path):
    with Store(tmp_path / "store") as store, pytest.raises(KGError, match="read-only"):
        Server(store, port=free_port())


# --- the command --------------------------------------------------------------------------------


def start_cli(store_path, port: int, *options: str) -> subprocess.Popen[str]:
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1", "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [*KG, "serve", "--store", str(store_path), "--port", str(port), "--timeout", "5", *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def wait_for_line(process: subprocess.Popen[str], text: str, timeout: float = 30) -> list[str]:
    assert process.stdout is not None
    lines: list[str] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line)
        if text in line:
            return lines
    raise AssertionError(f"no {text!r} in {lines}; stderr: {process.stderr.read()}")


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "kill"])
def test_kg_serve_answers_and_stops_cleanly(free_store, stop):
    store_path = free_store
    port = free_port()
    process = start_cli(store_path, port)
    try:
        lines = wait_for_line(process, "Ctrl-C stops")
        assert f"http://127.0.0.1:{port}/query" in "".join(lines)
        url = f"http://127.0.0.1:{port}/query?" + urllib.parse.urlencode({"query": CEO})
        assert request(url, headers={"Accept": JSON_RESULTS})[0] == 200
        with pytest.raises(KGError, match="reads it"):  # no build while it serves
            Store(store_path)
        process.send_signal(stop)
        out, err = process.communicate(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, err
    assert "stopped" in out and "Traceback" not in err
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url, timeout=2)
    with Store(store_path) as store:  # the server process let go of the lock too
        assert store.documents()


def test_kg_serve_stops_cleanly_when_interrupted_at_once(free_store):
    process = start_cli(free_store, free_port())
    try:
        wait_for_line(process, "Ctrl-C stops")
        process.send_signal(signal.SIGINT)  # no pause: the signal may come before the wait
        out, err = process.communicate(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert (process.returncode, out.splitlines()[-1]) == (0, "stopped"), err


def test_kg_serve_refuses_a_store_that_a_build_is_writing(free_store):
    store_path = free_store
    holder = hold_store(store_path)
    port = free_port()
    try:
        process = start_cli(store_path, port)
        out, err = process.communicate(timeout=30)
    finally:
        holder.kill()
        holder.wait()
    assert process.returncode == 1
    assert "in use by another kg process that writes to it" in err
    assert "Ctrl-C" not in out
    with pytest.raises(urllib.error.URLError):  # nothing was started
        urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)


def test_kg_serve_on_a_missing_store(tmp_path):
    result = subprocess.run(
        [*KG, "serve", "--store", str(tmp_path / "none"), "--port", str(free_port())],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 1 and "no kg store at" in result.stderr
    assert not (tmp_path / "none").exists()


def test_the_server_program_is_the_one_beside_this_python():
    assert oxigraph_binary().parent == Path(sys.executable).parent


# --- what a web page may not do: other hosts, SERVICE, updates -----------------------------------


def curl(url: str, *options: str) -> tuple[int, str]:
    """(HTTP status, body) of a real curl request."""
    result = subprocess.run(
        ["curl", "-s", "-o", "-", "-w", "\n%{http_code}", *options, url],
        capture_output=True,
        text=True,
        timeout=30,
    )
    body, _, status = result.stdout.rpartition("\n")
    return int(status), body


@pytest.mark.parametrize(
    "host, status",
    [
        ("127.0.0.1", 200),
        ("localhost", 200),
        ("LOCALHOST:{port}", 200),
        ("[::1]:{port}", 200),
        ("evil.example", 421),  # a DNS-rebinding page names its own domain
        ("evil.example:{port}", 421),
        ("127.0.0.1.evil.example", 421),
        ("localhost:1", 421),
    ],
)
def test_only_requests_that_name_this_server_are_answered(server, host, status):
    host = host.format(port=server.port)
    for path in ("/", "/graph", "/query?" + urllib.parse.urlencode({"query": CEO})):
        got, body = curl(f"http://127.0.0.1:{server.port}{path}", "-H", f"Host: {host}")
        assert got == status, (path, body)


class Hits:
    """A tiny HTTP server on loopback that records what reaches it (a SERVICE target)."""

    def __init__(self) -> None:
        import http.server
        import threading

        self.paths: list[str] = []
        hits = self.paths

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                hits.append(self.path)
                self.send_response(500)
                self.end_headers()

            do_POST = do_GET

            def log_message(self, *args: object) -> None:
                pass

        self.http = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.http.server_port}/sparql"
        threading.Thread(target=self.http.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.http.shutdown()
        self.http.server_close()


@pytest.fixture
def hits():
    target = Hits()
    yield target
    target.close()


def test_service_never_reaches_the_network(server, hits):
    for query in (
        f"SELECT * WHERE {{ SERVICE <{hits.url}> {{ ?s ?p ?o }} }}",
        f"select * where {{ ?a ?b ?c . service silent <{hits.url}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ ?a ?b ?c FILTER(?a<?b)SERVICE<{hits.url}>{{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ \\u0053ERVICE <{hits.url}> {{ ?s ?p ?o }} }}",
    ):
        url = server.endpoints.query + "?" + urllib.parse.urlencode({"query": query})
        status, _, body = request(url, headers={"Accept": JSON_RESULTS})
        assert status == 400 and b"SERVICE" in body, (query, body)
    assert hits.paths == []


def test_service_is_sent_when_allowed(store_path, hits):
    with (
        Store(store_path, read_only=True) as store,
        Server(store, port=free_port(), limits=Limits(allow_service=True, workers=1)) as served,
    ):
        query = f"SELECT * WHERE {{ SERVICE <{hits.url}> {{ ?s ?p ?o }} }}"
        url = served.endpoints.query + "?" + urllib.parse.urlencode({"query": query})
        status, _, _ = request(url, headers={"Accept": JSON_RESULTS})
    assert status == 400  # the target answered 500, and kg says the query failed
    assert hits.paths  # but the request was made: the option lets SERVICE through


def test_content_negotiation():
    assert negotiate("", graph=False) is ResultFormat.JSON
    assert negotiate("text/csv;q=0.5, application/sparql-results+xml", graph=False) is (
        ResultFormat.XML
    )
    assert negotiate("text/turtle", graph=True) is ResultFormat.TURTLE
    assert negotiate("image/png", graph=False) is None
    assert negotiate("application/json;q=0, */*;q=0.1", graph=False) is ResultFormat.JSON


# --- bounded queries ------------------------------------------------------------------------------

CROSS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def worker_pids(server: Server) -> set[int]:
    assert server._pool is not None
    return {worker.process.pid for worker in server._pool.all}


def alive(pid: int) -> bool:
    """Running (not a zombie); a process reaped while it is read is gone."""
    try:
        os.kill(pid, 0)
        return "(Z)" not in Path(f"/proc/{pid}/stat").read_text()
    except (ProcessLookupError, FileNotFoundError):
        return False


def wait_until(test, timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if test():
            return True
        time.sleep(0.05)
    return test()


@pytest.fixture
def bounded(free_store):
    with (
        Store(free_store, read_only=True) as store,
        Server(
            store, port=free_port(), limits=Limits(timeout=2, max_bytes=20_000, workers=1)
        ) as running,
    ):
        yield running


def test_a_query_past_the_timeout_is_stopped_with_an_error_status(bounded):
    before = worker_pids(bounded)
    started = time.monotonic()
    status, _, body = request(
        bounded.endpoints.query + "?" + urllib.parse.urlencode({"query": CROSS}),
        headers={"Accept": JSON_RESULTS},
    )
    assert status == 503 and b"longer than 2 s" in body
    assert time.monotonic() - started < 8
    assert wait_until(lambda: not any(alive(pid) for pid in before))  # its CPU is freed
    assert bounded._pool is not None  # and the server goes on, with a new worker
    assert wait_until(lambda: bounded._pool.idle.qsize() == 1, timeout=60)
    assert count(bounded) > 0


def test_a_result_over_the_size_cap_is_refused_whole(bounded):
    query = "SELECT * WHERE { ?s ?p ?o }"
    status, _, body = request(
        bounded.endpoints.query + "?" + urllib.parse.urlencode({"query": query}),
        headers={"Accept": "text/csv"},
    )
    assert status == 507 and b"larger than 20,000 bytes" in body
    status, _, body = request(
        bounded.endpoints.query + "?" + urllib.parse.urlencode({"query": query + " LIMIT 5"}),
        headers={"Accept": "text/csv"},
    )
    assert status == 200 and len(body.splitlines()) == 6


def test_a_client_that_leaves_frees_its_worker(bounded):
    import socket

    (before,) = worker_pids(bounded)
    path = "/query?" + urllib.parse.urlencode({"query": CROSS})
    with socket.create_connection(("127.0.0.1", bounded.port)) as sock:
        sock.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
        time.sleep(0.5)  # the worker has started on it
    assert wait_until(lambda: not alive(before), timeout=1.5)  # well before the 2 s timeout


# --- the process: its workers die with it; the lock names it --------------------------------------


def descendants(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            found |= {int(child)} | descendants(int(child))
    return found


def test_kill_9_of_kg_serve_takes_its_workers_along(free_store):
    process = start_cli(free_store, free_port())
    try:
        wait_for_line(process, "Ctrl-C stops")
        children = descendants(process.pid)
        assert children  # the query workers
        with pytest.raises(StoreError, match=rf"kg serve, pid {process.pid}"):
            Store(free_store)  # a build is told who holds the store
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert wait_until(lambda: not any(alive(pid) for pid in children))
    with Store(free_store) as store:  # nothing holds the store any more
        assert store.documents()


# --- the query page in a browser ------------------------------------------------------------------


@pytest.mark.browser
def test_the_query_page_runs_kg_queries_and_links_the_graph(server):
    """In Chromium, cut off from everything but the server: YASGUI opens with kg's prefixes
    declared, runs its query (organisations, subclasses included), and the graph page links
    back."""
    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        pytest.skip("Debian's Chromium is missing at /usr/bin/chromium (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    origin = server.endpoints.ui.rstrip("/")
    outside: list[str] = []
    errors: list[str] = []

    def only_the_server(route) -> None:
        if route.request.url.startswith(origin):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(chromium),
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        try:
            page = browser.new_page()
            page.route("**/*", only_the_server)
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.goto(server.endpoints.ui)
            page.wait_for_function("window.kgYasgui !== undefined", timeout=30_000)
            query = page.evaluate("window.kgYasgui.getTab().getYasqe().getValue()")
            assert "PREFIX kg: <https://w3id.org/kg-fr/ontology#>" in query
            assert "?organization a kg:Organization" in query
            page.evaluate("window.kgYasgui.getTab().getYasqe().query()")
            page.wait_for_function(
                "document.querySelector('.yasr') && document.querySelector('.yasr').innerText"
                ".includes('Scale AI')",
                timeout=30_000,
            )  # Scale AI is a kg:Startup: found as an Organization
            page.click("#kg-graph-link")
            page.wait_for_url(server.endpoints.graph, timeout=30_000)
            page.click("#kg-query-link")
            page.wait_for_url(server.endpoints.ui, timeout=30_000)
        finally:
            browser.close()
    assert errors == []
    assert all(not url.startswith("http") or url.startswith(origin) for url in outside), outside
