"""`kg build` over a corpus: articles stream through the pipeline and into the store, batch by
batch, so that memory stays flat and an interrupted build resumes where it stopped.

    articles (kg.sources) -> skip those whose text is in the store -> chunks -> runner (kg.work:
    here, worker processes or a Dask cluster: language check, spaCy, extraction, resolution,
    N-Quads) -> in order, batches written to the store (one transaction each, entities linked
    against the store's index) -> the run's documents exported to out/ (kg.build)

A document whose text (`Document.key`) is already in the store is skipped without being parsed:
a rerun after Ctrl-C, a crash or `kill -9` parses only what the store lacks, and ends with the
store a clean run gives (the store is a function of its set of documents). An article that
cannot be read, is not French or breaks the pipeline is a `Failure`: reported, and the build
goes on.
"""

from __future__ import annotations

import itertools
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .sources import Failure
from .store import DocumentChange, Store
from .types import Document
from .work import Built, Item, Runner
from .workers import release_memory

__all__ = ["Tally", "build_corpus"]

CHUNK = 8  # documents a worker reads at once (spaCy's nlp.pipe batches within it)
BATCH = 32  # documents written to the store in one transaction
REOPEN = 256  # documents written between two reopenings of the store (Store.reopen: memory flat)


@dataclass
class Tally:
    """What a build has done so far, for the progress bar and the summary line."""

    total: int | None = None  # documents expected, when the inputs say
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: int = 0
    entities: int = 0  # in the documents parsed (each document's own count)
    statements: int = 0
    parsed: int = 0  # documents through the pipeline in this run
    keys: list[str] = field(default_factory=list)  # the run's documents in the store
    started: float = field(default_factory=time.monotonic)

    @property
    def done(self) -> int:
        return self.added + self.replaced + self.unchanged + self.failed

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started

    @property
    def rate(self) -> float:
        """Documents parsed a second (skipped ones are not work)."""
        return self.parsed / self.seconds if self.seconds > 0 else 0.0


Listener = Callable[[DocumentChange | Failure, Tally], None]


def build_corpus(
    items: Iterable[Document | Failure],
    store: Store,
    runner: Callable[[], Runner],
    *,
    tally: Tally | None = None,
    listener: Listener | None = None,
    chunk: int = CHUNK,
    batch: int = BATCH,
) -> Tally:
    """Add every article of `items` to `store`; `runner()` makes the runner on first need (a
    build whose articles are all in the store loads no pipeline). `listener` hears of every
    document as it is settled: a `DocumentChange` (added, replaced, unchanged) or a `Failure`.
    """
    tally = tally or Tally()
    notify = listener or (lambda event, tally: None)

    def fail(failure: Failure) -> None:
        tally.failed += 1
        notify(failure, tally)

    chunks = _chunks(items, store, tally, fail, notify, chunk)
    first = next(chunks, None)
    if first is None:
        return tally
    work = runner()
    try:
        pending: list[Built] = []
        written = 0  # documents since the store was last opened
        for outcomes in work.run(itertools.chain([first], chunks)):
            for outcome in outcomes:
                if isinstance(outcome, Failure):
                    fail(outcome)
                else:
                    pending.append(outcome)
            if len(pending) >= batch:
                _write(store, pending, tally, notify)
                written += len(pending)
                pending = []
                if written >= REOPEN:
                    store.reopen()
                    written = 0
        _write(store, pending, tally, notify)
    finally:
        work.close()
    return tally


def _chunks(
    items: Iterable[Document | Failure],
    store: Store,
    tally: Tally,
    fail: Callable[[Failure], None],
    notify: Listener,
    size: int,
) -> Iterator[list[Item]]:
    """The documents to parse, in chunks; those whose text is already in the store (or earlier
    in this run) are settled here as unchanged."""
    seen: set[str] = set()  # the keys of this run's documents
    origins: dict[str, str] = {}  # origin (path or id) -> key, in this run
    chunk: list[Item] = []
    for item in items:
        if isinstance(item, Failure):
            fail(item)
            continue
        document = item
        name = _name(document)
        if document.key in seen:
            _unchanged(document, "the same text as an article before it", tally, notify)
            continue
        if origins.get(document.origin, document.key) != document.key:
            fail(
                Failure(
                    name,
                    f"{name}: {document.origin} is also given to another text in this run; "
                    "give each its own id",
                )
            )
            continue
        seen.add(document.key)
        origins[document.origin] = document.key
        stored = store.stored(document.key)
        if stored is not None:
            note = (
                "" if stored.origin == document.origin else f"the same text as {stored.describe()}"
            )
            tally.keys.append(document.key)
            _unchanged(document, note, tally, notify, stored.triples)
            continue
        chunk.append((name, document))
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _name(document: Document) -> str:
    """What messages call a document: its path (relative to here when it is below), else its
    name."""
    if document.path is None:
        return document.name
    relative = os.path.relpath(document.path)
    return document.path if relative.startswith("..") else relative


def _unchanged(
    document: Document, note: str, tally: Tally, notify: Listener, triples: int = 0
) -> None:
    tally.unchanged += 1
    change = DocumentChange(document.id, "unchanged", triples, 0, 0, key=document.key, note=note)
    notify(change, tally)


def _write(store: Store, built: list[Built], tally: Tally, notify: Listener) -> None:
    """One batch into the store, in one transaction."""
    if not built:
        return
    changes = store.add_quads([b.nquads for b in built])
    release_memory()
    for outcome, change in zip(built, changes, strict=True):
        tally.parsed += 1
        tally.entities += outcome.entities
        tally.statements += outcome.statements
        if change.status == "added":
            tally.added += 1
        elif change.status == "replaced":
            tally.replaced += 1
        else:
            tally.unchanged += 1
        tally.keys.append(change.key)
        notify(change, tally)
