"""SPARQL over a pyoxigraph store: predeclared prefixes, parameters, typed results, clear errors.

    >>> result = run(db, "SELECT ?who WHERE { ?who kg:investsIn :scale-ai }", prefixes=prefixes)
    >>> result.records()                                   # doctest: +SKIP
    [{'who': 'https://w3id.org/kg-fr/id/microsoft'}, ...]

SELECT gives a `Table`, ASK an `Answer`, CONSTRUCT and DESCRIBE `Triples`; `serialized` writes
the standard formats (SPARQL CSV / TSV / JSON / XML results, Turtle, N-Triples, JSON-LD).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import TypeAlias

import pyoxigraph as ox
from rdflib import Graph

from .errors import QueryError, StoreError

__all__ = [
    "Answer",
    "QueryResult",
    "ResultFormat",
    "Table",
    "Triples",
    "python_value",
    "run",
    "serialized",
]

Term: TypeAlias = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple

XSD = "http://www.w3.org/2001/XMLSchema#"
INTEGER_TYPES = frozenset(
    XSD + name
    for name in (
        "integer",
        "nonNegativeInteger",
        "positiveInteger",
        "nonPositiveInteger",
        "negativeInteger",
        "long",
        "int",
        "short",
        "byte",
        "unsignedLong",
        "unsignedInt",
        "unsignedShort",
        "unsignedByte",
    )
)


class ResultFormat(StrEnum):
    """How `kg query` prints results: `table` for people, the others for programs."""

    TABLE = "table"
    CSV = "csv"
    TSV = "tsv"
    JSON = "json"
    XML = "xml"
    TURTLE = "turtle"
    NT = "nt"


_SOLUTION_FORMATS = {
    ResultFormat.CSV: ox.QueryResultsFormat.CSV,
    ResultFormat.TSV: ox.QueryResultsFormat.TSV,
    ResultFormat.JSON: ox.QueryResultsFormat.JSON,
    ResultFormat.XML: ox.QueryResultsFormat.XML,
}
_GRAPH_FORMATS = {
    ResultFormat.TABLE: ox.RdfFormat.TURTLE,
    ResultFormat.TURTLE: ox.RdfFormat.TURTLE,
    ResultFormat.NT: ox.RdfFormat.N_TRIPLES,
    ResultFormat.JSON: ox.RdfFormat.JSON_LD,
    ResultFormat.XML: ox.RdfFormat.RDF_XML,
}


# --- values -----------------------------------------------------------------------------------


def compact(iri: str, prefixes: Mapping[str, str]) -> str:
    """`https://w3id.org/kg-fr/ontology#investsIn` -> `kg:investsIn` (the longest namespace)."""
    best = max((ns for ns in prefixes.values() if iri.startswith(ns)), key=len, default=None)
    if best is None:
        return f"<{iri}>"
    prefix = next(p for p, ns in prefixes.items() if ns == best)
    return f"{prefix}:{iri[len(best) :]}"


def display(term: Term | None, prefixes: Mapping[str, str]) -> str:
    """A short readable form: IRIs with kg's prefixes, literals by their text."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return compact(term.value, prefixes)
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def python_value(term: Term | None) -> object:
    """IRIs and text as str, numbers as int / Decimal / float, booleans as bool."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if not isinstance(term, ox.Literal):
        return str(term)
    datatype = term.datatype.value
    try:
        if datatype in INTEGER_TYPES:
            return int(term.value)
        if datatype == XSD + "decimal":
            return Decimal(term.value)
        if datatype in (XSD + "double", XSD + "float"):
            return float(term.value)
    except ValueError:
        return term.value
    if datatype == XSD + "boolean":
        return term.value in ("true", "1")
    return term.value


def parameter(value: object, prefixes: Mapping[str, str]) -> Term:
    """A parameter value as an RDF term: `<iri>`, `kg:x` or `:x` are IRIs, Python numbers and
    booleans typed literals, anything else a plain string literal."""
    if isinstance(value, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple):
        return value
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "integer"))
    if isinstance(value, Decimal | float):
        kind = "decimal" if isinstance(value, Decimal) else "double"
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + kind))
    text = str(value)
    if text.startswith("<") and text.endswith(">"):
        return ox.NamedNode(text[1:-1])
    prefix, colon, local = text.partition(":")
    if colon and prefix in prefixes and not re.search(r"\s", text):
        return ox.NamedNode(prefixes[prefix] + local)
    return ox.Literal(text)


# --- results ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Table:
    """The solutions of a SELECT query: variable names and rows of RDF terms (None if unbound)."""

    variables: tuple[str, ...]
    rows: tuple[tuple[Term | None, ...], ...]
    prefixes: Mapping[str, str] = field(default_factory=dict, compare=False, repr=False)

    def __len__(self) -> int:
        return len(self.rows)

    def records(self) -> list[dict[str, object]]:
        """Rows as dicts of plain Python values (see `python_value`), e.g. for pandas."""
        return [
            {v: python_value(t) for v, t in zip(self.variables, row, strict=True)}
            for row in self.rows
        ]

    def column(self, variable: str) -> list[object]:
        index = self.variables.index(variable)
        return [python_value(row[index]) for row in self.rows]

    def strings(self) -> list[tuple[str, ...]]:
        """Rows as short strings for display: `kg:investsIn`, `:scale-ai`, literal text."""
        return [tuple(display(t, self.prefixes) for t in row) for row in self.rows]


@dataclass(frozen=True)
class Answer:
    """The answer of an ASK query."""

    value: bool

    def __bool__(self) -> bool:
        return self.value


@dataclass(frozen=True)
class Triples:
    """The graph a CONSTRUCT or DESCRIBE query built."""

    triples: tuple[ox.Triple, ...]
    prefixes: Mapping[str, str] = field(default_factory=dict, compare=False, repr=False)

    def __len__(self) -> int:
        return len(self.triples)

    def serialize(self, fmt: ResultFormat = ResultFormat.TURTLE) -> bytes:
        """Turtle (`table`, `turtle`), N-Triples (`nt`), JSON-LD (`json`) or RDF/XML (`xml`)."""
        if fmt not in _GRAPH_FORMATS:
            raise QueryError(
                f"a CONSTRUCT or DESCRIBE result is a graph: use --format "
                f"{', '.join(f.value for f in _GRAPH_FORMATS)}, not {fmt}"
            )
        return ox.serialize(
            self.triples, format=_GRAPH_FORMATS[fmt], prefixes=export_prefixes(self.prefixes)
        )

    def to_rdflib(self) -> Graph:
        graph = Graph()
        graph.parse(data=self.serialize(ResultFormat.NT), format="nt")
        return graph


QueryResult: TypeAlias = Table | Answer | Triples


def export_prefixes(prefixes: Mapping[str, str]) -> dict[str, str]:
    """Longest namespaces first: pyoxigraph's serializers use the first prefix that fits."""
    return dict(sorted(prefixes.items(), key=lambda item: -len(item[1])))


# --- running ----------------------------------------------------------------------------------


def _execute(
    db: ox.Store, sparql: str, prefixes: Mapping[str, str], params: Mapping[str, object] | None
) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
    substitutions = {
        ox.Variable(name.lstrip("?$")): parameter(value, prefixes)
        for name, value in (params or {}).items()
    }
    try:
        return db.query(sparql, prefixes=dict(prefixes), substitutions=substitutions or None)
    except SyntaxError as error:
        raise QueryError(syntax_message(sparql, str(error), prefixes)) from error
    except OSError as error:
        raise StoreError(f"the store could not be read: {error}") from error
    except (RuntimeError, ValueError, TypeError) as error:
        raise QueryError(f"the query failed: {error}") from error


def run(
    db: ox.Store,
    sparql: str,
    *,
    prefixes: Mapping[str, str],
    params: Mapping[str, object] | None = None,
) -> QueryResult:
    """Run a query over the store's default graph, `prefixes` predeclared."""
    results = _execute(db, sparql, prefixes, params)
    try:
        if isinstance(results, ox.QueryBoolean):
            return Answer(bool(results))
        if isinstance(results, ox.QuerySolutions):
            variables = tuple(v.value for v in results.variables)
            rows = tuple(tuple(s[i] for i in range(len(variables))) for s in results)
            return Table(variables, rows, prefixes)
        return Triples(tuple(results), prefixes)
    except (OSError, RuntimeError) as error:
        raise QueryError(f"the query failed: {error}") from error


def serialized(
    db: ox.Store,
    sparql: str,
    fmt: ResultFormat,
    *,
    prefixes: Mapping[str, str],
    params: Mapping[str, object] | None = None,
) -> bytes:
    """The results in a standard format: SPARQL CSV / TSV / JSON / XML for SELECT and ASK;
    Turtle, N-Triples, JSON-LD (`json`) or RDF/XML (`xml`) for CONSTRUCT and DESCRIBE."""
    results = _execute(db, sparql, prefixes, params)
    try:
        if isinstance(results, ox.QueryTriples):
            if fmt not in _GRAPH_FORMATS:
                raise QueryError(
                    f"a CONSTRUCT or DESCRIBE result is a graph: use --format "
                    f"{', '.join(f.value for f in _GRAPH_FORMATS)}, not {fmt}"
                )
            return ox.serialize(
                results, format=_GRAPH_FORMATS[fmt], prefixes=export_prefixes(prefixes)
            )
        if fmt not in _SOLUTION_FORMATS:
            raise QueryError(
                f"a SELECT or ASK result is a table: use --format "
                f"{', '.join(f.value for f in _SOLUTION_FORMATS)}, not {fmt}"
            )
        return results.serialize(format=_SOLUTION_FORMATS[fmt])
    except (OSError, RuntimeError) as error:
        raise QueryError(f"the query failed: {error}") from error


# --- errors -----------------------------------------------------------------------------------

_SYNTAX = re.compile(r"error at (\d+):(\d+): (.*)", re.DOTALL)
_PREFIXED_NAME = re.compile(r"(?<![\w<>\"'?$:/#.-])([A-Za-z][\w.-]*)?:[\w-]")
_NOT_CODE = re.compile(r"<[^>\s]*>|\"[^\"\n]*\"|'[^'\n]*'|#[^\n]*")
_MAX_MESSAGE = 160


def syntax_message(sparql: str, error: str, prefixes: Mapping[str, str]) -> str:
    """The parser's message with its line and column, the line itself, and a hint when the
    query uses a prefix nobody declared (pyoxigraph then reports a puzzling token)."""
    found = _SYNTAX.match(error)
    if not found:
        return f"malformed SPARQL query: {error}"
    line, column = int(found[1]), int(found[2])
    message = " ".join(found[3].split())
    if len(message) > _MAX_MESSAGE:
        message = message[:_MAX_MESSAGE].rsplit(" ", 1)[0] + " …"
    lines = sparql.splitlines() or [""]
    text = lines[line - 1].strip() if 0 < line <= len(lines) else ""
    declared = set(prefixes) | set(re.findall(r"(?i)PREFIX\s+([\w.-]*):", sparql))
    code = _NOT_CODE.sub(" ", sparql)
    unknown = sorted({m.group(1) or "" for m in _PREFIXED_NAME.finditer(code)} - declared)
    if unknown:
        names = ", ".join(p + ":" for p in unknown)
        message = (
            f"undeclared prefix {names} (declare it with PREFIX; kg predeclares "
            f"{', '.join(p + ':' for p in prefixes)})"
        )
    return f"malformed SPARQL query at line {line}, column {column}: {message}; the line: {text!r}"
