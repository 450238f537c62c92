"""Query workers: each SPARQL query of `kg serve` is evaluated in a process of its own, which
can be killed when the query runs too long or its client leaves.

A worker opens the store read-only with pyoxigraph, then answers (query, Accept header)
requests one at a time over a socket pair, streaming the serialized result in chunks and
stopping past the size limit. `Pool` keeps `Limits.workers` of them; one that is killed is
replaced in the background. Workers die with the process that started them (Linux
PR_SET_PDEATHSIG), even when it is killed with `kill -9`.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import json
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass
from multiprocessing.connection import Connection
from typing import IO, TYPE_CHECKING

from .errors import KGError, QueryError
from .sparql import ResultFormat

if TYPE_CHECKING:  # a worker process imports only pyoxigraph and kg.sparql: it starts fast
    from .store import Store

__all__ = [
    "CONTENT_TYPES",
    "Limits",
    "Pool",
    "Worker",
    "die_with_parent",
    "negotiate",
    "release_memory",
]

START_TIMEOUT = 30.0  # seconds for a worker to open the store


@dataclass(frozen=True)
class Limits:
    """What one query may take: seconds, bytes of result, and how many run at once."""

    timeout: float = 30.0
    max_bytes: int = 64_000_000
    workers: int = 2
    allow_service: bool = False


def die_with_parent() -> None:
    """Linux: this process gets SIGKILL when its parent dies, even by `kill -9`."""
    if sys.platform.startswith("linux"):
        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)


def release_memory() -> None:
    """Give the heap freed since the last call back to the system: glibc keeps it otherwise, so
    that a process reading a corpus batch after batch grows with the corpus (Linux only)."""
    if sys.platform.startswith("linux"):
        _libc().malloc_trim(0)


@functools.cache
def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(None)


_SOLUTION_MEDIA = {
    "application/sparql-results+json": ResultFormat.JSON,
    "application/json": ResultFormat.JSON,
    "application/sparql-results+xml": ResultFormat.XML,
    "application/xml": ResultFormat.XML,
    "text/csv": ResultFormat.CSV,
    "text/tab-separated-values": ResultFormat.TSV,
}
_GRAPH_MEDIA = {
    "text/turtle": ResultFormat.TURTLE,
    "application/n-triples": ResultFormat.NT,
    "application/ld+json": ResultFormat.JSON,
    "application/rdf+xml": ResultFormat.XML,
}
CONTENT_TYPES = {
    (False, ResultFormat.JSON): "application/sparql-results+json",
    (False, ResultFormat.XML): "application/sparql-results+xml",
    (False, ResultFormat.CSV): "text/csv; charset=utf-8",
    (False, ResultFormat.TSV): "text/tab-separated-values; charset=utf-8",
    (True, ResultFormat.TURTLE): "text/turtle",
    (True, ResultFormat.NT): "application/n-triples",
    (True, ResultFormat.JSON): "application/ld+json",
    (True, ResultFormat.XML): "application/rdf+xml",
}


def negotiate(accept: str, *, graph: bool) -> ResultFormat | None:
    """The format the Accept header prefers among those kg writes (JSON or Turtle for `*/*` or
    no header); None when it accepts none of them."""
    media = _GRAPH_MEDIA if graph else _SOLUTION_MEDIA
    default = ResultFormat.TURTLE if graph else ResultFormat.JSON
    ranked = []
    for position, part in enumerate((accept or "*/*").split(",")):
        kind, *parameters = (p.strip() for p in part.split(";"))
        quality = 1.0
        for parameter in parameters:
            name, _, value = parameter.partition("=")
            if name.strip() == "q":
                with contextlib.suppress(ValueError):
                    quality = float(value)
        ranked.append((-quality, position, kind.lower()))
    for negative, _, kind in sorted(ranked):
        if negative >= 0:
            continue
        if kind in media:
            return media[kind]
        if kind in ("*/*", "application/*", "text/*"):
            return default
    return None


class _TooLarge(Exception):
    pass


class _Sender:
    """A binary stream into the pipe to kg serve, in chunks, that stops past `max_bytes`."""

    def __init__(self, connection: Connection, max_bytes: int):
        self.connection, self.max_bytes = connection, max_bytes
        self.buffer, self.sent = bytearray(), 0

    def write(self, data: bytes) -> int:
        self.sent += len(data)
        if self.sent > self.max_bytes:
            raise _TooLarge
        self.buffer += data
        if len(self.buffer) >= 1 << 16:
            self.flush()
        return len(data)

    def flush(self) -> None:
        if self.buffer:
            self.connection.send(("data", bytes(self.buffer)))
            self.buffer.clear()


def _work(fd: int, database: str, prefixes: dict[str, str], limits: Limits) -> None:
    """A worker's life: open the store, then answer (query, Accept) requests one by one."""
    import pyoxigraph as ox

    from . import sparql

    die_with_parent()
    connection = Connection(fd)
    db = ox.Store.read_only(database)
    connection.send(("ready",))
    while True:
        try:
            request = connection.recv()
        except (EOFError, OSError):
            return  # kg serve has gone
        query, accept = request
        try:
            results = sparql.execute(db, query, prefixes, allow_service=limits.allow_service)
            graph = isinstance(results, ox.QueryTriples)
            fmt = negotiate(accept, graph=graph)
            if fmt is None:
                kinds = ", ".join(_GRAPH_MEDIA if graph else _SOLUTION_MEDIA)
                connection.send(("error", 406, f"this result can be given as {kinds}"))
                continue
            connection.send(("start", CONTENT_TYPES[(graph, fmt)]))
            sender = _Sender(connection, limits.max_bytes)
            sparql.write(results, fmt, sender, prefixes=prefixes)
            sender.flush()
            connection.send(("end",))
        except _TooLarge:
            connection.send(
                ("error", 507, f"the result is larger than {limits.max_bytes:,} bytes; add a LIMIT")
            )
        except QueryError as error:
            connection.send(("error", 400, str(error)))
        except KGError as error:
            connection.send(("error", 500, str(error)))
        except Exception as error:  # a bug or a broken store: say it, and keep serving
            connection.send(("error", 500, f"{type(error).__name__}: {error}"))


class Worker:
    """A worker process and kg serve's end of its pipe."""

    def __init__(self, store: Store, limits: Limits, log: IO[bytes]):
        from .store import DATABASE

        assert store.path is not None
        ours, theirs = socket.socketpair()
        config = json.dumps(
            [theirs.fileno(), str(store.path / DATABASE), store.prefixes, asdict(limits)]
        )
        self.process = subprocess.Popen(
            [sys.executable, "-c", "import sys, kg.workers; kg.workers._main(sys.argv[1])", config],
            pass_fds=(theirs.fileno(),),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
        )
        theirs.close()
        self.connection = Connection(ours.detach())
        self._killing = threading.Lock()

    def ready(self, deadline: float) -> bool:
        if not self.connection.poll(max(0.0, deadline - time.monotonic())):
            return False
        try:
            return self.connection.recv() == ("ready",)
        except (EOFError, OSError):
            return False

    def kill(self) -> None:
        """Stop it now (idempotent, from any thread)."""
        with self._killing:
            if self.process.poll() is None:
                self.process.kill()
            self.process.wait()
            with contextlib.suppress(OSError):
                self.connection.close()


def _main(config: str) -> None:
    """Entry point of a worker process (`Server` starts it)."""
    fd, database, prefixes, limits = json.loads(config)
    _work(fd, database, prefixes, Limits(**limits))


class Pool:
    """The workers: a query takes an idle one, and a killed one is replaced."""

    def __init__(self, store: Store, limits: Limits, log: IO[bytes]):
        self.store, self.limits, self.log = store, limits, log
        self.idle: queue.Queue[Worker] = queue.Queue()
        self.all: set[Worker] = set()
        self.lock = threading.Lock()
        self.closed = False
        self.wanted: queue.Queue[bool] = queue.Queue()
        threading.Thread(target=self._restarts, name="kg-worker-starter", daemon=True).start()
        started = [self._start() for _ in range(limits.workers)]
        deadline = time.monotonic() + START_TIMEOUT
        for worker in started:
            if not worker.ready(deadline):
                raise KGError(f"the query workers did not start: {_tail(self.log) or 'no output'}")
            self.idle.put(worker)

    def _start(self) -> Worker:
        worker = Worker(self.store, self.limits, self.log)
        with self.lock:
            self.all.add(worker)
        return worker

    def take(self, timeout: float) -> Worker | None:
        try:
            return self.idle.get(timeout=timeout)
        except queue.Empty:
            return None

    def give_back(self, worker: Worker) -> None:
        self.idle.put(worker)

    def replace(self, worker: Worker) -> None:
        """Kill a worker (its query took too long, or its client left) at once; another starts
        in the background."""
        with self.lock:
            self.all.discard(worker)
        worker.kill()
        self.wanted.put(True)

    def _restarts(self) -> None:
        """Start the replacement workers, from one thread that lasts as long as the pool: Linux
        sends the death signal when the *thread* that started a process ends."""
        while self.wanted.get():
            with self.lock:
                if self.closed:
                    return
            fresh = self._start()
            if fresh.ready(time.monotonic() + START_TIMEOUT) and not self.closed:
                self.idle.put(fresh)
            else:
                fresh.kill()

    def close(self) -> None:
        with self.lock:
            self.closed = True
            workers = list(self.all)
            self.all.clear()
        self.wanted.put(False)
        for worker in workers:
            worker.kill()


def _tail(log: IO[bytes]) -> str:
    log.seek(0)
    return " ".join(log.read().decode("utf-8", "replace").split())[-500:]
