"""SHACL validation of kg graphs with pyshacl: `ontologies/shapes.ttl` over the data plus `kg.ttl`.

The ontology is mixed into a copy of the data graph (pyshacl's `ont_graph`), so that `sh:class`
follows `rdfs:subClassOf` from fine classes (kg:Startup) to the coarse ones (kg:Organization)
without running RDFS inference. The caller's graph is left untouched.

>>> report = validate(graph)  # doctest: +SKIP
>>> report.conforms, [v.message for v in report.violations]  # doctest: +SKIP
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal, cast

import pyshacl
from pyshacl.errors import ReportableRuntimeError
from rdflib import BNode, Graph, Namespace
from rdflib import Literal as RDFLiteral
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, SH
from rdflib.term import Node

from .config import Settings
from .errors import GraphError
from .vocab import KG, RELATIONS, SIGNATURES

__all__ = [
    "Severity",
    "ValidationReport",
    "Violation",
    "relation_shapes",
    "shapes_graph",
    "validate",
]

KGSH = Namespace("https://w3id.org/kg-fr/shapes#")

Severity = Literal["Violation", "Warning", "Info"]


@dataclass(frozen=True)
class Violation:
    """One SHACL validation result: which node broke which shape, and why."""

    focus_node: Node  # for the graph-wide statement checks, the offending statement
    path: Node | None  # the property, or None for a node-level constraint
    message: str
    severity: Severity
    shape: Node | None  # sh:sourceShape, e.g. kgsh:StatementCertaintyShape
    value: Node | None = None  # the offending value, when the constraint names one
    component: Node | None = None  # e.g. sh:MinCountConstraintComponent


@dataclass(frozen=True)
class ValidationReport:
    """Whether the graph conforms, its violations (sorted) and pyshacl's text report."""

    conforms: bool
    violations: tuple[Violation, ...]
    text: str


def _article(name: str) -> str:
    return "an" if name[:1] in "AEIOU" else "a"


def _class_constraint(shapes: Graph, shape: Node, classes: list[str]) -> str:
    """sh:class for one class, sh:or of sh:class for several; the words for the message."""
    if len(classes) == 1:
        shapes.add((shape, SH["class"], KG[classes[0]]))
    else:
        members = []
        for name in classes:
            member = BNode()
            shapes.add((member, SH["class"], KG[name]))
            members.append(member)
        alternatives = BNode()
        Collection(shapes, alternatives, members)
        shapes.add((shape, SH["or"], alternatives))
    return " or ".join(f"{_article(c)} {c}" for c in classes)


def relation_shapes() -> Graph:
    """Per relation of the ontology, a node shape on its subjects (the rdfs:domain) and a
    property shape on its objects (the rdfs:range): kgsh:InvestsInShape and
    kgsh:InvestsInObjectShape."""
    shapes = Graph()
    for relation in RELATIONS:
        subjects, objects = (sorted(classes) for classes in SIGNATURES[relation])
        name = relation[0].upper() + relation[1:]
        node, prop = KGSH[f"{name}Shape"], KGSH[f"{name}ObjectShape"]
        shapes.add((node, RDF.type, SH.NodeShape))
        shapes.add((node, SH.targetSubjectsOf, KG[relation]))
        allowed = _class_constraint(shapes, node, subjects)
        message = f"{relation}: the subject must be {allowed}."
        shapes.add((node, SH.message, RDFLiteral(message, lang="en")))
        shapes.add((node, SH.property, prop))
        shapes.add((prop, RDF.type, SH.PropertyShape))
        shapes.add((prop, SH.path, KG[relation]))
        allowed = _class_constraint(shapes, prop, objects)
        message = f"{relation}: the object must be {allowed}."
        shapes.add((prop, SH.message, RDFLiteral(message, lang="en")))
    return shapes


def shapes_graph(settings: Settings | None = None) -> Graph:
    """ontologies/shapes.ttl and the relation shapes derived from the ontology."""
    settings = settings or Settings()
    shapes = _read_turtle(settings.shapes_path, "SHACL shapes")
    if (None, RDF.type, SH.NodeShape) not in shapes:
        raise GraphError(
            f"{settings.shapes_path} declares no sh:NodeShape: is it kg's SHACL shapes file?"
        )
    return shapes + relation_shapes()


def validate(graph: Graph, settings: Settings | None = None) -> ValidationReport:
    """Check `graph` against kg's SHACL shapes; GraphError if shapes or ontology are unusable."""
    settings = settings or Settings()
    shapes = shapes_graph(settings)
    ontology = _read_turtle(settings.ontology_path, "ontology")
    if (None, RDF.type, OWL.Ontology) not in ontology:
        raise GraphError(
            f"{settings.ontology_path} declares no owl:Ontology: is it kg's ontology file?"
        )
    try:
        conforms, results, text = pyshacl.validate(
            graph,
            shacl_graph=shapes,
            ont_graph=ontology,
            inference="none",
            abort_on_first=False,
            allow_infos=False,
            allow_warnings=False,
            advanced=False,
            meta_shacl=False,
            js=False,
        )
    except ReportableRuntimeError as e:
        raise GraphError(
            f"the SHACL shapes in {settings.shapes_path} cannot be applied: {e.message}"
        ) from e
    violations = tuple(sorted(_violations(results, shapes), key=_sort_key))
    return ValidationReport(conforms=bool(conforms), violations=violations, text=str(text))


def _read_turtle(path: Path, what: str) -> Graph:
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except FileNotFoundError as e:
        raise GraphError(
            f"the {what} file {path} does not exist; check Settings.ontologies_dir"
        ) from e
    except Exception as e:  # rdflib's Turtle parser raises all sorts (BadSyntax, IndexError ...)
        raise GraphError(f"cannot read the {what} file {path} as Turtle: {e!r}") from e
    return graph


def _violations(results: Graph, shapes: Graph) -> list[Violation]:
    found = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        shape = results.value(result, SH.sourceShape)
        focus = cast(Node, results.value(result, SH.focusNode))
        value = results.value(result, SH.value)
        if value is not None and (shape, SH.targetNode, focus) in shapes:
            # A graph-wide check (one focus node, rdf:Statement) names the culprit as its value.
            focus = value
        # A SPARQL constraint's own message first, then its shape's more general one.
        general = {str(m) for m in shapes.objects(shape, SH.message)}
        messages = sorted(
            (str(m) for m in results.objects(result, SH.resultMessage)),
            key=lambda m: (m in general, m),
        )
        severity = results.value(result, SH.resultSeverity)
        severity_name = str(severity).rpartition("#")[2] if severity is not None else "Violation"
        found.append(
            Violation(
                focus_node=focus,
                path=results.value(result, SH.resultPath),
                message="; ".join(messages),
                severity=cast(Severity, severity_name),
                shape=shape,
                value=value,
                component=results.value(result, SH.sourceConstraintComponent),
            )
        )
    return found


def _sort_key(violation: Violation) -> tuple[str, str, str, str]:
    return (str(violation.focus_node), str(violation.path), str(violation.shape), violation.message)
