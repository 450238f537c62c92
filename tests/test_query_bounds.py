"""kg query within bounds: a timeout that stops evaluation, a row limit, results streamed as they
come (memory stays flat), and no query that reaches the network."""

from __future__ import annotations

import contextlib
import subprocess
import time

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_support import KG, resolutions, run_kg
from test_serve import CROSS, Hits

from kg.errors import QueryError
from kg.sparql import check_query, is_federated, is_update
from kg.store import Store


@pytest.fixture(scope="module")
def store(tmp_path_factory, builder):
    path = tmp_path_factory.mktemp("bounds") / "store"
    with Store(path) as kg_store:
        kg_store.add([resolutions(builder)[0]])
    return path


@pytest.fixture
def hits():
    target = Hits()
    yield target
    target.close()


def test_a_query_past_its_timeout_is_stopped(store):
    started = time.monotonic()
    result = run_kg("query", CROSS, "--timeout", "1", "--store", store)
    assert time.monotonic() - started < 15
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith("kg: error: the query ran longer than --timeout 1 s")
    with Store(store) as writable:  # the store is free again at once
        assert writable.documents()


def test_limit_in_every_format(store):
    query = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
    csv = run_kg("query", query, "--format", "csv", "--limit", "7", "--store", store)
    assert csv.returncode == 0 and len(csv.stdout.splitlines()) == 8
    nt = run_kg(
        "query", "CONSTRUCT WHERE { ?s ?p ?o }", "-f", "nt", "--limit", "5", "--store", store
    )
    assert nt.returncode == 0 and len(nt.stdout.splitlines()) == 5
    table = run_kg("query", query, "--limit", "3", "--store", store)
    assert "3 row(s), the first 3" in table.stdout


def test_results_are_streamed_before_the_query_ends(store):
    """The first rows of a huge result are written while it is still being computed."""
    big = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    process = subprocess.Popen(
        [*KG, "query", big, "--format", "tsv", "--timeout", "20", "--store", str(store)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert process.stdout is not None
        started = time.monotonic()
        header = process.stdout.readline()
        first = process.stdout.readline()
        assert header.startswith(b"?a\t") and first.count(b"\t") == 8
        assert time.monotonic() - started < 15 and process.poll() is None
    finally:
        process.kill()
        process.wait()


def test_service_is_refused_unless_allowed(store, hits):
    query = f"SELECT * WHERE {{ SERVICE <{hits.url}> {{ ?s ?p ?o }} }}"
    refused = run_kg("query", query, "--store", store)
    assert refused.returncode == 1 and "--allow-service" in refused.stderr
    assert hits.paths == []
    allowed = run_kg("query", query, "--allow-service", "--store", store)
    assert allowed.returncode == 1 and hits.paths  # sent, and the endpoint failed


def test_the_api_refuses_service_too(store, hits):
    with Store(store, read_only=True) as kg_store, pytest.raises(QueryError, match="SERVICE"):
        kg_store.query(f"ASK {{ SERVICE <{hits.url}> {{ ?s ?p ?o }} }}")
    assert hits.paths == []


# --- the SERVICE check against Oxigraph's own parser: it never lets a request out -----------------

FRAGMENTS = [
    "SERVICE", "service", "SeRvIcE", "\\u0053ERVICE", "SILENT", "<{url}>", "{{", "}}", "?s", "?o",
    "?p", ".", ";", "FILTER(?s<?o)", "ex:", "ex:SERVICE", "schema:Service", "1", '"x"',
    '"SERVICE"', "'''a'''", "# SERVICE\n", "\n", " ", "", "?service", "a", "SELECT", "*",
    "WHERE", "OPTIONAL", "UNION", "GRAPH ?g", "VALUES ?s {{ 1 }}", "(", ")", "<<", ">>",
]  # fmt: skip


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(parts=st.lists(st.sampled_from(FRAGMENTS), max_size=14))
def test_no_query_that_would_call_out_passes_the_check(hits, parts):
    query = (
        "PREFIX ex: <urn:ex:> PREFIX schema: <urn:s:> SELECT * WHERE { "
        + " ".join(p.format(url=hits.url) for p in parts)
        + " }"
    )
    if calls_out(query, hits):
        assert is_federated(query), query


def calls_out(query: str, hits: Hits) -> bool:
    """Whether Oxigraph, running `query` on an empty store, sends a request."""
    before = len(hits.paths)
    with contextlib.suppress(SyntaxError, OSError, RuntimeError, ValueError):
        list(ox.Store().query(query))
    return len(hits.paths) > before


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        "select * where {{ service silent <{url}> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ SERVICE<{url}>{{?s ?p ?o}} }}",
        "PREFIX ex: <{url}#> SELECT * WHERE {{ SERVICEex:x {{ ?s ?p ?o }} }}",  # no space at all
    ],
)
def test_the_forms_that_call_out_are_caught(hits, query):
    query = query.format(url=hits.url)
    assert calls_out(query, hits)  # Oxigraph does send these
    assert is_federated(query)


@pytest.mark.parametrize(
    "query, update",
    [
        ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", True),
        ("PREFIX x: <urn:x>\nDELETE WHERE { ?s ?p ?o }", True),
        ("# a comment\nLOAD <http://example.org/>", True),
        ("WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", True),
        ("SELECT ?insert WHERE { ?insert ?p 'DELETE' }", False),
        ("PREFIX insert: <urn:x> ASK { insert:x ?p ?o }", False),
    ],
)
def test_an_update_is_named_as_one(query, update):
    assert is_update(query) is update
    if update:
        with pytest.raises(QueryError, match="SPARQL update"):
            check_query(query)
