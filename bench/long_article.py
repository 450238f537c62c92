"""How long one article may be: time and peak memory of kg's whole job on one text, by size.

    python bench/long_article.py                     # 25k, 50k, 100k, 200k, 400k characters
    python bench/long_article.py --sizes 50000 100000

Each size runs in its own process (peak memory is per process): the text is the bundled article
and the test articles repeated, with company names renumbered in each copy so that the text has
as many distinct entities as a long real document would. It prints, per size, the seconds to
read, parse, extract, resolve and build the graph (spaCy's loading excluded), the peak resident
memory of the process, and the ratio of each to the smallest size's, which shows how the cost
grows. Settings.max_chars is chosen from this table (README, "Errors and safety").
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus(size: int) -> str:
    """About `size` characters of French business news, names varied per copy."""
    texts = [(ROOT / "examples" / "meta-scale-ai.fr.txt").read_text(encoding="utf-8")]
    for path in sorted((ROOT / "tests" / "data" / "articles").glob("*.json")):
        texts.append(json.loads(path.read_text(encoding="utf-8"))["text"])
    parts, n = [], 0
    while sum(map(len, parts)) < size:
        for text in texts:
            parts.append(text.replace("Meta", f"Meta{n}").replace("Scale", f"Scale{n}") + "\n")
            n += 1
    return "".join(parts)[:size].rsplit(".", 1)[0] + ".\n"


def measure(size: int) -> dict[str, float]:
    """Run in a child process: load kg, then time one document of `size` characters."""
    from kg.build import Builder
    from kg.config import Settings
    from kg.graph import build_graph
    from kg.read import read_text

    settings = Settings(max_chars=10_000_000)
    builder = Builder(settings)
    text = corpus(size)
    started = time.perf_counter()
    document = read_text(text.encode("utf-8"), "long.fr.txt", settings)
    resolutions = builder.resolve_texts([document])
    graph = build_graph(resolutions, settings)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"size": len(text), "seconds": seconds, "peak_mb": peak_mb, "triples": len(graph)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=[25_000, 50_000, 100_000, 200_000, 400_000]
    )
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child)))
        return
    rows = []
    for size in args.sizes:
        output = subprocess.run(
            [sys.executable, __file__, "--child", str(size)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        rows.append(json.loads(output.strip().splitlines()[-1]))
    base = rows[0]
    print("| characters | seconds | peak memory (MB) | × time | × memory | triples |")
    print("|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        print(
            f"| {row['size']:,} | {row['seconds']:.1f} | {row['peak_mb']:,.0f} "
            f"| {row['seconds'] / base['seconds']:.1f} | {row['peak_mb'] / base['peak_mb']:.1f} "
            f"| {row['triples']:,} |"
        )


if __name__ == "__main__":
    main()
