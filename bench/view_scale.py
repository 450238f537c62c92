"""How the HTML view scales: synthetic kg graphs of 100 to 20,000 entities, written and opened.

    python bench/view_scale.py                          # 100, 1,000, 5,000, 20,000 entities
    python bench/view_scale.py --sizes 100 1000 --repeat 1 --markdown

Each graph is kg-shaped and built by `kg.graph.build_graph` from `kg.types` values: the four
entity types (some with a finer class and aliases), two relation statements per entity whose
subjects and objects respect the ontology's domains and ranges and follow a heavy-tailed degree
distribution, 15 % of them hedged (most with a news outlet as source), 5 % negated, 5 % past,
amounts and dates on some, founding dates and valuations as attributes, and 25 entities per
article, each statement's evidence a sentence of its article's text at its true offsets.

For each graph the page is written with `kg.view.write_html` twice, with `max_nodes` raised so
that every entity is drawn and with the default (2,000; the same page below 2,000 entities).
Reported: the time `write_html` takes (rdflib -> networkx, centrality, layout, HTML), the page's
size, and its time to interactive in headless Chromium with the network cut: from navigation
start to the network's first draw (`window.kgView.readyAt`, set on vis.js's first
`afterDrawing`, when the page answers clicks and search), the median of --repeat fresh loads.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from chromium import chromium, visit
from rdflib import RDF, Graph

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
    When,
)
from kg.view import write_html
from kg.vocab import SIGNATURES

SIZES = (100, 1000, 5000, 20_000)
DEFAULT_MAX_NODES = 2000  # write_html's default
ENTITIES_PER_ARTICLE = 25
STATEMENTS_PER_ENTITY = 2

_TYPES = [
    (EntityType.ORGANIZATION, 55),
    (EntityType.PERSON, 20),
    (EntityType.PRODUCT, 15),
    (EntityType.PLACE, 10),
]
_NAMES = {
    EntityType.ORGANIZATION: "Société",
    EntityType.PERSON: "Personne",
    EntityType.PRODUCT: "Produit",
    EntityType.PLACE: "Ville",
}
_FINE = {
    EntityType.ORGANIZATION: ["Company"] * 4
    + ["Startup"] * 3
    + ["InvestmentFirm", "GovernmentAgency"],
    EntityType.PRODUCT: ["AIModel"],
}
_VERBS = {
    "investsIn": "investit dans",
    "acquired": "a racheté",
    "partnersWith": "s'associe à",
    "foundedBy": "a été fondée par",
    "hasCEO": "est dirigée par",
    "worksFor": "travaille pour",
    "hasClient": "compte parmi ses clients",
    "develops": "développe",
    "basedOn": "repose sur",
    "contractWith": "a signé un contrat avec",
    "competitorOf": "concurrence",
    "subsidiaryOf": "est une filiale de",
    "locatedIn": "est installée à",
}


def synthetic_graph(entities: int, *, seed: int = 0) -> Graph:
    """A kg graph of `entities` entities and twice as many relation statements (see above)."""
    rng = random.Random(seed)
    kinds = rng.choices([t for t, _ in _TYPES], weights=[w for _, w in _TYPES], k=entities)
    people: list[Entity] = []
    for i, kind in enumerate(kinds):
        name = f"{_NAMES[kind]} {i}"
        fine = rng.choice(_FINE[kind]) if kind in _FINE and rng.random() < 0.6 else None
        aliases = (f"{name} SA",) if kind is EntityType.ORGANIZATION and rng.random() < 0.2 else ()
        people.append(Entity(f"e{i}", name, kind, fine, aliases))
    by_type: dict[str, list[int]] = {t.value: [] for t, _ in _TYPES}
    for i, kind in enumerate(kinds):
        by_type[kind.value].append(i)
    popularity = [1.0 / (i + 1) ** 0.6 for i in range(entities)]  # a few hubs, a long tail
    outlets = [i for i, e in enumerate(people) if e.type is EntityType.ORGANIZATION][
        : max(1, entities // 200)
    ]
    for i in outlets:
        people[i] = Entity(people[i].key, f"Journal {i}", EntityType.ORGANIZATION, "NewsMedia")

    articles = max(2, entities // ENTITIES_PER_ARTICLE)
    sentences: list[list[tuple[str, Statement]]] = [[] for _ in range(articles)]
    mentioned: list[set[int]] = [set() for _ in range(articles)]

    def pick(classes: frozenset[str]) -> int:
        pool = [i for kind in sorted(classes) for i in by_type[kind]]
        return rng.choices(pool, weights=[popularity[i] for i in pool], k=1)[0]

    relations = [
        r for r, (domain, rng_) in SIGNATURES.items() if all(by_type[k] for k in domain | rng_)
    ]
    for j in range(entities * STATEMENTS_PER_ENTITY):
        predicate = rng.choice(relations)
        domain, range_ = SIGNATURES[predicate]
        a = pick(domain)
        b = pick(range_)
        if a == b:
            continue
        article = rng.randrange(articles)
        certainty = rng.choices(list(Certainty), weights=[80, 15, 5])[0]
        source = (
            rng.choice(outlets) if certainty is Certainty.HEDGED and rng.random() < 0.7 else None
        )
        amount = (
            Amount(Decimal(rng.randrange(1, 500)) * 10**6, "EUR", "millions d'euros")
            if predicate in ("investsIn", "acquired") and rng.random() < 0.3
            else None
        )
        date = When(str(rng.randrange(2015, 2026))) if rng.random() < 0.2 else None
        sentence = (
            f"{'Selon ' + people[source].label + ', ' if source is not None else ''}"
            f"{people[a].label} {'ne ' if certainty is Certainty.NEGATED else ''}"
            f"{_VERBS[predicate]} {people[b].label}"
            f"{' (' + date.text + ')' if date else ''}, phrase {j}."
        )
        statement = Statement(
            predicate,
            f"e{a}",
            f"e{b}",
            Evidence("", sentence, 0, 0),
            f"{predicate}.synthetic",
            certainty,
            round(rng.uniform(0.6, 0.95), 2),
            f"e{source}" if source is not None else None,
            amount,
            date,
            past=rng.random() < 0.05,
        )
        sentences[article].append((sentence, statement))
        mentioned[article].update(x for x in (a, b, source) if x is not None)
    for i, entity in enumerate(people):
        article = i % articles
        mentioned[article].add(i)
        if entity.type is EntityType.ORGANIZATION and rng.random() < 0.1:
            year = str(rng.randrange(1950, 2024))
            text = f"{entity.label} a été fondée en {year}."
            sentences[article].append(
                (
                    text,
                    Statement(
                        "foundingDate",
                        entity.key,
                        When(year, year),
                        Evidence("", text, 0, 0),
                        "date",
                    ),
                )
            )
        if entity.type is EntityType.ORGANIZATION and rng.random() < 0.05:
            value = rng.randrange(1, 90)
            text = f"{entity.label} est valorisée à {value} milliards d'euros."
            sentences[article].append(
                (
                    text,
                    Statement(
                        "valuation",
                        entity.key,
                        Amount(Decimal(value) * 10**9, "EUR", f"{value} milliards d'euros"),
                        Evidence("", text, 0, 0),
                        "valuation",
                    ),
                )
            )

    resolutions = []
    for d in range(articles):
        doc_id = f"article-{d}"
        text, placed = "", []
        for sentence, statement in sentences[d]:
            start = len(text)
            text += sentence + " "
            evidence = Evidence(doc_id, sentence, start, start + len(sentence))
            placed.append(replace(statement, evidence=evidence))
        document = Document(doc_id, f"{doc_id}.fr.txt", text.rstrip(), f"{d:064x}")
        resolutions.append(
            Resolution(document, tuple(people[i] for i in sorted(mentioned[d])), tuple(placed))
        )
    return build_graph(resolutions)


@dataclass(frozen=True)
class Row:
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
    entities: int,
    statements: int,
    max_nodes: int,
    folder: Path,
    browser: object,
    repeat: int,
) -> Row:
    path = folder / f"graph-{entities}-{max_nodes}.html"
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
        "--sizes",
        type=int,
        nargs="+",
        default=list(SIZES),
        help="numbers of entities (default: 100 1000 5000 20000)",
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
        for entities in args.sizes:
            start = time.perf_counter()
            graph = synthetic_graph(entities)
            statements = len(set(graph.subjects(RDF.type, RDF.Statement)))
            print(
                f"{entities:,} entities: graph of {len(graph):,} triples built in "
                f"{time.perf_counter() - start:.1f} s",
                file=sys.stderr,
            )
            # Every entity drawn, then the default (one page when the default draws them all).
            for max_nodes in sorted(
                {max(entities, DEFAULT_MAX_NODES), DEFAULT_MAX_NODES}, reverse=True
            ):
                row = measure(graph, entities, statements, max_nodes, folder, browser, args.repeat)
                rows.append(row)
                print(render([row], markdown=False).splitlines()[1], file=sys.stderr)
    print(render(rows, markdown=args.markdown))
    return 0


if __name__ == "__main__":
    sys.exit(main())
