"""The `kg` command: bad input stops with one line and a non-zero exit, and writes nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "examples" / "meta-scale-ai.fr.txt"


def kg(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg", *args], cwd=cwd, capture_output=True, text=True, timeout=300
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b"\x00\x01\x02binary\xff\xfe", "binary", id="binary"),
        pytest.param(
            b"Caf\xe9 de la gare, soci\xe9t\xe9 g\xe9n\xe9rale" * 3, "UTF-8", id="latin-1"
        ),
        pytest.param(
            b"Meta Platforms is about to invest more than ten billion dollars in Scale AI, a "
            b"fast-growing start-up, according to Bloomberg. The deal would be Meta's largest.",
            "French",
            id="english",
        ),
    ],
)
def test_bad_input_writes_nothing(tmp_path: Path, content: bytes, message: str) -> None:
    source = tmp_path / "article.txt"
    source.write_bytes(content)
    out = tmp_path / "out"
    result = kg(
        "build", str(source), "--out", str(out), "--store", str(tmp_path / "store"), cwd=tmp_path
    )
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error:") and message in lines[0]
    assert not out.exists()


def test_failed_build_keeps_previous_graph(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = kg("build", str(ARTICLE), "--out", str(out), "--no-store", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    before = (out / "graph.ttl").read_bytes()
    empty, binary = tmp_path / "empty.txt", tmp_path / "binary.txt"
    empty.write_text("")
    binary.write_bytes(b"\x00\x01\x02")
    second = kg("build", str(empty), str(binary), "--out", str(out), "--no-store", cwd=tmp_path)
    assert second.returncode == 1
    assert (out / "graph.ttl").read_bytes() == before
    assert (out / "graph.html").exists()
    # one bad article among good ones is skipped: the others are built, exit status 3
    third = kg("build", str(ARTICLE), str(empty), "--out", str(out), "--no-store", cwd=tmp_path)
    assert third.returncode == 3
    assert third.stderr.strip() == f"kg: error: {empty}: the file is empty"
    assert (out / "graph.ttl").read_bytes() == before


def test_build_eval_validate(tmp_path: Path) -> None:
    out = tmp_path / "out"
    build = kg("build", str(ARTICLE), "--out", str(out), "--no-store", cwd=tmp_path)
    assert build.returncode == 0, build.stderr
    assert (out / "graph.ttl").is_file() and (out / "graph.html").is_file()
    gold = ROOT / "tests" / "data" / "meta-scale-ai.gold.json"
    scores = kg("eval", str(out / "graph.ttl"), str(gold), cwd=tmp_path)
    assert scores.returncode == 0
    assert scores.stdout.strip().splitlines()[-1].startswith("relations P=")
    check = kg("validate", str(out / "graph.ttl"), cwd=tmp_path)
    assert check.returncode == 0, check.stdout + check.stderr


def test_validate_reports_violations(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        "@prefix kg: <https://w3id.org/kg-fr/ontology#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        '<urn:x:llama> a kg:Product ; rdfs:label "Llama" .\n'
        '<urn:x:meta> a kg:Organization ; rdfs:label "Meta" .\n'
        "<urn:x:llama> kg:hasCEO <urn:x:meta> .\n"
    )
    result = kg("validate", str(bad), cwd=tmp_path)
    assert result.returncode == 1
    assert "violation" in result.stderr


def test_missing_graph_file(tmp_path: Path) -> None:
    result = kg("validate", str(tmp_path / "nothing.ttl"), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("kg: error:")


def _main(args: tuple[str, ...], tmp_path: Path, monkeypatch, capsys) -> tuple[int, str, str]:
    """`kg ARGS` through kg.cli.main in this process: exit status, stdout, stderr."""
    from kg.cli import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "argv", ["kg", *args])
    with pytest.raises(SystemExit) as exit:
        main()
    out, err = capsys.readouterr()
    return exit.value.code, out, err


def test_version(tmp_path: Path, monkeypatch, capsys) -> None:
    from importlib.metadata import version

    assert _main(("--version",), tmp_path, monkeypatch, capsys) == (0, f"kg {version('kg')}\n", "")


USAGE, FAILURE = 2, 1  # a command line kg does not understand; something kg could not do


@pytest.mark.parametrize(
    ("args", "message", "code"),
    [
        pytest.param(("eval", "graph.ttl"), "Missing argument 'gold'", USAGE, id="eval-no-gold"),
        pytest.param(("path", "Meta"), "Missing argument 'target'", USAGE, id="path-no-target"),
        pytest.param(("export", "--format", "xlsx"), "'xlsx' is not one of", USAGE, id="format"),
        pytest.param(("view", "--max-nodes", "0"), "--max-nodes", USAGE, id="view-max-nodes"),
        pytest.param(("nosuch",), "No such command 'nosuch'", USAGE, id="unknown-command"),
        pytest.param(
            ("eval", "bad.ttl", "gold.json"), "bad.ttl: not a valid turtle", FAILURE, id="bad-ttl"
        ),
        pytest.param(
            ("view", "bad.ttl", "--out", "/proc/kg/graph.html"),
            "not a valid turtle",
            FAILURE,
            id="view-bad",
        ),
    ],
)
def test_errors_are_one_line(tmp_path, monkeypatch, capsys, args, message, code):
    """Click's usage errors too (exit 2, with the command's --help named), and a parser's
    message on several lines (exit 1)."""
    (tmp_path / "bad.ttl").write_text('@prefix : <x#> .\n:a :b "unterminated .\n')
    (tmp_path / "gold.json").write_text('{"entities": [], "relations": []}')
    status, out, err = _main(args, tmp_path, monkeypatch, capsys)
    assert status == code and out == ""
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: ") and message in lines[0], lines


def test_a_page_that_cannot_be_written_is_one_line(tmp_path, monkeypatch, capsys):
    (tmp_path / "g.ttl").write_text(
        "@prefix kg: <https://w3id.org/kg-fr/ontology#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        '<urn:x:a> a kg:Organization ; rdfs:label "A" .\n'
    )
    args = ("view", "g.ttl", "--out", "/proc/kg/graph.html")
    status, _, err = _main(args, tmp_path, monkeypatch, capsys)
    assert status == 1
    assert (
        err == "kg: error: /proc/kg/graph.html cannot be written: No such file or directory\n"
    )
