"""kg.view: the HTML page is offline, escapes article text, and works in a real browser.

The browser tests drive Debian's Chromium (/usr/bin/chromium) through Playwright with the network
cut off: every request that is not file:// is aborted and recorded.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from browser_support import Visit, visit
from rdflib import RDFS, Graph, URIRef

import kg.view
from kg.analytics import to_networkx
from kg.config import Settings
from kg.errors import KGError
from kg.graph import build_graph
from kg.types import (
    Amount,
    Certainty,
    Document,
    Entity,
    EntityType,
    Evidence,
    Resolution,
    Statement,
    When,
)
from kg.view import LABELS, render_html, write_html
from kg.vocab import DEFAULT_BASE_IRI, KG, RELATIONS

ORG, PER, PROD, PLACE = (
    EntityType.ORGANIZATION,
    EntityType.PERSON,
    EntityType.PRODUCT,
    EntityType.PLACE,
)
MALICIOUS_LABEL = "<img src=x onerror=alert(1)>"
MALICIOUS_NAME = "Evil Corp </script><script>alert(2)</script>"


def iri(key: str) -> str:
    return DEFAULT_BASE_IRI + key


INVEST = (
    "Meta Platforms Inc. serait sur le point d'investir plus de 10 milliards de dollars "
    "dans Scale AI, selon Bloomberg."
)
FOUNDED = "Scale AI, fondée en 2016 par Alexandr Wang, est basée à San Francisco."
DEVELOPS = "Meta développe Llama."
NOT_ACQUIRED = "Meta n'a pas racheté Microsoft."
FORMER_CEO = "Wang dirigeait auparavant Scale AI."
CONTRACT = f"{MALICIOUS_NAME} a signé un contrat avec {MALICIOUS_LABEL}."
COMPETES = "Microsoft est un concurrent de Meta."


def _document(doc_id: str, name: str, sentences: list[str]) -> tuple[Document, dict[str, Evidence]]:
    text = " ".join(sentences)
    evidence = {}
    for sentence in sentences:
        start = text.index(sentence)
        evidence[sentence] = Evidence(doc_id, sentence, start, start + len(sentence))
    return Document(id=doc_id, name=name, text=text, sha256=doc_id), evidence


def news_graph() -> Graph:
    """The Meta / Scale AI story, plus an article whose names and sentence are hostile HTML."""
    doc1, ev1 = _document(
        "meta-scale-ai",
        "meta-scale-ai.fr.txt",
        [INVEST, FOUNDED, DEVELOPS, NOT_ACQUIRED, FORMER_CEO],
    )
    doc2, ev2 = _document("evil", "evil <b>doc</b>.txt", [CONTRACT, COMPETES])
    meta = Entity("meta", "Meta Platforms Inc.", ORG, "Company", ("Meta",))
    microsoft = Entity("microsoft", "Microsoft", ORG)
    first = Resolution(
        doc1,
        (
            meta,
            Entity("scale-ai", "Scale AI", ORG, "Startup", ("Scale",)),
            Entity("bloomberg", "Bloomberg", ORG, "NewsMedia"),
            Entity("alexandr-wang", "Alexandr Wang", PER, None, ("Wang",)),
            Entity("llama", "Llama", PROD, "AIModel"),
            microsoft,
            Entity("san-francisco", "San Francisco", PLACE),
        ),
        (
            Statement(
                "investsIn",
                "meta",
                "scale-ai",
                ev1[INVEST],
                "investsIn.verb",
                Certainty.HEDGED,
                0.8,
                "bloomberg",
                Amount(Decimal(10**10), "USD", "plus de 10 milliards de dollars", lower_bound=True),
            ),
            Statement("foundedBy", "scale-ai", "alexandr-wang", ev1[FOUNDED], "foundedBy"),
            Statement("foundingDate", "scale-ai", When("2016", "2016"), ev1[FOUNDED], "date"),
            Statement("locatedIn", "scale-ai", "san-francisco", ev1[FOUNDED], "locatedIn"),
            Statement("develops", "meta", "llama", ev1[DEVELOPS], "develops"),
            Statement(
                "acquired", "meta", "microsoft", ev1[NOT_ACQUIRED], "acquired", Certainty.NEGATED
            ),
            Statement("hasCEO", "scale-ai", "alexandr-wang", ev1[FORMER_CEO], "hasCEO", past=True),
        ),
    )
    second = Resolution(
        doc2,
        (
            Entity("evil", MALICIOUS_NAME, ORG),
            Entity("img", MALICIOUS_LABEL, ORG),
            microsoft,
            meta,
        ),
        (
            Statement("contractWith", "evil", "img", ev2[CONTRACT], "contractWith"),
            Statement("competitorOf", "microsoft", "meta", ev2[COMPETES], "competitorOf"),
        ),
    )
    return build_graph([first, second])


def synthetic_graph(entities: int, relations: int, *, documents: int = 20, seed: int = 0) -> Graph:
    """`entities` entities and `relations` statements of every kind, a few hubs, in 20 articles."""
    rng = random.Random(seed)
    kinds = [ORG] * 6 + [PER] * 2 + [PROD, PLACE]
    people = [Entity(f"e{i}", f"Entity {i}", rng.choice(kinds)) for i in range(entities)]
    docs = [Document(f"doc-{d}", f"article-{d}.txt", "", str(d)) for d in range(documents)]
    mentioned: list[set[int]] = [set() for _ in docs]
    said: list[list[Statement]] = [[] for _ in docs]
    weights = [1.0 / (i + 1) ** 0.6 for i in range(entities)]
    for j in range(relations):
        a, b = rng.choices(range(entities), weights=weights, k=2)
        b = b if a != b else (a + 1) % entities
        d = j % documents
        said[d].append(
            Statement(
                rng.choice(RELATIONS),
                f"e{a}",
                f"e{b}",
                Evidence(docs[d].id, f"Entity {a} et Entity {b}, phrase {j}.", j, j + 30),
                "synthetic",
                certainty=rng.choices(list(Certainty), weights=[8, 2, 1])[0],
                past=rng.random() < 0.05,
            )
        )
        mentioned[d].update((a, b))
    for i in range(entities):
        mentioned[i % documents].add(i)
    return build_graph(
        Resolution(doc, tuple(people[i] for i in sorted(mentioned[d])), tuple(said[d]))
        for d, doc in enumerate(docs)
    )


@pytest.fixture(scope="module")
def graph() -> Graph:
    return news_graph()


@pytest.fixture(scope="module")
def keys(graph) -> dict[str, str]:
    """Statement IRI of each relation of the news graph, by predicate."""
    return {d["predicate"]: k for _, _, k, d in to_networkx(graph).edges(keys=True, data=True)}


@pytest.fixture(scope="module")
def html(graph) -> str:
    return render_html(graph)


def embedded(html: str, name: str) -> Any:
    """The JSON the page carries in <script type="application/json" id="kg-{name}">."""
    found = re.search(
        rf'<script type="application/json" id="kg-{name}">(.*?)</script>', html, re.DOTALL
    )
    assert found, name
    return json.loads(found.group(1))


class _Markup(HTMLParser):
    """Every start tag with its attributes, and the text of <style> elements."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.styles.append(data)


# --- the HTML, without a browser ----------------------------------------------------------------


def test_the_page_references_nothing_outside_itself(html):
    markup = _Markup()
    markup.feed(html)
    tags = [tag for tag, _ in markup.tags]
    assert tags.count("script") == 5
    assert not {"link", "img", "iframe", "object", "embed", "base", "form"} & set(tags)
    for tag, attrs in markup.tags:
        for name in ("src", "href", "srcset", "action", "poster", "data", "xlink:href"):
            assert name not in attrs, (tag, attrs)
    assert not re.search(r"url\(\s*['\"]?\s*(?!data:)", "".join(markup.styles))
    assert "@import" not in "".join(markup.styles)
    for removed in ("cdn.jsdelivr", "cdnjs", "bootstrap", "unpkg"):
        assert removed not in html.lower()
    [csp] = [
        a["content"]
        for t, a in markup.tags
        if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"
    ]
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp


def test_the_offline_check_refuses_remote_references():
    with pytest.raises(KGError, match="remote resource"):
        kg.view._check_offline('<link rel="stylesheet" href="https://cdn.example/b.css">')
    with pytest.raises(KGError, match="remote resource"):
        kg.view._check_offline("<style>a { background: url(//example.org/x.png) }</style>")
    with pytest.raises(KGError, match="remote resource"):
        kg.view._check_offline('<div style="background: url(x.png)"></div>')
    with pytest.raises(KGError, match="remote resource"):
        kg.view._check_offline("<img src=x>")
    kg.view._check_offline(
        '<style>a { background: url("data:image/png;base64,AA") }</style>'
        '<p>&lt;img src=x&gt; is text</p><a href="#top">top</a>'
        '<script>const s = "<img src=https://x>";</script>'
    )


def test_untrusted_text_is_escaped(html):
    assert MALICIOUS_LABEL not in html
    assert "<script>alert(2)" not in html
    assert "<b>doc</b>" not in html
    assert html.lower().count("</script") == 5  # only the page's own five scripts close
    page = embedded(html, "page")
    labels = {e["id"]: e["label"] for e in page["entities"]}
    assert labels[iri("img")] == MALICIOUS_LABEL  # intact once parsed as JSON
    assert labels[iri("evil")] == MALICIOUS_NAME
    assert {s["ev"] for s in page["statements"]} >= {CONTRACT, INVEST}
    assert "evil <b>doc</b>.txt" in {d["label"] for d in page["documents"]}
    nodes = {n["id"]: n for n in embedded(html, "nodes")}
    assert "title" not in nodes[iri("img")]  # vis.js titles are HTML: the page never uses them


def test_every_entity_is_placed_and_each_linked_pair_is_one_edge(graph, html):
    g = to_networkx(graph)
    assert {n["id"] for n in embedded(html, "nodes")} == set(g)
    edges = {e["id"]: e for e in embedded(html, "edges")}
    # 8 statements between 6 pairs: Meta-Microsoft (not acquired, competitor) and Scale AI-Wang
    # (founded by, CEO in the past) are one edge each.
    assert len(edges) == len({frozenset((u, v)) for u, v in g.edges()}) == 6
    statements = embedded(html, "page")["statements"]
    assert {s["id"] for s in statements} == {k for _, _, k in g.edges(keys=True)}
    for statement in statements:
        edge = edges[statement["edge"]]
        assert {edge["from"], edge["to"]} == {statement["from"], statement["to"]}
    assert set(edges[next(s["edge"] for s in statements if s["p"] == "acquired")]) == {
        "id",
        "from",
        "to",
    }  # label and look come from the statements shown, in the page
    assert embedded(html, "page")["totals"] == {"entities": 9, "relations": 8}


def test_negated_relations_have_their_own_wording(html):
    labels = embedded(html, "page")["labels"]
    assert labels["not:contractWith"] == "has no contract with"
    assert labels["not:acquired"] == "did not acquire"
    assert {f"not:{p}" for p in RELATIONS} <= set(labels)


def test_nodes_are_placed_coloured_by_type_and_sized_by_centrality(html):
    nodes = {n["id"]: n for n in embedded(html, "nodes")}
    assert nodes[iri("llama")]["group"] == "Product"
    assert nodes[iri("alexandr-wang")]["group"] == "Person"
    assert nodes[iri("meta")]["size"] > nodes[iri("llama")]["size"]
    assert len({(n["x"], n["y"]) for n in nodes.values()}) == len(nodes)
    options = embedded(html, "page")["options"]
    assert options["physics"]["enabled"] is False
    assert set(options["groups"]) >= {"Person", "Organization", "Product", "Place"}


def test_pyvis_add_edge_is_not_used(graph, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("add_node/add_edge check every id against a list: quadratic")

    monkeypatch.setattr(kg.view.Network, "add_edge", refuse)
    monkeypatch.setattr(kg.view.Network, "add_node", refuse)
    assert len(embedded(render_html(graph), "edges")) == 6


def test_french_labels(graph):
    page = render_html(graph, lang="fr")
    labels = embedded(page, "page")["labels"]
    assert labels["investsIn"] == "investit dans"
    assert labels["not:acquired"] == "n'a pas racheté"
    assert labels["not:contractWith"] == "n'a pas de contrat avec"
    assert '<html lang="fr">' in page and "Chercher une entité" in page


def test_focus_keeps_the_neighbourhood(graph):
    page = render_html(graph, focus="Scale", hops=1)
    assert {n["id"] for n in embedded(page, "nodes")} == {
        iri("scale-ai"),
        iri("meta"),
        iri("alexandr-wang"),
        iri("san-francisco"),
    }
    assert embedded(page, "page")["focus"] == {
        "id": iri("scale-ai"),
        "label": "Scale AI",
        "hops": 1,
    }
    assert "<title>Knowledge graph — Scale AI</title>" in page


def test_the_title_escapes_a_hostile_focus(graph):
    page = render_html(graph, focus="<img", hops=0)
    assert "<title>Knowledge graph — &lt;img src=x onerror=alert(1)&gt;</title>" in page
    assert MALICIOUS_LABEL not in page


def test_max_nodes_keeps_the_most_central_and_says_so(graph):
    page = render_html(graph, max_nodes=3)
    ids = {n["id"] for n in embedded(page, "nodes")}
    assert len(ids) == 3 and iri("meta") in ids
    assert all(e["from"] in ids and e["to"] in ids for e in embedded(page, "edges"))
    assert "Showing the 3 most central of 9 entities" in page


@pytest.mark.parametrize(
    "options, message",
    [
        ({"focus": "OpenAI"}, "no entity"),
        ({"lang": "de"}, "language"),
        ({"hops": -1}, "hops"),
        ({"max_nodes": 0}, "max_nodes"),
    ],
)
def test_bad_options(graph, options, message):
    with pytest.raises(KGError, match=message):
        render_html(graph, **options)


def test_write_html_writes_the_page(graph, tmp_path):
    path = write_html(graph, tmp_path / "out" / "graph.html")
    assert path == tmp_path / "out" / "graph.html"
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in path.parent.iterdir()] == ["graph.html"]


def test_built_in_labels_match_the_ontology():
    ontology = Settings().ontology_path
    if not ontology.is_file():
        pytest.skip(f"{ontology} not written yet")
    terms = Graph().parse(ontology, format="turtle")
    for lang, labels in LABELS.items():
        for name, label in labels.items():
            found = {
                str(x) for x in terms.objects(URIRef(KG[name]), RDFS.label) if x.language == lang
            }
            assert not found or label in found, (lang, name, found)


# --- in Chromium --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def news_page(graph, tmp_path_factory) -> Path:
    return write_html(graph, tmp_path_factory.mktemp("view") / "news.html")


@pytest.fixture
def news(browser, news_page) -> Iterator[Visit]:
    with visit(browser, news_page) as seen:
        yield seen
        seen.assert_clean()


@pytest.mark.browser
def test_the_page_loads_offline_and_draws_every_related_entity(news, graph):
    g = to_networkx(graph)
    assert news.hook("nodeCount()") == g.number_of_nodes()
    # Bloomberg is only a source, in no relation: hidden until "entities in no relation" is on.
    assert iri("bloomberg") not in news.hook("visibleNodeIds()")
    assert news.hook("drawnNodeCount()") == g.number_of_nodes() - 1
    assert news.hook("edgeCount()") == news.hook("drawnEdgeCount()") == 6
    assert sorted(news.hook("visibleStatementIds()")) == sorted(k for _, _, k in g.edges(keys=True))
    assert news.requests == [news.page.url]
    assert "8 of 9 entities, 8 of 8 relations shown" in news.page.inner_text("#kg-counts")
    news.page.locator('input[data-filter="isolated"]').check()
    assert news.hook("drawnNodeCount()") == g.number_of_nodes()
    assert news.hook("allInView()")


@pytest.mark.browser
def test_edge_labels_and_styles(news, keys):
    def look(predicate):
        edge = news.hook("edgeOf(arg)", keys[predicate])
        drawn = news.hook("network.body.data.edges.get(arg)", edge)
        return {**drawn, "label": news.hook("edgeLabel(arg)", edge)}

    invest = look("investsIn")
    assert invest["label"] == "invests in" and invest["dashes"] is True
    assert invest["arrows"]["to"]["enabled"] and not invest["arrows"]["from"]["enabled"]
    # Two statements between Meta and Microsoft: one edge that names both.
    both = look("acquired")
    assert both["label"] in {
        "did not acquire · competitor of",
        "competitor of · did not acquire",
    }
    assert both["width"] > invest["width"]
    news.hook("setFilter('relations', 'competitorOf', false)")
    alone = look("acquired")
    assert alone["label"] == "did not acquire"
    assert alone["color"]["color"] == kg.view.EDGE_COLOURS["negated"]
    news.hook("setFilter('relations', 'foundedBy', false)")
    ceo = look("hasCEO")
    assert ceo["label"] == "has CEO (past)"
    assert ceo["color"]["color"] == kg.view.EDGE_COLOURS["past"]
    news.hook("resetFilters()")
    contract = look("contractWith")
    assert contract["label"] == "has a contract with"
    assert not contract["arrows"]["to"]["enabled"] and not contract["arrows"]["from"]["enabled"]


@pytest.mark.browser
def test_searching_scale_focuses_scale_ai(news):
    news.page.fill("#kg-search", "Scale")
    first = news.page.locator("#kg-results li").first
    assert first.inner_text().startswith("Scale AI")
    news.page.press("#kg-search", "Enter")
    assert news.hook("selectedNodeIds()") == [iri("scale-ai")]
    news.page.wait_for_function(  # the camera glides to it
        """(id) => {
            const network = window.kgView.network;
            const view = network.getViewPosition(), node = network.getPosition(id);
            return Math.hypot(view.x - node.x, view.y - node.y) < 1;
        }""",
        arg=iri("scale-ai"),
    )
    assert news.hook("selection()") == {"kind": "node", "id": iri("scale-ai")}
    panel = news.page.inner_text("#kg-panel")
    assert "Scale AI" in panel and "Start-up" in panel and "founding date" in panel
    assert news.hook("search(arg)", "wang") == iri("alexandr-wang")


@pytest.mark.browser
def test_clicking_the_meta_scale_edge_shows_the_hedged_investment(news, keys):
    [edge] = news.hook("findEdges(arg)", {"from": "Meta", "to": "Scale AI"})
    assert edge == keys["investsIn"]
    point = news.hook("edgePoint(arg)", edge)
    news.page.mouse.click(point["x"], point["y"])
    assert news.hook("selectedEdgeIds()") == [news.hook("edgeOf(arg)", edge)]
    panel = news.page.locator("#kg-panel")
    text = panel.inner_text()
    for expected in (
        "invests in",
        "hedged",
        "Bloomberg",
        "plus de 10 milliards de dollars",
        "10,000,000,000 USD",
        "meta-scale-ai.fr.txt",
    ):
        assert expected in text
    assert panel.locator(".kg-evidence").inner_text() == INVEST
    marked = panel.locator(".kg-evidence mark").all_inner_texts()
    assert {"Meta Platforms Inc.", "Scale AI", "Bloomberg"} <= set(marked)


@pytest.mark.browser
def test_the_negated_and_past_statements_are_marked_in_the_panel(news, keys):
    assert news.hook("selectEdge(arg)", keys["acquired"])
    panel = news.page.inner_text("#kg-panel")
    assert "did not acquire" in panel and "competitor of" in panel  # the pair's two statements
    assert news.hook("selectNode(arg)", iri("alexandr-wang"))
    panel = news.page.inner_text("#kg-panel")
    assert "has CEO (past)" in panel and "founded by" in panel


@pytest.mark.browser
def test_a_type_filter_hides_the_products(news, keys):
    news.page.locator('input[data-filter="types"][data-value="Product"]').uncheck()
    assert iri("llama") not in news.hook("visibleNodeIds()")
    assert news.hook("drawnNodeCount()") == 7
    assert keys["develops"] not in news.hook("visibleStatementIds()")
    assert news.hook("drawnEdgeCount()") == 5
    news.page.locator('input[data-filter="types"][data-value="Product"]').check()
    assert news.hook("drawnNodeCount()") == 8


@pytest.mark.browser
def test_filters_hide_the_entities_they_leave_alone_and_refit(news, keys):
    """Hiding a relation hides the entities it alone linked, and the view frames what is left."""
    news.hook("network.moveTo({position: {x: 5000, y: 5000}, scale: 3})")
    assert not news.hook("allInView()")
    news.hook("setFilter('relations', 'develops', false)")
    assert iri("llama") not in news.hook("visibleNodeIds()")  # develops was its only relation
    assert iri("meta") in news.hook("visibleNodeIds()")
    assert news.hook("allInView()")
    news.hook("setFilter('relations', 'locatedIn', false)")
    assert iri("san-francisco") not in news.hook("visibleNodeIds()")
    news.page.locator('input[data-filter="isolated"]').check()  # unless asked for
    assert {iri("llama"), iri("san-francisco"), iri("bloomberg")} <= set(
        news.hook("visibleNodeIds()")
    )
    assert news.hook("allInView()")
    news.hook("resetFilters()")
    assert iri("bloomberg") not in news.hook("visibleNodeIds()")
    # Every drawn entity has a drawn edge.
    geometry = news.hook("geometry()")
    ends = {end for edge in geometry["edges"] for end in edge}
    assert {node["id"] for node in geometry["nodes"]} == ends


@pytest.mark.browser
def test_relation_certainty_and_document_filters(news, keys):
    news.page.locator('input[data-filter="certainties"][data-value="negated"]').uncheck()
    assert keys["acquired"] not in news.hook("visibleStatementIds()")
    assert iri("microsoft") in news.hook("visibleNodeIds()")  # still a competitor of Meta
    news.page.locator('input[data-filter="past"]').uncheck()
    assert keys["hasCEO"] not in news.hook("visibleStatementIds()")
    news.hook("setFilter('relations', 'investsIn', false)")
    assert len(news.hook("visibleStatementIds()")) == 5
    assert news.hook("drawnEdgeCount()") == 5
    news.hook("resetFilters()")
    assert len(news.hook("visibleStatementIds()")) == 8
    news.hook("setFilter('documents', arg, false)", iri("document/evil"))
    visible = set(news.hook("visibleNodeIds()"))
    assert iri("img") not in visible and iri("evil") not in visible
    assert iri("microsoft") in visible  # also in the other article
    assert keys["competitorOf"] not in news.hook("visibleStatementIds()")


@pytest.mark.browser
def test_searching_an_entity_in_no_relation_shows_it(news):
    assert news.hook("search(arg)", "Bloomberg") == iri("bloomberg")
    assert iri("bloomberg") in news.hook("visibleNodeIds()")
    assert news.page.locator('input[data-filter="isolated"]').is_checked()


@pytest.mark.browser
def test_colour_by_community_and_document(news):
    page = embedded(news.page.content(), "page")
    entities = {e["id"]: e for e in page["entities"]}
    by_type = news.hook("colourOf(arg)", iri("llama"))
    news.page.select_option("#kg-colour", "community")
    assert news.hook("colourOf(arg)", iri("meta")) == page["palette"][entities[iri("meta")]["comm"]]
    assert news.hook("colourOf(arg)", iri("llama")) != by_type or "comm" in entities[iri("llama")]
    assert "Meta Platforms Inc." in news.page.inner_text("#kg-legend")
    news.page.select_option("#kg-colour", "document")
    keys = [d["key"] for d in page["documents"]]
    for entity in (iri("evil"), iri("llama")):
        main = entities[entity]["main"]
        assert news.hook("colourOf(arg)", entity) == page["palette"][keys.index(main)]
    assert entities[iri("evil")]["main"] != entities[iri("llama")]["main"]
    assert "evil <b>doc</b>.txt" in news.page.inner_text("#kg-legend")
    news.page.select_option("#kg-colour", "type")
    assert news.hook("colourOf(arg)", iri("llama")) == kg.view.TYPE_COLOURS["Product"]


@pytest.mark.browser
def test_focus_on_a_neighbourhood_in_the_page(news):
    news.hook("focus(arg, 1)", iri("llama"))
    assert set(news.hook("visibleNodeIds()")) == {iri("llama"), iri("meta")}
    news.page.click("#kg-show-all")
    assert news.hook("drawnNodeCount()") == 8
    news.hook("selectNode(arg)", iri("scale-ai"))
    news.page.fill("#kg-hops", "1")
    news.page.get_by_role("button", name="Show its neighbourhood").click()
    assert set(news.hook("visibleNodeIds()")) == {
        iri("scale-ai"),
        iri("meta"),
        iri("alexandr-wang"),
        iri("san-francisco"),
    }


@pytest.mark.browser
def test_hostile_text_stays_text(news, keys):
    news.page.fill("#kg-search", "<img")
    assert news.page.locator("#kg-results li").first.inner_text().startswith(MALICIOUS_LABEL)
    news.page.press("#kg-search", "Enter")
    assert news.hook("selection()") == {"kind": "node", "id": iri("img")}
    point = news.hook("nodePoint(arg)", iri("img"))
    news.page.mouse.move(point["x"], point["y"])  # the tooltip
    news.hook("selectEdge(arg)", keys["contractWith"])
    point = news.hook("edgePoint(arg)", keys["contractWith"])
    news.page.mouse.move(point["x"], point["y"])
    news.page.wait_for_timeout(300)
    assert news.page.locator("#kg-tooltip").is_visible()
    assert MALICIOUS_LABEL in news.page.inner_text("#kg-tooltip")
    assert news.page.locator("#kg-panel .kg-evidence").inner_text() == CONTRACT
    assert (
        news.page.evaluate("document.querySelectorAll('img, iframe, object, embed, b').length") == 0
    )
    assert news.page.evaluate("document.scripts.length") == 5
    assert news.dialogs == []


@pytest.mark.browser
def test_the_french_page_works(browser, graph, tmp_path, keys):
    path = write_html(graph, tmp_path / "fr.html", lang="fr", focus="Meta", hops=1)
    with visit(browser, path) as page:
        assert page.hook("selection()") == {"kind": "node", "id": iri("meta")}
        assert "Voisinage de Meta Platforms Inc. (sauts : 1)" in page.page.inner_text("#kg-filters")
        page.hook("selectEdge(arg)", keys["investsIn"])
        assert "investit dans" in page.page.inner_text("#kg-panel")
        page.hook("selectEdge(arg)", keys["acquired"])
        assert "n'a pas racheté" in page.page.inner_text("#kg-panel")
        page.assert_clean()


# --- a large graph ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def large() -> Graph:
    """5,000 entities and 10,000 statements."""
    return synthetic_graph(5000, 10_000)


@pytest.fixture(scope="module")
def large_page(large, tmp_path_factory) -> Path:
    """Every entity drawn (max_nodes raised)."""
    return write_html(large, tmp_path_factory.mktemp("large") / "l.html", max_nodes=5000)


@pytest.mark.slow
def test_a_large_graph_is_written_whole(large, large_page):
    html = large_page.read_text(encoding="utf-8")
    g = to_networkx(large)
    assert len(embedded(html, "nodes")) == 5000
    assert len(embedded(html, "edges")) == len({frozenset((u, v)) for u, v in g.edges()})
    assert len(embedded(html, "page")["statements"]) == 10_000
    assert embedded(html, "page")["notes"] == []


def test_past_max_nodes_the_page_says_what_it_left_out(tmp_path):
    html = render_html(synthetic_graph(300, 600), max_nodes=100)
    assert len(embedded(html, "nodes")) == 100
    assert "Showing the 100 most central of 300 entities" in html


@pytest.mark.slow
@pytest.mark.browser
def test_a_large_graph_is_interactive(browser, large, large_page):
    g = to_networkx(large)
    related = {n for n in g if g.degree(n)}
    with visit(browser, large_page) as page:
        assert page.hook("drawnNodeCount()") == len(related)
        assert page.hook("drawnEdgeCount()") == len({frozenset((u, v)) for u, v in g.edges()})
        assert page.hook("search(arg)", "Entity 4242") == iri("e4242")
        assert "Entity 4242" in page.page.inner_text("#kg-panel")
        page.hook("resetFilters()")
        page.page.locator('input[data-filter="types"][data-value="Place"]').uncheck()
        hidden = len(related) - page.hook("drawnNodeCount()")
        assert 0.05 * len(related) < hidden < 0.2 * len(related)  # about a tenth are places
        [edge, *_] = page.hook("findEdges(arg)", {"from": "Entity 0"})
        assert page.hook("selectEdge(arg)", edge)
        assert "Entity 0" in page.page.inner_text("#kg-panel")
        page.hook("focus(arg, 1)", iri("e4242"))
        assert iri("e4242") in page.hook("visibleNodeIds()")
        assert page.hook("drawnNodeCount()") < 100
        page.assert_clean()
