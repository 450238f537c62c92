"""kg.validate and ontologies/shapes.ttl: kg's graphs conform, and each shape catches its error."""

from __future__ import annotations

import dataclasses
import hashlib
import shutil
from collections.abc import Callable, Iterable
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import PROV, SH, SKOS

from kg.config import Settings
from kg.errors import GraphError
from kg.graph import build_graph, entity_iri
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
from kg.validate import ValidationReport, Violation, shapes_graph, validate
from kg.vocab import (
    DEFAULT_BASE_IRI,
    FINE_CLASSES,
    KG,
    ONTOLOGY_IRI,
    RELATIONS,
    SCHEMA,
    SIGNATURES,
)


def _tiered(cases: list[tuple], fast: int, ids: list[str] | None = None) -> list:
    """The cases, all but the first `fast` in the slow tier: each validates a graph with
    pyshacl (about a quarter of a second), and the fast tier keeps one of each kind."""
    return [
        pytest.param(*case, id=None if ids is None else ids[k], marks=() if k < fast else SLOW)
        for k, case in enumerate(cases)
    ]


SLOW = pytest.mark.slow

KGSH = Namespace("https://w3id.org/kg-fr/shapes#")
KG_NS = Namespace(ONTOLOGY_IRI)
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # rdflib's XSD warns when pytest inspects it
BASE = DEFAULT_BASE_IRI

SENTENCES = (
    "Meta Platforms serait sur le point d'investir plus de 10 milliards de dollars dans Scale AI, "
    "selon Bloomberg.",
    "Scale AI a été fondée en 2016 par Alexandr Wang.",
    "La start-up était valorisée à 14 milliards de dollars en 2024.",
    "Meta travaille en partenariat avec Anduril Industries.",
    "Meta a développé Llama, son modèle de langage.",
    "Contrairement à une rumeur, Meta n'a pas racheté Microsoft.",
)
TEXT = "\n".join(SENTENCES)
DOCUMENT = Document(
    id="meta-scale-ai",
    name="meta-scale-ai.fr.txt",
    text=TEXT,
    sha256=hashlib.sha256(TEXT.encode("utf-8")).hexdigest(),
)
ENTITIES = (
    Entity("meta-platforms", "Meta Platforms Inc.", EntityType.ORGANIZATION, "Company", ("Meta",)),
    Entity("scale-ai", "Scale AI", EntityType.ORGANIZATION, "Startup", ("Scale",)),
    Entity("bloomberg", "Bloomberg", EntityType.ORGANIZATION, "NewsMedia"),
    Entity("alexandr-wang", "Alexandr Wang", EntityType.PERSON),
    Entity("llama", "Llama", EntityType.PRODUCT, "AIModel"),
    Entity("anduril-industries", "Anduril Industries", EntityType.ORGANIZATION),
    Entity("microsoft", "Microsoft", EntityType.ORGANIZATION),
)

# A class per local name, to type the two ends of a relation in the tests below.
CLASS_TYPES: dict[str, tuple[EntityType, str | None]] = {
    **{t.value: (t, None) for t in EntityType},
    **{fine: (EntityType(coarse), fine) for fine, coarse in FINE_CLASSES.items()},
}
# The finest class used to exercise rdfs:subClassOf reasoning for each coarse class.
FINE_EXAMPLE = {
    "Organization": "Startup",
    "Product": "AIModel",
    "Person": "Person",
    "Place": "Place",
}


def _evidence(index: int) -> Evidence:
    sentence = SENTENCES[index]
    start = TEXT.index(sentence)
    return Evidence(DOCUMENT.id, sentence, start, start + len(sentence))


SAMPLE_STATEMENTS = (
    Statement(
        "investsIn", "meta-platforms", "scale-ai", _evidence(0), "investsIn.verb",
        Certainty.HEDGED, 0.8, source="bloomberg",
        amount=Amount(Decimal(10_000_000_000), "USD", "plus de 10 milliards de dollars",
                      lower_bound=True),
    ),
    Statement("foundedBy", "scale-ai", "alexandr-wang", _evidence(1), "foundedBy.passive"),
    Statement("foundingDate", "scale-ai", When("2016", "2016"), _evidence(1), "foundingDate.pp"),
    Statement(
        "valuation", "scale-ai", Amount(Decimal(14_000_000_000), "USD", "14 milliards de dollars"),
        _evidence(2), "valuation.verb", date=When("2024", "2024"),
    ),
    Statement("partnersWith", "meta-platforms", "anduril-industries", _evidence(3), "partners"),
    Statement("develops", "meta-platforms", "llama", _evidence(4), "develops.verb"),
    Statement(
        "acquired", "meta-platforms", "microsoft", _evidence(5), "acquired.verb", Certainty.NEGATED
    ),
)  # fmt: skip


def _graph(
    entities: Iterable[Entity] = ENTITIES, statements: Iterable[Statement] = SAMPLE_STATEMENTS
) -> Graph:
    return build_graph([Resolution(DOCUMENT, tuple(entities), tuple(statements))])


def _iri(key: str) -> URIRef:
    return entity_iri(BASE, key)


def _statement(graph: Graph, predicate: str) -> URIRef:
    """The (single) statement node of `predicate` in `graph`."""
    nodes = list(graph.subjects(RDF.predicate, KG_NS[predicate]))
    assert len(nodes) == 1
    return nodes[0]


def _amount(graph: Graph) -> URIRef:
    return graph.value(_statement(graph, "investsIn"), KG.amount)


def _shapes(report: ValidationReport) -> set[str]:
    return {str(v.shape).removeprefix(str(KGSH)) for v in report.violations}


def _set(graph: Graph, node: URIRef, predicate: URIRef, value: object) -> None:
    graph.set((node, predicate, value if isinstance(value, URIRef | Literal) else Literal(value)))


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return shapes_graph()


# --- the graphs kg writes conform ----------------------------------------------------------------


def test_sample_graph_conforms() -> None:
    report = validate(_graph())
    assert report.conforms, report.text
    assert report.violations == ()


def test_validation_leaves_the_graph_untouched() -> None:
    graph = _graph()
    before = set(graph)
    validate(graph)
    assert set(graph) == before


def test_past_statement_conforms() -> None:
    past = dataclasses.replace(SAMPLE_STATEMENTS[1], past=True)
    report = validate(_graph(statements=[past]))
    assert report.conforms, report.text


# --- relation shapes, one per relation ------------------------------------------------------------


def _relation_graph(
    predicate: str, subject: str, object_: str, certainty: Certainty = Certainty.ASSERTED
) -> Graph:
    """Two entities of the given classes and one statement of `predicate` between them."""
    entities = [
        Entity(key, f"Entity {key}", *CLASS_TYPES[name])
        for key, name in (("subject", subject), ("object", object_))
    ]
    statement = Statement(predicate, "subject", "object", _evidence(0), "test", certainty)
    return _graph(entities, [statement])


def _valid_relation_cases() -> list[tuple[str, str, str]]:
    cases = []
    for relation in RELATIONS:
        subjects, objects = SIGNATURES[relation]
        for subject in sorted(subjects):
            for object_ in sorted(objects):
                cases.append((relation, subject, object_))
                cases.append((relation, FINE_EXAMPLE[subject], FINE_EXAMPLE[object_]))
    return sorted(set(cases))


def _invalid_relation_cases() -> list[tuple[str, str, str, str]]:
    """(relation, subject class, object class, the end that is wrong)."""
    cases = []
    for relation in RELATIONS:
        subjects, objects = SIGNATURES[relation]
        good_subject, good_object = sorted(subjects)[0], sorted(objects)[0]
        for wrong in sorted(set(FINE_EXAMPLE) - subjects):
            cases.append((relation, wrong, good_object, "subject"))
        for wrong in sorted(set(FINE_EXAMPLE) - objects):
            cases.append((relation, good_subject, FINE_EXAMPLE[wrong], "object"))
    return cases


def _shape_name(relation: str, end: str) -> str:
    name = relation[0].upper() + relation[1:]
    return f"{name}ObjectShape" if end == "object" else f"{name}Shape"


@pytest.mark.slow  # every relation x every allowed class; test_relation_examples is the fast one
@pytest.mark.parametrize(("relation", "subject", "object_"), _valid_relation_cases())
def test_relation_between_allowed_classes_conforms(
    relation: str, subject: str, object_: str
) -> None:
    report = validate(_relation_graph(relation, subject, object_))
    assert report.conforms, report.text


@pytest.mark.slow  # every relation x every class it refuses
@pytest.mark.parametrize(("relation", "subject", "object_", "end"), _invalid_relation_cases())
def test_relation_with_a_wrong_class_fails(
    relation: str, subject: str, object_: str, end: str
) -> None:
    report = validate(_relation_graph(relation, subject, object_))
    assert not report.conforms
    # the direct triple's shape and the statement's signature check both catch it
    assert _shapes(report) == {_shape_name(relation, end), "StatementSignatureShape"}


@pytest.mark.parametrize(
    ("relation", "subject", "object_", "conforms"),
    _tiered([
        ("investsIn", "Person", "Organization", True),
        ("investsIn", "InvestmentFirm", "Startup", True),
        ("hasCEO", "Product", "Person", False),
        ("hasCEO", "Company", "Organization", False),
        ("worksFor", "Person", "GovernmentAgency", True),
        ("worksFor", "Organization", "Organization", False),
        ("locatedIn", "Startup", "Place", True),
        ("locatedIn", "Startup", "Organization", False),
        ("basedOn", "AIModel", "AIModel", True),
        ("basedOn", "AIModel", "Company", False),
        ("competitorOf", "AIModel", "Company", True),
        ("competitorOf", "Person", "Company", False),
        ("develops", "NewsMedia", "AIModel", True),
    ], 6),
)
def test_relation_examples(relation: str, subject: str, object_: str, conforms: bool) -> None:
    assert validate(_relation_graph(relation, subject, object_)).conforms is conforms


@pytest.mark.parametrize(
    ("relation", "subject", "object_"),
    [("hasCEO", "Product", "Person"), ("locatedIn", "Place", "Organization")],
)
def test_negated_statement_with_wrong_classes_fails_on_its_signature(
    relation: str, subject: str, object_: str
) -> None:
    # a negated statement has no direct triple, so only the statement's own check sees it
    graph = _relation_graph(relation, subject, object_, Certainty.NEGATED)
    report = validate(graph)
    assert _shapes(report) == {"StatementSignatureShape"}
    assert {v.focus_node for v in report.violations} == {_statement(graph, relation)}
    assert f"of the {relation} statement" in report.violations[0].message


def _shape_classes(shapes: Graph, shape: URIRef) -> frozenset[str]:
    """The classes a shape asks for: its sh:class, or the sh:class of each sh:or member."""
    direct = set(shapes.objects(shape, SH["class"]))
    for alternatives in shapes.objects(shape, SH["or"]):
        direct |= {shapes.value(member, SH["class"]) for member in Collection(shapes, alternatives)}
    return frozenset(str(c).removeprefix(ONTOLOGY_IRI) for c in direct)


@pytest.mark.parametrize("relation", RELATIONS)
def test_relation_shapes_agree_with_signatures(shapes: Graph, relation: str) -> None:
    node_shape = KGSH[_shape_name(relation, "subject")]
    object_shape = KGSH[_shape_name(relation, "object")]
    assert (node_shape, SH.targetSubjectsOf, KG_NS[relation]) in shapes
    assert (object_shape, SH.path, KG_NS[relation]) in shapes
    assert (node_shape, SH.property, object_shape) in shapes
    assert (_shape_classes(shapes, node_shape), _shape_classes(shapes, object_shape)) == SIGNATURES[
        relation
    ]


def test_every_shape_has_an_english_message(shapes: Graph) -> None:
    named = {
        s for s in shapes.subjects(RDF.type, None) if str(s).startswith(str(KGSH))
    }  # every kgsh: shape, node or property
    assert len(named) > 40
    for shape in named:
        languages = {m.language for m in shapes.objects(shape, SH.message)}
        assert languages == {"en"}, shape
    for constraint in shapes.objects(None, SH.sparql):
        assert {m.language for m in shapes.objects(constraint, SH.message)} == {"en"}


# --- attribute shapes ---------------------------------------------------------------------------


def _founding(graph: Graph) -> None:
    _set(graph, _iri("scale-ai"), KG.foundingDate, Literal(2016))


def _founding_on_a_person(graph: Graph) -> None:
    graph.add((_iri("alexandr-wang"), KG.foundingDate, Literal("2016", datatype=XSD.gYear)))


def _valuation_not_an_amount(graph: Graph) -> None:
    _set(graph, _iri("scale-ai"), KG.valuation, Literal("14 milliards"))


def _revenue_of_a_product(graph: Graph) -> None:
    amount = graph.value(_iri("scale-ai"), KG.valuation)
    graph.add((_iri("llama"), KG.revenue, amount))


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (_founding, {"FoundingDateValueShape"}),
        (_founding_on_a_person, {"FoundingDateShape"}),
        (_valuation_not_an_amount, {"ValuationValueShape"}),
        (_revenue_of_a_product, {"RevenueShape"}),
    ],
    ids=lambda value: getattr(value, "__name__", ""),
)
def test_attribute_shapes(mutate: Callable[[Graph], None], expected: set[str]) -> None:
    graph = _graph()
    mutate(graph)
    report = validate(graph)
    assert _shapes(report) == expected, report.text


def test_founding_date_as_relative_text_conforms() -> None:
    statement = Statement("foundingDate", "scale-ai", When("l'an dernier"), _evidence(1), "test")
    assert validate(_graph(statements=[statement])).conforms


# --- statement shapes -----------------------------------------------------------------------------

STATEMENT = "investsIn"  # the hedged statement of the sample, with a source and an amount


def _on_statement(edit: Callable[[Graph, URIRef], None]) -> Callable[[Graph], None]:
    def mutate(graph: Graph) -> None:
        edit(graph, _statement(graph, STATEMENT))

    mutate.__name__ = edit.__name__
    return mutate


def _short(value: object) -> str:
    """A readable test id: the local name of an IRI, the lexical form of a literal."""
    return str(value).rsplit("#", 1)[-1].rsplit("/", 1)[-1] or repr(value)


def _without(predicate: URIRef) -> Callable[[Graph, URIRef], None]:
    def edit(graph: Graph, node: URIRef) -> None:
        graph.remove((node, predicate, None))

    edit.__name__ = f"without-{_short(predicate)}"
    return edit


def _with(
    predicate: URIRef, value: object, *, add: bool = False
) -> Callable[[Graph, URIRef], None]:
    def edit(graph: Graph, node: URIRef) -> None:
        term = value if isinstance(value, URIRef | Literal) else Literal(value)
        if add:
            graph.add((node, predicate, term))
        else:
            graph.set((node, predicate, term))

    edit.__name__ = f"{'+' if add else ''}{_short(predicate)}={_short(value)}"
    return edit


def _with_offsets(begin: int, end: int) -> Callable[[Graph, URIRef], None]:
    def edit(graph: Graph, node: URIRef) -> None:
        graph.set((node, KG.beginOffset, Literal(begin, datatype=XSD.nonNegativeInteger)))
        graph.set((node, KG.endOffset, Literal(end, datatype=XSD.nonNegativeInteger)))

    edit.__name__ = f"offsets-{begin}-{end}"
    return edit


MIN, MAX, IN, DATATYPE, CLASS = (
    SH.MinCountConstraintComponent,
    SH.MaxCountConstraintComponent,
    SH.InConstraintComponent,
    SH.DatatypeConstraintComponent,
    SH.ClassConstraintComponent,
)

STATEMENT_CASES = [
    # (edit of the investsIn statement, expected shapes, expected constraint component or None)
    (_without(KG.certainty), {"StatementCertaintyShape"}, MIN),
    (_with(KG.certainty, KG.asserted, add=True), {"StatementCertaintyShape"}, MAX),
    (_with(KG.certainty, KG_NS["probable"]), {"StatementCertaintyShape"}, IN),
    (_with(KG.confidence, Literal(Decimal("1.5"))), {"StatementConfidenceShape"},
     SH.MaxInclusiveConstraintComponent),
    (_with(KG.confidence, Literal(Decimal("-0.1"))), {"StatementConfidenceShape"},
     SH.MinInclusiveConstraintComponent),
    (_with(KG.confidence, "high"), {"StatementConfidenceShape"}, DATATYPE),
    (_without(KG.confidence), {"StatementConfidenceShape"}, MIN),
    (_without(KG.evidence), {"StatementEvidenceShape"}, MIN),
    (_with(KG.evidence, Literal("phrase", lang="fr")), {"StatementEvidenceShape"}, DATATYPE),
    (_with_offsets(40, 40), {"StatementBeginOffsetShape"}, SH.LessThanConstraintComponent),
    (_with_offsets(50, 40), {"StatementBeginOffsetShape"}, SH.LessThanConstraintComponent),
    (_with(KG.beginOffset, Literal(3)), {"StatementBeginOffsetShape"}, DATATYPE),
    (_with(KG.endOffset, Literal(-1, datatype=XSD.nonNegativeInteger)),
     {"StatementEndOffsetShape", "StatementBeginOffsetShape"}, None),
    (_with_offsets(0, 10_000), {"StatementSpanShape"}, SH.SPARQLConstraintComponent),
    (_without(KG.beginOffset), {"StatementBeginOffsetShape"}, MIN),
    (_without(PROV.wasDerivedFrom), {"StatementDocumentShape"}, MIN),
    (_with(PROV.wasDerivedFrom, URIRef(BASE + "scale-ai")), {"StatementDocumentShape"}, CLASS),
    (_with(KG.source, URIRef(BASE + "alexandr-wang")), {"StatementSourceShape"}, CLASS),
    (_with(KG.source, URIRef(BASE + "meta-platforms"), add=True), {"StatementSourceShape"}, MAX),
    (_with(KG.amount, URIRef(BASE + "scale-ai")), {"StatementAmountShape"}, CLASS),
    (_with(KG.date, Literal(2024)), {"StatementDateShape"}, SH.OrConstraintComponent),
    (_with(KG.isPast, "yes"), {"StatementIsPastShape"}, DATATYPE),
    (_with(KG.extractionRule, Literal(1)), {"StatementRuleShape"}, DATATYPE),
    (_without(RDF.subject), {"StatementSubjectShape"}, MIN),
    (_with(RDF.subject, URIRef(BASE + "microsoft"), add=True), {"StatementSubjectShape"}, MAX),
    # a literal subject is also checked, and fails, as an entity
    (_with(RDF.subject, Literal("Meta")), {"StatementSubjectShape", "StatementSignatureShape",
     "EntityShape", "EntityLabelShape", "EntityMentionedInShape"}, None),
    (_without(RDF.object), {"StatementObjectShape"}, MIN),
    (_with(RDF.predicate, SCHEMA.founder), {"StatementPredicateShape"}, IN),
    (_with(RDF.predicate, KG.foundedBy, add=True), {"StatementPredicateShape"}, MAX),
    (_with(RDF.predicate, KG.hasCEO), {"StatementSignatureShape"},
     SH.SPARQLConstraintComponent),
]  # fmt: skip


@pytest.mark.parametrize(
    ("edit", "expected", "component"),
    _tiered(STATEMENT_CASES, 5, [case[0].__name__ for case in STATEMENT_CASES]),
)
def test_statement_shapes(
    edit: Callable[[Graph, URIRef], None], expected: set[str], component: URIRef | None
) -> None:
    graph = _graph()
    _on_statement(edit)(graph)
    report = validate(graph)
    assert not report.conforms
    assert _shapes(report) == expected, report.text
    if component is not None:
        assert component in {v.component for v in report.violations}


# --- negated statements and their direct triple -------------------------------------------------

NEGATED = Statement(
    "acquired", "meta-platforms", "microsoft", _evidence(5), "acquired.verb", Certainty.NEGATED
)
NEGATED_PARTNERSHIP = Statement(
    "partnersWith", "meta-platforms", "microsoft", _evidence(5), "partners.verb", Certainty.NEGATED
)


def _direct(subject: str, predicate: URIRef, object_: str) -> Callable[[Graph], None]:
    def mutate(graph: Graph) -> None:
        graph.add((_iri(subject), predicate, _iri(object_)))

    return mutate


def _nothing(graph: Graph) -> None:
    return None


@pytest.mark.parametrize(
    ("statements", "mutate", "conforms"),
    [
        pytest.param([NEGATED], _nothing, True, id="negated-without-direct-triple"),
        pytest.param(
            [NEGATED], _direct("meta-platforms", KG.acquired, "microsoft"), False,
            id="negated-with-direct-triple",
        ),
        pytest.param(
            [NEGATED, dataclasses.replace(NEGATED, certainty=Certainty.ASSERTED,
                                          evidence=_evidence(0))],
            _nothing, True, id="negated-and-asserted-elsewhere",
        ),
        pytest.param(
            [NEGATED, dataclasses.replace(NEGATED, certainty=Certainty.HEDGED, past=True,
                                          evidence=_evidence(0))],
            _direct("meta-platforms", KG.acquired, "microsoft"), False,
            id="negated-and-past-elsewhere-with-direct-triple",
        ),
        pytest.param(
            [NEGATED], _direct("microsoft", KG.acquired, "meta-platforms"), True,
            id="negated-with-reverse-triple-of-asymmetric-relation",
        ),
        pytest.param(
            [NEGATED_PARTNERSHIP], _direct("microsoft", KG.partnersWith, "meta-platforms"), False,
            id="negated-symmetric-with-reverse-triple",
        ),
        pytest.param(
            [NEGATED_PARTNERSHIP], _direct("meta-platforms", KG.partnersWith, "microsoft"), False,
            id="negated-symmetric-with-direct-triple",
        ),
    ],
)  # fmt: skip
def test_negated_statement_has_no_direct_triple(
    statements: list[Statement], mutate: Callable[[Graph], None], conforms: bool
) -> None:
    graph = _graph(statements=statements)
    mutate(graph)
    report = validate(graph)
    assert report.conforms is conforms, report.text
    if not conforms:
        assert _shapes(report) == {"NegatedStatementShape"}
        (violation,) = report.violations
        negated = next(graph.subjects(KG.certainty, KG.negated))
        assert violation.value == negated
        assert violation.focus_node == negated  # not rdf:Statement, the shape's target node
        assert str(negated) in violation.message


# --- monetary amounts -----------------------------------------------------------------------------


def _on_amount(edit: Callable[[Graph, URIRef], None]) -> Callable[[Graph], None]:
    def mutate(graph: Graph) -> None:
        edit(graph, _amount(graph))

    return mutate


AMOUNT_CASES = [
    (_with(KG.currency, "dollars"), "AmountCurrencyShape", SH.PatternConstraintComponent),
    (_with(KG.currency, "usd"), "AmountCurrencyShape", SH.PatternConstraintComponent),
    (_with(KG.currency, "EUR", add=True), "AmountCurrencyShape", MAX),
    (_without(KG.currency), "AmountCurrencyShape", MIN),
    (_with(KG.value, Literal(Decimal(-5))), "AmountValueShape", SH.MinInclusiveConstraintComponent),
    (_with(KG.value, "10 milliards"), "AmountValueShape", DATATYPE),
    (_with(KG.value, Literal(1.0e10)), "AmountValueShape", DATATYPE),
    (_without(KG.value), "AmountValueShape", MIN),
    (_with(KG.value, Literal(Decimal(5)), add=True), "AmountValueShape", MAX),
    (_with(KG.isLowerBound, "true"), "AmountLowerBoundShape", DATATYPE),
    (_with(KG.isUpperBound, 1), "AmountUpperBoundShape", DATATYPE),
    (_with(KG.isApproximate, Literal("oui")), "AmountApproximateShape", DATATYPE),
    (_with(KG.amountText, Literal(10)), "AmountTextShape", DATATYPE),
    (_with(KG.date, Literal(2024)), "AmountDateShape", SH.OrConstraintComponent),
]


@pytest.mark.parametrize(
    ("edit", "expected", "component"),
    _tiered(AMOUNT_CASES, 4, [c[0].__name__ for c in AMOUNT_CASES]),
)
def test_monetary_amount_shapes(
    edit: Callable[[Graph, URIRef], None], expected: str, component: URIRef
) -> None:
    graph = _graph()
    _on_amount(edit)(graph)
    report = validate(graph)
    assert _shapes(report) == {expected}, report.text
    assert component in {v.component for v in report.violations}


@pytest.mark.parametrize("currency", _tiered([("USD",), ("EUR",), ("GBP",), ("CHF",)], 1))
def test_iso_currencies_conform(currency: str) -> None:
    graph = _graph()
    _set(graph, _amount(graph), KG.currency, currency)
    assert validate(graph).conforms


# --- entities -----------------------------------------------------------------------------------


def _on_entity(
    edit: Callable[[Graph, URIRef], None], key: str = "scale-ai"
) -> Callable[[Graph], None]:
    def mutate(graph: Graph) -> None:
        edit(graph, _iri(key))

    mutate.__name__ = edit.__name__
    return mutate


def _untyped(graph: Graph, node: URIRef) -> None:
    graph.remove((node, RDF.type, None))


def _typed(*classes: URIRef) -> Callable[[Graph, URIRef], None]:
    def edit(graph: Graph, node: URIRef) -> None:
        graph.remove((node, RDF.type, None))
        for cls in classes:
            graph.add((node, RDF.type, cls))

    edit.__name__ = "typed-" + "-".join(_short(c) for c in classes)
    return edit


ENTITY_CASES = [
    (_without(RDFS.label), {"EntityLabelShape"}),
    (_with(RDFS.label, "Scale", add=True), {"EntityLabelShape"}),
    (_with(RDFS.label, ""), {"EntityLabelShape"}),
    (_with(RDFS.label, URIRef(BASE + "scale")), {"EntityLabelShape"}),
    (_with(SKOS.altLabel, ""), {"EntityAltLabelShape"}),
    (_without(KG.mentionedIn), {"EntityMentionedInShape"}),
    (_with(KG.mentionedIn, URIRef(BASE + "llama"), add=True), {"EntityMentionedInShape"}),
    # untyped or typed outside the ontology: the entity shape and every relation shape object
    (_untyped, {"EntityShape", "FoundedByShape", "FoundingDateShape", "InvestsInObjectShape",
                "StatementSignatureShape", "ValuationShape"}),
    (_typed(SCHEMA.Organization), {"EntityShape", "FoundedByShape", "FoundingDateShape",
                                   "InvestsInObjectShape", "StatementSignatureShape",
                                   "ValuationShape"}),
    (_typed(KG.Organization, KG.Person), {"EntityShape"}),
    (_typed(KG.Startup, KG.AIModel), {"EntityShape"}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("edit", "expected"), _tiered(ENTITY_CASES, 4, [c[0].__name__ for c in ENTITY_CASES])
)
def test_entity_shapes(edit: Callable[[Graph, URIRef], None], expected: set[str]) -> None:
    graph = _graph()
    _on_entity(edit)(graph)
    report = validate(graph)
    assert _shapes(report) == expected, report.text


def test_entities_typed_with_a_fine_class_conform() -> None:
    """One graph with an entity of every fine class (one validation: the report names any
    entity that fails)."""
    entities = [Entity(f"x-{fine.lower()}", fine, *CLASS_TYPES[fine]) for fine in FINE_CLASSES]
    report = validate(_graph(entities, []))
    assert report.conforms, report.text


def test_a_source_is_checked_as_an_entity() -> None:
    graph = _graph()
    graph.remove((_iri("bloomberg"), None, None))  # the source is now a bare IRI
    report = validate(graph)
    bloomberg = {(v.shape, v.path) for v in report.violations if v.focus_node == _iri("bloomberg")}
    assert bloomberg == {
        (KGSH.EntityShape, None),
        (KGSH.EntityLabelShape, RDFS.label),
        (KGSH.EntityMentionedInShape, KG.mentionedIn),
    }
    assert _shapes(report) - {"EntityShape", "EntityLabelShape", "EntityMentionedInShape"} == {
        "StatementSourceShape"
    }


# --- documents ------------------------------------------------------------------------------------

DOCUMENT_IRI = URIRef(BASE + "document/" + DOCUMENT.key)

DOCUMENT_CASES = [
    (_with(KG.sha256, "x"), {"DocumentDigestShape"}),
    (_with(KG.sha256, DOCUMENT.sha256.upper()), {"DocumentDigestShape"}),
    (_without(KG.sha256), {"DocumentDigestShape"}),
    (_without(KG.charCount), {"DocumentLengthShape"}),
    (_with(KG.charCount, Literal("mille")), {"DocumentLengthShape"}),
    (_with(RDFS.label, "autre.txt", add=True), {"DocumentLabelShape"}),
    (_without(RDFS.label), {"DocumentLabelShape"}),
]


@pytest.mark.parametrize(
    ("edit", "expected"), _tiered(DOCUMENT_CASES, 3, [c[0].__name__ for c in DOCUMENT_CASES])
)
def test_document_shapes(edit: Callable[[Graph, URIRef], None], expected: set[str]) -> None:
    graph = _graph()
    edit(graph, DOCUMENT_IRI)
    report = validate(graph)
    assert _shapes(report) == expected, report.text


# --- the report ---------------------------------------------------------------------------------


def test_violation_fields() -> None:
    graph = _graph()
    node = _statement(graph, STATEMENT)
    graph.set((node, KG.confidence, Literal(Decimal("1.5"))))
    report = validate(graph)
    (violation,) = report.violations
    assert violation == Violation(
        focus_node=node,
        path=KG.confidence,
        message="A statement must have exactly one kg:confidence, an xsd:decimal between 0 and 1.",
        severity="Violation",
        shape=KGSH.StatementConfidenceShape,
        value=Literal(Decimal("1.5")),
        component=SH.MaxInclusiveConstraintComponent,
    )
    assert "Constraint Violation" in report.text
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.conforms = True  # type: ignore[misc]


def test_violations_are_sorted_and_deterministic() -> None:
    graph = _graph()
    for node in graph.subjects(RDF.type, RDF.Statement):
        graph.remove((node, KG.certainty, None))
    first, second = validate(graph), validate(graph)
    assert len(first.violations) == len(SAMPLE_STATEMENTS)
    assert first.violations == second.violations
    assert list(first.violations) == sorted(first.violations, key=lambda v: str(v.focus_node))


def test_empty_graph_conforms() -> None:
    assert validate(Graph()).conforms


# --- unreadable shapes or ontology ------------------------------------------------------------


@pytest.fixture
def ontologies_dir(tmp_path: Path) -> Path:
    source = Settings().ontologies_dir
    for name in ("kg.ttl", "shapes.ttl"):
        shutil.copy(source / name, tmp_path / name)
    return tmp_path


@pytest.mark.parametrize(
    ("name", "content", "match"),
    [
        ("shapes.ttl", None, "does not exist"),
        ("kg.ttl", None, "does not exist"),
        ("shapes.ttl", "kgsh:Broken a sh:NodeShape", "cannot read the SHACL shapes"),
        ("kg.ttl", "@prefix : <x#> . :a :b", "cannot read the ontology"),
        ("shapes.ttl", "", "no sh:NodeShape"),
        ("kg.ttl", "", "no owl:Ontology"),
        (
            "shapes.ttl",
            "@prefix sh: <http://www.w3.org/ns/shacl#> . <x:s> a sh:NodeShape ; "
            "sh:targetNode <x:n> ; sh:minCount 1 .",
            "cannot be applied",
        ),
    ],
)
def test_unusable_files_raise_graph_error(
    ontologies_dir: Path, name: str, content: str | None, match: str
) -> None:
    path = ontologies_dir / name
    if content is None:
        path.unlink()
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(GraphError, match=match) as caught:
        validate(_graph(), Settings(ontologies_dir=ontologies_dir))
    assert str(path) in str(caught.value)
    assert caught.value.__cause__ is not None or content == ""


# --- speed --------------------------------------------------------------------------------------


def _large_graph(statement_count: int = 200) -> Graph:
    entities = [
        Entity(f"org-{i}", f"Org {i}", EntityType.ORGANIZATION, "Startup") for i in range(50)
    ]
    entities += [Entity(f"person-{i}", f"Person {i}", EntityType.PERSON) for i in range(50)]
    entities += [
        Entity(f"model-{i}", f"Model {i}", EntityType.PRODUCT, "AIModel") for i in range(50)
    ]
    templates = (
        ("investsIn", "org", "org", Certainty.HEDGED),
        ("foundedBy", "org", "person", Certainty.ASSERTED),
        ("develops", "org", "model", Certainty.NEGATED),
        ("competitorOf", "model", "model", Certainty.ASSERTED),
    )
    statements = []
    for i in range(statement_count):
        predicate, subject, object_, certainty = templates[i % len(templates)]
        evidence = _evidence(i % len(SENTENCES))
        statements.append(
            Statement(
                predicate, f"{subject}-{i % 50}", f"{object_}-{(i + 1) % 50}", evidence, "bench",
                certainty, source="org-0" if i % 3 == 0 else None,
                amount=Amount(Decimal(i * 1000), "EUR", f"{i} k€") if i % 5 == 0 else None,
            )
        )  # fmt: skip
    return _graph(entities, statements)


@pytest.mark.slow  # a large graph (its time is a benchmark's business, not a test's)
def test_a_graph_of_200_statements_conforms() -> None:
    graph = _large_graph()
    assert len(list(graph.subjects(RDF.type, RDF.Statement))) == 200
    report = validate(graph)
    assert report.conforms, report.text


def test_blank_node_focus_is_reported() -> None:
    graph = _graph()
    node = BNode()
    graph.add((node, RDF.type, KG.MonetaryAmount))
    report = validate(graph)
    assert {v.focus_node for v in report.violations} == {node}
