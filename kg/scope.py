"""A graph of several articles cut down to what one of them says (through its provenance).

    >>> part = document_graph(graph, find_document(graph, "meta-scale-ai.fr.txt"))

kg records where everything comes from: each statement is `prov:wasDerivedFrom` its document
and each entity `kg:mentionedIn` the documents that name it. The part of one document holds its
statements (with their amounts), the direct triples they stand for, the entities it mentions or
its statements join (with their types, labels and aliases) and the class hierarchy; what the
other documents say about the same entities is left out. `kg eval` scores each gold file against
the part of its document, so a document is judged on what was extracted from it.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import PROV, SKOS
from rdflib.term import Node

from .read import document_id
from .vocab import KG

__all__ = ["document_graph", "documents", "find_document"]


def documents(graph: Graph) -> dict[Node, str]:
    """Each document of the graph (`kg:Document`, or the object of a `prov:wasDerivedFrom`) and
    its label (the file name), sorted by label."""
    found = set(graph.subjects(RDF.type, KG.Document)) | set(
        graph.objects(None, PROV.wasDerivedFrom)
    )
    labels = {d: str(graph.value(d, RDFS.label) or str(d).rsplit("/", 1)[-1]) for d in found}
    return dict(sorted(labels.items(), key=lambda item: (item[1], str(item[0]))))


def find_document(graph: Graph, name: str) -> Node | None:
    """The document whose label (file name) is `name`, else whose IRI ends with its id
    (`meta-scale-ai.fr.txt` -> `.../document/meta-scale-ai`)."""
    found = documents(graph)
    for node, label in found.items():
        if label == name:
            return node
    wanted = document_id(Path(name))
    for node in found:
        if str(node).rsplit("/", 1)[-1] == wanted:
            return node
    return None


def document_graph(graph: Graph, document: Node) -> Graph:
    """The statements derived from `document`, their direct triples and amounts, the entities it
    names or its statements join, and the class hierarchy (see the module's docstring)."""
    part = Graph()
    for prefix, namespace in graph.namespaces():
        part.bind(prefix, namespace, override=True)

    def copy(node: Node) -> None:
        for triple in graph.triples((node, None, None)):
            part.add(triple)

    entities = set(graph.subjects(KG.mentionedIn, document))
    for statement in set(graph.subjects(PROV.wasDerivedFrom, document)):
        if (statement, RDF.type, RDF.Statement) not in graph:
            continue
        copy(statement)
        for amount in graph.objects(statement, KG.amount):
            copy(amount)
        subject = graph.value(statement, RDF.subject)
        predicate = graph.value(statement, RDF.predicate)
        obj = graph.value(statement, RDF.object)
        if subject is None or predicate is None or obj is None:
            continue
        entities.add(subject)
        if (subject, predicate, obj) in graph:
            part.add((subject, predicate, obj))
            if isinstance(obj, URIRef) and (obj, RDF.type, KG.MonetaryAmount) in graph:
                copy(obj)  # an attribute's value
        if not isinstance(obj, Literal) and (obj, RDF.type, KG.MonetaryAmount) not in graph:
            entities.add(obj)
    for entity in entities:
        for predicate in (RDF.type, RDFS.label, SKOS.altLabel):
            for value in graph.objects(entity, predicate):
                part.add((entity, predicate, value))
    for triple in graph.triples((None, RDFS.subClassOf, None)):
        part.add(triple)
    copy(document)
    return part
