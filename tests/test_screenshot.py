"""The README's pictures come from tooling: bench/screenshot.py draws the pages of 1, 10 and 100
articles in headless Chromium (network cut), and bench/view_scale.py measures the page at scale.
Each committed picture names its maker and the digest of the graph it shows, which must be the
graph kg builds today (`make docs` redraws them).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
CHROMIUM = Path("/usr/bin/chromium")

sys.path.insert(0, str(BENCH))
import screenshot  # noqa: E402  (bench/ is no package)
from screenshot import GENERATOR, PICTURES, png_text, png_with_text  # noqa: E402

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
def test_the_tool_draws_the_page_of_a_hundred_articles(tmp_path):
    from PIL import Image

    result = run(BENCH / "screenshot.py", "--articles", "100", "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    out = tmp_path / "graph-100.png"
    assert result.stdout.startswith(f"wrote {out} (")
    text = png_text(out.read_bytes())
    assert text["Software"] == GENERATOR and text["Source"] == PICTURES[2].source
    assert text["Graph"] == screenshot.graph_digest(PICTURES[2].graph())
    with Image.open(out) as image:
        assert image.size == (1400, 860)
        colours = {colour for _, colour in image.convert("RGB").getcolors(1400 * 860)}
    assert (0x4E, 0x79, 0xA7) in colours  # organisations are drawn
    assert (0xF2, 0x8E, 0x2B) in colours  # and people
    assert len(colours) > 500  # text, edges and the panel, not a blank page


@pytest.mark.parametrize("picture", PICTURES, ids=lambda p: f"{p.articles}-articles")
def test_the_readme_pictures_show_what_kg_builds_today(picture, builder, monkeypatch):
    path = ROOT / "docs" / picture.name
    assert path.is_file(), f"run `python bench/screenshot.py` to draw docs/{picture.name}"
    assert f"(docs/{picture.name})" in (ROOT / "README.md").read_text(encoding="utf-8")
    text = png_text(path.read_bytes())
    assert text["Software"] == GENERATOR and text["Source"] == picture.source
    monkeypatch.setattr(screenshot, "_builder", lambda: builder)  # spaCy loaded once
    assert text["Graph"] == screenshot.graph_digest(picture.graph()), (
        f"docs/{picture.name} shows an older graph: run `make docs`"
    )


@pytest.mark.browser
@needs_chromium
def test_the_scale_bench_runs_on_a_small_graph():
    result = run(BENCH / "view_scale.py", "--articles", "10", "--repeat", "1", "--markdown")
    assert result.returncode == 0, result.stderr
    head, _, *rows = result.stdout.strip().splitlines()
    assert head.startswith("| articles | entities | statements |") and "time to interactive" in head
    cells = [cell.strip() for cell in rows[-1].strip("|").split("|")]
    assert cells[0] == "10" and cells[4] == "2,000 (default)"
    assert int(cells[5].split(" / ")[0]) < int(cells[1])  # the entities in no relation are hidden
    assert cells[8].endswith(" s")
