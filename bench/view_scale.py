"""How the HTML view scales: news graphs of 10 to 5,000 articles, written and opened in Chromium.

    python bench/view_scale.py                          # 10, 100, 1,000, 5,000 articles
    python bench/view_scale.py --articles 10 100 --repeat 1 --markdown

Each graph is `bench/news_graphs.py`'s: synthetic articles shaped like kg's output (a few
companies in many articles, most entities in one or two, a third of them in no relation, every
certainty, amounts, dates, attributes, evidence at its true offsets), built by
`kg.graph.build_graph`.

For each graph the page is written with `kg.view.write_html` with the default `max_nodes`
(2,000: past it the most central entities are drawn) and, up to 1,000 articles, with every entity
drawn. Reported: the time `write_html` takes (rdflib -> networkx, centrality, communities,
layout, HTML), the page's size, and its time to interactive in headless Chromium with the network
cut: from navigation start to the network's first draw with its labels placed
(`window.kgView.readyAt`), the median of --repeat fresh loads.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from chromium import chromium, visit
from news_graphs import news_graph
from rdflib import RDF, Graph

from kg.view import write_html
from kg.vocab import KG

ARTICLES = (10, 100, 1000, 5000)
DEFAULT_MAX_NODES = 2000  # write_html's default
ALL_DRAWN_UP_TO = 1000  # articles; past them, only the default page is measured


@dataclass(frozen=True)
class Row:
    articles: int
    entities: int
    statements: int  # relations and attributes
    triples: int
    max_nodes: int
    drawn_nodes: int
    drawn_edges: int
    write_s: float
    html_bytes: int
    interactive_s: float
    heap_mb: float


def measure(
    graph: Graph,
    articles: int,
    entities: int,
    statements: int,
    max_nodes: int,
    folder: Path,
    browser: object,
    repeat: int,
) -> Row:
    path = folder / f"graph-{articles}-{max_nodes}.html"
    start = time.perf_counter()
    write_html(graph, path, max_nodes=max_nodes)
    write_s = time.perf_counter() - start
    ready, heap, drawn = [], [], (0, 0)
    for _ in range(repeat):
        with visit(browser, path) as seen:
            ready.append(seen.page.evaluate("window.kgView.readyAt") / 1000)
            heap.append(seen.page.evaluate("performance.memory.usedJSHeapSize") / 2**20)
            drawn = (
                seen.page.evaluate("window.kgView.drawnNodeCount()"),
                seen.page.evaluate("window.kgView.drawnEdgeCount()"),
            )
            seen.check()
    return Row(
        articles,
        entities,
        statements,
        len(graph),
        max_nodes,
        *drawn,
        write_s,
        path.stat().st_size,
        statistics.median(ready),
        statistics.median(heap),
    )


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def render(rows: list[Row], *, markdown: bool) -> str:
    head = (
        "articles",
        "entities",
        "statements",
        "triples",
        "max_nodes",
        "drawn (nodes / edges)",
        "write_html",
        "HTML size",
        "time to interactive",
        "JS heap",
    )
    body = [
        (
            f"{r.articles:,}",
            f"{r.entities:,}",
            f"{r.statements:,}",
            f"{r.triples:,}",
            f"{r.max_nodes:,}" + (" (default)" if r.max_nodes == DEFAULT_MAX_NODES else ""),
            f"{r.drawn_nodes:,} / {r.drawn_edges:,}",
            f"{r.write_s:.2f} s",
            f"{r.html_bytes / 10**6:.1f} MB",
            f"{r.interactive_s:.2f} s",
            f"{r.heap_mb:.0f} MB",
        )
        for r in rows
    ]
    if markdown:
        lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---:" for _ in head) + "|"]
        return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in body])
    widths = [max(len(x[i]) for x in [head, *body]) for i in range(len(head))]
    return "\n".join(
        "  ".join(cell.rjust(w) for cell, w in zip(row, widths, strict=True))
        for row in [head, *body]
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--articles",
        type=int,
        nargs="+",
        default=list(ARTICLES),
        help="numbers of articles (default: 10 100 1000 5000)",
    )
    parser.add_argument("--repeat", type=int, default=3, help="page loads per measure (median)")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--keep", type=Path, help="keep the pages in this folder")
    args = parser.parse_args()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="kg-view-scale-") as temporary, chromium() as browser:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        print(
            f"{_cpu()}, {os.cpu_count()} CPU(s); Python {platform.python_version()}; "
            f"Chromium {browser.version} headless",
            file=sys.stderr,
        )
        for articles in args.articles:
            start = time.perf_counter()
            graph = news_graph(articles)
            statements = len(set(graph.subjects(RDF.type, RDF.Statement)))
            entities = len(set(graph.subjects(KG.mentionedIn, None)))
            print(
                f"{articles:,} articles: {entities:,} entities, graph of {len(graph):,} triples "
                f"built in {time.perf_counter() - start:.1f} s",
                file=sys.stderr,
            )
            # Every entity drawn (up to ALL_DRAWN_UP_TO articles), then the default.
            limits = {DEFAULT_MAX_NODES}
            if articles <= ALL_DRAWN_UP_TO:
                limits.add(max(entities, DEFAULT_MAX_NODES))
            for max_nodes in sorted(limits, reverse=True):
                row = measure(
                    graph, articles, entities, statements, max_nodes, folder, browser, args.repeat
                )
                rows.append(row)
                print(render([row], markdown=False).splitlines()[1], file=sys.stderr)
    print(render(rows, markdown=args.markdown))
    return 0


if __name__ == "__main__":
    sys.exit(main())
