"""kg.layout: networkx spring layouts per connected part, parts kept apart, no edge over a node.

The news graphs are those of bench/news_graphs.py (synthetic articles shaped like kg's output:
a few companies in many articles, most entities in one or two, some in no relation).
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

import networkx as nx
import pytest

from kg.analytics import centrality, to_networkx
from kg.layout import DEFAULT_RADIUS, crossings, layout

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from news_graphs import news_graph


def _radii(g: nx.MultiDiGraph) -> dict[str, float]:
    """The page's node radii (7 to 23 pixels by centrality) in edge lengths of 150 pixels."""
    scores = centrality(g, directed=False)
    top = max(scores.values())
    return {n: (8 + 16 * (scores[n] / top) ** 0.5) / 150 for n in g}


def _check(positions: dict, g: nx.Graph) -> None:
    assert set(positions) == set(g)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in positions.values())
    assert len({(round(x, 6), round(y, 6)) for x, y in positions.values()}) == len(positions)


@pytest.fixture(scope="module")
def ten() -> nx.MultiDiGraph:
    return to_networkx(news_graph(10))


def test_an_empty_graph_and_a_single_entity():
    assert layout(nx.Graph()) == {}
    assert layout(nx.path_graph(["a"])) == {"a": (0.0, 0.0)}


def test_reproducible_for_a_seed(ten):
    positions = layout(ten, seed=3)
    _check(positions, ten)
    assert positions == layout(ten, seed=3)
    assert positions != layout(ten, seed=4)


def test_the_median_edge_is_one_long(ten):
    positions = layout(ten)
    lengths = sorted(math.dist(positions[u], positions[v]) for u, v in ten.edges())
    assert 0.8 < lengths[len(lengths) // 2] < 2.5


def test_connected_parts_are_kept_together_and_apart(ten):
    """Each part's bounding box holds only that part; the isolated entities are below them all."""
    radii = _radii(ten)
    positions = layout(ten, radii=radii)
    simple = nx.Graph(ten)
    parts = [c for c in nx.connected_components(simple) if len(c) > 1]
    isolated = [n for n in simple if simple.degree(n) == 0]
    assert len(parts) > 3 and isolated

    def box(nodes):
        xs = [positions[n][0] for n in nodes]
        ys = [positions[n][1] for n in nodes]
        return min(xs), min(ys), max(xs), max(ys)

    boxes = [box(part) for part in parts]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1], (a, b)
    lowest = max(b[3] for b in boxes)
    assert all(positions[n][1] > lowest for n in isolated)


@pytest.mark.parametrize("articles", [1, 10, 100])
def test_no_edge_passes_over_a_node_it_does_not_join(articles):
    g = to_networkx(news_graph(articles))
    radii = _radii(g)
    positions = layout(g, radii=radii, margin=4 / 150)
    _check(positions, g)
    assert crossings(positions, list(g.edges()), radii) == []


def test_crossings_finds_a_node_on_an_edge_and_overlapping_nodes():
    positions = {"a": (0.0, 0.0), "b": (2.0, 0.0), "c": (1.0, 0.05), "d": (5.0, 5.0), "e": (5.1, 5)}
    radii = {n: DEFAULT_RADIUS for n in positions}
    assert crossings(positions, [("a", "b")], radii) == [("a", "b", "c"), ("d", "e", "e")]
    positions["c"] = (1.0, 0.5)
    positions["e"] = (5.5, 5.0)
    assert crossings(positions, [("a", "b"), ("a", "c")], radii) == []


def test_a_star_hangs_its_leaves_around_the_hub():
    g = nx.star_graph(12)
    positions = layout(g)
    hub = positions[0]
    distances = [math.dist(hub, positions[n]) for n in range(1, 13)]
    assert max(distances) - min(distances) < 0.2


def test_a_large_part_goes_through_communities():
    """A part past spring_layout's limit (networkx needs scipy past 500 nodes) is laid out by
    Louvain communities: linked entities stay close, and nothing is left on top of anything."""
    base = nx.barabasi_albert_graph(900, 1, seed=1)  # a tree with hubs, like news graphs
    g = nx.Graph()
    g.add_nodes_from(range(950))  # 50 isolated entities
    g.add_edges_from(base.edges())
    radii = {n: 0.08 for n in g}
    positions = layout(g, radii=radii)
    _check(positions, g)
    lengths = sorted(math.dist(positions[u], positions[v]) for u, v in g.edges())
    xs, ys = zip(*(positions[n] for n in base), strict=True)
    side = math.sqrt((max(xs) - min(xs)) * (max(ys) - min(ys)))
    assert lengths[len(lengths) // 2] < side / 15  # linked entities stay close
    assert crossings(positions, list(g.edges()), radii) == []


def test_the_order_nodes_come_in_does_not_matter(ten):
    """No set iteration reaches the drawing (its order changes from one process to the next)."""
    reversed_graph = nx.MultiDiGraph()
    reversed_graph.add_nodes_from(reversed(list(ten)))
    reversed_graph.add_edges_from(reversed(list(ten.edges())))
    assert layout(reversed_graph, seed=1) == layout(ten, seed=1)
