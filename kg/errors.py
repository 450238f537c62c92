"""One error tree; each message says what was wrong and what to do about it."""

from __future__ import annotations


class KGError(Exception):
    """Base of every error kg raises on purpose; the CLI prints it as one line."""


class InputError(KGError):
    """The input document cannot be used: empty, binary, not UTF-8, not French, too large."""


class ModelError(KGError):
    """The spaCy model or a pipeline data file is missing or broken."""


class GraphError(KGError):
    """A graph file cannot be read or written."""


class QueryError(KGError):
    """A SPARQL query is malformed or failed."""


class StoreError(KGError):
    """The store is missing, locked by another process, or damaged."""


class GoldError(KGError):
    """A gold file does not follow the format of docs/gold-format.md."""
