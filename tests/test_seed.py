"""The user's article end to end: gold scores, RDF read back, SHACL, SPARQL."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Graph, Literal

from kg.build import Builder, build_files
from kg.evaluate import evaluate, load_gold
from kg.export import GraphFormat, read_graph
from kg.graph import PREFIXES
from kg.validate import validate

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "examples" / "meta-scale-ai.fr.txt"
GOLD = ROOT / "tests" / "data" / "meta-scale-ai.gold.json"

WHO_INVESTS = """
SELECT ?investor ?amount ?currency ?certainty ?source WHERE {
  ?statement a rdf:Statement ; rdf:subject ?i ; rdf:predicate kg:investsIn ; rdf:object ?o ;
             kg:certainty ?c .
  ?o rdfs:label "Scale AI" .
  ?i rdfs:label ?investor .
  BIND(STRAFTER(STR(?c), "#") AS ?certainty)
  OPTIONAL { ?statement kg:amount [ kg:value ?amount ; kg:currency ?currency ] }
  OPTIONAL { ?statement kg:source [ rdfs:label ?source ] }
}
"""


@pytest.fixture(scope="module")
def seed(builder: Builder, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Graph]:
    out = tmp_path_factory.mktemp("seed")
    result = build_files([ARTICLE], out, formats=list(GraphFormat), html=False, builder=builder)
    return out, result.graph


def test_scores_on_gold(seed: tuple[Path, Graph]) -> None:
    out, _ = seed
    report = evaluate(read_graph(out / "graph.ttl"), load_gold(GOLD))
    assert report.relations.precision >= 0.9
    assert report.relations.f1 >= 0.9
    assert report.entities_typed.f1 >= 0.95
    assert report.attributes.tp == 4
    assert not report.forbidden
    assert not report.negated_as_triple
    assert report.certainty_accuracy == 1.0


def test_every_format_parses_back_to_the_same_graph(seed: tuple[Path, Graph]) -> None:
    out, graph = seed
    for fmt in GraphFormat:
        parsed = read_graph(out / f"graph{fmt.suffix}")
        assert len(parsed) == len(graph), fmt


def test_conforms_to_shacl(seed: tuple[Path, Graph]) -> None:
    _, graph = seed
    report = validate(graph)
    assert report.conforms, report.text


def test_sparql_who_invests_in_scale_ai(seed: tuple[Path, Graph]) -> None:
    out, _ = seed
    graph = read_graph(out / "graph.ttl")
    rows = {
        (
            str(r.investor),
            r.certainty.toPython(),
            r.amount and r.amount.toPython(),
            r.source and str(r.source),
        )
        for r in graph.query(WHO_INVESTS, initNs=PREFIXES)
    }
    assert ("Meta Platforms Inc.", "hedged", Decimal("10000000000"), "Bloomberg") in rows
    assert any(
        investor == "Microsoft" and certainty == "asserted" for investor, certainty, _, _ in rows
    )
    assert not any(investor == "Bloomberg" for investor, *_ in rows)


def test_direct_triples_for_plain_sparql(seed: tuple[Path, Graph]) -> None:
    _, graph = seed
    ask = """ASK { ?s rdfs:label "Scale AI" ; kg:foundedBy [ rdfs:label "Alexandr Wang" ] }"""
    assert graph.query(ask, initNs=PREFIXES).askAnswer
    scale_anduril = """ASK { ?s rdfs:label "Scale AI" . ?o rdfs:label "Anduril Industries" .
                            { ?s kg:partnersWith ?o } UNION { ?o kg:partnersWith ?s } }"""
    assert not graph.query(scale_anduril, initNs=PREFIXES).askAnswer


def test_evidence_offsets_point_into_the_article(seed: tuple[Path, Graph]) -> None:
    _, graph = seed
    text = ARTICLE.read_text(encoding="utf-8")
    query = "SELECT ?e ?b ?f WHERE { ?s kg:evidence ?e ; kg:beginOffset ?b ; kg:endOffset ?f }"
    rows = list(graph.query(query, initNs=PREFIXES))
    assert rows
    for evidence, begin, end in rows:
        assert text[begin.toPython() : end.toPython()] == str(evidence)


def test_attributes_are_numbers(seed: tuple[Path, Graph]) -> None:
    _, graph = seed
    query = """SELECT ?v WHERE { ?s rdfs:label "Scale AI" ; kg:valuation [ kg:value ?v ] }"""
    values = {row.v for row in graph.query(query, initNs=PREFIXES)}
    assert Literal(Decimal("14000000000")) in values
