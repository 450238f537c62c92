"""Graph -> Turtle / N-Triples / JSON-LD files, deterministic and written atomically: each file
alone (`atomic_write`), and the files of one build as a set (`OutputSet`)."""

from __future__ import annotations

import ctypes
import errno
import glob
import hashlib
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path

from rdflib import Graph

from .errors import GraphError

__all__ = [
    "MANIFEST",
    "GraphFormat",
    "OutputSet",
    "atomic_write",
    "read_graph",
    "serialize",
    "write_graph",
]


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


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


def _stale(siblings: Iterable[Path], marker: str) -> list[Path]:
    """Temporary files or folders named `...{marker}PID-...` whose writer has died."""
    found = []
    for sibling in siblings:
        pid = sibling.name.partition(marker)[2].split("-", 1)[0].split(".", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            found.append(sibling)
    return found


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, then rename: readers never see half a file.

    The temporary file's name holds the writer's pid (`.graph.ttl.tmp-4242-x1y2`), so that one
    left by a killed run is removed by the next write to the same place. An OSError (a full
    disk, a read-only folder) is a GraphError that says so; `path` is then as it was.
    """
    if path.is_dir():
        raise GraphError(f"{path} is a folder; give a file name (e.g. {path / 'graph.ttl'})")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for stale in _stale(path.parent.glob(f".{glob.escape(path.name)}.tmp-*"), ".tmp-"):
            stale.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(
            prefix=f".{path.name}.tmp-{os.getpid()}-", suffix="", dir=path.parent
        )
    except OSError as error:
        raise GraphError(f"{path} cannot be written: {_reason(error)}") from error
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; a graph is an ordinary file
        os.replace(tmp, path)
    except OSError as error:
        Path(tmp).unlink(missing_ok=True)
        raise GraphError(f"{path} cannot be written: {_reason(error)}; it is as it was") from error
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# --- the outputs of one build, as a set ---------------------------------------------------------

MANIFEST = "kg-build.json"
_KG_FILES = frozenset({"graph.ttl", "graph.nt", "graph.jsonld", "graph.html", MANIFEST})
_STAGING = ".kg-staging-"


class OutputSet:
    """The files of one build, written into a staging folder beside `out_dir`, then put in its
    place in one step, so that `out_dir` always holds one build whole: the previous one until
    `publish()`, the new one after.

    On Linux the two folders are exchanged atomically (renameat2 RENAME_EXCHANGE); elsewhere the
    old folder is renamed aside first, and a crash between the two renames leaves no `out_dir`
    (the previous build is in `.NAME.kg-staging-*`). `out_dir` belongs to kg: it may hold only
    what a build wrote (listed in its manifest, `kg-build.json`). Staging folders left by killed
    runs are removed by the next build.
    """

    def __init__(self, out_dir: Path):
        self.target = out_dir
        self._check_target()
        parent = out_dir.parent
        try:
            parent.mkdir(parents=True, exist_ok=True)
            marker = f".{out_dir.name}{_STAGING}"
            for stale in _stale(parent.glob(f"{glob.escape(marker)}*"), _STAGING):
                shutil.rmtree(stale, ignore_errors=True)
            self.staging = Path(tempfile.mkdtemp(prefix=f"{marker}{os.getpid()}-", dir=parent))
        except OSError as error:
            raise GraphError(f"{out_dir} cannot be written: {_reason(error)}") from error
        self.names: list[str] = []

    def _check_target(self) -> None:
        target = self.target
        if target.exists() and not target.is_dir():
            raise GraphError(f"{target} is a file; --out takes a folder")
        if not target.is_dir():
            return
        try:
            manifest = json.loads((target / MANIFEST).read_text(encoding="utf-8"))
            ours = set(manifest.get("files", {})) | {MANIFEST}
        except (OSError, ValueError, AttributeError):
            ours = set(_KG_FILES)
        foreign = sorted(
            p.name
            for p in target.iterdir()
            if p.name not in ours and not p.name.startswith(".graph.")
        )
        if foreign:
            shown = ", ".join(foreign[:5]) + (" ..." if len(foreign) > 5 else "")
            raise GraphError(
                f"{target}/ holds files kg did not write ({shown}); kg replaces the whole "
                "folder with each build: give --out an empty folder or one kg made"
            )

    def path(self, name: str) -> Path:
        """Where to write the file `name` of this build (inside the staging folder)."""
        self.names.append(name)
        return self.staging / name

    def publish(self, about: dict[str, object] | None = None) -> tuple[Path, ...]:
        """Write the manifest, then put the staging folder in place of `out_dir` in one step."""
        try:
            files = {
                name: hashlib.sha256((self.staging / name).read_bytes()).hexdigest()
                for name in sorted(set(self.names))
            }
            build = hashlib.sha256(json.dumps(files, sort_keys=True).encode()).hexdigest()[:16]
            manifest = {"build": build, **(about or {}), "files": files}
            data = json.dumps(manifest, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
            (self.staging / MANIFEST).write_text(data, encoding="utf-8")
            for name in [*files, MANIFEST]:
                _fsync(self.staging / name)
            os.chmod(self.staging, 0o777 & ~_umask())
            _fsync(self.staging)
            self._swap()
            _fsync(self.target.parent)
        except OSError as error:
            self.discard()
            raise GraphError(
                f"{self.target} cannot be written: {_reason(error)}; it holds the previous "
                "build, as it was"
            ) from error
        return tuple(self.target / name for name in files)

    def _swap(self) -> None:
        if not self.target.exists():
            os.rename(self.staging, self.target)
            return
        if not _exchange(self.staging, self.target):
            aside = self.staging.with_name(self.staging.name + "-old")
            os.rename(self.target, aside)
            os.rename(self.staging, self.target)
            self.staging = aside
        shutil.rmtree(self.staging, ignore_errors=True)  # the previous build

    def discard(self) -> None:
        """Forget the staged files; `out_dir` stays as it was."""
        shutil.rmtree(self.staging, ignore_errors=True)


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders atomically (Linux renameat2 with RENAME_EXCHANGE); False where the
    system or the file system cannot."""
    if not sys.platform.startswith("linux"):
        return False
    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is None:
        return False
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(b))


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
