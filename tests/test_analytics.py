"""kg.analytics: the networkx view of kg's RDF graph and the algorithms over it."""

from __future__ import annotations

from decimal import Decimal

import networkx as nx
import pytest
from rdflib import RDFS, Graph, Literal, URIRef

from kg.analytics import (
    centrality,
    communities,
    find_entities,
    neighbourhood,
    shortest_paths,
    summary,
    to_networkx,
)
from kg.graph import build_graph
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

ORG, PER, PROD, PLACE = (
    EntityType.ORGANIZATION,
    EntityType.PERSON,
    EntityType.PRODUCT,
    EntityType.PLACE,
)


def iri(key: str) -> str:
    return DEFAULT_BASE_IRI + key


def _document(doc_id: str, name: str, sentences: list[str]) -> tuple[Document, dict[str, Evidence]]:
    text = " ".join(sentences)
    evidence = {}
    for sentence in sentences:
        start = text.index(sentence)
        evidence[sentence] = Evidence(doc_id, sentence, start, start + len(sentence))
    return Document(id=doc_id, name=name, text=text, sha256=doc_id), evidence


INVEST = (
    "Meta Platforms serait sur le point d'investir plus de 10 milliards de dollars dans "
    "Scale AI, selon Bloomberg."
)
FOUNDED = "Scale AI, fondée en 2016 par Alexandr Wang, est basée à San Francisco."
VALUED = "Scale AI a été valorisée à 14 milliards de dollars en 2024."
DEVELOPS = "Meta développe Llama."
NOT_ACQUIRED = "Meta n'a pas racheté Microsoft."
FORMER_CEO = "Wang dirigeait auparavant Scale AI."
PARTNERS = "Meta s'est associée à Anduril."
COMPETES = "Microsoft est un concurrent de Meta."


@pytest.fixture(scope="module")
def rdf():
    """Two articles: every certainty, a past statement, symmetric relations, attributes."""
    doc1, ev1 = _document(
        "meta-scale-ai",
        "meta-scale-ai.fr.txt",
        [INVEST, FOUNDED, VALUED, DEVELOPS, NOT_ACQUIRED, FORMER_CEO],
    )
    doc2, ev2 = _document("anduril", "anduril.fr.txt", [PARTNERS, COMPETES])
    meta = Entity("meta", "Meta Platforms", ORG, "Company", ("Meta", "Meta Platforms Inc."))
    scale = Entity("scale-ai", "Scale AI", ORG, "Startup", ("Scale",))
    entities1 = (
        meta,
        scale,
        Entity("bloomberg", "Bloomberg", ORG, "NewsMedia"),
        Entity("alexandr-wang", "Alexandr Wang", PER, None, ("Wang",)),
        Entity("llama", "Llama", PROD, "AIModel"),
        Entity("microsoft", "Microsoft", ORG),
        Entity("san-francisco", "San Francisco", PLACE),
    )
    statements1 = (
        Statement(
            "investsIn",
            "meta",
            "scale-ai",
            ev1[INVEST],
            "investsIn.verb",
            Certainty.HEDGED,
            0.8,
            "bloomberg",
            Amount(Decimal(10**10), "USD", "plus de 10 milliards de dollars", lower_bound=True),
        ),
        Statement("foundedBy", "scale-ai", "alexandr-wang", ev1[FOUNDED], "foundedBy.passive"),
        Statement("foundingDate", "scale-ai", When("2016", "2016"), ev1[FOUNDED], "date"),
        Statement("locatedIn", "scale-ai", "san-francisco", ev1[FOUNDED], "locatedIn"),
        Statement(
            "valuation",
            "scale-ai",
            Amount(Decimal(14 * 10**9), "USD", "14 milliards de dollars"),
            ev1[VALUED],
            "valuation.verb",
            date=When("2024", "2024"),
        ),
        Statement("develops", "meta", "llama", ev1[DEVELOPS], "develops"),
        Statement(
            "acquired", "meta", "microsoft", ev1[NOT_ACQUIRED], "acquired", Certainty.NEGATED
        ),
        Statement("hasCEO", "scale-ai", "alexandr-wang", ev1[FORMER_CEO], "hasCEO", past=True),
    )
    entities2 = (
        meta,
        Entity("anduril", "Anduril Industries", ORG, None, ("Anduril",)),
        Entity("microsoft", "Microsoft", ORG),
    )
    statements2 = (
        Statement("partnersWith", "meta", "anduril", ev2[PARTNERS], "partnersWith"),
        Statement("competitorOf", "microsoft", "meta", ev2[COMPETES], "competitorOf"),
    )
    return build_graph(
        [Resolution(doc1, entities1, statements1), Resolution(doc2, entities2, statements2)]
    )


@pytest.fixture(scope="module")
def g(rdf):
    return to_networkx(rdf)


def edges_of(g: nx.MultiDiGraph, predicate: str) -> list[dict]:
    return [d for _, _, d in g.edges(data=True) if d["predicate"] == predicate]


# --- to_networkx --------------------------------------------------------------------------------


def test_a_node_per_entity_with_label_aliases_and_types(g):
    assert set(g) == {
        iri(k)
        for k in (
            "meta",
            "scale-ai",
            "bloomberg",
            "alexandr-wang",
            "llama",
            "microsoft",
            "san-francisco",
            "anduril",
        )
    }
    meta = g.nodes[iri("meta")]
    assert meta["label"] == "Meta Platforms"
    assert meta["aliases"] == ["Meta", "Meta Platforms Inc."]
    assert (meta["type"], meta["fine_type"]) == ("Organization", "Company")
    assert meta["iri"] == iri("meta")
    assert sorted(meta["documents"]) == [iri("document/anduril"), iri("document/meta-scale-ai")]
    assert g.nodes[iri("alexandr-wang")]["type"] == "Person"
    assert g.nodes[iri("alexandr-wang")]["fine_type"] is None
    assert g.nodes[iri("llama")]["type"] == "Product"
    assert g.graph["documents"] == {
        iri("document/anduril"): "anduril.fr.txt",
        iri("document/meta-scale-ai"): "meta-scale-ai.fr.txt",
    }


def test_an_edge_per_relation_statement_whatever_its_certainty(g):
    assert g.number_of_edges() == 8  # the 2 attributes are not edges
    certainties = sorted(d["certainty"] for _, _, d in g.edges(data=True))
    assert certainties == ["asserted"] * 6 + ["hedged", "negated"]


def test_negated_and_past_edges_come_from_statements_only(rdf, g):
    # Neither has a direct triple in the RDF graph, both are edges with their flags.
    assert (URIRef(iri("meta")), KG.acquired, URIRef(iri("microsoft"))) not in rdf
    assert (URIRef(iri("scale-ai")), KG.hasCEO, URIRef(iri("alexandr-wang"))) not in rdf
    [acquired] = edges_of(g, "acquired")
    assert acquired["certainty"] == "negated" and not acquired["past"]
    [ceo] = edges_of(g, "hasCEO")
    assert ceo["past"] and ceo["certainty"] == "asserted"


def test_edge_attributes_carry_the_provenance(g):
    [(u, v, key, invest)] = [
        e for e in g.edges(keys=True, data=True) if e[3]["predicate"] == "investsIn"
    ]
    assert (u, v) == (iri("meta"), iri("scale-ai"))
    assert key == invest["statement"] and key.startswith(iri("statement/"))
    assert invest["certainty"] == "hedged"
    assert invest["source"] == "Bloomberg" and invest["source_iri"] == iri("bloomberg")
    assert invest["amount"] == Decimal(10**10) and invest["currency"] == "USD"
    assert invest["amount_text"] == "plus de 10 milliards de dollars"
    assert invest["evidence"] == INVEST
    assert (invest["begin"], invest["end"]) == (0, len(INVEST))
    assert invest["document"] == iri("document/meta-scale-ai")
    assert invest["symmetric"] is False and invest["past"] is False
    assert invest["confidence"] == pytest.approx(0.8)
    assert invest["rule"] == "investsIn.verb"
    [partners] = edges_of(g, "partnersWith")
    assert partners["symmetric"] is True


def test_attributes_are_listed_on_their_entity(g):
    attributes = {a["predicate"]: a for a in g.nodes[iri("scale-ai")]["attributes"]}
    assert set(attributes) == {"foundingDate", "valuation"}
    assert attributes["foundingDate"]["value"] == "2016"
    valuation = attributes["valuation"]
    assert valuation["amount"] == Decimal(14 * 10**9) and valuation["currency"] == "USD"
    assert valuation["value"] == "14 milliards de dollars"
    assert valuation["date"] == "2024"
    assert valuation["evidence"] == VALUED


def test_a_direct_triple_without_statement_is_an_asserted_edge(rdf):
    extra = rdf + Graph()  # a copy
    extra.add((URIRef(iri("llama")), KG.basedOn, URIRef(iri("meta"))))
    g = to_networkx(extra)
    [edge] = edges_of(g, "basedOn")
    assert edge["certainty"] == "asserted" and edge["evidence"] is None
    assert g.number_of_edges() == 9


def test_labels_in_the_requested_language(rdf):
    tagged = rdf + Graph()
    tagged.add((URIRef(iri("llama")), RDFS.label, Literal("Lama", lang="fr")))
    tagged.add((URIRef(iri("llama")), RDFS.label, Literal("Llama model", lang="en")))
    assert to_networkx(tagged, lang="fr").nodes[iri("llama")]["label"] == "Lama"
    assert to_networkx(tagged, lang="en").nodes[iri("llama")]["label"] == "Llama model"


def test_an_empty_graph():
    g = to_networkx(Graph())
    assert g.number_of_nodes() == 0
    assert centrality(g) == {} and communities(g) == {}
    assert summary(g)["entities"] == 0 and summary(g)["hedged_share"] == 0.0


# --- algorithms ---------------------------------------------------------------------------------


def test_pagerank_is_a_distribution_and_ignores_negated_statements(g):
    rank = centrality(g)
    assert set(rank) == set(g)
    assert sum(rank.values()) == pytest.approx(1.0)
    # Microsoft's only incoming relation is the negated acquisition; competitorOf is symmetric.
    with_negated = centrality(g, negated=True)
    assert with_negated[iri("microsoft")] > rank[iri("microsoft")]
    assert max(rank, key=rank.get) in {iri("meta"), iri("scale-ai"), iri("alexandr-wang")}


def test_undirected_pagerank_favours_the_most_involved_entity(g):
    rank = centrality(g, directed=False)
    assert max(rank, key=rank.get) == iri("meta")


@pytest.mark.parametrize("kind", ["degree", "betweenness"])
def test_other_centralities(g, kind):
    values = centrality(g, kind=kind)
    assert set(values) == set(g)
    assert max(values, key=values.get) == iri("meta")


def test_unknown_centrality_kind(g):
    with pytest.raises(ValueError, match="closeness"):
        centrality(g, kind="closeness")  # type: ignore[arg-type]


def test_communities_cover_every_entity_and_are_reproducible(g):
    found = communities(g, seed=1)
    assert set(found) == set(g)
    assert found == communities(g, seed=1)
    sizes = [list(found.values()).count(c) for c in sorted(set(found.values()))]
    assert sizes == sorted(sizes, reverse=True)


def test_communities_separate_two_cliques():
    g = nx.MultiDiGraph()
    for group in ("a", "b"):
        for i in range(5):
            for j in range(i + 1, 5):
                g.add_edge(f"{group}{i}", f"{group}{j}", certainty="asserted", symmetric=True)
    g.add_edge("a0", "b0", certainty="asserted", symmetric=False)
    found = communities(g)
    assert len({found[f"a{i}"] for i in range(5)}) == 1
    assert found["a1"] != found["b1"]


def test_shortest_paths_ignore_direction_and_negated_statements(g):
    assert shortest_paths(g, iri("llama"), iri("alexandr-wang")) == [
        [iri("llama"), iri("meta"), iri("scale-ai"), iri("alexandr-wang")]
    ]
    assert shortest_paths(g, iri("bloomberg"), iri("meta")) == []
    # Meta - Microsoft: through competitorOf (asserted), not through the negated acquisition.
    assert shortest_paths(g, iri("meta"), iri("microsoft")) == [[iri("meta"), iri("microsoft")]]
    with pytest.raises(nx.NodeNotFound):
        shortest_paths(g, iri("meta"), iri("nobody"))


def test_neighbourhood(g):
    assert neighbourhood(g, iri("llama"), hops=0) == {iri("llama")}
    assert neighbourhood(g, iri("llama"), hops=1) == {iri("llama"), iri("meta")}
    assert iri("alexandr-wang") in neighbourhood(g, iri("llama"), hops=3)


def test_summary(g):
    result = summary(g)
    assert result["entities"] == 8 and result["relations"] == 8 and result["attributes"] == 2
    assert result["documents"] == 2
    assert result["by_type"] == {"Organization": 5, "Person": 1, "Place": 1, "Product": 1}
    assert result["by_fine_type"] == {"AIModel": 1, "Company": 1, "NewsMedia": 1, "Startup": 1}
    assert result["by_relation"]["investsIn"] == 1
    assert result["by_certainty"] == {"asserted": 6, "hedged": 1, "negated": 1}
    assert result["past"] == 1
    assert result["hedged_share"] == pytest.approx(1 / 8)
    assert result["components"] == 2  # Bloomberg is only a source


@pytest.mark.parametrize(
    "query, expected",
    [
        ("Scale", iri("scale-ai")),  # an alias, exactly
        ("scale ai", iri("scale-ai")),  # case
        ("san franc", iri("san-francisco")),  # a prefix
        ("SAN FRANCÍSCO", iri("san-francisco")),  # case and accents
        ("Wang", iri("alexandr-wang")),  # alias
        ("Industries", iri("anduril")),  # a word of the label
        (iri("llama"), iri("llama")),  # the IRI itself
    ],
)
def test_find_entities(g, query, expected):
    assert find_entities(g, query)[0] == expected


def test_find_entities_without_match(g):
    assert find_entities(g, "OpenAI") == []
    assert find_entities(g, "   ") == []
