"""kg.evaluate: the spec's scoring rules on small hand-made graphs and gold files."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import RDF, Graph
from rich.console import Console

from kg.errors import GoldError, GraphError
from kg.evaluate import (
    Finding,
    Gold,
    Report,
    Scores,
    evaluate,
    evaluate_many,
    load_gold,
    merge_reports,
    normalize_name,
    parse_gold,
    render,
    summary_line,
)
from kg.graph import build_graph, entity_iri
from kg.types import (
    Amount,
    Certainty,
    Document,
    Entity,
    EntityType,
    Evidence,
    Resolution,
    Statement,
    When,
)
from kg.vocab import DEFAULT_BASE_IRI, KG

SEED_GOLD = Path(__file__).parent / "data" / "meta-scale-ai.gold.json"

GOLD = parse_gold(
    {
        "document": "toy.fr.txt",
        "entities": [
            {"id": "meta", "label": "Meta Platforms", "type": "Organization", "aliases": ["Meta"]},
            {"id": "scale", "label": "Scale AI", "type": "Organization", "aliases": ["Scale"]},
            {"id": "wang", "label": "Alexandr Wang", "type": "Person"},
            {"id": "anduril", "label": "Anduril Industries", "type": "Organization"},
            {"id": "llama", "label": "Llama", "type": "Product"},
            {"id": "google", "label": "Google", "type": "Organization"},
            {"id": "promethee", "label": "Prométhée", "type": "Organization"},
            {"id": "army", "label": "armée américaine", "type": "Organization", "optional": True},
        ],
        "relations": [
            {"s": "meta", "p": "investsIn", "o": "scale", "certainty": "hedged"},
            {"s": "scale", "p": "foundedBy", "o": "wang"},
            {"s": "meta", "p": "partnersWith", "o": "anduril", "certainty": "asserted"},
            {"s": "meta", "p": "develops", "o": "llama"},
            {"s": "google", "p": "acquired", "o": "promethee", "certainty": "negated"},
            {"s": "meta", "p": "contractWith", "o": "army", "optional": True},
        ],
        "attributes": [
            {"s": "scale", "p": "foundingDate", "value": "2016"},
            {"s": "scale", "p": "valuation", "amount": 14000000000, "currency": "USD"},
        ],
        "forbidden": [
            {
                "s": "scale",
                "p": "partnersWith",
                "o": "anduril",
                "why": "only Meta partners with Anduril",
            },
        ],
    },
    "toy.gold.json",
)

DOCUMENT = Document(id="toy", name="toy.fr.txt", text="Une phrase inventée.", sha256="0")
EVIDENCE = Evidence("toy", DOCUMENT.text, 0, len(DOCUMENT.text))


def entity(key: str, label: str, type_: str, fine: str | None = None, *aliases: str) -> Entity:
    return Entity(key=key, label=label, type=EntityType(type_), fine_type=fine, aliases=aliases)


def rel(p: str, s: str, o: str | Amount | When, certainty: str = "asserted") -> Statement:
    return Statement(p, s, o, EVIDENCE, "test", Certainty(certainty))


def usd(value: int | str, currency: str = "USD") -> Amount:
    return Amount(Decimal(value), currency, "un montant")


# Keys differ from gold ids on purpose: only labels link a graph to the gold.
ENTITIES = (
    entity("meta-platforms", "Meta Platforms Inc.", "Organization", "Company", "Meta"),
    entity("scale-ai", "Scale AI", "Organization", "Startup"),
    entity("alexandr-wang", "Alexandr Wang", "Person"),
    entity("anduril-industries", "Anduril Industries", "Organization"),
    entity("llama", "Llama", "Product", "AIModel"),
    entity("google", "Google", "Organization"),
    entity("promethee", "PROMETHEE", "Organization"),
)
STATEMENTS = (
    rel("investsIn", "meta-platforms", "scale-ai", "hedged"),
    rel("foundedBy", "scale-ai", "alexandr-wang"),
    rel("partnersWith", "meta-platforms", "anduril-industries"),
    rel("develops", "meta-platforms", "llama"),
    rel("acquired", "google", "promethee", "negated"),
    rel("foundingDate", "scale-ai", When("2016", "2016")),
    rel("valuation", "scale-ai", usd(14_000_000_000)),
)
ARMY = entity("us-army", "Armée Américaine", "Organization")
MICROSOFT = entity("microsoft", "Microsoft", "Organization")


def kg_graph(entities=ENTITIES, statements=STATEMENTS, drop=(), add=(), triples=()) -> Graph:
    """kg's own graph of hand-made values; `drop` removes statements by predicate, `triples` adds
    direct triples (key, predicate, key) that kg itself would not write."""
    kept = tuple(s for s in statements if s.predicate not in drop) + tuple(add)
    graph = build_graph([Resolution(DOCUMENT, tuple(entities), kept)])
    for s, p, o in triples:
        graph.add((entity_iri(DEFAULT_BASE_IRI, s), KG[p], entity_iri(DEFAULT_BASE_IRI, o)))
    return graph


def counts(scores: Scores) -> tuple[int, int, int]:
    return scores.tp, scores.fp, scores.fn


def triple(finding: Finding) -> tuple[str, str, str]:
    return finding.subject, finding.predicate, finding.object


def findings(report: Report) -> dict[str, int]:
    names = ("false_positives", "misses", "wrong_certainty", "forbidden", "negated_as_triple")
    return {name: len(getattr(report, name)) for name in names if getattr(report, name)}


def test_perfect_graph_scores_one_everywhere():
    report = evaluate(kg_graph(), GOLD)
    assert counts(report.relations) == (5, 0, 0)
    for scores in (report.relations, report.entities, report.entities_typed, report.attributes):
        assert (scores.precision, scores.recall, scores.f1) == (1.0, 1.0, 1.0)
    assert report.certainty_accuracy == 1.0
    assert counts(report.entities) == (7, 0, 0)
    assert counts(report.attributes) == (2, 0, 0)
    assert not any(report.to_json()["findings"].values())


@pytest.mark.parametrize(
    "change, expected, found",
    [
        pytest.param({"drop": {"foundedBy"}}, (4, 0, 1), {"misses": 1}, id="missing relation"),
        pytest.param(
            {"drop": {"foundedBy"}, "add": [rel("foundedBy", "alexandr-wang", "scale-ai")]},
            (4, 1, 1),
            {"false_positives": 1, "misses": 1},
            id="wrong direction",
        ),
        pytest.param(
            {
                "drop": {"partnersWith"},
                "add": [rel("partnersWith", "anduril-industries", "meta-platforms")],
            },
            (5, 0, 0),
            {},
            id="symmetric reversed is right",
        ),
        pytest.param(
            {"add": [rel("partnersWith", "anduril-industries", "meta-platforms")]},
            (5, 0, 0),
            {},
            id="symmetric written both ways is one relation",
        ),
        pytest.param(
            {
                "entities": (*ENTITIES, ARMY),
                "add": [rel("contractWith", "meta-platforms", "us-army")],
            },
            (5, 0, 0),
            {},
            id="optional relation neither false nor missed",
        ),
        pytest.param(
            {
                "entities": (*ENTITIES, ARMY),
                "add": [rel("partnersWith", "meta-platforms", "us-army")],
            },
            (5, 1, 0),
            {"false_positives": 1},
            id="optional entity in a relation the gold lacks is false",
        ),
        pytest.param(
            {
                "entities": (*ENTITIES, MICROSOFT),
                "add": [rel("investsIn", "microsoft", "scale-ai")],
            },
            (5, 1, 0),
            {"false_positives": 1},
            id="entity not in the gold is false",
        ),
        pytest.param(
            {"add": [rel("partnersWith", "scale-ai", "anduril-industries")]},
            (5, 1, 0),
            {"false_positives": 1, "forbidden": 1},
            id="forbidden produced",
        ),
        pytest.param(
            {"add": [rel("partnersWith", "anduril-industries", "scale-ai", "negated")]},
            (5, 1, 0),
            {"false_positives": 1},
            id="forbidden only denied is not claimed",
        ),
        pytest.param(
            {"triples": [("google", "acquired", "promethee")]},
            (5, 0, 0),
            {"negated_as_triple": 1},
            id="negated with a direct triple",
        ),
        pytest.param(
            {"drop": {"acquired"}, "triples": [("google", "acquired", "promethee")]},
            (5, 0, 0),
            {"negated_as_triple": 1, "wrong_certainty": 1},
            id="negated as a bare direct triple",
        ),
        pytest.param(
            {"drop": {"investsIn"}, "add": [rel("investsIn", "meta-platforms", "scale-ai")]},
            (5, 0, 0),
            {"wrong_certainty": 1},
            id="certainty mismatch",
        ),
        pytest.param(
            {"add": [rel("investsIn", "meta-platforms", "scale-ai")]},
            (5, 0, 0),
            {},
            id="hedged among its statements is right",
        ),
    ],
)
def test_relations(change, expected, found):
    report = evaluate(kg_graph(**change), GOLD)
    assert counts(report.relations) == expected
    assert findings(report) == found


def test_negated_statement_without_direct_triple_is_right():
    report = evaluate(kg_graph(), GOLD)
    assert report.by_relation["acquired"] == Scores(tp=1)
    assert report.certainty_correct == report.certainty_total == 5


def test_findings_carry_labels_and_reasons():
    report = evaluate(
        kg_graph(
            drop={"foundedBy"},
            add=[
                rel("foundedBy", "alexandr-wang", "scale-ai"),
                rel("partnersWith", "scale-ai", "anduril-industries"),
            ],
            triples=[("google", "acquired", "promethee")],
        ),
        GOLD,
    )
    fp = {triple(f): f.note for f in report.false_positives}
    assert fp[("Alexandr Wang", "foundedBy", "Scale AI")] == "wrong direction"
    assert triple(report.misses[0]) == ("Scale AI", "foundedBy", "Alexandr Wang")
    assert report.forbidden[0].note == "only Meta partners with Anduril"
    assert triple(report.negated_as_triple[0]) == ("Google", "acquired", "PROMETHEE")
    assert report.by_relation["partnersWith"] == Scores(tp=1, fp=1)


def test_certainty_accuracy_counts_true_positives_only():
    report = evaluate(
        kg_graph(
            drop={"investsIn", "foundedBy"}, add=[rel("investsIn", "meta-platforms", "scale-ai")]
        ),
        GOLD,
    )
    assert (report.certainty_correct, report.certainty_total) == (3, 4)
    assert report.wrong_certainty[0].note == "predicted asserted; gold hedged"


@pytest.mark.parametrize(
    "entities, untyped, typed, wrong_type",
    [
        pytest.param(ENTITIES, (7, 0, 0), (7, 0, 0), 0, id="perfect"),
        pytest.param(ENTITIES[:-1], (6, 0, 1), (6, 0, 1), 0, id="missing entity"),
        pytest.param(
            (*ENTITIES[:4], entity("llama", "Llama", "Organization"), *ENTITIES[5:]),
            (7, 0, 0),
            (6, 1, 1),
            1,
            id="wrong type counts in typed score only",
        ),
        pytest.param(
            (*ENTITIES, entity("meta", "Meta", "Organization")),
            (7, 1, 0),
            (7, 1, 0),
            0,
            id="duplicate node is false",
        ),
        pytest.param((*ENTITIES, MICROSOFT), (7, 1, 0), (7, 1, 0), 0, id="entity not in gold"),
        pytest.param((*ENTITIES, ARMY), (7, 0, 0), (7, 0, 0), 0, id="optional entity"),
        pytest.param(
            (*ENTITIES[:6], entity("promethee", "Prometheé SAS", "Organization")),
            (7, 0, 0),
            (7, 0, 0),
            0,
            id="accents and legal suffix",
        ),
    ],
)
def test_entities(entities, untyped, typed, wrong_type):
    report = evaluate(kg_graph(entities=entities, statements=()), GOLD)
    assert counts(report.entities) == untyped
    assert counts(report.entities_typed) == typed
    assert len(report.entity_wrong_type) == wrong_type


def test_duplicate_node_keeps_its_relations_right():
    duplicate = entity("meta", "Meta", "Organization")
    report = evaluate(
        kg_graph(
            entities=(*ENTITIES, duplicate),
            drop={"develops"},
            add=[rel("develops", "meta", "llama")],
        ),
        GOLD,
    )
    assert counts(report.relations) == (5, 0, 0)
    assert report.entity_false_positives[0].note == "duplicate of Meta Platforms"


@pytest.mark.parametrize(
    "name, same_as",
    [
        ("Meta Platforms Inc.", "Meta Platforms"),
        ("Meta Platforms, Inc", "meta platforms"),
        ("SAP AG", "SAP"),
        ("Business Objects S.A.", "Business Objects"),
        ("Rothschild & Co", "Rothschild"),
        ("Prométhée", "PROMETHEE"),
        ("Take-Two", "Take Two"),
        ("Assassin’s Creed", "Assassin's Creed"),
        ("  Scale \u00a0 AI ", "scale ai"),
    ],
)
def test_normalize_name_equal(name, same_as):
    assert normalize_name(name) == normalize_name(same_as)


@pytest.mark.parametrize(
    "name, other",
    [("Meta", "Meta AI"), ("SE", ""), ("Scale AI", "ScaleAI")],
)
def test_normalize_name_distinct(name, other):
    assert normalize_name(name) != normalize_name(other)


@pytest.mark.parametrize(
    "statement, hit",
    [
        pytest.param(rel("valuation", "scale-ai", usd(14_050_000_000)), True, id="0.36% off"),
        pytest.param(rel("valuation", "scale-ai", usd(13_940_000_000)), True, id="-0.43% off"),
        pytest.param(rel("valuation", "scale-ai", usd(14_100_000_000)), False, id="0.7% off"),
        pytest.param(
            rel("valuation", "scale-ai", usd(14_000_000_000, "EUR")), False, id="other currency"
        ),
        pytest.param(rel("revenue", "scale-ai", usd(14_000_000_000)), False, id="other attribute"),
        pytest.param(
            rel("valuation", "meta-platforms", usd(14_000_000_000)), False, id="other entity"
        ),
    ],
)
def test_monetary_attribute(statement, hit):
    report = evaluate(kg_graph(drop={"valuation"}, add=[statement]), GOLD)
    assert counts(report.attributes) == ((2, 0, 0) if hit else (1, 1, 1))


@pytest.mark.parametrize(
    "when, hit",
    [
        (When("2016", "2016"), True),
        (When("mars 2016", "2016-03"), True),
        (When("1er mars 2016", "2016-03-01"), True),
        (When("2017", "2017"), False),
    ],
)
def test_founding_date_compares_years(when, hit):
    report = evaluate(
        kg_graph(drop={"foundingDate"}, add=[rel("foundingDate", "scale-ai", when)]), GOLD
    )
    assert counts(report.attributes) == ((2, 0, 0) if hit else (1, 1, 1))


GENERIC_GRAPH = """
@prefix ex: <http://example.org/> .
@prefix o: <http://example.org/onto#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

o:Firm rdfs:subClassOf o:Business . o:Business rdfs:subClassOf o:Organization .
ex:m a o:Firm ; rdfs:label "Meta" ; o:investsIn ex:s ; o:develops ex:l .
ex:s a o:Organization ; rdfs:label "Scale" ; skos:altLabel "Scale AI" ;
    o:valuation [ o:amount 1.4e10 ; o:unit "usd" ] ; o:foundingDate "2016-05-01" .
ex:l a o:Software ; rdfs:label "Llama" .
ex:g a o:Startup ; rdfs:label "Google" .
ex:p a o:Organization ; rdfs:label "Prométhée" .
ex:w rdfs:label "Alexandr Wang" .
ex:st a rdf:Statement ; rdf:subject ex:m ; rdf:predicate o:investsIn ; rdf:object ex:s ;
    o:certainty "hedged" .
ex:neg a rdf:Statement ; rdf:subject ex:g ; rdf:predicate o:acquired ; rdf:object ex:p ;
    o:certainty o:negated .
"""


def test_any_conforming_graph_is_read():
    """Classes by local name through rdfs:subClassOf, kg's fine classes without an ontology,
    statements with any certainty namespace, money as any numeric and 3-letter literal."""
    report = evaluate(Graph().parse(data=GENERIC_GRAPH, format="turtle"), GOLD)
    assert counts(report.relations) == (3, 0, 2)  # no foundedBy, no partnersWith
    assert report.certainty_correct == report.certainty_total == 3
    # Llama's class is unknown and Wang has no type: not entities, yet their relations count.
    assert counts(report.entities) == (4, 0, 3)
    assert counts(report.attributes) == (2, 0, 0)


def test_statement_without_subject_is_a_graph_error():
    graph = kg_graph()
    statement = next(graph.subjects(RDF.type, RDF.Statement))
    graph.remove((statement, RDF.subject, None))
    with pytest.raises(GraphError, match="rdf:subject"):
        evaluate(graph, GOLD)


def gold_graph(gold: Gold) -> Graph:
    """The graph a perfect extractor would write for `gold`."""
    entities = [entity(e.id, e.label, e.type.value) for e in gold.entities]
    statements = [rel(r.p, r.s, r.o, r.certainty.value) for r in gold.relations if not r.optional]
    for a in gold.attributes:
        value = When(a.value, a.value) if a.value else Amount(a.amount, a.currency, "")
        statements.append(rel(a.p, a.s, value))
    return build_graph([Resolution(DOCUMENT, tuple(entities), tuple(statements))])


def test_seed_gold_perfect_graph():
    gold = load_gold(SEED_GOLD)
    report = evaluate(gold_graph(gold), gold)
    assert counts(report.relations) == (15, 0, 0)
    assert report.entities_typed.f1 == report.attributes.f1 == report.certainty_accuracy == 1.0
    assert summary_line(report) == (
        "relations P=1.00 R=1.00 F1=1.00 | entities typed F1=1.00 | attributes 4/4"
        " | forbidden 0 | certainty 1.00"
    )


def test_evaluate_many_adds_counts():
    seed = load_gold(SEED_GOLD)
    report = evaluate_many([(kg_graph(drop={"foundedBy"}), GOLD), (gold_graph(seed), seed)])
    assert report.documents == ("toy.fr.txt", "meta-scale-ai.fr.txt")
    assert counts(report.relations) == (19, 0, 1)
    assert report.by_relation["foundedBy"] == Scores(tp=1, fn=1)
    assert report.misses[0].document == "toy.fr.txt"
    assert merge_reports([]) == Report(by_relation={p: Scores() for p in report.by_relation})


def test_report_json_and_rendering():
    report = evaluate(kg_graph(drop={"foundedBy"}), GOLD)
    data = report.to_json()
    assert list(data) == [
        "documents",
        "relations",
        "by_relation",
        "certainty",
        "entities",
        "entities_typed",
        "attributes",
        "findings",
    ]
    assert data["relations"] == {
        "precision": 1.0,
        "recall": 0.8,
        "f1": 0.8889,
        "tp": 4,
        "fp": 0,
        "fn": 1,
        "support": 5,
    }
    assert data["findings"]["misses"][0]["subject"] == "Scale AI"
    json.dumps(data)
    console = Console(record=True, width=120)
    console.print(render(report))
    text = console.export_text()
    assert "Gold relations missed (1)" in text and "foundedBy" in text
    assert re.fullmatch(
        r"relations P=1\.00 R=0\.80 F1=0\.89 \| entities typed F1=1\.00 \| "
        r"attributes 2/2 \| forbidden 0 \| certainty 1\.00",
        summary_line(report),
    )


def _gold_dict() -> dict:
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))


def _set(path: str, value):
    def change(data: dict) -> dict:
        *parents, last = path.split(".")
        target = data
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        if value is _DELETE:
            del target[int(last) if last.isdigit() else last]
        else:
            target[int(last) if last.isdigit() else last] = value
        return data

    return change


_DELETE = object()


@pytest.mark.parametrize(
    "change, message",
    [
        (_set("entities", _DELETE), "'entities' must be a list"),
        (_set("entities.0.type", "Company"), "entities[0]: 'type' is 'Company'; expected one of"),
        (_set("entities.1.id", "meta"), "entities[1]: duplicate entity id 'meta'"),
        (_set("entities.0.aliases", "Meta"), "entities[0]: 'aliases' must be a list"),
        (_set("entities.0.label", ""), "entities[0]: 'label' must be a non-empty string"),
        (_set("relations.0.o", "scale"), "relations[0]: 'o' refers to 'scale'"),
        (_set("relations.0.p", "invests"), "relations[0]: 'p' is 'invests'"),
        (_set("relations.0.certainty", "likely"), "relations[0]: 'certainty' is 'likely'"),
        (_set("relations.0.amount", "10 milliards"), "relations[0]: 'amount' must be a number"),
        (_set("relations.0.currency", _DELETE), "relations[0]: an amount needs 'currency'"),
        (_set("relations.0.optional", "yes"), "relations[0]: 'optional' must be true or false"),
        (_set("relations.0", "meta investsIn scale_ai"), "relations[0]: expected a JSON object"),
        (_set("relations.1", {"s": "scale_ai", "p": "investsIn", "o": "meta"}), None),
        (
            _set("relations.11", {"s": "scale_ai", "p": "partnersWith", "o": "meta"}),
            "relations[11]: duplicate relation scale_ai partnersWith meta",
        ),
        (_set("attributes.1.amount", _DELETE), "attributes[1]: 'currency' without 'amount'"),
        (
            _set("attributes.1", {"s": "scale_ai", "p": "valuation", "value": "2024"}),
            "attributes[1]: valuation needs 'amount' and 'currency'",
        ),
        (_set("attributes.0.value", "en 2016"), "attributes[0]: 'value' must be a year"),
        (
            _set("forbidden.1", {"s": "meta", "p": "investsIn", "o": "scale_ai"}),
            "forbidden[1]: meta investsIn scale_ai is both a gold relation and forbidden",
        ),
    ],
)
def test_malformed_gold_raises(tmp_path, change, message):
    path = tmp_path / "bad.gold.json"
    path.write_text(json.dumps(change(_gold_dict())), encoding="utf-8")
    if message is None:  # a valid change, as a control
        load_gold(path)
        return
    with pytest.raises(GoldError) as error:
        load_gold(path)
    assert str(error.value).startswith(f"{path}: ")
    assert message in str(error.value)


@pytest.mark.parametrize(
    "text, message",
    [
        ("{", "not valid JSON: Expecting property name"),
        ("[]", "a gold file is a JSON object"),
        (b"\xff\xfe", "not UTF-8"),
    ],
)
def test_unreadable_gold_raises(tmp_path, text, message):
    path = tmp_path / "bad.gold.json"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(GoldError, match=re.escape(message)):
        load_gold(path)
    with pytest.raises(GoldError, match="no such gold file"):
        load_gold(tmp_path / "missing.json")


def test_gold_defaults():
    gold = parse_gold(
        {"entities": [{"id": "a", "label": "A", "type": "Place"}], "relations": []},
        "x/min.gold.json",
    )
    assert gold.document == "min.gold.json"
    assert (gold.attributes, gold.forbidden) == ((), ())
    relation = load_gold(SEED_GOLD).relations[15]
    assert (relation.p, relation.certainty, relation.optional) == ("basedOn", "asserted", True)
