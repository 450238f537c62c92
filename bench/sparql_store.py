"""SPARQL on kg's embedded store (pyoxigraph on disk) against rdflib's in-memory graph.

    python bench/sparql_store.py                      # about 1,000,000 triples
    python bench/sparql_store.py --triples 100000 --json bench/results/sparql.json

One synthetic graph shaped like kg's output, with a fixed seed: documents, entities (typed,
labelled, alternative names, mentionedIn), relation statements as rdf:Statement resources with
evidence, offsets, certainty, confidence, source, amount and date, and the direct triple of each
current statement; one named graph per document and the labels in the entities graph, as
`kg.store` lays them out, with their union as default graph. The union, as one Turtle file, is
loaded into both engines (the time to compare); the store then also gets the named graphs.

Five queries run on both: a one-hop lookup, a two-hop join, an aggregate, a filter over
statement metadata and a property path; a sixth, a name lookup written as a FILTER, shows what
a scan costs. The store answers through `kg.store.Store.query` (rows materialised into a
Table, as a notebook gets them); each query runs once to warm up, then `--repeat` times (the
median is reported). rdflib runs each query once after a warm-up run of the same query.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kg.graph import PREFIXES
from kg.store import DATABASE, Store

BASE = "https://w3id.org/kg-fr/id/"
KG = "https://w3id.org/kg-fr/ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
XSD = "http://www.w3.org/2001/XMLSchema#"

TARGET = "Company 7"  # a large company: many relations point at it
SOURCE = "news-3"  # a news outlet that many claims cite

QUERIES: dict[str, str] = {
    "1-hop lookup": f"""
        SELECT ?investor WHERE {{
          ?company rdfs:label "{TARGET}" .
          ?i kg:investsIn ?company ; rdfs:label ?investor .
        }}""",
    "2-hop join": f"""
        SELECT ?partner ?ceo WHERE {{
          ?company rdfs:label "{TARGET}" .
          ?company kg:partnersWith ?p .
          ?p kg:hasCEO ?c ; rdfs:label ?partner .
          ?c rdfs:label ?ceo .
        }}""",
    "aggregate": """
        SELECT ?company (COUNT(DISTINCT ?investor) AS ?investors) WHERE {
          ?investor kg:investsIn ?c .
          ?c rdfs:label ?company .
        }
        GROUP BY ?company ORDER BY DESC(?investors) ?company LIMIT 10""",
    "statement filter": f"""
        SELECT ?claim ?relation ?evidence WHERE {{
          ?claim kg:source :{SOURCE} ;
                 kg:certainty kg:hedged ;
                 kg:confidence ?confidence ;
                 rdf:predicate ?relation ;
                 kg:evidence ?evidence .
          FILTER (?confidence >= 0.8)
        }}""",
    "property path": """
        SELECT ?member WHERE { ?member kg:subsidiaryOf+ :org-0 }""",
    # Not one of the five: a lookup by name written as a filter (case-insensitive), which
    # scans every label; it shows what an index-less evaluation costs.
    "name filter (scan)": f"""
        SELECT ?company WHERE {{
          ?company rdfs:label ?name .
          FILTER (LCASE(STR(?name)) = "{TARGET.lower()}")
        }}""",
}
AIMED = ("1-hop lookup", "2-hop join", "aggregate", "statement filter", "property path")


# --- the synthetic graph ------------------------------------------------------------------------


def _lit(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _typed(value: object, datatype: str) -> str:
    return f'"{value}"^^<{XSD}{datatype}>'


def generate(triples: int, seed: int = 7) -> tuple[list[str], int]:
    """N-Quads lines of a kg-shaped dataset of about `triples` triples, and its triple count."""
    rng = random.Random(seed)
    statements = max(50, int(triples * 0.9 / 13.8))
    orgs, persons = max(20, statements // 5), max(10, statements // 12)
    products, places, news = max(5, statements // 40), 50, 20
    documents = max(5, statements // 30)
    out: list[str] = []
    entities_graph = f"<{BASE}graph/entities>"

    def skewed(n: int) -> int:  # a few entities are in many statements, as in the news
        return min(n - 1, int(n * rng.random() ** 2.5))

    kinds = {
        "org": (orgs, "Company", "Company"),
        "person": (persons, "Person", "Person"),
        "product": (products, "Product", "Product"),
        "place": (places, "Place", "Place"),
        "news": (news, "NewsMedia", "News"),
    }
    for d in range(documents):
        doc, graph = f"<{BASE}document/doc-{d}>", f"<{BASE}document/doc-{d}>"
        out += [
            f"{doc} <{RDF}type> <{KG}Document> {graph} .",
            f"{doc} <{RDF}type> <{PROV}Entity> {graph} .",
            f"{doc} <{RDFS}label> {_lit(f'doc-{d}.fr.txt')} {graph} .",
            f"{doc} <{KG}sha256> {_lit(f'{d:064x}')} {graph} .",
            f"{doc} <{KG}charCount> {_typed(rng.randint(800, 9000), 'integer')} {graph} .",
            f'{doc} <http://purl.org/dc/terms/language> "fr" {graph} .',
        ]
    for prefix, (count, cls, name) in kinds.items():
        for i in range(count):
            node = f"<{BASE}{prefix}-{i}>"
            label = f"{name} {i}"
            out.append(f"{node} <{RDFS}label> {_lit(label)} {entities_graph} .")
            for d in {rng.randrange(documents) for _ in range(rng.randint(1, 3))}:
                graph = f"<{BASE}document/doc-{d}>"
                out += [
                    f"{node} <{RDF}type> <{KG}{cls}> {graph} .",
                    f"{node} <{SKOS}altLabel> {_lit(label)} {graph} .",
                    f"{node} <{KG}mentionedIn> {graph} {graph} .",
                ]
                if rng.random() < 0.3:
                    out.append(f"{node} <{SKOS}altLabel> {_lit(label.upper())} {graph} .")
    # Subsidiaries form trees under a few groups (org-0 the largest).
    for i in range(1, orgs):
        if rng.random() < 0.15:
            parent = f"<{BASE}org-{skewed(i)}>"
            d = rng.randrange(documents)
            out.append(f"<{BASE}org-{i}> <{KG}subsidiaryOf> {parent} <{BASE}document/doc-{d}> .")
    relations = [
        ("investsIn", "org", "org", 3),
        ("partnersWith", "org", "org", 3),
        ("competitorOf", "org", "org", 2),
        ("hasClient", "org", "org", 2),
        ("foundedBy", "org", "person", 1),
        ("hasCEO", "org", "person", 1),
        ("worksFor", "person", "org", 1),
        ("develops", "org", "product", 1),
        ("locatedIn", "org", "place", 1),
        ("acquired", "org", "org", 1),
    ]
    weights = [w for *_, w in relations]
    for n in range(statements):
        predicate, s_kind, o_kind, _ = rng.choices(relations, weights)[0]
        subject = f"<{BASE}{s_kind}-{skewed(kinds[s_kind][0])}>"
        obj = f"<{BASE}{o_kind}-{skewed(kinds[o_kind][0])}>"
        d = rng.randrange(documents)
        graph = f"<{BASE}document/doc-{d}>"
        claim = f"<{BASE}statement/{n:016x}>"
        certainty = rng.choices(["asserted", "hedged", "negated"], [70, 25, 5])[0]
        start = rng.randrange(5000)
        sentence = (
            f"Phrase {n} : {subject[len(BASE) + 1 : -1]} {predicate} {obj[len(BASE) + 1 : -1]}."
        )
        out += [
            f"{claim} <{RDF}type> <{RDF}Statement> {graph} .",
            f"{claim} <{RDF}subject> {subject} {graph} .",
            f"{claim} <{RDF}predicate> <{KG}{predicate}> {graph} .",
            f"{claim} <{RDF}object> {obj} {graph} .",
            f"{claim} <{KG}certainty> <{KG}{certainty}> {graph} .",
            f"{claim} <{KG}confidence> {_typed(rng.choice([0.65, 0.75, 0.8, 0.85]), 'decimal')}"
            f" {graph} .",
            f"{claim} <{KG}evidence> {_lit(sentence)} {graph} .",
            f"{claim} <{KG}beginOffset> {_typed(start, 'integer')} {graph} .",
            f"{claim} <{KG}endOffset> {_typed(start + len(sentence), 'integer')} {graph} .",
            f"{claim} <{PROV}wasDerivedFrom> {graph} {graph} .",
            f"{claim} <{KG}extractionRule> {_lit(predicate + '.verb')} {graph} .",
        ]
        if rng.random() < 0.3:
            out.append(f"{claim} <{KG}source> <{BASE}news-{skewed(news)}> {graph} .")
        if predicate in ("investsIn", "acquired") and rng.random() < 0.6:
            amount = f"<{BASE}amount/{n:016x}>"
            value = rng.randint(1, 900) * 10 ** rng.randint(6, 9)
            out += [
                f"{claim} <{KG}amount> {amount} {graph} .",
                f"{amount} <{RDF}type> <{KG}MonetaryAmount> {graph} .",
                f"{amount} <{KG}value> {_typed(value, 'decimal')} {graph} .",
                f'{amount} <{KG}currency> "USD" {graph} .',
                f"{amount} <{KG}amountText> {_lit(f'{value} dollars')} {graph} .",
            ]
        if rng.random() < 0.3:
            out.append(f"{claim} <{KG}date> {_typed(rng.randint(2015, 2025), 'gYear')} {graph} .")
        if certainty != "negated":
            out.append(f"{subject} <{KG}{predicate}> {obj} {graph} .")
    return out, len({line.rsplit(" ", 2)[0] for line in out})


# --- timing -------------------------------------------------------------------------------------


def timed(action: Callable[[], object]) -> tuple[float, object]:
    gc.collect()
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5, help="runs per query on the store")
    parser.add_argument("--no-rdflib", action="store_true", help="time the store only")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as folder:
        return run(args, Path(folder))


def run(args: argparse.Namespace, work: Path) -> int:
    print(f"generating about {args.triples:,} triples ...", file=sys.stderr)
    lines, distinct = generate(args.triples)
    nquads = work / "data.nq"
    nquads.write_text("\n".join(lines) + "\n", encoding="utf-8")
    turtle = work / "data.ttl"  # the union, as one Turtle file for both engines
    quads = ox.parse(path=str(nquads), format=ox.RdfFormat.N_QUADS)
    ox.serialize(
        {ox.Triple(q.subject, q.predicate, q.object) for q in quads},
        str(turtle),
        format=ox.RdfFormat.TURTLE,
        prefixes={"kg": KG, "": BASE},
    )
    del lines
    with nquads.open(encoding="utf-8") as lines_of:
        figures: dict[str, object] = {"triples": distinct, "quads": sum(1 for _ in lines_of)}
    print(f"{distinct:,} triples in {figures['quads']:,} quads", file=sys.stderr)

    fresh = work / "turtle-only"  # the fair comparison: the same Turtle file into each engine
    seconds, _ = timed(
        lambda: ox.Store(str(fresh)).bulk_load(path=str(turtle), format=ox.RdfFormat.TURTLE)
    )
    figures["load turtle: store"] = seconds
    # kg's layout: a named graph per document, and their union as the default graph.
    store_dir = work / "store"
    store_dir.mkdir()

    def load_layout() -> None:
        database = ox.Store(str(store_dir / DATABASE))
        database.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
        database.bulk_load(path=str(turtle), format=ox.RdfFormat.TURTLE)

    seconds, _ = timed(load_layout)
    figures["load kg layout (named graphs + union): store"] = seconds
    graph = Graph()
    if not args.no_rdflib:
        print("loading into rdflib ...", file=sys.stderr)
        seconds, _ = timed(lambda: graph.parse(turtle, format="turtle"))
        figures["load turtle: rdflib"] = seconds

    rows: list[tuple[str, float, float | None, int]] = []
    namespaces = {**PREFIXES, "": BASE}
    with Store(store_dir, read_only=True) as store:
        for name, query in QUERIES.items():
            store.query(query)  # warm-up
            runs = []
            for _ in range(args.repeat):
                seconds, result = timed(lambda q=query: store.query(q))
                runs.append(seconds)
            count = len(result)  # type: ignore[arg-type]
            reference = None
            if not args.no_rdflib:
                list(graph.query(query, initNs=namespaces))  # warm-up (parsing, caches)
                reference, answer = timed(lambda q=query: list(graph.query(q, initNs=namespaces)))
                if len(answer) != count:  # type: ignore[arg-type]
                    print(
                        f"  {name}: rdflib found {len(answer)} rows, "  # type: ignore[arg-type]
                        f"the store {count}",
                        file=sys.stderr,
                    )
            rows.append((name, statistics.median(runs), reference, count))

    print(f"\n{distinct:,} triples, kg-shaped; median of {args.repeat} runs on the store\n")
    for key in (
        "load turtle: rdflib",
        "load turtle: store",
        "load kg layout (named graphs + union): store",
    ):
        if key in figures:
            print(f"  {key:<46} {figures[key]:8.2f} s")
    print(f"\n  {'query':<20} {'rows':>6} {'rdflib':>12} {'store':>10} {'ratio':>8}")
    for name, store_seconds, rdflib_seconds, count in rows:
        ref = f"{rdflib_seconds * 1000:10.1f} ms" if rdflib_seconds is not None else " " * 13
        ratio = f"{rdflib_seconds / store_seconds:7.0f}x" if rdflib_seconds else ""
        print(f"  {name:<20} {count:>6} {ref} {store_seconds * 1000:7.1f} ms {ratio}")
        figures[f"query {name}"] = {
            "rows": count,
            "store_ms": store_seconds * 1000,
            "rdflib_ms": None if rdflib_seconds is None else rdflib_seconds * 1000,
        }
    slow = [name for name, store_seconds, *_ in rows if name in AIMED and store_seconds > 0.1]
    verdict = "yes" if not slow else "no: " + ", ".join(slow)
    print(f"\n  the five aimed queries all under 100 ms on the store: {verdict}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
