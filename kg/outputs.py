"""out/: an export of what was built, taken from the store, so that the graph one opens is the
graph one queries (entities linked across documents, one label each).

`write_outputs` writes `graph.ttl` (and `.nt`, `.jsonld`), `graph.html` and the manifest
`kg-build.json` for a scope, as one set (`kg.export.OutputSet`): the documents of this run
(`Scope.RUN`, what `kg build` writes by default) or every document of the store
(`Scope.STORE`). The manifest says which, and how many documents the store holds. The graph is
gathered in a scratch store on disk and streamed to the files, so memory does not grow with
the number of documents; the HTML page, which must hold its graph, is drawn up to
`Settings.html_max_documents` documents.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import pyoxigraph as ox

from . import sparql
from .config import Settings
from .errors import GraphError
from .export import GraphFormat, OutputSet
from .store import Store, fill_rdflib

__all__ = ["Outputs", "Scope", "write_outputs"]

_FORMATS = {
    GraphFormat.TURTLE: ox.RdfFormat.TURTLE,
    GraphFormat.NT: ox.RdfFormat.N_TRIPLES,
    GraphFormat.JSON_LD: ox.RdfFormat.JSON_LD,
}
_MENTIONED_IN = ox.NamedNode("https://w3id.org/kg-fr/ontology#mentionedIn")
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_STATEMENT = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement")


class Scope(StrEnum):
    """What out/ holds: this run's documents, or the whole store."""

    RUN = "run"
    STORE = "store"


@dataclass(frozen=True)
class Outputs:
    """The staged files (publish them with `outputs.publish(manifest)`) and what they hold."""

    files: OutputSet
    names: tuple[str, ...]
    manifest: dict[str, object]
    documents: int
    entities: int
    statements: int
    triples: int
    html_skipped: str = ""  # why graph.html was not drawn, if it was not


def write_outputs(
    store: Store,
    keys: Sequence[str],
    out_dir: Path,
    *,
    scope: Scope = Scope.RUN,
    formats: Sequence[GraphFormat] = (GraphFormat.TURTLE,),
    html: bool = True,
    settings: Settings | None = None,
) -> Outputs:
    """Stage out/ for the documents `keys` (the run's; ignored for `Scope.STORE`)."""
    settings = settings or store.settings
    stored = store.document_keys()
    keys = stored if scope is Scope.STORE else list(dict.fromkeys(keys))
    files = OutputSet(out_dir)
    scratch_dir = files.staging / ".union"
    try:
        scratch = store.union(keys, scratch_dir)
        names = []
        prefixes = sparql.export_prefixes(store.prefixes)
        for fmt in dict.fromkeys(formats):
            name = f"graph{fmt.suffix}"
            ox.serialize(
                store.triples_of(scratch),
                output=str(files.path(name)),
                format=_FORMATS[fmt],
                prefixes=prefixes,
            )
            names.append(name)
        entities = len({q.subject for q in scratch.quads_for_pattern(None, _MENTIONED_IN, None)})
        statements = sum(1 for _ in scratch.quads_for_pattern(None, _RDF_TYPE, _STATEMENT))
        triples = len(scratch)
        skipped = ""
        if html and len(keys) > settings.html_max_documents:
            skipped = (
                f"graph.html not drawn: {len(keys):,} documents is more than "
                f"{settings.html_max_documents:,}; `kg view --focus NAME` draws a neighbourhood"
            )
        elif html:
            from .graph import new_graph
            from .view import write_html  # the view stage pulls in pyvis: only when drawing

            graph = fill_rdflib(new_graph(settings.base_iri), store.triples_of(scratch))
            write_html(graph, files.path("graph.html"), settings=settings)
            names.append("graph.html")
        del scratch
        shutil.rmtree(scratch_dir, ignore_errors=True)
    except OSError as error:  # a full disk, RocksDB's own files included
        files.discard()
        raise GraphError(
            f"{out_dir} cannot be written: {error.strerror or error}; it holds the previous "
            "build, as it was"
        ) from error
    except BaseException:
        files.discard()
        raise
    manifest = {
        "scope": str(scope),
        "documents": len(keys),
        "store_documents": len(stored),
        "store": str(store.path) if store.path is not None else None,
        "articles": _articles(store, keys),
    }
    return Outputs(files, tuple(names), manifest, len(keys), entities, statements, triples, skipped)


def _articles(store: Store, keys: Sequence[str], limit: int = 10_000) -> list[dict[str, object]]:
    """What the manifest says of each document (the first `limit`: the rest are in the store)."""
    found = []
    for key in keys[:limit]:
        document = store.stored(key)
        if document is not None:
            found.append(
                {
                    "id": document.id,
                    "name": document.name,
                    "key": document.key,
                    "sha256": document.sha256,
                    "path": document.path,
                }
            )
    return found
