"""kg.store and kg.link: named graph per document, idempotent rebuilds, removal, entities merged
across documents, exports that parse back, locking, and the store commands of the CLI."""

from __future__ import annotations

import itertools
import json
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import SKOS
from store_support import (
    SEED,
    entity,
    hold_store,
    resolution,
    resolutions,
    run_kg,
    statement,
)

from kg.errors import GraphError, QueryError, StoreError
from kg.graph import build_graph
from kg.link import EntityNames, link
from kg.store import Answer, ExportFormat, ResultFormat, Store, Table, Triples, canonical_label
from kg.types import Certainty, EntityType
from kg.validate import validate

# rdflib's own N-Quads, TriG and JSON-LD parsers use its deprecated ConjunctiveGraph API.
pytestmark = pytest.mark.filterwarnings(
    "ignore:.*ConjunctiveGraph is deprecated:DeprecationWarning",
    "ignore:Dataset.default_context is deprecated:DeprecationWarning",
)

BASE = "https://w3id.org/kg-fr/id/"
META = BASE + "meta-platforms-inc"


def doc_iri(resolution) -> str:
    """A document's IRI: named by a hash of its text."""
    return BASE + "document/" + resolution.document.key


@pytest.fixture(scope="session")
def seed(builder):
    return resolutions(builder)[0]


@pytest.fixture(scope="session")
def second(builder):
    return resolutions(builder)[1]


def by_value(triple: tuple) -> tuple:
    """Numbers compared by value: a store writes 0.80 as 0.8 (same xsd:decimal)."""
    s, p, o = triple
    if isinstance(o, Literal) and isinstance(o.toPython(), int | Decimal):
        return s, p, (o.datatype, o.toPython())
    return s, p, o


def snapshot(store: Store) -> set[str]:
    """Every quad, blank nodes (the ontology's) named canonically so that stores compare."""
    dataset = ox.Dataset(store.quads())
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return {str(q) for q in dataset}


def values(store: Store, query: str, **params: object) -> list[object]:
    table = store.query(query, params=params or None)
    assert isinstance(table, Table)
    return [row[table.variables[0]] for row in table.records()]


def labels_per_entity(store: Store) -> dict[str, int]:
    table = store.query(
        "SELECT ?e (COUNT(DISTINCT ?l) AS ?n) WHERE { ?e kg:mentionedIn ?d . "
        "OPTIONAL { ?e rdfs:label ?l } } GROUP BY ?e"
    )
    assert isinstance(table, Table)
    return {str(r["e"]): int(str(r["n"])) for r in table.records()}


# --- one document -------------------------------------------------------------------------------


def test_a_document_is_one_named_graph_and_each_entity_has_one_label(tmp_path, seed):
    with Store(tmp_path / "store") as store:
        (change,) = store.add([seed])
        assert (change.document, change.status, change.shared) == ("meta-scale-ai", "added", 0)
        assert change.entities == len(seed.entities)
        graphs = set(values(store, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"))
        assert graphs == {
            doc_iri(seed),
            BASE + "graph/entities",
            BASE + "graph/index",  # kg's linking index (kg.entity_index): not in the union
            "https://w3id.org/kg-fr/ontology",
        }
        (doc,) = store.documents()
        assert (doc.id, doc.name, doc.sha256) == (
            "meta-scale-ai",
            seed.document.name,
            seed.document.sha256,
        )
        assert set(labels_per_entity(store).values()) == {1}
        # The union is the document's graph (names also as skos:altLabel) plus the ontology.
        built = {by_value(t) for t in build_graph([seed])}
        union = {by_value(t) for t in store.to_rdflib()}
        assert built <= union
        assert {p for _, p, _ in union - built} == {SKOS.altLabel, RDF.type}
        # the superclasses of each entity's class are stated too: a Startup is an Organization
        assert store.query("ASK { :scale-ai a kg:Startup, kg:Company, kg:Organization }")


def test_rebuilding_a_document_changes_nothing(tmp_path, seed):
    path = tmp_path / "store"
    with Store(path) as store:
        store.add([seed])
        before, count = snapshot(store), len(store)
        statements = set(values(store, "SELECT ?s WHERE { ?s a rdf:Statement }"))
        (change,) = store.add([seed])
        assert change.status == "unchanged"
        assert (snapshot(store), len(store)) == (before, count)
    with Store(path) as store:  # a new session reads its index from disk
        (change,) = store.add([seed])
        assert change.status == "unchanged"
        assert snapshot(store) == before
        assert set(values(store, "SELECT ?s WHERE { ?s a rdf:Statement }")) == statements


def test_a_changed_document_replaces_its_graph(tmp_path):
    first = resolution(
        "a",
        [entity("acme", "Acme"), entity("globex", "Globex")],
        [statement("a", "partnersWith", "acme", "globex", "Acme s'associe à Globex.")],
    )
    changed = resolution(
        "a",
        [entity("acme", "Acme"), entity("initech", "Initech")],
        [statement("a", "acquired", "acme", "initech", "Acme rachète Initech.")],
    )
    with Store(tmp_path / "store") as store:
        store.add([first])
        (change,) = store.add([changed])
        assert change.status == "replaced"
        assert values(
            store, "SELECT ?l WHERE { ?e rdfs:label ?l ; kg:mentionedIn ?d } ORDER BY ?l"
        ) == ["Acme", "Initech"]
        assert not values(store, "SELECT ?s WHERE { ?s kg:partnersWith ?o }")


# --- several documents --------------------------------------------------------------------------


def test_two_articles_share_their_entities(tmp_path, seed, second):
    with Store(tmp_path / "store") as store:
        store.add([seed])
        (change,) = store.add([second])
        assert change.shared >= 4  # Meta, Microsoft, Scale AI, Alexandr Wang, Mark Zuckerberg
        # "Meta" in the second article is the seed's "Meta Platforms Inc.": one IRI, one label.
        assert values(
            store, "SELECT ?d WHERE { :meta-platforms-inc kg:mentionedIn ?d } ORDER BY ?d"
        ) == [doc_iri(second), doc_iri(seed)]
        assert not values(store, "SELECT ?e WHERE { ?e kg:mentionedIn ?d } VALUES ?e { :meta }")
        assert values(store, "SELECT ?l WHERE { :meta-platforms-inc rdfs:label ?l }") == [
            "Meta Platforms Inc."
        ]
        for name in ("microsoft", "scale-ai", "alexandr-wang", "mark-zuckerberg"):
            documents = values(store, f"SELECT ?d WHERE {{ :{name} kg:mentionedIn ?d }}")
            assert sorted(documents) == [doc_iri(second), doc_iri(seed)], name
        assert set(labels_per_entity(store).values()) == {1}
        # Both articles' evidence hangs on the one node.
        sources = values(
            store,
            "SELECT DISTINCT ?d WHERE { ?s rdf:subject :meta-platforms-inc ; "
            "prov:wasDerivedFrom ?d }",
        )
        assert sorted(sources) == [doc_iri(second), doc_iri(seed)]
        assert store.query("ASK { :meta-platforms-inc kg:partnersWith :microsoft }") == Answer(True)


def test_removing_the_last_document_restores_the_store(tmp_path, seed, second):
    with Store(tmp_path / "store") as store:
        store.add([seed])
        before = snapshot(store)
        store.add([second])
        assert snapshot(store) != before
        change = store.remove("meta-microsoft")
        assert (change.status, change.document) == ("removed", "meta-microsoft")
        assert snapshot(store) == before


def test_removing_a_document_keeps_the_entities_others_support(tmp_path, seed, second):
    with Store(tmp_path / "store") as store:
        store.add([seed, second])
        change = store.remove("meta-scale-ai")
        assert change.shared >= 4
        # Meta stays, supported by the second article, and takes that article's name and IRI:
        # the store is what the second article alone would give.
        assert values(store, "SELECT ?d WHERE { :meta kg:mentionedIn ?d }") == [doc_iri(second)]
        assert values(store, "SELECT ?l WHERE { :meta rdfs:label ?l }") == ["Meta"]
        assert not values(store, "SELECT ?p WHERE { :meta-platforms-inc ?p ?o }")
        # Anduril Industries was only in the seed: nothing is left of it.
        assert not values(
            store,
            "SELECT ?p WHERE { { :anduril-industries ?p ?o } UNION { ?s ?p :anduril-industries } }",
        )
        assert [d.id for d in store.documents()] == ["meta-microsoft"]
        assert set(labels_per_entity(store).values()) == {1}


def test_adding_a_batch_is_the_same_as_adding_one_by_one(tmp_path, seed, second):
    with Store(tmp_path / "one") as one, Store(tmp_path / "batch") as batch:
        one.add([seed])
        one.add([second])
        batch.add([seed, second])
        assert snapshot(one) == snapshot(batch)


def default_graph_is_the_union(store: Store) -> bool:
    """The default graph is the union of the named graphs, kg's linking index left out."""
    index = ox.NamedNode(store.base_iri + "graph/index")
    default = {
        (q.subject, q.predicate, q.object)
        for q in store._db.quads_for_pattern(None, None, None, ox.DefaultGraph())
    }
    named = {
        (q.subject, q.predicate, q.object)
        for q in store._db.quads_for_pattern(None, None, None, None)
        if q.graph_name not in (ox.DefaultGraph(), index)
    }
    return default == named


def test_the_default_graph_stays_the_union_and_counts_each_triple_once(tmp_path, seed, second):
    changed = resolution(
        "meta-microsoft",
        [entity("meta", "Meta"), entity("ibm", "IBM")],
        [statement("meta-microsoft", "partnersWith", "meta", "ibm", "Meta et IBM s'associent.")],
    )
    with Store(tmp_path / "store") as store:
        for step in (
            lambda: store.add([seed]),
            lambda: store.add([second]),
            lambda: store.add([changed]),
            lambda: store.remove("meta-scale-ai"),
            lambda: store.add([seed]),
            lambda: store.remove("meta-microsoft"),
        ):
            step()
            assert default_graph_is_the_union(store)
        store.add([second])
        # Mark Zuckerberg is a Person in both articles: one solution, not one per article.
        count = "SELECT (COUNT(*) AS ?n) WHERE { :mark-zuckerberg a kg:Person }"
        assert values(store, count) == [1]


def test_a_missing_document_cannot_be_removed(tmp_path, seed):
    with Store(tmp_path / "store") as store:
        store.add([seed])
        with pytest.raises(StoreError, match=r"no document 'nope'.*meta-scale-ai"):
            store.remove("nope")


# --- linking rules, on hand-made documents ------------------------------------------------------

META_NAMES = (
    ("long", [entity("meta-platforms-inc", "Meta Platforms Inc.", fine="Company")]),
    ("short", [entity("meta", "Meta")]),
    ("middle", [entity("meta-platforms", "Meta Platforms")]),
)


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_short_and_long_forms_are_one_entity_whatever_the_order(tmp_path, order):
    with Store(None) as store:
        for i in order:
            doc_id, entities = META_NAMES[i]
            store.add([resolution(doc_id, entities)])
        table = store.query(
            "SELECT ?e ?l WHERE { ?e rdfs:label ?l ; kg:mentionedIn ?d } GROUP BY ?e ?l"
        )
        assert isinstance(table, Table)
        (row,) = table.records()
        assert row["l"] == "Meta Platforms Inc."  # the longest name, whoever came first
        assert row["e"] == BASE + "meta-platforms-inc"  # its IRI, whatever the order


@pytest.mark.parametrize(
    "known, new, merged",
    [
        # a one-word name that begins exactly one organisation's name
        (["Scale AI"], "Scale", True),
        # ... but not two
        (["Meta Platforms", "Meta Quest Studios"], "Meta", False),
        # case, accents and legal suffixes are not a different name
        (["Société Générale SA"], "SOCIETE GENERALE", True),
        # a different name is a different entity
        (["Scale AI"], "Scale Venture Partners", False),
    ],
)
def test_linking_rules(known, new, merged):
    entities = [
        EntityNames(f"{BASE}k{i}", frozenset({n}), frozenset({"Organization"}), f"doc{i}")
        for i, n in enumerate(known)
    ]
    new_entity = EntityNames(f"{BASE}new", frozenset({new}), frozenset({"Organization"}), "new")
    mapping = link([*entities, new_entity], BASE)
    joined = [mapping[("new", new_entity.iri)] == mapping[(e.document, e.iri)] for e in entities]
    assert any(joined) is merged


def test_names_of_different_classes_stay_apart(tmp_path):
    with Store(None) as store:
        store.add([resolution("a", [entity("jordan", "Jordan", EntityType.PERSON)])])
        store.add([resolution("b", [entity("jordan", "Jordan", EntityType.PLACE)])])
        assert sorted(values(store, "SELECT DISTINCT ?e WHERE { ?e kg:mentionedIn ?d }")) == [
            BASE + "jordan",
            BASE + "jordan-2",
        ]
        assert set(labels_per_entity(store).values()) == {1}


def test_two_entities_of_one_document_never_merge_into_one():
    org = frozenset({"Organization"})
    known = EntityNames(BASE + "k", frozenset({"Meta"}), org, "doc-k")
    a = EntityNames(BASE + "a", frozenset({"Meta"}), org, "doc-n")
    b = EntityNames(BASE + "b", frozenset({"META"}), org, "doc-n")
    mapping = link([known, a, b], BASE)
    assert mapping[("doc-n", a.iri)] != mapping[("doc-n", b.iri)]
    assert mapping[("doc-k", known.iri)] in {mapping[("doc-n", a.iri)], mapping[("doc-n", b.iri)]}


def test_the_canonical_label_is_the_longest_name():
    assert canonical_label(["Meta", "Meta Platforms Inc.", "Meta Platforms"]) == (
        "Meta Platforms Inc."
    )
    assert canonical_label(["IBM", "Ibm"]) == "Ibm"  # same length: the greatest string


# --- queries ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_store(seed):
    store = Store(None)
    store.add([seed])
    yield store
    store.close()


def test_stable_facts_of_the_seed_article(seed_store):
    def objects(subject: str, predicate: str) -> set[object]:
        return set(
            values(
                seed_store, f"SELECT ?l WHERE {{ :{subject} {predicate} ?o . ?o rdfs:label ?l }}"
            )
        )

    assert {"Microsoft", "Amazon", "Alphabet"} <= objects(
        "meta-platforms-inc", "kg:competitorOf|^kg:competitorOf"
    )
    assert {"Anduril Industries", "Scale AI"} <= objects(
        "meta-platforms-inc", "kg:partnersWith|^kg:partnersWith"
    )
    assert {"Microsoft", "OpenAI"} <= objects("scale-ai", "kg:hasClient")
    assert objects("scale-ai", "kg:foundedBy") == {"Alexandr Wang"}
    assert objects("meta-platforms-inc", "kg:hasCEO") == {"Mark Zuckerberg"}


def test_query_results_are_typed(seed_store):
    table = seed_store.query(
        "SELECT ?v ?c WHERE { ?s kg:amount [ kg:value ?v ; kg:currency ?c ] ;"
        " rdf:subject :meta-platforms-inc ; kg:certainty kg:hedged }"
    )
    assert isinstance(table, Table)
    assert table.records() == [{"v": 10_000_000_000, "c": "USD"}]
    assert table.strings() == [("10000000000", "USD")]
    assert seed_store.query("ASK { :microsoft kg:investsIn :scale-ai }") == Answer(True)
    graph = seed_store.query("CONSTRUCT { ?c kg:hasCEO ?p } WHERE { ?c kg:hasCEO ?p }")
    assert isinstance(graph, Triples)
    assert {(str(s), str(o)) for s, _, o in graph.to_rdflib()} == {(META, BASE + "mark-zuckerberg")}


def test_parameters_bind_variables(seed_store):
    investors = values(
        seed_store,
        "SELECT ?who ?name WHERE { ?e rdfs:label ?name . ?who kg:investsIn ?e }",
        name="Scale AI",
    )
    assert set(investors) == {META, BASE + "microsoft"}
    ceos = values(seed_store, "SELECT ?o ?s WHERE { ?s kg:hasCEO ?o }", s=":meta-platforms-inc")
    assert ceos == [BASE + "mark-zuckerberg"]


@pytest.mark.parametrize(
    "fmt, check",
    [
        (ResultFormat.JSON, lambda data: json.loads(data)["results"]["bindings"]),
        (ResultFormat.CSV, lambda data: data.decode().splitlines()[1:]),
        (ResultFormat.TSV, lambda data: data.decode().splitlines()[1:]),
        (ResultFormat.XML, lambda data: data.count(b"<result>")),
    ],
)
def test_results_in_machine_formats(seed_store, fmt, check):
    data = seed_store.query_serialized("SELECT ?s WHERE { ?s kg:hasCEO ?o }", fmt)
    assert check(data)


@pytest.mark.parametrize(
    "query, where",
    [
        ("SELECT ?x WHERE {\n  ?x kg:investsIn ?y .\n}\nLIMT 3", "line 4, column 7"),
        ("SELECT ?x WHERE { ?x kg:investsIn ?y ", "line 1, column 38"),
        ("SELECT ?x WHERE { ?x wd:P31 ?y }", "undeclared prefix wd:"),
    ],
)
def test_a_malformed_query_says_where(seed_store, query, where):
    before = len(seed_store)
    with pytest.raises(QueryError, match="malformed SPARQL query") as error:
        seed_store.query(query)
    assert where in str(error.value)
    assert len(seed_store) == before


def test_a_graph_format_for_a_table_is_refused(seed_store):
    with pytest.raises(QueryError, match="a SELECT or ASK result is a table"):
        seed_store.query_serialized("SELECT * WHERE { ?s ?p ?o } LIMIT 1", ResultFormat.TURTLE)


# --- exports ------------------------------------------------------------------------------------

RDFLIB_FORMATS = {
    ExportFormat.TURTLE: "turtle",
    ExportFormat.NT: "nt",
    ExportFormat.NQ: "nquads",
    ExportFormat.TRIG: "trig",
    ExportFormat.JSON_LD: "json-ld",
}


def _rdflib_dataset(quads: list[ox.Quad]) -> Dataset:
    dataset = Dataset()
    dataset.parse(data=ox.serialize(quads, format=ox.RdfFormat.N_QUADS), format="nquads")
    return dataset


@pytest.mark.parametrize("fmt", list(ExportFormat))
@pytest.mark.parametrize("document", [None, "meta-scale-ai"])
def test_exports_parse_back_to_the_same_triples(tmp_path, seed, second, fmt, document):
    with Store(tmp_path / "store") as store:
        store.add([seed, second])
        path = store.export_to(tmp_path / f"export{fmt.suffix}", document=document)
        expected = _rdflib_dataset(store.quads(document=document))
    if fmt.is_dataset:  # named graphs kept, compared graph by graph (the ontology has blank nodes)
        parsed = Dataset()
        parsed.parse(path, format=RDFLIB_FORMATS[fmt])
        names = {g.identifier for g in expected.graphs() if len(g)}
        assert {g.identifier for g in parsed.graphs() if len(g)} == names
        for name in names:
            assert isomorphic(parsed.graph(name), expected.graph(name)), name
    else:  # one graph: the union
        parsed = Graph()
        parsed.parse(path, format=RDFLIB_FORMATS[fmt])
        union = Graph()
        for s, p, o, _ in expected.quads((None, None, None, None)):
            union.add((s, p, o))
        assert isomorphic(parsed, union)


def test_an_export_keeps_the_ontology_datatypes_and_conforms_to_the_shapes(tmp_path, seed, second):
    with Store(tmp_path / "store") as store:
        store.add([seed, second])
        graph = store.to_rdflib()
    offsets = {
        o.datatype
        for o in graph.objects(None, URIRef("https://w3id.org/kg-fr/ontology#beginOffset"))
    }
    assert offsets == {URIRef("http://www.w3.org/2001/XMLSchema#nonNegativeInteger")}
    # The store adds no violation of its own to those of the documents' graphs.
    own = {(v.shape, v.message) for v in validate(build_graph([seed, second])).violations}
    assert {(v.shape, v.message) for v in validate(graph).violations} <= own


def test_a_graph_without_a_document_is_refused(tmp_path):
    with Store(None) as store, pytest.raises(GraphError, match="exactly one kg:Document"):
        store.add_graphs([Graph()])


# --- missing and locked stores ------------------------------------------------------------------


def test_a_missing_store_is_an_error_and_is_not_created(tmp_path):
    missing = tmp_path / "missing"
    for open_store in (
        lambda: Store(missing, read_only=True),
        lambda: Store(missing, create=False),
    ):
        with pytest.raises(StoreError, match=f"no kg store at {missing}"):
            open_store()
    assert not missing.exists()
    for args in (["query", "ASK {}"], ["export"], ["remove", "--document", "x"], ["serve"]):
        result = run_kg(*args, "--store", missing)
        assert result.returncode == 1, args
        assert "no kg store at" in result.stderr
    assert not missing.exists()


@pytest.fixture
def built_store(tmp_path, seed) -> Path:
    path = tmp_path / "store"
    with Store(path) as store:
        store.add([seed])
    return path


def test_a_store_in_use_by_a_writer_is_refused(built_store, second):
    with Store(built_store, read_only=True) as store:
        before = snapshot(store)
    holder = hold_store(built_store)
    try:
        for open_store in (lambda: Store(built_store), lambda: Store(built_store, read_only=True)):
            with pytest.raises(StoreError, match="in use by another kg process that writes to it"):
                open_store()
        for args in (
            ["query", "ASK {}"],
            ["remove", "--document", "meta-scale-ai"],
            ["build", SEED, "--out", built_store.parent / "out"],
        ):
            result = run_kg(*args, "--store", built_store)
            assert result.returncode == 1, args
            assert "in use by another kg process" in result.stderr, args
            assert "Traceback" not in result.stderr
        assert not (built_store.parent / "out").exists()  # the build stopped before writing
    finally:
        holder.kill()
        holder.wait()
    with Store(built_store, read_only=True) as store:
        assert snapshot(store) == before


def test_a_store_being_read_refuses_writers_but_not_readers(built_store):
    holder = hold_store(built_store, read_only=True)
    try:
        with pytest.raises(StoreError, match="in use by another kg process that reads it"):
            Store(built_store)
        with Store(built_store, read_only=True) as store:
            assert store.documents()
    finally:
        holder.kill()
        holder.wait()
    with Store(built_store) as store:  # free again once the reader has gone
        assert store.documents()


def test_a_closed_store_releases_its_lock(built_store):
    store = Store(built_store)
    store.close()
    store.close()
    with Store(built_store) as again:
        assert again.documents()


def test_reopening_keeps_the_lock_and_what_the_store_holds(built_store, second):
    with Store(built_store) as store:
        before = snapshot(store)
        store.reopen()
        with pytest.raises(StoreError, match="in use by another kg process that writes to it"):
            Store(built_store, read_only=True)
        assert snapshot(store) == before
        store.add([second])  # the index is read again from the reopened database
        after = snapshot(store)
    with Store(built_store, read_only=True) as store:
        assert snapshot(store) == after != before


# --- the CLI ------------------------------------------------------------------------------------


@pytest.mark.slow
def test_cli_build_adds_to_the_store_unless_told_not_to(tmp_path):
    store = tmp_path / "store"
    built = run_kg("build", SEED, "--out", tmp_path / "out", "--no-html", "--store", store)
    assert built.returncode == 0, built.stderr
    assert "added meta-scale-ai" in built.stdout
    assert (tmp_path / "out" / "graph.ttl").is_file()  # the files of kg build, as before
    result = run_kg(
        "query",
        "--store",
        store,
        "--format",
        "json",
        "SELECT ?p WHERE { :scale-ai kg:foundedBy ?p }",
    )
    assert result.returncode == 0, result.stderr
    bindings = json.loads(result.stdout)["results"]["bindings"]
    assert [b["p"]["value"] for b in bindings] == [BASE + "alexandr-wang"]
    untouched = tmp_path / "untouched"
    no_store = run_kg(
        "build", SEED, "--out", tmp_path / "out2", "--no-html", "--store", untouched, "--no-store"
    )
    assert no_store.returncode == 0, no_store.stderr
    assert not untouched.exists()


@pytest.mark.slow
def test_cli_query_export_remove(built_store, tmp_path, seed):
    table = run_kg(
        "query",
        "--store",
        built_store,
        "--file",
        Path("queries/leaders.rq"),
        cwd=Path(__file__).resolve().parents[1],
    )
    assert table.returncode == 0, table.stderr
    assert "Alexandr Wang" in table.stdout and "row(s)" in table.stdout
    broken = run_kg("query", "--store", built_store, "SELECT ?x WHERE { ?x ?y }")
    assert broken.returncode == 1
    assert broken.stderr.startswith("kg: error: malformed SPARQL query at line 1, column")
    out = tmp_path / "doc.nq"
    export = run_kg("export", "--store", built_store, "--document", "meta-scale-ai", "-o", out)
    assert export.returncode == 0, export.stderr
    quads = out.read_text(encoding="utf-8").splitlines()
    in_document = [line for line in quads if line.endswith(f"<{doc_iri(seed)}> .")]
    assert len(in_document) > len(quads) / 2  # the article's graph, plus the labels it needs
    stdout = run_kg("export", "--store", built_store, "--format", "nt")
    assert stdout.returncode == 0 and stdout.stdout.count(" .\n") > 800
    removed = run_kg("remove", "--store", built_store, "--document", "meta-scale-ai.fr.txt")
    assert removed.returncode == 0, removed.stderr
    assert "meta-scale-ai removed" in removed.stdout
    with Store(built_store, read_only=True) as store:
        assert not store.documents()
        assert not values(store, "SELECT ?e WHERE { ?e kg:mentionedIn ?d }")


def test_hedged_statements_keep_their_certainty(tmp_path):
    doc = resolution(
        "a",
        [entity("acme", "Acme"), entity("globex", "Globex")],
        [
            statement(
                "a",
                "acquired",
                "acme",
                "globex",
                "Acme rachèterait Globex.",
                certainty=Certainty.HEDGED,
            )
        ],
    )
    with Store(None) as store:
        store.add([doc])
        assert values(
            store, "SELECT ?c WHERE { ?s rdf:predicate kg:acquired ; kg:certainty ?c }"
        ) == ["https://w3id.org/kg-fr/ontology#hedged"]


def test_the_store_is_kg_store():
    import kg

    assert kg.Store is Store
