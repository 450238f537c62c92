"""queries/: each documented query answers its question on the seed article's graph.

The answers asserted are the stable facts of examples/meta-scale-ai.fr.txt: Meta Platforms
invests in Scale AI (hedged, 10 billion USD, according to Bloomberg), so does Microsoft; Scale
AI was founded by Alexandr Wang; Mark Zuckerberg is Meta's CEO; Meta partners with Anduril
Industries and Scale AI and competes with Microsoft, Amazon and Alphabet; Scale AI's clients
include Microsoft and OpenAI.
"""

from __future__ import annotations

from decimal import Decimal

import pyoxigraph as ox
import pytest
from store_support import QUERIES, entity, resolution, resolutions, statement

from kg.store import ExportFormat, Store, Table

QUERY_FILES = sorted(QUERIES.glob("*.rq"))


@pytest.fixture(scope="module")
def store(builder):
    store = Store(None)
    store.add([resolutions(builder)[0]])
    yield store
    store.close()


def run(store: Store, name: str, **params: object) -> list[dict[str, object]]:
    table = store.query((QUERIES / name).read_text(encoding="utf-8"), params=params or None)
    assert isinstance(table, Table)
    return table.records()


def test_the_library_has_the_questions_of_the_issue():
    assert {q.stem for q in QUERY_FILES} >= {
        "investors",
        "partners",
        "hedged-claims",
        "leaders",
        "path",
        "compete-and-partner",
    }


@pytest.fixture(scope="module")
def plain(store):
    """A bare pyoxigraph store loaded with kg's N-Quads export: another SPARQL tool."""
    other = ox.Store()
    other.load(store.export(ExportFormat.NQ), format=ox.RdfFormat.N_QUADS)
    return other


@pytest.mark.parametrize("path", QUERY_FILES, ids=lambda p: p.stem)
def test_each_query_says_what_it_answers_and_runs_anywhere(path, store, plain):
    text = path.read_text(encoding="utf-8")
    question = text.splitlines()[0]
    assert question.startswith("# ") and question.endswith("?"), question
    assert "kg query --file queries/" + path.name in text  # how to run it
    # Declares its prefixes: runs as it is in another SPARQL store, with the same answers.
    theirs = [tuple(map(str, row)) for row in plain.query(text, use_default_graph_as_union=True)]
    ours = store.query(text)
    assert isinstance(ours, Table)
    assert sorted(theirs) == sorted(tuple(map(str, row)) for row in ours.rows)


def test_investors(store):
    rows = run(store, "investors.rq")
    meta = {
        "company": "Scale AI",
        "investor": "Meta Platforms Inc.",
        "amount": Decimal(10_000_000_000),
        "currency": "USD",
        "certainty": "hedged",
        "source": "Bloomberg",
    }
    assert any(meta.items() <= row.items() for row in rows)
    investors = {r["investor"] for r in rows if r["company"] == "Scale AI"}
    assert {"Meta Platforms Inc.", "Microsoft"} <= investors
    one = run(store, "investors.rq", company="Scale AI")
    assert one and {r["company"] for r in one} == {"Scale AI"}
    assert {r["investor"] for r in one} == investors
    assert all(r["certainty"] in ("asserted", "hedged") for r in rows)


def test_partners_with_the_evidence_sentence(store):
    rows = run(store, "partners.rq", company="Meta Platforms Inc.")
    assert {"Anduril Industries", "Scale AI"} <= {r["partner"] for r in rows}
    anduril = next(r for r in rows if r["partner"] == "Anduril Industries")
    assert "Anduril Industries" in str(anduril["evidence"])
    assert anduril["document"] == "meta-scale-ai.fr.txt"
    # partnersWith is symmetric: seen from the other side too.
    assert "Meta Platforms Inc." in {
        r["partner"] for r in run(store, "partners.rq", company="Anduril Industries")
    }


def test_hedged_claims_with_their_source(store):
    rows = run(store, "hedged-claims.rq")
    claim = {
        "subject": "Meta Platforms Inc.",
        "relation": "investsIn",
        "object": "Scale AI",
        "source": "Bloomberg",
        "amount": "10 milliards de dollars",
    }
    assert any(claim.items() <= row.items() for row in rows)
    assert all(r["evidence"] and r["document"] == "meta-scale-ai.fr.txt" for r in rows)


def test_founders_and_ceos(store):
    rows = {(r["company"], r["role"], r["person"]) for r in run(store, "leaders.rq")}
    assert {
        ("Scale AI", "founder", "Alexandr Wang"),
        ("Meta Platforms Inc.", "CEO", "Mark Zuckerberg"),
    } <= rows


def test_path_between_two_entities(store):
    default = [r["path"] for r in run(store, "path.rq")]
    assert (
        "Anduril Industries —partnersWith→ Meta Platforms Inc. —investsIn→ Scale AI "
        "—foundedBy→ Alexandr Wang"
    ) in default
    rows = run(store, "path.rq", **{"from": "Microsoft", "to": "Alexandr Wang"})
    assert rows[0]["hops"] == 2  # shortest first
    assert "Microsoft —investsIn→ Scale AI —foundedBy→ Alexandr Wang" in [r["path"] for r in rows]
    assert all(r["hops"] <= 3 for r in rows)
    assert not run(store, "path.rq", **{"from": "Microsoft", "to": "Nobody"})


def test_companies_that_compete_and_partner(store, builder):
    # The seed article has none: Meta competes with Microsoft, Amazon, Alphabet and partners
    # with others.
    assert run(store, "compete-and-partner.rq") == []
    with Store(None) as both:
        both.add(
            [
                resolutions(builder)[0],
                resolution(
                    "meta-microsoft",
                    [entity("meta", "Meta"), entity("microsoft", "Microsoft")],
                    [
                        statement(
                            "meta-microsoft",
                            "partnersWith",
                            "meta",
                            "microsoft",
                            "Meta et Microsoft ont annoncé un partenariat.",
                        )
                    ],
                ),
            ]
        )
        rows = run(both, "compete-and-partner.rq")
    assert [(r["company"], r["other"]) for r in rows] == [("Meta Platforms Inc.", "Microsoft")]
    assert "partenariat" in str(rows[0]["partnership"])
    assert "concurrents" in str(rows[0]["competition"])


def test_mentions_show_every_name_of_an_entity(store):
    (meta,) = run(store, "mentions.rq", entity="Meta Platforms Inc.")
    assert set(str(meta["names"]).split(" | ")) >= {"Meta", "Meta Platforms Inc."}
    assert meta["articles"] == 1
    assert meta["documents"] == "meta-scale-ai.fr.txt"
