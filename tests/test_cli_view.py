"""`kg view`, `kg stats` and `kg path` on the seed article's graph, through the real CLI.

The seed graph is built once, by `kg build` in a subprocess run in a temporary folder (so it
writes `out/graph.ttl` and the default store `.kg/` there, as a user's first run would). Expected
figures are read from the graph with kg.analytics, not copied from the output; the examples in
docs/explore.md are run and compared with what the commands print (when extraction changes,
`KG_UPDATE_DOCS=1 pytest tests/test_cli_view.py` rewrites them).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.analytics import find_entities, neighbourhood, summary, to_networkx
from kg.cli import app
from kg.export import read_graph, write_graph
from kg.graph import build_graph
from kg.types import (
    Amount,
    Certainty,
    Document,
    Entity,
    EntityType,
    Evidence,
    Resolution,
    Statement,
)

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "meta-scale-ai.fr.txt"
EXPLORE_DOC = ROOT / "docs" / "explore.md"
ENV = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}

runner = CliRunner()


def kg(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m kg ARGS` in a subprocess, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "kg", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=ENV,
        timeout=300,
    )


def invoke(*args: str | Path):
    """The `kg` Typer app in this process (spaCy is not needed by these commands)."""
    return runner.invoke(app, [str(a) for a in args], env={"COLUMNS": "200"})


@pytest.fixture(scope="module")
def seed(tmp_path_factory) -> Path:
    """A folder where `kg build examples/meta-scale-ai.fr.txt` ran: out/graph.ttl and .kg/."""
    folder = tmp_path_factory.mktemp("seed")
    done = kg("build", SEED, cwd=folder)
    assert done.returncode == 0, done.stderr
    assert (folder / "out" / "graph.ttl").is_file() and (folder / ".kg").is_dir()
    return folder


@pytest.fixture(scope="module")
def ttl(seed) -> Path:
    return seed / "out" / "graph.ttl"


@pytest.fixture(scope="module")
def g(ttl):
    return to_networkx(read_graph(ttl))


# --- kg stats -----------------------------------------------------------------------------------


def test_stats_prints_the_counts(ttl, g):
    result = invoke("stats", ttl)
    assert result.exit_code == 0, result.output
    out = result.stdout
    figures = summary(g)
    assert out.startswith(
        f"{figures['entities']} entities, {figures['relations']} relations, "
        f"{figures['attributes']} attributes from 1 document(s)"
    )
    hedged = figures["by_certainty"].get("hedged", 0)
    assert (
        f"hedged: {hedged} of {figures['relations']} relations "
        f"({100 * hedged / figures['relations']:.1f}%)" in out
    )
    for kind, count in figures["by_type"].items():
        assert re.search(rf"^  {kind} +{count}\b", out, re.MULTILINE), kind
    for relation, count in figures["by_relation"].items():
        assert re.search(rf"^  {relation} +{count}\b", out, re.MULTILINE), relation


def test_stats_ranks_meta_platforms_first_and_lists_communities(ttl, g):
    out = invoke("stats", ttl).stdout
    table = out.split("Most central entities")[1].splitlines()
    assert table[1].split()[:2] == ["#", "entity"]
    assert re.match(r"^ +1 +Meta Platforms Inc\. +Organization", table[2])
    communities = out.split("Communities (Louvain)")[1].split("in no relation")[0]
    assert "Meta Platforms Inc." in communities and "Scale AI" in communities
    unrelated = [n for n in g if g.degree(n) == 0]
    if unrelated:
        assert f"in no relation: {len(unrelated)} (" in out


def test_stats_as_json(ttl, g):
    result = invoke("stats", ttl, "--json", "--top", "3")
    report = json.loads(result.stdout)
    assert report["summary"] == json.loads(json.dumps(summary(g)))
    assert report["central"][0]["label"] == "Meta Platforms Inc."
    assert len(report["central"]) == 3
    assert {"iri", "label", "type", "score", "statements", "betweenness"} == set(
        report["central"][0]
    )


def test_stats_reads_the_store_when_no_graph_is_given(seed, ttl):
    from_store = kg("stats", cwd=seed)
    assert from_store.returncode == 0, from_store.stderr
    assert from_store.stdout == invoke("stats", ttl).stdout


# --- kg path ------------------------------------------------------------------------------------


def test_path_goes_through_meta_platforms_with_the_evidence(ttl, g):
    result = invoke("path", "Scale AI", "Anduril Industries", ttl)
    assert result.exit_code == 0, result.output
    out = result.stdout
    lines = out.splitlines()
    assert lines[0] == ("1 shortest connection between Scale AI and Anduril Industries, 2 hops:")
    assert lines[1] == "  Scale AI → Meta Platforms Inc. → Anduril Industries"
    scale, meta, anduril = (
        find_entities(g, name, limit=1)[0]
        for name in ("Scale AI", "Meta Platforms", "Anduril Industries")
    )
    sections = out.split("\n\n")[1:]
    assert [s.splitlines()[0] for s in sections] == [
        "Scale AI — Meta Platforms Inc.",
        "Meta Platforms Inc. — Anduril Industries",
    ]
    for section, (u, v) in zip(sections, [(scale, meta), (meta, anduril)], strict=True):
        sentences = {
            d["evidence"]
            for a, b in ((u, v), (v, u))
            for d in (g.get_edge_data(a, b) or {}).values()
            if d["certainty"] != "negated"
        }
        assert sentences
        for sentence in sentences:
            assert f"    « {sentence} »" in section.splitlines()
    assert "Meta a fait équipe avec la société de défense Anduril Industries" in sections[1]
    assert "  Anduril Industries partnersWith Meta Platforms Inc." in sections[1].splitlines()
    assert "meta-scale-ai.fr.txt, characters " in sections[1]


def test_path_marks_hedged_statements_and_their_source(ttl):
    out = invoke("path", "Meta", "Scale AI", ttl).stdout
    assert "1 shortest connection between Meta Platforms Inc. and Scale AI, 1 hop:" in out
    assert re.search(
        r"Meta Platforms Inc\. investsIn Scale AI  \[hedged; according to "
        r"Bloomberg; [^]]*milliards de dollars\]",
        out,
    )


def test_path_as_json(ttl):
    report = json.loads(invoke("path", "Scale AI", "Anduril Industries", ttl, "--json").stdout)
    assert report["paths"] == [["Scale AI", "Meta Platforms Inc.", "Anduril Industries"]]
    assert report["total"] == 1 and report["reason"] is None
    first, _ = report["hops"]
    assert (first["source"], first["target"]) == ("Scale AI", "Meta Platforms Inc.")
    assert all(
        s["sentence"] and s["document"] == "meta-scale-ai.fr.txt"
        for hop in report["hops"]
        for s in hop["statements"]
    )


def test_path_between_unconnected_entities_says_so_and_exits_0(ttl, g):
    scale = find_entities(g, "Scale AI", limit=1)[0]
    alone = sorted(n for n in g if g.degree(n) == 0)
    if not alone:
        pytest.skip("every entity of the seed graph is in a relation")
    name = g.nodes[alone[0]]["label"]
    result = invoke("path", "Scale AI", name, ttl)
    assert result.exit_code == 0, result.output
    reach = len(neighbourhood(g, scale, hops=len(g))) - 1
    assert result.stdout == (
        f"No connection between Scale AI and {name}: they are in separate parts of the graph "
        f"(Scale AI is linked to {reach} other entities; {name} is in no relation).\n"
    )
    report = json.loads(invoke("path", "Scale AI", name, ttl, "--json").stdout)
    assert report["paths"] == [] and report["hops"] == []


@pytest.mark.parametrize(
    "source, target, message",
    [
        ("Scale AI", "OpenAI Corp", "'OpenAI Corp': no entity has this name, alias or IRI"),
        ("Scale", "Scale AI", "are the same entity, Scale AI"),
        ("Scale AI", "Andurill Industrie", "did you mean 'Anduril Industries'?"),
        ("Mark Zukerberg", "Scale AI", "did you mean 'Mark Zuckerberg'?"),
        ("Scale AI", "Qwxz", "`kg stats` lists the main ones"),
    ],
)
def test_path_errors(ttl, source, target, message):
    result = invoke("path", source, target, ttl)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("kg: error: ")
    assert message in " ".join(result.stderr.split())


def test_path_follows_negated_statements_only_when_asked(tmp_path):
    text = "Meta n'a pas racheté Microsoft. Microsoft investit 2 milliards dans OpenAI."
    document = Document("neg", "neg.fr.txt", text, "0" * 64)
    first, second = text.split(". ")

    def evidence(sentence: str) -> Evidence:
        return Evidence("neg", sentence, text.index(sentence), text.index(sentence) + len(sentence))

    graph = build_graph(
        [
            Resolution(
                document,
                (
                    Entity("meta", "Meta", EntityType.ORGANIZATION),
                    Entity("microsoft", "Microsoft", EntityType.ORGANIZATION),
                    Entity("openai", "OpenAI", EntityType.ORGANIZATION),
                ),
                (
                    Statement(
                        "acquired",
                        "meta",
                        "microsoft",
                        evidence(first + "."),
                        "acquired",
                        Certainty.NEGATED,
                    ),
                    Statement(
                        "investsIn",
                        "microsoft",
                        "openai",
                        evidence(second),
                        "investsIn",
                        amount=Amount(Decimal(2 * 10**9), "USD", "2 milliards"),
                    ),
                ),
            )
        ]
    )
    path = write_graph(graph, tmp_path / "neg.ttl")
    out = invoke("path", "Meta", "OpenAI", path).stdout
    assert out.startswith(
        "No connection between Meta and OpenAI: they are only linked through "
        "a negated statement (add --negated to follow it)."
    )
    out = invoke("path", "Meta", "OpenAI", path, "--negated").stdout
    assert "  Meta → Microsoft → OpenAI" in out
    assert "  Meta acquired Microsoft  [negated]" in out
    assert "  Microsoft investsIn OpenAI  [2 milliards]" in out


# --- kg view ------------------------------------------------------------------------------------


def page_nodes(path: Path) -> set[str]:
    html = path.read_text(encoding="utf-8")
    found = re.search(
        r'<script type="application/json" id="kg-nodes">(.*?)</script>', html, re.DOTALL
    )
    assert found
    return {node["id"] for node in json.loads(found.group(1))}


def test_view_focus_writes_only_the_neighbourhood(ttl, g, tmp_path):
    out = tmp_path / "scale.html"
    result = invoke("view", ttl, "--focus", "Scale AI", "--hops", "1", "--out", out)
    assert result.exit_code == 0, result.output
    assert "the neighbourhood of 'Scale AI' (1 hop)" in " ".join(result.stdout.split())
    scale = find_entities(g, "Scale AI", limit=1)[0]
    expected = neighbourhood(g, scale, hops=1)
    assert page_nodes(out) == expected
    assert len(expected) < g.number_of_nodes()
    assert find_entities(g, "Anduril Industries", limit=1)[0] not in expected  # two hops away
    assert "<title>Knowledge graph — Scale AI</title>" in out.read_text(encoding="utf-8")


def test_view_of_the_store_draws_every_entity(seed, g):
    result = kg("view", "--out", "all.html", "--lang", "fr", cwd=seed)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("wrote all.html (")
    page = seed / "all.html"
    assert page_nodes(page) == set(g)
    assert '<html lang="fr">' in page.read_text(encoding="utf-8")


def test_without_a_graph_or_a_store_the_commands_say_what_to_do(tmp_path):
    for command in (["view"], ["stats"], ["path", "Meta", "Scale AI"]):
        result = kg(*command, cwd=tmp_path)
        assert result.returncode == 1
        assert result.stderr.strip().replace("\n", " ") == (
            "kg: error: no graph given and no store at .kg/; run kg build first or pass a "
            "graph file"
        )
    assert not (tmp_path / ".kg").exists() and not (tmp_path / "graph.html").exists()


def test_a_graph_file_and_a_store_are_exclusive(ttl, seed):
    result = invoke("stats", ttl, "--store", seed / ".kg")
    assert result.exit_code == 1
    assert "give a graph file or --store, not both" in result.stderr


def test_view_reports_an_unknown_focus(ttl, tmp_path):
    result = invoke("view", ttl, "--focus", "Zorglub", "--out", tmp_path / "x.html")
    assert result.exit_code == 1
    assert "focus 'Zorglub': no entity has this IRI, name or alias" in result.stderr
    assert not (tmp_path / "x.html").exists()


# --- the documentation's examples ---------------------------------------------------------------


def documented_examples() -> list[tuple[str, str]]:
    """(command, output) of each ```console block of docs/explore.md that runs kg stats/path."""
    if not EXPLORE_DOC.is_file():
        return []
    blocks = re.findall(r"```console\n(.*?)```", EXPLORE_DOC.read_text(encoding="utf-8"), re.DOTALL)
    examples = []
    for block in blocks:
        command, _, output = block.partition("\n")
        if command.startswith(("$ kg stats", "$ kg path")):
            examples.append((command.removeprefix("$ "), output))
    return examples


@pytest.mark.parametrize("command, output", documented_examples())
def test_the_documented_outputs_are_what_kg_prints(seed, command, output):
    """KG_UPDATE_DOCS=1 rewrites the example with what kg prints now (then read the diff)."""
    import shlex

    result = kg(*shlex.split(command)[1:], cwd=seed)
    assert result.returncode == 0, result.stderr
    if result.stdout != output and os.environ.get("KG_UPDATE_DOCS") == "1":
        text = EXPLORE_DOC.read_text(encoding="utf-8")
        old = f"```console\n$ {command}\n{output}```"
        EXPLORE_DOC.write_text(
            text.replace(old, f"```console\n$ {command}\n{result.stdout}```"), encoding="utf-8"
        )
        return
    assert result.stdout == output


def test_the_documentation_has_examples():
    commands = [command for command, _ in documented_examples()]
    assert any(c.startswith("kg stats") for c in commands)
    assert 'kg path "Scale AI" "Anduril Industries"' in commands
