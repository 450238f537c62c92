"""The terms of kg's ontology (`ontologies/kg.ttl`), read from it once: the namespace, the
entity classes, the relations with their domain and range, the attributes.

The ontology is the one place where the vocabulary is stated. A new relation is one block of
`kg.ttl` (an owl:ObjectProperty whose domain and range are entity classes); the namespace,
the extraction's label set, the SHACL shapes of kg.validate and the views follow from it.
`KG` is a typed namespace (`_fail = True`): a misspelt term fails at once.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from rdflib import Graph, Namespace
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, DefinedNamespace
from rdflib.term import Node, URIRef

__all__ = [
    "ATTRIBUTES",
    "COARSE_CLASSES",
    "DEFAULT_BASE_IRI",
    "FINE_CLASSES",
    "KG",
    "MONETARY_ATTRIBUTES",
    "ONTOLOGY_IRI",
    "PARENT_CLASS",
    "RELATIONS",
    "SCHEMA",
    "SIGNATURES",
    "SYMMETRIC_RELATIONS",
    "WD",
    "WDT",
    "ontology_path",
    "superclasses",
]

ONTOLOGY_IRI = "https://w3id.org/kg-fr/ontology#"
DEFAULT_BASE_IRI = "https://w3id.org/kg-fr/id/"
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")

_PACKAGE = Path(__file__).resolve().parent


def ontology_path() -> Path:
    """`ontologies/kg.ttl`: inside the wheel (kg/_data) or at the top of a checkout."""
    bundled = _PACKAGE / "_data" / "ontologies" / "kg.ttl"
    return bundled if bundled.is_file() else _PACKAGE.parent / "ontologies" / "kg.ttl"


@cache
def _ontology() -> tuple[Graph, tuple[str, ...]]:
    """The ontology graph and its kg: terms in the order the file states them."""
    path = ontology_path()
    text = path.read_text(encoding="utf-8")
    order = tuple(dict.fromkeys(re.findall(r"^kg:(\w+)", text, flags=re.MULTILINE)))
    return Graph().parse(data=text, format="turtle"), order


def _local(node: Node) -> str:
    return str(node).removeprefix(ONTOLOGY_IRI)


def _members(graph: Graph, node: Node) -> frozenset[str]:
    """A class, or the members of an owl:unionOf class, as local names."""
    union = graph.value(node, OWL.unionOf)
    return frozenset(_local(m) for m in (Collection(graph, union) if union else [node]))


def _read() -> dict:
    graph, order = _ontology()
    kg = Namespace(ONTOLOGY_IRI)
    disjoint = graph.value(predicate=RDF.type, object=OWL.AllDisjointClasses)
    coarse = tuple(_local(c) for c in Collection(graph, graph.value(disjoint, OWL.members)))
    fine = {}
    parents = {}
    for name in order:
        for parent in graph.objects(kg[name], RDFS.subClassOf):
            if str(parent).startswith(ONTOLOGY_IRI):
                parents[name] = _local(parent)
    for name in order:
        if (kg[name], RDF.type, OWL.Class) in graph and name not in coarse:
            ancestors = {_local(a) for a in graph.transitive_objects(kg[name], RDFS.subClassOf)}
            reached = [c for c in coarse if c in ancestors]
            if reached:
                fine[name] = reached[0]
    entity_classes = set(coarse) | set(fine)
    signatures: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    attributes, monetary = [], set()
    for name in order:
        domain, range_ = graph.value(kg[name], RDFS.domain), graph.value(kg[name], RDFS.range)
        if domain is None or range_ is None:
            continue
        subjects = _members(graph, domain)
        if not subjects <= entity_classes:
            continue  # a statement qualifier or an amount's part
        objects = _members(graph, range_)
        if (kg[name], RDF.type, OWL.ObjectProperty) in graph and objects <= entity_classes:
            signatures[name] = (subjects, objects)
        elif (kg[name], RDF.type, OWL.DatatypeProperty) in graph or objects == {"MonetaryAmount"}:
            attributes.append(name)  # a literal, or an amount node
            if objects == {"MonetaryAmount"}:
                monetary.add(name)
    return {
        "terms": order,
        "parents": parents,
        "coarse": coarse,
        "fine": fine,
        "signatures": signatures,
        "symmetric": frozenset(
            r for r in signatures if (kg[r], RDF.type, OWL.SymmetricProperty) in graph
        ),
        "attributes": tuple(attributes),
        "monetary": frozenset(monetary),
    }


_VOCABULARY = _read()

COARSE_CLASSES: tuple[str, ...] = _VOCABULARY["coarse"]  # Person, Organization, Product, Place
FINE_CLASSES: dict[str, str] = _VOCABULARY["fine"]  # finer class -> its coarse class
PARENT_CLASS: dict[str, str] = _VOCABULARY["parents"]  # class -> its direct kg: superclass
# relation -> (allowed subject classes, allowed object classes): rdfs:domain / rdfs:range
SIGNATURES: dict[str, tuple[frozenset[str], frozenset[str]]] = _VOCABULARY["signatures"]
RELATIONS: tuple[str, ...] = tuple(SIGNATURES)
SYMMETRIC_RELATIONS: frozenset[str] = _VOCABULARY["symmetric"]
ATTRIBUTES: tuple[str, ...] = _VOCABULARY["attributes"]
MONETARY_ATTRIBUTES: frozenset[str] = _VOCABULARY["monetary"]


def superclasses(name: str) -> tuple[str, ...]:
    """kg's classes above `name`: Startup -> (Company, Organization)."""
    found = []
    while name in PARENT_CLASS:
        name = PARENT_CLASS[name]
        found.append(name)
    return tuple(found)


KG = type(
    "KG",
    (DefinedNamespace,),
    {
        "__doc__": "kg ontology: entity classes, relations, attributes, statement qualifiers.",
        "__annotations__": {term: URIRef for term in _VOCABULARY["terms"]},
        "_fail": True,
        "_NS": Namespace(ONTOLOGY_IRI),
    },
)
