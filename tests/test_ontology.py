"""ontologies/kg.ttl parses, declares exactly kg.vocab's terms and agrees with vocab.SIGNATURES."""

from __future__ import annotations

import pytest
from rdflib import RDF, RDFS, Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS
from rdflib.term import Node

from kg.config import Settings
from kg.vocab import (
    ATTRIBUTES,
    COARSE_CLASSES,
    FINE_CLASSES,
    KG,
    MONETARY_ATTRIBUTES,
    ONTOLOGY_IRI,
    RELATIONS,
    SCHEMA,
    SIGNATURES,
    SYMMETRIC_RELATIONS,
    WD,
    WDT,
)

ONTOLOGY = URIRef("https://w3id.org/kg-fr/ontology")
KG_NS = Namespace(ONTOLOGY_IRI)
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # rdflib's XSD warns when pytest inspects it
VOCAB_TERMS = frozenset(KG.__annotations__)
DECLARATION_TYPES = frozenset(
    {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual}
)
QUALIFIERS = (
    "certainty", "confidence", "source", "amount", "evidence",
    "beginOffset", "endOffset", "extractionRule", "isPast",
)  # fmt: skip


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(Settings().ontology_path, format="turtle")


def _local(node: Node) -> str:
    return str(node).removeprefix(ONTOLOGY_IRI)


def _kg_nodes(ontology: Graph) -> set[str]:
    """Local names of every kg: IRI the ontology mentions, in any position."""
    return {
        _local(node)
        for triple in ontology
        for node in triple
        if isinstance(node, URIRef) and str(node).startswith(ONTOLOGY_IRI)
    }


def _class_members(ontology: Graph, node: Node) -> frozenset[Node]:
    """A class, or the members of an owl:unionOf class."""
    union = ontology.value(node, OWL.unionOf)
    return frozenset(Collection(ontology, union) if union is not None else [node])


def _class_names(ontology: Graph, node: Node) -> frozenset[str]:
    return frozenset(_local(member) for member in _class_members(ontology, node))


def test_ontology_header(ontology: Graph) -> None:
    assert (ONTOLOGY, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ONTOLOGY, OWL.versionInfo) is not None
    assert {t.language for t in ontology.objects(ONTOLOGY, DCTERMS.title)} >= {"en", "fr"}
    assert ontology.value(ONTOLOGY, DCTERMS.description) is not None


def test_every_vocab_term_is_declared(ontology: Graph) -> None:
    declared = {
        _local(s)
        for s, t in ontology.subject_objects(RDF.type)
        if t in DECLARATION_TYPES and str(s).startswith(ONTOLOGY_IRI)
    }
    assert VOCAB_TERMS - declared == set()


def test_every_ontology_term_is_in_vocab(ontology: Graph) -> None:
    assert _kg_nodes(ontology) - VOCAB_TERMS == set()


@pytest.mark.parametrize("term", sorted(VOCAB_TERMS))
def test_term_has_french_and_english_labels_and_a_comment(ontology: Graph, term: str) -> None:
    iri = KG_NS[term]
    languages = [label.language for label in ontology.objects(iri, RDFS.label)]
    assert sorted(languages) == ["en", "fr"]
    assert ontology.value(iri, RDFS.comment) is not None


@pytest.mark.parametrize("relation", RELATIONS)
def test_relation_signature_agrees_with_vocab(ontology: Graph, relation: str) -> None:
    iri = KG_NS[relation]
    assert (iri, RDF.type, OWL.ObjectProperty) in ontology
    domains = list(ontology.objects(iri, RDFS.domain))
    ranges = list(ontology.objects(iri, RDFS.range))
    assert len(domains) == 1 and len(ranges) == 1
    assert (_class_names(ontology, domains[0]), _class_names(ontology, ranges[0])) == SIGNATURES[
        relation
    ]


def test_signatures_cover_every_relation() -> None:
    assert set(SIGNATURES) == set(RELATIONS)


@pytest.mark.parametrize("relation", RELATIONS)
def test_symmetric_relations_are_owl_symmetric(ontology: Graph, relation: str) -> None:
    symmetric = (KG_NS[relation], RDF.type, OWL.SymmetricProperty) in ontology
    assert symmetric == (relation in SYMMETRIC_RELATIONS)


@pytest.mark.parametrize("relation", sorted(SYMMETRIC_RELATIONS))
def test_symmetric_relations_have_equal_domain_and_range(ontology: Graph, relation: str) -> None:
    subjects, objects = SIGNATURES[relation]
    assert subjects == objects


@pytest.mark.parametrize(("fine", "coarse"), sorted(FINE_CLASSES.items()))
def test_fine_classes_are_subclasses_of_their_coarse_class(
    ontology: Graph, fine: str, coarse: str
) -> None:
    ancestors = set(ontology.transitive_objects(KG_NS[fine], RDFS.subClassOf))
    assert KG_NS[coarse] in ancestors
    assert not set(COARSE_CLASSES) - {coarse} & {_local(a) for a in ancestors}


def test_startup_is_a_company(ontology: Graph) -> None:
    assert (KG.Startup, RDFS.subClassOf, KG.Company) in ontology


def test_coarse_classes_are_disjoint(ontology: Graph) -> None:
    axiom = ontology.value(predicate=RDF.type, object=OWL.AllDisjointClasses)
    members = Collection(ontology, ontology.value(axiom, OWL.members))
    assert {_local(m) for m in members} == set(COARSE_CLASSES)


def test_certainty_is_an_enumeration(ontology: Graph) -> None:
    values = Collection(ontology, ontology.value(KG.Certainty, OWL.oneOf))
    assert set(values) == {KG.asserted, KG.hedged, KG.negated}
    for value in values:
        assert (value, RDF.type, KG.Certainty) in ontology


@pytest.mark.parametrize(
    ("term", "superclass"),
    [
        (KG.Document, PROV.Entity),
        (KG.MonetaryAmount, SCHEMA.MonetaryAmount),
        (KG.Person, SCHEMA.Person),
        (KG.Organization, SCHEMA.Organization),
        (KG.Product, SCHEMA.Product),
        (KG.Place, SCHEMA.Place),
    ],
)
def test_class_alignment_to_schema_and_prov(
    ontology: Graph, term: URIRef, superclass: URIRef
) -> None:
    assert (term, RDFS.subClassOf, superclass) in ontology


@pytest.mark.parametrize(
    ("term", "predicate", "target"),
    [
        (KG.Person, SKOS.closeMatch, WD.Q5),
        (KG.Organization, SKOS.closeMatch, WD.Q43229),
        (KG.Product, SKOS.closeMatch, WD.Q2424752),
        (KG.Place, SKOS.closeMatch, WD.Q17334923),
        # schema:founder goes organization -> founder, like foundedBy
        (KG.foundedBy, RDFS.subPropertyOf, SCHEMA.founder),
        (KG.foundedBy, SKOS.closeMatch, WDT.P112),
        (KG.hasCEO, SKOS.closeMatch, WDT.P169),
        (KG.worksFor, RDFS.subPropertyOf, SCHEMA.worksFor),
        (KG.worksFor, SKOS.closeMatch, WDT.P108),
        # schema:subOrganization goes parent -> subsidiary, the other way round
        (KG.subsidiaryOf, OWL.inverseOf, SCHEMA.subOrganization),
        (KG.subsidiaryOf, RDFS.subPropertyOf, SCHEMA.parentOrganization),
        (KG.subsidiaryOf, SKOS.closeMatch, WDT.P749),
        (KG.locatedIn, RDFS.subPropertyOf, SCHEMA.location),
        (KG.locatedIn, SKOS.closeMatch, WDT.P159),
        (KG.develops, SKOS.closeMatch, WDT.P178),
        (KG.acquired, SKOS.relatedMatch, WDT.P127),
        (KG.basedOn, SKOS.closeMatch, WDT.P144),
        (KG.foundingDate, SKOS.closeMatch, WDT.P571),
        (KG.revenue, SKOS.closeMatch, WDT.P2139),
    ],
)
def test_alignments(ontology: Graph, term: URIRef, predicate: URIRef, target: URIRef) -> None:
    assert (term, predicate, target) in ontology


def test_inverse_alignments_say_so_in_their_comment(ontology: Graph) -> None:
    for term in (KG.develops, KG.acquired):
        assert "inverse" in str(ontology.value(term, RDFS.comment))


@pytest.mark.parametrize("attribute", ATTRIBUTES)
def test_attributes(ontology: Graph, attribute: str) -> None:
    iri = KG_NS[attribute]
    assert ontology.value(iri, RDFS.domain) == KG.Organization
    if attribute in MONETARY_ATTRIBUTES:
        assert (iri, RDF.type, OWL.ObjectProperty) in ontology
        assert ontology.value(iri, RDFS.range) == KG.MonetaryAmount
    else:
        assert (iri, RDF.type, OWL.DatatypeProperty) in ontology


@pytest.mark.parametrize("qualifier", QUALIFIERS)
def test_qualifiers_are_about_statements(ontology: Graph, qualifier: str) -> None:
    assert ontology.value(KG_NS[qualifier], RDFS.domain) == RDF.Statement


def test_date_is_on_statements_and_amounts(ontology: Graph) -> None:
    # graph.py dates both a statement and the MonetaryAmount of a valuation or revenue
    domain = ontology.value(KG.date, RDFS.domain)
    assert _class_members(ontology, domain) == {RDF.Statement, KG.MonetaryAmount}


@pytest.mark.parametrize(
    ("term", "range_"),
    [
        (KG.certainty, KG.Certainty),
        (KG.confidence, XSD.decimal),
        (KG.source, KG.Organization),
        (KG.amount, KG.MonetaryAmount),
        (KG.evidence, XSD.string),
        (KG.beginOffset, XSD.nonNegativeInteger),
        (KG.endOffset, XSD.nonNegativeInteger),
        (KG.isPast, XSD.boolean),
        (KG.value, XSD.decimal),
        (KG.currency, XSD.string),
        (KG.mentionedIn, KG.Document),
        (KG.charCount, XSD.nonNegativeInteger),
    ],
)
def test_ranges(ontology: Graph, term: URIRef, range_: URIRef) -> None:
    assert ontology.value(term, RDFS.range) == range_
