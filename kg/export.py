"""Graph -> Turtle / N-Triples / JSON-LD files, deterministic and written atomically."""

from __future__ import annotations

import os
import tempfile
from enum import StrEnum
from pathlib import Path

from rdflib import Graph

from .errors import GraphError

__all__ = ["GraphFormat", "atomic_write", "read_graph", "serialize", "write_graph"]


class GraphFormat(StrEnum):
    TURTLE = "turtle"
    NT = "nt"
    JSON_LD = "json-ld"

    @property
    def suffix(self) -> str:
        return {"turtle": ".ttl", "nt": ".nt", "json-ld": ".jsonld"}[self.value]

    @classmethod
    def from_path(cls, path: Path) -> GraphFormat:
        for fmt in cls:
            if path.suffix == fmt.suffix:
                return fmt
        raise GraphError(f"{path}: unknown graph format (expected .ttl, .nt or .jsonld)")


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, then rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; a graph is an ordinary file
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def serialize(graph: Graph, fmt: GraphFormat) -> bytes:
    """Deterministic bytes: rdflib sorts Turtle subjects; N-Triples lines are sorted here."""
    if fmt is GraphFormat.NT:
        lines = sorted(set(graph.serialize(format="nt", encoding="utf-8").splitlines()))
        return b"".join(line + b"\n" for line in lines if line.strip())
    if fmt is GraphFormat.JSON_LD:
        context = {prefix: str(ns) for prefix, ns in graph.namespaces() if prefix}
        return graph.serialize(
            format="json-ld", context=context, indent=2, sort_keys=True, encoding="utf-8"
        )
    return graph.serialize(format="turtle", encoding="utf-8")


def write_graph(graph: Graph, path: Path, fmt: GraphFormat | None = None) -> Path:
    fmt = fmt or GraphFormat.from_path(path)
    atomic_write(path, serialize(graph, fmt))
    return path


def read_graph(path: Path) -> Graph:
    """Parse a graph file written by kg (or any Turtle / N-Triples / JSON-LD file)."""
    if not path.is_file():
        raise GraphError(f"{path}: no such graph file")
    fmt = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld"}.get(
        path.suffix, "turtle"
    )
    graph = Graph()
    try:
        graph.parse(path, format=fmt)
    except Exception as error:  # rdflib raises many parser-specific types
        raise GraphError(f"{path}: not a valid {fmt} graph: {error}") from error
    return graph
