"""`kg eval GRAPH GOLD...` on a graph of several articles scores each gold file against what its
own document says, and the per-document scores are those of each article built alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import GoldError
from kg.evaluate import evaluate, evaluate_documents, evaluate_many, load_gold, parse_gold
from kg.export import read_graph, write_graph
from kg.graph import build_graph
from kg.read import read_document
from kg.scope import document_graph, documents, find_document
from kg.types import Certainty, Document, Entity, EntityType, Evidence, Resolution, Statement

MULTI = Path(__file__).parent / "data" / "multi"
ARTICLES = ("valtoria", "korvia", "solvane")
ORG, PER = EntityType.ORGANIZATION, EntityType.PERSON
runner = CliRunner()


def _resolution(doc_id: str, sentences: list[tuple[str, str, str, str, Certainty]]) -> Resolution:
    """An article of one sentence per statement (subject, predicate, object, sentence)."""
    text, statements, names = "", [], {}
    for subject, predicate, obj, sentence, certainty in sentences:
        start = len(text)
        text += sentence + " "
        names |= {subject: subject, obj: obj}
        statements.append(
            Statement(
                predicate,
                subject.lower(),
                obj.lower(),
                Evidence(doc_id, sentence, start, start + len(sentence)),
                "test",
                certainty,
            )
        )
    entities = tuple(Entity(n.lower(), n, PER if n == "Oudin" else ORG) for n in names)
    return Resolution(
        Document(doc_id, f"{doc_id}.fr.txt", text, doc_id), entities, tuple(statements)
    )


A = Certainty.ASSERTED
FIRST = _resolution(
    "un",
    [
        ("Valtoria", "acquired", "Dreamjet", "Valtoria a racheté Dreamjet.", A),
        ("Valtoria", "hasCEO", "Oudin", "Valtoria est dirigé par Oudin.", A),
    ],
)
SECOND = _resolution(
    "deux",
    [
        ("Solvane", "partnersWith", "Valtoria", "Solvane s'associe à Valtoria.", A),
        ("Solvane", "acquired", "Dreamjet", "Solvane n'a pas racheté Dreamjet.", Certainty.NEGATED),
        ("Valtoria", "investsIn", "Solvane", "Valtoria investit dans Solvane.", A),
    ],
)


def _gold(document: str, relations: list[dict]) -> object:
    ids = {r[end] for r in relations for end in ("s", "o")}
    return parse_gold(
        {
            "document": document,
            "entities": [
                {
                    "id": i,
                    "label": i.capitalize(),
                    "type": "Person" if i == "oudin" else "Organization",
                }
                for i in sorted(ids)
            ],
            "relations": relations,
        }
    )


GOLD_FIRST = _gold(
    "un.fr.txt",
    [
        {"s": "valtoria", "p": "acquired", "o": "dreamjet"},
        {"s": "valtoria", "p": "hasCEO", "o": "oudin"},
    ],
)
GOLD_SECOND = _gold(
    "deux.fr.txt",
    [
        {"s": "solvane", "p": "partnersWith", "o": "valtoria"},
        {"s": "solvane", "p": "acquired", "o": "dreamjet", "certainty": "negated"},
    ],
)  # "Valtoria investit dans Solvane" is not in this gold: a false positive of this document


def test_each_document_is_scored_on_its_own_statements():
    together = build_graph([FIRST, SECOND])
    evaluation = evaluate_documents(together, [GOLD_FIRST, GOLD_SECOND])
    alone = [
        evaluate(build_graph([FIRST]), GOLD_FIRST),
        evaluate(build_graph([SECOND]), GOLD_SECOND),
    ]
    assert [r.to_json() for r in evaluation.per_document] == [r.to_json() for r in alone]
    assert evaluation.per_document[0].relations.precision == 1.0
    assert evaluation.per_document[1].relations.fp == 1
    # Scored against the whole graph, the first gold would count the second article's claims.
    assert evaluate(together, GOLD_FIRST).relations.fp > 0


def test_micro_adds_the_counts_and_macro_averages_the_documents():
    evaluation = evaluate_documents(build_graph([FIRST, SECOND]), [GOLD_FIRST, GOLD_SECOND])
    first, second = evaluation.per_document
    assert evaluation.micro.relations.tp == first.relations.tp + second.relations.tp
    assert evaluation.micro.relations.fp == 1
    assert evaluation.macro["relations"]["precision"] == pytest.approx(
        (first.relations.precision + second.relations.precision) / 2
    )
    data = evaluation.to_json()
    assert [d["documents"] for d in data["per_document"]] == [["un.fr.txt"], ["deux.fr.txt"]]
    assert data["macro"]["relations"]["f1"] == round(evaluation.macro["relations"]["f1"], 4)
    assert data["relations"] == evaluation.micro.relations.to_json()


def test_a_graph_of_one_document_is_scored_whole():
    graph = build_graph([FIRST])
    evaluation = evaluate_documents(graph, [GOLD_FIRST])
    assert evaluation.per_document[0] == evaluate(graph, GOLD_FIRST)


def test_a_gold_of_a_document_the_graph_does_not_hold():
    stranger = _gold("trois.fr.txt", [{"s": "valtoria", "p": "acquired", "o": "dreamjet"}])
    message = r"'trois\.fr\.txt'.*2 documents: deux\.fr\.txt, un\.fr\.txt"
    with pytest.raises(GoldError, match=message):
        evaluate_documents(build_graph([FIRST, SECOND]), [stranger])


def test_the_part_of_a_document():
    together = build_graph([FIRST, SECOND])
    assert list(documents(together).values()) == ["deux.fr.txt", "un.fr.txt"]
    first = find_document(together, "un.fr.txt")
    assert first is not None and find_document(together, "un") == first  # its id works too
    part = document_graph(together, first)
    text = part.serialize(format="nt")
    assert "Valtoria a racheté Dreamjet." in text and "Solvane" not in text
    assert find_document(together, "ailleurs.txt") is None


# --- the real pipeline, three articles of our own ------------------------------------------------


@pytest.fixture(scope="module")
def built(builder, tmp_path_factory) -> dict[str, Path]:
    """The three articles built together, and each alone, as graph files."""
    folder = tmp_path_factory.mktemp("multi")
    documents_ = [read_document(MULTI / f"{name}.fr.txt") for name in ARTICLES]
    resolutions = builder.resolve_texts(documents_)
    files = {"together": write_graph(build_graph(resolutions), folder / "together.ttl")}
    for name, resolution in zip(ARTICLES, resolutions, strict=True):
        files[name] = write_graph(build_graph([resolution]), folder / f"{name}.ttl")
    return files


RELATION_FIELDS = ("relations", "by_relation", "certainty", "attributes", "entities")


def test_kg_eval_per_document_equals_each_article_alone(built):
    """Relations, certainties, attributes and entities found are each article's own; the typed
    entity scores can differ only where two articles type a shared entity differently (an
    entity has its types in the graph, not per document)."""
    golds = [MULTI / f"{name}.gold.json" for name in ARTICLES]
    result = runner.invoke(app, ["eval", str(built["together"]), *map(str, golds), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    for name, report in zip(ARTICLES, data["per_document"], strict=True):
        alone = runner.invoke(
            app, ["eval", str(built[name]), str(MULTI / f"{name}.gold.json"), "--json"]
        )
        expected = json.loads(alone.output)
        assert report["documents"] == [f"{name}.fr.txt"]
        for field in RELATION_FIELDS:
            assert report[field] == expected[field], (name, field)
    micro = evaluate_many(
        (read_graph(built[name]), load_gold(MULTI / f"{name}.gold.json")) for name in ARTICLES
    )
    assert data["relations"] == micro.relations.to_json()


def test_kg_eval_prints_each_document_and_the_totals(built):
    golds = [str(MULTI / f"{name}.gold.json") for name in ARTICLES]
    result = runner.invoke(app, ["eval", str(built["together"]), *golds], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[-2].startswith("macro: relations P=")
    assert lines[-1].startswith("micro: relations P=")
    assert "Per document" in result.output
    for name in ARTICLES:
        assert f"{name}.fr.txt" in result.output
