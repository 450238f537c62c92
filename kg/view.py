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
from collections import Counter
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Literal, get_args

import networkx as nx
import pyvis
from markupsafe import Markup
from pyvis.network import Network
from rdflib import RDFS, Graph, URIRef

from .analytics import (
    centrality,
    communities,
    find_entities,
    local_name,
    neighbourhood,
    to_networkx,
)
from .config import Settings
from .errors import GraphError, KGError
from .export import atomic_write
from .layout import layout
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
PIXELS_PER_UNIT = 90.0  # layout units (the median edge length) -> vis.js canvas pixels
NODE_BORDER = 1  # pixels around a node's disc
EDGE_CLEARANCE = 4.0  # pixels kept between an edge and a node it does not join
# Colours of communities and documents when the page is coloured by them (Tableau 20, cycled).
PALETTE: tuple[str, ...] = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#bab0ac", "#a0cbe8", "#ffbe7d", "#ff9d9a", "#86bcb6", "#8cd17d", "#f1ce63",
    "#d4a6c8", "#fabfd2", "#d7b5a6", "#79706e",
)  # fmt: skip

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

# How a negated statement reads ("Meta n'a pas de contrat avec X"): the ontology's labels cannot
# be negated by a rule in English ("acquired" -> "did not acquire"), so both languages are here.
NEGATED_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "investsIn": "does not invest in",
        "acquired": "did not acquire",
        "partnersWith": "does not partner with",
        "foundedBy": "not founded by",
        "hasCEO": "does not have as CEO",
        "worksFor": "does not work for",
        "hasClient": "does not have as client",
        "develops": "does not develop",
        "basedOn": "not based on",
        "contractWith": "has no contract with",
        "competitorOf": "not a competitor of",
        "subsidiaryOf": "not a subsidiary of",
        "locatedIn": "not located in",
    },
    "fr": {
        "investsIn": "n'investit pas dans",
        "acquired": "n'a pas racheté",
        "partnersWith": "n'est pas partenaire de",
        "foundedBy": "non fondée par",
        "hasCEO": "n'a pas pour PDG",
        "worksFor": "ne travaille pas pour",
        "hasClient": "n'a pas pour client",
        "develops": "ne développe pas",
        "basedOn": "non basé sur",
        "contractWith": "n'a pas de contrat avec",
        "competitorOf": "non concurrent de",
        "subsidiaryOf": "non filiale de",
        "locatedIn": "non basée à",
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
        "display": "Display",
        "colourBy": "Colour by",
        "byType": "entity type",
        "byCommunity": "community",
        "byDocument": "document",
        "isolated": "entities in no relation",
        "others": "others",
        "community": "{label} and {n} more",
        "between": "{n} statements",
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
        "display": "Affichage",
        "colourBy": "Couleur selon",
        "byType": "le type d'entité",
        "byCommunity": "la communauté",
        "byDocument": "le document",
        "isolated": "entités sans relation",
        "others": "autres",
        "community": "{label} et {n} autres",
        "between": "{n} énoncés",
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
    """Display names of the relations, attributes, classes and certainties in `lang`, and of the
    negated relations (`not:contractWith`: "has no contract with").

    From the ontology file when it has them, else from `LABELS`; an unreadable ontology file is not
    fatal here (the validate stage reports it), the built-in names are used.
    """
    path = (settings or Settings()).ontology_path
    labels = dict(LABELS[_lang(lang)])
    labels |= {f"not:{name}": label for name, label in NEGATED_LABELS[lang].items()}
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


def _pair_edges(g: nx.MultiDiGraph) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """One drawn edge per pair of linked entities, whatever the number of statements between them
    (the page labels and styles it from the statements that pass its filters); and the drawn
    edge of each statement."""
    pairs: dict[frozenset[str], dict[str, Any]] = {}
    edge_of: dict[str, str] = {}
    for u, v, key in sorted(g.edges(keys=True), key=lambda e: e[2]):
        pair = frozenset((u, v))
        if pair not in pairs:
            pairs[pair] = {"id": f"p{len(pairs)}", "from": u, "to": v}
        edge_of[key] = pairs[pair]["id"]
    return list(pairs.values()), edge_of


def _main_documents(g: nx.MultiDiGraph, doc_keys: dict[str, str]) -> dict[str, str]:
    """The document each entity is most said about (then first mentioned in): its colour when
    the page colours by document."""
    said: dict[str, Counter[str]] = {n: Counter() for n in g}
    for u, v, document in g.edges(data="document"):
        if document in doc_keys:
            said[u][document] += 1
            said[v][document] += 1
    found = {}
    for node, counts in said.items():
        candidates = counts or Counter({d: 0 for d in g.nodes[node]["documents"] if d in doc_keys})
        if candidates:
            best = min(candidates, key=lambda d: (-candidates[d], int(doc_keys[d][1:])))
            found[node] = doc_keys[best]
    return found


def _community_groups(
    found: dict[str, int], scores: dict[str, float]
) -> tuple[dict[str, int], list[dict[str, Any]]]:
    """The communities of two entities or more, largest first: each entity's number, and for the
    legend each community's size and most central member."""
    members: dict[int, list[str]] = {}
    for node, number in found.items():
        members.setdefault(number, []).append(node)
    groups = sorted(
        (
            sorted(nodes, key=lambda n: (-scores[n], n))
            for nodes in members.values()
            if len(nodes) > 1
        ),
        key=lambda nodes: (-len(nodes), nodes[0]),
    )
    number_of = {node: i for i, nodes in enumerate(groups) for node in nodes}
    legend = [{"key": i, "size": len(nodes), "lead": nodes[0]} for i, nodes in enumerate(groups)]
    return number_of, legend


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

    top = max(scores.values(), default=1.0) or 1.0
    sizes = {n: round(7 + 16 * (scores[n] / top) ** 0.5, 1) for n in g}
    louvain = communities(g, negated=True)
    positions = layout(
        g,
        seed=0,
        radii={n: (size + NODE_BORDER) / PIXELS_PER_UNIT for n, size in sizes.items()},
        margin=EDGE_CLEARANCE / PIXELS_PER_UNIT,
        aspect=1.3,
        communities=louvain,
    )
    ranking = {n: i + 1 for i, n in enumerate(sorted(g, key=lambda n: (-scores[n], n)))}

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
    community_of, community_legend = _community_groups(louvain, scores)
    main_document = _main_documents(g, doc_keys)

    edges, edge_of = _pair_edges(g)
    node_docs: dict[str, set[str]] = {n: set() for n in g}
    statements: list[dict[str, Any]] = []
    for u, v, key, data in sorted(g.edges(keys=True, data=True), key=lambda e: e[2]):
        record = _compact(
            {
                "from": u,
                "to": v,
                "sym": data["symmetric"],
                "edge": edge_of[key],
                **_qualifiers(data, doc_keys),
            }
        )
        statements.append(record)
        if "doc" in record:
            node_docs[u].add(record["doc"])
            node_docs[v].add(record["doc"])

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
                    "main": main_document.get(node),
                    "comm": community_of.get(node),
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
                "size": sizes[node],
            }
        )
    net = Network(directed=True, cdn_resources="in_line", height="100%", width="100%")
    # pyvis's add_node/add_edge check every id against a list (quadratic): fill its lists directly.
    net.nodes, net.edges = nodes, edges
    net.node_ids = [n["id"] for n in nodes]
    net.node_map = {n["id"]: n for n in nodes}
    net.options = _network_options(big=len(nodes) > 1000 or len(edges) > 2000)

    present_types = sorted(
        {e["type"] for e in entities}, key=lambda t: ([*COARSE_CLASSES, "unknown"].index(t), t)
    )
    present_relations = [r for r in RELATIONS if any(s["p"] == r for s in statements)]
    page = {
        "lang": page_lang,
        "text": text,
        "labels": labels,
        "colours": TYPE_COLOURS,
        "borders": _BORDERS,
        "palette": PALETTE,
        "edgeColours": EDGE_COLOURS,
        "types": present_types,
        "relations": present_relations,
        "symmetric": sorted(SYMMETRIC_RELATIONS),
        "documents": [
            {"key": doc_keys[d], "id": d, "label": documents.get(d, local_name(d))}
            for d in ordered_documents
        ],
        "communities": community_legend,
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


def _network_options(*, big: bool) -> dict[str, Any]:
    """vis.js options: no physics (positions are computed here), straight edges only (the layout
    keeps them off the nodes they do not join), labels placed by the page's script."""
    return {
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
            "borderWidth": NODE_BORDER,
            "borderWidthSelected": 3,
            "font": {
                "size": 14,
                "face": "system-ui, sans-serif",
                "color": "#1b1f23",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
            },
            "scaling": {"label": {"maxVisible": 24, "drawThreshold": 6}},
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
            "scaling": {"label": {"drawThreshold": 8}},
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
    try:
        atomic_write(path, html.encode("utf-8"))
    except OSError as error:
        raise GraphError(f"{path}: cannot write the page ({error.strerror})") from error
    return path
