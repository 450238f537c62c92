"""SPARQL over a pyoxigraph store: predeclared prefixes, parameters, typed results, clear errors.

    >>> result = run(db, "SELECT ?who WHERE { ?who kg:investsIn :scale-ai }", prefixes=prefixes)
    >>> result.records()                                   # doctest: +SKIP
    [{'who': 'https://w3id.org/kg-fr/id/microsoft'}, ...]

SELECT gives a `Table`, ASK an `Answer`, CONSTRUCT and DESCRIBE `Triples`; `write` streams the
standard formats (SPARQL CSV / TSV / JSON / XML results, Turtle, N-Triples, JSON-LD), up to a
limit if asked. A query never reaches the network: `SERVICE` (federated query, which Oxigraph
would send to any URL) is refused unless the caller allows it, and an update is named as one.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, BinaryIO, TypeAlias
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from .errors import QueryError, StoreError

if TYPE_CHECKING:
    from rdflib import Graph

__all__ = [
    "Answer",
    "QueryResult",
    "ResultFormat",
    "Table",
    "Triples",
    "check_query",
    "python_value",
    "run",
    "serialized",
    "write",
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
    try:
        if text.startswith("<") and text.endswith(">"):
            return ox.NamedNode(text[1:-1])
        prefix, colon, local = text.partition(":")
        if colon and prefix in prefixes and not re.search(r"\s", text):
            return ox.NamedNode(prefixes[prefix] + local)
    except ValueError as error:
        raise QueryError(f"{text!r} is not a valid IRI ({error})") from error
    return ox.Literal(text)


def variable(name: str) -> ox.Variable:
    """A parameter's name as a SPARQL variable (`company`, `?company`); QueryError if it cannot
    be one."""
    try:
        return ox.Variable(name.strip().removeprefix("?").removeprefix("$"))
    except ValueError as error:
        raise QueryError(
            f"{name!r} is not a SPARQL variable name (letters, digits and _ only)"
        ) from error


# --- what a query would do, before it runs ------------------------------------------------------

# SPARQL's lexemes that may hold any text, matched first so that nothing inside them counts:
# comments, the four kinds of strings, IRIs; then variables, then words (keywords, prefixed
# names, numbers). A character no alternative matches (an unterminated string's quote) is
# skipped, and what follows it is read as code: when in doubt, a keyword counts.
_SKIPPED = (
    r"\#[^\n\r]*",  # a comment
    r'"""(?:[^"\\]|\\.|"(?!""))*"""',  # long strings
    r"'''(?:[^'\\]|\\.|'(?!''))*'''",
    r'"(?:[^"\\\n\r]|\\.)*"',  # strings
    r"'(?:[^'\\\n\r]|\\.)*'",
    r"<[^<>\"{}|^`\\\x00-\x20]*>",  # an IRI
    r"[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+",  # a variable
)
_LEXEME = re.compile("(?P<skip>" + "|".join(_SKIPPED) + r")|(?P<word>[\w.:%\\-]+)")
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_UPDATE_KEYWORDS = frozenset(
    {"insert", "delete", "load", "clear", "create", "drop", "copy", "move", "add", "with"}
)


def _codepoints(sparql: str) -> str:
    """SPARQL applies \\uXXXX escapes before parsing, anywhere in a query (so does Oxigraph)."""

    def char(match: re.Match[str]) -> str:
        code = int(match[1] or match[2], 16)
        return chr(code) if code < 0x110000 and not 0xD800 <= code < 0xE000 else match[0]

    return _CODEPOINT.sub(char, sparql)


def _words(sparql: str) -> Iterable[str]:
    """The words of a query outside its strings, IRIs, comments and variables; for a prefixed
    name (`schema:Service`) only its prefix, since its local part cannot be a keyword."""
    for match in _LEXEME.finditer(_codepoints(sparql)):
        if match["word"] is not None:
            yield match["word"].partition(":")[0]


def is_federated(sparql: str) -> bool:
    """Whether a query may call another endpoint with SERVICE. Conservative: "SERVICE" anywhere
    in the code counts, even glued to other words, since Oxigraph's parser reads keywords
    without a word boundary ("SERVICEex:x" is SERVICE ex:x)."""
    return any("service" in word.casefold() for word in _words(sparql))


def is_update(sparql: str) -> bool:
    """Whether `sparql` is an update (INSERT, DELETE, LOAD, CLEAR ...) rather than a query."""
    words = iter(_words(sparql))
    for word in words:
        lowered = word.casefold()
        if lowered == "prefix":
            next(words, None)  # the prefix name; its IRI is not a word
        elif lowered != "base" and lowered:
            return lowered in _UPDATE_KEYWORDS
    return False


def check_query(sparql: str, *, allow_service: bool = False) -> None:
    """Refuse, before anything runs, an update and (unless allowed) a federated query."""
    if is_update(sparql):
        raise QueryError(
            "this is a SPARQL update (INSERT, DELETE, LOAD ...), not a query: kg only reads "
            "the store here; it changes through kg build and kg remove"
        )
    if not allow_service and is_federated(sparql):
        raise QueryError(
            "the query uses SERVICE, which would send a request to another server: kg never "
            "lets a query reach the network unless you allow it (kg query --allow-service)"
        )


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
        from rdflib import Graph  # only here: a query worker starts without rdflib

        graph = Graph()
        graph.parse(data=self.serialize(ResultFormat.NT), format="nt")
        return graph


QueryResult: TypeAlias = Table | Answer | Triples


def export_prefixes(prefixes: Mapping[str, str]) -> dict[str, str]:
    """Longest namespaces first: pyoxigraph's serializers use the first prefix that fits."""
    return dict(sorted(prefixes.items(), key=lambda item: -len(item[1])))


# --- running ----------------------------------------------------------------------------------


def execute(
    db: ox.Store,
    sparql: str,
    prefixes: Mapping[str, str],
    params: Mapping[str, object] | None = None,
    *,
    allow_service: bool = False,
) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
    """Start a query (checked by `check_query`); its results are read lazily."""
    check_query(sparql, allow_service=allow_service)
    substitutions = {
        variable(name): parameter(value, prefixes) for name, value in (params or {}).items()
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
    allow_service: bool = False,
    limit: int | None = None,
) -> QueryResult:
    """Run a query over the store's default graph, `prefixes` predeclared; keep the first
    `limit` rows (or triples) if given."""
    results = execute(db, sparql, prefixes, params, allow_service=allow_service)
    try:
        if isinstance(results, ox.QueryBoolean):
            return Answer(bool(results))
        if isinstance(results, ox.QuerySolutions):
            variables = tuple(v.value for v in results.variables)
            rows = tuple(
                tuple(s[i] for i in range(len(variables))) for s in itertools.islice(results, limit)
            )
            return Table(variables, rows, prefixes)
        return Triples(tuple(itertools.islice(results, limit)), prefixes)
    except (OSError, RuntimeError) as error:
        raise QueryError(f"the query failed: {error}") from error


def serialized(
    db: ox.Store,
    sparql: str,
    fmt: ResultFormat,
    *,
    prefixes: Mapping[str, str],
    params: Mapping[str, object] | None = None,
    allow_service: bool = False,
) -> bytes:
    """The results in a standard format: SPARQL CSV / TSV / JSON / XML for SELECT and ASK;
    Turtle, N-Triples, JSON-LD (`json`) or RDF/XML (`xml`) for CONSTRUCT and DESCRIBE."""
    out = io.BytesIO()
    results = execute(db, sparql, prefixes, params, allow_service=allow_service)
    write(results, fmt, out, prefixes=prefixes)
    return out.getvalue()


def write(
    results: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples,
    fmt: ResultFormat,
    out: BinaryIO,
    *,
    prefixes: Mapping[str, str],
    limit: int | None = None,
) -> int:
    """Stream the results to `out` as they are computed, the first `limit` rows (or triples)
    only if given; returns how many were written. Memory stays flat whatever the size."""
    try:
        if isinstance(results, ox.QueryTriples):
            if fmt not in _GRAPH_FORMATS:
                raise QueryError(
                    f"a CONSTRUCT or DESCRIBE result is a graph: use --format "
                    f"{', '.join(f.value for f in _GRAPH_FORMATS)}, not {fmt}"
                )
            counted = _Counter(itertools.islice(results, limit))
            ox.serialize(
                counted, output=out, format=_GRAPH_FORMATS[fmt], prefixes=export_prefixes(prefixes)
            )
            return counted.count
        if fmt not in _SOLUTION_FORMATS:
            raise QueryError(
                f"a SELECT or ASK result is a table: use --format "
                f"{', '.join(f.value for f in _SOLUTION_FORMATS)}, not {fmt}"
            )
        if isinstance(results, ox.QueryBoolean):
            out.write(results.serialize(format=_SOLUTION_FORMATS[fmt]))
            return 1
        variables = [v.value for v in results.variables]
        rows = itertools.islice(results, limit)
        return _SOLUTION_WRITERS[fmt](variables, rows, out)
    except (OSError, RuntimeError) as error:
        if isinstance(error, BrokenPipeError):
            raise
        raise QueryError(f"the query failed: {error}") from error


class _Counter:
    """An iterator that counts what goes through it."""

    def __init__(self, items: Iterable[ox.Triple]):
        self.items, self.count = iter(items), 0

    def __iter__(self) -> _Counter:
        return self

    def __next__(self) -> ox.Triple:
        item = next(self.items)
        self.count += 1
        return item


# The SPARQL 1.1 results formats, written row by row (pyoxigraph's own writer takes the whole
# result and cannot stop at a limit).
_XSD_STRING = XSD + "string"
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_CHUNK = 256  # rows per write


def _batched(rows: Iterable[ox.QuerySolution]) -> Iterable[tuple[ox.QuerySolution, ...]]:
    rows = iter(rows)
    while chunk := tuple(itertools.islice(rows, _CHUNK)):
        yield chunk


def _json_term(term: Term) -> dict[str, object]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Triple):
        parts = ("subject", "predicate", "object")
        return {"type": "triple", "value": {p: _json_term(getattr(term, p)) for p in parts}}
    found: dict[str, object] = {"type": "literal", "value": term.value}
    if term.language:
        found["xml:lang"] = term.language
    elif term.datatype.value != _XSD_STRING:
        found["datatype"] = term.datatype.value
    return found


def _write_json(variables: list[str], rows: Iterable[ox.QuerySolution], out: BinaryIO) -> int:
    out.write(b'{"head":{"vars":' + json.dumps(variables).encode() + b'},"results":{"bindings":[')
    count = 0
    for chunk in _batched(rows):
        parts = []
        for row in chunk:
            binding = {v: _json_term(t) for v, t in zip(variables, row, strict=True) if t}
            parts.append(("," if count else "") + json.dumps(binding, ensure_ascii=False))
            count += 1
        out.write("".join(parts).encode("utf-8"))
    out.write(b"]}}")
    return count


def _csv_value(term: Term | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value if isinstance(term, ox.NamedNode | ox.Literal) else str(term)


def _write_csv(variables: list[str], rows: Iterable[ox.QuerySolution], out: BinaryIO) -> int:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(variables)
    count = 0
    for chunk in _batched(rows):
        writer.writerows([_csv_value(t) for t in row] for row in chunk)
        count += len(chunk)
        out.write(buffer.getvalue().encode("utf-8"))
        buffer.seek(0)
        buffer.truncate()
    out.write(buffer.getvalue().encode("utf-8"))
    return count


def _write_tsv(variables: list[str], rows: Iterable[ox.QuerySolution], out: BinaryIO) -> int:
    out.write(("\t".join(f"?{v}" for v in variables) + "\n").encode("utf-8"))
    count = 0
    for chunk in _batched(rows):
        lines = ("\t".join(str(t) if t else "" for t in row) + "\n" for row in chunk)
        out.write("".join(lines).encode("utf-8"))
        count += len(chunk)
    return count


def _xml_term(term: Term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{_xml_text(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{_xml_text(term.value)}</bnode>"
    if isinstance(term, ox.Triple):
        parts = ("subject", "predicate", "object")
        inner = "".join(f"<{p}>{_xml_term(getattr(term, p))}</{p}>" for p in parts)
        return f"<triple>{inner}</triple>"
    if term.language:
        attribute = f" xml:lang={quoteattr(term.language)}"
    elif term.datatype.value not in (_XSD_STRING, _LANG_STRING):
        attribute = f" datatype={quoteattr(term.datatype.value)}"
    else:
        attribute = ""
    return f"<literal{attribute}>{_xml_text(term.value)}</literal>"


def _xml_text(text: str) -> str:
    """Escaped, with the characters XML 1.0 cannot hold at all (ESC, BEL ...) as U+FFFD."""
    return escape(_NOT_XML.sub("\ufffd", text))


def _write_xml(variables: list[str], rows: Iterable[ox.QuerySolution], out: BinaryIO) -> int:
    head = "".join(f"<variable name={quoteattr(v)}/>" for v in variables)
    out.write(
        '<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#">'
        f"<head>{head}</head><results>".encode()
    )
    count = 0
    for chunk in _batched(rows):
        parts = []
        for row in chunk:
            bindings = "".join(
                f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                for v, t in zip(variables, row, strict=True)
                if t is not None
            )
            parts.append(f"<result>{bindings}</result>")
            count += 1
        out.write("".join(parts).encode("utf-8"))
    out.write(b"</results></sparql>")
    return count


_SOLUTION_WRITERS = {
    ResultFormat.CSV: _write_csv,
    ResultFormat.TSV: _write_tsv,
    ResultFormat.JSON: _write_json,
    ResultFormat.XML: _write_xml,
}


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
