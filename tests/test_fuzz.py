"""Property-based tests (hypothesis): no argument list and no article text makes kg crash.

An error is fine, when it is kg's one line (`kg: error: ...`, exit 1, or 2 for a command line
it does not understand); a traceback, an "internal error" or any other exit status is a bug. The
fast tier runs 1,000 article texts and 300 command lines (it has two minutes for everything);
the slow tier 1,000 more article texts, each also read with the language check, written in
every format and added to a store, and 500 more command lines (each a build, a query or an
export in a fresh workspace), more when KG_FUZZ_TEXTS / KG_FUZZ_COMMANDS say so."""

from __future__ import annotations

import io
import itertools
import os
import shutil
import sys
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from store_support import resolutions

import kg.build
import kg.cli
from kg.config import Settings
from kg.errors import InputError
from kg.export import GraphFormat, serialize
from kg.graph import build_graph
from kg.read import read_text
from kg.store import Store

ROOT = Path(__file__).resolve().parents[1]
FAST, FAST_COMMANDS = 100, 40  # the fast tier has two minutes for everything; the slow
# tier reads 1,000 texts and 500 command lines (below)
# CI's machine is about four times slower than a 2-core development VM and has 90 minutes for
# both tiers; a longer run: KG_FUZZ_TEXTS=10000 KG_FUZZ_COMMANDS=10000 pytest tests/test_fuzz.py
SLOW = int(os.environ.get("KG_FUZZ_TEXTS", "1000"))
SLOW_COMMANDS = int(os.environ.get("KG_FUZZ_COMMANDS", "500"))

# rdflib's JSON-LD parser (kg eval, kg validate on .jsonld) uses its deprecated ConjunctiveGraph
pytestmark = pytest.mark.filterwarnings(
    "ignore:.*ConjunctiveGraph is deprecated:DeprecationWarning"
)

# --- article text ---------------------------------------------------------------------------------

SENTENCES = [
    "Le groupe Orange a racheté la start-up lyonnaise Dreamjet pour 30 millions d’euros.",
    "Selon Reuters, Acme Industries investirait 2 milliards de dollars dans Globex.",
    "Marie Dupont, PDG de Vandelay, a annoncé un partenariat avec Initech.",
    "Hooli n'a pas racheté Umbrella, contrairement aux rumeurs.",
]
ODD = [
    "\x1b]0;titre\x07", "\x1b[2J", "\x00", "\x07", "\x7f", "\u0085", "\u009b", "\u200b", "\u200c",
    "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202e", "\u202d", "\u2066", "\u2069", "\u200e",
    "\u2028", "\u2029", "\r\n", "\t", "🚀", "👨‍👩‍👧", "🇫🇷", "日本語", "Москва", "العربية",
    "עברית", "ﬁ", "e\u0301", "\ud7ff", "\U0010ffff", "«", "»", "’", "\u00a0", "\u202f", " ",
    "\n", ".", "!", "?", "…", "$", "€", "%", "(", ")", "[", "]", "<", ">", "&", '"', "'",
]  # fmt: skip
WORDS = ["Meta", "Scale AI", "investit", "dans", "de", "la", "a", "racheté", "milliards", "2024"]

pieces = st.one_of(
    st.sampled_from(SENTENCES),
    st.sampled_from(ODD),
    st.sampled_from(WORDS),
    st.text(max_size=12),
)


def article_text(long_lines: bool) -> st.SearchStrategy[str]:
    parts = st.lists(pieces, max_size=40)
    if long_lines:  # now and then a very long line (thousands of characters, no sentence end)
        long = st.lists(st.sampled_from(WORDS + ODD[:20]), min_size=300, max_size=800)
        parts = st.one_of(parts, parts, parts, long)
    return parts.map(lambda items: " ".join(items) if len(items) % 2 else "".join(items))


def check_article(builder, text: str, *, thorough: bool) -> None:
    """Read (refusals are InputErrors), parse, extract, resolve, write the graph; the slow tier
    also reads with the language check on, writes every format and adds to a store."""
    data = text.encode("utf-8", "surrogatepass")
    for check in (True, False) if thorough else (False,):
        try:
            document = read_text(data, "fuzz.fr.txt", Settings(check_language=check))
        except InputError:
            continue
        (resolution,) = builder.resolve_texts([document])
        for statement in resolution.statements:
            evidence = statement.evidence
            assert document.text[evidence.start : evidence.end] == evidence.sentence
        graph = build_graph([resolution])
        for fmt in GraphFormat if thorough else (GraphFormat.NT,):
            serialize(graph, fmt)
        if thorough:
            with Store(None) as store:
                store.add([resolution])
                assert len(store) > 0


def fuzz_settings(examples: int) -> Callable:
    """The same examples on every run (what passes here passes in CI), and a failure reported
    as found: shrinking one, a build per step, could outlast CI's time."""
    return settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )


@fuzz_settings(FAST)
@given(text=article_text(long_lines=False))
@example(text="Contrat de 80 millions d'euros à Kestrel.")  # a deal noun as root: a loop once
def test_article_text_never_crashes(builder, text):
    check_article(builder, text, thorough=False)


@pytest.mark.slow
@fuzz_settings(SLOW)
@given(text=article_text(long_lines=True))
def test_article_text_never_crashes_at_length(builder, text):
    check_article(builder, text, thorough=True)


# --- command lines --------------------------------------------------------------------------------

SHORT = "Acme Industries a racheté la start-up Globex pour 30 millions d'euros, selon Reuters.\n"
HOSTILE = [
    "", " ", "-", "--", "a b", "a>b", "<x>", "../../etc/passwd", "/", ".", "nan", "inf", "-inf",
    "-1", "0", "1e308", "99999999999999999999", "\x1b[2J", "\u202e", "é", "日本", "%s", "{}",
    "x=y", "=", "?x", "$x", ":", "kg:", ":scale-ai", "<http://x>", "<not an iri>", "SELECT",
]  # fmt: skip
QUERIES = [
    "SELECT * WHERE { ?s ?p ?o } LIMIT 3",
    "ASK { ?s kg:investsIn ?o }",
    "CONSTRUCT WHERE { ?s kg:hasCEO ?o }",
    "DESCRIBE :scale-ai",
    "SELECT ?x WHERE { ?x",
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
    "SELECT ?company WHERE { ?c rdfs:label ?company }",
]
COMMANDS = {
    "build": ["--out", "--format", "--html", "--no-html", "--base-iri", "--store", "--no-store"],
    "eval": ["--json"],
    "validate": [],
    "query": [
        "--file",
        "--format",
        "--param",
        "--timeout",
        "--limit",
        "--allow-service",
        "--store",
    ],
    "export": ["--out", "--format", "--document", "--store"],
    "remove": ["--document", "--store"],
    "view": ["--out", "--focus", "--hops", "--max-nodes", "--lang", "--store"],
    "stats": ["--top", "--json", "--store"],
    "path": ["--max-paths", "--negated", "--json", "--store"],
}
VALUES = [
    "short.fr.txt", "graph.ttl", "gold.json", "store", "copy", "out", "q.rq", "turtle", "nt",
    "json-ld", "csv", "table", "json", "xml", "en", "fr", "2", "0.001", "company=Scale AI",
    "s=:scale-ai", "meta-scale-ai", "Scale AI", "Meta Platforms Inc.", "https://x.org/kg/",
    *QUERIES, *HOSTILE,
]  # fmt: skip


@st.composite
def command_lines(draw) -> list[str]:
    command = draw(st.sampled_from([*COMMANDS, "--help", "--version", "frobnicate"]))
    options = COMMANDS.get(command, [])
    words = [command]
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.integers(0, 3))
        if kind == 0 and options:
            words.append(draw(st.sampled_from(options)))
        elif kind == 3:
            words.append(draw(st.text(max_size=8)))
        else:
            words.append(draw(st.sampled_from(VALUES)))
    return words


@pytest.fixture(scope="module")
def workspace(tmp_path_factory, builder) -> Path:
    """Files the command lines name: an article, a graph, a gold file, a query, a store."""
    root = tmp_path_factory.mktemp("fuzz")
    (root / "short.fr.txt").write_text(SHORT, encoding="utf-8")
    (root / "q.rq").write_text(QUERIES[0], encoding="utf-8")
    shutil.copy(ROOT / "tests" / "data" / "meta-scale-ai.gold.json", root / "gold.json")
    seed = resolutions(builder)[0]
    (root / "graph.ttl").write_bytes(serialize(build_graph([seed]), GraphFormat.TURTLE))
    with Store(root / "store") as store:
        store.add([seed])
    return root


def run_in_process(argv: list[str]) -> tuple[int, str]:
    """`kg ARGV` in this process: its exit status and what it wrote to stderr."""
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    with redirect_stdout(out), redirect_stderr(err):
        try:
            kg.cli.main(argv)
            status = 0
        except SystemExit as exit:
            status = exit.code if isinstance(exit.code, int) else 1
        err.flush()
    return status, err.buffer.getvalue().decode("utf-8", "replace")  # type: ignore[attr-defined]


@pytest.fixture
def cli(workspace, builder, tmp_path, monkeypatch):
    """Run command lines, each in a fresh copy of the workspace (what one example builds or
    removes does not grow the next one's store), spaCy loaded once, no process exit."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(kg.build, "build_nlp", lambda settings: builder.nlp)
    stopped: list[int] = []
    monkeypatch.setattr(kg.cli, "_stop_process", stopped.append)  # a --timeout that fires
    monkeypatch.setattr(sys, "argv", ["kg"])
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b""), encoding="utf-8"))
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.delenv("KG_DEBUG", raising=False)
    runs = itertools.count()

    def run(argv: list[str]) -> tuple[int, str]:
        os.chdir(tmp_path)
        for previous in tmp_path.iterdir():
            shutil.rmtree(previous, ignore_errors=True)
        here = shutil.copytree(workspace, tmp_path / f"run{next(runs)}")
        os.chdir(here)
        return run_in_process(argv)

    return run


def check_command(cli, argv: list[str]) -> None:
    if argv[:1] == ["serve"]:
        return
    status, stderr = cli(argv)
    assert "Traceback" not in stderr and "internal error" not in stderr, (argv, stderr)
    assert status in (0, 1, 2, 3), (argv, status, stderr)
    assert status != 3 or argv[0] == "build", (argv, stderr)  # 3: some articles failed
    if status:
        lines = [line for line in stderr.splitlines() if line.startswith("kg: error: ")]
        assert len(lines) == len(stderr.splitlines()), (argv, stderr)  # each error is a line
        # one error, or one per article that `kg build` skipped
        assert len(lines) == 1 or (argv[0] == "build" and lines), (argv, stderr)
    for leftover in Path.cwd().glob(".*kg-staging-*"):
        raise AssertionError(f"{argv} left {leftover}")
    assert os.getcwd() == str(Path.cwd())


@fuzz_settings(FAST_COMMANDS)
@given(argv=command_lines())
def test_command_lines_never_crash(cli, argv):
    check_command(cli, argv)


@pytest.mark.slow
@fuzz_settings(SLOW_COMMANDS)
@given(argv=command_lines())
def test_command_lines_never_crash_many(cli, argv):
    check_command(cli, argv)
