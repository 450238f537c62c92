"""kg's graph for property-graph tools: GraphML (networkx), CSV tables, Neo4j's import CSV set.

    >>> files = interchange(to_networkx(graph), InterchangeFormat.NEO4J)   # {name: bytes}

An entity is a node; every relation statement is an edge with its evidence (sentence, document,
character offsets), certainty, confidence, source, amount and date, so that nothing the RDF says
about a claim is lost on the way. Attribute statements (founding date, valuation, revenue) become
columns of their entity (the latest by date). Values are plain: lists are joined with "; " in
GraphML and CSV, Neo4j gets typed arrays.

- GraphML: one file, read by networkx, Gephi, Cytoscape, yEd (`nx.read_graphml`).
- CSV: `entities.csv` and `relations.csv` (`source`, `target` are entity IRIs). A text cell
  starting with `=`, `+`, `-` or `@` gets a leading apostrophe so that no spreadsheet runs article
  text as a formula.
- Neo4j: `entities.csv` and `relations.csv` with `neo4j-admin database import` headers (`:ID`,
  `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`, typed properties). The relationship type is the
  relation in capitals (`INVESTS_IN`); a negated statement is `NOT_INVESTS_IN` and a past one
  `PAST_HAS_CEO`, so that a Cypher match on `INVESTS_IN` sees what a SPARQL query on the direct
  triples sees. Import with:

      neo4j-admin database import full --nodes=entities.csv --relationships=relations.csv \\
          --multiline-fields=true neo4j
"""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
from collections.abc import Iterable, Mapping
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import GraphError

if TYPE_CHECKING:  # networkx is imported where GraphML is written: the CLI loads this module
    import networkx as nx

__all__ = [
    "InterchangeFormat",
    "edge_rows",
    "entity_rows",
    "interchange",
    "write_files",
]


class InterchangeFormat(StrEnum):
    GRAPHML = "graphml"
    CSV = "csv"
    NEO4J = "neo4j"

    @property
    def is_folder(self) -> bool:
        """Whether the format is a set of files (written into a folder)."""
        return self is not InterchangeFormat.GRAPHML


# Column -> its Neo4j type (absent: string); the order is the files' column order.
ENTITY_COLUMNS: dict[str, str] = {
    "id": "ID",
    "label": "",
    "type": "",
    "fine_type": "",
    "aliases": "string[]",
    "documents": "string[]",
    "founding_date": "",
    "valuation": "double",
    "valuation_currency": "",
    "valuation_date": "",
    "revenue": "double",
    "revenue_currency": "",
    "revenue_date": "",
}
RELATION_COLUMNS: dict[str, str] = {
    "id": "",
    "source": "START_ID",
    "target": "END_ID",
    "predicate": "",
    "certainty": "",
    "past": "boolean",
    "symmetric": "boolean",
    "confidence": "double",
    "reported_by": "",
    "reported_by_id": "",
    "amount": "double",
    "currency": "",
    "amount_text": "",
    "date": "",
    "evidence": "",
    "document": "",
    "document_id": "",
    "begin": "long",
    "end": "long",
    "rule": "",
}
_FORMULA = re.compile(r"^[=+\-@\t\r]")


def _number(value: Decimal | float | None) -> float | None:
    return None if value is None else float(value)


def _latest(attributes: list[dict[str, Any]], name: str) -> dict[str, Any] | None:
    """The entity's value of an attribute, the latest by date (undated values last)."""
    found = [a for a in attributes if a["predicate"] == name and a["certainty"] != "negated"]
    found.sort(key=lambda a: (a.get("date") is not None, a.get("date") or ""), reverse=True)
    return found[0] if found else None


def entity_rows(g: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """One row per entity of `kg.analytics.to_networkx`'s graph, in IRI order."""
    documents = g.graph.get("documents", {})
    rows = []
    for node in sorted(g):
        data = g.nodes[node]
        founded = _latest(data["attributes"], "foundingDate")
        row: dict[str, Any] = {
            "id": node,
            "label": data["label"],
            "type": data["type"],
            "fine_type": data["fine_type"],
            "aliases": list(data["aliases"]),
            "documents": [documents.get(d, d) for d in data["documents"]],
            "founding_date": founded["value"] if founded else None,
        }
        for name in ("valuation", "revenue"):
            value = _latest(data["attributes"], name)
            row[name] = _number(value.get("amount")) if value else None
            row[f"{name}_currency"] = value.get("currency") if value else None
            row[f"{name}_date"] = value.get("date") if value else None
        rows.append(row)
    return rows


def edge_rows(g: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """One row per relation statement, with its evidence, in statement order."""
    documents = g.graph.get("documents", {})
    rows = []
    for u, v, key, data in sorted(g.edges(keys=True, data=True), key=lambda e: e[2]):
        document = data["document"]
        rows.append(
            {
                "id": key,
                "source": u,
                "target": v,
                "predicate": data["predicate"],
                "certainty": data["certainty"],
                "past": data["past"],
                "symmetric": data["symmetric"],
                "confidence": data["confidence"],
                "reported_by": data["source"],
                "reported_by_id": data["source_iri"],
                "amount": _number(data["amount"]),
                "currency": data["currency"],
                "amount_text": data["amount_text"],
                "date": data["date"],
                "evidence": data["evidence"],
                "document": documents.get(document, document) if document else None,
                "document_id": document,
                "begin": data["begin"],
                "end": data["end"],
                "rule": data["rule"],
            }
        )
    return rows


# --- the formats --------------------------------------------------------------------------------


def _graphml(g: nx.MultiDiGraph) -> bytes:
    """networkx's GraphML of a copy whose values are all strings, numbers or booleans."""
    import networkx as nx

    plain = nx.MultiDiGraph()

    def flat(row: Mapping[str, Any], skip: tuple[str, ...]) -> dict[str, Any]:
        return {
            k: "; ".join(v) if isinstance(v, list) else v
            for k, v in row.items()
            if k not in skip and v is not None and v != []
        }

    for row in entity_rows(g):
        plain.add_node(row["id"], **flat(row, ("id",)))
    for row in edge_rows(g):
        plain.add_edge(
            row["source"], row["target"], key=row["id"], **flat(row, ("source", "target"))
        )
    buffer = io.BytesIO()
    nx.write_graphml(plain, buffer, encoding="utf-8", infer_numeric_types=True)
    return buffer.getvalue()


def _cell(value: Any, *, neo4j: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, list):  # Neo4j's array delimiter is ';' (inside a name: ',')
        text = ";".join(str(x).replace(";", ",") for x in value) if neo4j else "; ".join(value)
    else:
        text = str(value)
    return "'" + text if not neo4j and _FORMULA.match(text) else text


def _table(
    rows: Iterable[Mapping[str, Any]], columns: list[tuple[str, str]], *, neo4j: bool
) -> bytes:
    """CSV of `rows`; `columns` are (header, field of the row) pairs."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([header for header, _ in columns])
    for row in rows:
        writer.writerow([_cell(row.get(name), neo4j=neo4j) for _, name in columns])
    return buffer.getvalue().encode("utf-8")


def _neo4j_columns(columns: Mapping[str, str], extra: str) -> list[tuple[str, str]]:
    """Headers `name:type` (`:START_ID`, `:END_ID` for the ends), then `extra` (`:LABEL`,
    `:TYPE`)."""
    found = []
    for name, kind in columns.items():
        if kind in ("START_ID", "END_ID"):
            found.append((f":{kind}", name))
        else:
            found.append((f"{name}:{kind}" if kind else name, name))
    return [*found, (extra, extra)]


def _relationship_type(row: Mapping[str, Any]) -> str:
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", row["predicate"]).upper()  # hasCEO: HAS_CEO
    if row["certainty"] == "negated":
        return f"NOT_{name}"
    return f"PAST_{name}" if row["past"] else name


def interchange(g: nx.MultiDiGraph, fmt: InterchangeFormat) -> dict[str, bytes]:
    """The files of `fmt` for the graph of `kg.analytics.to_networkx`: name -> content."""
    if fmt is InterchangeFormat.GRAPHML:
        return {"graph.graphml": _graphml(g)}
    entities, relations = entity_rows(g), edge_rows(g)
    if fmt is InterchangeFormat.CSV:
        return {
            "entities.csv": _table(entities, [(c, c) for c in ENTITY_COLUMNS], neo4j=False),
            "relations.csv": _table(relations, [(c, c) for c in RELATION_COLUMNS], neo4j=False),
        }
    for row in entities:
        row[":LABEL"] = ["Entity", *(x for x in (row["type"], row["fine_type"]) if x)]
    for row in relations:
        row[":TYPE"] = _relationship_type(row)
    return {
        "entities.csv": _table(entities, _neo4j_columns(ENTITY_COLUMNS, ":LABEL"), neo4j=True),
        "relations.csv": _table(relations, _neo4j_columns(RELATION_COLUMNS, ":TYPE"), neo4j=True),
    }


def write_files(files: Mapping[str, bytes], out: Path) -> list[Path]:
    """Write a set of files: all to temporary files beside them first, then all renamed (once
    every target is known to be a file or missing), so that a failure leaves the previous set as
    it was."""
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise GraphError(f"{out}: cannot create the folder ({error.strerror})") from error
    if not out.is_dir():
        raise GraphError(f"{out}: not a folder")
    for name in files:
        if (out / name).exists() and not (out / name).is_file():
            raise GraphError(f"{out / name}: exists and is not a file; nothing was written")
    temporary: list[tuple[str, Path]] = []
    try:
        for name, data in files.items():
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=out)
            temporary.append((name, Path(tmp)))
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        for name, tmp in temporary:
            os.replace(tmp, out / name)
    except OSError as error:
        raise GraphError(f"{out}: cannot write the export ({error.strerror})") from error
    finally:
        for _, tmp in temporary:
            tmp.unlink(missing_ok=True)
    return [out / name for name in files]
