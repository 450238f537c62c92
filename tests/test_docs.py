"""The README says what kg does today: its generated parts are what bench/docs.py makes now.

`make docs` rewrites them (and the pictures, the outputs of docs/explore.md, the notebooks);
this test fails when someone changed kg without running it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import docs  # noqa: E402  (bench/ is no package)

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_generated_part_has_its_place():
    assert sorted(m["name"] for m in docs.PART.finditer(README)) == sorted(
        ["quick-start", "seed-eval", "path", "test-articles"]
    )


def test_rewrite_replaces_only_the_generated_parts():
    text = "a <!-- docs:x -->old<!-- /docs:x --> b <!-- docs:y -->kept<!-- /docs:y -->"
    assert docs.stale(text, {"x": "new", "y": "kept"}) == ["x"]
    assert docs.rewrite(text, {"x": "new"}) == (
        "a <!-- docs:x -->new<!-- /docs:x --> b <!-- docs:y -->kept<!-- /docs:y -->"
    )


@pytest.mark.slow
def test_the_readme_figures_are_current():
    assert docs.stale(README, docs.generate()) == [], "run `make docs` and commit README.md"


def test_the_readme_tells_how_to_reach_kg_and_where_the_gold_format_is():
    assert "source .venv/bin/activate" in README and ".venv/bin/kg" in README
    assert "spec/relations.md" not in README
    assert "docs/gold-format.md" in README
    gold = (ROOT / "docs" / "gold-format.md").read_text(encoding="utf-8")
    for field in ("document", "entities", "relations", "attributes", "forbidden", "aliases"):
        assert f"`{field}`" in gold
