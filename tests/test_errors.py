"""Bad input and hostile arguments: one line on stderr, `kg: error: ...`, a non-zero exit, and
nothing written; a read-only store can still be queried."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from store_support import SEED, resolutions, run_kg

from kg.store import Store

FRENCH = (
    "Le groupe Orange a annoncé lundi le rachat de la start-up lyonnaise Dreamjet pour trente "
    "millions d’euros, selon un communiqué publié par l’opérateur historique français."
)


@pytest.fixture(scope="module")
def store(tmp_path_factory, builder) -> Path:
    path = tmp_path_factory.mktemp("errors") / "store"
    with Store(path) as kg_store:
        kg_store.add([resolutions(builder)[0]])
    return path


def one_line_error(result: subprocess.CompletedProcess[str], *expected: str) -> str:
    assert result.returncode in (1, 2), (result.returncode, result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    (line,) = lines
    assert line.startswith("kg: error: ") and "Traceback" not in result.stderr
    for text in expected:
        assert text in line, line
    return line


@pytest.mark.parametrize(
    "args, expected",
    [
        (["remove", "--document", "a b"], ["no document 'a b'"]),
        (["export", "--document", "a>b"], ["no document 'a>b'"]),
        (["export", "--document", "<x> } ; DROP ALL"], ["no document"]),
        (["query", "SELECT ?s WHERE { ?s ?p ?o }", "--param", "1 x=3"], ["not a SPARQL variable"]),
        (
            ["query", "SELECT ?s WHERE { ?s ?p ?o }", "--param", "s=<not an iri>"],
            ["not a valid IRI"],
        ),
        (["query", "INSERT DATA { <urn:a> <urn:b> <urn:c> }"], ["SPARQL update", "kg build"]),
        (["query", "PREFIX x: <urn:x> DELETE WHERE { ?s ?p ?o }"], ["SPARQL update"]),
        (["query", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"], ["SERVICE"]),
        (["query", "SELECT * WHERE { ?s ?p ?o }", "--timeout", "nan"], ["--timeout nan"]),
        (["query", "SELECT * WHERE { ?s ?p ?o }", "--limit", "0"], ["--limit"]),
        (["serve", "--timeout", "nan"], ["--timeout nan"]),
        (["serve", "--timeout", "inf"], ["--timeout inf"]),
        (["serve", "--timeout", "-1"], ["--timeout -1"]),
        (["serve", "--port", "70000"], ["--port"]),
        (["query"], ["give a query or --file"]),
        (["frobnicate"], ["No such command"]),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, list) else None,
)
def test_bad_arguments_are_one_line(store, args, expected):
    one_line_error(run_kg(*args, "--store", store), *expected)


def test_a_query_file_not_in_utf8(store, tmp_path):
    query = tmp_path / "q.rq"
    query.write_bytes('SELECT ?s WHERE { ?s rdfs:label "Générale" }'.encode("latin-1"))
    one_line_error(run_kg("query", "--file", query, "--store", store), "not valid UTF-8", "byte")


def test_export_onto_a_folder(store, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    for out in (f"{folder}/", str(folder)):
        one_line_error(run_kg("export", "--out", out, "--format", "nq", "--store", store), "folder")
    assert list(folder.iterdir()) == []
    afile = tmp_path / "a.ttl"
    afile.write_text("not a folder")
    one_line_error(
        run_kg("export", "--out", afile / "x.ttl", "--store", store), "cannot be written"
    )
    assert afile.read_text() == "not a folder"


def test_export_onto_an_existing_file_replaces_it_whole(store, tmp_path):
    out = tmp_path / "kg.ttl"
    out.write_text("old")
    result = run_kg("export", "--out", out, "--store", store)
    assert result.returncode == 0, result.stderr
    assert out.read_text().startswith("@prefix") and not list(tmp_path.glob(".kg.ttl.tmp-*"))


@pytest.mark.parametrize("base", ["not an iri", "https://x.org/a b/", "x/", "https://x.org/no-end"])
def test_a_base_iri_that_is_not_one(tmp_path, base):
    result = run_kg("build", SEED, "--base-iri", base, "--no-store", "--out", tmp_path / "out")
    one_line_error(result, "--base-iri")
    assert not (tmp_path / "out").exists()


def test_the_not_french_error_names_the_file_and_no_false_language(tmp_path):
    english = tmp_path / "english.txt"
    english.write_text(
        "Meta Platforms is about to invest more than ten billion dollars in Scale AI, a "
        "fast-growing start-up, according to Bloomberg. The deal would be Meta's largest."
    )
    line = one_line_error(run_kg("build", english, "--no-store", "--out", tmp_path / "o"))
    assert str(english) in line and "French" in line and "detected: fr" not in line


def test_utf16_is_named_utf16(tmp_path):
    for encoding, data in (
        ("utf-16", FRENCH.encode("utf-16")),  # with its byte-order mark
        ("utf-16-le", FRENCH.encode("utf-16-le")),  # without
    ):
        source = tmp_path / f"{encoding}.txt"
        source.write_bytes(data)
        line = one_line_error(run_kg("build", source, "--no-store", "--out", tmp_path / "o"))
        assert "UTF-16" in line and "binary" not in line, encoding


# --- read-only media ------------------------------------------------------------------------------


@contextmanager
def read_only_copy(source: Path, tmp_path: Path) -> Iterator[Path]:
    """`source` copied onto a file system mounted read-only (a tmpfs remounted ro)."""
    mount = tmp_path / "ro"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", mount]).returncode:
        pytest.skip("mounting a file system needs root (CI runs as root)")
    try:
        shutil.copytree(source, mount / source.name)
        subprocess.run(["mount", "-o", "remount,ro", mount], check=True)
        yield mount / source.name
    finally:
        subprocess.run(["umount", mount], check=True)


def test_a_store_on_read_only_media_can_be_queried_and_exported(store, tmp_path):
    with read_only_copy(store, tmp_path) as copy:
        with pytest.raises(OSError):
            (copy / "probe").write_text("x")
        query = run_kg("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Person }", "--store", copy)
        assert query.returncode == 0, query.stderr
        export = run_kg("export", "--format", "nt", "--store", copy)
        assert export.returncode == 0 and export.stdout.count(" .\n") > 300, export.stderr
        build = run_kg("build", SEED, "--store", copy, "--out", tmp_path / "out")
        one_line_error(build, "cannot be written")
        removed = run_kg("remove", "--document", "meta-scale-ai", "--store", copy)
        one_line_error(removed, "cannot be written")
        out = run_kg("build", SEED, "--no-store", "--out", copy.parent / "out")
        one_line_error(out, "cannot be written")
    assert not (tmp_path / "out").exists()
