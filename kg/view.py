"""networkx -> one self-contained, offline HTML page (pyvis / vis-network) to explore the graph.

    >>> write_html(read_graph(Path("out/meta.ttl")), Path("out/meta.html"), lang="fr")

The page makes no network request: vis-network and the page's own script and style are inlined,
a Content-Security-Policy forbids every fetch, and the written HTML is checked for remote
references. Text from the articles (labels, evidence, sources) only travels as JSON inside a
`<script type="application/json">` with `<`, `>`, `&` and `'` escaped, and the page's script puts
it in the DOM with `textContent`, never as HTML. Positions are computed here (`analytics.layout`),
so the browser does no physics, and the vis.js items are built as plain lists rather than through
pyvis's `add_edge`, which is quadratic.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import re
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Literal, get_args

import networkx as nx
import pyvis
from markupsafe import Markup
from pyvis.network import Network
from rdflib import RDFS, Graph, URIRef

from .analytics import centrality, find_entities, layout, local_name, neighbourhood, to_networkx
from .config import Settings
from .errors import KGError
from .export import atomic_write
from .vocab import ATTRIBUTES, COARSE_CLASSES, FINE_CLASSES, KG, RELATIONS, SYMMETRIC_RELATIONS

__all__ = ["Lang", "render_html", "vocabulary_labels", "write_html"]

Lang = Literal["en", "fr"]

ASSETS = Path(__file__).resolve().parent / "assets"
_VIS_JS = Path(pyvis.__file__).resolve().parent / "templates/lib/vis-9.1.2/vis-network.min.js"

TYPE_COLOURS: dict[str, str] = {
    "Organization": "#4e79a7",
    "Person": "#f28e2b",
    "Product": "#59a14f",
    "Place": "#b07aa1",
    "unknown": "#9d9d9d",
}
_BORDERS: dict[str, str] = {
    "Organization": "#2f4c6b",
    "Person": "#a85f16",
    "Product": "#35632f",
    "Place": "#6f4a66",
    "unknown": "#5f5f5f",
}
EDGE_COLOURS: dict[str, str] = {
    "asserted": "#55606b",
    "hedged": "#55606b",
    "negated": "#d62728",
    "past": "#b4b4b4",
}
PIXELS_PER_UNIT = 150.0  # layout units (about one edge length) -> vis.js canvas pixels

# Used when ontologies/kg.ttl is missing or lacks a label (kept in step with it by a test).
LABELS: dict[str, dict[str, str]] = {
    "en": {
        "investsIn": "invests in",
        "acquired": "acquired",
        "partnersWith": "partners with",
        "foundedBy": "founded by",
        "hasCEO": "has CEO",
        "worksFor": "works for",
        "hasClient": "has client",
        "develops": "develops",
        "basedOn": "based on",
        "contractWith": "has a contract with",
        "competitorOf": "competitor of",
        "subsidiaryOf": "subsidiary of",
        "locatedIn": "located in",
        "foundingDate": "founding date",
        "valuation": "valuation",
        "revenue": "revenue",
        "Person": "Person",
        "Organization": "Organization",
        "Product": "Product",
        "Place": "Place",
        "Company": "Company",
        "Startup": "Start-up",
        "NewsMedia": "News media",
        "GovernmentAgency": "Government agency",
        "InvestmentFirm": "Investment firm",
        "AIModel": "AI model",
        "asserted": "asserted",
        "hedged": "hedged",
        "negated": "negated",
    },
    "fr": {
        "investsIn": "investit dans",
        "acquired": "a racheté",
        "partnersWith": "est partenaire de",
        "foundedBy": "fondée par",
        "hasCEO": "a pour PDG",
        "worksFor": "travaille pour",
        "hasClient": "a pour client",
        "develops": "développe",
        "basedOn": "basé sur",
        "contractWith": "a un contrat avec",
        "competitorOf": "concurrent de",
        "subsidiaryOf": "filiale de",
        "locatedIn": "basée à",
        "foundingDate": "date de fondation",
        "valuation": "valorisation",
        "revenue": "chiffre d'affaires",
        "Person": "Personne",
        "Organization": "Organisation",
        "Product": "Produit",
        "Place": "Lieu",
        "Company": "Entreprise",
        "Startup": "Start-up",
        "NewsMedia": "Média d'information",
        "GovernmentAgency": "Administration publique",
        "InvestmentFirm": "Société d'investissement",
        "AIModel": "Modèle d'IA",
        "asserted": "affirmé",
        "hedged": "incertain",
        "negated": "nié",
    },
}

# The page's own words; {n}-style fields are filled in by the page's script.
UI_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "title": "Knowledge graph",
        "search": "Find an entity (name or alias)…",
        "noMatch": "No entity matches",
        "types": "Entity types",
        "relations": "Relations",
        "certainty": "Certainty",
        "past": "past (no longer true)",
        "documents": "Documents",
        "style": "Edge style",
        "styleAsserted": "asserted",
        "styleHedged": "hedged (reported)",
        "styleNegated": "negated",
        "stylePast": "past",
        "styleSymmetric": "no arrow: symmetric",
        "not": "not",
        "pastSuffix": "(past)",
        "reset": "Reset filters",
        "neighbourhood": "Neighbourhood",
        "hops": "hops",
        "focusHere": "Show its neighbourhood",
        "showAll": "Show the whole graph",
        "focusNote": "Neighbourhood of {label} (hops: {hops})",
        "counts": "{nodes} of {totalNodes} entities, {edges} of {totalEdges} relations shown",
        "close": "Close",
        "aliases": "Also called",
        "type": "Type",
        "iri": "IRI",
        "rank": "Centrality rank",
        "rankValue": "{rank} of {total}",
        "statements": "Statements",
        "attributes": "Attributes",
        "source": "Source",
        "amount": "Amount",
        "date": "Date",
        "confidence": "Confidence",
        "document": "Document",
        "evidence": "Evidence",
        "offsets": "characters {begin}–{end}",
        "hidden": "hidden by the filters",
        "revealed": "Filters reset to show {label}",
        "none": "No statement",
        "subject": "Subject",
        "object": "Object",
        "value": "Value",
        "help": "Click an entity or a relation to read its statements and their evidence.",
    },
    "fr": {
        "title": "Graphe de connaissances",
        "search": "Chercher une entité (nom ou alias)…",
        "noMatch": "Aucune entité ne correspond",
        "types": "Types d'entités",
        "relations": "Relations",
        "certainty": "Certitude",
        "past": "révolu (n'est plus vrai)",
        "documents": "Documents",
        "style": "Style des liens",
        "styleAsserted": "affirmé",
        "styleHedged": "incertain (rapporté)",
        "styleNegated": "nié",
        "stylePast": "révolu",
        "styleSymmetric": "sans flèche : symétrique",
        "not": "non :",
        "pastSuffix": "(révolu)",
        "reset": "Réinitialiser les filtres",
        "neighbourhood": "Voisinage",
        "hops": "sauts",
        "focusHere": "Afficher son voisinage",
        "showAll": "Afficher tout le graphe",
        "focusNote": "Voisinage de {label} (sauts : {hops})",
        "counts": "{nodes} entités sur {totalNodes}, {edges} relations sur {totalEdges} affichées",
        "close": "Fermer",
        "aliases": "Autres noms",
        "type": "Type",
        "iri": "IRI",
        "rank": "Rang de centralité",
        "rankValue": "{rank} sur {total}",
        "statements": "Énoncés",
        "attributes": "Attributs",
        "source": "Source",
        "amount": "Montant",
        "date": "Date",
        "confidence": "Confiance",
        "document": "Document",
        "evidence": "Extrait justificatif",
        "offsets": "caractères {begin}–{end}",
        "hidden": "masquée par les filtres",
        "revealed": "Filtres réinitialisés pour afficher {label}",
        "none": "Aucun énoncé",
        "subject": "Sujet",
        "object": "Objet",
        "value": "Valeur",
        "help": "Cliquez sur une entité ou une relation pour lire ses énoncés et leurs extraits.",
    },
}

_TRUNCATED = {
    "en": "Showing the {shown} most central of {total} entities (max_nodes = {limit}); "
    "focus on an entity to see its whole neighbourhood.",
    "fr": "Affichage des {shown} entités les plus centrales sur {total} (max_nodes = {limit}) ; "
    "centrez la vue sur une entité pour voir tout son voisinage.",
}

_URL_ATTRIBUTES = frozenset(
    {
        "src",
        "href",
        "srcset",
        "action",
        "formaction",
        "poster",
        "data",
        "xlink:href",
        "background",
        "cite",
        "longdesc",
        "manifest",
        "ping",
    }
)
_CSS_REMOTE = re.compile(r"""url\(\s*(?!["']?\s*(?:data:|#))|@import\b""", re.IGNORECASE)


class _RemoteReferences(HTMLParser):
    """Collects what in a page's markup would make the browser fetch something."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_style = tag == "style"
        for name, value in attrs:
            value = (value or "").strip()
            if name in _URL_ATTRIBUTES and value and not value.startswith(("data:", "#")):
                self.found.append(f"<{tag} {name}={value!r}>")
            elif name == "style" and _CSS_REMOTE.search(value):
                self.found.append(f"<{tag} style={value!r}>")

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style and (found := _CSS_REMOTE.search(data)):
            self.found.append(data[max(found.start() - 30, 0) : found.end() + 50])


def _lang(lang: str) -> Lang:
    if lang not in get_args(Lang):
        raise KGError(f"unknown page language {lang!r}: use one of {', '.join(get_args(Lang))}")
    return lang  # type: ignore[return-value]


@lru_cache(maxsize=8)
def _ontology_labels(path: Path, mtime: float, lang: str) -> dict[str, str]:
    """rdfs:label@lang of kg's classes and properties, read from ontologies/kg.ttl."""
    ontology = Graph()
    ontology.parse(path, format="turtle")
    labels: dict[str, str] = {}
    for name in (
        *RELATIONS,
        *ATTRIBUTES,
        *COARSE_CLASSES,
        *FINE_CLASSES,
        "asserted",
        "hedged",
        "negated",
    ):
        for label in ontology.objects(URIRef(KG[name]), RDFS.label):
            if getattr(label, "language", None) == lang:
                labels[name] = str(label)
    return labels


def vocabulary_labels(lang: str = "en", *, settings: Settings | None = None) -> dict[str, str]:
    """Display names of the relations, attributes, classes and certainties in `lang`.

    From the ontology file when it has them, else from `LABELS`; an unreadable ontology file is not
    fatal here (the validate stage reports it), the built-in names are used.
    """
    path = (settings or Settings()).ontology_path
    labels = dict(LABELS[_lang(lang)])
    # rdflib fails on a half-written file with anything from BadSyntax to IndexError.
    with contextlib.suppress(Exception):
        if path.is_file():
            labels |= _ontology_labels(path, path.stat().st_mtime, lang)
    return labels


def _safe_script(text: str, tag: str) -> Markup:
    """A file's text to inline in <script>/<style>: newlines as the HTML parser will see them."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if f"</{tag}" in text.lower():
        raise KGError(f"an inlined asset contains '</{tag}': it cannot be inlined safely")
    return Markup(text)


def _csp_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def _natural(text: str) -> list[Any]:
    """Sort key putting article-2 before article-10."""
    return [
        (0, int(part), "") if part.isdigit() else (1, 0, part.casefold())
        for part in re.split(r"(\d+)", text)
    ]


def _compact(record: dict[str, Any]) -> dict[str, Any]:
    """Leave out empty fields: the page reads a missing field as null / false."""
    return {k: v for k, v in record.items() if v is not None and v is not False and v != []}


def _qualifiers(data: dict[str, Any], doc_keys: dict[str, str]) -> dict[str, Any]:
    """What a statement says besides its ends, in the page's short field names."""
    amount = data["amount"]
    return {
        "id": data["statement"],
        "p": data["predicate"],
        "c": data["certainty"],
        "past": data["past"],
        "conf": data["confidence"],
        "src": data["source"],
        "srcId": data["source_iri"],
        "amount": None if amount is None else format(amount, "f"),
        "cur": data["currency"],
        "amountText": data["amount_text"],
        "date": data["date"],
        "ev": data["evidence"],
        "b": data["begin"],
        "e": data["end"],
        "doc": doc_keys.get(data["document"]) if data["document"] else None,
    }


def _edge_style(
    data: dict[str, Any], labels: dict[str, str], text: dict[str, str]
) -> dict[str, Any]:
    """The vis.js look of one statement; the asserted, directed look is the default."""
    name = labels.get(data["predicate"], data["predicate"])
    style: dict[str, Any] = {}
    if data["certainty"] == "negated":
        name = f"{text['not']} {name}"
        style["color"] = style["font"] = {"color": EDGE_COLOURS["negated"]}
    elif data["past"]:
        style["color"] = style["font"] = {"color": EDGE_COLOURS["past"]}
    if data["past"]:
        name = f"{name} {text['pastSuffix']}"
    if data["certainty"] == "hedged":
        style["dashes"] = True
    if data["symmetric"]:
        style["arrows"] = {"to": {"enabled": False}}
    return {"label": name, **style}


def render_html(
    graph: Graph,
    *,
    lang: str = "en",
    focus: str | None = None,
    hops: int = 2,
    max_nodes: int = 2000,
    settings: Settings | None = None,
) -> str:
    """The page for `graph` as a string (see `write_html`)."""
    page_lang = _lang(lang)
    if hops < 0:
        raise KGError(f"hops must be 0 or more, not {hops}")
    if max_nodes < 1:
        raise KGError(f"max_nodes must be at least 1, not {max_nodes}")
    labels = vocabulary_labels(page_lang, settings=settings)
    text = UI_TEXT[page_lang]
    full = to_networkx(graph, lang=page_lang)
    total_entities, total_relations = full.number_of_nodes(), full.number_of_edges()

    g: nx.MultiDiGraph = full.copy()  # everything below works on a copy
    focus_info = None
    if focus is not None:
        found = find_entities(g, focus, limit=1)
        if not found:
            raise KGError(f"focus {focus!r}: no entity has this IRI, name or alias")
        g = g.subgraph(neighbourhood(g, found[0], hops=hops)).copy()
        focus_info = {"id": found[0], "label": g.nodes[found[0]]["label"], "hops": hops}

    scores = centrality(g, directed=False)
    notes: list[str] = []
    if g.number_of_nodes() > max_nodes:
        ranked = sorted(g, key=lambda n: (-scores[n], g.nodes[n]["label"], n))
        kept = set(ranked[:max_nodes])
        if focus_info is not None:
            kept.add(focus_info["id"])
        notes.append(
            _TRUNCATED[page_lang].format(
                shown=f"{len(kept):,}", total=f"{g.number_of_nodes():,}", limit=f"{max_nodes:,}"
            )
        )
        g = g.subgraph(kept).copy()
        scores = {n: scores[n] for n in g}

    positions = layout(g, seed=0)
    top = max(scores.values(), default=1.0) or 1.0
    ranking = {n: i + 1 for i, n in enumerate(sorted(g, key=lambda n: (-scores[n], n)))}

    net = Network(directed=True, cdn_resources="in_line", height="100%", width="100%")
    documents = full.graph.get("documents", {})
    used_documents = {d for _, _, d in g.edges(data="document") if d} | {
        d
        for _, data in g.nodes(data=True)
        for d in [*data["documents"], *(a["document"] for a in data["attributes"])]
        if d
    }
    ordered_documents = sorted(
        used_documents, key=lambda d: (_natural(documents.get(d, local_name(d))), d)
    )
    doc_keys = {d: f"d{i}" for i, d in enumerate(ordered_documents)}

    node_docs: dict[str, set[str]] = {n: set() for n in g}
    statements: list[dict[str, Any]] = []
    edges: list[dict[str, Any]] = []
    parallel: dict[frozenset[str], int] = {}
    for u, v, key, data in sorted(g.edges(keys=True, data=True), key=lambda e: e[2]):
        record = _compact(
            {"from": u, "to": v, "sym": data["symmetric"], **_qualifiers(data, doc_keys)}
        )
        statements.append(record)
        if "doc" in record:
            node_docs[u].add(record["doc"])
            node_docs[v].add(record["doc"])
        edge = {"id": key, "from": u, "to": v, **_edge_style(data, labels, text)}
        pair = frozenset((u, v))
        rank = parallel.get(pair, 0)
        parallel[pair] = rank + 1
        if rank:  # fan out the statements between the same two entities
            edge["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.25 * rank}
        edges.append(edge)

    entities: list[dict[str, Any]] = []
    nodes: list[dict[str, Any]] = []
    for node in sorted(g):
        data = g.nodes[node]
        attributes = [
            _compact({**_qualifiers(a, doc_keys), "value": a.get("value")})
            for a in data["attributes"]
        ]
        docs = node_docs[node] | {doc_keys[d] for d in data["documents"]}
        docs |= {a["doc"] for a in attributes if "doc" in a}
        kind = data["type"] or "unknown"
        entities.append(
            _compact(
                {
                    "id": node,
                    "label": data["label"],
                    "aliases": list(data["aliases"]),
                    "type": kind,
                    "fine": data["fine_type"],
                    "docs": sorted(docs, key=lambda k: int(k[1:])),
                    "attrs": attributes,
                    "score": float(f"{scores[node]:.6g}"),
                    "rank": ranking[node],
                }
            )
        )
        x, y = positions[node]
        label = data["label"] if len(data["label"]) <= 40 else data["label"][:39] + "…"
        nodes.append(
            {
                "id": node,
                "label": label,
                "group": kind,
                "x": round(x * PIXELS_PER_UNIT, 1),
                "y": round(y * PIXELS_PER_UNIT, 1),
                "size": round(7 + 16 * (scores[node] / top) ** 0.5, 1),
            }
        )
    # pyvis's add_node/add_edge check every id against a list (quadratic): fill its lists directly.
    net.nodes, net.edges = nodes, edges
    net.node_ids = [n["id"] for n in nodes]
    net.node_map = {n["id"]: n for n in nodes}
    big = len(nodes) > 1000 or len(edges) > 2000
    net.options = {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
            "multiselect": False,
            "selectConnectedEdges": False,
        },
        "nodes": {
            "shape": "dot",
            "borderWidth": 1,
            "borderWidthSelected": 3,
            "font": {
                "size": 14,
                "face": "system-ui, sans-serif",
                "color": "#1b1f23",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
            },
        },
        "groups": {
            kind: {
                "color": {
                    "background": colour,
                    "border": _BORDERS[kind],
                    "highlight": {"background": colour, "border": "#111111"},
                    "hover": {"background": colour, "border": "#111111"},
                }
            }
            for kind, colour in TYPE_COLOURS.items()
        },
        "edges": {
            "smooth": False,
            "arrowStrikethrough": False,
            "width": 1.5,
            "selectionWidth": 2,
            "hoverWidth": 1,
            "color": {
                "color": EDGE_COLOURS["asserted"],
                "highlight": "#111111",
                "hover": "#111111",
                "inherit": False,
            },
            "font": {
                "size": 11,
                "align": "horizontal",
                "strokeWidth": 3,
                "color": "#3b444c",
                "strokeColor": "#ffffff",
                "face": "system-ui, sans-serif",
            },
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
        },
    }

    present_types = sorted(
        {e["type"] for e in entities}, key=lambda t: ([*COARSE_CLASSES, "unknown"].index(t), t)
    )
    present_relations = [r for r in RELATIONS if any(s["p"] == r for s in statements)]
    page = {
        "lang": page_lang,
        "text": text,
        "labels": labels,
        "colours": TYPE_COLOURS,
        "edgeColours": EDGE_COLOURS,
        "types": present_types,
        "relations": present_relations,
        "symmetric": sorted(SYMMETRIC_RELATIONS),
        "documents": [
            {"key": doc_keys[d], "id": d, "label": documents.get(d, local_name(d))}
            for d in ordered_documents
        ],
        "entities": entities,
        "statements": statements,
        "totals": {"entities": total_entities, "relations": total_relations},
        "notes": notes,
        "focus": focus_info,
        "hops": hops,
        "options": net.options,
    }
    view_js = _safe_script((ASSETS / "view.js").read_text(encoding="utf-8"), "script")
    vis_js = _safe_script(_VIS_JS.read_text(encoding="utf-8"), "script")
    view_css = _safe_script((ASSETS / "view.css").read_text(encoding="utf-8"), "style")
    csp = "; ".join(
        (
            "default-src 'none'",
            f"script-src {_csp_hash(vis_js)} {_csp_hash(view_js)}",
            f"style-src {_csp_hash(view_css)}",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        )
    )
    net.set_template_dir(str(ASSETS) + "/", "view.html.j2")
    net.templateEnv.autoescape = True
    net.templateEnv.globals.update(
        page=page,
        vis_js=vis_js,
        view_js=view_js,
        view_css=view_css,
        csp=csp,
        title=text["title"] + (f" — {focus_info['label']}" if focus_info else ""),
    )
    html = net.generate_html()
    _check_offline(html)
    return html


def _check_offline(html: str) -> None:
    """Refuse to write a page that would reach for the network (a bug in kg, never the data).

    Attributes and styles are checked; scripts are not parsed, the page's CSP forbids their
    fetches (`default-src 'none'`).
    """
    parser = _RemoteReferences()
    parser.feed(html)
    parser.close()
    if parser.found:
        raise KGError(f"the page would load a remote resource: {parser.found[0]}")


def write_html(
    graph: Graph,
    path: Path,
    *,
    lang: str = "en",
    focus: str | None = None,
    hops: int = 2,
    max_nodes: int = 2000,
    settings: Settings | None = None,
) -> Path:
    """Write the interactive page of `graph` to `path` (atomically) and return `path`.

    `lang` ("en" or "fr") names relations and types; `focus` (an IRI, name or alias) keeps the
    entities within `hops` relations of it; past `max_nodes`, the most central entities are kept
    and the page says so.
    """
    html = render_html(
        graph, lang=lang, focus=focus, hops=hops, max_nodes=max_nodes, settings=settings
    )
    atomic_write(path, html.encode("utf-8"))
    return path
