"""The embedded Oxigraph store: one named graph per document, entities merged across documents.

    >>> with Store(".kg") as store:                                      # doctest: +SKIP
    ...     store.add(resolutions)                       # or store.add_graphs([graph])
    ...     table = store.query("SELECT ?who WHERE { ?who kg:investsIn :scale-ai }")

A store directory (`.kg/` by default) holds `oxigraph/`, the RocksDB database that pyoxigraph
and the `oxigraph` server open, and `kg.lock`, which kg's processes share: a writer (`kg build`,
`kg remove`, a writable `Store`) holds it alone, readers (`kg query`, `kg export`, `kg serve`)
together, so that nobody reads the database while it changes.

Named graphs, the truth:

- `<…/id/document/KEY>`, one per document, named by a hash of its text (`Document.key`): what
  `kg.graph` built for it (the document node with its file name, id and path, its statements
  with their evidence, amounts, direct triples), its entities' IRIs mapped to the store's
  (`kg.link`), and the document's view of each entity: `rdf:type`, `kg:mentionedIn` and every
  name it used as `skos:altLabel` (its canonical name included). Building the same file again
  (same path, or same id for text given directly) replaces its graph; removing the document
  drops it. Two files with the same name are two documents; the same text twice is one.
- `<…/id/graph/entities>`: exactly one `rdfs:label` per entity, the longest name a supporting
  document used (`canonical_label`), recomputed when a document that mentions the entity is
  added or removed.
- `<https://w3id.org/kg-fr/ontology>`: `ontologies/kg.ttl`.

The default graph is the union of the named graphs, kept up to date in the same transaction as
each change, and it is what queries see. It is stored rather than computed because Oxigraph 0.5
answers "union default graph" queries once per graph a triple is in (oxigraph#1919): a company
that two articles mention would be counted twice.

The store is a function of the set of documents in it, whatever the order they came in: every
change links again the entities it can affect, found through the index graph
`<…/id/graph/index>` (`kg.entity_index`), as linking all of them would (`kg.link`), and rewrites
the documents whose entity IRIs move, in the same transaction.

Oxigraph stores every integer as xsd:integer (as most triple stores do): exports give back the
datatype that the ontology names as the property's range (xsd:nonNegativeInteger for offsets).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import IO, BinaryIO, Literal
from urllib.parse import unquote, urlparse

import pyoxigraph as ox
import rdflib
from rdflib import Graph
from rdflib.term import Node

from . import sparql
from .config import Settings
from .entity_index import EntityIndex, Region
from .errors import GraphError, StoreError
from .export import atomic_write
from .graph import PREFIXES, build_graph, new_graph
from .link import EntityNames, canonical_label, link_region
from .sparql import Answer, QueryResult, ResultFormat, Table, Term, Triples
from .types import Resolution
from .vocab import COARSE_CLASSES, FINE_CLASSES, ONTOLOGY_IRI, superclasses

try:
    import fcntl
except ImportError:  # Windows: RocksDB's own lock still keeps a second writer out
    fcntl = None

__all__ = [
    "DEFAULT_STORE",
    "Answer",
    "DocumentChange",
    "ExportFormat",
    "QueryResult",
    "ResultFormat",
    "Store",
    "StoredDocument",
    "Table",
    "Triples",
    "canonical_label",
    "is_store",
]

DEFAULT_STORE = Path(".kg")
DATABASE = "oxigraph"
LOCK_FILE = "kg.lock"
ONTOLOGY_GRAPH = ox.NamedNode(ONTOLOGY_IRI.rstrip("#"))
_DEFAULT = ox.DefaultGraph()

_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
_RDFS_RANGE = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#range")
_SKOS_ALT_LABEL = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
_DCTERMS_SOURCE = ox.NamedNode("http://purl.org/dc/terms/source")
_DCTERMS_IDENTIFIER = ox.NamedNode("http://purl.org/dc/terms/identifier")
_KG_SHA256 = ox.NamedNode(ONTOLOGY_IRI + "sha256")
_XSD_INTEGER = sparql.XSD + "integer"
_KG_DOCUMENT = ox.NamedNode(ONTOLOGY_IRI + "Document")
_KG_MENTIONED_IN = ox.NamedNode(ONTOLOGY_IRI + "mentionedIn")
_COARSE = {ONTOLOGY_IRI + name: name for name in COARSE_CLASSES} | {
    ONTOLOGY_IRI + fine: coarse for fine, coarse in FINE_CLASSES.items()
}


class ExportFormat(StrEnum):
    """What `kg export` writes: a graph (the union of the graphs) or a dataset (N-Quads, TriG)."""

    TURTLE = "turtle"
    NT = "nt"
    NQ = "nq"
    TRIG = "trig"
    JSON_LD = "json-ld"

    @property
    def rdf_format(self) -> ox.RdfFormat:
        return {
            "turtle": ox.RdfFormat.TURTLE,
            "nt": ox.RdfFormat.N_TRIPLES,
            "nq": ox.RdfFormat.N_QUADS,
            "trig": ox.RdfFormat.TRIG,
            "json-ld": ox.RdfFormat.JSON_LD,
        }[self.value]

    @property
    def is_dataset(self) -> bool:
        return self in (ExportFormat.NQ, ExportFormat.TRIG)

    @property
    def suffix(self) -> str:
        return {"turtle": ".ttl", "nt": ".nt", "nq": ".nq", "trig": ".trig", "json-ld": ".jsonld"}[
            self.value
        ]

    @classmethod
    def from_path(cls, path: Path) -> ExportFormat:
        for fmt in cls:
            if path.suffix == fmt.suffix:
                return fmt
        raise StoreError(
            f"{path}: unknown export format "
            "(expected .ttl, .nt, .nq, .trig or .jsonld, or give --format)"
        )


@dataclass(frozen=True)
class StoredDocument:
    """A document in the store: its id (what `kg build` printed), IRI, file name, path, size."""

    id: str
    iri: str
    name: str
    sha256: str
    triples: int
    path: str | None = None

    @property
    def key(self) -> str:
        return self.iri.rsplit("/", 1)[-1]

    @property
    def origin(self) -> str:
        return self.path or self.id

    def describe(self) -> str:
        return f"{self.path or self.name} (doc:{self.key})"


@dataclass(frozen=True)
class DocumentChange:
    """What adding or removing one document did to the store."""

    document: str  # the document id
    status: Literal["added", "replaced", "unchanged", "removed"]
    triples: int  # in the document's graph: after an add, before a removal
    entities: int  # entities the document mentions
    shared: int  # of those, entities that other documents mention too
    key: str = ""  # its IRI is doc:KEY
    note: str = ""  # what else to know: the same text is already there, another has this id


# --- locking ----------------------------------------------------------------------------------


class _Lock:
    """`kg.lock`, held with flock: exclusively by a writer, shared by readers.

    A reader opens the file read-only (a store on read-only media can be queried) and goes
    without it when it cannot exist there; a writer records its pid and command in it. Who holds
    the lock is read from the kernel's table (/proc/locks) when the file does not say.
    """

    def __init__(self, directory: Path, *, exclusive: bool):
        self.path = directory / LOCK_FILE
        self.exclusive = exclusive
        self.file: IO[str] | None = self._open(directory)
        if fcntl is None or self.file is None:
            return
        try:
            fcntl.flock(self.file, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError as error:
            message = self._busy(directory)
            self.file.close()
            raise StoreError(message) from error
        if exclusive:  # say who writes, for the message the others get (if there is room)
            with contextlib.suppress(OSError):
                self.file.truncate(0)
                self.file.write(f"{os.getpid()} {_command()}\n")
                self.file.flush()

    def _open(self, directory: Path) -> IO[str] | None:
        if self.exclusive:
            try:
                return open(self.path, "a+", encoding="utf-8")
            except OSError as error:
                raise StoreError(
                    f"the store at {directory} cannot be written ({error.strerror}); "
                    "use a store on a writable disk, or only read this one (kg query, kg export)"
                ) from error
        try:
            return open(self.path, encoding="utf-8")
        except FileNotFoundError:
            try:
                return open(self.path, "a+", encoding="utf-8")
            except OSError:
                return None  # read-only media: nobody can write there either
        except OSError as error:
            raise StoreError(
                f"the store at {directory} cannot be read ({error.strerror})"
            ) from error

    def _busy(self, directory: Path) -> str:
        if self.exclusive and self._only_readers():
            return (
                f"the store at {directory} is in use by another kg process that reads it "
                f"({self._holders() or 'kg serve, kg query or kg export'}); stop it and retry, "
                "or use another --store"
            )
        pid, _, command = self.path.read_text(encoding="utf-8").strip().partition(" ")
        who = f"{command or 'kg'}, pid {pid}" if pid else self._holders()
        return (
            f"the store at {directory} is in use by another kg process that writes to it"
            f"{f' ({who})' if who else ''}; wait for it to finish, or use another --store"
        )

    def _only_readers(self) -> bool:
        with open(self.path, encoding="utf-8") as probe:
            try:
                fcntl.flock(probe, fcntl.LOCK_SH | fcntl.LOCK_NB)
            except BlockingIOError:
                return False
        return True

    def _holders(self) -> str:
        """ "kg serve, pid 4242": the processes the kernel says hold a lock on the file."""
        try:
            inode = os.stat(self.path).st_ino
            table = Path("/proc/locks").read_text(encoding="ascii")
        except OSError:
            return ""
        pids = []
        for line in table.splitlines():
            fields = line.split()
            if len(fields) > 5 and fields[1] == "FLOCK" and fields[5].endswith(f":{inode}"):
                pids.append(fields[4])
        return "; ".join(f"{_process_command(pid)}, pid {pid}" for pid in sorted(set(pids)))

    def fileno(self) -> int | None:
        return self.file.fileno() if self.file is not None else None

    def release(self) -> None:
        if self.file is None or self.file.closed:
            return
        with contextlib.suppress(OSError):
            if self.exclusive and fcntl is not None:
                self.file.truncate(0)
            self.file.close()  # closing the descriptor drops the flock


def _command(argv: list[str] | None = None) -> str:
    """`kg build`, `kg remove` ... or the Python program that holds the store."""
    argv = sys.argv if argv is None else argv
    words = [Path(a).name for a in argv[:4]]
    for i, word in enumerate(words):
        if word in ("kg", "__main__.py"):  # kg ..., python -m kg ...
            return " ".join(["kg", *argv[i + 1 : i + 2]])
    return next((w for w in words[1:2] if w.endswith(".py")), words[0] if words else "python")


def _process_command(pid: str) -> str:
    """The command line of a running process, as `_command` names it ("kg serve")."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return "a process that has ended"
    return _command([a.decode("utf-8", "replace") for a in raw.split(b"\0") if a])


# --- the store --------------------------------------------------------------------------------


@dataclass
class _Change:
    """What linking a change of documents gives: the documents to write (their N-Triples
    lines), each fresh document's entities (its IRI -> the store's), the documents that mention
    each entity of the region afterwards, and the operations on labels and the index; for the
    stored documents whose entity IRIs move, the lines they lose and gain (`edits`), which is
    all that changes in them."""

    writes: dict[str, list[str]]
    views: dict[str, dict[str, str]]
    mentions: dict[str, set[str]]
    operations: list[str]
    edits: dict[str, tuple[list[str], list[str]]]


class Store:
    """kg's graph store on disk (or in memory with `path=None`); use it as a context manager.

    Opened for writing by default: created if missing (unless `create=False`), and no other kg
    process may use it until `close()`. `read_only=True` opens an existing store for reading,
    beside other readers.
    """

    def __init__(
        self,
        path: str | os.PathLike[str] | None = DEFAULT_STORE,
        *,
        read_only: bool = False,
        create: bool | None = None,
        settings: Settings | None = None,
    ):
        self.settings = settings or Settings()
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        self._lock: _Lock | None = None
        self._index: EntityIndex | None = None
        self._ontology_checked = False
        base = self.settings.base_iri
        self.prefixes: dict[str, str] = {
            **PREFIXES,
            "": base,
            "doc": base + "document/",
            "stmt": base + "statement/",
            "amount": base + "amount/",
        }
        self.entities_graph = ox.NamedNode(base + "graph/entities")
        self._ox: ox.Store | None = None
        if self.path is None:
            self._ox = ox.Store()
            return
        if not is_store(self.path):
            if self.path.exists() and not self.path.is_dir():
                raise StoreError(f"{self.path} is a file, not a kg store directory")
            if read_only or create is False:
                raise StoreError(
                    f"no kg store at {self.path}: build one with "
                    f"`kg build ARTICLE.fr.txt --store {self.path}`"
                )
            try:
                self.path.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise StoreError(
                    f"the store at {self.path} cannot be created ({error.strerror})"
                ) from error
        self._lock = _Lock(self.path, exclusive=not read_only)
        database = str(self.path / DATABASE)
        try:
            self._ox = ox.Store.read_only(database) if read_only else ox.Store(database)
        except OSError as error:
            self._lock.release()
            self._lock = None
            if "lock" in str(error).lower():
                raise StoreError(
                    f"the store at {self.path} is open in another process outside kg (an "
                    f"`oxigraph serve`, a pyoxigraph program?); stop it and retry ({error})"
                ) from error
            raise StoreError(f"the store at {self.path} cannot be opened: {error}") from error

    def __repr__(self) -> str:
        mode = "read-only" if self.read_only else "writable"
        return f"<kg.Store {self.path or 'in memory'} {mode}>"

    # -- life cycle ---------------------------------------------------------------------------

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the database and release the lock (idempotent; every change was flushed when
        it was made, so closing cannot fail)."""
        self._ox = None  # pyoxigraph closes the database when its object goes
        self._index = None  # (which the index holds too)
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def reopen(self) -> None:
        """Close the database and open it again, keeping the lock. RocksDB's caches and what its
        allocator holds grow with all that a session has read and written; a long build reopens
        its store every few batches, so that its memory is that of a batch, not of the corpus."""
        if self.path is None or self._ox is None:
            return
        self._index = None  # it holds the database too
        self._ox = None
        database = str(self.path / DATABASE)
        try:
            self._ox = ox.Store.read_only(database) if self.read_only else ox.Store(database)
        except OSError as error:
            raise StoreError(f"the store at {self.path} cannot be opened again: {error}") from error

    @property
    def _db(self) -> ox.Store:
        if self._ox is None:
            raise StoreError("the store is closed")
        return self._ox

    def __len__(self) -> int:
        """Quads in all graphs, the default graph (their union) included."""
        return len(self._db)

    @property
    def lock_fd(self) -> int | None:
        """The lock's file descriptor: `kg serve` hands it to the server process."""
        return self._lock.fileno() if self._lock is not None else None

    # -- querying -----------------------------------------------------------------------------

    def query(
        self,
        query: str,
        *,
        params: Mapping[str, object] | None = None,
        limit: int | None = None,
        allow_service: bool = False,
    ) -> QueryResult:
        """Run a SPARQL SELECT / ASK / CONSTRUCT / DESCRIBE; its default graph is the union of
        all the graphs (`GRAPH ?doc { ... }` reaches one document's).

        kg's prefixes are predeclared (`kg:`, `rdfs:`, `skos:`, `prov:`, `:` for entities, `doc:`
        ...). `params` pre-binds variables (SPARQL SEP-0007): `{"company": "Scale AI"}` runs the
        query as if `?company` were that literal; `<iri>`, `kg:…` or `:…` are IRIs. `limit`
        keeps the first rows. A query with SERVICE (which would reach another server) is refused
        unless `allow_service`.
        """
        return sparql.run(
            self._db,
            query,
            prefixes=self.prefixes,
            params=params,
            limit=limit,
            allow_service=allow_service,
        )

    def query_serialized(
        self,
        query: str,
        fmt: ResultFormat,
        *,
        params: Mapping[str, object] | None = None,
        allow_service: bool = False,
    ) -> bytes:
        """The results as SPARQL CSV / TSV / JSON / XML (SELECT, ASK) or Turtle, N-Triples,
        JSON-LD, RDF/XML (CONSTRUCT, DESCRIBE)."""
        return sparql.serialized(
            self._db, query, fmt, prefixes=self.prefixes, params=params, allow_service=allow_service
        )

    def query_to(
        self,
        out: BinaryIO,
        query: str,
        fmt: ResultFormat,
        *,
        params: Mapping[str, object] | None = None,
        limit: int | None = None,
        allow_service: bool = False,
    ) -> int:
        """Stream the results to `out` as `query_serialized` would write them, while they are
        computed (memory stays flat), the first `limit` only if given; the number written."""
        results = sparql.execute(
            self._db, query, self.prefixes, params, allow_service=allow_service
        )
        return sparql.write(results, fmt, out, prefixes=self.prefixes, limit=limit)

    # -- reading ------------------------------------------------------------------------------

    def documents(self) -> tuple[StoredDocument, ...]:
        """The documents in the store, by IRI."""
        table = self.query(
            "SELECT ?doc ?name ?id ?source ?sha (COUNT(*) AS ?triples) WHERE { GRAPH ?doc {"
            " ?doc a kg:Document . OPTIONAL { ?doc rdfs:label ?name }"
            " OPTIONAL { ?doc dcterms:identifier ?id } OPTIONAL { ?doc dcterms:source ?source }"
            " OPTIONAL { ?doc kg:sha256 ?sha } ?s ?p ?o } }"
            " GROUP BY ?doc ?name ?id ?source ?sha ORDER BY ?doc"
        )
        assert isinstance(table, Table)
        found = []
        for row in table.records():
            iri = str(row["doc"])
            source = row["source"]
            found.append(
                StoredDocument(
                    id=str(row["id"] or iri.rsplit("/", 1)[-1]),
                    iri=iri,
                    name=str(row["name"] or ""),
                    sha256=str(row["sha"] or ""),
                    triples=int(str(row["triples"])),
                    path=unquote(urlparse(str(source)).path) if source else None,
                )
            )
        return tuple(found)

    def find(self, document: str) -> StoredDocument:
        """The one stored document that `document` names: its IRI, its key (`doc:KEY`), its
        path, its file name or its id. StoreError when none does, or several (two files called
        `x.fr.txt` in different folders: give the path or the key)."""
        documents = self.documents()
        exact = [d for d in documents if document in (d.iri, d.key, d.sha256)]
        if not exact:
            path = os.path.abspath(document) if document else document
            exact = [d for d in documents if d.path is not None and d.path in (document, path)]
        found = exact or [d for d in documents if document in (d.name, d.id)]
        if len(found) == 1:
            return found[0]
        where = self.path or "memory"
        if not found:
            known = ", ".join(d.id for d in documents[:10]) or "none"
            raise StoreError(
                f"no document {document!r} in the store at {where} (documents: {known})"
            )
        names = "; ".join(d.describe() for d in found)
        raise StoreError(
            f"{document!r} names {len(found)} documents in the store at {where}: {names}; "
            "give the path or the doc: key of the one you mean"
        )

    def quads(self, *, document: str | None = None, ontology: bool = True) -> list[ox.Quad]:
        """All quads, or one document's graph and its entities' canonical labels; sorted, with
        integers typed as the ontology's rdfs:range says."""
        if document is not None:
            doc = ox.NamedNode(self.find(document).iri)
            quads = list(self._db.quads_for_pattern(None, None, None, doc))
            entities = {q.subject for q in quads if q.predicate == _KG_MENTIONED_IN}
            quads += [
                label
                for entity in entities
                for label in self._db.quads_for_pattern(
                    entity, _RDFS_LABEL, None, self.entities_graph
                )
            ]
        else:  # the named graphs: the default graph is their union
            quads = [
                q
                for q in self._db.quads_for_pattern(None, None, None, None)
                if q.graph_name not in (_DEFAULT, self._entity_index().graph)
                and (ontology or q.graph_name != ONTOLOGY_GRAPH)
            ]
        ranges = self._integer_ranges()
        quads = [_retyped(q, ranges) for q in quads]
        quads.sort(
            key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object))
        )
        return quads

    def document_keys(self) -> list[str]:
        """The key (`doc:KEY`) of every document in the store, sorted."""
        prefix = self.base_iri + "document/"
        return sorted(
            q.subject.value.removeprefix(prefix)
            for q in self._db.quads_for_pattern(None, _RDF_TYPE, _KG_DOCUMENT, _DEFAULT)
            if isinstance(q.subject, ox.NamedNode) and q.subject.value.startswith(prefix)
        )

    def union(self, keys: Iterable[str], directory: Path) -> ox.Store:
        """These documents' graphs with their entities' canonical labels, as one graph: the
        default graph of a scratch store in `directory` (on disk, so that memory stays flat
        whatever their number). What `kg build` writes to out/, through `triples_of`."""
        scratch = ox.Store(str(directory))
        prefix = self.base_iri + "document/"
        quads: list[ox.Quad] = []
        for key in keys:
            for q in self._db.quads_for_pattern(None, None, None, _iri(prefix + key)):
                quads.append(ox.Quad(q.subject, q.predicate, q.object))
                if q.predicate == _KG_MENTIONED_IN:
                    quads.extend(
                        ox.Quad(label.subject, label.predicate, label.object)
                        for label in self._db.quads_for_pattern(
                            q.subject, _RDFS_LABEL, None, self.entities_graph
                        )
                    )
            if len(quads) >= 100_000:
                scratch.bulk_extend(quads)
                quads = []
        scratch.bulk_extend(quads)
        return scratch

    def triples_of(self, union: ox.Store) -> Iterator[ox.Triple]:
        """The triples of a `union`, integers typed as the ontology's rdfs:range says (Oxigraph
        stores them all as xsd:integer)."""
        ranges = self._integer_ranges()
        for quad in union:
            typed = _retyped(quad, ranges)
            yield ox.Triple(typed.subject, typed.predicate, typed.object)

    def export(self, fmt: ExportFormat, *, document: str | None = None) -> bytes:
        """The whole store (ontology included) or one document, in `fmt`: Turtle, N-Triples and
        JSON-LD hold the union of the graphs, N-Quads and TriG keep the named graphs."""
        quads = self.quads(document=document)
        prefixes = sparql.export_prefixes(self.prefixes)
        if fmt.is_dataset:
            return ox.serialize(quads, format=fmt.rdf_format, prefixes=prefixes)
        triples = sorted(
            {ox.Triple(q.subject, q.predicate, q.object) for q in quads},
            key=lambda t: (str(t.subject), str(t.predicate), str(t.object)),
        )
        return ox.serialize(triples, format=fmt.rdf_format, prefixes=prefixes)

    def export_to(
        self, path: Path, fmt: ExportFormat | None = None, *, document: str | None = None
    ) -> Path:
        """Write `export(...)` to `path` atomically; the format defaults to the file's suffix."""
        atomic_write(path, self.export(fmt or ExportFormat.from_path(path), document=document))
        return path

    def to_rdflib(self, *, document: str | None = None, ontology: bool = False) -> Graph:
        """The union of the graphs (or one document's) as an rdflib Graph, for kg.analytics,
        kg.view and kg.validate; without the ontology unless asked."""
        quads = self.quads(document=document, ontology=ontology)
        return fill_rdflib(new_graph(self.settings.base_iri), quads)

    def _integer_ranges(self) -> dict[ox.NamedNode, ox.NamedNode]:
        """Properties whose rdfs:range is a subtype of xsd:integer (kg:beginOffset ...)."""
        return {
            q.subject: q.object
            for q in self._db.quads_for_pattern(None, _RDFS_RANGE, None, ONTOLOGY_GRAPH)
            if isinstance(q.subject, ox.NamedNode)
            and isinstance(q.object, ox.NamedNode)
            and q.object.value in sparql.INTEGER_TYPES
        }

    # -- writing ------------------------------------------------------------------------------

    def add(self, resolutions: Iterable[Resolution]) -> tuple[DocumentChange, ...]:
        """Add (or replace) the documents of `kg.resolve`'s output, in one transaction."""
        return self.add_graphs(build_graph([r], self.settings) for r in resolutions)

    def add_graphs(self, graphs: Iterable[Graph]) -> tuple[DocumentChange, ...]:
        """Add documents given as `kg.graph.build_graph` graphs, one document each, in one
        transaction (see `add_quads`)."""
        return self._add(
            [_document_triples(g.serialize(format="nt", encoding="utf-8")) for g in graphs]
        )

    def add_quads(self, documents: Iterable[bytes]) -> tuple[DocumentChange, ...]:
        """Add documents given as N-Quads (or N-Triples), one document each, as kg's workers
        send them (`kg.work`), in one transaction.

        A document is its text (`doc:KEY`): the same text again is left alone ("unchanged");
        a new text from a file already in the store (same path, or same id for text given
        directly) replaces that file's document ("replaced"); anything else is "added", even
        when another document has the same file name. Entities are linked with the stored
        ones that the change can affect (`kg.entity_index`), not with the whole store.
        """
        return self._add([_document_triples(data) for data in documents])

    def stored(self, key: str) -> StoredDocument | None:
        """The stored document with this text (`Document.key`), if there is one."""
        return self._document(self.settings.base_iri + "document/" + key)

    def _add(
        self, documents: list[tuple[ox.NamedNode, list[ox.Triple]]]
    ) -> tuple[DocumentChange, ...]:
        self._writable()
        incoming: dict[str, tuple[list[ox.Triple], StoredDocument]] = {}
        plan: list[tuple[str, StoredDocument, str]] = []  # per document: its IRI, metadata, note
        replaced: dict[str, StoredDocument] = {}  # the stored documents that new texts replace
        previous: dict[str, StoredDocument] = {}  # stored documents with the same text
        for doc, triples in documents:
            info = _document_info(doc, triples)
            stored = previous.get(doc.value) or self._document(doc.value)
            if doc.value in incoming:
                plan.append((doc.value, info, f"the same text as {incoming[doc.value][1].name}"))
                continue
            if stored is not None and stored.origin != info.origin:
                plan.append((doc.value, info, f"the same text as {stored.describe()}"))
                previous[doc.value] = stored
                continue
            clash = next((d for _, d in incoming.values() if d.origin == info.origin), None)
            if clash is not None:
                raise StoreError(
                    f"two different texts come from {info.origin} in one batch "
                    f"({clash.describe()} and {info.describe()}); give each its own id"
                )
            if stored is not None:
                previous[doc.value] = stored
            older = self._by_origin(info)
            if older is not None and older.iri != doc.value:
                replaced[older.iri] = older  # the same file, rebuilt with another text
            incoming[doc.value] = (triples, info)
            plan.append((doc.value, info, ""))
        fresh = {doc: triples for doc, (triples, _) in incoming.items()}
        change = self._relink(fresh, removed=set(replaced) | (set(incoming) & set(previous)))
        changes = []
        for doc_iri, info, note in plan:
            status: Literal["added", "replaced", "unchanged"]
            if note:
                status = "unchanged"
            elif doc_iri in previous:
                old = set(map(_text, self._db.quads_for_pattern(None, None, None, _iri(doc_iri))))
                status = "unchanged" if old == set(change.writes[doc_iri]) else "replaced"
                if status == "unchanged":
                    change.writes.pop(doc_iri)
            else:
                status = (
                    "replaced"
                    if any(r.origin == info.origin for r in replaced.values())
                    else "added"
                )
            triples = len(change.writes.get(doc_iri, ())) or (
                previous[doc_iri].triples if doc_iri in previous else 0
            )
            if not note:
                namesakes = self._namesakes(info, exclude={doc_iri, *replaced})
                others = [i for d, (_, i) in incoming.items() if i.id == info.id and d != doc_iri]
                if namesakes or others:
                    other = (namesakes or others)[0]
                    note = (
                        f"another document is also called {info.id}: {other.describe()}; "
                        "name each by its path or doc: key"
                    )
            views = change.views.get(doc_iri, {})
            shared = sum(1 for entity in views.values() if len(change.mentions[entity]) > 1)
            key = doc_iri.rsplit("/", 1)[-1]
            changes.append(
                DocumentChange(info.id, status, triples, len(views), shared, key=key, note=note)
            )
        ops = [
            op for doc_iri in sorted(set(replaced) - set(incoming)) for op in _drop(_iri(doc_iri))
        ]
        for doc_iri, lines in sorted(change.writes.items()):
            if doc_iri in change.edits:
                ops += _edit(_iri(doc_iri), *change.edits[doc_iri])
                continue
            if doc_iri in previous:
                ops += _drop(_iri(doc_iri))
            ops.append(_insert(_iri(doc_iri), lines))
        if ops:
            self._update(
                [*ops, *change.operations, *self._ontology_ops()],
                done=lambda: all(self._db.contains_named_graph(_iri(d)) for d in change.writes),
                what=", ".join(f"{c.status} {c.document}" for c in changes),
            )
        return tuple(changes)

    def remove(self, document: str) -> DocumentChange:
        """Forget a document (`find` says which): its graph, and so the entities only it
        supported; entities it named in full may take back a shorter IRI."""
        self._writable()
        info = self.find(document)
        entities = self._entity_index().entities_in(info.iri)
        shared = sum(  # entities that other documents mention too
            1
            for e in entities
            if len(list(self._db.quads_for_pattern(_iri(e), _KG_MENTIONED_IN, None, _DEFAULT))) > 1
        )
        change = self._relink({}, removed={info.iri})
        ops = _drop(_iri(info.iri))
        for doc_iri, (lost, gained) in sorted(change.edits.items()):
            ops += _edit(_iri(doc_iri), lost, gained)
        self._update(
            [*ops, *change.operations],
            done=lambda: not self._db.contains_named_graph(_iri(info.iri)),
            what=f"removed {info.id}",
        )
        return DocumentChange(info.id, "removed", info.triples, len(entities), shared, key=info.key)

    def _entity_index(self) -> EntityIndex:
        if self._index is None:
            self._index = EntityIndex(self._db, self.base_iri)
        return self._index

    def _relink(self, fresh: Mapping[str, list[ox.Triple]], *, removed: set[str]) -> _Change:
        """Link the entities of the `fresh` documents (their triples as kg.graph wrote them)
        with those of the store, once the `removed` documents are gone: the region of the store
        the change can affect (`kg.entity_index`) is linked again, as linking the whole store
        would (`kg.link`).

        Returns the documents to write with their lines (the fresh ones, and the stored ones
        whose entity IRIs move) and the operations on the labels and the index.
        """
        index = self._entity_index()
        fresh_views = {doc: _entity_names(triples, doc) for doc, triples in fresh.items()}
        indexed = self._indexed()
        joins = self._joins(fresh_views, removed) if indexed else {}
        new = [view for views in fresh_views.values() for view in views if view not in joins]
        region = index.region(new, removed) if indexed else self._whole_region()
        while True:
            back = [view for view, entity in joins.items() if entity in region.entities]
            for view in back:  # its entity is relinked anyway: the view goes with it
                del joins[view]
                new.append(view)
            views = [
                v for v in region.views if v.document not in removed and v.document not in fresh
            ]
            linked = link_region(
                [*views, *new],
                self.base_iri,
                taken=lambda slug, r=region: index.has_slug(slug, besides=r.entities),
            )
            more = set(linked.slugs.values()) - region.slugs_done
            if not more and not back:
                break
            region = index.region(new, (), slugs=more, within=region)
        mapping = linked.mapping | {(v.document, v.iri): entity for v, entity in joins.items()}
        writes: dict[str, list[str]] = {}
        edits: dict[str, tuple[list[str], list[str]]] = {}
        moves: dict[str, dict[str, str]] = {}
        for view in views:
            target = mapping[(view.document, view.iri)]
            if target != view.iri:
                moves.setdefault(view.document, {})[view.iri] = target
        for doc, moved in moves.items():
            quads = self._db.quads_for_pattern(None, None, None, _iri(doc))
            triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
            old = set(map(_text, triples))
            new_lines = set(map(_text, _rewritten(triples, moved)))
            writes[doc] = sorted(new_lines)
            edits[doc] = (sorted(old - new_lines), sorted(new_lines - old))
        document_views: dict[
            str, dict[str, str]
        ] = {}  # document -> its IRI of an entity -> store's
        for doc, triples in fresh.items():
            local = {e.iri: mapping[(doc, e.iri)] for e in fresh_views[doc]}
            triples = _with_superclasses(_rewritten(triples, local))
            writes[doc] = sorted(map(_text, _normalised(triples)))
            document_views[doc] = local
        after: dict[str, list[EntityNames]] = {}
        for view in [*views, *new]:
            after.setdefault(mapping[(view.document, view.iri)], []).append(view)
        mentions = {entity: {v.document for v in group} for entity, group in after.items()}
        for view, entity in joins.items():  # and the documents already in the store
            mentions.setdefault(entity, {"stored"}).add(view.document)
        operations = self._label_and_index_ops(region.entities, after, linked.slugs)
        return _Change(writes, document_views, mentions, operations, edits)

    def _joins(
        self, fresh: Mapping[str, list[EntityNames]], removed: set[str]
    ) -> dict[EntityNames, str]:
        """The fresh entities that simply join a stored one, without linking its region again:
        a well-known company named once more as before. Linking the whole store would give the
        same: the view has one normalised name, which one stored entity alone has, under all of
        whose names and its one class the view fits, and its document is new. Union-find then
        meets no conflict (no document twice, one class), so the view joins that entity and
        changes neither its names, nor its class, nor the short forms of rule 2, nor its IRI.
        Entities that the change relinks anyway take their views back (`_relink`)."""
        index = self._entity_index()
        gone = {e for document in removed for e in index.entities_in(document)}
        joins: dict[EntityNames, str] = {}
        for document, views in fresh.items():
            if document in removed or self._db.contains_named_graph(_iri(document)):
                continue
            found: dict[str, list[EntityNames]] = {}
            for view in views:
                if len(view.keys) != 1:
                    continue
                (key,) = view.keys
                owners = index.owners(key)
                if len(owners) != 1 or owners[0] in gone:
                    continue
                names, classes = index.summary(owners[0])
                if len(classes) == 1 and view.classes <= classes and view.names <= names:
                    found.setdefault(owners[0], []).append(view)
            joins.update({group[0]: e for e, group in found.items() if len(group) == 1})
        return joins

    def _indexed(self) -> bool:
        """Whether the linking index is there: a store written before it existed, or one whose
        index was lost, is linked whole once and indexed (`_whole_region`)."""
        index = self._entity_index()
        if not index.is_empty():
            return True
        return (
            next(iter(self._db.quads_for_pattern(None, _KG_MENTIONED_IN, None, _DEFAULT)), None)
            is None
        )

    def _whole_region(self) -> Region:
        """Every stored entity, for a store without an index."""
        index = self._entity_index()
        region = Region()
        for mention in self._db.quads_for_pattern(None, _KG_MENTIONED_IN, None, _DEFAULT):
            region.entities.add(mention.subject.value)
        for entity in sorted(region.entities):
            region.views.extend(index.views_of(entity))
        return region

    def _label_and_index_ops(
        self, before: set[str], after: Mapping[str, list[EntityNames]], slugs: Mapping[str, str]
    ) -> list[str]:
        """Each entity of the region gets its canonical rdfs:label (in the entities graph) and
        its index entries again; entities that went lose theirs."""
        index = self._entity_index()
        entities = sorted(before | set(after))
        old_labels = [
            q
            for e in entities
            for q in self._db.quads_for_pattern(_iri(e), _RDFS_LABEL, None, self.entities_graph)
        ]
        old_entries = [
            q
            for e in entities
            for q in self._db.quads_for_pattern(_iri(e), None, None, index.graph)
        ]
        labels = [
            f"<{entity}> {_RDFS_LABEL} {ox.Literal(canonical_label(names))} ."
            for entity, group in sorted(after.items())
            if (names := {n for view in group for n in view.names})
        ]
        entries = [
            q
            for entity, group in sorted(after.items())
            for q in index.entries(entity, group, slugs[entity])
        ]
        ops = []
        if old_labels:
            lines = [_text(q) for q in old_labels]
            ops.append(_delete(self.entities_graph, lines))
        if old_entries:
            ops.append(
                f"DELETE DATA {{ GRAPH {index.graph} {{\n"
                + "\n".join(map(_text, old_entries))
                + "\n} }"
            )
        if labels:
            ops.append(_insert(self.entities_graph, labels))
        if entries:
            ops.append(
                f"INSERT DATA {{ GRAPH {index.graph} {{\n"
                + "\n".join(map(_text, entries))
                + "\n} }"
            )
        return ops

    def _document(self, iri: str) -> StoredDocument | None:
        """The stored document whose IRI this is, read from its graph."""
        node = _iri(iri)
        if not self._db.contains_named_graph(node):
            return None
        quads = list(self._db.quads_for_pattern(None, None, None, node))
        triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads if q.subject == node]
        return replace(_document_info(node, triples), triples=len(quads))

    def _documents_with(self, predicate: ox.NamedNode, value: Term) -> list[StoredDocument]:
        found = []
        for q in self._db.quads_for_pattern(None, predicate, value, _DEFAULT):
            if isinstance(q.subject, ox.NamedNode) and self._db.contains_named_graph(q.subject):
                document = self._document(q.subject.value)
                if document is not None and document.iri == q.subject.value:
                    found.append(document)
        return sorted({d.iri: d for d in found}.values(), key=lambda d: d.iri)

    def _by_origin(self, info: StoredDocument) -> StoredDocument | None:
        """The stored document from the same file (or, for text given directly, the same id)."""
        if info.path is not None:
            source = ox.NamedNode(Path(info.path).as_uri())
            found = self._documents_with(_DCTERMS_SOURCE, source)
        else:
            found = [
                d
                for d in self._documents_with(_DCTERMS_IDENTIFIER, ox.Literal(info.id))
                if d.path is None
            ]
        return found[0] if found else None

    def _namesakes(self, info: StoredDocument, exclude: set[str]) -> list[StoredDocument]:
        return [
            d
            for d in self._documents_with(_DCTERMS_IDENTIFIER, ox.Literal(info.id))
            if d.iri not in exclude
        ]

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store at {self.path} was opened read-only")

    @property
    def base_iri(self) -> str:
        return self.settings.base_iri

    def _update(self, operations: list[str], *, done: Callable[[], bool], what: str) -> None:
        """Apply the operations as one SPARQL update, which Oxigraph runs as one transaction,
        and write it to disk. When that fails, say what the store holds now: `done()` tells
        whether the transaction went through (a full disk can fail the flush after it did)."""
        try:
            self._db.update(" ;\n".join(operations))
        except (OSError, SyntaxError, RuntimeError) as error:
            raise StoreError(
                f"the store at {self.path} could not be updated, nothing changed in it "
                f"({what} not done): {_reason(error)}"
            ) from error
        try:
            self._db.flush()
        except OSError as error:
            try:
                landed = done()
            except OSError:
                landed = None
            state = {
                True: f"the change went through ({what}) and is in its log, but writing it "
                "out failed; free some space before the next change",
                False: f"nothing changed in it ({what} not done)",
                None: "it cannot be read any more to tell whether the change went through",
            }[landed]
            raise StoreError(f"the store at {self.path}: {state}: {_reason(error)}") from error

    def _ontology_ops(self) -> list[str]:
        """Put ontologies/kg.ttl in its graph when it is missing or has changed."""
        path = self.settings.ontology_path
        if self._ontology_checked or not path.is_file():
            return []
        self._ontology_checked = True  # once a session: it is parsed and compared whole
        wanted = _normalised(
            [
                ox.Triple(q.subject, q.predicate, q.object)
                for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
            ]
        )
        current = [
            ox.Triple(q.subject, q.predicate, q.object)
            for q in self._db.quads_for_pattern(None, None, None, ONTOLOGY_GRAPH)
        ]
        if _canonical(wanted) == _canonical(current):
            return []
        return [
            _forget(ONTOLOGY_GRAPH),
            f"DROP SILENT GRAPH {ONTOLOGY_GRAPH}",
            _insert(ONTOLOGY_GRAPH, [_text(t) for t in wanted]),
        ]


def is_store(path: Path) -> bool:
    """Whether `path` holds a kg store (its Oxigraph database)."""
    return (path / DATABASE / "CURRENT").is_file()


# --- a document's triples on their way in -----------------------------------------------------


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _rdflib_term(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> Node:
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        typed = None if datatype == _XSD_STRING else rdflib.URIRef(datatype)
        return rdflib.Literal(term.value, datatype=typed)
    raise GraphError(f"an RDF-star triple term has no rdflib form: {term}")


def fill_rdflib(graph: Graph, triples: Iterable[ox.Triple | ox.Quad]) -> Graph:
    """Add pyoxigraph triples to an rdflib graph term by term: the same graph as writing them
    as N-Triples and parsing that, in half the time (rdflib's parser is the slow part)."""
    graph.addN(
        (_rdflib_term(t.subject), _rdflib_term(t.predicate), _rdflib_term(t.object), graph)
        for t in triples
    )
    return graph


def _text(t: ox.Triple | ox.Quad) -> str:
    """A triple in the syntax that N-Triples and SPARQL's INSERT DATA share."""
    return f"{t.subject} {t.predicate} {t.object} ."


def _insert(graph: ox.NamedNode, lines: Iterable[str]) -> str:
    """Into the named graph and the default graph (one operation: blank nodes are shared)."""
    text = "\n".join(lines)
    return f"INSERT DATA {{\n{text}\nGRAPH {graph} {{\n{text}\n}} }}"


def _delete(graph: ox.NamedNode, lines: list[str]) -> str:
    """Out of the named graph and the default graph."""
    text = "\n".join(lines)
    return f"DELETE DATA {{\n{text}\nGRAPH {graph} {{\n{text}\n}} }}"


def _forget(graph: ox.NamedNode) -> str:
    """Take out of the default graph the triples that only `graph` holds (before dropping it)."""
    return (
        f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} "
        f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER (?other != {graph}) }} }}"
    )


def _document_triples(data: bytes) -> tuple[ox.NamedNode, list[ox.Triple]]:
    """The one document that a kg graph (N-Triples, or N-Quads in the document's graph)
    describes, and its triples as pyoxigraph terms."""
    try:
        quads = list(ox.parse(data, format=ox.RdfFormat.N_QUADS))
    except SyntaxError as error:
        raise GraphError(f"a document's graph is not valid N-Quads: {error}") from error
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
    documents = {
        t.subject for t in triples if t.predicate == _RDF_TYPE and t.object == _KG_DOCUMENT
    }
    if len(documents) != 1:
        raise GraphError(
            "a document's graph must describe exactly one kg:Document, "
            f"this one describes {len(documents)}"
        )
    if any(isinstance(term, ox.BlankNode) for t in triples for term in (t.subject, t.object)):
        raise GraphError("a document's graph from kg.graph has no blank nodes; this one has")
    (doc,) = documents
    assert isinstance(doc, ox.NamedNode)
    if any(q.graph_name not in (_DEFAULT, doc) for q in quads):
        raise GraphError(f"a document's quads must all be in its graph, {doc}")
    return doc, triples


def _entities(triples: list[ox.Triple]) -> set[ox.NamedNode]:
    return {t.subject for t in triples if t.predicate == _KG_MENTIONED_IN}


def _entity_names(triples: list[ox.Triple], document: str) -> list[EntityNames]:
    entities = _entities(triples)
    names: dict[str, set[str]] = {e.value: set() for e in entities}
    classes: dict[str, set[str]] = {e.value: set() for e in entities}
    for t in triples:
        if t.subject not in entities:
            continue
        if t.predicate in (_RDFS_LABEL, _SKOS_ALT_LABEL) and isinstance(t.object, ox.Literal):
            names[t.subject.value].add(t.object.value)
        elif t.predicate == _RDF_TYPE and t.object.value in _COARSE:
            classes[t.subject.value].add(_COARSE[t.object.value])
    return [
        EntityNames(e, frozenset(names[e]), frozenset(classes[e]), document) for e in sorted(names)
    ]


def _document_info(doc: ox.NamedNode, triples: list[ox.Triple]) -> StoredDocument:
    """What a document's graph says about the document: its id, file name, path, hash."""
    about = {t.predicate.value: t.object.value for t in triples if t.subject == doc}
    source = about.get(_DCTERMS_SOURCE.value)
    return StoredDocument(
        id=about.get(_DCTERMS_IDENTIFIER.value) or doc.value.rsplit("/", 1)[-1],
        iri=doc.value,
        name=about.get(_RDFS_LABEL.value, ""),
        sha256=about.get(_KG_SHA256.value, ""),
        triples=len(triples),
        path=unquote(urlparse(source).path) if source else None,
    )


def _iri(value: str) -> ox.NamedNode:
    return ox.NamedNode(value)


def _edit(graph: ox.NamedNode, lost: list[str], gained: list[str]) -> list[str]:
    """A stored document's graph changed in place: `lost` out of it (and out of the default
    graph where no other graph holds them), `gained` into both. Cheaper than writing it again
    when an entity's IRI moves, which touches a few of its triples."""
    ops = []
    if lost:
        text = "\n".join(lost)
        rows = "\n".join(f"({line.removesuffix(' .')})" for line in lost)
        ops += [
            f"DELETE DATA {{ GRAPH {graph} {{\n{text}\n}} }}",
            f"DELETE {{ ?s ?p ?o }} WHERE {{ VALUES (?s ?p ?o) {{\n{rows}\n}} "
            "FILTER NOT EXISTS { GRAPH ?other { ?s ?p ?o } } }",
        ]
    if gained:
        ops.append(_insert(graph, gained))
    return ops


def _drop(graph: ox.NamedNode) -> list[str]:
    return [_forget(graph), f"DROP SILENT GRAPH {graph}"]


def _reason(error: BaseException) -> str:
    """The cause in a few words: "No space left on device" rather than a RocksDB dump."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    text = " ".join(str(error).split())
    return text if len(text) <= 200 else text[:200] + " …"


def _rewritten(triples: list[ox.Triple], mapping: Mapping[str, str]) -> list[ox.Triple]:
    """Entity IRIs -> the store's; an entity's rdfs:label becomes one of its skos:altLabels
    (its one rdfs:label lives in the entities graph)."""
    entities = _entities(triples)

    def term(node: Term) -> Term:
        if isinstance(node, ox.NamedNode) and node.value in mapping:
            return ox.NamedNode(mapping[node.value])
        return node

    out = []
    for t in triples:
        entity_label = t.predicate == _RDFS_LABEL and t.subject in entities
        predicate = _SKOS_ALT_LABEL if entity_label else t.predicate
        out.append(ox.Triple(term(t.subject), predicate, term(t.object)))
    return out


def _with_superclasses(triples: list[ox.Triple]) -> list[ox.Triple]:
    """Each entity also typed with kg's classes above its own (a kg:Startup is a kg:Company
    and a kg:Organization), so that `?x a kg:Organization` finds every organisation."""
    inferred = {
        ox.Triple(t.subject, _RDF_TYPE, ox.NamedNode(ONTOLOGY_IRI + parent))
        for t in triples
        if t.predicate == _RDF_TYPE and t.object.value.startswith(ONTOLOGY_IRI)
        for parent in superclasses(t.object.value.removeprefix(ONTOLOGY_IRI))
    }
    return [*triples, *sorted(inferred - set(triples), key=str)]


def _normalised(triples: list[ox.Triple]) -> list[ox.Triple]:
    """The triples as Oxigraph stores them (integer subtypes as xsd:integer, canonical decimals),
    so that a rebuild can tell "unchanged" from "replaced"."""
    scratch = ox.Store()
    graph = ox.NamedNode("urn:kg:scratch")
    scratch.extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples)
    return [ox.Triple(q.subject, q.predicate, q.object) for q in scratch]


def _canonical(triples: list[ox.Triple]) -> set[str]:
    """Blank nodes renamed canonically, so that two copies of the ontology compare equal."""
    dataset = ox.Dataset(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return {str(q) for q in dataset}


def _retyped(quad: ox.Quad, ranges: Mapping[ox.NamedNode, ox.NamedNode]) -> ox.Quad:
    datatype = ranges.get(quad.predicate)
    obj = quad.object
    if datatype is None or not isinstance(obj, ox.Literal) or obj.datatype.value != _XSD_INTEGER:
        return quad
    return ox.Quad(
        quad.subject, quad.predicate, ox.Literal(obj.value, datatype=datatype), quad.graph_name
    )
