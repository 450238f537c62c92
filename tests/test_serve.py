"""kg serve: the real oxigraph server, read-only on a store, over HTTP (SPARQL 1.1 Protocol)."""

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

from kg.errors import KGError
from kg.serve import Server, oxigraph_binary
from kg.store import Store

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
        Server(store, port=free_port(), graph_port=free_port(), timeout=10) as running,
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


def test_the_server_is_the_oxigraph_of_pyoxigraphs_version():
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
    assert status == 400 and b"error" in body.lower()


def test_query_ui_and_html_graph(server):
    status, content_type, body = request(server.endpoints.ui)
    assert status == 200 and content_type.startswith("text/html")
    assert b"yasgui" in body.lower()
    assert server.endpoints.graph is not None
    status, content_type, body = request(server.endpoints.graph)
    assert status == 200 and content_type.startswith("text/html")
    assert b"Scale AI" in body
    assert request(server.endpoints.graph + "elsewhere")[0] == 404


def test_a_busy_port_is_refused(store_path, server):
    with Store(store_path, read_only=True) as store, pytest.raises(KGError, match="already in use"):
        Server(store, port=server.port).start()


def test_a_writable_store_is_not_served(tmp_path):
    with Store(tmp_path / "store") as store, pytest.raises(KGError, match="read-only"):
        Server(store, port=free_port())


# --- the command --------------------------------------------------------------------------------


def start_cli(store_path, port: int, graph_port: int = 0) -> subprocess.Popen[str]:
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1", "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [
            *KG,
            "serve",
            "--store",
            str(store_path),
            "--port",
            str(port),
            "--graph-port",
            str(graph_port),
            "--timeout",
            "5",
        ],
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
