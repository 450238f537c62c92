"""Score a graph against gold (docs/gold-format.md): relations, entities, attributes.

The graph is read only the way any graph of the project can be read (labels, coarse
types by class local name, direct triples and reified statements, attributes hanging off the
entity), so any conforming graph is scored, not only kg's own.

    report = evaluate(read_graph(Path("out.ttl")), load_gold("meta-scale-ai.gold.json"))
    summary_line(report)  # 'relations P=0.92 R=0.88 F1=0.90 | entities typed F1=0.95 | ...'
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, fields
from decimal import Decimal, InvalidOperation
from functools import cached_property
from pathlib import Path
from typing import Any, NoReturn

from rdflib import RDF, RDFS, Graph, Literal
from rdflib.namespace import SKOS
from rdflib.term import Node
from rich.console import Group
from rich.table import Table

from .errors import GoldError, GraphError
from .types import Certainty, EntityType
from .vocab import (
    ATTRIBUTES,
    COARSE_CLASSES,
    FINE_CLASSES,
    MONETARY_ATTRIBUTES,
    RELATIONS,
    SYMMETRIC_RELATIONS,
)

__all__ = [
    "Evaluation",
    "Finding",
    "Gold",
    "GoldAttribute",
    "GoldEntity",
    "GoldForbidden",
    "GoldRelation",
    "Report",
    "Scores",
    "evaluate",
    "evaluate_documents",
    "evaluate_many",
    "load_gold",
    "macro_line",
    "merge_reports",
    "normalize_name",
    "parse_gold",
    "render",
    "render_documents",
    "summary_line",
]

AMOUNT_TOLERANCE = Decimal("0.005")  # amounts match within 0.5 %
# Dropped from the end of a name: "Meta Platforms Inc." = "Meta Platforms", "SAP AG" = "SAP".
# Dotted forms ("S.A.S.") become single letters once punctuation is dropped.
_LEGAL_SUFFIXES: tuple[tuple[str, ...], ...] = tuple(
    sorted(
        (
            tuple(suffix.split())
            for suffix in (
                "inc",
                "incorporated",
                "corp",
                "corporation",
                "co",
                "ltd",
                "limited",
                "llc",
                "l l c",
                "plc",
                "sa",
                "s a",
                "sas",
                "s a s",
                "ag",
                "se",
                "gmbh",
            )
        ),
        key=len,
        reverse=True,
    )
)
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_CURRENCY = re.compile(r"[A-Z]{3}")
_CURRENCY_LITERAL = re.compile(r"[A-Za-z]{3}")

RelationKey = tuple[str, str, str]  # (predicate, subject, object); symmetric ends sorted


# --- gold -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldEntity:
    id: str
    label: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    optional: bool = False

    @property
    def names(self) -> tuple[str, ...]:
        return (self.label, *self.aliases)


@dataclass(frozen=True)
class GoldRelation:
    s: str
    p: str
    o: str
    certainty: Certainty = Certainty.ASSERTED
    source: str | None = None
    amount: Decimal | None = None
    currency: str | None = None
    date: str | None = None
    optional: bool = False


@dataclass(frozen=True)
class GoldAttribute:
    """`value` for foundingDate; `amount` and `currency` for valuation and revenue."""

    s: str
    p: str
    value: str | None = None
    amount: Decimal | None = None
    currency: str | None = None
    date: str | None = None
    certainty: Certainty = Certainty.ASSERTED
    optional: bool = False


@dataclass(frozen=True)
class GoldForbidden:
    """A claim the text does not make: predicting it is reported on its own."""

    s: str
    p: str
    o: str
    why: str = ""


@dataclass(frozen=True)
class Gold:
    document: str
    entities: tuple[GoldEntity, ...]
    relations: tuple[GoldRelation, ...] = ()
    attributes: tuple[GoldAttribute, ...] = ()
    forbidden: tuple[GoldForbidden, ...] = ()

    @cached_property
    def by_id(self) -> dict[str, GoldEntity]:
        return {entity.id: entity for entity in self.entities}


class _Entry:
    """One JSON object of a gold file and where it sits, so that every error names the entry."""

    def __init__(self, data: object, where: str) -> None:
        if not isinstance(data, dict):
            raise GoldError(f"{where}: expected a JSON object, got {type(data).__name__}")
        self.data: dict[str, Any] = data
        self.where = where

    def fail(self, message: str) -> NoReturn:
        raise GoldError(f"{self.where}: {message}")

    def text(self, key: str, *, required: bool = True) -> str | None:
        value = self.data.get(key)
        if value is None:
            if required:
                self.fail(f"missing {key!r}")
            return None
        if not isinstance(value, str) or not value.strip():
            self.fail(f"{key!r} must be a non-empty string, got {value!r}")
        return value

    def flag(self, key: str) -> bool:
        value = self.data.get(key, False)
        if not isinstance(value, bool):
            self.fail(f"{key!r} must be true or false, got {value!r}")
        return value

    def choice(self, key: str, allowed: Iterable[str], default: str | None = None) -> str:
        value = self.data.get(key) or default
        allowed = tuple(allowed)
        if value not in allowed:
            self.fail(f"{key!r} is {value!r}; expected one of {', '.join(allowed)}")
        return value

    def ref(self, key: str, ids: Mapping[str, object], *, required: bool = True) -> str | None:
        value = self.text(key, required=required)
        if value is not None and value not in ids:
            self.fail(f"{key!r} refers to {value!r}, which is not the id of an entity of this file")
        return value

    def date(self, key: str) -> str | None:
        value = self.data.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if value is not None and (not isinstance(value, str) or not _DATE.fullmatch(value)):
            self.fail(
                f"{key!r} must be a year or an ISO date (2024, 2024-04, 2024-04-01), got {value!r}"
            )
        return value

    def money(self) -> tuple[Decimal | None, str | None]:
        amount, currency = self.data.get("amount"), self.data.get("currency")
        if amount is None:
            if currency is not None:
                self.fail("'currency' without 'amount'")
            return None, None
        if isinstance(amount, bool) or not isinstance(amount, int | float):
            self.fail(
                f"'amount' must be a number (10000000000, not '10 milliards'), got {amount!r}"
            )
        if not isinstance(currency, str) or not _CURRENCY.fullmatch(currency):
            self.fail(f"an amount needs 'currency', an ISO 4217 code such as USD, got {currency!r}")
        return Decimal(str(amount)), currency


def _entries(data: Mapping[str, Any], key: str, source: str, *, required: bool) -> list[_Entry]:
    value = data.get(key)
    if value is None and not required:
        return []
    if not isinstance(value, list):
        raise GoldError(f"{source}: {key!r} must be a list of objects, got {value!r:.60}")
    return [_Entry(item, f"{source}: {key}[{i}]") for i, item in enumerate(value)]


def _parse_entity(entry: _Entry) -> GoldEntity:
    aliases = entry.data.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        entry.fail(f"'aliases' must be a list of non-empty strings, got {aliases!r}")
    return GoldEntity(
        id=entry.text("id"),
        label=entry.text("label"),
        type=EntityType(entry.choice("type", COARSE_CLASSES)),
        aliases=tuple(aliases),
        optional=entry.flag("optional"),
    )


def _parse_relation(entry: _Entry, ids: Mapping[str, GoldEntity]) -> GoldRelation:
    amount, currency = entry.money()
    return GoldRelation(
        s=entry.ref("s", ids),
        p=entry.choice("p", RELATIONS),
        o=entry.ref("o", ids),
        certainty=Certainty(entry.choice("certainty", Certainty, Certainty.ASSERTED)),
        source=entry.ref("source", ids, required=False),
        amount=amount,
        currency=currency,
        date=entry.date("date"),
        optional=entry.flag("optional"),
    )


def _parse_attribute(entry: _Entry, ids: Mapping[str, GoldEntity]) -> GoldAttribute:
    p = entry.choice("p", ATTRIBUTES)
    amount, currency = entry.money()
    value = entry.date("value")
    if p in MONETARY_ATTRIBUTES and (amount is None or value is not None):
        entry.fail(f"{p} needs 'amount' and 'currency' (and no 'value')")
    if p not in MONETARY_ATTRIBUTES and (value is None or amount is not None):
        entry.fail(f"{p} needs 'value', a year or an ISO date (and no 'amount')")
    return GoldAttribute(
        s=entry.ref("s", ids),
        p=p,
        value=value,
        amount=amount,
        currency=currency,
        date=entry.date("date"),
        certainty=Certainty(entry.choice("certainty", Certainty, Certainty.ASSERTED)),
        optional=entry.flag("optional"),
    )


def _parse_forbidden(entry: _Entry, ids: Mapping[str, GoldEntity]) -> GoldForbidden:
    return GoldForbidden(
        s=entry.ref("s", ids),
        p=entry.choice("p", RELATIONS),
        o=entry.ref("o", ids),
        why=entry.text("why", required=False) or "",
    )


def parse_gold(data: object, source: str = "<gold>") -> Gold:
    """A gold value from the parsed JSON of a gold file; `source` names it in error messages."""
    if not isinstance(data, dict):
        raise GoldError(f"{source}: a gold file is a JSON object with 'entities' and 'relations'")
    entities: list[GoldEntity] = []
    ids: dict[str, GoldEntity] = {}
    for entry in _entries(data, "entities", source, required=True):
        entity = _parse_entity(entry)
        if entity.id in ids:
            entry.fail(f"duplicate entity id {entity.id!r}")
        ids[entity.id] = entity
        entities.append(entity)
    relations: dict[RelationKey, GoldRelation] = {}
    for entry in _entries(data, "relations", source, required=True):
        relation = _parse_relation(entry, ids)
        key = _gold_key(relation.s, relation.p, relation.o)
        if key in relations:
            entry.fail(f"duplicate relation {relation.s} {relation.p} {relation.o}")
        relations[key] = relation
    attributes = [
        _parse_attribute(e, ids) for e in _entries(data, "attributes", source, required=False)
    ]
    forbidden: list[GoldForbidden] = []
    for entry in _entries(data, "forbidden", source, required=False):
        claim = _parse_forbidden(entry, ids)
        if _gold_key(claim.s, claim.p, claim.o) in relations:
            entry.fail(f"{claim.s} {claim.p} {claim.o} is both a gold relation and forbidden")
        forbidden.append(claim)
    document = data.get("document", Path(source).name)
    if not isinstance(document, str):
        raise GoldError(f"{source}: 'document' must be the file name of the text, got {document!r}")
    return Gold(
        document, tuple(entities), tuple(relations.values()), tuple(attributes), tuple(forbidden)
    )


def load_gold(path: str | Path) -> Gold:
    """Read and check a gold file; GoldError names the file, the entry and what is wrong."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise GoldError(f"{path}: no such gold file") from error
    except UnicodeDecodeError as error:
        raise GoldError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start})") from error
    except json.JSONDecodeError as error:
        raise GoldError(
            f"{path}: not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        ) from error
    except OSError as error:
        raise GoldError(f"{path}: cannot read the gold file: {error.strerror}") from error
    return parse_gold(data, str(path))


# --- names, keys and reading the graph ------------------------------------------------------


def normalize_name(name: str) -> str:
    """Case, accents, punctuation, legal suffixes and spacing do not tell entities apart.

    >>> normalize_name("Meta Platforms, Inc.") == normalize_name("meta platforms")
    True
    """
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    # Punctuation, symbols -> spaces: "Take-Two" = "Take Two", "Character.ai" = "Character AI"
    text = "".join(
        " " if unicodedata.category(ch)[0] in "PS" else ch
        for ch in decomposed
        if not unicodedata.combining(ch)
    )
    words = text.split()
    stripped = True
    while stripped:
        stripped = False
        for suffix in _LEGAL_SUFFIXES:
            if len(words) > len(suffix) and tuple(words[-len(suffix) :]) == suffix:
                del words[-len(suffix) :]
                stripped = True
                break
    return " ".join(words)


def _local(term: object) -> str:
    """Local name of an IRI (after the last '#', '/' or ':'); a literal's text as is."""
    return re.split(r"[#/:]", str(term))[-1]


def _gold_key(s: str, p: str, o: str) -> RelationKey:
    """Symmetric relations are the same whichever end comes first."""
    if p in SYMMETRIC_RELATIONS and o < s:
        s, o = o, s
    return p, s, o


def _node_key(s: Node, p: str, o: Node) -> tuple[str, Node, Node]:
    if p in SYMMETRIC_RELATIONS and (type(o).__name__, str(o)) < (type(s).__name__, str(s)):
        s, o = o, s
    return p, s, o


@dataclass(frozen=True)
class _Predicted:
    """One predicted relation: the certainties of its statements, whether it is a direct triple."""

    certainties: frozenset[str]
    direct: bool

    @property
    def claimed(self) -> bool:
        """The graph presents it as true or likely, not only as denied."""
        return self.direct or bool(self.certainties - {Certainty.NEGATED.value})


def _only(graph: Graph, statement: Node, term: Node) -> Node:
    values = list(graph.objects(statement, term))
    if len(values) != 1:
        raise GraphError(
            f"statement {statement.n3()} has {len(values)} {term.n3(graph.namespace_manager)} "
            "values; every rdf:Statement needs exactly one rdf:subject, rdf:predicate and "
            "rdf:object (docs/gold-format.md: How a graph is read)"
        )
    return values[0]


def _read_relations(graph: Graph) -> dict[tuple[str, Node, Node], _Predicted]:
    """Direct triples and reified statements, one predicted relation per (subject, p, object)."""
    direct = {_node_key(s, _local(p), o) for s, p, o in graph if _local(p) in RELATIONS}
    stated: dict[tuple[str, Node, Node], set[str]] = defaultdict(set)
    for statement in set(graph.subjects(RDF.type, RDF.Statement)):
        p = _local(_only(graph, statement, RDF.predicate))
        if p not in RELATIONS:
            continue
        s, o = _only(graph, statement, RDF.subject), _only(graph, statement, RDF.object)
        key = _node_key(s, p, o)
        certainties = {
            _local(o) for q, o in graph.predicate_objects(statement) if _local(q) == "certainty"
        }
        stated[key] |= certainties or {Certainty.ASSERTED.value}
    return {
        key: _Predicted(frozenset(stated.get(key) or {Certainty.ASSERTED.value}), key in direct)
        for key in direct | stated.keys()
    }


def _read_labels(graph: Graph) -> dict[Node, tuple[str, ...]]:
    """Every name of every node: its rdfs:label first, then its skos:altLabels."""
    nodes = set(graph.subjects(RDFS.label)) | set(graph.subjects(SKOS.altLabel))
    return {
        node: (
            *sorted(map(str, graph.objects(node, RDFS.label))),
            *sorted(map(str, graph.objects(node, SKOS.altLabel))),
        )
        for node in nodes
    }


def _coarse_types(graph: Graph, cls: Node, cache: dict[Node, frozenset[str]]) -> frozenset[str]:
    """The coarse classes of `cls`: itself or a superclass by rdfs:subClassOf, by local name;
    kg's FINE_CLASSES when the graph carries no ontology."""
    if cls not in cache:
        seen: set[Node] = set()
        found: set[str] = set()
        todo = [cls]
        while todo:
            current = todo.pop()
            if current in seen:
                continue
            seen.add(current)
            if _local(current) in COARSE_CLASSES:
                found.add(_local(current))
            else:
                todo.extend(graph.objects(current, RDFS.subClassOf))
        if not found:
            found = {FINE_CLASSES[_local(c)] for c in seen if _local(c) in FINE_CLASSES}
        cache[cls] = frozenset(found)
    return cache[cls]


def _read_entities(graph: Graph) -> dict[Node, frozenset[str]]:
    """Entities are resources with an rdfs:label and a type under one of the four coarse classes."""
    cache: dict[Node, frozenset[str]] = {}
    entities = {}
    for node in set(graph.subjects(RDFS.label)):
        coarse = frozenset().union(
            *(_coarse_types(graph, cls, cache) for cls in graph.objects(node, RDF.type))
        )
        if coarse:
            entities[node] = coarse
    return entities


def _number(literal: Literal) -> Decimal | None:
    value = literal.toPython()
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _money(graph: Graph, value: Node) -> tuple[list[Decimal], set[str]]:
    """Amounts and currencies of an attribute: a literal, or any numeric and 3-letter literals
    of the node it points to (kg's MonetaryAmount with kg:value and kg:currency)."""
    literals = (
        [value]
        if isinstance(value, Literal)
        else [o for o in graph.objects(value) if isinstance(o, Literal)]
    )
    amounts = [n for n in map(_number, literals) if n is not None]
    currencies = {str(lit).upper() for lit in literals if _CURRENCY_LITERAL.fullmatch(str(lit))}
    return amounts, currencies


def _value_matches(graph: Graph, value: Node, gold: GoldAttribute) -> bool:
    if gold.value is not None:  # foundingDate: a year compares with the year of a date
        if not isinstance(value, Literal):
            return False
        text = str(value)
        return text[:4] == gold.value if len(gold.value) == 4 else text == gold.value
    amounts, currencies = _money(graph, value)
    return gold.currency in currencies and any(
        abs(amount - gold.amount) <= AMOUNT_TOLERANCE * abs(gold.amount) for amount in amounts
    )


def _value_text(graph: Graph, value: Node) -> str:
    if isinstance(value, Literal):
        return str(value)
    amounts, currencies = _money(graph, value)
    return " ".join([*(f"{a:f}" for a in amounts), *sorted(currencies)]) or str(value)


# --- scores and the report ------------------------------------------------------------------


@dataclass(frozen=True)
class Scores:
    """Counts of true positives, false positives and misses; an empty score is vacuously 1.0."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Scores) -> Scores:
        return Scores(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def support(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "support": self.support,
        }


@dataclass(frozen=True, order=True)
class Finding:
    """One thing a human should look at, with labels: `subject predicate object` and a note.
    Entities read `label a Type`; attributes `label attribute value`."""

    document: str
    subject: str
    predicate: str
    object: str
    note: str = ""


_FINDINGS: dict[str, str] = {
    "false_positives": "Relations not in the gold",
    "misses": "Gold relations missed",
    "wrong_certainty": "Wrong certainty",
    "forbidden": "Forbidden relations produced",
    "negated_as_triple": "Negated in the gold, asserted by a direct triple",
    "entity_false_positives": "Entities not in the gold",
    "entity_misses": "Gold entities missed",
    "entity_wrong_type": "Entities with the wrong type",
    "attribute_false_positives": "Attributes not in the gold",
    "attribute_misses": "Gold attributes missed",
}


@dataclass(frozen=True)
class Report:
    """The scores of one or more (graph, gold) pairs; counts add up, so reports merge (micro)."""

    documents: tuple[str, ...] = ()
    by_relation: Mapping[str, Scores] = field(default_factory=dict)
    entities: Scores = Scores()
    entities_typed: Scores = Scores()
    attributes: Scores = Scores()
    certainty_correct: int = 0
    certainty_total: int = 0
    false_positives: tuple[Finding, ...] = ()
    misses: tuple[Finding, ...] = ()
    wrong_certainty: tuple[Finding, ...] = ()
    forbidden: tuple[Finding, ...] = ()
    negated_as_triple: tuple[Finding, ...] = ()
    entity_false_positives: tuple[Finding, ...] = ()
    entity_misses: tuple[Finding, ...] = ()
    entity_wrong_type: tuple[Finding, ...] = ()
    attribute_false_positives: tuple[Finding, ...] = ()
    attribute_misses: tuple[Finding, ...] = ()

    @property
    def relations(self) -> Scores:
        """Micro-averaged over relation types."""
        return sum(self.by_relation.values(), Scores())

    @property
    def certainty_accuracy(self) -> float | None:
        """Share of true-positive relations whose certainty is right; None without any."""
        return self.certainty_correct / self.certainty_total if self.certainty_total else None

    def to_json(self) -> dict[str, Any]:
        accuracy = self.certainty_accuracy
        return {
            "documents": list(self.documents),
            "relations": self.relations.to_json(),
            "by_relation": {p: self.by_relation.get(p, Scores()).to_json() for p in RELATIONS},
            "certainty": {
                "correct": self.certainty_correct,
                "total": self.certainty_total,
                "accuracy": None if accuracy is None else round(accuracy, 4),
            },
            "entities": self.entities.to_json(),
            "entities_typed": self.entities_typed.to_json(),
            "attributes": self.attributes.to_json(),
            "findings": {name: [asdict(f) for f in getattr(self, name)] for name in _FINDINGS},
        }


def merge_reports(reports: Iterable[Report]) -> Report:
    """Micro-average: add up the counts and concatenate the findings (each names its document)."""
    reports = tuple(reports)
    merged: dict[str, Any] = {
        f.name: sum((getattr(r, f.name) for r in reports), f.default)
        for f in fields(Report)
        if f.name != "by_relation"
    }
    merged["by_relation"] = {
        p: sum((r.by_relation.get(p, Scores()) for r in reports), Scores()) for p in RELATIONS
    }
    return Report(**merged)


# --- evaluation -----------------------------------------------------------------------------


def _align(candidates: Mapping[Node, list[str]]) -> dict[Node, str]:
    """One gold entity per predicted entity and back (maximum bipartite matching, Kuhn's
    augmenting paths): a duplicate node of an entity already matched stays unmatched."""
    owner: dict[str, Node] = {}

    def claim(node: Node, seen: set[str]) -> bool:
        for gold_id in candidates[node]:
            if gold_id not in seen:
                seen.add(gold_id)
                if gold_id not in owner or claim(owner[gold_id], seen):
                    owner[gold_id] = node
                    return True
        return False

    for node in candidates:
        claim(node, set())
    return {node: gold_id for gold_id, node in owner.items()}


class _Scorer:
    """The graph read once, the gold indexed once, then three scores."""

    def __init__(self, graph: Graph, gold: Gold) -> None:
        self.graph, self.gold, self.document = graph, gold, gold.document
        index: dict[str, set[str]] = defaultdict(set)
        for entity in gold.entities:
            for name in entity.names:
                index[normalize_name(name)].add(entity.id)
        self.labels = _read_labels(graph)
        self.matches: dict[Node, set[str]] = {
            node: set().union(*(index.get(normalize_name(n), set()) for n in names))
            for node, names in self.labels.items()
        }

    def label(self, node: Node) -> str:
        names = self.labels.get(node)
        return names[0] if names else _local(node) or str(node)

    def gold_label(self, gold_id: str) -> str:
        return self.gold.by_id[gold_id].label

    def finding(self, s: str, p: str, o: str, note: str = "") -> Finding:
        return Finding(self.document, s, p, o, note)

    def entities(self) -> dict[str, Any]:
        types = _read_entities(self.graph)
        order = {entity.id: i for i, entity in enumerate(self.gold.entities)}

        def preference(node: Node, gold_id: str) -> tuple[bool, bool, int]:
            gold = self.gold.by_id[gold_id]
            exact = normalize_name(self.label(node)) == normalize_name(gold.label)
            return gold.type not in types[node], not exact, order[gold_id]

        candidates = {
            node: sorted(self.matches.get(node, ()), key=lambda g: preference(node, g))
            for node in types
        }

        def rank(node: Node) -> tuple[tuple[bool, bool, int], str]:
            best = candidates[node]
            return (preference(node, best[0]) if best else (True, True, 0)), str(node)

        # Nodes with a well-typed, exactly named candidate claim their gold entity first.
        aligned = _align({node: candidates[node] for node in sorted(candidates, key=rank)})
        optional = {e.id for e in self.gold.entities if e.optional}
        found: set[str] = set()
        false_positives, wrong_type = [], []
        for node, coarse in types.items():
            gold_id = aligned.get(node)
            kind = "/".join(sorted(coarse))
            if gold_id is None:
                if not self.matches.get(node, set()) & optional:
                    note = ", ".join(
                        f"duplicate of {self.gold_label(g)}"
                        for g in sorted(self.matches.get(node, ()))
                    )
                    false_positives.append(self.finding(self.label(node), "a", kind, note))
            elif gold_id not in optional:
                found.add(gold_id)
                gold = self.gold.by_id[gold_id]
                if coarse != {gold.type.value}:
                    wrong_type.append(
                        self.finding(
                            self.label(node), "a", kind, f"gold: {gold.label} a {gold.type}"
                        )
                    )
        misses = [
            self.finding(e.label, "a", e.type.value)
            for e in self.gold.entities
            if not e.optional and e.id not in found
        ]
        untyped = Scores(len(found), len(false_positives), len(misses))
        return {
            "entities": untyped,
            "entities_typed": Scores(
                untyped.tp - len(wrong_type),
                untyped.fp + len(wrong_type),
                untyped.fn + len(wrong_type),
            ),
            "entity_false_positives": false_positives,
            "entity_misses": misses,
            "entity_wrong_type": wrong_type,
        }

    def relations(self) -> dict[str, Any]:
        strict = {_gold_key(r.s, r.p, r.o): r for r in self.gold.relations if not r.optional}
        optional = {_gold_key(r.s, r.p, r.o) for r in self.gold.relations if r.optional}
        negated = {
            _gold_key(r.s, r.p, r.o)
            for r in self.gold.relations
            if r.certainty is Certainty.NEGATED
        }
        forbidden = {_gold_key(f.s, f.p, f.o): f for f in self.gold.forbidden}
        hits: dict[RelationKey, set[str]] = defaultdict(set)
        fp_count: dict[str, int] = defaultdict(int)
        out: dict[str, list[Finding]] = defaultdict(list)
        for (p, s, o), predicted in _read_relations(self.graph).items():
            ends = self.matches.get(s, set()), self.matches.get(o, set())
            keys = {_gold_key(gs, p, go) for gs in ends[0] for go in ends[1]}
            text = (self.label(s), p, self.label(o))
            for key in keys & strict.keys():
                hits[key] |= predicted.certainties
            if not keys & (strict.keys() | optional):
                fp_count[p] += 1
                out["false_positives"].append(self.finding(*text, self._why_false(p, ends)))
            for key in keys & forbidden.keys():
                if predicted.claimed:
                    out["forbidden"].append(self.finding(*text, forbidden[key].why))
            if predicted.direct and keys & negated:
                out["negated_as_triple"].append(
                    self.finding(*text, "the gold says negated; a direct triple asserts it")
                )
        correct = 0
        for key, relation in strict.items():
            text = (self.gold_label(relation.s), relation.p, self.gold_label(relation.o))
            if key not in hits:
                out["misses"].append(self.finding(*text, relation.certainty.value))
            elif relation.certainty.value in hits[key]:
                correct += 1
            else:
                out["wrong_certainty"].append(
                    self.finding(
                        *text,
                        f"predicted {', '.join(sorted(hits[key]))}; gold {relation.certainty}",
                    )
                )
        by_relation = {
            p: Scores(
                tp=sum(1 for key in hits if key[0] == p),
                fp=fp_count[p],
                fn=sum(1 for key in strict if key[0] == p and key not in hits),
            )
            for p in RELATIONS
        }
        return {
            "by_relation": by_relation,
            "certainty_correct": correct,
            "certainty_total": len(hits),
            **out,
        }

    def _why_false(self, p: str, ends: tuple[set[str], set[str]]) -> str:
        if not ends[0] or not ends[1]:
            return "an end is not a gold entity"
        reverse = {(p, go, gs) for gs in ends[0] for go in ends[1]}
        if p not in SYMMETRIC_RELATIONS and reverse & {
            (r.p, r.s, r.o) for r in self.gold.relations
        }:
            return "wrong direction"
        return ""

    def attributes(self) -> dict[str, Any]:
        graph, gold = self.graph, self.gold
        found: set[int] = set()
        false_positives = []
        for s, p, o in {(s, _local(p), o) for s, p, o in graph if _local(p) in ATTRIBUTES}:
            hits = {
                i
                for i, a in enumerate(gold.attributes)
                if a.p == p and a.s in self.matches.get(s, ()) and _value_matches(graph, o, a)
            }
            found |= {i for i in hits if not gold.attributes[i].optional}
            if not hits:
                false_positives.append(self.finding(self.label(s), p, _value_text(graph, o)))
        misses = [
            self.finding(
                self.gold_label(a.s), a.p, a.value or f"{a.amount:f} {a.currency}", a.date or ""
            )
            for i, a in enumerate(gold.attributes)
            if not a.optional and i not in found
        ]
        return {
            "attributes": Scores(len(found), len(false_positives), len(misses)),
            "attribute_false_positives": false_positives,
            "attribute_misses": misses,
        }


def evaluate(graph: Graph, gold: Gold) -> Report:
    """Score one graph against one gold file (the rules of docs/gold-format.md)."""
    scorer = _Scorer(graph, gold)
    parts = {**scorer.relations(), **scorer.entities(), **scorer.attributes()}
    for name in _FINDINGS:
        parts[name] = tuple(sorted(parts.get(name, ())))
    return Report(documents=(gold.document,), **parts)


def evaluate_many(pairs: Iterable[tuple[Graph, Gold]]) -> Report:
    """Micro-averaged scores over several documents (the dev-set bench)."""
    return merge_reports(evaluate(graph, gold) for graph, gold in pairs)


_MACRO = ("relations", "entities_typed", "attributes")


@dataclass(frozen=True)
class Evaluation:
    """The scores of each document, their sum (micro) and their mean (macro)."""

    per_document: tuple[Report, ...]

    @cached_property
    def micro(self) -> Report:
        return merge_reports(self.per_document)

    @property
    def macro(self) -> dict[str, dict[str, float]]:
        """Precision, recall and F1 averaged over the documents, each document counting once."""
        count = len(self.per_document) or 1
        return {
            name: {
                measure: sum(getattr(getattr(r, name), measure) for r in self.per_document) / count
                for measure in ("precision", "recall", "f1")
            }
            for name in _MACRO
        }

    def to_json(self) -> dict[str, Any]:
        """The micro report's JSON, with each document's report and the macro averages."""
        return {
            **self.micro.to_json(),
            "per_document": [report.to_json() for report in self.per_document],
            "macro": {
                name: {measure: round(value, 4) for measure, value in scores.items()}
                for name, scores in self.macro.items()
            },
        }


def evaluate_documents(graph: Graph, golds: Iterable[Gold]) -> Evaluation:
    """Score each gold file against the part of `graph` its document supports (`kg.scope`): the
    statements derived from that document and the entities it names. A graph of one document (or
    with no provenance) is scored whole against every gold file."""
    from .scope import document_graph, documents, find_document

    golds = tuple(golds)
    known = documents(graph)
    if len(known) <= 1:
        return Evaluation(tuple(evaluate(graph, gold) for gold in golds))
    reports = []
    for gold in golds:
        node = find_document(graph, gold.document)
        if node is None:
            names = ", ".join(list(known.values())[:5]) + (", ..." if len(known) > 5 else "")
            raise GoldError(
                f"the gold of {gold.document!r} names a document the graph does not hold "
                f"(its {len(known)} documents: {names}); set the gold's 'document' to the "
                "article's file name"
            )
        reports.append(evaluate(document_graph(graph, node), gold))
    return Evaluation(tuple(reports))


# --- for humans -----------------------------------------------------------------------------


def _scores_row(name: str, scores: Scores) -> tuple[str, ...]:
    return (
        name,
        f"{scores.precision:.2f}",
        f"{scores.recall:.2f}",
        f"{scores.f1:.2f}",
        str(scores.tp),
        str(scores.fp),
        str(scores.fn),
        str(scores.support),
    )


def render(report: Report) -> Group:
    """Rich tables: the scores, then one table per non-empty list of findings."""
    documents = report.documents
    title = documents[0] if len(documents) == 1 else f"{len(documents)} documents (micro)"
    scores = Table(title=f"Evaluation: {title}", title_justify="left")
    for column in ("", "P", "R", "F1", "TP", "FP", "FN", "support"):
        scores.add_column(column, justify="left" if not column else "right")
    scores.add_row(*_scores_row("relations", report.relations), style="bold")
    for p in RELATIONS:
        part = report.by_relation.get(p, Scores())
        if part.support or part.fp:
            scores.add_row(*_scores_row(f"  {p}", part))
    scores.add_row(*_scores_row("entities", report.entities), style="bold")
    scores.add_row(*_scores_row("entities (typed)", report.entities_typed), style="bold")
    scores.add_row(*_scores_row("attributes", report.attributes), style="bold")
    accuracy = report.certainty_accuracy
    scores.caption = (
        f"certainty {'n/a' if accuracy is None else f'{accuracy:.2f}'} "
        f"({report.certainty_correct}/{report.certainty_total} true positives)"
    )
    scores.caption_justify = "left"
    tables: list[Table] = [scores]
    for name, heading in _FINDINGS.items():
        findings = getattr(report, name)
        if not findings:
            continue
        table = Table(title=f"{heading} ({len(findings)})", title_justify="left")
        columns = ("document", "subject", "predicate", "object", "note")
        columns = columns if len(documents) > 1 else columns[1:]
        for column in columns:
            table.add_column(column, overflow="fold")
        for finding in findings:
            row = asdict(finding)
            table.add_row(*(row[column] for column in columns))
        tables.append(table)
    return Group(*tables)


def render_documents(evaluation: Evaluation) -> Table:
    """One row per document (relations P/R/F1, typed entities F1, attributes), then the micro
    and macro totals."""
    table = Table(title="Per document", title_justify="left")
    for column in ("document", "P", "R", "F1", "TP", "FP", "FN", "entities F1", "attributes"):
        table.add_column(column, justify="left" if column == "document" else "right")

    def row(name: str, report: Report) -> tuple[str, ...]:
        attributes = report.attributes
        return (
            *_scores_row(name, report.relations)[:-1],
            f"{report.entities_typed.f1:.2f}",
            f"{attributes.tp}/{attributes.support}",
        )

    for report in evaluation.per_document:
        table.add_row(*row(", ".join(report.documents), report))
    table.add_row(*row("micro", evaluation.micro), style="bold")
    macro = evaluation.macro
    table.add_row(
        "macro",
        *(f"{macro['relations'][m]:.2f}" for m in ("precision", "recall", "f1")),
        "",
        "",
        "",
        f"{macro['entities_typed']['f1']:.2f}",
        "",
        style="bold",
    )
    return table


def macro_line(evaluation: Evaluation) -> str:
    """`macro: relations P=0.95 R=0.90 F1=0.92 | entities typed F1=0.97 | attributes F1=1.00`."""
    macro = evaluation.macro
    relations = macro["relations"]
    return (
        f"macro: relations P={relations['precision']:.2f} R={relations['recall']:.2f} "
        f"F1={relations['f1']:.2f} | entities typed F1={macro['entities_typed']['f1']:.2f}"
        f" | attributes F1={macro['attributes']['f1']:.2f}"
    )


def summary_line(report: Report) -> str:
    """One line for the end of `kg eval`, e.g. `relations P=0.92 R=0.88 F1=0.90 | entities typed
    F1=0.95 | attributes 4/4 | forbidden 0 | certainty 0.93` (on one line)."""
    relations, accuracy = report.relations, report.certainty_accuracy
    return (
        f"relations P={relations.precision:.2f} R={relations.recall:.2f} F1={relations.f1:.2f}"
        f" | entities typed F1={report.entities_typed.f1:.2f}"
        f" | attributes {report.attributes.tp}/{report.attributes.support}"
        f" | forbidden {len(report.forbidden)}"
        f" | certainty {'n/a' if accuracy is None else f'{accuracy:.2f}'}"
    )
