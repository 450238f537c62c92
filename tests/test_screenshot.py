"""The README's figures come from tooling: bench/screenshot.py draws docs/graph.png from the seed
article in headless Chromium (network cut), and bench/view_scale.py measures the page at scale.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
DOCS_PICTURE = ROOT / "docs" / "graph.png"
CHROMIUM = Path("/usr/bin/chromium")

sys.path.insert(0, str(BENCH))
from screenshot import GENERATOR, png_text, png_with_text  # noqa: E402  (bench/ is no package)

needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="Debian's Chromium is missing at /usr/bin/chromium"
)


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "NO_COLOR": "1"},
        timeout=600,
    )


def test_png_text_chunks_round_trip(tmp_path):
    from PIL import Image

    blank = tmp_path / "blank.png"
    Image.new("RGB", (3, 2), "white").save(blank)
    marked = png_with_text(blank.read_bytes(), {"Software": GENERATOR, "Source": "x.txt"})
    assert png_text(marked) == {"Software": GENERATOR, "Source": "x.txt"}
    blank.write_bytes(marked)
    with Image.open(blank) as image:  # still a valid PNG, chunk CRCs included
        image.load()
        assert image.size == (3, 2) and image.text["Software"] == GENERATOR


@pytest.mark.browser
@needs_chromium
def test_the_screenshot_shows_the_seed_graph_and_a_statement(tmp_path):
    from PIL import Image

    out = tmp_path / "graph.png"
    result = run(BENCH / "screenshot.py", "--out", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"wrote {out} (")
    assert png_text(out.read_bytes()) == {"Software": GENERATOR, "Source": "meta-scale-ai.fr.txt"}
    with Image.open(out) as image:
        assert image.size == (1400, 860)
        colours = {colour for _, colour in image.convert("RGB").getcolors(1400 * 860)}
    assert (0x4E, 0x79, 0xA7) in colours  # organisations are drawn
    assert (0xF2, 0x8E, 0x2B) in colours  # and people
    assert len(colours) > 500  # text, edges and the panel, not a blank page


def test_the_readme_picture_was_made_by_the_tool():
    assert DOCS_PICTURE.is_file(), "run `python bench/screenshot.py` to draw docs/graph.png"
    assert png_text(DOCS_PICTURE.read_bytes()) == {
        "Software": GENERATOR,
        "Source": "meta-scale-ai.fr.txt",
    }


@pytest.mark.browser
@needs_chromium
def test_the_scale_bench_runs_on_a_small_graph():
    result = run(BENCH / "view_scale.py", "--sizes", "100", "--repeat", "1", "--markdown")
    assert result.returncode == 0, result.stderr
    head, _, row = result.stdout.strip().splitlines()
    assert head.startswith("| entities | statements |") and "time to interactive" in head
    cells = [cell.strip() for cell in row.strip("|").split("|")]
    assert cells[0] == "100" and cells[3] == "2,000 (default)"
    assert cells[4].startswith("100 / ")
    assert cells[7].endswith(" s")
