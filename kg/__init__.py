"""kg: knowledge graphs from French business and tech news (spaCy -> RDF -> Oxigraph).

    >>> import kg
    >>> builder = kg.Builder()                                    # doctest: +SKIP
    >>> [resolution] = builder.resolve_texts([kg.read_document(Path("article.fr.txt"))])
    >>> graph = kg.build_graph([resolution])                      # rdflib.Graph
    >>> with kg.Store(".kg", read_only=True) as store:            # doctest: +SKIP
    ...     store.query("SELECT ?who WHERE { ?who kg:investsIn :scale-ai }").records()

Names are loaded on first use, so that `import kg` stays cheap (spaCy, pyvis and pyoxigraph are
only imported by the stages that need them). The stage functions that share their module's name
are imported from it: `from kg.extract import extract`, `from kg.resolve import resolve`,
`from kg.validate import validate`, `from kg.evaluate import evaluate`.
"""

from __future__ import annotations

from importlib import import_module

_EXPORTS = {
    "Settings": "config",
    "KGError": "errors",
    "Document": "types",
    "Mention": "types",
    "Entity": "types",
    "Statement": "types",
    "Relation": "types",
    "Amount": "types",
    "When": "types",
    "Certainty": "types",
    "EntityType": "types",
    "Resolution": "types",
    "read_document": "read",
    "read_text": "read",
    "nlp_text": "read",
    "Processed": "build",
    "statement_iri": "graph",
    "entity_iri": "graph",
    "build_nlp": "nlp",
    "build_graph": "graph",
    "GraphFormat": "export",
    "read_graph": "export",
    "write_graph": "export",
    "load_gold": "evaluate",
    "Builder": "build",
    "build_files": "build",
    "Store": "store",
    "to_networkx": "analytics",
    "centrality": "analytics",
    "communities": "analytics",
    "shortest_paths": "analytics",
    "write_html": "view",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> object:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    return getattr(import_module(f".{module}", __name__), name)


def __dir__() -> list[str]:
    return __all__
