"""Build the seed article's graph, open its page offline in headless Chromium, save a screenshot.

    python bench/screenshot.py                   # -> docs/graph.png (the README's picture)
    python bench/screenshot.py --out /tmp/g.png  # elsewhere

The picture is the page as a reader first sees it, zoomed on the entities that have relations,
with the hedged Meta -> Scale AI investment reported by Bloomberg selected, so that the side panel
shows a statement and its evidence. The PNG carries tEXt chunks naming this script and the
article (tests/test_screenshot.py checks that docs/graph.png was made here, not by hand).
"""

from __future__ import annotations

import argparse
import struct
import sys
import tempfile
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from chromium import chromium, visit

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "meta-scale-ai.fr.txt"
DEFAULT_OUT = ROOT / "docs" / "graph.png"
GENERATOR = "kg bench/screenshot.py"

# Select the statement the panel should show, and frame the entities that have relations.
_STAGE = """() => {
    const page = JSON.parse(document.getElementById("kg-page").textContent);
    const hook = window.kgView;
    const wanted = page.statements.find((s) => s.p === "investsIn" && s.src === "Bloomberg")
        || page.statements.find((s) => s.c === "hedged") || page.statements[0];
    if (wanted) hook.selectEdge(wanted.id);
    const related = [...new Set(page.statements.flatMap((s) => [s.from, s.to]))];
    hook.network.fit({ nodes: related.length ? related : undefined, animation: false });
    return wanted ? wanted.id : null;
}"""


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


def screenshot(out: Path, *, article: Path = SEED, width: int = 1400, height: int = 860) -> Path:
    """Build `article`'s graph and page in a temporary folder and save the page's picture."""
    from kg.build import build_files
    from kg.export import atomic_write

    with tempfile.TemporaryDirectory(prefix="kg-screenshot-") as folder:
        result = build_files([article], Path(folder), html=True)
        page_path = next(p for p in result.written if p.suffix == ".html")
        with chromium() as browser, visit(browser, page_path, width=width, height=height) as seen:
            selected = seen.page.evaluate(_STAGE)
            if selected is None:
                raise RuntimeError(f"{article}: the graph has no relation to show")
            seen.page.wait_for_timeout(200)  # let the panel and the canvas repaint
            png = seen.page.screenshot(type="png")
            seen.check()
    atomic_write(out, png_with_text(png, {"Software": GENERATOR, "Source": article.name}))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the PNG file to write")
    parser.add_argument("--article", type=Path, default=SEED, help="the article to draw")
    args = parser.parse_args()
    path = screenshot(args.out, article=args.article)
    print(f"wrote {path} ({path.stat().st_size / 1024:,.0f} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
