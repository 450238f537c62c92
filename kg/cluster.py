"""Reading on a Dask cluster: partitions of documents go to the workers, which each load kg's
pipeline once (a worker plugin) and send back each document's graph as N-Quads; this process
writes them to the store in the order the partitions were sent (the store has one writer).

    kg build corpus/ --scheduler tcp://scheduler:8786

Needs Dask's `distributed` package (`pip install 'kg[dask]'`), on the workers too, with kg.
"""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

import dask
from distributed import Client, WorkerPlugin, get_worker

from .config import Settings
from .errors import KGError
from .work import Item, Outcome, process

__all__ = ["DaskCluster", "PipelinePlugin"]

PLUGIN = "kg-pipeline"


class PipelinePlugin(WorkerPlugin):
    """The worker loads kg's pipeline once, when it joins (or when the plugin is registered)."""

    idempotent = True

    def __init__(self, settings: Settings):
        self.settings = settings
        self.builder: Any = None

    def setup(self, worker: Any) -> None:
        from .build import Builder

        self.builder = Builder(self.settings)

    def teardown(self, worker: Any) -> None:
        self.builder = None


def process_partition(items: list[Item]) -> list[Outcome]:
    """The task a worker runs on a partition, with the pipeline its plugin loaded."""
    return process(get_worker().plugins[PLUGIN].builder, items)


class DaskCluster:
    """A runner (`kg.work.Runner`) on the cluster whose scheduler is at `address`."""

    def __init__(self, settings: Settings, address: str, *, window: int | None = None):
        # Dask's own setting (30 s unless DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT says otherwise)
        timeout = dask.config.get("distributed.comm.timeouts.connect")
        try:
            self.client = Client(address, timeout=timeout)
        except (OSError, TimeoutError) as error:
            raise KGError(f"cannot reach the Dask scheduler at {address}: {error}") from error
        try:
            self.client.register_plugin(PipelinePlugin(settings), name=PLUGIN)
        except Exception as error:
            self.close()
            raise KGError(f"the Dask workers could not load kg's pipeline: {error}") from error
        workers = len(self.client.scheduler_info().get("workers", {}))
        self.window = window or max(4, 2 * workers)

    def run(self, chunks: Iterable[list[Item]]) -> Iterator[list[Outcome]]:
        futures: deque[Any] = deque()
        for chunk in chunks:
            futures.append(self.client.submit(process_partition, chunk, pure=False))
            while len(futures) >= self.window:
                yield self._result(futures.popleft())
        while futures:
            yield self._result(futures.popleft())

    @staticmethod
    def _result(future: Any) -> list[Outcome]:
        try:
            return future.result()
        except Exception as error:  # a worker died, or the task failed: stop; a rerun resumes
            raise KGError(f"the Dask cluster failed on a partition: {error}") from error

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.client.close(timeout=10)
