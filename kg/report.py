"""What `kg stats` and `kg path` print: analytics results gathered into plain values, then text.

    >>> g = to_networkx(read_graph(Path("out/graph.ttl")))
    >>> print(render_path(path_report(g, "Scale AI", "Anduril Industries")))

`stats_report` and `path_report` compute (through `kg.analytics`); `render_stats` and
`render_path` only format, one fact per line, evidence sentences whole on one line (the terminal
wraps them), so the output can be searched with grep. `to_json` gives the same values to programs.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from itertools import pairwise
from typing import Any

import networkx as nx

from .analytics import _fold, centrality, communities, find_entities, shortest_paths, summary
from .errors import KGError
from .vocab import COARSE_CLASSES, FINE_CLASSES, RELATIONS

__all__ = [
    "EntityRank",
    "Hop",
    "PathReport",
    "PathStatement",
    "StatsReport",
    "path_report",
    "pick_entity",
    "render_path",
    "render_stats",
    "similar_names",
    "stats_report",
    "to_json",
]

_CERTAINTY_ORDER = {"asserted": 0, "hedged": 1, "negated": 2}


@dataclass(frozen=True)
class EntityRank:
    """One entity in the centrality table."""

    iri: str
    label: str
    type: str
    score: float  # PageRank over the relations taken both ways: what sizes the page's nodes
    statements: int  # relation statements it takes part in
    betweenness: float


@dataclass(frozen=True)
class StatsReport:
    summary: dict[str, Any]  # kg.analytics.summary
    certainty_by_relation: dict[str, dict[str, int]]
    central: tuple[EntityRank, ...]
    communities: tuple[tuple[str, ...], ...]  # labels, most central first; 2 entities or more
    unrelated: tuple[str, ...]  # labels of the entities in no relation statement


@dataclass(frozen=True)
class PathStatement:
    """One statement joining two consecutive entities of a path, with what supports it."""

    subject: str
    predicate: str
    object: str
    certainty: str
    past: bool
    symmetric: bool
    source: str | None
    amount: str | None
    date: str | None
    sentence: str | None
    document: str | None
    begin: int | None
    end: int | None
    statement: str


@dataclass(frozen=True)
class Hop:
    """Two entities next to each other on a path, and every statement between them."""

    source: str  # labels, in the path's order
    target: str
    statements: tuple[PathStatement, ...]


@dataclass(frozen=True)
class PathReport:
    source: str  # labels of the entities the two queries found
    target: str
    paths: tuple[tuple[str, ...], ...]  # labels; at most `max_paths` of them
    total: int  # shortest paths found
    hops: tuple[Hop, ...]  # each pair of neighbours of the shown paths, once
    negated: bool  # whether negated statements could be links
    reason: str | None  # why there is no path


def pick_entity(g: nx.MultiDiGraph, query: str) -> str:
    """The entity an IRI, name or alias designates, as the page's search ranks them; when none
    does, the error suggests the closest names."""
    found = find_entities(g, query, limit=1)
    if not found:
        close = similar_names(g, query)
        hint = (
            "did you mean " + " or ".join(repr(name) for name in close) + "?"
            if close
            else "`kg stats` lists the main ones"
        )
        raise KGError(f"{query!r}: no entity has this name, alias or IRI; {hint}")
    return found[0]


def similar_names(g: nx.MultiDiGraph, query: str, *, limit: int = 3) -> list[str]:
    """The labels of the entities whose name or alias is closest to `query` (rapidfuzz's WRatio
    on case- and accent-folded names, 75 or more out of 100), the closest first."""
    from rapidfuzz import fuzz, process

    names: dict[str, str] = {}  # every name and alias -> its entity's label
    for _, data in sorted(g.nodes(data=True), key=lambda item: item[0]):
        for name in (data["label"], *data["aliases"]):
            names.setdefault(name, data["label"])
    found: list[str] = []
    for name, _, _ in process.extract(
        query, list(names), scorer=fuzz.WRatio, processor=_fold, score_cutoff=75, limit=None
    ):
        if names[name] not in found:
            found.append(names[name])
    return found[:limit]


# --- kg stats -----------------------------------------------------------------------------------


def stats_report(g: nx.MultiDiGraph, *, top: int = 10, seed: int = 0) -> StatsReport:
    """Counts, the `top` most central entities and the communities of `g` (see `to_networkx`)."""
    by_relation: dict[str, Counter[str]] = defaultdict(Counter)
    for _, _, data in g.edges(data=True):
        by_relation[data["predicate"]][data["certainty"]] += 1
    scores = centrality(g, directed=False)
    betweenness = centrality(g, kind="betweenness", seed=seed)
    label = {node: data["label"] for node, data in g.nodes(data=True)}
    ranked = sorted(g, key=lambda n: (-scores[n], label[n], n))
    central = tuple(
        EntityRank(
            node,
            label[node],
            g.nodes[node]["type"] or "unknown",
            scores[node],
            g.degree(node),
            betweenness[node],
        )
        for node in ranked[:top]
    )
    order = {node: i for i, node in enumerate(ranked)}
    groups: dict[int, list[str]] = defaultdict(list)
    for node, number in communities(g, seed=seed).items():
        groups[number].append(node)
    unrelated = sorted((n for n in g if g.degree(n) == 0), key=lambda n: (label[n].casefold(), n))
    return StatsReport(
        summary=summary(g),
        certainty_by_relation={
            p: dict(sorted(c.items(), key=lambda kv: _CERTAINTY_ORDER[kv[0]]))
            for p, c in sorted(by_relation.items(), key=_relation_order)
        },
        central=central,
        communities=tuple(
            tuple(label[n] for n in sorted(members, key=order.__getitem__))
            for _, members in sorted(groups.items())
            if len(members) > 1
        ),
        unrelated=tuple(label[n] for n in unrelated),
    )


def _relation_order(item: tuple[str, Counter[str]]) -> tuple[int, int, str]:
    """Most frequent first, then in the ontology's order."""
    name, counts = item
    index = RELATIONS.index(name) if name in RELATIONS else len(RELATIONS)
    return -sum(counts.values()), index, name


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "0%"


def _names(labels: tuple[str, ...] | list[str], limit: int = 12) -> str:
    shown = ", ".join(labels[:limit])
    return shown + (f" and {len(labels) - limit} more" if len(labels) > limit else "")


def render_stats(report: StatsReport, *, communities: int = 10) -> str:
    """The report as aligned plain text, listing the `communities` largest communities."""
    s = report.summary
    relations = s["relations"]
    certainty = s["by_certainty"]
    hedged = certainty.get("hedged", 0)
    lines = [
        f"{s['entities']:,} entities, {relations:,} relations, {s['attributes']:,} attributes "
        f"from {s['documents']:,} document(s); {s['components']:,} connected part(s)",
        f"hedged: {hedged:,} of {relations:,} relations ({_percent(hedged, relations)}); "
        f"negated: {certainty.get('negated', 0):,}; past: {s['past']:,}",
        "",
        "Entities by type",
    ]
    fine_by_coarse: dict[str, list[str]] = defaultdict(list)
    for fine, count in sorted(s["by_fine_type"].items(), key=lambda kv: (-kv[1], kv[0])):
        fine_by_coarse[FINE_CLASSES.get(fine, "unknown")].append(f"{fine} {count:,}")
    kinds = sorted(
        s["by_type"].items(),
        key=lambda kv: (
            -kv[1],
            COARSE_CLASSES.index(kv[0]) if kv[0] in COARSE_CLASSES else len(COARSE_CLASSES),
        ),
    )
    width = max((len(kind) for kind, _ in kinds), default=0)
    for kind, count in kinds:
        finer = fine_by_coarse.get(kind)
        lines.append(
            f"  {kind:<{width}}  {count:>6,}" + (f"   ({', '.join(finer)})" if finer else "")
        )
    lines += ["", "Relations"]
    width = max((len(p) for p in report.certainty_by_relation), default=0)
    for predicate, counts in report.certainty_by_relation.items():
        others = ", ".join(f"{c} {n:,}" for c, n in counts.items() if c != "asserted")
        lines.append(
            f"  {predicate:<{width}}  {sum(counts.values()):>6,}"
            + (f"   ({others})" if others else "")
        )
    if report.central:
        lines += [
            "",
            "Most central entities (PageRank over relations in both directions, as the "
            "page sizes its nodes)",
        ]
        rows = [("#", "entity", "type", "score", "relations", "betweenness")] + [
            (str(i), e.label, e.type, f"{e.score:.3f}", f"{e.statements:,}", f"{e.betweenness:.3f}")
            for i, e in enumerate(report.central, 1)
        ]
        widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
        right = {0, 3, 4, 5}
        for row in rows:
            cells = [
                cell.rjust(w) if i in right else cell.ljust(w)
                for i, (cell, w) in enumerate(zip(row, widths, strict=True))
            ]
            lines.append("  " + "  ".join(cells).rstrip())
    lines += ["", f"Communities (Louvain) of two entities or more: {len(report.communities):,}"]
    for i, members in enumerate(report.communities[:communities], 1):
        lines.append(f"  {i}. {len(members):,} entities: {_names(list(members))}")
    if len(report.communities) > communities:
        rest = report.communities[communities:]
        lines.append(f"  and {len(rest):,} more, of {len(rest[-1]):,} to {len(rest[0]):,} entities")
    if report.unrelated:
        lines.append(
            f"  in no relation: {len(report.unrelated):,} ({_names(list(report.unrelated))})"
        )
    return "\n".join(lines)


# --- kg path ------------------------------------------------------------------------------------


def path_report(
    g: nx.MultiDiGraph, source: str, target: str, *, max_paths: int = 5, negated: bool = False
) -> PathReport:
    """The shortest chains of relations between two entities (names, aliases or IRIs), whatever
    the relations' direction, each link with the statements and sentences that support it.

    Negated statements ("Meta n'a pas racheté ...") do not connect entities unless `negated`.
    """
    if max_paths < 1:
        raise KGError(f"max_paths must be at least 1, not {max_paths}")
    start, end = pick_entity(g, source), pick_entity(g, target)
    label = {node: data["label"] for node, data in g.nodes(data=True)}
    if start == end:
        raise KGError(
            f"{source!r} and {target!r} are the same entity, {label[start]}: "
            "give two different entities"
        )
    found = shortest_paths(g, start, end, negated=negated)
    reason = None
    if not found:
        reason = _why_unconnected(g, start, end, negated=negated)
    shown = found[:max_paths]
    pairs: list[tuple[str, str]] = []
    for path in shown:
        for pair in pairwise(path):
            if pair not in pairs:
                pairs.append(pair)
    hops = tuple(
        Hop(label[u], label[v], tuple(_evidence(g, u, v, label, negated=negated))) for u, v in pairs
    )
    return PathReport(
        source=label[start],
        target=label[end],
        paths=tuple(tuple(label[n] for n in path) for path in shown),
        total=len(found),
        hops=hops,
        negated=negated,
        reason=reason,
    )


def _evidence(
    g: nx.MultiDiGraph, u: str, v: str, label: dict[str, str], *, negated: bool
) -> list[PathStatement]:
    """The statements between u and v in either direction: the surest first, then in reading
    order."""
    found = []
    for a, b in ((u, v), (v, u)):
        for key, data in (g.get_edge_data(a, b) or {}).items():
            if data["certainty"] == "negated" and not negated:
                continue
            amount = data["amount_text"] or (
                f"{data['amount']:f} {data['currency'] or ''}".strip()
                if data["amount"] is not None
                else None
            )
            found.append(
                PathStatement(
                    subject=label[a],
                    predicate=data["predicate"],
                    object=label[b],
                    certainty=data["certainty"],
                    past=data["past"],
                    symmetric=data["symmetric"],
                    source=data["source"],
                    amount=amount,
                    date=data["date"],
                    sentence=data["evidence"],
                    document=g.graph.get("documents", {}).get(data["document"], data["document"]),
                    begin=data["begin"],
                    end=data["end"],
                    statement=key,
                )
            )
    return sorted(
        found,
        key=lambda e: (
            _CERTAINTY_ORDER.get(e.certainty, 3),
            e.past,
            e.document or "",
            e.begin or 0,
            e.statement,
        ),
    )


def _why_unconnected(g: nx.MultiDiGraph, start: str, end: str, *, negated: bool) -> str:
    """A sentence on why no chain of relations joins them."""
    if not negated and shortest_paths(g, start, end, negated=True):
        return "they are only linked through a negated statement (add --negated to follow it)"
    links = (
        g
        if negated
        else nx.subgraph_view(
            g, filter_edge=lambda u, v, key: g.edges[u, v, key]["certainty"] != "negated"
        )
    )
    undirected = links.to_undirected(as_view=True)
    parts = []
    for node in (start, end):
        reach = len(nx.node_connected_component(undirected, node)) - 1
        name = g.nodes[node]["label"]
        parts.append(
            f"{name} is in no relation"
            if reach == 0
            else f"{name} is linked to {reach:,} other entit{'y' if reach == 1 else 'ies'}"
        )
    return f"they are in separate parts of the graph ({'; '.join(parts)})"


def _qualifiers(e: PathStatement) -> str:
    found = [] if e.certainty == "asserted" else [e.certainty]
    if e.past:
        found.append("past")
    if e.source:
        found.append(f"according to {e.source}")
    if e.amount:
        found.append(e.amount)
    if e.date:
        found.append(f"date {e.date}")
    return f"  [{'; '.join(found)}]" if found else ""


def render_path(report: PathReport) -> str:
    """The paths on one line each, then every link with its statements and evidence sentences."""
    if not report.paths:
        return f"No connection between {report.source} and {report.target}: {report.reason}."
    hops = len(report.paths[0]) - 1
    count = (
        f"{report.total:,} shortest connections" if report.total > 1 else "1 shortest connection"
    )
    shown = f" ({len(report.paths):,} shown)" if report.total > len(report.paths) else ""
    lines = [
        f"{count}{shown} between {report.source} and {report.target}, "
        f"{hops} hop{'s' if hops > 1 else ''}:"
    ]
    lines += [f"  {' → '.join(path)}" for path in report.paths]
    for hop in report.hops:
        lines += ["", f"{hop.source} — {hop.target}"]
        for e in hop.statements:
            lines.append(f"  {e.subject} {e.predicate} {e.object}{_qualifiers(e)}")
            if e.sentence:
                lines.append(f"    « {e.sentence} »")
            if e.document:
                where = f", characters {e.begin}–{e.end}" if e.begin is not None else ""
                lines.append(f"    {e.document}{where}")
    return "\n".join(lines)


def to_json(report: StatsReport | PathReport) -> dict[str, Any]:
    """The report as JSON-ready values."""
    return asdict(report)
