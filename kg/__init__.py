"""kg: knowledge graphs from French business and tech news (spaCy -> RDF -> Oxigraph).

    >>> import kg
    >>> with kg.Store(".kg", read_only=True) as store:          # doctest: +SKIP
    ...     store.query("SELECT ?who WHERE { ?who kg:investsIn :scale-ai }").records()
"""

__all__ = ["Store"]


def __getattr__(name: str) -> object:
    # Loaded on first use, so that `import kg.vocab` does not open pyoxigraph.
    if name == "Store":
        from .store import Store

        return Store
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
