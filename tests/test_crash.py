"""What a reader finds after a crash: `kill -9` at several points of a build, and full disks.

out/ always holds one build whole (its manifest, kg-build.json, lists its files and their
hashes), the store one consistent state (the old one or the new one), and the next build
cleans what the killed one left."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from store_support import KG, SEED, resolutions, run_kg
from test_store import default_graph_is_the_union

from kg.build import build_files
from kg.errors import StoreError
from kg.store import Store

pytestmark = pytest.mark.slow

SECOND = (
    "Meta et Microsoft ont annoncé mardi un partenariat dans l'intelligence artificielle "
    "générative.\nSelon Reuters, Microsoft investirait 2 milliards de dollars dans ce projet.\n"
)


@pytest.fixture(scope="module")
def before(tmp_path_factory, builder) -> Path:
    """A folder with an article, another, and what building the first one left: out/, store/."""
    root = tmp_path_factory.mktemp("crash")
    shutil.copy(SEED, root / "a.fr.txt")
    (root / "b.fr.txt").write_text(SECOND, encoding="utf-8")
    result = build_files([root / "a.fr.txt"], root / "out", builder=builder)
    with Store(root / "store") as store:
        store.add(result.resolutions)
    return root


def manifest_articles(out: Path) -> list[str]:
    """The build out/ holds, after checking that it is whole: every file the manifest lists,
    with its hash, and nothing else."""
    manifest = json.loads((out / "kg-build.json").read_text(encoding="utf-8"))
    files = manifest["files"]
    assert sorted(p.name for p in out.iterdir()) == sorted([*files, "kg-build.json"])
    for name, digest in files.items():
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == digest, name
    return [a["name"] for a in manifest["articles"]]


def store_documents(path: Path) -> list[str]:
    with Store(path) as store:  # writable: no lock was left behind
        assert default_graph_is_the_union(store)
        return sorted(d.name for d in store.documents())


def leftovers(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir() if ".kg-staging-" in p.name)


def staging(root: Path) -> list[Path]:
    return [p for p in root.glob(".out.kg-staging-*") if p.is_dir()]


KILL_POINTS: dict[str, Callable[[Path], bool]] = {
    "starting": lambda root: True,
    "staging": lambda root: bool(staging(root)),
    "staged": lambda root: any((s / "graph.html").exists() for s in staging(root)),
}


@pytest.mark.parametrize(
    "point, delay",
    [
        ("starting", 1.0),
        ("staging", 0.0),
        ("staged", 0.0),
        ("staged", 0.05),
        ("staged", 0.15),
        ("staged", 0.1),
        ("staged", 0.3),
    ],
)
def test_kill_9_during_a_build_leaves_a_whole_build(before, tmp_path, point, delay):
    root = tmp_path / "work"
    shutil.copytree(before, root)
    process = subprocess.Popen(
        [*KG, "build", "a.fr.txt", "b.fr.txt", "--out", "out", "--store", "store"],
        cwd=root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while not KILL_POINTS[point](root) and process.poll() is None:
            assert time.monotonic() < deadline
            time.sleep(0.002)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait()
    articles = manifest_articles(root / "out")
    documents = store_documents(root / "store")
    if process.returncode == 0:  # the latest kill points may come after a fast machine's end
        assert delay > 0 and articles == documents == ["a.fr.txt", "b.fr.txt"]
    else:
        assert process.returncode == -signal.SIGKILL
    assert articles in (["a.fr.txt"], ["a.fr.txt", "b.fr.txt"])
    assert documents in (["a.fr.txt"], ["a.fr.txt", "b.fr.txt"])
    assert documents == articles or documents == ["a.fr.txt", "b.fr.txt"]  # store first
    again = run_kg("build", "a.fr.txt", "b.fr.txt", "--out", "out", "--store", "store", cwd=root)
    assert again.returncode == 0, again.stderr
    assert manifest_articles(root / "out") == ["a.fr.txt", "b.fr.txt"]
    assert leftovers(root) == []


# --- full disks -----------------------------------------------------------------------------------


@contextmanager
def small_disk(path: Path, size: str = "4m") -> Iterator[Path]:
    path.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", path]).returncode:
        pytest.skip("mounting a file system needs root (CI runs as root)")
    try:
        yield path
    finally:
        subprocess.run(["umount", path], check=True)


def fill(disk: Path, leave: int) -> None:
    stat = os.statvfs(disk)
    with open(disk / "filler", "wb") as handle:
        handle.write(b"\0" * max(0, stat.f_bavail * stat.f_frsize - leave))


def test_a_full_disk_for_out_leaves_the_previous_build_and_says_the_store_has_it(before, tmp_path):
    """The store is written first, batch by batch; out/ last: a full disk for out/ keeps the
    previous build there, and the error says that the store has the articles."""
    root = tmp_path / "work"
    shutil.copytree(before, root)
    with small_disk(tmp_path / "disk") as disk:
        shutil.copytree(root / "out", disk / "out")
        fill(disk, 20_000)
        result = run_kg(
            "build", "a.fr.txt", "b.fr.txt", "--out", disk / "out", "--store", "store", cwd=root
        )
        assert result.returncode == 1, result.stdout
        (line,) = result.stderr.splitlines()
        assert line.startswith("kg: error:") and "No space left on device" in line
        assert line.endswith("(the store at store has this run's articles)")
        assert manifest_articles(disk / "out") == ["a.fr.txt"]
        assert leftovers(disk) == []
        (disk / "filler").unlink()
        again = run_kg(
            "build", "a.fr.txt", "b.fr.txt", "--out", disk / "out", "--store", "store", cwd=root
        )
        assert again.returncode == 0, again.stderr
        assert manifest_articles(disk / "out") == ["a.fr.txt", "b.fr.txt"]
    assert store_documents(root / "store") == ["a.fr.txt", "b.fr.txt"]


@pytest.mark.parametrize("leave", [400_000, 100_000, 30_000, 0])
def test_a_full_disk_during_a_store_update_is_reported_as_it_is(builder, tmp_path, leave):
    seed, second = resolutions(builder)
    with small_disk(tmp_path / "disk", "40m") as disk:
        with Store(disk / "store") as store:
            store.add([seed])
        try:
            with Store(disk / "store") as store:
                fill(disk, leave)
                store.add([second])
            reported = "added"
        except StoreError as error:
            message = str(error)
            assert "No space left on device" in message
            reported = "added" if "the change went through" in message else "nothing"
            assert reported == "added" or "nothing changed" in message
        (disk / "filler").unlink(missing_ok=True)
        with Store(disk / "store", read_only=True) as store:
            stored = {d.id for d in store.documents()}
    assert stored == (
        {"meta-scale-ai", "meta-microsoft"} if reported == "added" else {"meta-scale-ai"}
    )
