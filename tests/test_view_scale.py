"""The explorer stays readable at 1, 10 and 100 articles, in headless Chromium, network cut off.

The graphs are those of bench/news_graphs.py: synthetic articles shaped like kg's output (a few
companies in many articles, most entities in one or two, a third of them in no relation), built
into RDF directly because parsing a hundred articles with spaCy takes minutes. What is checked is
what a reader sees, read from the drawing itself: where vis.js drew each entity and edge, how big
it drew each label.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
from browser_support import visit

from kg.view import write_html

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from news_graphs import news_graph

pytestmark = pytest.mark.browser
ARTICLES = (1, 10, 100)
READABLE = 12  # pixels: the smallest label font a reader takes in at a glance


@pytest.fixture(scope="module", params=ARTICLES, ids=lambda n: f"{n}-articles")
def page(request, browser, tmp_path_factory):
    path = write_html(
        news_graph(request.param), tmp_path_factory.mktemp("scale") / f"{request.param}.html"
    )
    with visit(browser, path) as seen:
        yield seen
        seen.assert_clean()


def _reset(page) -> None:
    page.hook("resetFilters()")


def test_no_entity_is_drawn_alone(page):
    _reset(page)
    geometry = page.hook("geometry()")
    ends = {end for edge in geometry["edges"] for end in edge}
    drawn = {node["id"] for node in geometry["nodes"]}
    assert drawn and drawn == ends
    assert page.hook("nodeCount()") > len(drawn)  # the entities in no relation are hidden


def test_no_edge_passes_over_an_entity_it_does_not_join(page):
    _reset(page)
    geometry = page.hook("geometry()")
    index = {node["id"]: i for i, node in enumerate(geometry["nodes"])}
    centres = np.array([(node["x"], node["y"]) for node in geometry["nodes"]])
    radii = np.array([node["r"] for node in geometry["nodes"]])
    for a, b in geometry["edges"]:
        start, end = centres[index[a]], centres[index[b]]
        along = np.clip((centres - start) @ (end - start) / np.sum((end - start) ** 2), 0, 1)
        distance = np.hypot(*(centres - (start + along[:, None] * (end - start))).T)
        over = [
            geometry["nodes"][i]["id"]
            for i in np.flatnonzero(distance < radii)
            if i not in (index[a], index[b])
        ]
        assert over == [], f"the edge {a} - {b} passes over {over}"


def test_the_most_central_entities_are_labelled_readably(page):
    _reset(page)
    assert page.hook("allInView()")
    entities = page.page.evaluate(
        "JSON.parse(document.getElementById('kg-page').textContent).entities"
    )
    drawn = set(page.hook("visibleNodeIds()"))
    top = [e["id"] for e in sorted(entities, key=lambda e: e["rank"]) if e["id"] in drawn][:5]
    sizes = [page.hook("labelPixels(arg)", entity) for entity in top]
    assert sizes[0] >= READABLE
    assert sum(size >= READABLE for size in sizes) >= min(4, len(top)), sizes


def test_labels_do_not_overlap_and_more_appear_when_zooming_in(page):
    """Label boxes as vis.js measured and drew them, in canvas coordinates."""
    _reset(page)
    boxes = page.page.evaluate(
        """() => window.kgView.visibleNodeIds()
            .map((id) => window.kgView.network.body.nodes[id])
            .filter((node) => node.options.label && node.labelModule.visible())
            .map((node) => {
                const size = node.labelModule.size;
                const top = size.top + (node.options.font.vadjust || 0);  // drawn above the dot
                return [size.left, top, size.left + size.width, top + size.height];
            })"""
    )
    assert boxes
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), (a, b)
    labelled = set(page.hook("labelledIds()"))
    page.hook("network.moveTo({scale: window.kgView.scale() * 3})")
    page.hook("placeLabels()")
    seen = set(page.hook("inViewIds()"))
    now = set(page.hook("labelledIds()"))
    if seen - labelled:  # some entities in view had no label at the first zoom
        assert len(now & seen) > len(labelled & seen)
    page.hook("fit()")


def test_a_filter_hides_the_entities_it_leaves_alone_and_refits(page):
    _reset(page)
    before = set(page.hook("visibleNodeIds()"))
    page.hook("setFilter('relations', 'locatedIn', false)")
    geometry = page.hook("geometry()")
    drawn = {node["id"] for node in geometry["nodes"]}
    assert drawn == {end for edge in geometry["edges"] for end in edge}
    assert drawn < before  # the places, linked only by locatedIn, are gone
    assert page.hook("allInView()")
    page.hook("setFilter('isolated', 'isolated', true)")
    assert set(page.hook("visibleNodeIds()")) >= before
    assert page.hook("allInView()")
