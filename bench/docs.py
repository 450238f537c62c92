"""The README's figures, made by running kg: `make docs` writes them, tests/test_docs.py checks.

    python bench/docs.py            # rewrite the generated parts of README.md
    python bench/docs.py --check    # exit 1 if one of them is not what kg prints today

A generated part sits between `<!-- docs:NAME -->` and `<!-- /docs:NAME -->` in README.md:

- `quick-start`: `kg build` on the bundled article and the README's `kg query`, as printed in a
  fresh folder (entities, statements, triples, the store's counts, the query's table);
- `seed-eval`: `kg eval`'s summary line on the bundled article and its gold;
- `path`: the first lines of `kg path "Scale AI" "Anduril Industries"`;
- `test-articles`: the micro scores on the project's own test articles, as
  tests/test_articles.py's summary test prints them.

The pictures are bench/screenshot.py's (checked by tests/test_screenshot.py), the outputs of
docs/explore.md are tests/test_cli_view.py's (`KG_UPDATE_DOCS=1`), the notebooks' are
tests/test_notebooks.py's; `make docs` runs them all. Timings (`make bench`) depend on the machine
and the development-set table needs articles kept outside the repository: they are not here.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
SEED = ROOT / "examples" / "meta-scale-ai.fr.txt"
GOLD = ROOT / "tests" / "data" / "meta-scale-ai.gold.json"
ENV = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb"}
QUERY = """SELECT ?investor ?amount ?currency ?certainty ?source WHERE {
    ?s a rdf:Statement ; rdf:predicate kg:investsIn ; rdf:subject ?i ; rdf:object :scale-ai ;
       kg:certainty ?c .
    ?i rdfs:label ?investor .
    BIND(STRAFTER(STR(?c), "#") AS ?certainty)
    OPTIONAL { ?s kg:amount [ kg:value ?amount ; kg:currency ?currency ] }
    OPTIONAL { ?s kg:source [ rdfs:label ?source ] }
  } ORDER BY ?investor ?certainty"""
PART = re.compile(r"(<!-- docs:(?P<name>[\w-]+) -->)(?P<body>.*?)(<!-- /docs:(?P=name) -->)", re.S)


def _kg(*args: str | Path, cwd: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "kg", *map(str, args)],
        cwd=cwd,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=900,
    )
    if done.returncode != 0:
        raise RuntimeError(f"kg {' '.join(map(str, args))} failed: {done.stderr.strip()}")
    return "\n".join(line.rstrip() for line in done.stdout.splitlines())


def _test_articles() -> str:
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider", "--no-header",
         "tests/test_articles.py::test_summary_micro_scores"],
        cwd=ROOT,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=1800,
    )  # fmt: skip
    scores = {}
    for kind in ("relations", "attributes"):
        found = re.search(
            rf"^{kind} \(micro\): P=\S+ R=\S+ F1=\S+ \(tp=(\d+) fp=(\d+) fn=(\d+)\)",
            done.stdout,
            re.M,
        )
        if found is None:
            raise RuntimeError(f"tests/test_articles.py printed no {kind} scores: {done.stdout}")
        scores[kind] = found.groups()
    (tp, fp, fn), (atp, afp, afn) = (
        tuple(int(n) for n in scores[kind]) for kind in ("relations", "attributes")
    )

    def ratio(part: int, whole: int) -> str:  # from the counts: the printed scores are rounded
        return f"{part / whole:.2f}" if whole else "1.00"

    return (
        f"relations **P={ratio(tp, tp + fp)} R={ratio(tp, tp + fn)}** (tp {tp}, fp {fp}, fn {fn}), "
        f"attributes **P={ratio(atp, atp + afp)} R={ratio(atp, atp + afn)}** ({atp}/{atp + afn})"
    )


def _untimed(output: str) -> str:
    """The build's summary line without its timings, which no two runs share."""
    output = re.sub(r" in [\d.,]+ s:", " in … s:", output)
    return re.sub(r"[\d.,]+ articles/s read", "… articles/s read", output)


def generate() -> dict[str, str]:
    """Every generated part of the README, from kg run in a fresh folder."""
    with tempfile.TemporaryDirectory(prefix="kg-docs-") as temporary:
        folder = Path(temporary)
        (folder / "examples").mkdir()
        (folder / "examples" / SEED.name).write_bytes(SEED.read_bytes())
        build = _untimed(_kg("build", f"examples/{SEED.name}", "--out", "out/", cwd=folder))
        query = _kg("query", QUERY, cwd=folder)
        scores = _kg("eval", "out/graph.ttl", GOLD, cwd=folder).splitlines()[-1]
        path = _kg("path", "Scale AI", "Anduril Industries", cwd=folder).splitlines()[:2]
    return {
        "quick-start": "\n```\n"
        f"$ kg build examples/{SEED.name} --out out/\n{build}\n\n"
        f"$ kg query '{QUERY}'\n{query}\n```\n",
        "seed-eval": f"\n```\n{scores}\n```\n",
        "path": "\n```console\n"
        '$ kg path "Scale AI" "Anduril Industries"\n' + "\n".join(path) + "\n...\n```\n",
        "test-articles": _test_articles(),
    }


def stale(text: str, parts: dict[str, str]) -> list[str]:
    """The names of the parts of `text` that differ from `parts` (or that it lacks)."""
    found = {m["name"]: m["body"] for m in PART.finditer(text)}
    return [name for name, body in parts.items() if found.get(name) != body]


def rewrite(text: str, parts: dict[str, str]) -> str:
    return PART.sub(lambda m: m[1] + parts.get(m["name"], m["body"]) + m[4], text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say which parts are stale")
    args = parser.parse_args()
    text = README.read_text(encoding="utf-8")
    parts = generate()
    old = stale(text, parts)
    if args.check:
        print("README.md is current" if not old else f"README.md: stale: {', '.join(old)}")
        return 1 if old else 0
    if old:
        from kg.export import atomic_write

        atomic_write(README, rewrite(text, parts).encode("utf-8"))
    print(f"README.md: rewrote {', '.join(old)}" if old else "README.md is current")
    return 0


if __name__ == "__main__":
    sys.exit(main())
