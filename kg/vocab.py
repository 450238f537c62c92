"""The terms of kg's ontology (`ontologies/kg.ttl`) as a typed namespace: a misspelt term
fails at once."""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DefinedNamespace
from rdflib.term import URIRef

ONTOLOGY_IRI = "https://w3id.org/kg-fr/ontology#"
DEFAULT_BASE_IRI = "https://w3id.org/kg-fr/id/"
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")


class KG(DefinedNamespace):
    """kg ontology: entity classes, relations and attributes of the spec, statement qualifiers."""

    _fail = True
    _NS = Namespace(ONTOLOGY_IRI)

    # Entity classes (the four of the spec, then finer subclasses)
    Person: URIRef
    Organization: URIRef
    Product: URIRef
    Place: URIRef
    Company: URIRef
    Startup: URIRef
    NewsMedia: URIRef
    GovernmentAgency: URIRef
    InvestmentFirm: URIRef
    AIModel: URIRef

    # Other classes
    Document: URIRef
    MonetaryAmount: URIRef
    Certainty: URIRef

    # Certainty values
    asserted: URIRef
    hedged: URIRef
    negated: URIRef

    # Relations between entities (spec vocabulary)
    investsIn: URIRef
    acquired: URIRef
    partnersWith: URIRef
    foundedBy: URIRef
    hasCEO: URIRef
    worksFor: URIRef
    hasClient: URIRef
    develops: URIRef
    basedOn: URIRef
    contractWith: URIRef
    competitorOf: URIRef
    subsidiaryOf: URIRef
    locatedIn: URIRef

    # Attributes (entity -> literal or MonetaryAmount)
    foundingDate: URIRef
    valuation: URIRef
    revenue: URIRef

    # Statement qualifiers
    certainty: URIRef
    confidence: URIRef
    source: URIRef
    amount: URIRef
    date: URIRef
    evidence: URIRef
    beginOffset: URIRef
    endOffset: URIRef
    extractionRule: URIRef
    isPast: URIRef

    # Monetary amounts
    value: URIRef
    currency: URIRef
    amountText: URIRef
    isLowerBound: URIRef
    isUpperBound: URIRef
    isApproximate: URIRef

    # Entities and documents
    mentionedIn: URIRef
    sha256: URIRef
    charCount: URIRef


RELATIONS: tuple[str, ...] = (
    "investsIn",
    "acquired",
    "partnersWith",
    "foundedBy",
    "hasCEO",
    "worksFor",
    "hasClient",
    "develops",
    "basedOn",
    "contractWith",
    "competitorOf",
    "subsidiaryOf",
    "locatedIn",
)
SYMMETRIC_RELATIONS: frozenset[str] = frozenset({"partnersWith", "contractWith", "competitorOf"})
ATTRIBUTES: tuple[str, ...] = ("foundingDate", "valuation", "revenue")
MONETARY_ATTRIBUTES: frozenset[str] = frozenset({"valuation", "revenue"})
COARSE_CLASSES: tuple[str, ...] = ("Person", "Organization", "Product", "Place")
# Finer class -> its coarse class (mirrors rdfs:subClassOf in ontologies/kg.ttl).
FINE_CLASSES: dict[str, str] = {
    "Company": "Organization",
    "Startup": "Organization",
    "NewsMedia": "Organization",
    "GovernmentAgency": "Organization",
    "InvestmentFirm": "Organization",
    "AIModel": "Product",
}

# Class -> its direct superclass in kg's vocabulary (rdfs:subClassOf in ontologies/kg.ttl).
PARENT_CLASS: dict[str, str] = {
    "Company": "Organization",
    "Startup": "Company",
    "NewsMedia": "Organization",
    "GovernmentAgency": "Organization",
    "InvestmentFirm": "Organization",
    "AIModel": "Product",
}


def superclasses(name: str) -> tuple[str, ...]:
    """kg's classes above `name`: Startup -> (Company, Organization)."""
    found = []
    while name in PARENT_CLASS:
        name = PARENT_CLASS[name]
        found.append(name)
    return tuple(found)


# Relation -> (allowed subject classes, allowed object classes), coarse. Mirrors the
# rdfs:domain / rdfs:range of ontologies/kg.ttl (a test keeps the two in step).
_ORG, _PER, _PROD, _PLACE = "Organization", "Person", "Product", "Place"
SIGNATURES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "investsIn": (frozenset({_ORG, _PER}), frozenset({_ORG})),
    "acquired": (frozenset({_ORG, _PER}), frozenset({_ORG})),
    "partnersWith": (frozenset({_ORG}), frozenset({_ORG})),
    "foundedBy": (frozenset({_ORG}), frozenset({_PER, _ORG})),
    "hasCEO": (frozenset({_ORG}), frozenset({_PER})),
    "worksFor": (frozenset({_PER}), frozenset({_ORG})),
    "hasClient": (frozenset({_ORG}), frozenset({_ORG, _PER})),
    "develops": (frozenset({_ORG, _PER}), frozenset({_PROD})),
    "basedOn": (frozenset({_PROD}), frozenset({_PROD})),
    "contractWith": (frozenset({_ORG}), frozenset({_ORG})),
    "competitorOf": (frozenset({_ORG, _PROD}), frozenset({_ORG, _PROD})),
    "subsidiaryOf": (frozenset({_ORG}), frozenset({_ORG})),
    "locatedIn": (frozenset({_ORG}), frozenset({_PLACE})),
}
