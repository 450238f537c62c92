"""rdflib -> networkx (an edge per relation statement); centrality, communities, paths.

    >>> g = to_networkx(read_graph(Path("out/meta.ttl")))
    >>> top = sorted(centrality(g).items(), key=lambda kv: -kv[1])[:5]

Every function takes the `nx.MultiDiGraph` of `to_networkx` first and returns plain values. Node
keys are entity IRIs; edge keys are statement IRIs (or an N-Triples line for a direct triple that
has no statement). Negated statements are edges too (the reader must see them) but are left out of
the structural measures unless `negated=True`.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from decimal import Decimal
from typing import Any, Literal

import networkx as nx
import numpy as np
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib import Literal as RDFLiteral
from rdflib.namespace import PROV, SKOS
from rdflib.term import Node

from .vocab import (
    ATTRIBUTES,
    COARSE_CLASSES,
    FINE_CLASSES,
    KG,
    ONTOLOGY_IRI,
    RELATIONS,
    SYMMETRIC_RELATIONS,
    superclasses,
)

__all__ = [
    "CentralityKind",
    "centrality",
    "communities",
    "find_entities",
    "local_name",
    "neighbourhood",
    "shortest_paths",
    "summary",
    "to_networkx",
]

CentralityKind = Literal["pagerank", "degree", "betweenness"]

_ENTITY_CLASSES: dict[URIRef, str] = {KG[name]: name for name in (*COARSE_CLASSES, *FINE_CLASSES)}
_RELATIONS = frozenset(RELATIONS)
_ATTRIBUTES = frozenset(ATTRIBUTES)


def local_name(iri: str) -> str:
    """`https://w3id.org/kg-fr/ontology#investsIn` -> `investsIn`."""
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _pick_label(literals: list[Node], lang: str) -> str | None:
    """The literal in `lang`, else an untagged one, else any; sorted so the choice is stable."""
    texts = sorted((lit for lit in literals if isinstance(lit, RDFLiteral)), key=str)
    for wanted in (lang, None):
        for lit in texts:
            if lit.language == wanted:
                return str(lit)
    return str(texts[0]) if texts else None


def _python_value(literal: Node | None) -> Any:
    if not isinstance(literal, RDFLiteral):
        return None
    return literal.toPython()


def _amount(graph: Graph, node: Node | None) -> dict[str, Any]:
    """A kg:MonetaryAmount node as `amount` (Decimal), `currency`, `amount_text`."""
    if node is None:
        return {"amount": None, "currency": None, "amount_text": None}
    value = _python_value(graph.value(node, KG.value))
    currency = graph.value(node, KG.currency)
    text = graph.value(node, KG.amountText)
    return {
        "amount": Decimal(str(value)) if value is not None else None,
        "currency": str(currency) if currency is not None else None,
        "amount_text": str(text) if text is not None else None,
    }


def _date_text(literal: Node | None) -> str | None:
    return str(literal) if literal is not None else None


def _int(literal: Node | None) -> int | None:
    value = _python_value(literal)
    return int(value) if value is not None else None


def to_networkx(graph: Graph, *, lang: str = "en") -> nx.MultiDiGraph:
    """A node per entity and an edge per relation statement (asserted, hedged, negated, past).

    Node attributes: `iri`, `label`, `aliases`, `type` (coarse class), `fine_type`, `documents`
    (IRIs of the documents that mention it), `attributes` (its foundingDate / valuation / revenue
    statements, as dicts). Edge attributes: `predicate`, `certainty`, `confidence`, `source`
    (label), `source_iri`, `amount`, `currency`, `amount_text`, `date`, `evidence`, `begin`,
    `end`, `document`, `past`, `symmetric`, `statement`, `rule`. `g.graph["documents"]` maps each
    document IRI to its label (the file name).
    """
    g = nx.MultiDiGraph(lang=lang)
    labels: dict[Node, str] = {}

    def label_of(node: Node) -> str:
        if node not in labels:
            labels[node] = _pick_label(list(graph.objects(node, RDFS.label)), lang) or local_name(
                str(node)
            )
        return labels[node]

    entity_types: dict[Node, set[str]] = defaultdict(set)
    for cls, name in _ENTITY_CLASSES.items():
        for entity in graph.subjects(RDF.type, cls):
            entity_types[entity].add(name)

    def add_entity(entity: Node) -> str:
        key = str(entity)
        if key in g:
            return key
        names = entity_types.get(entity, set())
        names = names - {c for n in names for c in superclasses(n)}  # the store states both
        fine = min((n for n in names if n in FINE_CLASSES), default=None)
        coarse = (
            FINE_CLASSES[fine]
            if fine
            else min((n for n in names if n in COARSE_CLASSES), default=None)
        )
        label = label_of(entity)
        aliases = sorted({str(a) for a in graph.objects(entity, SKOS.altLabel)} - {label})
        documents = sorted(str(d) for d in graph.objects(entity, KG.mentionedIn))
        g.add_node(
            key,
            iri=key,
            label=label,
            aliases=aliases,
            type=coarse,
            fine_type=fine,
            documents=documents,
            attributes=[],
        )
        return key

    for entity in sorted(entity_types, key=str):
        add_entity(entity)

    documents = {str(d): label_of(d) for d in graph.subjects(RDF.type, KG.Document)}
    covered: set[tuple[Node, Node, Node]] = set()
    for statement in sorted(set(graph.subjects(RDF.type, RDF.Statement)), key=str):
        values: dict[Node, list[Node]] = defaultdict(list)
        for predicate, obj in graph.predicate_objects(statement):
            values[predicate].append(obj)

        def one(predicate: URIRef, values: dict[Node, list[Node]] = values) -> Node | None:
            found = values.get(predicate)
            return min(found, key=str) if found else None

        subject, predicate, obj = one(RDF.subject), one(RDF.predicate), one(RDF.object)
        if subject is None or obj is None or not isinstance(predicate, URIRef):
            continue
        if not str(predicate).startswith(ONTOLOGY_IRI):
            continue
        name = local_name(str(predicate))
        if name not in _RELATIONS and name not in _ATTRIBUTES:
            continue
        certainty_node = one(KG.certainty)
        certainty = local_name(str(certainty_node)) if certainty_node is not None else "asserted"
        past = bool(_python_value(one(KG.isPast)))
        if certainty != "negated" and not past:
            covered.add((subject, predicate, obj))
        document = one(PROV.wasDerivedFrom)
        if document is not None and str(document) not in documents:
            documents[str(document)] = label_of(document)
        source = one(KG.source)
        confidence = _python_value(one(KG.confidence))
        evidence = one(KG.evidence)
        data: dict[str, Any] = {
            "predicate": name,
            "certainty": certainty,
            "confidence": float(confidence) if confidence is not None else None,
            "source": label_of(source) if source is not None else None,
            "source_iri": str(source) if source is not None else None,
            **_amount(graph, one(KG.amount)),
            "date": _date_text(one(KG.date)),
            "evidence": str(evidence) if evidence is not None else None,
            "begin": _int(one(KG.beginOffset)),
            "end": _int(one(KG.endOffset)),
            "document": str(document) if document is not None else None,
            "past": past,
            "statement": str(statement),
            "rule": str(rule) if (rule := one(KG.extractionRule)) is not None else None,
        }
        if name in _RELATIONS:
            if isinstance(obj, RDFLiteral):
                continue
            data["symmetric"] = name in SYMMETRIC_RELATIONS
            g.add_edge(add_entity(subject), add_entity(obj), key=str(statement), **data)
        else:
            data |= _attribute_value(graph, obj)
            g.nodes[add_entity(subject)]["attributes"].append(data)

    # Direct triples that no statement explains (a hand-written graph, another tool's output).
    for name in (*RELATIONS, *ATTRIBUTES):
        predicate = KG[name]
        for subject, obj in sorted(graph.subject_objects(predicate), key=lambda so: str(so)):
            if (subject, predicate, obj) in covered:
                continue
            key = f"{subject.n3()} {predicate.n3()} {obj.n3()}"
            data = {
                "predicate": name,
                "certainty": "asserted",
                "confidence": None,
                "source": None,
                "source_iri": None,
                "amount": None,
                "currency": None,
                "amount_text": None,
                "date": None,
                "evidence": None,
                "begin": None,
                "end": None,
                "document": None,
                "past": False,
                "statement": key,
                "rule": None,
            }
            if name in _RELATIONS:
                if isinstance(obj, RDFLiteral):
                    continue
                data["symmetric"] = name in SYMMETRIC_RELATIONS
                g.add_edge(add_entity(subject), add_entity(obj), key=key, **data)
            else:
                data |= _attribute_value(graph, obj)
                g.nodes[add_entity(subject)]["attributes"].append(data)

    g.graph["documents"] = dict(sorted(documents.items()))
    return g


def _attribute_value(graph: Graph, obj: Node) -> dict[str, Any]:
    """An attribute's object: a date literal, or a MonetaryAmount (which may carry the date)."""
    if isinstance(obj, RDFLiteral):
        return {"value": str(obj)}
    amount = _amount(graph, obj)
    value = amount["amount_text"] or (
        f"{amount['amount']} {amount['currency']}" if amount["amount"] is not None else str(obj)
    )
    fields: dict[str, Any] = {"value": value, **amount}
    date = graph.value(obj, KG.date)
    if date is not None:
        fields["date"] = str(date)
    return fields


# --- projections --------------------------------------------------------------------------------


def _projection(g: nx.MultiDiGraph, *, directed: bool, negated: bool) -> nx.Graph:
    """A simple (Di)Graph whose edge `weight` counts the statements between two entities."""
    simple: nx.Graph = nx.DiGraph() if directed else nx.Graph()
    simple.add_nodes_from(g)
    for u, v, data in g.edges(data=True):
        if data.get("certainty") == "negated" and not negated:
            continue
        pairs = [(u, v)]
        if directed and data.get("symmetric"):
            pairs.append((v, u))
        for a, b in pairs:
            if a == b:
                continue
            if simple.has_edge(a, b):
                simple[a][b]["weight"] += 1
            else:
                simple.add_edge(a, b, weight=1)
    return simple


def _pagerank(
    digraph: nx.DiGraph, *, alpha: float = 0.85, tol: float = 1e-10, max_iter: int = 200
) -> dict[str, float]:
    """Power iteration on edge arrays (networkx's own pagerank needs scipy, which kg avoids)."""
    nodes = list(digraph)
    n = len(nodes)
    if n == 0:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    edges = [(index[u], index[v], d["weight"]) for u, v, d in digraph.edges(data=True)]
    src = np.fromiter((e[0] for e in edges), dtype=np.int64, count=len(edges))
    dst = np.fromiter((e[1] for e in edges), dtype=np.int64, count=len(edges))
    weight = np.fromiter((e[2] for e in edges), dtype=np.float64, count=len(edges))
    out = np.bincount(src, weights=weight, minlength=n)
    dangling = out == 0
    share = weight / np.where(out[src] > 0, out[src], 1.0)
    rank = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        spread = alpha * np.bincount(dst, weights=rank[src] * share, minlength=n)
        spread += (alpha * rank[dangling].sum() + 1.0 - alpha) / n
        done = np.abs(spread - rank).sum() < n * tol
        rank = spread
        if done:
            break
    return {node: float(rank[i]) for i, node in enumerate(nodes)}


def centrality(
    g: nx.MultiDiGraph,
    *,
    kind: CentralityKind = "pagerank",
    directed: bool = True,
    negated: bool = False,
    seed: int = 0,
) -> dict[str, float]:
    """Centrality of every entity: PageRank, degree or betweenness (sampled from 500 sources past
    1,000 entities, hence `seed`).

    PageRank follows the relations' direction (symmetric ones count both ways) unless
    `directed=False`, which ranks entities by how involved they are whatever the direction
    (what the page uses to size nodes). Degree and betweenness ignore direction.
    """
    if kind == "pagerank":
        return _pagerank(
            _projection(g, directed=True, negated=negated)
            if directed
            else _projection(g, directed=False, negated=negated).to_directed()
        )
    undirected = _projection(g, directed=False, negated=negated)
    if kind == "degree":
        return {node: float(value) for node, value in nx.degree_centrality(undirected).items()}
    if kind == "betweenness":
        k = 500 if len(undirected) > 1000 else None
        return dict(nx.betweenness_centrality(undirected, k=k, seed=seed))
    raise ValueError(f"unknown centrality kind {kind!r}: expected pagerank, degree or betweenness")


def communities(
    g: nx.MultiDiGraph, *, seed: int = 0, resolution: float = 1.0, negated: bool = False
) -> dict[str, int]:
    """Louvain communities of the undirected projection: entity -> number, 0 the largest."""
    undirected = _projection(g, directed=False, negated=negated)
    groups = nx.community.louvain_communities(
        undirected, weight="weight", resolution=resolution, seed=seed
    )
    ordered = sorted(groups, key=lambda group: (-len(group), min(group)))
    return {node: number for number, group in enumerate(ordered) for node in group}


def shortest_paths(
    g: nx.MultiDiGraph, source: str, target: str, *, negated: bool = False
) -> list[list[str]]:
    """Every shortest chain of relations between two entities, whatever the edges' direction.

    An empty list when they are not connected; `nx.NodeNotFound` when either is not an entity.
    """
    undirected = _projection(g, directed=False, negated=negated)
    for node in (source, target):
        if node not in undirected:
            raise nx.NodeNotFound(f"{node!r} is not an entity of the graph")
    try:
        return sorted(nx.all_shortest_paths(undirected, source, target))
    except nx.NetworkXNoPath:
        return []


def neighbourhood(g: nx.MultiDiGraph, node: str, *, hops: int = 2) -> set[str]:
    """The entities within `hops` relations of `node` (any direction, negated ones included)."""
    if node not in g:
        raise nx.NodeNotFound(f"{node!r} is not an entity of the graph")
    return set(nx.single_source_shortest_path_length(g.to_undirected(as_view=True), node, hops))


def summary(g: nx.MultiDiGraph) -> dict[str, Any]:
    """Counts by entity type, relation and certainty, the share of hedged statements, components."""
    by_certainty = Counter(d["certainty"] for _, _, d in g.edges(data=True))
    relations = g.number_of_edges()
    return {
        "entities": g.number_of_nodes(),
        "relations": relations,
        "attributes": sum(len(d.get("attributes", ())) for _, d in g.nodes(data=True)),
        "documents": len(g.graph.get("documents", {})),
        "by_type": dict(
            sorted(Counter(d["type"] or "unknown" for _, d in g.nodes(data=True)).items())
        ),
        "by_fine_type": dict(
            sorted(Counter(d["fine_type"] for _, d in g.nodes(data=True) if d["fine_type"]).items())
        ),
        "by_relation": dict(
            sorted(Counter(d["predicate"] for _, _, d in g.edges(data=True)).items())
        ),
        "by_certainty": dict(sorted(by_certainty.items())),
        "past": sum(1 for _, _, d in g.edges(data=True) if d.get("past")),
        "hedged_share": by_certainty["hedged"] / relations if relations else 0.0,
        "components": nx.number_weakly_connected_components(g) if len(g) else 0,
    }


# --- finding entities ---------------------------------------------------------------------------


def _fold(text: str) -> str:
    """Case- and accent-insensitive form: "Ministère" and "ministere" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()


def find_entities(g: nx.MultiDiGraph, query: str, *, limit: int = 10) -> list[str]:
    """Entities whose IRI, label or alias matches `query`: exact, then prefix, then substring.

    The page's search box ranks the same way.
    """
    if query in g:
        return [query]
    wanted = _fold(query)
    if not wanted:
        return []
    ranked: list[tuple[int, str, str]] = []
    for node, data in g.nodes(data=True):
        best = None
        for name in (data.get("label") or "", *data.get("aliases", ())):
            folded = _fold(name)
            if folded == wanted:
                rank = 0
            elif folded.startswith(wanted):
                rank = 1
            elif any(word.startswith(wanted) for word in folded.split()):
                rank = 2
            elif wanted in folded:
                rank = 3
            else:
                continue
            best = rank if best is None else min(best, rank)
        if best is not None:
            ranked.append((best, _fold(data.get("label") or ""), node))
    return [node for _, _, node in sorted(ranked)[:limit]]
