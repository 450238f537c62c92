"""Where to draw each entity: networkx spring layouts per connected part, no edge over a node.

    >>> positions = layout(to_networkx(graph), radii={iri: 0.1 for iri in g}, seed=0)

Every connected part is laid out on its own, so linked entities stay together and unrelated
stories do not tangle: its core (without the entities linked to one other entity only) by
`networkx.spring_layout` (Fruchterman-Reingold), or, when the core is too large for
spring_layout's dense solver (networkx needs scipy past 500 nodes, which kg does without),
through its Louvain communities, each laid out by spring_layout and placed by a spring layout of
the community graph; then each leaf is hung at distance 1 from its entity, in the widest free
angle. Nodes are nudged until none overlaps another and no straight edge passes over a node it
does not join (a tangle that does not settle is stretched; past a budget of work, thousands of
entities in one dense part, some crossings may remain: `crossings` lists them). The page draws
straight edges only, so this is what the reader sees. Parts are packed in rows, largest first,
and the entities in no relation in a grid below them. Deterministic for a given `seed`, whatever
the order the graph's nodes come in.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping

import networkx as nx
import numpy as np

__all__ = ["DEFAULT_RADIUS", "crossings", "layout"]

DEFAULT_RADIUS = 0.1  # a node's drawn radius, in edge lengths, when `radii` does not give it
_SPRING_LIMIT = 300  # largest set laid out by one spring_layout call (dense n^2 numpy)
_CORE_STRETCH = 2.0  # core edges are this long, leaves hang at 1
_GAP = 1.0  # between parts, and between the communities of a large part, in edge lengths
_ROUNDS = 300  # at most this many nudging rounds
_OVERSHOOT = 1.5  # each round moves nodes this much further than the overlaps it sees
_STRETCH_EVERY = 10  # rounds between two stretches of a drawing that has not settled
_WORK = 60_000_000  # at most this many points along edges looked at in all rounds


def layout(
    g: nx.Graph,
    *,
    seed: int = 0,
    radii: Mapping[str, float] | None = None,
    margin: float = 0.03,
    aspect: float = 1.0,
    communities: Mapping[str, int] | None = None,
) -> dict[str, tuple[float, float]]:
    """Positions of the nodes of `g` (any networkx graph; direction and parallel edges ignored).

    `radii` gives each node's drawn radius in the layout's unit (the median edge length);
    `margin` is the clearance kept between an edge and the nodes it does not join; `aspect` is
    the width / height of the area the parts are packed into; `communities` (node -> number, as
    `kg.analytics.communities` gives) saves computing them again for a large part.
    """
    simple = nx.Graph()
    simple.add_nodes_from(g)
    simple.add_edges_from((u, v) for u, v in g.edges() if u != v)
    if len(simple) == 0:
        return {}
    radius = {n: float((radii or {}).get(n, DEFAULT_RADIUS)) for n in simple}
    parts: list[tuple[list[str], np.ndarray]] = []
    isolated: list[str] = []
    for component in sorted(
        (sorted(c) for c in nx.connected_components(simple)), key=lambda c: (-len(c), c[0])
    ):
        if len(component) == 1:
            isolated.extend(component)
            continue
        part = _induced(simple, component)
        nodes, coords = _lay_out_part(part, seed, communities)
        index = {node: i for i, node in enumerate(nodes)}
        edges = np.array([(index[u], index[v]) for u, v in part.edges()], dtype=np.int64)
        parts.append((nodes, _clear(coords, edges, np.array([radius[n] for n in nodes]), margin)))
    return _pack(parts, isolated, radius, aspect)


def crossings(
    positions: Mapping[str, tuple[float, float]],
    edges: list[tuple[str, str]],
    radii: Mapping[str, float],
) -> list[tuple[str, str, str]]:
    """What `layout` avoids: (u, v, w) for every edge u-v, drawn straight, that passes over a
    node w it does not join (closer to w's centre than w's radius), and (u, v, v) for every two
    nodes that overlap."""
    nodes = list(positions)
    index = {node: i for i, node in enumerate(nodes)}
    pos = np.array([positions[n] for n in nodes], dtype=np.float64).reshape(-1, 2)
    radius = np.array([radii.get(n, DEFAULT_RADIUS) for n in nodes])
    pairs = np.array([(index[u], index[v]) for u, v in edges if u != v], dtype=np.int64)
    pairs = pairs.reshape(-1, 2)
    edge, node, _, _ = _edge_hits(pos, pairs, radius, -1e-9)
    first, second, _ = _overlaps(pos, radius, -1e-9)
    return [
        (nodes[pairs[e, 0]], nodes[pairs[e, 1]], nodes[w]) for e, w in zip(edge, node, strict=True)
    ] + [(nodes[i], nodes[j], nodes[j]) for i, j in zip(first, second, strict=True)]


# --- laying out one connected part ---------------------------------------------------------------


def _induced(graph: nx.Graph, nodes: Iterable[str]) -> nx.Graph:
    """The subgraph on `nodes`, as a new graph whose nodes and edges are in sorted order.

    networkx's subgraph views iterate over a set when the subgraph is small, in an order that
    changes from one Python process to the next (string hashing): the layout would too.
    """
    wanted = set(nodes)
    sub = nx.Graph()
    sub.add_nodes_from(sorted(wanted))
    sub.add_edges_from(
        sorted((min(u, v), max(u, v)) for u, v in graph.edges(wanted) if v in wanted)
    )
    return sub


def _spring(part: nx.Graph, seed: int) -> tuple[list[str], np.ndarray]:
    """spring_layout of a connected graph of at most _SPRING_LIMIT nodes, median edge 1 long."""
    nodes = list(part)
    if len(nodes) == 1:
        return nodes, np.zeros((1, 2))
    if len(nodes) == 2:
        return nodes, np.array([[-0.5, 0.0], [0.5, 0.0]])
    iterations = 100 if len(nodes) <= 100 else 50  # the dense solver costs n^2 an iteration
    found = nx.spring_layout(part, seed=seed, iterations=iterations, method="force")
    coords = np.array([found[n] for n in nodes], dtype=np.float64)
    return nodes, _unit_edges(part, nodes, coords)


def _unit_edges(part: nx.Graph, nodes: list[str], coords: np.ndarray) -> np.ndarray:
    index = {node: i for i, node in enumerate(nodes)}
    lengths = [math.dist(coords[index[u]], coords[index[v]]) for u, v in part.edges()]
    median = float(np.median(lengths)) if lengths else 1.0
    coords = coords - coords.mean(axis=0)
    return coords / median if median > 0 else coords


def _pieces(
    part: nx.Graph,
    seed: int,
    resolution: float = 1.0,
    known: Mapping[str, int] | None = None,
) -> list[list[str]]:
    """Connected sets of at most _SPRING_LIMIT nodes: Louvain communities (`known` ones, or
    found here; a finer resolution where needed), each split into its connected parts."""
    found: list[list[str]] = []
    if known is not None:
        by_number: dict[int, set[str]] = {}
        for node in part:
            by_number.setdefault(known.get(node, -1), set()).add(node)
        groups = list(by_number.values())
    else:
        groups = nx.community.louvain_communities(part, resolution=resolution, seed=seed)
    for group in sorted((sorted(group) for group in groups), key=lambda c: (-len(c), c[0])):
        if len(group) > _SPRING_LIMIT and (len(groups) > 1 or resolution < 16):
            found.extend(_pieces(_induced(part, group), seed, resolution * 2))
        elif len(group) > _SPRING_LIMIT:  # Louvain will not split it: cut it breadth-first
            order = list(nx.bfs_tree(_induced(part, group), group[0]))
            found.extend(order[i : i + _SPRING_LIMIT] for i in range(0, len(order), _SPRING_LIMIT))
        else:
            found.extend(sorted(c) for c in nx.connected_components(_induced(part, group)))
    return [sorted(c) for piece in found for c in nx.connected_components(_induced(part, piece))]


def _lay_out_part(
    part: nx.Graph, seed: int, known: Mapping[str, int] | None
) -> tuple[list[str], np.ndarray]:
    """One connected part: its core (without the entities linked to one other only) by
    spring_layout, or through its communities when it is large; then each such leaf beside the
    entity it is linked to, in the widest free angle around it."""
    leaves: dict[str, list[str]] = {}
    if len(part) > 2:
        for node in sorted(part):
            if part.degree(node) == 1:
                [parent] = part.neighbors(node)
                if part.degree(parent) > 1:
                    leaves.setdefault(parent, []).append(node)
    hanging = {leaf for group in leaves.values() for leaf in group}
    core = _induced(part, [n for n in part if n not in hanging])
    if len(core) <= _SPRING_LIMIT:
        nodes, coords = _spring(core, seed)
    else:
        nodes, coords = _communities(core, seed, known)
    if leaves:
        coords = coords * _CORE_STRETCH
        nodes, coords = _hang(core, nodes, coords, leaves)
    return nodes, coords


def _hang(
    core: nx.Graph, nodes: list[str], coords: np.ndarray, leaves: dict[str, list[str]]
) -> tuple[list[str], np.ndarray]:
    """Leaves at distance 1 from their entity, spread over the widest gaps between its links."""
    index = {node: i for i, node in enumerate(nodes)}
    placed = [coords]
    order = list(nodes)
    for parent, group in leaves.items():
        centre = coords[index[parent]]
        taken = sorted(
            math.atan2(*(coords[index[n]] - centre)[::-1]) for n in core.neighbors(parent)
        )
        if not taken:  # a star: the leaves all around, evenly
            angles = [2 * math.pi * k / len(group) for k in range(len(group))]
        else:
            ends = [*taken[1:], taken[0] + 2 * math.pi]
            gaps = [(b - a, a) for a, b in zip(taken, ends, strict=True)]
            # Share the leaves among the gaps in proportion to their widths (largest remainders).
            shares = [len(group) * width / (2 * math.pi) for width, _ in gaps]
            counts = [int(share) for share in shares]
            for i in sorted(range(len(gaps)), key=lambda i: counts[i] - shares[i])[
                : len(group) - sum(counts)
            ]:
                counts[i] += 1
            angles = [
                start + width * (k + 1) / (count + 1)
                for (width, start), count in zip(gaps, counts, strict=True)
                for k in range(count)
            ]
        placed.append(centre + np.array([[math.cos(a), math.sin(a)] for a in angles]))
        order.extend(group)
    return order, np.concatenate(placed)


def _communities(
    part: nx.Graph, seed: int, known: Mapping[str, int] | None
) -> tuple[list[str], np.ndarray]:
    """A part too large for one spring_layout: Louvain communities laid out one by one, placed
    by a spring layout of the graph of communities."""
    pieces = _pieces(part, seed, known=known)
    inner = [_spring(_induced(part, piece), seed) for piece in pieces]
    owner = {node: i for i, (nodes, _) in enumerate(inner) for node in nodes}
    links: Counter[tuple[int, int]] = Counter()
    for u, v in part.edges():
        if owner[u] != owner[v]:
            links[min(owner[u], owner[v]), max(owner[u], owner[v])] += 1
    between = nx.Graph()
    between.add_nodes_from(range(len(pieces)))
    between.add_weighted_edges_from((a, b, w) for (a, b), w in links.items())
    reach = np.array([_extent(coords) + _GAP / 2 for _, coords in inner])
    centres = nx.spring_layout(between, seed=seed, iterations=100, method="force")
    spread = np.array([centres[i] for i in range(len(pieces))])
    # Scale so that linked communities touch, then push apart those that overlap.
    contact = [(reach[a] + reach[b]) / max(math.dist(spread[a], spread[b]), 1e-9) for a, b in links]
    spread *= float(np.median(contact)) if contact else reach.sum()
    spread = _clear(spread, np.zeros((0, 2), dtype=np.int64), reach, 0.0)
    nodes = [node for piece_nodes, _ in inner for node in piece_nodes]
    return nodes, np.concatenate([coords + spread[i] for i, (_, coords) in enumerate(inner)])


def _extent(coords: np.ndarray) -> float:
    """Radius of the disc around the centroid that holds every point."""
    if len(coords) == 0:
        return 0.0
    return float(np.sqrt(((coords - coords.mean(axis=0)) ** 2).sum(axis=1)).max())


# --- keeping nodes apart and off the edges -------------------------------------------------------


def _near(points: np.ndarray, targets: np.ndarray, cell: float) -> tuple[np.ndarray, np.ndarray]:
    """Index pairs (point, target) in the same or neighbouring cells of a grid of side `cell`:
    every pair closer than `cell` is among them. The larger set is sorted by cell once, and
    each item of the smaller one looks up its nine cells."""
    if len(points) == 0 or len(targets) == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    if len(points) < len(targets):
        found_targets, found_points = _near(targets, points, cell)
        return found_points, found_targets
    origin = np.minimum(points.min(axis=0), targets.min(axis=0))
    p = np.floor((points - origin) / cell).astype(np.int64) + 1
    t = np.floor((targets - origin) / cell).astype(np.int64) + 1
    width = int(max(p[:, 1].max(), t[:, 1].max())) + 2
    keys = p[:, 0] * width + p[:, 1]
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    found_points, found_targets = [], []
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            wanted = (t[:, 0] + dx) * width + t[:, 1] + dy
            low = np.searchsorted(ordered, wanted, side="left")
            count = np.searchsorted(ordered, wanted, side="right") - low
            total = int(count.sum())
            if not total:
                continue
            offsets = np.arange(total) - np.repeat(np.cumsum(count) - count, count)
            found_points.append(order[np.repeat(low, count) + offsets])
            found_targets.append(np.repeat(np.arange(len(targets)), count))
    if not found_points:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    return np.concatenate(found_points), np.concatenate(found_targets)


def _overlaps(pos: np.ndarray, radius: np.ndarray, margin: float) -> tuple[np.ndarray, ...]:
    """Pairs of nodes (i, j) closer than their radii and `margin`: i, j, and the push that
    moves j away from i (i moves by its opposite)."""
    cell = 2 * float(radius.max(initial=0.0)) + margin + 1e-9
    a, b = _near(pos, pos, cell)
    keep = a < b
    a, b = a[keep], b[keep]
    delta = pos[b] - pos[a]
    distance = np.sqrt((delta**2).sum(axis=1))
    need = radius[a] + radius[b] + margin - distance
    hit = need > 0
    a, b, delta, distance, need = a[hit], b[hit], delta[hit], distance[hit], need[hit]
    # Coincident nodes part along a direction fixed by their indices (deterministic).
    angle = (a * 7919 + b * 104729) % 360 * (math.pi / 180)
    fallback = np.stack([np.cos(angle), np.sin(angle)], axis=1)
    direction = np.where(
        distance[:, None] > 1e-9, delta / np.maximum(distance, 1e-12)[:, None], fallback
    )
    return a, b, direction * (need / 2 + 1e-4)[:, None]


def _edge_hits(
    pos: np.ndarray, edges: np.ndarray, radius: np.ndarray, margin: float
) -> tuple[np.ndarray, ...]:
    """Every node an edge passes over without joining it: edge indices, node indices, the push
    that moves the node off the edge; and how many points along the edges were looked at."""
    empty = np.zeros(0, dtype=np.int64)
    if len(edges) == 0:
        return empty, empty, np.zeros((0, 2)), 0
    reach = float(radius.max(initial=0.0)) + margin + 1e-9
    start, end = pos[edges[:, 0]], pos[edges[:, 1]]
    length = np.sqrt(((end - start) ** 2).sum(axis=1))
    # Points every 2 * reach along each edge (ends included): a node within reach of the edge is
    # within 2 * reach of one of them, in a neighbouring cell of the grid.
    samples = np.ceil(length / (2 * reach)).astype(np.int64) + 2
    owner = np.repeat(np.arange(len(edges)), samples)
    steps = np.arange(int(samples.sum())) - np.repeat(np.cumsum(samples) - samples, samples)
    points = (
        start[owner] + (end - start)[owner] * (steps / np.repeat(samples - 1, samples))[:, None]
    )
    near_point, node = _near(points, pos, 2 * reach)
    edge = owner[near_point]
    keep = (edges[edge, 0] != node) & (edges[edge, 1] != node)
    edge, node = edge[keep], node[keep]
    hit = _depth(pos, edges, radius, margin, edge, node)[-1] > 0
    # a node near several points of an edge is one hit: sorting only the hits, not every pair
    # of a point and a node, is what keeps a round of a large drawing cheap
    pairs = np.unique(edge[hit] * len(pos) + node[hit])
    edge, node = pairs // len(pos), pairs % len(pos)
    ab, away, distance, depth = _depth(pos, edges, radius, margin, edge, node)
    normal = (
        np.stack([-ab[:, 1], ab[:, 0]], axis=1)
        / np.sqrt(np.maximum((ab**2).sum(axis=1), 1e-12))[:, None]
    )
    direction = np.where(
        distance[:, None] > 1e-9, away / np.maximum(distance, 1e-12)[:, None], normal
    )
    return edge, node, direction * (depth + 1e-3)[:, None], len(points)


def _depth(
    pos: np.ndarray,
    edges: np.ndarray,
    radius: np.ndarray,
    margin: float,
    edge: np.ndarray,
    node: np.ndarray,
) -> tuple[np.ndarray, ...]:
    """For each (edge, node) pair: the edge's vector, the node's offset from its nearest point
    on the edge, that offset's length, and how far the node reaches over the edge."""
    a, b, w = pos[edges[edge, 0]], pos[edges[edge, 1]], pos[node]
    ab = b - a
    span = np.maximum((ab**2).sum(axis=1), 1e-12)
    along = np.clip(((w - a) * ab).sum(axis=1) / span, 0.0, 1.0)
    away = w - (a + ab * along[:, None])
    distance = np.sqrt((away**2).sum(axis=1))
    return ab, away, distance, radius[node] + margin - distance


def _clear(pos: np.ndarray, edges: np.ndarray, radius: np.ndarray, margin: float) -> np.ndarray:
    """Nudge nodes until none overlaps another and no edge passes over a node it does not join.

    A node under an edge moves off it by the overlap and the edge's two ends move the other way
    by half as much, so that a hub is not left in the way of its neighbours' edges; every move
    overshoots by half, since neighbours pushed apart tend to meet again (half the rounds of
    exact moves for the same drawing). When rounds of nudging do not settle it (a dense
    tangle), the whole drawing is stretched by 15 %, which leaves more room between edges for
    the same nodes. Past _WORK edge samples the drawing is
    kept as it is (a part of thousands of entities: some edges may still pass over nodes).
    """
    pos = pos.astype(np.float64).copy()
    work = 0
    for round_ in range(_ROUNDS):
        first, second, apart = _overlaps(pos, radius, margin)
        edge, node, off, samples = _edge_hits(pos, edges, radius, margin)
        if len(first) == 0 and len(edge) == 0:
            break
        push = np.zeros_like(pos)
        np.add.at(push, first, -apart)
        np.add.at(push, second, apart)
        np.add.at(push, node, off)
        np.add.at(push, edges[edge, 0], -off / 2)
        np.add.at(push, edges[edge, 1], -off / 2)
        pos += push * _OVERSHOOT
        work += samples
        if work > _WORK:
            break
        if round_ % _STRETCH_EVERY == _STRETCH_EVERY - 1:
            centre = pos.mean(axis=0)
            pos = centre + (pos - centre) * 1.15
    return pos


# --- packing the parts ---------------------------------------------------------------------------


def _pack(
    parts: list[tuple[list[str], np.ndarray]],
    isolated: list[str],
    radius: Mapping[str, float],
    aspect: float,
) -> dict[str, tuple[float, float]]:
    """Parts in rows (largest first) in an area of the given aspect, then the isolated grid."""
    boxes = []
    for nodes, coords in parts:
        r = np.array([radius[n] for n in nodes])[:, None]
        low, high = (coords - r).min(axis=0), (coords + r).max(axis=0)
        boxes.append((nodes, coords - low, high - low))
    area = sum(float((size[0] + _GAP) * (size[1] + _GAP)) for _, _, size in boxes)
    widest = max((float(size[0]) for _, _, size in boxes), default=0.0)
    width = max(widest, math.sqrt(area * aspect))
    positions: dict[str, tuple[float, float]] = {}
    x = y = row = 0.0
    for nodes, coords, size in boxes:
        if x > 0 and x + size[0] > width:
            x, y, row = 0.0, y + row + _GAP, 0.0
        for node, (cx, cy) in zip(nodes, coords, strict=True):
            positions[node] = (x + float(cx), y + float(cy))
        x += float(size[0]) + _GAP
        row = max(row, float(size[1]))
    if isolated:
        step = 2 * max(radius[n] for n in isolated) + 0.5
        y = (y + row + 2 * _GAP) if boxes else 0.0
        columns = max(1, int(max(width, step * math.sqrt(len(isolated))) / step))
        for i, node in enumerate(isolated):
            positions[node] = ((i % columns) * step, y + (i // columns) * step)
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]
    mx, my = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    return {node: (px - mx, py - my) for node, (px, py) in positions.items()}
