"""Where the reading happens: documents -> their graphs as N-Quads, here, in worker processes,
or on a Dask cluster.

The work on one document (`process`) is the language check, kg's spaCy pipeline, extraction,
resolution and the document's RDF graph, sent back as N-Quads in the document's named graph: a
few kilobytes, whatever the size of the spaCy `Doc` it came from. Three runners do it, each
taking chunks of `(name, Document)` and giving back one outcome per document, in order:

- `InProcess`: here (`kg build --jobs 1`);
- `ProcessPool`: N worker processes that each load the pipeline once (`--jobs N`); a worker that
  dies (a crash, the out-of-memory killer) is replaced, and its documents are retried one by one
  so that only the one that kills it is reported;
- `kg.cluster.DaskCluster`: the workers of a Dask cluster (`--scheduler tcp://host:8786`),
  each loading the pipeline once through a worker plugin.

At most a few chunks per worker are in flight, so memory stays bounded whatever the corpus.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue
import signal
import traceback
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from .config import Settings
from .errors import InputError, KGError
from .sources import Failure
from .types import Document

if TYPE_CHECKING:
    from .build import Builder

__all__ = ["Built", "InProcess", "Outcome", "ProcessPool", "Runner", "process"]

Item = tuple[str, Document]  # the name messages use (the path as given), and the document


@dataclass(frozen=True)
class Built:
    """One document's graph, ready for the store."""

    key: str  # Document.key
    nquads: bytes  # its graph, in its named graph doc:KEY
    entities: int
    statements: int


Outcome = Built | Failure


def process(builder: Builder, items: list[Item]) -> list[Outcome]:
    """Check, parse, extract, resolve and write the graph of each document; a document that
    fails is reported, not the end of the chunk."""
    from .read import check_language

    settings = builder.settings
    outcomes: list[Outcome | None] = [None] * len(items)
    pending = []
    for position, (name, document) in enumerate(items):
        if settings.check_language:
            try:
                check_language(document.text, name, settings)
            except InputError as error:
                outcomes[position] = Failure(name, str(error), "language")
                continue
        pending.append(position)
    try:
        resolutions = builder.resolve_texts([items[p][1] for p in pending])
        for position, resolution in zip(pending, resolutions, strict=True):
            outcomes[position] = _built(builder, resolution)
    except Exception:  # one of them breaks the pipeline: find which, one at a time
        for position in pending:
            name, document = items[position]
            try:
                outcomes[position] = _built(builder, builder.resolve_texts([document])[0])
            except Exception as error:
                outcomes[position] = Failure(name, f"{name}: {_internal(error)}", "extract")
    return [outcome for outcome in outcomes if outcome is not None]


def _built(builder: Builder, resolution: Any) -> Built:
    import pyoxigraph as ox

    from .graph import build_graph, document_iri

    graph = build_graph([resolution], builder.settings)
    name = ox.NamedNode(str(document_iri(builder.settings.base_iri, resolution.document)))
    triples = ox.parse(
        graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES
    )
    nquads = ox.serialize(
        [ox.Quad(t.subject, t.predicate, t.object, name) for t in triples],
        format=ox.RdfFormat.N_QUADS,
    )
    return Built(
        resolution.document.key, nquads, len(resolution.entities), len(resolution.statements)
    )


def _internal(error: BaseException) -> str:
    text = " ".join(str(error).split())[:200]
    return f"kg failed on this document ({type(error).__name__}: {text}); report it"


class Runner(Protocol):
    def run(self, chunks: Iterable[list[Item]]) -> Iterator[list[Outcome]]: ...

    def close(self) -> None: ...


class InProcess:
    """The work done in this process (the pipeline loaded once, here)."""

    def __init__(self, settings: Settings, builder: Builder | None = None):
        from .build import Builder

        self.builder = builder or Builder(settings)

    def run(self, chunks: Iterable[list[Item]]) -> Iterator[list[Outcome]]:
        for chunk in chunks:
            yield process(self.builder, chunk)

    def close(self) -> None:
        pass


# --- worker processes ----------------------------------------------------------------------------


def _worker(settings: Settings, tasks: Any, results: Any) -> None:
    """A worker process: load the pipeline once, then process chunks until told to stop."""
    from .workers import die_with_parent, release_memory

    die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    try:
        from .build import Builder

        builder = Builder(settings)
    except KGError as error:
        results.put(("error", os.getpid(), str(error)))
        return
    except Exception:
        results.put(("error", os.getpid(), traceback.format_exc(limit=3)))
        return
    results.put(("ready", os.getpid(), None))
    while (task := tasks.get()) is not None:
        number, items = task
        results.put(("start", os.getpid(), number))
        results.put(("done", os.getpid(), (number, process(builder, items))))
        release_memory()


class ProcessPool:
    """`jobs` worker processes (spawned: nothing of this process is shared with them), each
    with its own pipeline; chunks go to whichever is free, outcomes come back in order."""

    def __init__(self, settings: Settings, jobs: int, *, window: int | None = None):
        self.settings = settings
        self.jobs = jobs
        self.window = window or 2 * jobs
        self.context = multiprocessing.get_context("spawn")
        self.tasks = self.context.Queue()
        self.results = self.context.Queue()
        self.workers: dict[int, Any] = {}
        self.ready: set[int] = set()  # workers that loaded the pipeline
        self.busy: dict[int, int] = {}  # pid -> the chunk it works on
        for _ in range(jobs):
            self._start()

    def _start(self) -> None:
        worker = self.context.Process(
            target=_worker, args=(self.settings, self.tasks, self.results), daemon=True
        )
        worker.start()
        self.workers[worker.pid] = worker

    def run(self, chunks: Iterable[list[Item]]) -> Iterator[list[Outcome]]:
        self.sent: dict[int, list[Item]] = {}  # chunks in flight, by number
        self.order: deque[int] = deque()  # their numbers, in the order to give them back
        self.done: dict[int, list[Outcome]] = {}
        self.retried: set[int] = set()  # chunks of one document sent again after a death
        self.number = 0
        source = iter(chunks)
        exhausted = False
        while True:
            while not exhausted and len(self.sent) < self.window:
                chunk = next(source, None)
                if chunk is None:
                    exhausted = True
                    break
                self._send(chunk)
                self.order.append(self.number - 1)
            while self.order and self.order[0] in self.done:
                first = self.order.popleft()
                self.sent.pop(first, None)
                yield self.done.pop(first)
            if exhausted and not self.order:
                return
            self._receive()

    def _send(self, chunk: list[Item]) -> int:
        number = self.number
        self.number += 1
        self.sent[number] = chunk
        self.tasks.put((number, chunk))
        return number

    def _receive(self) -> None:
        """Wait for one message from the workers (or a second, then look for the dead)."""
        try:
            kind, pid, payload = self.results.get(timeout=1.0)
        except queue.Empty:
            self._recover()
            return
        if kind == "error":
            raise KGError(f"a worker could not start: {payload}")
        if kind == "ready":
            self.ready.add(pid)
        elif kind == "start":
            self.busy[pid] = payload
        elif kind == "done":
            chunk, outcomes = payload
            self.busy.pop(pid, None)
            if chunk in self.sent:
                self.done[chunk] = outcomes

    def _recover(self) -> None:
        """Replace each worker that died, and send its chunk again one document at a time; a
        document that kills a worker alone is reported as a failure."""
        for pid, worker in list(self.workers.items()):
            if worker.exitcode is None:
                continue
            death = _death(worker.exitcode)
            if pid not in self.ready:
                raise KGError(f"a worker died while loading the pipeline ({death})")
            del self.workers[pid]
            lost = self.busy.pop(pid, None)
            self._start()
            if lost is None or lost not in self.sent:
                continue
            items = self.sent[lost]
            if lost in self.retried or len(items) == 1:
                self.done[lost] = [
                    Failure(name, f"{name}: the worker reading it died ({death})", "extract")
                    for name, _ in items
                ]
                continue
            del self.sent[lost]
            parts = [self._send([item]) for item in items]
            self.retried.update(parts)
            position = self.order.index(lost)
            self.order.remove(lost)
            for offset, part in enumerate(parts):
                self.order.insert(position + offset, part)

    def close(self) -> None:
        """Stop the workers at once (their chunks in flight are dropped)."""
        for worker in self.workers.values():
            with contextlib.suppress(Exception):
                worker.kill()
        for worker in self.workers.values():
            worker.join(timeout=5)
        self.workers.clear()
        for channel in (self.tasks, self.results):
            channel.cancel_join_thread()
            channel.close()


def _death(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        name = signal.Signals(-exitcode).name
        hint = ", out of memory?" if exitcode == -signal.SIGKILL else ""
        return f"{name}{hint}"
    return f"exit status {exitcode}"
