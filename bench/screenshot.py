"""The README's pictures of the explorer, drawn in headless Chromium with the network cut off.

    python bench/screenshot.py                        # docs/graph.png, graph-10.png, graph-100.png
    python bench/screenshot.py --articles 100 --out /tmp/pictures

Three graphs, each drawn as a reader first sees its page (`kg.view.write_html`, 1400 x 860):

- 1 article: the bundled article built by kg (`examples/meta-scale-ai.fr.txt`), with the hedged
  Meta -> Scale AI investment reported by Bloomberg selected, so that the side panel shows a
  statement and its evidence;
- 10 articles: the first ten of the project's own test articles (`tests/data/articles/`,
  invented companies) built together by kg;
- 100 articles: `bench/news_graphs.py`'s synthetic news graph of 100 articles (building a
  hundred articles with spaCy takes minutes; the graph has the same shape).

Each PNG carries tEXt chunks naming this script, what was drawn, and the SHA-256 of the graph's
sorted N-Triples, so that tests/test_screenshot.py can tell that a committed picture came from
here and still shows what kg builds today (`make docs` redraws them).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import struct
import sys
import tempfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))

from chromium import chromium, visit
from rdflib import Graph

if TYPE_CHECKING:
    from kg.build import Builder

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "meta-scale-ai.fr.txt"
TEST_ARTICLES = ROOT / "tests" / "data" / "articles"
DOCS = ROOT / "docs"
GENERATOR = "kg bench/screenshot.py"
WIDTH, HEIGHT = 1400, 860

# Select the statement the panel should show.
_SELECT_BLOOMBERG = """() => {
    const page = JSON.parse(document.getElementById("kg-page").textContent);
    const wanted = page.statements.find((s) => s.p === "investsIn" && s.src === "Bloomberg")
        || page.statements.find((s) => s.c === "hedged") || page.statements[0];
    if (wanted) window.kgView.selectEdge(wanted.id);
    window.kgView.fit();
    return wanted ? wanted.id : null;
}"""


@cache
def _builder() -> Builder:
    from kg.build import Builder

    return Builder()


def seed_graph() -> Graph:
    """The bundled article, built by kg (read from its bytes: the graph, and so the picture's
    digest, must not depend on where the repository is checked out)."""
    from kg.read import read_text

    return _builder().graph([read_text(SEED.read_bytes(), SEED.name)])[0]


def articles_graph(count: int = 10) -> Graph:
    """The first `count` test articles (tests/data/articles/*.json), built together by kg."""
    from kg.read import read_text

    paths = sorted(TEST_ARTICLES.glob("*.json"))[:count]
    documents = []
    for path in paths:
        article = json.loads(path.read_text(encoding="utf-8"))
        documents.append(read_text(article["text"].encode("utf-8"), f"{article['id']}.fr.txt"))
    return _builder().graph(documents)[0]


def synthetic_graph(count: int = 100) -> Graph:
    from news_graphs import news_graph

    return news_graph(count)


@dataclass(frozen=True)
class Picture:
    """One of the README's pictures: its file, what it shows, how to make the graph."""

    articles: int
    name: str
    source: str
    graph: Callable[[], Graph]
    stage: str | None = None  # JavaScript run on the page before the picture is taken


PICTURES = (
    Picture(1, "graph.png", SEED.name, seed_graph, _SELECT_BLOOMBERG),
    Picture(10, "graph-10.png", "tests/data/articles, the first 10", articles_graph),
    Picture(100, "graph-100.png", "bench/news_graphs.py, 100 articles", synthetic_graph),
)


def graph_digest(graph: Graph) -> str:
    """SHA-256 of the graph's sorted N-Triples (kg's graphs have no blank nodes)."""
    from kg.export import GraphFormat, serialize

    return hashlib.sha256(serialize(graph, GraphFormat.NT)).hexdigest()


def png_with_text(png: bytes, text: dict[str, str]) -> bytes:
    """`png` with a tEXt chunk per item, right after its IHDR chunk."""
    signature, ihdr_end = png[:8], 8 + 8 + 13 + 4  # signature, IHDR (length, type, 13 bytes, CRC)
    if signature != b"\x89PNG\r\n\x1a\n" or png[12:16] != b"IHDR":
        raise ValueError("not a PNG file")
    chunks = b""
    for key, value in text.items():
        body = b"tEXt" + key.encode("latin-1") + b"\0" + value.encode("latin-1")
        chunks += struct.pack(">I", len(body) - 4) + body + struct.pack(">I", zlib.crc32(body))
    return png[:ihdr_end] + chunks + png[ihdr_end:]


def png_text(png: bytes) -> dict[str, str]:
    """The tEXt chunks of a PNG file."""
    found, at = {}, 8
    while at + 8 <= len(png):
        (length,), kind = struct.unpack(">I", png[at : at + 4]), png[at + 4 : at + 8]
        if kind == b"tEXt":
            key, _, value = png[at + 8 : at + 8 + length].partition(b"\0")
            found[key.decode("latin-1")] = value.decode("latin-1")
        at += 12 + length
    return found


def screenshot(picture: Picture, out: Path, browser: object) -> Path:
    """Draw `picture`'s graph in a temporary page and save what the browser shows."""
    from kg.export import atomic_write
    from kg.view import write_html

    graph = picture.graph()
    with tempfile.TemporaryDirectory(prefix="kg-screenshot-") as folder:
        page_path = write_html(graph, Path(folder) / "graph.html")
        with visit(browser, page_path, width=WIDTH, height=HEIGHT) as seen:
            if picture.stage and seen.page.evaluate(picture.stage) is None:
                raise RuntimeError(f"{picture.source}: the graph has no relation to show")
            seen.page.wait_for_timeout(300)  # let the panel and the canvas repaint
            png = seen.page.screenshot(type="png")
            seen.check()
    text = {"Software": GENERATOR, "Source": picture.source, "Graph": graph_digest(graph)}
    atomic_write(out, png_with_text(png, text))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DOCS, help="the folder to write to")
    parser.add_argument(
        "--articles",
        type=int,
        nargs="+",
        choices=[p.articles for p in PICTURES],
        help="only these pictures (default: all)",
    )
    args = parser.parse_args()
    wanted = [p for p in PICTURES if not args.articles or p.articles in args.articles]
    with chromium() as browser:
        for picture in wanted:
            path = screenshot(picture, args.out / picture.name, browser)
            print(f"wrote {path} ({path.stat().st_size / 1024:,.0f} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
