"""Resolved statements -> an rdflib Graph: direct triples for SPARQL, reified statements with
their evidence for provenance.

Every relation and attribute becomes an `rdf:Statement` carrying its evidence (sentence, character
offsets, document), certainty, confidence, source, amount and date. Asserted and hedged statements
are also written as the direct triple; negated and past ones are not, so plain SPARQL over direct
triples only sees what the text presents as currently true (or reported as likely).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from .config import Settings
from .read import clean_name
from .types import Amount, Certainty, Document, Entity, Resolution, Statement, When
from .vocab import KG, ONTOLOGY_IRI, SCHEMA

__all__ = ["PREFIXES", "build_graph", "date_literal", "entity_iri", "new_graph", "statement_iri"]

PREFIXES: dict[str, str] = {
    "kg": ONTOLOGY_IRI,
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "owl": str(OWL),
    "skos": str(SKOS),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "schema": str(SCHEMA),
}


def new_graph(base_iri: str) -> Graph:
    """An empty graph with kg's readable prefixes bound (`:` is the entity namespace)."""
    graph = Graph(bind_namespaces="none")
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, Namespace(iri))
    graph.bind("", Namespace(base_iri))
    graph.bind("doc", Namespace(base_iri + "document/"))
    graph.bind("stmt", Namespace(base_iri + "statement/"))
    graph.bind("amount", Namespace(base_iri + "amount/"))
    return graph


def entity_iri(base_iri: str, key: str) -> URIRef:
    return URIRef(base_iri + key)


def document_iri(base_iri: str, document: Document) -> URIRef:
    """`doc:KEY`: named by a hash of the text, not by the file name (see `Document.key`)."""
    return URIRef(base_iri + "document/" + document.key)


def date_literal(when: When) -> Literal:
    """ISO year, year-month or date as the matching XSD type; relative dates stay plain text."""
    value = when.value
    if value is None:
        return Literal(when.text)
    datatype = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}.get(len(value))
    return Literal(value, datatype=datatype) if datatype else Literal(value)


_ISO_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?")


def publication_date(value: str) -> Literal:
    """A document's date: xsd:gYear, gYearMonth, date or dateTime when it is ISO 8601
    ("2024", "2024-03", "2024-03-05", "2024-03-05T08:30:00Z"), a plain string otherwise."""
    if _ISO_DATE_TIME.fullmatch(value):
        return Literal(value, datatype=XSD.dateTime)
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        return date_literal(When(value, value))
    return Literal(value)


def _digest(*parts: object) -> str:
    return hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def _add_amount(graph: Graph, base_iri: str, amount: Amount, *salt: object) -> URIRef:
    node = URIRef(base_iri + "amount/" + _digest(amount.value, amount.currency, *salt))
    graph.add((node, RDF.type, KG.MonetaryAmount))
    graph.add((node, KG.value, Literal(Decimal(amount.value), datatype=XSD.decimal)))
    graph.add((node, KG.currency, Literal(amount.currency)))
    graph.add((node, KG.amountText, Literal(amount.text)))
    for flag, term in (
        (amount.lower_bound, KG.isLowerBound),
        (amount.upper_bound, KG.isUpperBound),
        (amount.approximate, KG.isApproximate),
    ):
        if flag:
            graph.add((node, term, Literal(True)))
    return node


def _add_document(graph: Graph, base_iri: str, document: Document) -> URIRef:
    node = document_iri(base_iri, document)
    graph.add((node, RDF.type, KG.Document))
    graph.add((node, RDF.type, PROV.Entity))
    graph.add((node, RDFS.label, Literal(document.name)))
    graph.add((node, DCTERMS.identifier, Literal(document.id)))
    if document.path is not None:
        graph.add((node, DCTERMS.source, URIRef(Path(document.path).as_uri())))
    graph.add((node, KG.sha256, Literal(document.sha256)))
    graph.add((node, KG.charCount, Literal(len(document.text), datatype=XSD.nonNegativeInteger)))
    graph.add((node, DCTERMS.language, Literal("fr")))
    if document.date is not None:
        graph.add((node, DCTERMS.date, publication_date(document.date)))
    if document.source is not None:
        graph.add((node, DCTERMS.publisher, Literal(document.source)))
    if document.url is not None:
        graph.add((node, SCHEMA.url, URIRef(document.url)))
    return node


def _add_entity(graph: Graph, base_iri: str, entity: Entity, doc_node: URIRef) -> None:
    node = entity_iri(base_iri, entity.key)
    graph.add((node, RDF.type, KG[entity.fine_type or entity.type.value]))
    label = clean_name(entity.label)  # "Meta  Platforms" (an invisible character was there)
    graph.add((node, RDFS.label, Literal(label)))
    for alias in sorted({clean_name(a) for a in entity.aliases} - {label, ""}):
        graph.add((node, SKOS.altLabel, Literal(alias)))
    graph.add((node, KG.mentionedIn, doc_node))


def _statement_salt(statement: Statement, document_key: str) -> tuple[object, ...]:
    evidence = statement.evidence
    return (
        document_key or evidence.document,
        statement.subject,
        statement.predicate,
        statement.object,
        evidence.start,
        evidence.end,
        statement.certainty,
    )


def statement_iri(base_iri: str, statement: Statement, document_key: str = "") -> URIRef:
    """The IRI of a statement's rdf:Statement node: stable across runs for the same evidence in
    the same document (`Document.key`)."""
    return URIRef(base_iri + "statement/" + _digest(*_statement_salt(statement, document_key)))


def _add_statement(
    graph: Graph, base_iri: str, statement: Statement, doc_node: URIRef, document_key: str
) -> None:
    subject = entity_iri(base_iri, statement.subject)
    predicate = KG[statement.predicate]
    evidence = statement.evidence
    salt = _statement_salt(statement, document_key)
    node = statement_iri(base_iri, statement, document_key)
    if isinstance(statement.object, str):
        obj: URIRef | Literal = entity_iri(base_iri, statement.object)
    elif isinstance(statement.object, Amount):
        obj = _add_amount(graph, base_iri, statement.object, *salt)
        if statement.date is not None:
            graph.add((obj, KG.date, date_literal(statement.date)))
    else:
        obj = date_literal(statement.object)

    graph.add((node, RDF.type, RDF.Statement))
    graph.add((node, RDF.subject, subject))
    graph.add((node, RDF.predicate, predicate))
    graph.add((node, RDF.object, obj))
    graph.add((node, KG.certainty, KG[statement.certainty.value]))
    graph.add((node, KG.confidence, Literal(Decimal(f"{statement.confidence:.2f}"))))
    graph.add((node, KG.evidence, Literal(evidence.sentence)))
    graph.add((node, KG.beginOffset, Literal(evidence.start, datatype=XSD.nonNegativeInteger)))
    graph.add((node, KG.endOffset, Literal(evidence.end, datatype=XSD.nonNegativeInteger)))
    graph.add((node, PROV.wasDerivedFrom, doc_node))
    graph.add((node, KG.extractionRule, Literal(statement.rule)))
    if statement.source is not None:
        graph.add((node, KG.source, entity_iri(base_iri, statement.source)))
    if statement.amount is not None:
        graph.add((node, KG.amount, _add_amount(graph, base_iri, statement.amount, *salt)))
    if statement.date is not None:
        graph.add((node, KG.date, date_literal(statement.date)))
    if statement.past:
        graph.add((node, KG.isPast, Literal(True)))
    if statement.certainty is not Certainty.NEGATED and not statement.past:
        graph.add((subject, predicate, obj))


def build_graph(resolutions: Iterable[Resolution], settings: Settings | None = None) -> Graph:
    """The RDF graph of one or more resolved documents."""
    settings = settings or Settings()
    base = settings.base_iri
    graph = new_graph(base)
    for resolution in resolutions:
        doc_node = _add_document(graph, base, resolution.document)
        for entity in resolution.entities:
            _add_entity(graph, base, entity, doc_node)
        for statement in resolution.statements:
            _add_statement(graph, base, statement, doc_node, resolution.document.key)
    return graph
