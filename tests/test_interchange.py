"""`kg export --format graphml|csv|neo4j`: property-graph files that read back whole.

GraphML is read back with networkx, the CSV tables with the csv module, and the Neo4j set is
checked against the header grammar of `neo4j-admin database import` (`name:type`, `:ID`,
`:START_ID`, `:END_ID`, `:LABEL`, `:TYPE`, arrays split on ';') and its referential rules.
"""

from __future__ import annotations

import csv
import io
import re
from decimal import Decimal
from pathlib import Path

import networkx as nx
import pytest
from store_support import resolutions
from typer.testing import CliRunner

from kg.analytics import to_networkx
from kg.cli import app
from kg.errors import GraphError
from kg.graph import build_graph
from kg.interchange import (
    ENTITY_COLUMNS,
    RELATION_COLUMNS,
    InterchangeFormat,
    interchange,
    write_files,
)
from kg.store import Store
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
from kg.vocab import DEFAULT_BASE_IRI

ORG, PER = EntityType.ORGANIZATION, EntityType.PERSON
FORMULA = '=HYPERLINK("http://example.org")'
runner = CliRunner()

SENTENCES = [
    "Selon Le Courrier, Valtoria investirait 40 millions d'euros dans Dreamjet.",
    "Valtoria n'a pas racheté Korvia.",
    "Anne Morel dirigeait auparavant Dreamjet.",
    "Dreamjet, valorisée 200 millions d'euros en 2024, travaille avec Korvia.",
]


def _graph():
    text = " ".join(SENTENCES)

    def evidence(i: int) -> Evidence:
        start = text.index(SENTENCES[i])
        return Evidence("actu", SENTENCES[i], start, start + len(SENTENCES[i]))

    entities = (
        Entity("valtoria", "Valtoria", ORG, "Company", ("Valtoria SA", "V; groupe")),
        Entity("dreamjet", "Dreamjet", ORG, "Startup"),
        Entity("korvia", FORMULA, ORG),
        Entity("anne-morel", "Anne Morel", PER),
        Entity("le-courrier", "Le Courrier", ORG, "NewsMedia"),
    )
    statements = (
        Statement(
            "investsIn",
            "valtoria",
            "dreamjet",
            evidence(0),
            "investsIn.verb",
            Certainty.HEDGED,
            0.8,
            "le-courrier",
            Amount(Decimal(40_000_000), "EUR", "40 millions d'euros"),
        ),
        Statement("acquired", "valtoria", "korvia", evidence(1), "acquired", Certainty.NEGATED),
        Statement("hasCEO", "dreamjet", "anne-morel", evidence(2), "hasCEO", past=True),
        Statement(
            "valuation",
            "dreamjet",
            Amount(Decimal(200_000_000), "EUR", "200 millions d'euros"),
            evidence(3),
            "valuation",
            date=When("2024", "2024"),
        ),
        Statement("partnersWith", "dreamjet", "korvia", evidence(3), "partnersWith"),
    )
    return build_graph(
        [Resolution(Document("actu", "actu.fr.txt", text, "x"), entities, statements)]
    )


@pytest.fixture(scope="module")
def g() -> nx.MultiDiGraph:
    return to_networkx(_graph())


def iri(key: str) -> str:
    return DEFAULT_BASE_IRI + key


def test_graphml_reads_back_with_networkx(g):
    [(name, data)] = interchange(g, InterchangeFormat.GRAPHML).items()
    assert name == "graph.graphml"
    back = nx.read_graphml(io.BytesIO(data), force_multigraph=True)
    assert set(back) == set(g) and back.number_of_edges() == g.number_of_edges() == 4
    assert back.nodes[iri("valtoria")]["aliases"] == "V; groupe; Valtoria SA"
    assert back.nodes[iri("dreamjet")]["valuation"] == 200_000_000.0
    assert back.nodes[iri("dreamjet")]["valuation_date"] == "2024"
    edges = {d["predicate"]: d for _, _, d in back.edges(data=True)}
    invest = edges["investsIn"]
    assert invest["certainty"] == "hedged" and invest["reported_by"] == "Le Courrier"
    assert invest["amount"] == 40_000_000.0 and invest["confidence"] == pytest.approx(0.8)
    assert invest["evidence"] == SENTENCES[0] and invest["document"] == "actu.fr.txt"
    assert isinstance(invest["begin"], int) and invest["past"] is False
    assert edges["hasCEO"]["past"] is True
    assert back.nodes[iri("korvia")]["label"] == FORMULA  # GraphML is data: kept verbatim


def _read_csv(data: bytes) -> tuple[list[str], list[dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(data.decode("utf-8")))
    return list(reader.fieldnames or []), list(reader)


def test_csv_tables_hold_every_entity_and_statement_with_its_evidence(g):
    files = interchange(g, InterchangeFormat.CSV)
    header, entities = _read_csv(files["entities.csv"])
    assert header == list(ENTITY_COLUMNS)
    assert {row["id"] for row in entities} == set(g)
    header, relations = _read_csv(files["relations.csv"])
    assert header == list(RELATION_COLUMNS)
    assert {row["id"] for row in relations} == {k for _, _, k in g.edges(keys=True)}
    invest = next(row for row in relations if row["predicate"] == "investsIn")
    assert invest["source"] == iri("valtoria") and invest["target"] == iri("dreamjet")
    assert invest["evidence"] == SENTENCES[0]
    assert SENTENCES[0] == " ".join(SENTENCES)[int(invest["begin"]) : int(invest["end"])]
    assert (invest["certainty"], invest["reported_by"], invest["amount"]) == (
        "hedged",
        "Le Courrier",
        "40000000",
    )
    korvia = next(row for row in entities if row["id"] == iri("korvia"))
    assert korvia["label"] == "'" + FORMULA  # a spreadsheet shows it, does not run it


NEO4J_HEADER = re.compile(
    r"^(?::(?:ID|START_ID|END_ID|LABEL|TYPE)"
    r"|[A-Za-z_][A-Za-z0-9_]*(?::(?:ID|(?:int|long|float|double|boolean|byte|short|char|string"
    r"|date|localtime|time|localdatetime|datetime|duration|point)(?:\[\])?))?)$"
)


def test_neo4j_files_follow_neo4j_admin_import(g):
    files = interchange(g, InterchangeFormat.NEO4J)
    assert set(files) == {"entities.csv", "relations.csv"}
    node_rows = list(csv.reader(io.StringIO(files["entities.csv"].decode("utf-8"))))
    edge_rows = list(csv.reader(io.StringIO(files["relations.csv"].decode("utf-8"))))
    for header in (node_rows[0], edge_rows[0]):
        assert all(NEO4J_HEADER.match(field) for field in header), header
        assert len(set(header)) == len(header)
    nodes = [dict(zip(node_rows[0], row, strict=True)) for row in node_rows[1:]]
    edges = [dict(zip(edge_rows[0], row, strict=True)) for row in edge_rows[1:]]
    assert node_rows[0].count("id:ID") == 1 and ":LABEL" in node_rows[0]
    ids = [n["id:ID"] for n in nodes]
    assert len(ids) == len(set(ids)) == g.number_of_nodes()
    assert all(e[":START_ID"] in ids and e[":END_ID"] in ids for e in edges)
    # The negated and the past statements are apart: a match on ACQUIRED or HAS_CEO misses them.
    assert {e[":TYPE"] for e in edges} == {
        "INVESTS_IN",
        "NOT_ACQUIRED",
        "PAST_HAS_CEO",
        "PARTNERS_WITH",
    }
    for edge in edges:
        assert re.fullmatch(r"[A-Z][A-Z_]*", edge[":TYPE"])
        assert edge["past:boolean"] in ("true", "false")
        for column in ("confidence:double", "amount:double"):
            if edge[column]:
                float(edge[column])
        for column in ("begin:long", "end:long"):
            int(edge[column])
    valtoria = next(n for n in nodes if n["id:ID"] == iri("valtoria"))
    assert valtoria[":LABEL"].split(";") == ["Entity", "Organization", "Company"]
    assert valtoria["aliases:string[]"].split(";") == ["V, groupe", "Valtoria SA"]
    assert next(n for n in nodes if n["id:ID"] == iri("korvia"))["label"] == FORMULA


def test_a_failed_write_leaves_the_previous_set(tmp_path, monkeypatch):
    out = tmp_path / "export"
    write_files({"a.csv": b"first\n", "b.csv": b"first\n"}, out)
    (out / "c.csv").mkdir()  # a name taken by a folder: refused before anything is replaced
    with pytest.raises(GraphError, match=r"c\.csv: exists and is not a file"):
        write_files({"a.csv": b"second\n", "c.csv": b"second\n"}, out)
    real_fsync, calls = __import__("os").fsync, []

    def fail_on_second(fd):  # the disk fills up while the second file is written
        calls.append(fd)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr("kg.interchange.os.fsync", fail_on_second)
    with pytest.raises(GraphError, match="No space left"):
        write_files({"a.csv": b"second\n", "b.csv": b"second\n"}, out)
    assert (out / "a.csv").read_bytes() == (out / "b.csv").read_bytes() == b"first\n"
    assert sorted(p.name for p in out.iterdir()) == ["a.csv", "b.csv", "c.csv"]


# --- through the command, from a store of two real articles -------------------------------------


@pytest.fixture(scope="module")
def store(builder, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("export") / "store"
    with Store(folder) as kg_store:
        kg_store.add(resolutions(builder))
    return folder


def test_kg_export_graphml_csv_and_neo4j(store, tmp_path):
    with Store(store, read_only=True) as kg_store:
        g = to_networkx(kg_store.to_rdflib())
    graphml = tmp_path / "g.graphml"
    result = runner.invoke(app, ["export", "--store", str(store), "--out", str(graphml)])
    assert result.exit_code == 0, result.output
    back = nx.read_graphml(graphml, force_multigraph=True)
    assert back.number_of_nodes() == g.number_of_nodes()
    assert back.number_of_edges() == g.number_of_edges()
    for fmt in ("csv", "neo4j"):
        out = tmp_path / fmt
        result = runner.invoke(app, ["export", "--store", str(store), "-f", fmt, "--out", str(out)])
        assert result.exit_code == 0, result.output
        _, relations = _read_csv((out / "relations.csv").read_bytes())
        assert len(relations) == g.number_of_edges()
        assert all(row.get("evidence") for row in relations)
    one = runner.invoke(
        app,
        [
            "export",
            "--store",
            str(store),
            "-f",
            "csv",
            "--document",
            "meta-scale-ai",
            "--out",
            str(tmp_path / "one"),
        ],
    )
    assert one.exit_code == 0, one.output
    _, only = _read_csv((tmp_path / "one" / "relations.csv").read_bytes())
    assert 0 < len(only) < g.number_of_edges()
    assert {row["document"] for row in only} == {"meta-scale-ai.fr.txt"}


def test_kg_export_csv_needs_a_folder(store):
    result = runner.invoke(app, ["export", "--store", str(store), "-f", "neo4j"])
    assert result.exit_code == 1
    assert "give --out FOLDER" in result.output
